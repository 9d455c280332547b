"""The CIN census writer against a small hand-built council whose files are worked out by hand.

Seven children, April 2023 to October 2026 (census years 2024 to 2027, the last partial). The
same council is used by ``test_write_annex_a`` (reference date 31/10/2026).

- C001, a girl born 14/06/2015: referred by her school 02/05/2025; assessed 06/05-13/06/2025
  (factors 3A, 4B); section 47 from 09/05/2025, ICPC on 30/05/2025 (target 02/06/2025, 15
  working days with the 26 May bank holiday); CP plan 30/05/2025-15/05/2026 (neglect, latest
  emotional abuse), reviews 22/08/2025, 16/01/2026 and 15/05/2026; stepped down to a CIN plan
  16/05-30/09/2026; episode closed 30/09/2026 (RC7). CP and CIN visits.
- C002, a boy born 03/03/2019: two police referrals closed with no further action, 01/12/2025
  and 15/06/2026; contacts 10/03/2026 and 15/06/2026; an early help episode that ended
  30/04/2026, the day before the Annex A window.
- C003, a boy born 10/09/2012 (autism, learning disability): referred by his GP 05/02/2024;
  assessed 06/02-16/04/2024 (factors 4B, 16A); a section 47 25/03-08/04/2024 that needed no
  ICPC; looked after from 16/04/2024 (V2, then C1, then C2 with a move out of area, then a
  children's home from 15/07/2026); his episode stays open while he is in care.
- C004, a girl born 20/02/2006: left care the day before her 18th birthday; care leaver
  contacts at 18, 19 and 20; no CIN episode, so never in the CIN census.
- C005, a boy born 01/08/2023: referred 08/01/2024, assessed and looked after from 10/01/2024;
  decision to place for adoption 10/06/2024, placement order 02/09/2024, matched 06/10/2025,
  placed 03/11/2025, adopted 01/06/2026 (episode closed RC1 the same day).
- C006, a girl born 15/01/2020: contacts and two early help episodes only.
- C007, a boy born 04/04/2010 (behaviour): referred 12/10/2026, assessment and section 47
  still open at the end of the period.

``fixture_history(errors=True)`` adds seven injected faults (see ``ERRORS``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from lxml import etree

from csc_scorecard.model import TABLES
from csc_scorecard.synth.history import ERROR_COLUMN, Council, CouncilHistory
from csc_scorecard.synth.manifest import InjectedError, Manifest
from csc_scorecard.synth.write_cin import sex_code, write_cin_census

COUNCIL = Council("318", "E09000027", "Fixture council", ("TW9 1", "TW1 3", "TW2 5"))
PERIOD_START, PERIOD_END = date(2023, 4, 1), date(2026, 10, 31)
YEARS = (2024, 2025, 2026, 2027)

ERRORS = {
    "318-E0001": ("contact", "unknown_child", "contact for a child id not in the person table"),
    "318-E0002": ("contact", "code_list", "contact source 11 is not a DfE code"),
    "318-E0003": ("cp_review", "missing_required", "CP review date left empty"),
    "318-E0004": ("cin_plan", "end_before_start", "CIN plan end date moved before its start"),
    "318-E0005": ("visit", "unknown_child", "visit for a child id not in the person table"),
    "318-E0006": ("cla_review", "code_list", "participation code PN9 is not a DfE code"),
    "318-E0007": ("cin_episode", "unknown_child", "referral for a child not in the person table"),
}
"""Injected faults of ``fixture_history(errors=True)``: table, rule and what was done."""

SEQUENCES: dict[str, tuple[str, ...]] = {
    "Message": ("Header", "Children"),
    "Header": ("CollectionDetails", "Source"),
    "CollectionDetails": ("Collection", "Year", "ReferenceDate"),
    "Source": ("SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"),
    "Children": ("Child",),
    "Child": ("ChildIdentifiers", "ChildCharacteristics", "CINdetails"),
    "ChildIdentifiers": (
        "LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate",
        "ExpectedPersonBirthDate", "GenderCurrent", "Sex", "PersonDeathDate",
    ),
    "ChildCharacteristics": ("Ethnicity", "Disabilities"),
    "Disabilities": ("Disability",),
    "CINdetails": (
        "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate",
        "ReasonForClosure", "DateOfInitialCPC", "Assessments", "CINPlanDates", "Section47",
        "ReferralNFA", "ChildProtectionPlans",
    ),
    "Assessments": (
        "AssessmentActualStartDate", "AssessmentInternalReviewDate",
        "AssessmentAuthorisationDate", "FactorsIdentifiedAtAssessment",
    ),
    "FactorsIdentifiedAtAssessment": ("AssessmentFactors",),
    "CINPlanDates": ("CINPlanStartDate", "CINPlanEndDate"),
    "Section47": ("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"),
    "ChildProtectionPlans": (
        "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse",
        "NumberOfPreviousCPP", "Reviews",
    ),
    "Reviews": ("CPPreviewDate",),
}  # fmt: skip
"""Child elements of each element in schema order (reference section 1.2, ``xs:sequence``)."""

MANDATORY: dict[str, tuple[str, ...]] = {
    "ChildIdentifiers": ("LAchildID",),
    "ChildCharacteristics": ("Ethnicity",),
    "CINdetails": ("CINreferralDate", "ReferralSource", "ReferralNFA"),
    "Assessments": ("AssessmentActualStartDate",),
    "CINPlanDates": ("CINPlanStartDate",),
    "Section47": ("S47ActualStartDate", "ICPCnotRequired"),
    "ChildProtectionPlans": (
        "CPPstartDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP",
    ),
}  # fmt: skip
"""Child elements with minOccurs 1 (reference section 1.2)."""


def d(text: str) -> date:
    return date.fromisoformat(text)


def _table(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows in the model's columns (missing ones empty) and a clean error column."""
    columns = [c.name for c in TABLES[name].columns]
    frame = pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=columns)
    for column in TABLES[name].columns:
        if column.dtype == "date":
            frame[column.name] = frame[column.name].map(lambda v: d(v) if v else None)
    frame[ERROR_COLUMN] = [row.get(ERROR_COLUMN, "") for row in rows]
    return frame


def _episode(child: str, start: str, rne: str, ls: str, cin: str, place: str, provider: str,
             end: str | None, rec: str | None, change: str | None, postcode: str, urn: str | None,
             out: bool) -> dict[str, Any]:  # fmt: skip
    return dict(
        child_id=child, start_date=start, reason_new_episode=rne, legal_status=ls,
        category_of_need=cin, placement_type=place, placement_provider=provider, end_date=end,
        reason_ceased=rec, reason_place_change=change, home_postcode="TW9 1AA",
        placement_postcode=postcode, urn=urn, placed_outside_council=out,
    )  # fmt: skip


def _rows(errors: bool) -> dict[str, list[dict[str, Any]]]:
    """The canonical rows of the module docstring; with ``errors``, the faults of ERRORS too."""
    rows: dict[str, list[dict[str, Any]]] = {
        "person": [
            dict(child_id="C001", upn="R318201511001", sex="F", date_of_birth="2015-06-14",
                 ethnicity="WBRI"),
            dict(child_id="C002", upn="Q318201911002", sex="M", date_of_birth="2019-03-03",
                 ethnicity="MWBC"),
            dict(child_id="C003", upn="U318201211003", sex="M", date_of_birth="2012-09-10",
                 ethnicity="BCRB"),
            dict(child_id="C004", upn="K318200611004", sex="F", date_of_birth="2006-02-20",
                 ethnicity="WIRT"),
            dict(child_id="C005", upn="UN1", sex="M", date_of_birth="2023-08-01",
                 ethnicity="WBRI"),
            dict(child_id="C006", upn=None, sex="F", date_of_birth="2020-01-15",
                 ethnicity="AIND"),
            dict(child_id="C007", upn="H318201011007", sex="M", date_of_birth="2010-04-04",
                 ethnicity="OOTH"),
        ],
        "disability": [
            dict(child_id="C001", disability="NONE"), dict(child_id="C002", disability="NONE"),
            dict(child_id="C003", disability="AUT"), dict(child_id="C003", disability="LD"),
            dict(child_id="C005", disability="NONE"), dict(child_id="C006", disability="NONE"),
            dict(child_id="C007", disability="BEH"),
        ],
        "contact": [
            dict(contact_id="CON1", child_id="C002", contact_date="2026-06-15",
                 contact_source="6", outcome="REF"),
            dict(contact_id="CON2", child_id="C002", contact_date="2026-03-10",
                 contact_source="2A", outcome="NFA"),
            dict(contact_id="CON3", child_id="C006", contact_date="2026-05-01",
                 contact_source="5D", outcome="EH"),
            dict(contact_id="CON4", child_id="C006", contact_date="2025-09-20",
                 contact_source="3B", outcome="EH"),
            dict(contact_id="CON5", child_id="C001", contact_date="2025-05-02",
                 contact_source="2A", outcome="REF"),
        ],
        "early_help_episode": [
            dict(episode_id="EH1", child_id="C006", start_date="2025-10-01",
                 end_date="2026-05-01", reason="Parenting", end_reason="Needs met",
                 organisation="Family Hub North"),
            dict(episode_id="EH2", child_id="C006", start_date="2026-06-01", end_date=None,
                 reason="School attendance", organisation="School"),
            dict(episode_id="EH3", child_id="C002", start_date="2025-12-03",
                 end_date="2026-04-30", reason="Step down", end_reason="Needs met",
                 organisation="Health visiting"),
        ],
        "cin_episode": [
            dict(referral_id="REF1", child_id="C001", referral_date="2025-05-02",
                 referral_source="2A", primary_need="N1", referral_nfa=False,
                 closure_date="2026-09-30", closure_reason="RC7", team="North"),
            dict(referral_id="REF2", child_id="C002", referral_date="2025-12-01",
                 referral_source="6", primary_need="N9", referral_nfa=True,
                 closure_date="2025-12-02", closure_reason="RC7", team="South"),
            dict(referral_id="REF3", child_id="C003", referral_date="2024-02-05",
                 referral_source="3A", primary_need="N4", referral_nfa=False, team="East"),
            dict(referral_id="REF4", child_id="C002", referral_date="2026-06-15",
                 referral_source="6", primary_need="N9", referral_nfa=True,
                 closure_date="2026-06-16", closure_reason="RC7", team="South"),
            dict(referral_id="REF5", child_id="C007", referral_date="2026-10-12",
                 referral_source="5D", primary_need="N5", referral_nfa=False, team="North"),
            dict(referral_id="REF6", child_id="C005", referral_date="2024-01-08",
                 referral_source="3B", primary_need="N1", referral_nfa=False,
                 closure_date="2026-06-01", closure_reason="RC1", team="West"),
        ],
        "assessment": [
            dict(assessment_id="ASS1", referral_id="REF1", child_id="C001",
                 start_date="2025-05-06", authorisation_date="2025-06-13", child_seen=True,
                 further_action=True),
            dict(assessment_id="ASS3", referral_id="REF3", child_id="C003",
                 start_date="2024-02-06", authorisation_date="2024-04-16", child_seen=True,
                 further_action=True),
            dict(assessment_id="ASS5", referral_id="REF5", child_id="C007",
                 start_date="2026-10-13", child_seen=True),
            dict(assessment_id="ASS6", referral_id="REF6", child_id="C005",
                 start_date="2024-01-08", authorisation_date="2024-01-10", child_seen=False,
                 further_action=True),
        ],
        "assessment_factor": [
            dict(assessment_id="ASS1", factor="3A"), dict(assessment_id="ASS1", factor="4B"),
            dict(assessment_id="ASS3", factor="4B"), dict(assessment_id="ASS3", factor="16A"),
            dict(assessment_id="ASS6", factor="16A"),
        ],
        "s47_enquiry": [
            dict(s47_id="S1", referral_id="REF1", child_id="C001", start_date="2025-05-09",
                 end_date="2025-05-30", icpc_not_required=False, icpc_target_date="2025-06-02",
                 icpc_date="2025-05-30", icpc_outcome_cp_plan=True),
            dict(s47_id="S3", referral_id="REF3", child_id="C003", start_date="2024-03-25",
                 end_date="2024-04-08", icpc_not_required=True),
            dict(s47_id="S5", referral_id="REF5", child_id="C007", start_date="2026-10-14",
                 icpc_not_required=False, icpc_target_date="2026-11-04"),
        ],
        "cp_plan": [
            dict(cp_plan_id="CPP1", referral_id="REF1", child_id="C001", start_date="2025-05-30",
                 end_date="2026-05-15", initial_category="NEG", latest_category="EMO",
                 number_of_previous_plans=0),
        ],
        "cp_review": [
            dict(cp_review_id="CPR1", cp_plan_id="CPP1", child_id="C001",
                 review_date="2025-08-22"),
            dict(cp_review_id="CPR2", cp_plan_id="CPP1", child_id="C001",
                 review_date="2026-01-16"),
            dict(cp_review_id="CPR3", cp_plan_id="CPP1", child_id="C001",
                 review_date="2026-05-15"),
        ],
        "cin_plan": [
            dict(cin_plan_id="CINP1", referral_id="REF1", child_id="C001",
                 start_date="2026-05-16", end_date="2026-09-30"),
        ],
        "visit": [
            dict(visit_id="V1", child_id="C001", visit_type="CP", visit_date="2026-04-20",
                 child_seen=True, child_seen_alone=True),
            dict(visit_id="V2", child_id="C001", visit_type="CP", visit_date="2026-05-11",
                 child_seen=True, child_seen_alone=False),
            dict(visit_id="V3", child_id="C001", visit_type="CIN", visit_date="2026-06-10",
                 child_seen=True, child_seen_alone=True),
            dict(visit_id="V4", child_id="C001", visit_type="CIN", visit_date="2026-09-01",
                 child_seen=True, child_seen_alone=True),
            dict(visit_id="V5", child_id="C003", visit_type="CLA", visit_date="2026-10-02",
                 child_seen=True, child_seen_alone=True),
            dict(visit_id="V6", child_id="C003", visit_type="CLA", visit_date="2026-07-20",
                 child_seen=False, child_seen_alone=False),
        ],
        "looked_after_episode": [
            _episode("C003", "2024-04-16", "S", "V2", "N4", "U6", "PR1", "2024-07-01", "X1",
                     None, "TW9 1AB", "SC200001", False),
            _episode("C003", "2024-07-01", "L", "C1", "N4", "U6", "PR1", "2025-08-01", "X1",
                     "CARPL", "TW9 1AB", "SC200001", False),
            _episode("C003", "2025-08-01", "B", "C2", "N4", "U4", "PR1", "2026-07-15", "X1",
                     "CREQB", "KT1 1AA", "SC200002", True),
            _episode("C003", "2026-07-15", "P", "C2", "N4", "K2", "PR4", None, None, None,
                     "TW1 3AB", "SC200003", False),
            _episode("C004", "2022-09-01", "S", "V2", "N1", "U6", "PR1", "2024-02-19", "E5",
                     None, "TW2 5AB", "SC200004", False),
            _episode("C005", "2024-01-10", "S", "C1", "N1", "U6", "PR1", "2024-09-02", "X1",
                     None, "TW2 5AC", "SC200005", False),
            _episode("C005", "2024-09-02", "L", "E1", "N1", "U6", "PR1", "2025-11-03", "X1",
                     "CARPL", "TW2 5AC", "SC200005", False),
            _episode("C005", "2025-11-03", "P", "E1", "N1", "A6", "PR1", "2026-06-01", "E11",
                     None, "TW9 1AD", "SC200006", False),
        ],
        "cla_review": [
            dict(child_id=c, review_date=when, participation=code) for c, when, code in (
                ("C003", "2024-05-20", "PN1"), ("C003", "2024-10-15", "PN1"),
                ("C003", "2025-04-08", "PN5"), ("C003", "2025-10-01", "PN1"),
                ("C003", "2026-03-24", "PN1"), ("C003", "2026-09-22", "PN1"),
                ("C005", "2024-02-05", "PN0"), ("C005", "2024-07-30", "PN0"),
                ("C005", "2025-01-21", "PN0"), ("C005", "2025-07-15", "PN0"),
                ("C005", "2026-01-13", "PN0"), ("C005", "2026-04-14", "PN0"),
            )
        ],
        "health_check": [
            dict(child_id="C003", check_type="HEALTH", check_date="2024-05-10"),
            dict(child_id="C003", check_type="HEALTH", check_date="2025-05-06"),
            dict(child_id="C003", check_type="DENTAL", check_date="2024-06-12"),
            dict(child_id="C003", check_type="DENTAL", check_date="2025-11-20"),
        ],
        "missing_episode": [
            dict(child_id="C003", missing_type="M", start_date="2025-09-01",
                 end_date="2025-09-02"),
            dict(child_id="C003", missing_type="M", start_date="2025-12-05",
                 end_date="2025-12-06"),
            dict(child_id="C003", missing_type="A", start_date="2026-02-14",
                 end_date="2026-02-14"),
        ],
        "care_leaver": [
            dict(child_id="C004", contact_date="2024-02-25", eligibility="FORMER_RELEVANT",
                 in_touch="YES", activity="F2", accommodation="D", accommodation_suitable=True),
            dict(child_id="C004", contact_date="2025-02-18", eligibility="FORMER_RELEVANT",
                 in_touch="YES", activity="F5", accommodation="D", accommodation_suitable=True),
            dict(child_id="C004", contact_date="2026-02-24", eligibility="FORMER_RELEVANT",
                 in_touch="YES", activity="G5", accommodation="U",
                 accommodation_suitable=False),
        ],
        "adoption": [
            dict(child_id="C005", decision_date="2024-06-10", placement_order_date="2024-09-02",
                 matched_date="2025-10-06", placed_date="2025-11-03", adopted_date="2026-06-01",
                 foster_carer_adopter=False, number_of_adopters=2, adopter_sex="MF",
                 adopter_legal_status="L11"),
        ],
        "previous_permanence": [
            dict(child_id="C003", option="Z1"), dict(child_id="C005", option="Z1"),
        ],
    }  # fmt: skip
    if errors:
        _inject(rows)
    return rows


def _inject(rows: dict[str, list[dict[str, Any]]]) -> None:
    """The faults of ERRORS, placed by hand."""
    e = ERROR_COLUMN
    rows["contact"] += [
        dict(contact_id="CON6", child_id="Z1234567", contact_date="2026-07-01",
             contact_source="8", outcome="NFA", **{e: "318-E0001"}),
        dict(contact_id="CON7", child_id="C006", contact_date="2026-08-03",
             contact_source="11", outcome="NFA", **{e: "318-E0002"}),
    ]  # fmt: skip
    rows["cp_review"].append(dict(cp_review_id="CPR4", cp_plan_id="CPP1", child_id="C001",
                                  review_date=None, **{e: "318-E0003"}))  # fmt: skip
    rows["cin_plan"][0].update(end_date="2026-05-10", **{e: "318-E0004"})
    rows["visit"].append(
        dict(
            visit_id="V9",
            child_id="Z7654321",
            visit_type="CLA",
            visit_date="2026-08-10",
            child_seen=True,
            **{e: "318-E0005"},
        )
    )
    rows["cla_review"][4].update(participation="PN9", **{e: "318-E0006"})
    rows["cin_episode"].append(
        dict(referral_id="REF9", child_id="Z9999999", referral_date="2026-07-06",
             referral_source="8", primary_need="N9", referral_nfa=True,
             closure_date="2026-07-07", closure_reason="RC7", team="East", **{e: "318-E0007"})
    )  # fmt: skip


def fixture_history(errors: bool = False) -> CouncilHistory:
    """The council of the module docstring as canonical tables."""
    tables = {name: _table(name, []) for name in TABLES
              if name not in {"quarantine", "load_log", "aggregate_value"}}  # fmt: skip
    tables.update({name: _table(name, rows) for name, rows in _rows(errors).items()})
    return CouncilHistory(COUNCIL, PERIOD_START, PERIOD_END, {2025: 40_000}, tables)


def fixture_manifest() -> Manifest:
    """A manifest that knows the faults of ``fixture_history(errors=True)``."""
    manifest = Manifest(seed=0, parameters={})
    history = fixture_history(errors=True)
    for error_id, (table, rule, description) in ERRORS.items():
        frame = history.tables[table]
        (child,) = frame.loc[frame[ERROR_COLUMN] == error_id, "child_id"]
        manifest.errors[error_id] = InjectedError(error_id, "318", table, child, rule,
                                                  description)  # fmt: skip
    return manifest


# -- tests ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest]:
    out = tmp_path_factory.mktemp("cin")
    manifest = Manifest(seed=0, parameters={})
    paths = write_cin_census(fixture_history(), out, manifest)
    assert [p.relative_to(out).as_posix() for p in paths] == [
        f"cin_census/cin_census_{year}.xml" for year in YEARS
    ]
    return out, manifest


def _root(out: Path, year: int) -> etree._Element:
    return etree.parse(str(out / "cin_census" / f"cin_census_{year}.xml")).getroot()


def _child(root: etree._Element, child_id: str) -> etree._Element:
    (child,) = root.xpath(f"Children/Child[ChildIdentifiers/LAchildID='{child_id}']")
    return child


def _leaves(element: etree._Element) -> list[tuple[str, str]]:
    """Every leaf below ``element`` as (tag, text), in document order."""
    return [(e.tag, e.text or "") for e in element.iter() if len(e) == 0 and e is not element]


@pytest.mark.parametrize("year", YEARS)
def test_elements_follow_the_schema_order(written: Any, year: int) -> None:
    out, _ = written
    for element in _root(out, year).iter():
        if len(element) == 0:
            continue
        sequence = SEQUENCES[element.tag]
        tags = [child.tag for child in element]
        assert set(tags) <= set(sequence), (element.tag, tags)
        positions = [sequence.index(tag) for tag in tags]
        assert positions == sorted(positions), (element.tag, tags)
        assert set(MANDATORY.get(element.tag, ())) <= set(tags), (element.tag, tags)


@pytest.mark.parametrize("year", YEARS)
def test_header(written: Any, year: int) -> None:
    out, _ = written
    header = _root(out, year).find("Header")
    assert header is not None
    leaves = dict(_leaves(header))
    assert leaves["Collection"] == "CIN"
    assert leaves["Year"] == str(year)
    assert leaves["ReferenceDate"] == f"{year}-03-31"
    assert leaves["SourceLevel"] == "L"
    assert leaves["LEA"] == "318"
    assert leaves["SoftwareCode"] == "csc-scorecard"
    assert leaves["SerialNo"] == "001"
    last = min(date(year, 3, 31), PERIOD_END)
    assert leaves["DateTime"].startswith(date.fromordinal(last.toordinal() + 1).isoformat())


def test_children_in_each_year(written: Any) -> None:
    out, manifest = written
    expected = {
        2024: ["C003", "C005"],
        2025: ["C003", "C005"],
        2026: ["C001", "C002", "C003", "C005"],
        2027: ["C001", "C002", "C003", "C005", "C007"],
    }
    for year, children in expected.items():
        ids = _root(out, year).xpath("Children/Child/ChildIdentifiers/LAchildID/text()")
        assert ids == children, year
        assert manifest.row_counts[f"cin_census/cin_census_{year}.xml"] == len(children)


def test_gender_current_until_2024_then_sex(written: Any) -> None:
    out, _ = written
    identifiers = {year: _child(_root(out, year), "C003").find("ChildIdentifiers")
                   for year in YEARS}  # fmt: skip
    assert _leaves(identifiers[2024]) == [
        ("LAchildID", "C003"), ("UPN", "U318201211003"), ("PersonBirthDate", "2012-09-10"),
        ("GenderCurrent", "1"),
    ]  # fmt: skip
    for year in (2025, 2026, 2027):
        assert ("Sex", "M") in _leaves(identifiers[year])
        assert "GenderCurrent" not in dict(_leaves(identifiers[year]))
    girl = _child(_root(out, 2026), "C001").find("ChildIdentifiers")
    assert ("Sex", "F") in _leaves(girl)


@pytest.mark.parametrize(
    ("sex", "year", "code"),
    [("M", 2024, "1"), ("F", 2024, "2"), ("U", 2024, "0"), (None, 2024, "0"), ("M", 2025, "M"),
     ("2", 2026, "F"), ("U", 2027, "U"), (None, 2025, "U"), ("X", 2025, "X")],
)  # fmt: skip
def test_sex_code(sex: str | None, year: int, code: str) -> None:
    assert sex_code(sex, year) == code


def test_upn_unknown_and_disabilities(written: Any) -> None:
    out, _ = written
    baby = _child(_root(out, 2024), "C005")
    assert ("UPNunknown", "UN1") in _leaves(baby.find("ChildIdentifiers"))
    assert "UPN" not in dict(_leaves(baby.find("ChildIdentifiers")))
    disabled = _child(_root(out, 2024), "C003").find("ChildCharacteristics")
    assert _leaves(disabled) == [("Ethnicity", "BCRB"), ("Disability", "AUT"),
                                 ("Disability", "LD")]  # fmt: skip


def test_open_at_year_end_is_written_open_then_complete(written: Any) -> None:
    """C003 2024: assessment and S47 still open at 31/03/2024; complete in 2025."""
    out, _ = written
    in_2024 = _child(_root(out, 2024), "C003").find("CINdetails")
    assert _leaves(in_2024) == [
        ("CINreferralDate", "2024-02-05"), ("ReferralSource", "3A"), ("PrimaryNeedCode", "N4"),
        ("AssessmentActualStartDate", "2024-02-06"),
        ("S47ActualStartDate", "2024-03-25"), ("ICPCnotRequired", "0"),
        ("ReferralNFA", "0"),
    ]  # fmt: skip
    in_2025 = _child(_root(out, 2025), "C003").find("CINdetails")
    assert _leaves(in_2025) == [
        ("CINreferralDate", "2024-02-05"), ("ReferralSource", "3A"), ("PrimaryNeedCode", "N4"),
        ("AssessmentActualStartDate", "2024-02-06"),
        ("AssessmentAuthorisationDate", "2024-04-16"),
        ("AssessmentFactors", "4B"), ("AssessmentFactors", "16A"),
        ("S47ActualStartDate", "2024-03-25"), ("ICPCnotRequired", "1"),
        ("ReferralNFA", "0"),
    ]  # fmt: skip
    in_2026 = _child(_root(out, 2026), "C003").find("CINdetails")
    assert [tag for tag, _ in _leaves(in_2026)] == [
        "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "ReferralNFA",
    ]  # fmt: skip


def test_child_protection_episode_across_two_years(written: Any) -> None:
    """C001: the 2025-26 census has the CP plan open; 2026-27 the end, step-down and closure."""
    out, _ = written
    in_2026 = _child(_root(out, 2026), "C001")
    assert _leaves(in_2026.find("CINdetails")) == [
        ("CINreferralDate", "2025-05-02"), ("ReferralSource", "2A"), ("PrimaryNeedCode", "N1"),
        ("AssessmentActualStartDate", "2025-05-06"),
        ("AssessmentAuthorisationDate", "2025-06-13"),
        ("AssessmentFactors", "3A"), ("AssessmentFactors", "4B"),
        ("S47ActualStartDate", "2025-05-09"), ("InitialCPCtarget", "2025-06-02"),
        ("DateOfInitialCPC", "2025-05-30"), ("ICPCnotRequired", "0"),
        ("ReferralNFA", "0"),
        ("CPPstartDate", "2025-05-30"), ("InitialCategoryOfAbuse", "NEG"),
        ("LatestCategoryOfAbuse", "EMO"), ("NumberOfPreviousCPP", "0"),
        ("CPPreviewDate", "2025-08-22"), ("CPPreviewDate", "2026-01-16"),
    ]  # fmt: skip
    in_2027 = _child(_root(out, 2027), "C001")
    assert _leaves(in_2027.find("CINdetails")) == [
        ("CINreferralDate", "2025-05-02"), ("ReferralSource", "2A"), ("PrimaryNeedCode", "N1"),
        ("CINclosureDate", "2026-09-30"), ("ReasonForClosure", "RC7"),
        ("CINPlanStartDate", "2026-05-16"), ("CINPlanEndDate", "2026-09-30"),
        ("ReferralNFA", "0"),
        ("CPPstartDate", "2025-05-30"), ("CPPendDate", "2026-05-15"),
        ("InitialCategoryOfAbuse", "NEG"), ("LatestCategoryOfAbuse", "EMO"),
        ("NumberOfPreviousCPP", "0"), ("CPPreviewDate", "2026-05-15"),
    ]  # fmt: skip
    assert len(in_2027.xpath(".//Reviews")) == 1  # one wrapper per plan


def test_closure_after_the_year_end_is_written_open(written: Any) -> None:
    """C005's episode closed 01/06/2026 (adopted): open in 2024-2026, closed RC1 in 2027."""
    out, _ = written
    for year in (2024, 2025, 2026):
        details = _child(_root(out, year), "C005").find("CINdetails")
        assert details.find("CINclosureDate") is None, year
        assert details.find("ReasonForClosure") is None, year
    closed = dict(_leaves(_child(_root(out, 2027), "C005").find("CINdetails")))
    assert (closed["CINclosureDate"], closed["ReasonForClosure"]) == ("2026-06-01", "RC1")


def test_referral_with_no_further_action(written: Any) -> None:
    out, _ = written
    nfa = _child(_root(out, 2027), "C002")
    assert [_leaves(details) for details in nfa.findall("CINdetails")] == [[
        ("CINreferralDate", "2026-06-15"), ("ReferralSource", "6"), ("PrimaryNeedCode", "N9"),
        ("CINclosureDate", "2026-06-16"), ("ReasonForClosure", "RC7"), ("ReferralNFA", "1"),
    ]]  # fmt: skip


def test_icpc_only_inside_section47_and_booleans_are_1_0(written: Any) -> None:
    out, _ = written
    for year in YEARS:
        root = _root(out, year)
        assert not root.xpath("//CINdetails/DateOfInitialCPC")
        flags = root.xpath("//ReferralNFA/text() | //ICPCnotRequired/text()")
        assert flags and set(flags) <= {"0", "1"}


def test_open_section47_in_the_partial_year(written: Any) -> None:
    out, _ = written
    details = _child(_root(out, 2027), "C007").find("CINdetails")
    assert _leaves(details) == [
        ("CINreferralDate", "2026-10-12"), ("ReferralSource", "5D"), ("PrimaryNeedCode", "N5"),
        ("AssessmentActualStartDate", "2026-10-13"),
        ("S47ActualStartDate", "2026-10-14"), ("InitialCPCtarget", "2026-11-04"),
        ("ICPCnotRequired", "0"), ("ReferralNFA", "0"),
    ]  # fmt: skip


def test_error_rows_are_located_or_explained(tmp_path: Path) -> None:
    manifest = fixture_manifest()
    write_cin_census(fixture_history(errors=True), tmp_path, manifest)
    where = {
        error_id: [(loc.format, loc.file, loc.source_table, loc.row_number)
                   for loc in error.locations]
        for error_id, error in manifest.errors.items()
    }  # fmt: skip
    assert where["318-E0003"] == [
        ("cin", "cin_census/cin_census_2026.xml", "CPPreviewDate", 3),
        ("cin", "cin_census/cin_census_2027.xml", "CPPreviewDate", 2),
    ]
    assert where["318-E0004"] == [("cin", "cin_census/cin_census_2027.xml", "CINPlanDates", 1)]
    for error_id in ("318-E0001", "318-E0002", "318-E0005", "318-E0006", "318-E0007"):
        assert where[error_id] == [], error_id
        assert "cin" in manifest.errors[error_id].not_applicable, error_id
    assert "no person row" in manifest.errors["318-E0007"].not_applicable["cin"]
    assert "does not carry contact" in manifest.errors["318-E0001"].not_applicable["cin"]
    # the manifest points at the element: the third review date of 2026 is the empty one
    reviews = _root(tmp_path, 2026).xpath("//CPPreviewDate")
    assert [r.text for r in reviews] == ["2025-08-22", "2026-01-16", None]
    plans = _root(tmp_path, 2027).xpath("//CINPlanDates")
    assert _leaves(plans[0]) == [("CINPlanStartDate", "2026-05-16"),
                                 ("CINPlanEndDate", "2026-05-10")]  # fmt: skip
    assert not _root(tmp_path, 2027).xpath("//LAchildID[text()='Z9999999']")


def test_same_history_same_files(tmp_path: Path, written: Any) -> None:
    out, _ = written
    write_cin_census(fixture_history(), tmp_path, Manifest(seed=0, parameters={}))
    for year in YEARS:
        relative = Path("cin_census") / f"cin_census_{year}.xml"
        assert (tmp_path / relative).read_bytes() == (out / relative).read_bytes()


# -- the DfE validator (slow: builds its own environment once) -----------------------------------
REPO = Path(__file__).resolve().parents[1]

EXPECTED_ERRORS: dict[str, str] = {}
"""ERROR-type rules the validator may report on the clean fixture, and why: none."""

EXPECTED_QUERIES: dict[str, str] = {
    "2887Q": "return-level: fewer than 8 different disability codes in the file; a seven-child"
    " council uses three",
    "8670Q": "2027 only: the partial 2026-27 census is checked against 31/03/2027, so C007's"
    " assessment open on 31/10/2026 is 'more than 45 working days before the end of the year'",
    "8675Q": "2027 only: the same for C007's section 47 with no ICPC yet",
}
"""QUERY-type rules expected on the clean fixture, and why (queries ask, they do not reject)."""


@pytest.fixture(scope="module")
def validator_env() -> Path:
    import time

    from csc_scorecard.validators.dfecin import ensure_cin_validator_env

    started = time.perf_counter()
    env = ensure_cin_validator_env(REPO)
    print(f"CIN validator environment ready in {time.perf_counter() - started:.1f}s")
    return env


@pytest.mark.slow
@pytest.mark.parametrize("year", YEARS)
def test_dfe_validator_finds_no_error(validator_env: Path, written: Any, year: int) -> None:
    import time

    from csc_scorecard.validators.dfecin import ruleset_for, run_cin_validator

    out, _ = written
    started = time.perf_counter()
    issues = run_cin_validator(
        out / "cin_census" / f"cin_census_{year}.xml", ruleset_for(year), validator_env
    )
    print(f"{year}: {issues.attrs['rules']} rules in {time.perf_counter() - started:.1f}s")
    assert issues.attrs["fails"] == []
    assert len(issues.attrs["passed"]) > 100  # the rules ran, and nearly all found nothing
    errors = issues[issues.rule_type == "ERROR"]
    assert set(errors.rule_code) <= EXPECTED_ERRORS.keys(), errors.to_string()
    queries = issues[issues.rule_type == "QUERY"]
    assert set(queries.rule_code) <= EXPECTED_QUERIES.keys(), queries.to_string()
    if year < 2027:
        assert set(queries.rule_code) <= {"2887Q"}


@pytest.mark.slow
def test_dfe_validator_catches_a_planted_closure_reason(validator_env: Path, tmp_path: Path
                                                        ) -> None:  # fmt: skip
    """Negative control: RC10 is not a closure reason (rule 8640), at the row the manifest says."""
    from csc_scorecard.validators.dfecin import run_cin_validator

    history = fixture_history()
    episodes = history.tables["cin_episode"]
    episodes.loc[episodes.referral_id == "REF6", ["closure_reason", ERROR_COLUMN]] = [
        "RC10", "318-E0001",
    ]  # fmt: skip
    manifest = fixture_manifest()
    write_cin_census(history, tmp_path, manifest)
    # C005's episode is in every census; it closed (RC10) on 01/06/2026, in the 2027 one
    places = manifest.errors["318-E0001"].locations
    assert [p.file[-8:-4] for p in places] == ["2024", "2025", "2026", "2027"]
    where = places[-1]

    issues = run_cin_validator(tmp_path / where.file, "cin2026_27", validator_env)

    flagged = issues[issues.rule_code == "8640"]
    assert list(flagged.rule_type) == ["ERROR"]
    assert list(flagged.child_id) == ["C005"]
    assert list(flagged.tables_affected) == ["CINdetails"]
    assert list(flagged.row_id + 1) == [where.row_number]  # the manifest points at the row
