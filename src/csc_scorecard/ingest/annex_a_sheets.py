"""Find Annex A lists 1-11 in a council's workbook: by sheet name, else by headings.

Sheet names vary ("List 1", "List 1 - Contacts", "L1 Contacts", "Contacts") and so do
headings ("Child Unique ID", "Child unique identifier", "Date of Contact (dd/mm/yyyy)"). A
sheet is taken as list N when its name says so; a sheet whose name says nothing is taken as
the list whose headings it carries (as liiatools does). Headings are compared after
``workbook.normalise`` and with spaces removed, so "ChildUniqueID" matches too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from csc_scorecard.ingest.annex_a_mapping import HEADING_ALIASES, LISTS, ListSpec, Target
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.workbook import Sheet, normalise
from csc_scorecard.model import TABLES

NUMBERED = re.compile(r"^(?:list|l)\s*0*(\d{1,2})(?!\d)")


@dataclass(frozen=True)
class MatchedList:
    """A list found in the workbook: its spec, its sheet and each heading's column position.

    ``targets`` are the canonical records the list can make with the columns it has: a record
    whose identifier, date or other required value comes from a missing column is left out.
    """

    spec: ListSpec
    sheet: Sheet
    columns: dict[str, int]
    targets: tuple[Target, ...] = ()


def needed_headings(target: Target) -> set[str]:
    """Headings without which the target's records cannot be made.

    Its identifiers' and episode link's dates, and every heading that feeds a canonical
    column that may not be empty.
    """
    required = {c.name for c in TABLES[target.table].columns if not c.nullable}
    needed = {f.heading for f in target.fields if f.column in required}
    needed |= {i.heading for i in target.ids}
    return needed | ({target.episode} if target.episode else set())


def is_annex_a_heading(cell: str) -> bool:
    """Whether a cell is one of Ofsted's headings (or a known wording of one)."""
    return _key(cell) in KNOWN_HEADINGS


def _key(heading: str) -> str:
    return normalise(heading).replace(" ", "")


KNOWN_HEADINGS = frozenset(
    _key(h) for spec in LISTS for heading in spec.headings
    for h in (heading, *HEADING_ALIASES.get(heading, ()))
)  # fmt: skip
"""Every Annex A heading and known wording, as compared (for finding the heading row)."""


def heading_columns(spec: ListSpec, sheet: Sheet) -> dict[str, int]:
    """The position of each of the list's headings found in the sheet (first match wins)."""
    keys = [_key(h) for h in sheet.headings]
    found: dict[str, int] = {}
    for heading in spec.headings:
        wanted = {_key(heading), *(_key(a) for a in HEADING_ALIASES.get(heading, ()))}
        position = next((i for i, k in enumerate(keys) if k in wanted), None)
        if position is not None and position not in found.values():
            found[heading] = position
    return found


def named_list(sheet_name: str) -> ListSpec | None:
    """The list a sheet's name says it is: ``List N``, ``LN ...`` or the list's name."""
    name = normalise(sheet_name)
    numbered = NUMBERED.match(name)
    if numbered:
        return next((s for s in LISTS if s.number == int(numbered.group(1))), None)
    for spec in LISTS:
        if name in {normalise(n) for n in (spec.name, *spec.sheet_names)}:
            return spec
    return None


def _by_headings(sheet: Sheet, candidates: list[ListSpec]) -> ListSpec | None:
    """The list whose required headings are all there and most of whose headings are."""
    best, score = None, 0.5
    for spec in candidates:
        found = heading_columns(spec, sheet)
        share = len(found) / len(spec.headings)
        if all(h in found for h in spec.required) and share > score:
            best, score = spec, share
    return best


def match_lists(path: Path, sheets: list[Sheet]) -> tuple[list[MatchedList], list[str]]:
    """The lists found, in list order, and warnings about what was not matched.

    Raises ``SourceFileError`` when no list is found. A list lacking a heading costs what
    that heading feeds, with a warning naming it and the columns found: the records that
    cannot be made without it, or the whole list when it has no child identifier.
    """
    warnings: list[str] = []
    taken: dict[int, Sheet] = {}
    unnamed: list[Sheet] = []
    for sheet in sheets:
        if not sheet.headings:
            continue
        spec = named_list(sheet.name)
        if spec is None:
            unnamed.append(sheet)
        elif spec.number in taken:
            warnings.append(f"sheet '{sheet.name}': {spec.source_table} was already read from"
                            f" sheet '{taken[spec.number].name}'; ignored")  # fmt: skip
        else:
            taken[spec.number] = sheet
    for sheet in unnamed:
        spec = _by_headings(sheet, [s for s in LISTS if s.number not in taken])
        if spec is None:
            warnings.append(f"sheet '{sheet.name}' is not an Annex A list (neither its name nor"
                            " its headings match one); ignored")  # fmt: skip
        else:
            taken[spec.number] = sheet
    if not taken:
        raise SourceFileError(path, "has no Annex A list (expected sheets such as 'List 1' with"
                                    " Ofsted's headings)")  # fmt: skip
    matched = []
    for spec in LISTS:
        found = taken.get(spec.number)
        if found is None:
            warnings.append(f"{spec.source_table} ({spec.name}): no sheet found; nothing loaded"
                            " from it")  # fmt: skip
            continue
        sheet = found
        where = f"{spec.source_table} (sheet '{sheet.name}')"
        if sheet.rows_above:
            warnings.append(f"{where}: {sheet.rows_above} row(s) above the headings (titles)"
                            " skipped")  # fmt: skip
        columns = heading_columns(spec, sheet)
        listing = f"columns found: {', '.join(h for h in sheet.headings if h)}"
        if spec.required[0] not in columns:
            warnings.append(f"{where}: no column headed '{spec.required[0]}', so no row can be"
                            f" tied to a child; nothing loaded from it ({listing})")  # fmt: skip
            continue
        targets = tuple(t for t in spec.targets if needed_headings(t) <= columns.keys())
        for heading in spec.headings:
            if heading not in spec.mapped() or heading in columns:
                continue
            lost = [t.table for t in spec.targets if t not in targets
                    and heading in needed_headings(t)]  # fmt: skip
            if lost:
                warnings.append(f"{where}: no column headed '{heading}', so its"
                                f" {' and '.join(dict.fromkeys(lost))} records are not loaded"
                                f" (the rest of the list is; {listing})")  # fmt: skip
            else:
                warnings.append(f"{where}: no column headed '{heading}'; left empty")
        matched.append(MatchedList(spec, sheet, columns, targets))
    return matched, warnings
