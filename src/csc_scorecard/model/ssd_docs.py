"""Render the SSD mapping as the Markdown page ``docs/ssd-mapping.md``.

The page is generated so that it always says what the writer and loader actually do; a test
compares the committed page with this output.
"""

from __future__ import annotations

from csc_scorecard.model.ssd_codecs import JsonList
from csc_scorecard.model.ssd_schema import DatedJoin, Field, IdJoin, Part, Span, SsdTable

INTRODUCTION = """\
# SSD extract mapping

<!-- Generated from src/csc_scorecard/model/ssd.py by `scorecard docs`: do not edit. -->

How each canonical table is written to, and read from, a Standard Safeguarding Dataset (SSD)
extract: data-to-insight's SSD v1.4.5, one CSV file per SSD table named `<ssd_table>.csv`. The
synthetic council's writer and the loader both work from this mapping.

- **Files.** A header row of SSD column names, matched ignoring case and surrounding spaces;
  UTF-8 (with or without a byte-order mark) or Windows-1252. Columns not listed here are
  ignored. A table whose file is absent is simply not loaded.
- **Values.** Dates are written as YYYY-MM-DD and read as YYYY-MM-DD (a time part allowed, as
  SQL Server exports them) or DD/MM/YYYY; flags are Y/N. Codes are DfE codes as listed in the
  [data dictionary](data-dictionary.md); the loader does not translate descriptions into codes.
- **Required columns.** A file without one of its required columns stops the whole load with
  an error naming the file and the column, and nothing is written.
- **Row identifiers.** Where the canonical table has no identifier of its own, the writer makes
  the SSD row identifier from the row's content (so a duplicated record gives an exact
  duplicate row); the loader does not keep it.
- **Quarantine.** Every row is checked against the canonical model (required values, dates,
  types, code lists, end before start), child ids against `ssd_person` and the store, exact
  duplicate rows, and overlapping looked-after and child in need episodes. A row that fails
  goes to quarantine with the rule and the row as read; rows in, accepted and quarantined are
  logged per file.
"""


def _field_rows(fields: tuple[Field, ...], notes: dict[str, str] | None = None) -> list[str]:
    lines = ["| SSD column | canonical column | conversion |", "|---|---|---|"]
    for f in fields:
        how = (notes or {}).get(f.canonical) or f.codec.describe()
        if f.last_row_only:
            how = "; ".join(filter(None, [how, "belongs to the last episode the row spans"]))
        lines.append(f"| `{f.ssd}` | `{f.canonical}` | {how} |")
    return lines


def _span(part: Part, span: Span, main: str) -> list[str]:
    breaks = "".join(
        f", or the next row's `{column}` is one of {', '.join(f'`{c}`' for c in sorted(codes))}"
        for column, codes in span.new_run_when
    )
    last = [f"`{f.canonical}`" for f in part.fields if f.last_row_only]
    after = f", or the previous row has a {', '.join(last)}" if last else ""
    return [
        f"One row spans consecutive `{main}` rows of a child: `{span.start}` is the first row's"
        f" `{span.main_start}` and `{span.end}` the last row's `{span.main_end}`. A new row"
        f" starts when the next row does not start on the day the previous one ended, or any"
        f" of the columns below changes{after}{breaks}.",
        "",
    ]


def _part(table: SsdTable, part: Part) -> list[str]:
    lines = [f"### Part: `{part.ssd_table}`", ""]
    if isinstance(part.join, IdJoin):
        how = (
            f"Each `{table.ssd_table}` row takes the `{part.ssd_table}` row whose"
            f" `{part.join.part}` equals its `{part.join.main}`."
        )
    elif isinstance(part.join, DatedJoin) and part.span:
        how = (
            f"Each `{table.ssd_table}` row takes the `{part.ssd_table}` row of the same child"
            f" (`{part.join.person}`) whose `{part.span.start}` is the latest on or before the"
            f" row's `{part.span.main_start}`."
        )
    required = ", ".join(f"`{c}`" for c in part.required_columns(table.canonical))
    lines += [
        f"{how} Row identifier `{part.key}`. Required columns: {required}. Part rows are"
        " checked only for what the join needs (key, join columns, join date, duplicates); their"
        " values are checked on the record they complete.",
        "",
    ]
    if part.span:
        lines += _span(part, part.span, table.ssd_table)
    if part.written_when:
        lines += [
            "A row is written only when one of "
            + ", ".join(f"`{c}`" for c in part.written_when)
            + " has a value.",
            "",
        ]
    lines += _field_rows(part.fields)
    if part.copies:
        copied = ", ".join(f"`{c.ssd}` (from `{c.canonical}`)" for c in part.copies)
        lines += ["", f"Also written, not read back: {copied}."]
    return [*lines, ""]


def _table(table: SsdTable, list_codec: JsonList) -> list[str]:
    lines = [f"## `{table.ssd_table}` → `{table.canonical}`", ""]
    required = table.required_columns()
    lines += [
        "Required columns: " + (", ".join(f"`{c}`" for c in required) or "none") + ".",
        "",
    ]
    if table.row_id:
        lines += [f"Row identifier `{table.row_id}` (made by the writer, not kept).", ""]
    for column, value in table.fixed:
        lines += [f"`{column}` is `{value}` for every row of this file.", ""]
    if table.marker:
        m = table.marker
        values = ", ".join(f"`{v}`" for v in (m.value, *m.aliases))
        empty = " or empty" if m.empty_belongs else ""
        when = f" (written only when `{m.when}` has a value)" if m.when else ""
        lines += [
            f"Only rows whose `{m.ssd}` is {values}{empty} are `{table.canonical}` records"
            f"{when}; other rows are read and counted but not loaded.",
            "",
        ]
    notes = {table.list_field: list_codec.describe()} if table.list_field else None
    lines += _field_rows(table.fields, notes)
    for part in table.parts:
        if isinstance(part.join, IdJoin) and part.join.part == part.key:
            lines += ["", f"`{part.join.main}` holds the key of the row's `{part.ssd_table}` row."]
    lines.append("")
    for part in table.parts:
        lines += _part(table, part)
    return lines


def render_mapping(tables: tuple[SsdTable, ...], not_in_ssd: dict[str, str],
                   choices: tuple[str, ...], list_codec: JsonList) -> str:  # fmt: skip
    """The whole page."""
    lines = [INTRODUCTION, "## Choices made where the SSD and the model differ", ""]
    lines += [f"- {choice}" for choice in choices]
    lines.append("")
    for table in tables:
        lines += _table(table, list_codec)
    lines += [
        "## Canonical columns not in the SSD",
        "",
        "| canonical column | what happens |",
        "|---|---|",
    ]
    lines += [f"| `{column}` | {why} |" for column, why in not_in_ssd.items()]
    return "\n".join(lines) + "\n"
