"""Loads are transactions with a load_log row per file; the same file twice is a no-op."""

from datetime import date

import pandas as pd
import pytest

from csc_scorecard.store import FileLoad, Store


def _person_load(path, ids):
    path.write_text("\n".join(["child_id", *ids]), encoding="utf-8")
    people = pd.DataFrame(
        {
            "child_id": ids,
            "upn": None,
            "sex": "F",
            "date_of_birth": date(2015, 6, 14),
            "expected_date_of_birth": None,
            "ethnicity": "WBRI",
            "date_of_death": None,
        }
    )
    quarantine = pd.DataFrame(
        [
            {
                "source": "ssd",
                "file": path.name,
                "source_table": "ssd_person",
                "row_number": 3,
                "child_id": "X",
                "rule_id": "code_list",
                "message": "sex value 'Q' is not in the sex code list",
                "raw_record": "{}",
                "record_date": None,
            }
        ]
    )
    return FileLoad("ssd", path, rows_in=len(ids) + 1, tables={"person": people},
                    quarantine=quarantine)  # fmt: skip


def test_load_writes_rows_quarantine_and_a_load_log_row(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    (result,) = store.write_loads("318", [_person_load(tmp_path / "a.csv", ["1", "2"])])
    assert (result.rows_in, result.rows_accepted, result.rows_quarantined) == (3, 2, 1)
    log = store.table("load_log").execute()
    assert log.loc[0, ["file", "rows_in", "rows_accepted", "rows_quarantined"]].tolist() == [
        "a.csv", 3, 2, 1,
    ]  # fmt: skip
    assert len(log.loc[0, "sha256"]) == 64
    people = store.table("person").execute()
    assert set(people.child_id) == {"1", "2"}
    assert set(people.la_code) == {"318"} and set(people.load_id) == {1}
    assert store.count("quarantine") == 1


def test_the_same_file_twice_changes_nothing(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    load = _person_load(tmp_path / "a.csv", ["1", "2"])
    store.write_loads("318", [load])
    (again,) = store.write_loads("318", [load])
    assert again.skipped
    assert store.count("person") == 2 and store.count("load_log") == 1
    # The same bytes for another council are a different load.
    (other,) = store.write_loads("319", [load])
    assert not other.skipped and store.count("person") == 4


def test_a_failing_load_leaves_the_store_as_it_was(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    store.write_loads("318", [_person_load(tmp_path / "a.csv", ["1"])])
    good = _person_load(tmp_path / "b.csv", ["2"])
    broken = _person_load(tmp_path / "c.csv", ["3"])
    broken.tables["person"] = broken.tables["person"].drop(columns=["sex"])
    with pytest.raises(KeyError):
        store.write_loads("318", [good, broken])
    assert store.count("person") == 1 and store.count("load_log") == 1
    assert store.count("quarantine") == 1


def test_reopening_a_store_keeps_its_data(tmp_path):
    path = str(tmp_path / "s.duckdb")
    store = Store(path)
    store.write_loads("318", [_person_load(tmp_path / "a.csv", ["1"])])
    store.con.disconnect()
    assert Store(path).count("person") == 1


def test_a_corrected_file_replaces_what_its_earlier_version_loaded(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    path = tmp_path / "a.csv"
    store.write_loads("318", [_person_load(path, ["1", "2"])])
    # The council sends a.csv again with child 2 corrected to 3: two people, not three.
    (result,) = store.write_loads("318", [_person_load(path, ["1", "3"])])
    assert not result.skipped
    assert sorted(store.table("person").execute().child_id) == ["1", "3"]
    assert store.count("quarantine") == 1 and store.count("load_log") == 2
    # Sending the first version again brings it back (it is no longer the latest).
    store.write_loads("318", [_person_load(path, ["1", "2"])])
    assert sorted(store.table("person").execute().child_id) == ["1", "2"]


def test_a_record_built_from_two_files_reloads_when_either_changes(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    main, part = tmp_path / "episodes.csv", tmp_path / "placements.csv"
    part.write_text("v1", encoding="utf-8")
    load = _person_load(main, ["1"])
    load.also_hashed = (part,)
    store.write_loads("318", [load])
    part.write_text("v2", encoding="utf-8")
    (again,) = store.write_loads("318", [load])
    assert not again.skipped and store.count("person") == 1


def _episode_load(path, rows):
    """A looked_after_episode load; ``rows`` are (child, start, end, reason_ceased)."""
    path.write_text(repr(rows), encoding="utf-8")
    episodes = pd.DataFrame(
        [
            {
                "child_id": child, "start_date": start, "reason_new_episode": "S",
                "legal_status": "C2", "category_of_need": "N1", "placement_type": "U1",
                "placement_provider": None, "end_date": end, "reason_ceased": ceased,
                "reason_place_change": None, "home_postcode": None, "placement_postcode": None,
                "urn": None, "placed_outside_council": None,
            }
            for child, start, end, ceased in rows
        ]
    )  # fmt: skip
    return FileLoad("903", path, rows_in=len(rows), tables={"looked_after_episode": episodes})


def load_an_episode_in_two_years(store, tmp_path):
    """Load the two-year case into ``store`` and check it (shared with the engine tests).

    2024-25 return: A's episode open at year end, B's closed. 2025-26 return: A's episode
    closed (E11), B's reported again without its end date (the later file's empty cell keeps
    the value), C new. Expect three episodes, one per child, none doubled.
    """
    store.write_loads("318", [_episode_load(tmp_path / "2024.csv", [
        ("A", date(2024, 5, 1), None, None),
        ("B", date(2024, 6, 1), date(2024, 9, 30), "E4A"),
    ])])  # fmt: skip
    store.write_loads("318", [_episode_load(tmp_path / "2025.csv", [
        ("A", date(2024, 5, 1), date(2025, 7, 31), "E11"),
        ("B", date(2024, 6, 1), None, None),
        ("C", date(2025, 8, 1), None, None),
    ])])  # fmt: skip
    rows = store.table("looked_after_episode").execute().sort_values("child_id")
    assert rows.child_id.tolist() == ["A", "B", "C"]
    ends = pd.to_datetime(rows.end_date).dt.date.tolist()[:2]
    assert ends == [date(2025, 7, 31), date(2024, 9, 30)]
    assert rows.reason_ceased.tolist()[:2] == ["E11", "E4A"]
    return rows


def test_an_episode_in_two_years_is_one_episode_closed_by_the_later_year(tmp_path):
    rows = load_an_episode_in_two_years(Store(str(tmp_path / "s.duckdb")), tmp_path)
    assert set(rows.load_id) == {2}


def test_another_council_with_the_same_key_is_left_alone(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    row = [("A", date(2024, 5, 1), None, None)]
    store.write_loads("318", [_episode_load(tmp_path / "a.csv", row)])
    store.write_loads("319", [_episode_load(tmp_path / "b.csv", row)])
    rows = store.table("looked_after_episode").execute()
    assert sorted(rows.la_code) == ["318", "319"]


def _population(path, rows: list[tuple[int, int]]):
    path.write_text("year,population_0_17\n" + "".join(f"{y},{n}\n" for y, n in rows))
    return path


def _population_by_council(store: Store) -> dict[str, int]:
    rows = store.table("population").execute()
    return {str(k): int(v) for k, v in rows.groupby("la_code").size().items()}


def test_finding_7_a_council_code_with_sql_in_it_is_refused_and_deletes_nothing(tmp_path):
    """Issue 16 finding 7: a quoted --la-code once reached the merge's DELETE as SQL text.

    Loaded twice, "999' OR la_code = '318" made the second load delete council 318's rows.
    Now a code that is not three digits is refused before anything is written, and a
    merge's delete matches the council as a value, never as text.
    """
    from csc_scorecard.errors import InputError
    from csc_scorecard.ingest.population import load_population

    store = Store(str(tmp_path / "s.duckdb"))
    load_population(store, _population(tmp_path / "a.csv", [(2025, 1000), (2026, 1010)]), "318")
    load_population(store, _population(tmp_path / "b.csv", [(2025, 2000), (2026, 2010)]), "319")
    quoted = "999' OR la_code = '318"
    for version, path in enumerate(("c.csv", "d.csv")):
        with pytest.raises(InputError, match="not a council code"):
            load_population(store, _population(tmp_path / path, [(2025, 3000 + version)]), quoted)
    assert _population_by_council(store) == {"318": 2, "319": 2}
    # Another file for 319 merges into 319's rows only: 318's row of the same year stays.
    load_population(store, _population(tmp_path / "e.csv", [(2025, 2001)]), "319")
    assert _population_by_council(store) == {"318": 2, "319": 2}
    kept = store.table("population").execute().set_index(["la_code", "year"])
    assert kept.loc[("318", 2025), "population_0_17"] == 1000
    assert kept.loc[("319", 2025), "population_0_17"] == 2001
