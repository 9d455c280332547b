"""The default synthetic council's 903 returns load, quarantine matches the manifest, and the
store equals the one loaded from the same council's SSD extract wherever the 903 carries data.

What is compared with the SSD-loaded store, and why anything is left out:

- Rows: the 903 store's rows, matched to SSD rows by the table key, both ways: every 903 row
  must be in the SSD store with the same values, and every SSD row the 903 covers must be in
  the 903 store. The 903 covers: people in a header; episodes and missing episodes open at any
  time from 1 April 2020 (start of the first collection year written) to the period end;
  reviews held in that time; the other tables only one way (903 rows must be in the SSD),
  because which of their rows a year's return holds depends on who was in care in that year
  (OC3 by birthday, UASC and adoption by care status, previous permanence by entry to care).
- Columns: those the 903 carries (``ssda903_schema.FILES``), with these exceptions:
  - ``placement_type``: each year's return uses that year's codes (H5 became K3 in 2024-25, Z1
    became Z11 in 2025-26), so a code and its successor count as equal;
  - ``urn``: left blank for supported accommodation (H5) not yet registered with Ofsted
    (before 28 October 2023), so compared only where the 903 has one;
  - ``home_postcode``: not compared; the SSD extract keeps home addresses in ``ssd_address``,
    which the SSD loader does not read, so the SSD store has none;
  - the AD1 columns (match and adopters): the 903 reports them in the year of the adoption
    order, so compared only for adoptions the SSD says were made;
  - ``care_leaver.contact_date``: OC3 has no contact date, the loader dates a row by the
    birthday it is about, so rows are matched on child and the birthday nearest the SSD's
    contact date (as the writer chooses the year) and the date itself is not compared.
- Quarantined rows: faults injected in these tables are quarantined by both loaders, so they
  are absent from both stores; the quarantine itself is checked against the manifest.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from conftest import DEMO_END
from csc_scorecard.ingest.ssd import load_ssd
from csc_scorecard.ingest.ssda903 import load_903
from csc_scorecard.ingest.ssda903_schema import BY_NAME, FILES
from csc_scorecard.store import Store

pytestmark = pytest.mark.slow

FIRST_DAY = pd.Timestamp(2020, 4, 1)  # the first collection year written ends March 2021
LAST_DAY = pd.Timestamp(DEMO_END)
SUCCESSOR = {"H5": "K3", "Z1": "Z11"}
KEYS = {
    "person": ["child_id"],
    "looked_after_episode": ["child_id", "start_date"],
    "cla_review": ["child_id", "review_date"],
    "missing_episode": ["child_id", "start_date"],
    "uasc_status": ["child_id"],
    "care_leaver": ["child_id", "birthday"],
    "adoption": ["child_id", "decision_date"],
    "previous_permanence": ["child_id"],
}
AD1_COLUMNS = {f.canonical for f in BY_NAME["ad1"].fields} - {"child_id", "decision_date"}
COVERED_BOTH_WAYS = ("person", "looked_after_episode", "cla_review", "missing_episode")


@pytest.fixture(scope="module")
def stores(default_council, tmp_path_factory):
    folder = tmp_path_factory.mktemp("stores")
    from_903 = Store(str(folder / "903.duckdb"))
    results = load_903(from_903, [default_council / "ssda903"], default_council.name)
    from_ssd = Store(str(folder / "ssd.duckdb"))
    load_ssd(from_ssd, default_council / "ssd", default_council.name)
    manifest = json.loads((default_council / "manifest.json").read_text())
    return from_903, from_ssd, results, manifest


def _expected_quarantine(manifest) -> pd.DataFrame:
    rows = []
    tables = {spec.table for spec in FILES}
    for error in manifest["errors"]:
        located = [loc for loc in error["locations"] if loc["format"] == "903"]
        if error["table"] in tables:
            assert located or "903" in error["not_applicable"], error
        rows += [
            {
                "file": loc["file"].removeprefix("ssda903/"),
                "row_number": loc["row_number"],
                "rule_id": error["rule_id"],
            }
            for loc in located
        ]
    return pd.DataFrame(rows)


def test_every_injected_error_is_quarantined_with_its_rule_and_nothing_else(stores):
    from_903, _, _, manifest = stores
    want = _expected_quarantine(manifest)
    got = from_903.table("quarantine").execute()[["file", "row_number", "rule_id"]]
    missing = want.merge(got, how="left", indicator=True).query("_merge == 'left_only'")
    extra = got.merge(want, how="left", indicator=True).query("_merge == 'left_only'")
    assert missing.empty, f"injected errors not quarantined:\n{missing.head(20)}"
    assert extra.empty, f"clean rows quarantined:\n{extra.head(20)}"
    assert len(got) == len(want) > 0


def test_rows_in_equal_accepted_plus_quarantined_and_match_the_manifest(stores):
    _, _, results, manifest = stores
    counts = {path.removeprefix("ssda903/"): n for path, n in manifest["row_counts"].items()
              if path.startswith("ssda903/")}  # fmt: skip
    assert {r.file: r.rows_in for r in results} == counts
    for r in results:
        assert not r.skipped and r.rows_in == r.rows_accepted + r.rows_quarantined


def _compared_columns(table: str) -> list[str]:
    """Columns the 903 fills in ``table``, minus the key."""
    columns = {f.canonical for spec in FILES if spec.table == table for f in spec.fields}
    return sorted(columns - set(KEYS[table]) - {"contact_date", "home_postcode"})


def _nearest_birthday(leavers: pd.DataFrame, person: pd.DataFrame) -> pd.Series:
    """The 17th-21st birthday nearest each contact (as the writer picks the OC3 year)."""
    born = pd.to_datetime(leavers["child_id"].map(person.set_index("child_id")["date_of_birth"]))
    contact = pd.to_datetime(leavers["contact_date"])
    birthdays = pd.concat([born + pd.DateOffset(years=age) for age in range(17, 22)], axis=1)
    gaps = birthdays.sub(contact, axis=0).abs()
    return birthdays.to_numpy()[range(len(leavers)), gaps.to_numpy().argmin(axis=1)]


def _frame(store: Store, table: str) -> pd.DataFrame:
    frame = store.table(table).execute().drop(columns=["la_code", "load_id"])
    if table == "care_leaver":
        person = store.table("person").execute()
        frame["birthday"] = _nearest_birthday(frame, person)
    return frame


def _same(table: str, column: str, joined: pd.DataFrame) -> pd.Series:
    """Whether each 903 value equals the SSD's, allowing for what the 903 leaves out."""
    ours, theirs = joined[column], joined[f"{column}_ssd"]
    both_empty = ours.isna() & theirs.isna()
    equal = (ours == theirs).fillna(False).astype(bool) | both_empty
    if column == "placement_type":
        equal |= (theirs.map(SUCCESSOR) == ours).fillna(False).astype(bool)
    if column == "urn":
        equal |= ours.isna()
    if column in AD1_COLUMNS:
        equal |= joined["adopted_date_ssd"].isna()
    return equal


def _covered(table: str, frame: pd.DataFrame, children: set[str]) -> pd.DataFrame:
    """The SSD rows the 903 covers (see the module docstring)."""
    if table == "person":
        return frame[frame["child_id"].isin(children)]
    if table == "cla_review":
        when = pd.to_datetime(frame["review_date"])
        return frame[(when >= FIRST_DAY) & (when <= LAST_DAY)]
    start, end = pd.to_datetime(frame["start_date"]), pd.to_datetime(frame["end_date"])
    return frame[(start <= LAST_DAY) & (end.isna() | (end >= FIRST_DAY))]


@pytest.mark.parametrize("table", list(KEYS))
def test_903_store_equals_the_ssd_store_where_the_903_carries_data(stores, table):
    from_903, from_ssd, _, _ = stores
    ours, theirs = _frame(from_903, table), _frame(from_ssd, table)
    key, columns = KEYS[table], _compared_columns(table)
    assert not ours.empty
    assert not ours.duplicated(key).any()
    joined = ours.merge(theirs, on=key, how="left", suffixes=("", "_ssd"), indicator=True)
    absent = joined[joined["_merge"] == "left_only"]
    assert absent.empty, f"{len(absent)} 903 {table} rows not in the SSD store:\n{absent.head()}"
    for column in columns:
        same = _same(table, column, joined)
        differing = joined.loc[~same, [*key, column, f"{column}_ssd"]]
        assert differing.empty, (
            f"{table}.{column}: {len(differing)} rows differ:\n{differing.head()}"
        )
    if table in COVERED_BOTH_WAYS:
        children = set(from_903.table("person").execute()["child_id"])
        covered = _covered(table, theirs, children)
        found = covered.merge(ours[key], on=key, how="left", indicator=True)
        unseen = found[found["_merge"] == "left_only"]
        assert unseen.empty, f"{len(unseen)} SSD {table} rows not in the 903:\n{unseen.head()}"
