"""The default synthetic council's SSD extract loads, and quarantine matches the manifest.

Every injected error must be quarantined with the rule the manifest names, at the file and row
the manifest names (or be listed as not applicable to SSD), and no clean row may be quarantined.
"""

import json

import pandas as pd
import pytest

from csc_scorecard.ingest.ssd import load_ssd
from csc_scorecard.store import Store


@pytest.fixture(scope="module")
def loaded(default_council, tmp_path_factory):
    store = Store(str(tmp_path_factory.mktemp("store") / "s.duckdb"))
    results = load_ssd(store, default_council / "ssd", default_council.name)
    manifest = json.loads((default_council / "manifest.json").read_text())
    return store, results, manifest


def _expected_quarantine(manifest) -> pd.DataFrame:
    rows = []
    for error in manifest["errors"]:
        ssd = [loc for loc in error["locations"] if loc["format"] == "ssd"]
        assert ssd or "ssd" in error["not_applicable"], error
        rows.extend(
            {
                "file": loc["file"].split("/")[-1],
                "row_number": loc["row_number"],
                "rule_id": error["rule_id"],
            }
            for loc in ssd
        )
    return pd.DataFrame(rows)


@pytest.mark.slow
def test_every_injected_error_is_quarantined_with_its_rule_and_nothing_else(loaded):
    store, _, manifest = loaded
    expected = _expected_quarantine(manifest)
    quarantine = store.table("quarantine").execute()[["file", "row_number", "rule_id"]]
    got = quarantine.sort_values(["file", "row_number"]).reset_index(drop=True)
    want = expected.sort_values(["file", "row_number"]).reset_index(drop=True)
    missing = want.merge(got, how="left", indicator=True).query("_merge == 'left_only'")
    extra = got.merge(want, how="left", indicator=True).query("_merge == 'left_only'")
    assert missing.empty, f"injected errors not quarantined:\n{missing.head(20)}"
    assert extra.empty, f"clean rows quarantined:\n{extra.head(20)}"
    assert len(got) == len(want)


@pytest.mark.slow
def test_rows_in_equal_accepted_plus_quarantined_and_match_the_manifest(loaded):
    store, results, manifest = loaded
    counts = {path.split("/")[-1]: n for path, n in manifest["row_counts"].items()
              if path.startswith("ssd/")}  # fmt: skip
    for result in results:
        assert result.rows_in == result.rows_accepted + result.rows_quarantined
        assert result.rows_in == counts[result.file], result.file
    log = store.table("load_log").execute()
    assert log.rows_in.sum() == sum(counts[result.file] for result in results)
    # Every file is logged, the part tables (placements, legal statuses, conferences) included.
    assert set(counts) == {r.file for r in results}


@pytest.mark.slow
def test_loading_the_extract_again_changes_nothing(loaded, default_council):
    store, _, _ = loaded
    before = {name: store.count(name) for name in ("person", "visit", "quarantine", "load_log")}
    again = load_ssd(store, default_council / "ssd", default_council.name)
    assert all(result.skipped for result in again)
    after = {name: store.count(name) for name in before}
    assert after == before
