"""The ``scorecard`` command line: thin commands over library calls."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

if TYPE_CHECKING:
    from csc_scorecard.store import LoadResult

app = typer.Typer(
    help="csc-scorecard: the children's social care monthly performance pack from the DfE returns.",
    no_args_is_help=True,
    add_completion=False,
)
load_app = typer.Typer(help="Load source files into the store.", no_args_is_help=True)
app.add_typer(load_app, name="load")
console = Console(stderr=True, soft_wrap=True)  # long paths stay on one line

STORE_OPTION = typer.Option(
    "scorecard.duckdb", "--store", help="DuckDB file path or any ibis URL (postgres://...)."
)


@app.command()
def synth(
    out: Path = typer.Option(Path("synthetic"), "--out", help="Folder to write councils into."),
    seed: int = typer.Option(1, "--seed", help="Random seed: the same seed gives the same files."),
    children: int = typer.Option(50_000, "--children", help="0-17 population of the council."),
    years: int = typer.Option(6, "--years", help="Years of history up to the last full month."),
    councils: int = typer.Option(1, "--councils", help="Number of councils (for benchmarks)."),
    error_rate: float = typer.Option(
        0.005, "--error-rate", help="Share of rows given a realistic fault (0 for none)."
    ),
    end: str | None = typer.Option(
        None, "--end", help="Last day of the period (YYYY-MM-DD); default: end of last month."
    ),
) -> None:
    """Simulate a synthetic council and write it as 903, CIN census, Annex A, SSD and series.

    Example: scorecard synth --out synthetic --seed 1
    """
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    options = SynthOptions(
        seed=seed,
        children=children,
        years=years,
        councils=councils,
        error_rate=error_rate,
        period_end=date.fromisoformat(end) if end else None,
    )
    with console.status("Simulating") as status:
        folders = synthesise(out, options, progress=lambda message: status.update(message))
    for folder in folders:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        console.print(
            f"[green]Wrote[/] {folder} ({len(manifest['errors'])} injected errors listed in"
            f" {folder / 'manifest.json'})"
        )


@load_app.command("ssd")
def load_ssd_command(
    directory: Path = typer.Argument(..., help="Folder of SSD CSV files (ssd_person.csv, ...)."),
    la_code: str = typer.Option(..., "--la-code", help="DfE three-digit code of the council."),
    store: str = STORE_OPTION,
) -> None:
    """Load a Standard Safeguarding Dataset extract (one CSV per SSD table).

    Bad rows go to quarantine with the rule they broke; a file that cannot be read stops the
    load with exit code 2 and leaves the store as it was; loading the same file twice is a no-op.

    Example: scorecard load ssd synthetic/318/ssd --la-code 318
    """
    from csc_scorecard.ingest.errors import SourceFileError
    from csc_scorecard.ingest.ssd import load_ssd
    from csc_scorecard.store import Store

    target = Store(store)
    try:
        with console.status(f"Loading {directory}"):
            results = load_ssd(target, directory, la_code)
    except SourceFileError as error:
        console.print(f"[red]Error:[/] {error}")
        raise typer.Exit(2) from error
    _print_results(results)


@load_app.command("annex-a")
def load_annex_a_command(
    workbook: Path = typer.Argument(..., help="Ofsted Annex A workbook (.xlsx), lists 1-11."),
    la_code: str = typer.Option(..., "--la-code", help="DfE three-digit code of the council."),
    store: str = STORE_OPTION,
) -> None:
    """Load an Ofsted Annex A workbook (the last six months, lists 1-11).

    Sheets and headings are matched however the council words them; anything not matched is
    reported. Bad rows go to quarantine; a list without its required headings stops the load
    with exit code 2 and leaves the store as it was.

    Example: scorecard load annex-a synthetic/318/annex_a/annex_a.xlsx --la-code 318
    """
    from csc_scorecard.ingest.annex_a import load_annex_a
    from csc_scorecard.ingest.errors import SourceFileError
    from csc_scorecard.store import Store

    target = Store(store)
    try:
        with console.status(f"Loading {workbook}"):
            results, warnings = load_annex_a(target, workbook, la_code)
    except SourceFileError as error:
        console.print(f"[red]Error:[/] {error}")
        raise typer.Exit(2) from error
    for warning in warnings:
        console.print(f"[yellow]Warning:[/] {warning}")
    _print_results(results)


def _print_results(results: list[LoadResult]) -> None:
    """One line per file: skipped, or rows in, accepted and quarantined."""
    for result in results:
        if result.skipped:
            console.print(f"{result.file}: already loaded, skipped")
        else:
            console.print(
                f"{result.file}: {result.rows_in:,} rows, {result.rows_accepted:,} accepted,"
                f" {result.rows_quarantined:,} quarantined"
            )


@app.command()
def status(store: str = STORE_OPTION) -> None:
    """Show what is loaded: rows per table, date ranges and quarantined rows by rule.

    Example: scorecard status --store scorecard.duckdb
    """
    from csc_scorecard.status import print_status
    from csc_scorecard.store import Store

    print_status(Store(store))


@app.command()
def quarantine(
    store: str = STORE_OPTION,
    source: str | None = typer.Option(
        None, "--source", help="Only this source (ssd, 903, cin, annex_a, series)."
    ),
    rule: str | None = typer.Option(None, "--rule", help="Only this rule, e.g. code_list."),
    export: Path | None = typer.Option(
        None, "--export", help="Write every matching row, with the record as read, to CSV."
    ),
    limit: int = typer.Option(100, "--limit", help="Rows to show on screen."),
) -> None:
    """List rejected rows (counts by source and rule first) so they can be fixed at source.

    Example: scorecard quarantine --source annex_a --rule code_list --export rejected.csv
    """
    from csc_scorecard.quarantine_report import export_csv, print_quarantine, rejected
    from csc_scorecard.store import Store

    rows = rejected(Store(store), source, rule)
    print_quarantine(rows, Console(), limit)
    if export is not None:
        written = export_csv(rows, export)
        console.print(f"[green]Wrote[/] {written:,} row(s) to {export}")


@app.command()
def demo(
    out: Path = typer.Option(Path("out"), "--out", help="Folder for the demo's files."),
    seed: int = typer.Option(1, "--seed", help="Seed of the synthetic council."),
) -> None:
    """Generate the synthetic council, load it and report what is in the store.

    Example: scorecard demo --out out
    """
    from csc_scorecard.ingest.ssd import load_ssd
    from csc_scorecard.status import print_status
    from csc_scorecard.store import Store
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    with console.status("Simulating the synthetic council") as progress:
        (folder,) = synthesise(
            out / "synthetic", SynthOptions(seed=seed), lambda m: progress.update(m)
        )
    store_path = out / "scorecard.duckdb"
    store_path.unlink(missing_ok=True)
    store = Store(str(store_path))
    with console.status("Loading the SSD extract"):
        load_ssd(store, folder / "ssd", folder.name)
    print_status(store)
    console.print(f"[green]Synthetic council:[/] {folder}")
    console.print(f"[green]Store:[/] {store_path}")


@app.command()
def docs(
    out: Path = typer.Option(Path("docs"), "--out", help="Folder to write the pages into."),
) -> None:
    """Regenerate the reference pages that come from code (the data dictionary).

    Example: scorecard docs --out docs
    """
    from csc_scorecard.docs import write_generated_pages

    for path in write_generated_pages(out):
        console.print(f"[green]Wrote[/] {path}")


def main() -> None:
    """Entry point for ``python -m csc_scorecard``."""
    app()
