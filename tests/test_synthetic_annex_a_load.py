"""The default synthetic council's Annex A loads: quarantine matches the manifest, and what it
carries equals the SSD extract of the same council.

What is compared (the reference date is the period end, 31/10/2026; lists 1-8 look back to
01/05/2026), matching records on the child and the record's date:

- Every Annex A record of ``person``, ``contact`` (child, date and source), ``cin_episode``,
  ``early_help_episode``, ``assessment``, ``s47_enquiry``, ``cp_plan``, ``cp_review``,
  ``cla_review``, ``health_check``, ``care_leaver`` and ``adoption`` is an SSD record, with
  equal values in every column Annex A carries (``CARRIED``).
- Every SSD contact, referral, early help episode, assessment and CP plan of the window (dated
  in it, or open at any time in it) is in Annex A (``WINDOWED``). The other tables carry only
  the latest review or check, or the child's latest episode, so only the first check applies.
- The episode a record of lists 4, 5 and 7 is linked to is the SSD record's own episode,
  unless that began before the window and is in neither list 3 nor 6 (``REF-<child>-UNLISTED``).

Excluded, and why:

- Identifiers: Annex A has none, the loader derives them (see ``docs/annex-a-mapping.md``).
- Disability codes (Annex A says yes or no), care episodes, visits, missing episodes, UASC, CIN
  plans, assessment factors, previous permanence and series: Annex A does not carry them.
- A value only one side has: Annex A gives ``icpc_not_required`` once the enquiry ended and
  ``further_action`` once the assessment is authorised; the SSD has no number of previous CP
  plans. Values are compared where both have one.
- Records of a child with an injected fault Annex A cannot carry (a review's participation
  code): the SSD loader quarantines the record, Annex A carries only its date and loads it.
- Two contacts of one child on one day from the same source are identical rows in Annex A,
  which has no contact identifier, so the second is quarantined as a duplicate: the tests find
  those pairs in the SSD extract (two contact ids) and expect exactly them besides the manifest.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from csc_scorecard.ingest.annex_a import load_annex_a
from csc_scorecard.ingest.ssd import load_ssd
from csc_scorecard.store import Store

WINDOW = (date(2026, 6, 1), date(2026, 11, 30))


@pytest.fixture(scope="module")
def stores(default_council: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("annex_a_stores")
    annex = Store(str(folder / "annex.duckdb"))
    results, warnings = load_annex_a(annex, default_council / "annex_a" / "annex_a.xlsx",
                                     default_council.name)  # fmt: skip
    ssd = Store(str(folder / "ssd.duckdb"))
    load_ssd(ssd, default_council / "ssd", default_council.name)
    manifest = json.loads((default_council / "manifest.json").read_text())
    return annex, ssd, results, warnings, manifest


def _frame(store: Store, table: str) -> pd.DataFrame:
    frame = store.table(table).execute().drop(columns=["la_code", "load_id"])
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.date
    return frame.astype(object).where(frame.notna(), None)


def _same_day_contacts(ssd_folder: Path) -> set[tuple[str, str, str]]:
    """(child, date, source) of SSD contacts in the window that share them with another."""
    contacts = pd.read_csv(ssd_folder / "ssd_contacts.csv", dtype=str, keep_default_na=False)
    dated = contacts[contacts["cont_contact_date"].between(*(d.isoformat() for d in WINDOW))]
    key = ["cont_person_id", "cont_contact_date", "cont_contact_source_code"]
    ids = dated.groupby(key)["cont_contact_id"].nunique()
    return set(ids[ids > 1].index)


@pytest.mark.slow
def test_quarantine_is_the_manifest_and_nothing_else(stores, default_council: Path) -> None:
    annex, _, results, warnings, manifest = stores
    expected = {(loc["source_table"], loc["row_number"], error["rule_id"])
                for error in manifest["errors"] for loc in error["locations"]
                if loc["format"] == "annex_a"}  # fmt: skip
    quarantine = annex.table("quarantine").execute()
    got = set(zip(quarantine["source_table"], quarantine["row_number"], quarantine["rule_id"],
                  strict=True))  # fmt: skip
    assert expected - got == set(), "injected errors not quarantined"
    extra = quarantine[[(t, n, r) not in expected for t, n, r in zip(
        quarantine["source_table"], quarantine["row_number"], quarantine["rule_id"],
        strict=True)]]  # fmt: skip
    same_day = _same_day_contacts(default_council / "ssd")
    for _, row in extra.iterrows():
        record = json.loads(row["raw_record"])
        key = (record["Child Unique ID"], record["Date of Contact"],
               record["Contact Source"].split(": ")[0].split(") ")[-1])  # fmt: skip
        assert (row["source_table"], row["rule_id"]) == ("List 1", "duplicate_row"), row
        assert key in same_day, f"clean row quarantined: {row.to_dict()}"
    assert len(extra) == len(same_day)
    assert len(quarantine) == len(expected) + len(same_day)
    assert set(quarantine["source"]) == {"annex_a"}
    (result,) = results
    counts = {path.split("#")[1]: n for path, n in manifest["row_counts"].items()
              if path.startswith("annex_a/")}  # fmt: skip
    assert result.rows_in == sum(counts.values())
    assert result.rows_in == result.rows_accepted + result.rows_quarantined
    assert warnings == []  # the writer uses Ofsted's headings and sheet names


def _in_window(start: pd.Series, end: pd.Series | None = None) -> pd.Series:
    first, last = WINDOW
    if end is None:
        return start.map(lambda d: d is not None and first <= d <= last)
    return pd.Series([s is not None and s <= last and (e is None or e >= first)
                      for s, e in zip(start, end, strict=True)], index=start.index)  # fmt: skip


def _differences(table: str, annex: pd.DataFrame, ssd: pd.DataFrame, key: list[str]
                 ) -> list[str]:  # fmt: skip
    """Annex A records the SSD lacks, then carried values that differ where both have one."""
    found: list[str] = []
    merged = annex.merge(ssd, on=key, how="left", suffixes=("", "_ssd"), indicator=True)
    for _, row in merged[merged["_merge"] == "left_only"].iterrows():
        found.append(f"{table} {tuple(row[key])}: in Annex A, not in the SSD")
    both = merged[merged["_merge"] == "both"]
    for column in [c for c in annex.columns if c not in key]:
        given = both[column].notna() & both[f"{column}_ssd"].notna()
        unequal = both[given & (both[column] != both[f"{column}_ssd"])]
        for _, row in unequal.iterrows():
            found.append(f"{table} {tuple(row[key])} {column}: Annex A {row[column]!r},"
                         f" SSD {row[f'{column}_ssd']!r}")  # fmt: skip
    return found


def _not_listed(table: str, annex: pd.DataFrame, ssd: pd.DataFrame, key: list[str]
                ) -> list[str]:  # fmt: skip
    """SSD records of the window that Annex A does not have."""
    merged = ssd[key].merge(annex[key], on=key, how="left", indicator=True)
    return [f"{table} {tuple(row[key])}: in the SSD window, not in Annex A"
            for _, row in merged[merged["_merge"] == "left_only"].iterrows()]  # fmt: skip


def _faulty_children(manifest: dict, table: str) -> set[str]:
    """Children with an injected fault in ``table`` that Annex A cannot carry (not applicable).

    The SSD loader quarantines such a record (a review's participation code PN9); Annex A
    carries only its date, so the record is rightly loaded from Annex A alone.
    """
    return {e["child_id"] for e in manifest["errors"]
            if e["table"] == table and "annex_a" in e["not_applicable"]}  # fmt: skip


CARRIED = {
    "contact": (["child_id", "contact_date", "contact_source"], []),
    "early_help_episode": (["child_id", "start_date"], ["end_date", "organisation"]),
    "assessment": (["child_id", "start_date"],
                   ["authorisation_date", "child_seen", "further_action"]),
    "cp_plan": (["child_id", "start_date"], ["end_date", "initial_category", "latest_category",
                                             "number_of_previous_plans"]),
    "cin_episode": (["child_id", "referral_date"], ["referral_source", "referral_nfa", "team",
                                                    "primary_need", "closure_date",
                                                    "closure_reason"]),
    "s47_enquiry": (["child_id", "start_date"],
                    ["icpc_not_required", "icpc_date", "icpc_outcome_cp_plan"]),
    "cla_review": (["child_id", "review_date"], []),
    "cp_review": (["child_id", "review_date"], []),
    "health_check": (["child_id", "check_type", "check_date"], []),
    "care_leaver": (["child_id", "contact_date"], ["eligibility", "in_touch", "activity",
                                                   "accommodation", "accommodation_suitable"]),
    "adoption": (["child_id", "decision_date"],
                 ["placement_order_date", "matched_date", "placed_date", "adopted_date",
                  "decision_reversed_date", "decision_reversed_reason"]),
    "person": (["child_id"], ["sex", "ethnicity", "date_of_birth"]),
}  # fmt: skip
"""Per table: the natural key both stores share, and the columns Annex A carries."""

WINDOWED = {
    "contact": ("contact_date", None),
    "early_help_episode": ("start_date", "end_date"),
    "assessment": ("start_date", "authorisation_date"),
    "cp_plan": ("start_date", "end_date"),
    "cin_episode": ("referral_date", None),
}
"""Tables whose SSD records in the window must all be in Annex A: (start, end) columns."""


@pytest.mark.slow
def test_annex_a_equals_the_ssd_for_what_it_carries(stores, default_council: Path) -> None:
    annex, ssd, _, _, manifest = stores
    differences: list[str] = []
    for table, (key, carried) in CARRIED.items():
        mine = _frame(annex, table)[key + carried]
        theirs = _frame(ssd, table)[key + carried]
        clean = mine[~mine["child_id"].isin(_faulty_children(manifest, table))]
        differences += _differences(table, clean, theirs, key)
        if table in WINDOWED:
            start, end = WINDOWED[table]
            window = theirs[_in_window(theirs[start], theirs[end] if end else None)]
            differences += _not_listed(table, mine, window, key)
    assert not differences, f"{len(differences)} difference(s):\n" + "\n".join(differences[:30])


@pytest.mark.slow
def test_same_day_contacts_are_one_annex_a_row(stores, default_council: Path) -> None:
    """The contacts compared above as a set: Annex A keeps one row of each same-day pair."""
    annex, ssd, *_ = stores
    same_day = _same_day_contacts(default_council / "ssd")
    assert same_day, "the council has same-day contacts, so the exception is exercised"
    window = _frame(ssd, "contact")
    window = window[_in_window(window["contact_date"])]
    assert len(_frame(annex, "contact")) == len(window) - len(same_day)


@pytest.mark.slow
def test_records_link_to_their_own_episode(stores) -> None:
    annex, ssd, *_ = stores
    episodes = _frame(ssd, "cin_episode").set_index("referral_id")["referral_date"]
    wrong: list[str] = []
    for table in ("assessment", "s47_enquiry", "cp_plan"):
        mine = _frame(annex, table)
        theirs = _frame(ssd, table)
        theirs["episode_start"] = theirs["referral_id"].map(episodes)
        merged = mine.merge(theirs, on=["child_id", "start_date"], suffixes=("", "_ssd"))
        assert len(merged) == len(mine), table
        listed = ~merged["referral_id"].str.endswith("-UNLISTED")
        expected = ("REF-" + merged["child_id"] + "-"
                    + merged["episode_start"].map(lambda d: d.strftime("%Y%m%d")))  # fmt: skip
        unlisted_before = merged.loc[~listed, "episode_start"] < WINDOW[0]
        assert unlisted_before.all(), f"{table}: an episode in the window was not listed"
        for _, row in merged[listed & (merged["referral_id"] != expected)].iterrows():
            wrong.append(
                f"{table} {row['child_id']} {row['start_date']}: linked to"
                f" {row['referral_id']}, its episode began {row['episode_start']}"
            )
    assert not wrong, "\n".join(wrong[:30])
