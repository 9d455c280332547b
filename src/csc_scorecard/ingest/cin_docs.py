"""Render the CIN census mapping as the Markdown page ``docs/cin-mapping.md``.

The page is generated from the element definitions the loader itself uses
(``model/cin.py``), so it always says what the loader does; a test compares the committed
page with this output.
"""

from __future__ import annotations

from csc_scorecard.ingest.cin_checks import BEFORE_BIRTH
from csc_scorecard.model import TABLES
from csc_scorecard.model.cin import (
    CIN_DETAILS,
    NOT_IN_CENSUS,
    OTHER_ELEMENTS,
    PARENT,
    RECORDS,
    Record,
)

INTRODUCTION = f"""\
# CIN census mapping

<!-- Generated from src/csc_scorecard/model/cin.py by `scorecard docs`: do not edit. -->

How `scorecard load cin` reads the DfE children in need census (XML, one file per census
year) into the canonical tables. The synthetic council's writer (`synth/write_cin.py`) writes
the same structure.

- **Files.** Root `Message` (no namespace), a `Header` and `Children/Child` elements. Files
  are streamed one `Child` at a time; entities are not expanded, no DTD or network access is
  used. A file that is not well-formed XML, has another root, is another collection, has no
  `Children`, has no census year, or names another council in `LEA` stops the whole load with
  one error naming the file, and nothing is written.
- **Years.** Files are loaded oldest census year first, in one transaction. A record already
  stored (same key) is merged: the later year's values win and its empty values keep the
  earlier ones, so a referral reported in two years is one episode, closed by the later year.
- **Values.** Dates are read as YYYY-MM-DD (DD/MM/YYYY also accepted); `ReferralNFA` and
  `ICPCnotRequired` as 1/0 or true/false in any case. Codes are checked against the model's
  DfE code lists ([data dictionary](data-dictionary.md)).
- **Identifiers.** The census has none, so the loader makes them from the natural key the DfE
  validator uses: the child's `LAchildID`, then each record's start date under its parent
  (for example `C0000054:REF:2019-05-01:ASS:2019-05-10` for an assessment). A date is
  normalised to YYYY-MM-DD first, so the id is the same whichever style a year's file used.
- **Row numbers.** A quarantined record's `source_table` is its element's name and its
  `row_number` its position among the elements of that name in the file, from 1. Its raw
  record is the element's values (table below) as JSON.
- **Rules.** Each record is checked against the model (required values, dates, types, code
  lists, end before start), then against the census's nesting:
  - a record nested in a quarantined record is quarantined too (`parent_rejected`), except
    that a child's records stay when the `Child` itself is rejected (the child is still known);
  - an assessment, CIN plan, section 47 enquiry or CP plan must start within its episode,
    between `CINreferralDate` and `CINclosureDate` (`outside_episode`);
  - a record's main date must not be more than {BEFORE_BIRTH.days} days (a full pregnancy)
    before the child's `PersonBirthDate` (pre-birth work is legitimate) nor after the census
    `ReferenceDate` (`date_out_of_range`);
  - a record must not repeat the key of an earlier one in the same file (`duplicate_key`);
  - a child's episodes must not overlap (`{CIN_DETAILS.element}`, `overlapping_episodes`).
"""


def _record(record: Record) -> list[str]:
    parent = PARENT[record.element]
    where = f"in `{parent.element}`" if parent else "in `Children`"
    key = ", ".join(f"`{k}`" for k in TABLES[record.table].key if k != "la_code")
    lines = [
        f"## `{record.element}` → `{record.table}`",
        "",
        f"Path `{record.path}` {where}; one `{record.table}` row per element (key {key}).",
        "",
        "| element | canonical column | note |",
        "|---|---|---|",
    ]
    for leaf in record.leaves:
        codes = ", ".join(f"{a} → {b}" for a, b in leaf.codes)
        note = "; ".join(filter(None, [leaf.note, codes]))
        element = "(its text)" if leaf.xml == "." else f"`{leaf.xml}`"
        lines.append(f"| {element} | `{leaf.column}` | {note} |")
    stored = TABLES[record.table].column_names
    for column in record.inherits:
        how = "inherited" if column in stored else "not stored; names the child in quarantine"
        lines.append(f"| (from `{parent.element if parent else ''}`) | `{column}` | {how} |")
    if record.made_id:
        lines.append(f"| (made) | `{record.made_id.column}` | {record.made_id.describe()} |")
    for xml in record.also_read:
        lines.append(f"| `{xml}` | (see other elements) | kept in the raw record |")
    return [*lines, ""]


def cin_mapping_markdown() -> str:
    """The whole page."""
    lines = [INTRODUCTION]
    for record in RECORDS:
        lines += _record(record)
    lines += ["## Other elements", "", "| element | what happens |", "|---|---|"]
    lines += [f"| `{name}` | {what} |" for name, what in OTHER_ELEMENTS.items()]
    lines += ["", "## Canonical columns the census does not carry", ""]
    lines += ["| canonical column | what happens |", "|---|---|"]
    lines += [f"| `{column}` | {what} |" for column, what in NOT_IN_CENSUS.items()]
    return "\n".join(lines) + "\n"
