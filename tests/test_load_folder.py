"""`scorecard load folder`: a council's folder loads as its parts loaded one by one would."""

import shutil

from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.indicators.catalogue import series_ids
from csc_scorecard.ingest.cin_census import load_cin
from csc_scorecard.ingest.folder import load_council_folder
from csc_scorecard.ingest.population import load_population
from csc_scorecard.ingest.series import load_series
from csc_scorecard.ingest.ssd import load_ssd
from csc_scorecard.ingest.ssda903 import load_903
from csc_scorecard.model import DATA_TABLES
from csc_scorecard.store import Store

runner = CliRunner()


def contents(store: Store) -> dict[str, int]:
    """Rows per data table and in quarantine, and the names of the files loaded."""
    counts = {table.name: store.count(table.name) for table in DATA_TABLES}
    files = sorted(store.table("load_log").execute()["file"])
    return {**counts, "quarantine": store.count("quarantine"), "files": files}


def test_a_synthetic_councils_folder_loads_its_ssd_population_and_series(small_council,
                                                                          tmp_path):  # fmt: skip
    by_hand = Store(str(tmp_path / "by_hand.duckdb"))
    load_ssd(by_hand, small_council / "ssd", "318")
    load_population(by_hand, small_council / "population.csv", "318")
    load_series(by_hand, small_council / "series" / "series.csv", "318", series_ids())
    store = str(tmp_path / "folder.duckdb")
    result = runner.invoke(app, ["load", "folder", str(small_council), "--la-code", "318",
                                 "--store", store])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert contents(Store(store)) == contents(by_hand)
    assert contents(by_hand)["person"] > 0 and contents(by_hand)["aggregate_value"] > 0
    # The returns describe the same children as the SSD extract: left out, and said so.
    for left_out in ("ssda903", "cin_census", "annex_a"):
        assert f"Left out: {small_council / left_out}" in result.output


def test_a_folder_of_returns_loads_the_903_then_the_cin_census(small_council, tmp_path):
    # The latest two years of each return keep the test quick; the order is what is tested.
    folder = tmp_path / "318"
    for year in sorted((small_council / "ssda903").iterdir())[-2:]:
        shutil.copytree(year, folder / "ssda903" / year.name)
    (folder / "cin_census").mkdir()
    for census in sorted((small_council / "cin_census").glob("*.xml"))[-2:]:
        shutil.copy(census, folder / "cin_census")
    shutil.copy(small_council / "population.csv", folder)
    by_hand = Store(str(tmp_path / "by_hand.duckdb"))
    load_903(by_hand, [folder / "ssda903"], "318")
    load_cin(by_hand, [folder / "cin_census"], "318")
    load_population(by_hand, folder / "population.csv", "318")
    store = Store(str(tmp_path / "folder.duckdb"))
    done = load_council_folder(store, folder, "318", series_ids())
    assert contents(store) == contents(by_hand)
    assert contents(store)["looked_after_episode"] > 0 and contents(store)["cin_episode"] > 0
    assert done.left_out == []


def test_a_folder_without_case_records_exits_2(tmp_path):
    (tmp_path / "series").mkdir()
    result = runner.invoke(app, ["load", "folder", str(tmp_path), "--la-code", "318",
                                 "--store", str(tmp_path / "s.duckdb")])  # fmt: skip
    assert result.exit_code == 2
    assert "holds no case records" in result.output
