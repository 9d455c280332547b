import pytest

from csc_scorecard.model import CODE_LISTS, DATA_TABLES, TABLES
from csc_scorecard.model.codes import PLACEMENT_TYPE, SEX
from csc_scorecard.store import Store


def test_store_creates_every_table_of_the_model(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    assert set(store.con.list_tables()) == set(TABLES)
    for name, table in TABLES.items():
        assert tuple(store.table(name).columns) == table.column_names


def test_required_columns_are_not_null_in_the_store(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    schema = store.table("cp_plan").schema()
    assert not schema["start_date"].nullable
    assert schema["end_date"].nullable
    assert str(schema["start_date"]).startswith("!date")


def test_every_data_table_carries_lineage_and_its_key_columns():
    for table in DATA_TABLES:
        assert "la_code" in table.column_names and "load_id" in table.column_names
        for key in table.key:
            assert key in table.column_names, (table.name, key)


def test_placement_codes_follow_their_collection_year():
    # H5, P2 and Z1 ended with 2024-25; K3 began in 2024-25; Z11-Z14 began in 2025-26.
    assert {"H5", "P2", "Z1", "K3"} <= PLACEMENT_TYPE.valid_codes(2025)
    assert "Z11" not in PLACEMENT_TYPE.valid_codes(2025)
    assert {"H5", "P2", "Z1"}.isdisjoint(PLACEMENT_TYPE.valid_codes(2026))
    assert {"K3", "Z11", "Z14"} <= PLACEMENT_TYPE.valid_codes(2026)
    assert "K3" not in PLACEMENT_TYPE.valid_codes(2024)


def test_sex_codes_changed_in_2024_25():
    assert SEX.valid_codes(2024) == {"1", "2"}
    assert SEX.valid_codes(2025) == {"M", "F", "U"}


def test_every_coded_column_names_a_known_code_list():
    for table in TABLES.values():
        for column in table.all_columns:
            if column.codes:
                assert column.codes in CODE_LISTS


def test_code_meanings_are_looked_up_and_unknown_codes_raise():
    assert CODE_LISTS["cin_closure_reason"].meaning_of("RC8").startswith("Case closed after")
    with pytest.raises(KeyError):
        CODE_LISTS["cin_closure_reason"].meaning_of("RC10")
