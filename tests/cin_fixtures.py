"""Build small CIN census XML files by hand for the loader's tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from csc_scorecard.store import Store


def header(year: int, lea: str = "318", collection: str = "CIN") -> str:
    """A census Header for the year ending 31 March ``year``."""
    return (
        f"<Header><CollectionDetails><Collection>{collection}</Collection><Year>{year}</Year>"
        f"<ReferenceDate>{year}-03-31</ReferenceDate></CollectionDetails>"
        f"<Source><SourceLevel>L</SourceLevel><LEA>{lea}</LEA></Source></Header>"
    )


def child(child_id: str, *details: str, born: str = "2015-06-01", sex: str = "<Sex>F</Sex>",
          ethnicity: str = "WBRI", disabilities: tuple[str, ...] = ("NONE",), extra: str = ""
          ) -> str:  # fmt: skip
    """A Child element: identifiers, characteristics and its CINdetails."""
    disability = "".join(f"<Disability>{d}</Disability>" for d in disabilities)
    return (
        f"<Child><ChildIdentifiers><LAchildID>{child_id}</LAchildID>{extra}"
        f"<PersonBirthDate>{born}</PersonBirthDate>{sex}</ChildIdentifiers>"
        f"<ChildCharacteristics><Ethnicity>{ethnicity}</Ethnicity>"
        f"<Disabilities>{disability}</Disabilities></ChildCharacteristics>"
        + "".join(details)
        + "</Child>"
    )


def details(referral: str, *parts: str, source: str = "6", need: str = "N1", closed: str = "",
            reason: str = "", nfa: str = "0", after_nfa: str = "", episode_icpc: str = ""
            ) -> str:  # fmt: skip
    """A CINdetails: ``parts`` (assessments, plans, S47s) go before ReferralNFA, CP plans after."""
    closure = f"<CINclosureDate>{closed}</CINclosureDate>" if closed else ""
    closure += f"<ReasonForClosure>{reason}</ReasonForClosure>" if reason else ""
    icpc = f"<DateOfInitialCPC>{episode_icpc}</DateOfInitialCPC>" if episode_icpc else ""
    return (
        f"<CINdetails><CINreferralDate>{referral}</CINreferralDate>"
        f"<ReferralSource>{source}</ReferralSource><PrimaryNeedCode>{need}</PrimaryNeedCode>"
        f"{closure}{icpc}" + "".join(parts) + f"<ReferralNFA>{nfa}</ReferralNFA>{after_nfa}"
        "</CINdetails>"
    )


def assessment(start: str, authorised: str = "", factors: tuple[str, ...] = ()) -> str:
    """An Assessments element with its factors."""
    auth = f"<AssessmentAuthorisationDate>{authorised}</AssessmentAuthorisationDate>"
    found = "".join(f"<AssessmentFactors>{f}</AssessmentFactors>" for f in factors)
    return (
        f"<Assessments><AssessmentActualStartDate>{start}</AssessmentActualStartDate>"
        + (auth if authorised else "")
        + (f"<FactorsIdentifiedAtAssessment>{found}</FactorsIdentifiedAtAssessment>"
           if factors else "")
        + "</Assessments>"
    )  # fmt: skip


def cin_plan(start: str, end: str = "") -> str:
    """A CINPlanDates element."""
    ended = f"<CINPlanEndDate>{end}</CINPlanEndDate>" if end else ""
    return f"<CINPlanDates><CINPlanStartDate>{start}</CINPlanStartDate>{ended}</CINPlanDates>"


def section47(start: str, target: str = "", icpc: str = "", not_required: str = "0") -> str:
    """A Section47 element."""
    return (
        f"<Section47><S47ActualStartDate>{start}</S47ActualStartDate>"
        + (f"<InitialCPCtarget>{target}</InitialCPCtarget>" if target else "")
        + (f"<DateOfInitialCPC>{icpc}</DateOfInitialCPC>" if icpc else "")
        + f"<ICPCnotRequired>{not_required}</ICPCnotRequired></Section47>"
    )


def cp_plan(start: str, end: str = "", reviews: tuple[str, ...] = (), initial: str = "NEG",
            latest: str = "EMO", previous: str = "0") -> str:  # fmt: skip
    """A ChildProtectionPlans element with its review dates."""
    held = "".join(f"<CPPreviewDate>{r}</CPPreviewDate>" for r in reviews)
    return (
        f"<ChildProtectionPlans><CPPstartDate>{start}</CPPstartDate>"
        + (f"<CPPendDate>{end}</CPPendDate>" if end else "")
        + f"<InitialCategoryOfAbuse>{initial}</InitialCategoryOfAbuse>"
        f"<LatestCategoryOfAbuse>{latest}</LatestCategoryOfAbuse>"
        f"<NumberOfPreviousCPP>{previous}</NumberOfPreviousCPP>"
        + (f"<Reviews>{held}</Reviews>" if reviews else "")
        + "</ChildProtectionPlans>"
    )


def census(year: int, *children: str, lea: str = "318") -> str:
    """A whole census file."""
    return (
        "<?xml version='1.0' encoding='UTF-8'?><Message>"
        + header(year, lea)
        + "<Children>"
        + "".join(children)
        + "</Children></Message>"
    )


def write(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` as ``folder/name`` (UTF-8) and return the path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def stored_rows(store: Store, table: str) -> list[dict[str, Any]]:
    """A table's rows as the store holds them (dates as dates, missing values None), sorted
    by their first two columns; the council and load columns left out."""
    frame = store.table(table).execute().drop(columns=["la_code", "load_id"])
    for column in frame.select_dtypes("datetime").columns:
        frame[column] = frame[column].dt.date
    frame = frame.astype(object).where(frame.notna(), None)
    rows: list[dict[str, Any]] = frame.sort_values(list(frame.columns[:2])).to_dict("records")
    return rows
