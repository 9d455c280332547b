"""Reports of the DfE 903 validator that are the validator's own mistakes, row by row.

Each known fault has a reason, and a check that excuses it only on the rows the reason
explains, so a real error reported under the same rule is never hidden. Used by the tests that
run the validator on the synthetic council, and by ``scorecard validate 903`` to say how many
of a rule's findings are such faults. A row the check cannot read (a file named otherwise, a
date not in the DfE's form) is never excused.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

KNOWN_FAULTS: dict[str, str] = {
    "146": "the 2024-25 ruleset lists K3 as lower-case 'k3', so every real K3 placement is"
    " 'not a valid code'; excused only for K3 episodes in collection year 2025",
    "202": "the 2024-25 ruleset compares SEX with the previous year's without translating"
    " 2023-24's 1/2 into M/F; excused only in 2025 where the two agree once translated",
    "575": "rule 365 writes 31/03 into the blank DECs of the Episodes table that every later rule"
    " shares, so an episode open at 31 March looks ended; excused only for a missing episode"
    " left open at the year end while the child's episode was also still open",
    "577": "same cause and same rows as 575",
    "503F": "supported accommodation (H5) was registered with Ofsted from 28 October 2023, so an"
    " H5 placement open at 31 March 2023 had no URN then and has one in 2023-24; the rule"
    " allows no such change; excused only for H5 episodes in 2024 whose URN was blank in 2023",
    "1001": "the validator sees only this year's and the previous year's episodes (its own note"
    " says so), so a care leaver whose care since their 14th birthday began before those two"
    " years looks as if they were not looked after long enough; and it leaves care leavers of"
    " 20 or 21 out of its count of care and then flags them all. Excused only where every"
    " earlier year's episodes beside the return show the care leaver looked after for 13 weeks"
    " from the 14th birthday and after the 16th, not adopted, or where the young person was 16"
    " before the earliest year beside it began, so no file given can show their care",
    "1002": "the validator sees only this year's and the previous year's episodes, so a care"
    " leaver who left care before the previous year began has no episode it can see; excused on"
    " the same rows as 1001",
}
"""Rule code -> why its reports can be the validator's mistake."""


@lru_cache(maxsize=256)
def _rows(path: Path) -> tuple[dict[str, str], ...]:
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def _date(value: str) -> datetime:
    return datetime.strptime(value, "%d/%m/%Y")


def _k3_in_2025(row_id: int, year: int, folder: Path) -> bool:
    return year == 2025 and _rows(folder / "episodes.csv")[row_id]["PLACE"] == "K3"


def _sex_recoded(row_id: int, year: int, folder: Path) -> bool:
    if year != 2025:
        return False
    now = _rows(folder / "header.csv")[row_id]
    before = {r["CHILD"]: r["SEX"] for r in _rows(folder.parent / "2024" / "header.csv")}
    return {"1": "M", "2": "F"}.get(before.get(now["CHILD"], "")) == now["SEX"]


def _missing_open_with_episode(row_id: int, year: int, folder: Path) -> bool:
    missing = _rows(folder / "missing.csv")[row_id]
    return missing["MIS_END"] == "" and any(
        e["CHILD"] == missing["CHILD"]
        and e["DEC"] == ""
        and _date(e["DECOM"]) <= _date(missing["MIS_START"])
        for e in _rows(folder / "episodes.csv")
    )


def _care_before_what_is_visible(row_id: int, year: int, folder: Path) -> bool:
    """The care leaver qualifies on care the validator cannot see, or the files cannot say.

    The council's earlier returns beside this one (``folder.parent/<year>``) hold the care
    the validator does not read; the DfE's test is worked out on all of them. For a young
    person who was 16 before the earliest of them began, part of the care the test counts (or
    all of it) is older than every file given, so no file can refute it.
    """
    leaver = _rows(folder / "oc3.csv")[row_id]
    years = [int(p.name) for p in folder.parent.iterdir() if p.name.isdigit()]
    earliest_day = datetime(min(y for y in years if y <= year) - 1, 4, 1)
    born = _date(leaver["DOB"])
    if _birthday(born, 16) < earliest_day:
        return True
    episodes = _episodes_until(folder.parent, year).get(leaver["CHILD"], [])
    return bool(episodes) and _relevant_care_leaver(episodes, born, year)


@lru_cache(maxsize=16)
def _episodes_until(returns: Path, year: int) -> dict[str, list[dict[str, str]]]:
    """Each child's episodes in the returns up to ``year``, an episode in two years once."""
    by_start: dict[tuple[str, str], dict[str, str]] = {}
    for path in sorted(returns.glob("*/episodes.csv")):
        if path.parent.name.isdigit() and int(path.parent.name) <= year:
            for e in _rows(path):  # a later year's copy has the end an open episode lacked
                by_start[(e["CHILD"], e["DECOM"])] = e
    children: dict[str, list[dict[str, str]]] = {}
    for (child, _), episode in by_start.items():
        children.setdefault(child, []).append(episode)
    return children


def _relevant_care_leaver(episodes: list[dict[str, str]], born: datetime, year: int) -> bool:
    """Looked after 13 weeks (91 days) from the 14th birthday, a day after the 16th, not adopted.

    Short breaks (V3/V4) do not count; an episode still open counts to the year's 31 March.
    """
    counted = [e for e in episodes if e["LS"] not in {"V3", "V4"}]
    last = max(episodes, key=lambda e: _date(e["DECOM"]))
    return (
        _days_in_care_since(counted, _birthday(born, 14), datetime(year, 3, 31)) >= 91
        and _days_in_care_since(counted, _birthday(born, 16), datetime(year, 3, 31)) >= 1
        and last["REC"] not in {"E11", "E12"}
    )


def _days_in_care_since(episodes: list[dict[str, str]], day: datetime, year_end: datetime) -> int:
    ends = (_date(e["DEC"]) if e["DEC"] else year_end for e in episodes)
    starts = (max(_date(e["DECOM"]), day) for e in episodes)
    return sum(max(0, (end - start).days) for start, end in zip(starts, ends, strict=True))


def _birthday(born: datetime, age: int) -> datetime:
    """The birthday, 29 February falling on 28 February in other years."""
    try:
        return born.replace(year=born.year + age)
    except ValueError:
        return born.replace(year=born.year + age, day=28)


def _h5_registered(row_id: int, year: int, folder: Path) -> bool:
    episode = _rows(folder / "episodes.csv")[row_id]
    before = [
        e
        for e in _rows(folder.parent / str(year - 1) / "episodes.csv")
        if e["CHILD"] == episode["CHILD"] and e["DEC"] == ""
    ]
    return year == 2024 and episode["PLACE"] == "H5" and all(e["URN"] == "" for e in before)


_CHECKS: dict[tuple[str, str], Callable[[int, int, Path], bool]] = {
    ("146", "Episodes"): _k3_in_2025,
    ("202", "Header"): _sex_recoded,
    ("575", "Missing"): _missing_open_with_episode,
    ("577", "Missing"): _missing_open_with_episode,
    ("503F", "Episodes"): _h5_registered,
    ("1001", "OC3"): _care_before_what_is_visible,
    ("1002", "OC3"): _care_before_what_is_visible,
}


def is_known_fault(issue: Any, year: int, folder: Path) -> bool:
    """Whether one validator issue row is a known validator fault on a row it explains.

    ``issue`` has ``rule_code``, ``tables_affected`` and ``row_id`` (as returned by
    ``run_lac_validator``); ``folder`` is that year's folder of 903 CSVs, with the other years
    beside it.
    """
    check = _CHECKS.get((str(issue.rule_code), str(issue.tables_affected)))
    if check is None:
        return False
    try:
        return check(int(issue.row_id), year, folder)
    except (IndexError, KeyError, ValueError):  # a file or value the reason needs is not there
        return False
