"""Render the 903 loader's mapping as the Markdown page ``docs/903-mapping.md``.

The page is generated from ``ssda903_schema.FILES``, the definitions the loader itself reads,
so it always says what the loader does; a test compares the committed page with this output.
"""

from __future__ import annotations

from csc_scorecard.ingest.ssda903_schema import FILES, File903
from csc_scorecard.model import TABLES

INTRODUCTION = """\
# SSDA903 mapping

<!-- Generated from src/csc_scorecard/ingest/ssda903_schema.py by `scorecard docs`: do not edit. -->

How `scorecard load 903` reads the SSDA903 return (children looked after) into the canonical
tables: one or several collection years of the DfE's CSV files.

- **Recognising files.** A file is recognised by its columns, never by its name, as the DfE's
  tools do: it is the 903 file all of whose columns its header has (matched ignoring case and
  surrounding spaces; extra columns are ignored; the fullest match wins). A CSV that matches
  none stops the load with an error naming the nearest 903 file and the columns it lacks, and
  nothing is written. Files are UTF-8 (with or without a byte-order mark) or Windows-1252.
- **Collection years.** A year is named by the year it ends (2026 = April 2025 to March 2026).
  The files of one folder are one return, and its year is decided once for all of them: the
  year given (`--year`, which a folder or file named for another year contradicts); else the
  nearest folder above named by a year (`ssda903/2026/` or `ssda903/2025-26/`); else the year
  the files' names give (`episodes_2026.csv`, `header 2025-26.csv`; files named for several
  years in one folder must each be a whole return with its episodes or header file, else the
  load stops naming them); else the year whose 31 March the episodes' `DECOM`/`DEC` reach (the
  latest year holding at least 2% of those dates, none after today), then the other dating
  columns (listed below). A file never takes a year from its own dates. A file is known in the
  store as `<year>/<file name>`, so a corrected file replaces its own year's earlier load only.
- **Dates a return cannot hold.** A date after the 31 March that ends the return's year (or
  after today, for a year still under way) is quarantined (`after_collection_year`), except
  `DUC` (the 18th birthday while UASC continues); so is a record that makes the child over 25
  (`child_over_25`: against the row's `DOB`, or for the header the year's start), and any
  date before 1900 or after 2100 (`implausible_date`). The load summary warns of each.
- **Several years.** Files load oldest year first, in one transaction. The store merges a
  record whose key it already holds (later values win, empty cells keep earlier values), so an
  episode reported in two years is one episode, and one open at a year end (no `DEC`) is
  closed by the next year's return. The same goes for a child in several years' headers and a
  placement for adoption reversed in a later year.
- **Values.** Dates are read as DD/MM/YYYY (the DfE's form) or YYYY-MM-DD, and as Excel
  saves them: DD/MM/YY (the century that puts the date in or before the collection year), a
  time after the date, or Excel's day number. Excel's empty columns and rows at the right and
  end are dropped, and a file with `;` or tabs between columns is read so, each with a note in
  the load summary. Flags are `1`/`0`.
  Codes are the DfE's, checked against every year's list (see the
  [data dictionary](data-dictionary.md)); a value that is not a code is quarantined, never
  translated.
- **Quarantine.** Every row is checked against the canonical model (required values, dates,
  types, code lists, end before start), for an exact duplicate earlier in the file, for a
  child in none of the load's header files nor the store, and episodes for overlapping another
  episode of the same child in any year of the load (an episode reported again in another
  year is the same episode, not an overlap). A row that fails goes to quarantine (source `903`)
  with the rule, the file, its row number and the row as read; rows in = accepted +
  quarantined for every file. Columns not loaded are not checked.
"""


def _file(spec: File903) -> list[str]:
    target = f"`{spec.table}`" if spec.table else "nothing"
    lines = [f"## {spec.dfe_table} (`{spec.name}.csv`) → {target}", ""]
    lines += [f"Columns: {', '.join(f'`{c}`' for c in spec.columns)}.", ""]
    if spec.dated_by:
        dating = ", ".join(f"`{c}`" for c in spec.dated_by)
        lines += [f"Dating columns (year of a return named by no folder or file): {dating}.", ""]
    if spec.table is None:
        return [*lines, f"Not loaded: {spec.not_loaded}.", ""]
    lines += ["| 903 column | canonical column | conversion |", "|---|---|---|"]
    lines += [f"| `{f.dfe}` | `{f.canonical}` | {f.describe()} |" for f in spec.fields]
    lines.append("")
    if spec.ignored:
        read = ", ".join(f"`{c}`" for c in spec.ignored)
        lines += [f"Read (kept in quarantine records) but not loaded: {read}.", ""]
    return lines


def _unfilled() -> list[str]:
    """Canonical columns of the tables the 903 fills that no 903 column feeds."""
    lines = [
        "## Canonical columns the 903 does not fill",
        "",
        "Left empty by this loader (another source, such as the SSD extract, fills them).",
        "",
        "| table | columns |",
        "|---|---|",
    ]
    fed: dict[str, set[str]] = {}
    for spec in FILES:
        if spec.table:
            fed.setdefault(spec.table, set()).update(f.canonical for f in spec.fields)
    for table, columns in fed.items():
        empty = [c.name for c in TABLES[table].columns if c.name not in columns]
        if empty:
            lines.append(f"| `{table}` | {', '.join(f'`{c}`' for c in empty)} |")
    return lines


def ssda903_mapping_markdown() -> str:
    """The whole page."""
    lines = [INTRODUCTION]
    for spec in FILES:
        lines += _file(spec)
    lines += _unfilled()
    return "\n".join(lines) + "\n"
