"""Render the Annex A mapping the loader uses as the page ``docs/annex-a-mapping.md``.

Generated from ``annex_a_mapping`` so the page always says what the loader does; a test
compares the committed page with this output.
"""

from __future__ import annotations

from csc_scorecard.ingest.annex_a_mapping import (
    EPISODE_LINK,
    HEADING_ALIASES,
    LISTS,
    NOT_LOADED,
    PERSON,
    ListSpec,
    Target,
)

INTRODUCTION = """\
# Ofsted Annex A mapping

<!-- Generated from src/csc_scorecard/ingest/annex_a_mapping.py by `scorecard docs`: do not
edit. -->

How `scorecard load annex-a` reads an Ofsted Annex A workbook (lists 1-11, headings as in
liiatools' `Annex_A_schema.yml`) into the canonical tables.

**What Annex A can and cannot give.** Annex A is a snapshot for inspectors: lists 1-8 cover
the six months to the reference date, lists 10-11 twelve months, list 9 the care leavers in
touch. It has no record identifiers and several columns are derived (counts over twelve months,
the latest visit, the case status). The loader loads the records the lists carry one for one
and never rebuilds records from derived values: a council with only Annex A gets the indicators
those records support, for those months. Load it into a store of its own, not on top of an SSD
or CIN census load of the same council: the identifiers differ, so records would be doubled.

- **Sheets.** A sheet named `List N`, `List N - anything`, `LN anything` or the list's name
  (below) is list N. A sheet with another name is taken as the list whose required headings it
  has and more than half of whose headings it has. Sheets that match no list are reported and
  ignored; so is a second sheet for a list already found.
- **Headings.** Matched ignoring case, spacing, punctuation, curly quotes, a trailing note in
  square brackets, a trailing date-format hint (`(dd/mm/yyyy)`, `dd/mm/yyyy`) and asterisks.
  The heading row is the row among the first 20 with the most Annex A headings, so title rows
  above it are skipped (with a warning). A missing column costs what it feeds, never the
  workbook: without the child's identifier nothing is loaded from the list; without a column
  a record cannot be made without (its identifier's date, a value the model requires) those
  records are not loaded but the rest of the list is; any other missing column the loader
  reads is left empty. Each is a warning naming the column and the columns found. Formulas are
  read as the values Excel last calculated.
- **Values.** Dates are Excel dates, or text DD/MM/YYYY or YYYY-MM-DD. Coded cells are Ofsted's
  drop-down strings (`b) Female`), the bare code (`F`) or, where unambiguous, the bare label
  (`Female`); a value none of these is kept as written and rejected by the code list check.
- **Identifiers.** Made from the child and the record's date, `TAG-<child>-YYYYMMDD`, so the
  same record in next month's Annex A merges with this month's instead of doubling. Two
  contacts of one child on one day are numbered `-2`, `-3`.
- **Monthly workbooks.** Give each month's workbook its own file name (`annex_a_2026-10.xlsx`):
  a workbook with the name of an earlier load is taken as a correction of it and replaces what
  it loaded, while records a new month's workbook shares with an earlier one are merged.
- **Episodes.** {episode_link}
- **Children.** Annex A has no person list. The child's gender, ethnicity and date of birth on
  any row make the `person` row; a child id with none of them on any row, and not already in
  the store, is an unknown child.
- **Quarantine.** Source `annex_a`, table `List N`, rows counted from 1 under the heading row.
  Every row is checked against the model (required values, dates, flags, code lists, end
  before start), for an unknown child and for being an exact copy of an earlier row of its
  list. A row failing any check is quarantined whole. Episodes are not checked for overlap:
  Annex A shows only six months of them.
"""


PERSON_LINK = "[every list about a child](#every-list-about-a-child)"


def _aliases() -> list[str]:
    lines = ["## Other wordings accepted", "", "| heading | also accepted |", "|---|---|"]
    for heading, aliases in HEADING_ALIASES.items():
        lines.append(f"| {heading} | {', '.join(aliases)} |")
    return [*lines, ""]


def _target(target: Target) -> list[str]:
    when = f" (a row only where `{target.when}` has a value)" if target.when else ""
    lines = [f"### → `{target.table}`{when}", "", "| Annex A heading | canonical column |"
             " conversion |", "|---|---|---|"]  # fmt: skip
    lines += [f"| {f.heading} | `{f.column}` | {f.codec.describe()} |" for f in target.fields]
    lines += [
        f"| {i.heading} | `{i.column}` | `{i.tag}-<child>-YYYYMMDD`"
        f"{', numbered within a day' if i.numbered else ''} |"
        for i in target.ids
    ]
    if target.episode:
        lines.append(f"| {target.episode} | `referral_id` | the episode the record belongs to |")
    lines += [f"| (none) | `{column}` | always `{value}` |" for column, value in target.fixed]
    return [*lines, ""]


def _list(spec: ListSpec) -> list[str]:
    names = ", ".join(f"`{n}`" for n in dict.fromkeys((spec.name.lower(), *spec.sheet_names)))
    lines = [f"## {spec.source_table}: {spec.name}", "",
             f"Sheet names besides `List {spec.number}`: {names}. Required headings: "
             + ", ".join(f"`{h}`" for h in spec.required) + ".", ""]  # fmt: skip
    if not spec.targets:
        lines += ["Read and counted, not loaded: the model has no adopters (the 903 records"
                  " the adopters of a child on its adoption record).", ""]  # fmt: skip
        return lines
    for target in spec.targets:
        lines += (
            [f"The child's columns make the `person` row ({PERSON_LINK}).", ""]
            if (target is PERSON)
            else _target(target)
        )
    unused = [h for h in spec.headings if h not in spec.mapped()]
    if unused:
        lines += ["Not loaded:", ""]
        lines += [f"- {h}: {NOT_LOADED[h]}." for h in unused]
        lines.append("")
    return lines


def annex_a_mapping_markdown() -> str:
    """The whole page."""
    lines = [INTRODUCTION.format(episode_link=EPISODE_LINK), *_aliases(),
             "## Every list about a child", "", *_target(PERSON)]  # fmt: skip
    for spec in LISTS:
        lines += _list(spec)
    return "\n".join(lines).rstrip() + "\n"
