"""Write a simulated council as an Ofsted Annex A workbook (lists 1 to 11).

Headings, list scopes and drop-down value formats follow ``shared/reference`` (the liiatools
Annex A schema): lists 1-9 cover the six months up to the period end, lists 10 and 11 twelve
months; dates are real Excel dates; coded cells use Ofsted's drop-down labels ("b) Female",
"q) 6: Police"). The canonical model has no adopter table, so list 11 holds one adopter
household per matched adoption, built from the adoption record.
"""

from __future__ import annotations

import bisect
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook

from csc_scorecard.model.codes import ETHNICITY, REFERRAL_SOURCE
from csc_scorecard.synth.history import ERROR_COLUMN, CouncilHistory
from csc_scorecard.synth.manifest import Manifest

FILE = "annex_a/annex_a.xlsx"
GENDER = {"M": "a) Male", "F": "b) Female", "U": "c) Not stated/recorded"}
YES_NO = {True: "a) Yes", False: "b) No"}
CP_CATEGORY = {"NEG": "a) Neglect", "PHY": "b) Physical abuse", "SAB": "c) Sexual abuse",
               "EMO": "d) Emotional abuse", "MUL": "e) Multiple/not recommended"}  # fmt: skip
IN_TOUCH = {"YES": "a) Yes", "NO": "b) No", "DIED": "c) Died", "REFU": "d) Refu",
            "NREQ": "e) NREQ", "RHOM": "f) Rhom"}  # fmt: skip
ELIGIBILITY = {
    "RELEVANT": "a) Relevant child",
    "FORMER_RELEVANT": "b) Former relevant child",
    "QUALIFYING": "c) Qualifying care leaver",
    "ELIGIBLE": "d) Eligible child",
}
CHILD = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]
DISABLED = "Does the Child have a Disability"
TEAM = ["Allocated Team", "Allocated Worker"]
Row = dict[str, Any]
Sheet = tuple[list[str], list[tuple[list[Any], Row]]]  # headings; (cells, source row) pairs


def _letters(count: int) -> list[str]:
    return [chr(ord("a") + i) for i in range(count)]


def _ethnicity(code: object) -> str | None:
    codes = [c.code for c in ETHNICITY.codes]
    if code not in codes:
        return str(code) if code else None
    return f"{_letters(len(codes))[codes.index(str(code))]}) {code}"


def _source(code: object) -> str | None:
    """Ofsted's contact/referral source label, e.g. 'q) 6: Police'."""
    labels = {"5D": "p1"}
    plain = [c for c in REFERRAL_SOURCE.codes if c.code != "5D"]
    for letter, c in zip(_letters(len(plain)), plain, strict=True):
        labels[c.code] = letter
    if code not in labels:
        return str(code) if code else None
    meaning = REFERRAL_SOURCE.meaning_of(str(code)).split(":")[0]
    return f"{labels[str(code)]}) {code}: {meaning}"


class _Council:
    """Lookups every list needs: people, disability, teams, dates of the window."""

    def __init__(self, history: CouncilHistory) -> None:
        self.t = history.tables
        self.end = history.period_end
        self.start6 = _months_before(self.end, 6)
        self.start12 = _months_before(self.end, 12)
        self.people = {str(r["child_id"]): r for r in _records(self.t["person"])}
        disabled = self.t["disability"][self.t["disability"]["disability"] != "NONE"]
        self.disabled = set(disabled["child_id"])
        episodes = self.t["cin_episode"].sort_values("referral_date")
        self.team = dict(zip(episodes["child_id"], episodes["team"], strict=True))
        self._last: dict[tuple[str, str, tuple[str, str] | None], dict[str, date]] = {}
        self._dates: dict[tuple[str, str, tuple[str, str] | None], dict[str, list[date]]] = {}

    def last(self, table: str, column: str, child: str, where: tuple[str, str] | None = None
             ) -> object:  # fmt: skip
        """Latest ``column`` date of a child's rows in ``table`` up to the period end."""
        key = (table, column, where)
        if key not in self._last:
            frame = self.t[table]
            if where is not None:
                frame = frame[frame[where[0]] == where[1]]
            dates = pd.to_datetime(frame[column])
            known = frame[dates <= pd.Timestamp(self.end)]
            latest = pd.to_datetime(known[column]).groupby(known["child_id"]).max()
            self._last[key] = {str(k): v.date() for k, v in latest.items()}
        return self._last[key].get(child)

    def count_in_year(self, table: str, column: str, child: str, on: date,
                      where: tuple[str, str] | None = None) -> int:  # fmt: skip
        """How many of a child's rows in ``table`` have ``column`` in the 12 months to ``on``."""
        key = (table, column, where)
        if key not in self._dates:
            frame = self.t[table]
            if where is not None:
                frame = frame[frame[where[0]] == where[1]]
            frame = frame[frame[column].notna()]
            by_child: dict[str, list[date]] = {}
            for child_id, day in zip(frame["child_id"], frame[column], strict=True):
                by_child.setdefault(str(child_id), []).append(day)
            self._dates[key] = {k: sorted(v) for k, v in by_child.items()}
        days = self._dates[key].get(child, [])
        return bisect.bisect_right(days, on) - bisect.bisect_right(days, on - timedelta(days=365))

    def child(self, child_id: str) -> list[Any]:
        person = self.people.get(child_id, {})
        born = person.get("date_of_birth")
        age = _age(born, self.end) if isinstance(born, date) else None
        return [child_id, GENDER.get(str(person.get("sex"))),
                _ethnicity(person.get("ethnicity")), born, age]  # fmt: skip

    def disability(self, child_id: str) -> str:
        return "a) Yes" if child_id in self.disabled else "b) No"

    def allocation(self, child_id: str) -> list[str | None]:
        team = self.team.get(child_id)
        return [team, f"{team} worker" if team else None]

    def in_window(self, frame: pd.DataFrame, start: str, end: str | None, months: int = 6
                  ) -> pd.DataFrame:  # fmt: skip
        first = self.start6 if months == 6 else self.start12
        began = pd.to_datetime(frame[start]) <= pd.Timestamp(self.end)
        if end is None:
            return frame[began & (pd.to_datetime(frame[start]) >= pd.Timestamp(first))]
        ended = pd.to_datetime(frame[end])
        return frame[began & (ended.isna() | (ended >= pd.Timestamp(first)))]


def _months_before(end: date, months: int) -> date:
    index = end.year * 12 + end.month - 1 - months + 1
    return date(index // 12, index % 12 + 1, 1)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _records(frame: pd.DataFrame) -> list[Row]:
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def _list1(c: _Council) -> Sheet:
    heads = [*CHILD, "Date of Contact", "Contact Source"]
    rows = _records(c.in_window(c.t["contact"], "contact_date", None))
    return heads, [([*c.child(str(r["child_id"])), r["contact_date"],
                     _source(r["contact_source"])], r) for r in rows]  # fmt: skip


def _list2(c: _Council) -> Sheet:
    heads = [*CHILD, "Assessment start date", "Assessment completion date",
             "Organisation completing assessment"]  # fmt: skip
    rows = _records(c.in_window(c.t["early_help_episode"], "start_date", "end_date"))
    return heads, [([*c.child(str(r["child_id"])), r["start_date"], _known(r["end_date"], c),
                     r["organisation"]], r) for r in rows]  # fmt: skip


def _known(value: object, c: _Council) -> object:
    return value if isinstance(value, date) and value <= c.end else None


def _list3(c: _Council) -> Sheet:
    heads = [*CHILD, "Date of referral", "Referral Source", "Referral NFA?",
             "Number of Referrals in Last 12 Months", *TEAM]  # fmt: skip
    out = []
    for r in _records(c.in_window(c.t["cin_episode"], "referral_date", None)):
        child = str(r["child_id"])
        count = c.count_in_year("cin_episode", "referral_date", child, r["referral_date"])
        out.append(([*c.child(child), r["referral_date"], _source(r["referral_source"]),
                     YES_NO[bool(r["referral_nfa"])], count, *c.allocation(child)], r))  # fmt: skip
    return heads, out


def _list4(c: _Council) -> Sheet:
    heads = [*CHILD, DISABLED, "Continuous Assessment Start Date",
             "Child Seen During Continuous Assessment",
             "Continuous Assessment Date of Authorisation",
             "Was the child assessed as requiring LA children's social care support?",
             *TEAM]  # fmt: skip
    out = []
    for r in _records(c.in_window(c.t["assessment"], "start_date", "authorisation_date")):
        child = str(r["child_id"])
        authorised = _known(r["authorisation_date"], c)
        out.append(([*c.child(child), c.disability(child), r["start_date"],
                     YES_NO[bool(r["child_seen"])], authorised,
                     YES_NO[bool(r["further_action"])] if authorised else None,
                     *c.allocation(child)], r))  # fmt: skip
    return heads, out


def _list5(c: _Council) -> Sheet:
    heads = [*CHILD, DISABLED, "Strategy discussion initiating Section 47 Enquiry Start Date",
             "Was an Initial Child Protection Conference deemed unnecessary?",
             "Date of Initial Child Protection Conference",
             "Did the Initial Child Protection Conference Result in a Child Protection Plan",
             "Number of Section 47 Enquiries in the last 12 months",
             "Number of ICPCs in the last 12 months", *TEAM]  # fmt: skip
    s47 = c.t["s47_enquiry"]
    out = []
    for r in _records(c.in_window(s47, "start_date", "end_date")):
        child = str(r["child_id"])
        icpc = _known(r["icpc_date"], c)
        out.append(([*c.child(child), c.disability(child), r["start_date"],
                     YES_NO[bool(r["icpc_not_required"]) and not icpc], icpc,
                     YES_NO[bool(r["icpc_outcome_cp_plan"])] if icpc else None,
                     c.count_in_year("s47_enquiry", "start_date", child, c.end),
                     c.count_in_year("s47_enquiry", "icpc_date", child, c.end),
                     *c.allocation(child)], r))  # fmt: skip
    return heads, out


def _list6(c: _Council) -> Sheet:
    heads = [*CHILD, DISABLED, "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen",
             "CIN Closure Date", "Reason for Closure", "Case Status", *TEAM]  # fmt: skip
    episodes = c.in_window(c.t["cin_episode"], "referral_date", "closure_date")
    episodes = episodes[episodes["referral_nfa"] != True]  # noqa: E712 (nullable booleans)
    out = []
    for r in _records(episodes):
        child = str(r["child_id"])
        closed = _known(r["closure_date"], c)
        need = r["primary_need"]
        out.append(([*c.child(child), c.disability(child), r["referral_date"],
                     f"{need} - {_need_label(need)}" if need else None,
                     c.last("visit", "visit_date", child), closed,
                     r["closure_reason"] if closed else None,
                     "e) Closed episode" if closed else "c) Child in need plan",
                     *c.allocation(child)], r))  # fmt: skip
    return heads, out


def _need_label(code: str) -> str:
    from csc_scorecard.model.codes import CATEGORY_OF_NEED

    return CATEGORY_OF_NEED.meaning_of(code)


def _list7(c: _Council) -> Sheet:
    heads = [*CHILD, DISABLED, "Child Protection Plan Start Date", "Initial Category of Abuse",
             "Latest Category of Abuse", "Date of the Last Statutory Visit",
             "Was the Child Seen Alone?", "Date of latest review conference",
             "Child Protection Plan End Date",
             "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six"
             " Months (Y/N)", "Number of Previous Child Protection Plans", *TEAM]  # fmt: skip
    out = []
    for r in _records(c.in_window(c.t["cp_plan"], "start_date", "end_date")):
        child = str(r["child_id"])
        out.append(([*c.child(child), c.disability(child), r["start_date"],
                     CP_CATEGORY.get(str(r["initial_category"])),
                     CP_CATEGORY.get(str(r["latest_category"])),
                     c.last("visit", "visit_date", child, ("visit_type", "CP")), "a) Yes",
                     c.last("cp_review", "review_date", child),
                     _known(r["end_date"], c), "b) No", r["number_of_previous_plans"],
                     *c.allocation(child)], r))  # fmt: skip
    return heads, out


LIST8 = [*CHILD, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
         DISABLED, "Date Started to be Looked After", "Child's Category of Need",
         "Is this a second or subsequent period of being a Looked After Child within the last 12"
         " months (Y/N)", "Start date of current legal status", "Child's Legal Status",
         "Date of Latest Statutory Review", "Date of Last Social Work Visit",
         "What is the permanence plan for this child?",
         "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
         "Date of Last Dental Check", "Number of Placements in the Last 12 months",
         "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
         "Start Date of Most Recent Placement", "Placement Type", "Placement Provider",
         "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
         "Number of Episodes the Child has been 'Missing' from their Placement in the last 12"
         " months", "Number of Episodes the Child has been 'Absent' from their Placement in the"
         " last 12 months", "Was the child offered a Return Interview after their last missing"
         " episode (Y/N)?", "Did the child accept a Return Interview after their last missing"
         " episode (Y/N)?", *TEAM]  # fmt: skip


def _list8(c: _Council) -> Sheet:
    episodes = c.t["looked_after_episode"].sort_values(["child_id", "start_date"], kind="stable")
    history: dict[str, list[Row]] = {}
    for row in _records(episodes):
        history.setdefault(str(row["child_id"]), []).append(row)
    current = c.in_window(episodes, "start_date", "end_date")
    uasc = set(c.t["uasc_status"]["child_id"])
    year_ago = c.end - timedelta(days=365)
    out = []
    for child in dict.fromkeys(str(x) for x in current["child_id"]):
        mine = [e for e in history[child] if e["start_date"] <= c.end]
        latest = mine[-1]
        ended = _known(latest["end_date"], c)
        moves = [e for e in mine if e["reason_new_episode"] != "L" and e["start_date"] > year_ago]
        need = latest["category_of_need"]
        out.append(([*c.child(child), YES_NO[child in uasc], c.disability(child),
                     _period_start(mine), f"{need} - {_need_label(need)}" if need else None,
                     "b) No", _stretch_start(mine, lambda e: e["reason_new_episode"] in {"P", "T"}),
                     latest["legal_status"], c.last("cla_review", "review_date", child),
                     c.last("visit", "visit_date", child, ("visit_type", "CLA")), None, None,
                     c.last("health_check", "check_date", child, ("check_type", "HEALTH")),
                     c.last("health_check", "check_date", child, ("check_type", "DENTAL")),
                     max(len(moves), 1), ended, latest["reason_ceased"] if ended else None,
                     _stretch_start(mine, lambda e: e["reason_new_episode"] == "L"),
                     latest["placement_type"], latest["placement_provider"],
                     latest["placement_postcode"], latest["urn"],
                     "b) Out" if latest.get("placed_outside_council") else "a) In", None,
                     c.count_in_year("missing_episode", "start_date", child, c.end,
                                     ("missing_type", "M")),
                     c.count_in_year("missing_episode", "start_date", child, c.end,
                                     ("missing_type", "A")),
                     None, None, *c.allocation(child)], latest))  # fmt: skip
    return LIST8, out


def _period_start(episodes: list[Row]) -> object:
    """Start of the period of care the last episode belongs to."""
    starts = [e["start_date"] for e in episodes if e["reason_new_episode"] == "S"]
    return starts[-1] if starts else episodes[0]["start_date"]


def _stretch_start(episodes: list[Row], continues: Callable[[Row], bool]) -> object:
    """Start of the run of episodes ending with the last one, while ``continues`` holds.

    With "legal status unchanged" that is when the current legal status began; with "only the
    legal status changed" it is when the current placement began.
    """
    start = episodes[-1]["start_date"]
    for episode, following in zip(reversed(episodes[:-1]), reversed(episodes[1:]), strict=True):
        if not continues(following):
            break
        start = episode["start_date"]
    return start


def _list9(c: _Council) -> Sheet:
    heads = [*CHILD, "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over"
             " (Y/N)", DISABLED, *TEAM, "Allocated Personal Advisor", "Eligibility Category",
             "Latest Pathway Plan Review Date", "LA in Touch", "Latest Date of Contact",
             "Type of Accommodation", "Suitability of Accommodation",
             "Activity Status"]  # fmt: skip
    leavers = c.in_window(c.t["care_leaver"], "contact_date", None, months=12)
    latest = leavers.sort_values("contact_date").groupby("child_id").tail(1)
    uasc = set(c.t["uasc_status"]["child_id"])
    out = []
    for r in _records(latest):
        child = str(r["child_id"])
        suitable = r["accommodation_suitable"]
        out.append(([*c.child(child), YES_NO[child in uasc], c.disability(child),
                     "Leaving care", "Leaving care worker", "Personal adviser",
                     ELIGIBILITY.get(str(r["eligibility"])), None,
                     IN_TOUCH.get(str(r["in_touch"])), r["contact_date"],
                     r["accommodation"] if r["accommodation"] != "0" else None,
                     _suitability(suitable),
                     r["activity"] if r["activity"] != "0" else None], r))  # fmt: skip
    return heads, out


def _suitability(suitable: object) -> str | None:
    if suitable is None or pd.isna(suitable):  # type: ignore[call-overload]
        return None
    return "a) Suitable" if suitable else "b) Unsuitable"


def _adoptions(c: _Council) -> pd.DataFrame:
    frame = c.t["adoption"]
    dates = ["decision_date", "placement_order_date", "matched_date", "placed_date",
             "adopted_date", "decision_reversed_date"]  # fmt: skip
    latest = pd.concat([pd.to_datetime(frame[d]) for d in dates], axis=1).max(axis=1)
    return frame[latest >= pd.Timestamp(c.start12)]


def _list10(c: _Council) -> Sheet:
    heads = ["Child Unique ID", "Family identifier", "Gender", "Ethnicity", "Date of Birth",
             "Age of Child (Years)", DISABLED, "Date the Child Entered Care",
             "Date of Decision that Child Should be Placed for Adoption",
             "Date of Placement Order", "Date of Matching Child and Prospective Adopters",
             "Date Placed for Adoption", "Date of Adoption Order",
             "Date of Decision that Child Should No Longer be Placed for Adoption",
             "Reason Why Child No Longer Placed for Adoption",
             "Date the child was placed for fostering in FFA or concurrent planning"
             " placement"]  # fmt: skip
    episodes = c.t["looked_after_episode"].sort_values(["child_id", "start_date"], kind="stable")
    out = []
    for r in _records(_adoptions(c)):
        child = str(r["child_id"])
        ident = c.child(child)
        mine = _records(episodes[(episodes["child_id"] == child)
                                 & (episodes["start_date"] <= r["decision_date"])])  # fmt: skip
        family = f"F{child}" if _known(r["matched_date"], c) else None
        out.append(([child, family, ident[1], ident[2], ident[3], ident[4], c.disability(child),
                     _period_start(mine) if mine else None, r["decision_date"],
                     _known(r["placement_order_date"], c), _known(r["matched_date"], c),
                     _known(r["placed_date"], c), _known(r["adopted_date"], c),
                     _known(r["decision_reversed_date"], c), r["decision_reversed_reason"],
                     None], r))  # fmt: skip
    return heads, out


def _list11(c: _Council) -> Sheet:
    heads = ["Individual adopter identifier", "Family identifier", "Gender", "Ethnicity",
             "Disability", "Is the (prospective) adopter fostering for adoption?",
             "Date enquiry received", "Date Stage 1 started", "Date Stage 1 ended",
             "Date Stage 2 started", "Date Stage 2 ended", "Date application submitted",
             "Date application approved", "Date adopter matched with child(ren)",
             "Date child/children placed with adopter(s)", "No. of children placed",
             "Date of Adoption Order", "Date of leaving adoption process",
             "Reason for leaving adoption process"]  # fmt: skip
    out = []
    for r in _records(_adoptions(c)):
        matched = _known(r["matched_date"], c)
        if not isinstance(matched, date):
            continue
        child = str(r["child_id"])
        sexes = str(r["adopter_sex"] or "")
        people = [s for s in sexes if s in "MF"] or ["F"]
        approved = matched - timedelta(days=120)
        for n, sex in enumerate(people[: int(r["number_of_adopters"] or 1)], start=1):
            out.append(([f"A{child}-{n}", f"F{child}", GENDER[sex], "a) WBRI", "b) No",
                         "Yes" if r["foster_carer_adopter"] else "No",
                         approved - timedelta(days=300), approved - timedelta(days=290),
                         approved - timedelta(days=230), approved - timedelta(days=229),
                         approved - timedelta(days=20), approved - timedelta(days=60),
                         approved, matched, _known(r["placed_date"], c), 1,
                         _known(r["adopted_date"], c), None, None], r))  # fmt: skip
    return heads, out


LISTS: tuple[Callable[[_Council], Sheet], ...] = (
    _list1, _list2, _list3, _list4, _list5, _list6, _list7, _list8, _list9, _list10, _list11,
)  # fmt: skip


def write_annex_a(history: CouncilHistory, out_dir: Path, manifest: Manifest) -> Path:
    """Write ``out_dir/annex_a/annex_a.xlsx`` with sheets ``List 1`` to ``List 11``."""
    path = out_dir / FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    council = _Council(history)
    workbook = Workbook(write_only=True)
    for number, build in enumerate(LISTS, start=1):
        sheet_name = f"List {number}"
        sheet = workbook.create_sheet(sheet_name)
        headings, rows = build(council)
        sheet.append(headings)
        for position, (cells, record) in enumerate(rows, start=1):
            sheet.append([_excel(v) for v in cells])
            error_id = record.get(ERROR_COLUMN)
            if number == 1 and isinstance(error_id, str) and error_id:
                manifest.locate(error_id, "annex_a", FILE, sheet_name, position)
        manifest.count_rows(f"{FILE}#{sheet_name}", len(rows))
    stamp = datetime.combine(history.period_end, datetime.min.time())
    workbook.properties.created = workbook.properties.modified = stamp
    workbook.save(path)
    _fix_zip_times(path, stamp)
    return path


def _fix_zip_times(path: Path, stamp: datetime) -> None:
    """Give every part of the workbook the same time, so the same seed gives the same bytes.

    openpyxl stamps the save time into the zip entries and docProps/core.xml's modified date.
    """
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    parts = [
        (info, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + iso, data))
        if info.filename == "docProps/core.xml"
        else (info, data)
        for info, data in parts
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


def _excel(value: object) -> object:
    """Cells as Excel wants them: dates as dates, missing as empty."""
    missing = value is None or (not isinstance(value, str | date) and pd.isna(value))  # type: ignore[call-overload]
    if missing:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value
