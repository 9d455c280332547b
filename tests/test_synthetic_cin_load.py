"""The default synthetic council's CIN census loads as the manifest and the SSD extract say.

1. Every injected error written to a census file is quarantined with the manifest's rule at
   the manifest's file, element and row number, and nothing else is quarantined.
2. The CIN-loaded store holds what the SSD-loaded store holds, table by table, for what the
   census carries and covers:
   - records are matched on their natural keys (child, referral date, start dates), because
     the census has no ids: the loader makes its own and the SSD carries the council's;
   - only records with activity inside the census years are compared (from 1 April of the
     first census year to the end of the simulated period): the census reports a record only
     in a year in which it is open (``synth/write_cin.py``), so a referral closed before the
     first census year is in the SSD only;
   - children are those in a census file (a child is in the census only with an open episode);
   - columns the census does not carry (``NOT_IN_CENSUS``: team, assessment child_seen and
     further_action, S47 end date and ICPC outcome) and the ids are not compared;
   - ``cp_plan.number_of_previous_plans`` is not compared: the SSD does not carry it;
   - ``s47_enquiry.icpc_not_required`` is mandatory in the census, so an enquiry still open at
     the end of the period (no decision yet, empty in the SSD) is reported 0: SSD empty is
     compared as 0 (False);
   - ``date_of_death`` is compared only for children who died by the end of the last census
     year they appear in: a death after a child's last episode is reported in no census.
"""

import json
from datetime import date

import pandas as pd
import pytest

from conftest import DEMO_END
from csc_scorecard.ingest.cin_census import load_cin
from csc_scorecard.ingest.ssd import load_ssd
from csc_scorecard.model import TABLES
from csc_scorecard.model.cin import NOT_IN_CENSUS
from csc_scorecard.store import Store

TABLES_COMPARED = (
    "person", "disability", "cin_episode", "assessment", "assessment_factor", "cin_plan",
    "s47_enquiry", "cp_plan", "cp_review",
)  # fmt: skip
NOT_IN_SSD = {"number_of_previous_plans"}
UNDECIDED_IS_FALSE = {"icpc_not_required"}
IDS = {"referral_id", "assessment_id", "cin_plan_id", "s47_id", "cp_plan_id", "cp_review_id"}


@pytest.fixture(scope="module")
def loaded(default_council, tmp_path_factory):
    folder = tmp_path_factory.mktemp("cin_store")
    store = Store(str(folder / "cin.duckdb"))
    results = load_cin(store, [default_council / "cin_census"], default_council.name)
    manifest = json.loads((default_council / "manifest.json").read_text())
    return store, results, manifest


@pytest.fixture(scope="module")
def ssd_store(default_council, tmp_path_factory):
    store = Store(str(tmp_path_factory.mktemp("ssd_store") / "ssd.duckdb"))
    load_ssd(store, default_council / "ssd", default_council.name)
    return store


@pytest.mark.slow
def test_every_injected_error_is_quarantined_with_its_rule_and_nothing_else(loaded):
    store, _, manifest = loaded
    want = pd.DataFrame(
        [
            {"file": loc["file"].split("/")[-1], "source_table": loc["source_table"],
             "row_number": loc["row_number"], "rule_id": error["rule_id"]}
            for error in manifest["errors"]
            for loc in error["locations"]
            if loc["format"] == "cin"
        ]
    )  # fmt: skip
    for error in manifest["errors"]:
        assert any(loc["format"] == "cin" for loc in error["locations"]) or (
            "cin" in error["not_applicable"]
        ), error
    got = store.table("quarantine").execute()[list(want.columns)]
    assert (got["file"].str.startswith("cin_census_")).all()
    merged = want.merge(got, how="outer", indicator=True)
    missing = merged[merged["_merge"] == "left_only"]
    extra = merged[merged["_merge"] == "right_only"]
    assert missing.empty, f"injected errors not quarantined:\n{missing.head(20)}"
    assert extra.empty, f"clean records quarantined:\n{extra.head(20)}"
    assert len(got) == len(want) > 0


@pytest.mark.slow
def test_rows_in_equal_accepted_plus_quarantined_and_children_match_the_manifest(
    loaded, default_council
):
    store, results, manifest = loaded
    years = [f"cin_census_{y}.xml" for y in range(2021, 2028)]
    assert [r.file for r in results] == years  # oldest census first
    for result in results:
        assert result.rows_in == result.rows_accepted + result.rows_quarantined
        text = (default_council / "cin_census" / result.file).read_text(encoding="utf-8")
        assert text.count("<Child>") == manifest["row_counts"][f"cin_census/{result.file}"]
        # Every record element is a row in: count the opening tags independently.
        records = sum(
            text.count(f"<{name}>") + text.count(f"<{name}/>")
            for name in ("Child", "Disability", "CINdetails", "Assessments",
                         "AssessmentFactors", "CINPlanDates", "Section47",
                         "ChildProtectionPlans", "CPPreviewDate")
        )  # fmt: skip
        assert result.rows_in == records, result.file
    log = store.table("load_log").execute()
    assert (log.rows_in == log.rows_accepted + log.rows_quarantined).all()


@pytest.mark.slow
def test_loading_the_census_again_changes_nothing(loaded, default_council):
    store, _, _ = loaded
    before = {name: store.count(name) for name in (*TABLES_COMPARED, "quarantine", "load_log")}
    again = load_cin(store, [default_council / "cin_census"], default_council.name)
    assert all(result.skipped for result in again)
    assert {name: store.count(name) for name in before} == before


# -- CIN store = SSD store --------------------------------------------------------------------
FIRST_DAY = date(2020, 4, 1)
"""First day of the first census year written (2020-21, ``cin_census_2021.xml``)."""


def _frames(store: Store) -> dict[str, pd.DataFrame]:
    frames = {}
    for name in TABLES_COMPARED:
        frame = store.table(name).execute().drop(columns=["la_code", "load_id"])
        for column in frame.select_dtypes("datetime").columns:
            frame[column] = frame[column].dt.date
        frames[name] = frame.astype(object).where(frame.notna(), None)
    return frames


def _active(start: pd.Series, end: pd.Series) -> pd.Series:
    """Open at some time in the census years (``Year.active`` of the writer, over all years)."""
    started = start.map(lambda d: d is not None and d <= DEMO_END)
    ongoing = end.map(lambda d: d is None or d >= FIRST_DAY)
    return started & (ongoing | start.map(lambda d: d is not None and d >= FIRST_DAY))


def _natural(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Each table with natural-key columns instead of ids, restricted to the census's cover."""
    f = frames
    episodes = f["cin_episode"][_active(f["cin_episode"].referral_date,
                                        f["cin_episode"].closure_date)]  # fmt: skip
    ref = episodes.set_index("referral_id")["referral_date"].rename("episode_referral_date")

    def under_episode(name: str, end: str) -> pd.DataFrame:
        rows = f[name].join(ref, on="referral_id", how="inner")
        return rows[_active(rows.start_date, rows[end])]

    assessments = under_episode("assessment", "authorisation_date")
    s47 = f["s47_enquiry"].assign(
        _end=f["s47_enquiry"].icpc_date.where(f["s47_enquiry"].icpc_date.notna(),
                                              f["s47_enquiry"].end_date))  # fmt: skip
    f = {**f, "s47_enquiry": s47}
    plans = under_episode("cp_plan", "end_date")
    start = assessments.set_index("assessment_id")[
        ["episode_referral_date", "child_id", "start_date", "authorisation_date"]
    ]
    factors = f["assessment_factor"].join(start.rename(columns={"start_date": "assessment_start"}),
                                          on="assessment_id", how="inner")  # fmt: skip
    factors = factors[
        factors.authorisation_date.map(lambda d: d is not None and FIRST_DAY <= d <= DEMO_END)
    ]
    reviews = f["cp_review"].join(
        plans.set_index("cp_plan_id")[["episode_referral_date", "start_date"]].rename(
            columns={"start_date": "plan_start"}), on="cp_plan_id", how="inner")  # fmt: skip
    reviews = reviews[
        reviews.review_date.map(lambda d: d is not None and FIRST_DAY <= d <= DEMO_END)
    ]
    children = set(episodes.child_id)
    return {
        "person": f["person"][f["person"].child_id.isin(children)],
        "disability": f["disability"][f["disability"].child_id.isin(children)],
        "cin_episode": episodes,
        "assessment": assessments,
        "assessment_factor": factors.drop(columns="authorisation_date"),
        "cin_plan": under_episode("cin_plan", "end_date"),
        "s47_enquiry": under_episode("s47_enquiry", "_end").drop(columns="_end"),
        "cp_plan": plans,
        "cp_review": reviews,
    }


KEYS = {
    "person": ["child_id"],
    "disability": ["child_id", "disability"],
    "cin_episode": ["child_id", "referral_date"],
    "assessment": ["child_id", "episode_referral_date", "start_date"],
    "assessment_factor": ["child_id", "episode_referral_date", "assessment_start", "factor"],
    "cin_plan": ["child_id", "episode_referral_date", "start_date"],
    "s47_enquiry": ["child_id", "episode_referral_date", "start_date"],
    "cp_plan": ["child_id", "episode_referral_date", "start_date"],
    "cp_review": ["child_id", "episode_referral_date", "plan_start", "review_date"],
}


def _differences(name: str, cin: pd.DataFrame, ssd: pd.DataFrame) -> list[str]:
    """Readable differences: records on one side only, then values that differ."""
    keys = KEYS[name]
    absent = {k.split(".")[1] for k in NOT_IN_CENSUS if k.startswith(f"{name}.")}
    values = [c.name for c in TABLES[name].columns
              if c.name not in set(keys) | IDS | absent | NOT_IN_SSD]  # fmt: skip
    both = cin[keys + values].merge(ssd[keys + values], on=keys, how="outer",
                                    suffixes=("_cin", "_ssd"), indicator=True)  # fmt: skip
    out = [f"{name}: {side} only: {row[keys].to_dict()}"
           for side, label in (("CIN", "left_only"), ("SSD", "right_only"))
           for _, row in both[both["_merge"] == label].head(5).iterrows()]  # fmt: skip
    matched = both[both["_merge"] == "both"]
    for column in values:
        ours, theirs = matched[f"{column}_cin"], matched[f"{column}_ssd"]
        if column in UNDECIDED_IS_FALSE:
            theirs = theirs.where(theirs.notna(), False)
        same = (ours == theirs) | (ours.isna() & theirs.isna())
        differ = matched[~same.astype(bool)]
        out += [
            f"{name}.{column} at {row[keys].to_dict()}: CIN {row[f'{column}_cin']!r},"
            f" SSD {row[f'{column}_ssd']!r}"
            for _, row in differ.head(5).iterrows()
        ]
    return out


@pytest.mark.slow
def test_the_cin_store_equals_the_ssd_store_for_what_the_census_carries(loaded, ssd_store):
    cin = _natural(_frames(loaded[0]))
    ssd = _natural(_frames(ssd_store))
    last_year_end = _last_census_day(loaded[0])
    for side in (cin, ssd):
        person = side["person"]
        died_later = person.child_id.map(last_year_end).lt(
            person.date_of_death.map(lambda d: d or date.max)
        )
        side["person"] = person.assign(date_of_death=person.date_of_death.where(~died_later))
    report = [line for name in TABLES_COMPARED for line in _differences(name, cin[name], ssd[name])]
    assert not report, "\n".join(report)
    assert all(len(cin[name]) > 0 for name in TABLES_COMPARED)


def _last_census_day(store: Store) -> dict[str, date]:
    """Each child's last day of the last census year they appear in."""
    episodes = store.table("cin_episode").execute()
    last = (
        episodes.assign(end=pd.to_datetime(episodes.closure_date).fillna(pd.Timestamp(DEMO_END)))
        .groupby("child_id")["end"]
        .max()
    )
    return {child: min(_census_year_end(day.date()), DEMO_END) for child, day in last.items()}


def _census_year_end(day: date) -> date:
    year = day.year + (1 if day.month > 3 else 0)
    return date(year, 3, 31)
