"""The ``scorecard`` command line: thin commands over library calls."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Column, Table

from csc_scorecard.errors import InputError, council_code
from csc_scorecard.web import cli as web_cli

if TYPE_CHECKING:
    from csc_scorecard.analysis.config import AnalysisConfig
    from csc_scorecard.store import LoadResult
    from csc_scorecard.validators.compare903 import Finding

app = typer.Typer(
    help="csc-scorecard: the children's social care monthly performance pack from the DfE returns.",
    no_args_is_help=True,
    add_completion=False,
)
load_app = typer.Typer(help="Load source files into the store.", no_args_is_help=True)
app.add_typer(load_app, name="load")
validate_app = typer.Typer(
    help="Check source files with the public DfE validators, beside our own checks.",
    no_args_is_help=True,
)
app.add_typer(validate_app, name="validate")
app.add_typer(web_cli.user_app, name="user")
app.command()(web_cli.serve)
console = Console(stderr=True, soft_wrap=True)  # long paths stay on one line

STORE_OPTION = typer.Option(
    "scorecard.duckdb", "--store", help="DuckDB file path or any ibis URL (postgres://...)."
)
LA_CODE_OPTION = typer.Option(
    ..., "--la-code", help="DfE three-digit code of the council.", parser=council_code
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
    no_changes: bool = typer.Option(
        False,
        "--no-changes",
        help="Leave out the declared real changes (referral step, assessment slowdown): a"
        " steady council on which any special cause is a false alarm.",
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
        changes=not no_changes,
    )
    from csc_scorecard.publish.dfe_release import publish_synthetic

    with console.status("Simulating") as status:
        folders = synthesise(out, options, progress=lambda message: status.update(message))
        published = publish_synthetic(folders, out / "published", lambda m: status.update(m))
    for folder in folders:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        console.print(
            f"[green]Wrote[/] {folder} ({len(manifest['errors'])} injected errors listed in"
            f" {folder / 'manifest.json'})"
        )
    for path in published:
        console.print(
            f"[green]Wrote[/] {path} (DfE's open-data layout, for scorecard load benchmarks)"
        )


@load_app.command("ssd")
def load_ssd_command(
    directory: Path = typer.Argument(..., help="Folder of SSD CSV files (ssd_person.csv, ...)."),
    la_code: str = LA_CODE_OPTION,
    first: str | None = typer.Option(
        None, "--from", help="First day the extract covers (YYYY-MM-DD), if it was stated."
    ),
    last: str | None = typer.Option(
        None, "--to", help="Last day the extract covers (YYYY-MM-DD), if it was stated."
    ),
    store: str = STORE_OPTION,
) -> None:
    """Load a Standard Safeguarding Dataset extract (one CSV per SSD table).

    Bad rows go to quarantine with the rule they broke; a file that cannot be read stops the
    load with exit code 2 and leaves the store as it was; loading the same file twice is a no-op.
    The period the extract covers (only those months get figures) is --from/--to when given,
    else from its earliest complete record to the end of the month of its latest.

    Example: scorecard load ssd synthetic/318/ssd --la-code 318 --from 2020-04-01 --to 2026-10-31
    """
    from csc_scorecard.ingest.ssd import load_ssd
    from csc_scorecard.store import Store

    covers = _stated_range(first, last)
    target = Store(store)
    with _bad_input_exits_2(), console.status(f"Loading {directory}"):
        results = load_ssd(target, directory, la_code, covers=covers)
    _print_results(results)


def _stated_range(first: str | None, last: str | None) -> tuple[date, date] | None:
    """--from and --to as dates (both or neither), or exit 2 with the reason."""
    if first is None and last is None:
        return None
    try:
        if first is None or last is None:
            raise ValueError("give both --from and --to, or neither")
        covers = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError as error:
        console.print(f"[red]Error:[/] {error}")
        raise typer.Exit(2) from error
    if covers[0] > covers[1]:
        console.print(f"[red]Error:[/] --from {first} is after --to {last}")
        raise typer.Exit(2)
    return covers


@load_app.command("cin")
def load_cin_command(
    files: list[Path] = typer.Argument(
        ..., help="CIN census XML files, or folders of them (one or several census years)."
    ),
    la_code: str = LA_CODE_OPTION,
    store: str = STORE_OPTION,
) -> None:
    """Load CIN census XML returns, oldest census year first, merging records across years.

    Bad records go to quarantine with the rule they broke; a file that cannot be read or is not
    a CIN census stops the load with exit code 2 and leaves the store as it was; loading the
    same file twice is a no-op.

    Example: scorecard load cin synthetic/318/cin_census --la-code 318
    """
    from csc_scorecard.ingest.cin_census import load_cin
    from csc_scorecard.store import Store

    target = Store(store)
    with _bad_input_exits_2(), console.status("Loading CIN census files") as progress:
        results = load_cin(target, files, la_code, progress=lambda m: progress.update(m))
    _print_results(results)


@load_app.command("annex-a")
def load_annex_a_command(
    workbook: Path = typer.Argument(..., help="Ofsted Annex A workbook (.xlsx), lists 1-11."),
    la_code: str = LA_CODE_OPTION,
    store: str = STORE_OPTION,
) -> None:
    """Load an Ofsted Annex A workbook (the last six months, lists 1-11).

    Sheets and headings are matched however the council words them; anything not matched is
    reported, and title rows above the headings are skipped. A missing column costs what it
    feeds (a warning names it and the columns found), not the workbook. Bad rows go to
    quarantine; an unreadable workbook stops the load with exit code 2.

    Example: scorecard load annex-a synthetic/318/annex_a/annex_a.xlsx --la-code 318
    """
    from csc_scorecard.ingest.annex_a import load_annex_a
    from csc_scorecard.store import Store

    target = Store(store)
    with _bad_input_exits_2(), console.status(f"Loading {workbook}"):
        results, warnings = load_annex_a(target, workbook, la_code)
    for warning in warnings:
        console.print(f"[yellow]Warning:[/] {warning}")
    _print_results(results)


@contextmanager
def _bad_input_exits_2() -> Iterator[None]:
    """Input that cannot be used: one clear message and exit code 2, never a traceback.

    The one handler of every command: an ``InputError`` (a file that cannot be read at all,
    a council code or month that is not one), or a lookup the library refuses (an unknown
    indicator, breakdown or council: KeyError, LookupError, ValueError), or a file the
    system cannot open. Loads and computes write in one transaction, so the store is as it
    was.
    """
    try:
        yield
    except (InputError, KeyError, LookupError, ValueError, OSError) as error:
        console.print(f"[red]Error:[/] {_reason(error)}")
        raise typer.Exit(2) from error


def _print_results(results: list[LoadResult]) -> None:
    """One line per file: skipped, or rows in, accepted and quarantined, and its notes."""
    for result in results:
        if result.skipped:
            console.print(f"{result.file}: already loaded, skipped")
        else:
            console.print(
                f"{result.file}: {result.rows_in:,} rows, {result.rows_accepted:,} accepted,"
                f" {result.rows_quarantined:,} quarantined"
            )
        for note in result.notes:
            console.print(f"  [yellow]note:[/] {note}")


VALIDATORS_ROOT = typer.Option(
    Path("."),
    "--root",
    help="Folder to build the DfE validator's environment in (ROOT/.validators).",
)


@validate_app.command("cin")
def validate_cin_command(
    files: list[Path] = typer.Argument(..., help="CIN census XML files, or folders of them."),
    root: Path = VALIDATORS_ROOT,
) -> None:
    """Run the DfE CIN validator on census files and show its findings beside ours.

    Ours are what `load cin` would quarantine, by rule (nothing is written). The DfE validator
    runs in its own environment under ROOT/.validators (default: the current folder), built on
    first use; if it cannot be built or run, the reason is printed and the exit code is 1. An
    unreadable file exits 2.

    Example: scorecard validate cin synthetic/318/cin_census/cin_census_2026.xml
    """
    from rich.columns import Columns
    from rich.table import Table

    from csc_scorecard.validators.comparecin import compare

    checking = "Checking CIN census files (the DfE validator may take minutes)"
    with _bad_input_exits_2(), console.status(checking):
        findings = compare(files, root)
    out = Console(soft_wrap=True)
    for found in findings:
        ours = Table("rule", "what", "records", title=f"Ours: {found.records:,} records")
        for row in found.ours.itertuples():
            ours.add_row(str(row.rule_id), str(row.title), f"{row.records:,}")
        dfe = Table("rule", "type", "description", "records", title="DfE validator")
        for rule in found.dfe.itertuples() if found.dfe is not None else ():
            dfe.add_row(str(rule.rule_code), str(rule.rule_type), str(rule.rule_description),
                        f"{rule.rows:,}")  # fmt: skip
        out.rule(f"{found.path.name} (census year {found.year})")
        out.print(Columns([ours, dfe]) if found.dfe is not None else ours)
        if found.dfe_problem:
            out.print(f"[yellow]DfE validator not run:[/] {found.dfe_problem}")
    if any(found.dfe_problem for found in findings):
        raise typer.Exit(1)


@load_app.command("series")
def load_series_command(
    file: Path = typer.Argument(
        ..., help="CSV or Excel: indicator_id, month (YYYY-MM), value, numerator, denominator."
    ),
    la_code: str = LA_CODE_OPTION,
    store: str = STORE_OPTION,
) -> None:
    """Load monthly values entered from other systems (workforce, elective home education).

    Indicator ids must be the catalogue's series (WF1-WF3, EHE1-EHE2); an unknown id stops the
    load with exit code 2 and lists the known ones. Example: scorecard load series
    synthetic/318/series/series.csv --la-code 318
    """
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.ingest.series import load_series
    from csc_scorecard.store import Store

    with _bad_input_exits_2():
        results = load_series(Store(store), file, la_code, series_ids())
    _print_results(results)


@load_app.command("population")
def load_population_command(
    file: Path = typer.Argument(..., help="CSV with columns year, population_0_17."),
    la_code: str = LA_CODE_OPTION,
    store: str = STORE_OPTION,
) -> None:
    """Load the council's 0-17 population per year (ONS mid-year estimates) for rates.

    A month uses the estimate of the year its financial year starts in (April 2025 to March
    2026 uses mid-2025). Example: scorecard load population synthetic/318/population.csv
    --la-code 318
    """
    from csc_scorecard.ingest.population import load_population
    from csc_scorecard.store import Store

    with _bad_input_exits_2():
        results = load_population(Store(store), file, la_code)
    _print_results(results)


@load_app.command("benchmarks")
def load_benchmarks_command(
    files: list[Path] = typer.Argument(
        ..., help="DfE open-data CSVs (explore-education-statistics)."
    ),
    mapping: Path | None = typer.Option(
        None, "--mapping", help="Your own benchmarks.yaml (default: the shipped mapping)."
    ),
    store: str = STORE_OPTION,
) -> None:
    """Load DfE's published statistics for England, regions and councils ([docs/benchmarks.md]).

    Each row is placed against our indicators by config/benchmarks.yaml; symbols (c, x, z, low)
    are kept with their meaning; rows the mapping cannot place go to quarantine. The dashboard
    shows them after the next scorecard compute. Example:
    scorecard load benchmarks synthetic/published/published_cin.csv
    """
    from csc_scorecard.ingest.benchmark_mapping import Mapping
    from csc_scorecard.ingest.benchmarks import load_benchmarks
    from csc_scorecard.store import Store

    with _bad_input_exits_2():
        results = load_benchmarks(Store(store), files, Mapping.read(mapping) if mapping else None)
    _print_results(results)


@load_app.command("neighbours")
def load_neighbours_command(
    file: Path = typer.Argument(..., help="DfE's statistical neighbour list (CSV)."),
    store: str = STORE_OPTION,
) -> None:
    """Load each council's ten statistical neighbours, as DfE publishes them.

    Example: scorecard load neighbours synthetic/published/statistical_neighbours.csv
    """
    from csc_scorecard.ingest.neighbours import load_neighbours
    from csc_scorecard.store import Store

    with _bad_input_exits_2():
        results = load_neighbours(Store(store), file)
    _print_results(results)


@load_app.command("folder")
def load_folder_command(
    directory: Path = typer.Argument(
        ..., help="A council's folder: ssd/ (or ssda903/, cin_census/), population.csv, series/."
    ),
    la_code: str = LA_CODE_OPTION,
    store: str = STORE_OPTION,
) -> None:
    """Load a council's folder (what scorecard synth writes): each format, in the right order.

    The SSD extract when there is one (else the SSDA903 and CIN census returns), then the
    population and the series; what is left out is listed with the reason. A folder without
    case records, or a file that cannot be read, exits 2 (the store keeps what loaded before).

    Example: scorecard load folder synthetic/318 --la-code 318
    """
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.ingest.folder import load_council_folder
    from csc_scorecard.store import Store

    with _bad_input_exits_2(), console.status(f"Loading {directory}") as progress:
        done = load_council_folder(Store(store), directory, la_code, series_ids(),
                                   progress.update)  # fmt: skip
    for note in done.left_out:
        console.print(f"[yellow]Left out:[/] {note}")
    _print_results(done.results)


PATHS_903 = typer.Argument(
    ...,
    help="Folders of 903 CSVs (e.g. ssda903, holding a folder per year such as ssda903/2026),"
    " or the CSV files themselves.",
)


@load_app.command("903")
def load_903_command(
    paths: list[Path] = PATHS_903,
    la_code: str = LA_CODE_OPTION,
    year: int | None = typer.Option(
        None,
        "--year",
        help="Collection year of the return, by the year it ends (2026 for"
        " 2025-26); default: told by the folder or file names, else the episodes' dates.",
    ),
    store: str = STORE_OPTION,
) -> None:
    """Load SSDA903 returns (children looked after): one or several collection years.

    Files are recognised by their columns, not their names. A return's year (all its files')
    is --year, or the folder it is in (ssda903/2026/ or 2025-26/), or its file names
    (episodes_2026.csv), or else the year whose 31 March its episodes reach; dates after that
    year are quarantined. Years load oldest first, so an episode reported in two years becomes
    one, closed by the later year. Bad rows go to quarantine; a file that cannot be read, or
    files of one return named for different years, stop the load with exit code 2 and leave
    the store as it was.

    Example: scorecard load 903 synthetic/318/ssda903 --la-code 318
    """
    from csc_scorecard.ingest.ssda903 import load_903
    from csc_scorecard.store import Store

    target = Store(store)
    with _bad_input_exits_2(), console.status("Reading the 903 files") as progress:
        results = load_903(target, paths, la_code, progress=progress.update, year=year)
    _print_results(results)


@validate_app.command("903")
def validate_903_command(
    paths: list[Path] = PATHS_903,
    ons_code: str | None = typer.Option(
        None,
        "--ons-code",
        help="Nine-character ONS code of the council (e.g. E09000027); default: the one in the"
        " manifest.json of a synthetic council the files belong to.",
    ),
    root: Path = VALIDATORS_ROOT,
) -> None:
    """Show what our loader would quarantine beside what the DfE 903 validator flags.

    The DfE validator (csc-validator-be-903) runs in its own environment under
    ROOT/.validators (default: the current folder), built on first use; if it cannot be built,
    our findings are still shown and the command exits with code 1. Each collection year is
    checked with its own ruleset; a year the validator has no ruleset for (before 2022-23) is
    named with the reason and the others are still checked.

    Example: scorecard validate 903 synthetic/318/ssda903 --ons-code E09000027
    """
    from csc_scorecard.validators.compare903 import dfe_findings, ons_code_beside, our_findings
    from csc_scorecard.validators.isolated import ValidatorError

    with _bad_input_exits_2():
        ons_code = ons_code or ons_code_beside(paths)
        if ons_code is None:
            raise InputError(
                "give the council's nine-character ONS code with --ons-code (e.g. E09000027):"
                " the DfE validator needs it and no manifest.json beside the files names it"
            )
        ours = our_findings(paths)
    try:
        with console.status("Running the DfE 903 validator"):
            run = dfe_findings(paths, ons_code, root)
    except ValidatorError as error:
        _print_findings(ours, [])
        console.print(f"[red]The DfE 903 validator could not be run:[/] {error}")
        raise typer.Exit(1) from error
    _print_findings(ours, run.findings)
    if run.checked:
        console.print(f"DfE validator checked: {', '.join(map(str, run.checked))}")
    for year, why in run.not_checked.items():
        console.print(f"[yellow]DfE validator did not check {year}:[/] {why}")
    if not run.checked:
        raise typer.Exit(1)


def _print_findings(ours: list[Finding], theirs: list[Finding]) -> None:
    """One table: per year, our quarantine by rule, then the DfE validator's findings."""
    table = Table("year", "checked by", "rule", "rows", "example or description")
    for year in sorted({f.year for f in [*ours, *theirs]}):
        for who, findings in (("our loader", ours), ("DfE validator", theirs)):
            for f in sorted((f for f in findings if f.year == year), key=lambda f: f.rule):
                table.add_row(str(year), who, f.rule, f"{f.rows:,}", f.description)
    if not ours and not theirs:
        console.print("No findings: our loader would accept every row.")
    console.print(table)


def _month(text: str | None, option: str) -> date | None:
    """A YYYY-MM option as a date (an ``InputError`` naming the option when it is not one)."""
    from csc_scorecard.errors import month

    if text is None:
        return None
    try:
        return month(text)
    except InputError as error:
        raise InputError(f"{option}: {error}") from error


@app.command()
def compute(
    first: str | None = typer.Option(
        None, "--from", help="First month, YYYY-MM (default: six years before the last)."
    ),
    last: str | None = typer.Option(
        None, "--to", help="Last month, YYYY-MM (default: the latest month with data)."
    ),
    indicators: list[str] = typer.Option(
        [], "--indicator", help="Indicator id (repeatable; default: the whole catalogue)."
    ),
    la_codes: list[str] = typer.Option(
        [],
        "--la-code",
        help="Council (repeatable; default: every council in the store).",
        parser=council_code,
    ),
    store: str = STORE_OPTION,
) -> None:
    """Compute indicators by month and breakdown and store them (indicator_value).

    A month gets a figure only where the loads cover every month it reads (scorecard status
    lists what they cover; docs/indicators.md says what each indicator reads).

    Earlier figures for the same councils, indicators and months are replaced; compute_log
    records the loads they came from. Example: scorecard compute --from 2025-04 --to 2026-03
    """
    from csc_scorecard.indicators.compute import compute as run
    from csc_scorecard.store import Store

    with _bad_input_exits_2(), console.status("Computing") as progress:
        target = Store(store)
        result = run(target, _month(first, "--from"), _month(last, "--to"),
                     indicators, la_codes, progress=lambda m: progress.update(m))  # fmt: skip
    _publish_for_dashboard(target)
    for warning in result.warnings:
        console.print(f"[yellow]Warning:[/] {warning}")
    console.print(
        f"[green]Computed[/] {len(result.indicators)} indicators, {result.first_month:%Y-%m} to"
        f" {result.last_month:%Y-%m}: {result.rows:,} figures in {result.seconds:.1f} s"
        f" (compute {result.compute_id})"
    )


def _publish_for_dashboard(store: object) -> None:
    """Close a DuckDB file store and publish the dashboard's copy of it (``web.dashboard_copy``).

    A running dashboard reads the new copy on its next request; other stores are read by
    the dashboard directly.
    """
    from csc_scorecard.store import Store
    from csc_scorecard.web.dashboard_copy import publish

    assert isinstance(store, Store)
    store.con.disconnect()
    if not Path(store.target).is_file():
        return
    with console.status("Working out every month's pages for the dashboard"):
        copy = publish(store.target)
    console.print(f"[green]Published[/] the dashboard's copy: {copy}")


def _publish_tables_for_dashboard(store: object, names: tuple[str, ...], what: str) -> None:
    """Close a DuckDB file store and give the dashboard's copy its tables ``names`` as now.

    The indicator pages show each published pack's figures, the Forecast page the stored
    forecasts; no summary changes, so the copy is not worked out again
    (``web.snapshot.publish_tables``).
    """
    from csc_scorecard.store import Store
    from csc_scorecard.web.snapshot import publish_tables

    assert isinstance(store, Store)
    tables = {name: store.table(name).execute() for name in names}
    store.con.disconnect()
    if Path(store.target).is_file() and publish_tables(store.target, tables) is not None:
        console.print(f"[green]Published[/] {what} to the dashboard's copy")


def _reason(error: Exception) -> str:
    """An error's message (a KeyError's str() would quote it)."""
    return str(error.args[0]) if error.args else str(error)


def _print_frame(frame: object, title: str) -> None:
    """A data frame as a rich table on standard output."""
    import pandas as pd
    from rich.table import Table

    assert isinstance(frame, pd.DataFrame)
    frame = frame.assign(month=pd.to_datetime(frame["month"]).dt.strftime("%Y-%m"))
    table = Table(*map(str, frame.columns), title=title)
    for row in frame.itertuples(index=False):
        table.add_row(*("" if pd.isna(v) else f"{v:,.1f}" if isinstance(v, float) else str(v)
                        for v in row))  # fmt: skip
    Console(soft_wrap=True).print(table)


@app.command()
def show(
    indicator_id: str = typer.Argument(..., help="Indicator id, e.g. REF3."),
    breakdown: str = typer.Option("all", "--breakdown", help="Breakdown, e.g. age_band."),
    months: int = typer.Option(13, "--months", help="How many recent months."),
    la_code: str | None = typer.Option(
        None, "--la-code", help="Council (if several).", parser=council_code
    ),
    store: str = STORE_OPTION,
) -> None:
    """Show an indicator's recent figures (after scorecard compute).

    Example: scorecard show CLA1 --breakdown legal_status
    """
    from csc_scorecard.indicators.catalogue import indicator
    from csc_scorecard.indicators.show import recent_figures
    from csc_scorecard.store import Store

    with _bad_input_exits_2():
        item = indicator(indicator_id)
        frame = recent_figures(Store(store), indicator_id, la_code, months, breakdown)
    _print_frame(frame, f"{item.id} {item.title} ({item.unit})")


@app.command()
def records(
    indicator_id: str = typer.Argument(..., help="Indicator id, e.g. CPP1."),
    month: str = typer.Argument(..., help="Month, YYYY-MM."),
    la_code: str = typer.Option(..., "--la-code", help="Council.", parser=council_code),
    breakdown: str | None = typer.Option(
        None, "--breakdown", help="NAME=VALUE, e.g. age_band=10-15."
    ),
    store: str = STORE_OPTION,
) -> None:
    """List the children and records behind a figure (numerator and denominator flags).

    Example: scorecard records CPP1 2026-03 --la-code 318 --breakdown category=NEG
    """
    from csc_scorecard.indicators.records import records as behind
    from csc_scorecard.store import Store

    chosen = None
    if breakdown:
        name, _, value = breakdown.partition("=")
        chosen = (name, value)
    with _bad_input_exits_2():
        when = _month(month, "MONTH")
        assert when is not None
        frame = behind(Store(store), indicator_id, when, la_code, chosen)
    _print_frame(frame, f"{indicator_id} {month}: {len(frame):,} records,"
                 f" numerator {frame.numerator.sum():,.0f},"
                 f" denominator {frame.denominator.sum():,.0f}")  # fmt: skip


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
def status(store: str = STORE_OPTION) -> None:
    """Show what is loaded: rows, date ranges, months each load covers, quarantine by rule.

    Figures are published only for the months the loads cover.

    Example: scorecard status --store scorecard.duckdb
    """
    from csc_scorecard.status import print_status
    from csc_scorecard.store import Store

    print_status(Store(store))


@app.command()
def pack(
    month: str | None = typer.Option(
        None, "--month", help="Month, YYYY-MM (default: the latest computed)."
    ),
    out: Path = typer.Option(Path("out/pack"), "--out", help="Folder to write the pack into."),
    formats: list[str] = typer.Option(
        ["html,pdf,xlsx"], "--format", help="html, pdf, xlsx: repeat or separate with commas."
    ),
    la_code: str | None = typer.Option(
        None, "--la-code", help="Council (if several).", parser=council_code
    ),
    council: str | None = typer.Option(None, "--council", help="Council name for the cover."),
    config: Path | None = typer.Option(
        None, "--config", help="Targets file (default: the targets shipped with the package)."
    ),
    commentary: Path | None = typer.Option(
        None, "--commentary", help="Analyst commentary, YAML or CSV."
    ),
    app_db: str | None = typer.Option(
        None, "--app-db", help="The dashboard's database URL: include its commentary."
    ),
    as_published: str | None = typer.Option(
        None,
        "--as-published",
        help="Rebuild the pack published for this month (YYYY-MM)"
        " from its record, whatever has been loaded or computed since.",
    ),
    revision_threshold: float = typer.Option(
        0.10,
        "--revision-threshold",
        help="Call out on page one a revision larger than this share of the figure.",
    ),
    publish_requested: bool = typer.Option(
        False,
        "--publish-requested",
        help="Write and record every pack marked as published on the dashboard and not yet"
        " written (needs --app-db); each request then shows the pack and its files' SHA-256.",
    ),
    store: str = STORE_OPTION,
) -> None:
    """Write the month's pack as HTML, PDF and Excel, with disclosure control, and record it.

    Every pack written is recorded as published, and its figures that changed since the last
    published pack are marked R and listed under Revisions.

    Page one the scorecard and what needs attention, the monthly and early help datasets, the
    performance overview, the glossary, the residential and section 20 briefings and data
    quality.

    Example: scorecard pack --month 2026-03 --out out/pack
    """
    from csc_scorecard.publish.assemble import latest_month
    from csc_scorecard.publish.write import write_pack
    from csc_scorecard.store import Store

    target = Store(store)
    chosen = [f.strip() for given in formats for f in given.split(",") if f.strip()]
    if as_published:
        _as_published(target, la_code, as_published, out, chosen)
        return

    def settings_for(code: str, when: date) -> AnalysisConfig:
        return _pack_settings(config, commentary, app_db, code, when)

    if publish_requested:
        with _bad_input_exits_2():
            if not app_db or month:
                raise ValueError("--publish-requested needs --app-db (the dashboard's"
                                 " database) and takes the months from its requests, not"
                                 " --month")  # fmt: skip
        failed = _publish_requested(target, app_db, out, chosen, settings_for, council,
                                    revision_threshold)  # fmt: skip
        _publish_packs_for_dashboard(target)
        if failed:
            raise typer.Exit(2)
        return
    with _bad_input_exits_2():
        code = la_code or _only_council(target)
        when = _month(month, "--month") or latest_month(target, code)
        with console.status(f"Writing the {when:%B %Y} pack"):
            _, paths = write_pack(target, code, when, out, settings_for(code, when), chosen,
                                  council, revision_threshold)  # fmt: skip
    for path in paths:
        console.print(f"[green]Wrote[/] {path}")
    _publish_packs_for_dashboard(target)


def _publish_packs_for_dashboard(store: object) -> None:
    """Give the dashboard's copy the published packs' records as now (after writing packs)."""
    from csc_scorecard.web.snapshot import PACK_TABLES

    _publish_tables_for_dashboard(store, PACK_TABLES, "the pack's figures")


def _pack_settings(config: Path | None, commentary: Path | None, app_db: str | None,
                   la_code: str, month: date) -> AnalysisConfig:  # fmt: skip
    """The analysis configuration a pack is written with.

    The targets file, the commentary (a file and the dashboard's) and the recalculation points
    analysts recorded on the dashboard.
    """
    from csc_scorecard.analysis.commentary import Commentary, load_commentary
    from csc_scorecard.analysis.config import load_config

    written = [load_commentary(commentary)] if commentary else []
    if app_db:
        from csc_scorecard.web.commentary import dashboard_commentary

        written.append(dashboard_commentary(app_db, la_code, month))
    notes = Commentary(tuple(c for n in written for c in n.comments)) if written else None
    settings = load_config(config, notes)
    if app_db:  # recalculation points analysts recorded on the dashboard
        from csc_scorecard.web.recalculations import decisions_for

        settings = settings.with_decisions(decisions_for(app_db))
    return settings


def _publish_requested(store: object, app_db: str, out: Path, formats: list[str],
                       settings_for: Callable[[str, date], AnalysisConfig], council: str | None,
                       threshold: float) -> int:  # fmt: skip
    """``scorecard pack --publish-requested``: the packs marked as published on the dashboard.

    Each pending request's pack is written and recorded as ``scorecard pack`` does, then the
    request is marked published with the pack and its files' SHA-256. Returns how many could
    not be (they stay pending, each with the reason printed).
    """
    from csc_scorecard.publish.record import find_pack
    from csc_scorecard.publish.write import write_pack
    from csc_scorecard.store import Store, file_sha256
    from csc_scorecard.web import publishing

    assert isinstance(store, Store)
    asked = publishing.pending(app_db)
    if not asked:
        console.print("No pack is waiting to be published.")
    failed = 0
    for request_id, code, when in asked:
        try:
            with console.status(f"Writing the {when:%B %Y} pack for council {code}"):
                _, paths = write_pack(store, code, when, out, settings_for(code, when),
                                      formats, council, threshold)  # fmt: skip
        except (InputError, LookupError, ValueError, OSError) as error:
            console.print(f"[red]Not published:[/] request {request_id} (council {code},"
                          f" {when:%Y-%m}): {_reason(error)}; it stays pending")  # fmt: skip
            failed += 1
            continue
        pack_id = find_pack(store, code, when)
        assert pack_id is not None  # write_pack has just recorded it
        publishing.published(app_db, request_id, pack_id, {p.name: file_sha256(p) for p in paths})
        for path in paths:
            console.print(f"[green]Wrote[/] {path}")
        console.print(f"[green]Published[/] request {request_id}: pack {pack_id}"
                      f" (council {code}, {when:%B %Y})")  # fmt: skip
    return failed


def _as_published(store: object, la_code: str | None, month: str, out: Path,
                  formats: list[str]) -> None:  # fmt: skip
    """``scorecard pack --as-published``: rebuild a recorded pack and say which files match."""
    from csc_scorecard.publish.write import write_as_published
    from csc_scorecard.store import Store, file_sha256

    assert isinstance(store, Store)
    with _bad_input_exits_2():
        code = la_code or _only_council(store)
        when = _month(month, "--as-published")
        assert when is not None
        _, paths, record = write_as_published(store, code, when, out, formats)
    for path in paths:
        published = record.files.get(path.name)
        if published is None:
            how = f"figures as published; the pack was not published as {path.suffix}"
        elif published == file_sha256(path):
            how = "identical to the published file"
        else:
            how = "figures as published; bytes differ"
        console.print(f"[green]Wrote[/] {path} (pack {record.pack_id}: {how})")


@app.command()
def summary(
    month: str | None = typer.Option(
        None, "--month", help="Month, YYYY-MM (default: the latest computed)."
    ),
    la_code: str | None = typer.Option(None, "--la-code", help="Council (if several)."),
    as_json: bool = typer.Option(False, "--json", help="JSON for scripts and Power BI."),
    unsuppressed: bool = typer.Option(
        False, "--unsuppressed", help="Figures as computed, without disclosure control (analysts)."
    ),
    config: Path | None = typer.Option(
        None, "--config", help="Targets file (default: the shipped one)."
    ),
    commentary: Path | None = typer.Option(
        None, "--commentary", help="Analyst commentary, YAML or CSV."
    ),
    store: str = STORE_OPTION,
) -> None:
    """Print the pack's first page: every indicator's latest reading and what needs attention.

    Figures are suppressed exactly as in the published pack (a count of 1 to 5 children, or
    one that would give such a count away, shows as "c" and its value is null in the JSON);
    --unsuppressed shows them as computed, for analysts, and must not be published. The JSON
    lists every indicator with id, title, value, variation, assurance, rag and attention
    (true or false), the attention order and the variation x assurance matrix.

    Example: scorecard summary --month 2026-11 --json > summary.json
    """
    from csc_scorecard.analysis.commentary import load_commentary
    from csc_scorecard.analysis.config import load_config
    from csc_scorecard.publish.assemble import latest_month, summary_page
    from csc_scorecard.publish.summary_text import print_summary
    from csc_scorecard.store import Store

    target = Store(store)
    try:
        code = la_code or _only_council(target)
        when = _month(month, "--month") or latest_month(target, code)
        settings = load_config(config, load_commentary(commentary) if commentary else None)
        card = summary_page(target, code, when, settings, unsuppressed)
    except (KeyError, ValueError, LookupError, OSError) as error:
        console.print(f"[red]Error:[/] {_reason(error)}")
        raise typer.Exit(2) from error
    if as_json:
        typer.echo(json.dumps(card.as_json(), indent=2))
    else:
        print_summary(card, Console(soft_wrap=False))


@app.command()
def revisions(
    since: str | None = typer.Option(
        None,
        "--since",
        help="Pack id, or YYYY-MM for the last pack published for that month"
        " (default: the last pack published).",
    ),
    indicator: str | None = typer.Option(None, "--indicator", help="Only this indicator."),
    month: str | None = typer.Option(
        None, "--month", help="Month of the pack to be, YYYY-MM (default: the latest computed)."
    ),
    la_code: str | None = typer.Option(
        None, "--la-code", help="Council (if several).", parser=council_code
    ),
    threshold: float = typer.Option(
        0.10, "--revision-threshold", help="A revision larger than this share is large."
    ),
    store: str = STORE_OPTION,
) -> None:
    """Print the figures that changed since a published pack, as the next pack would list them.

    Figures are compared as printed, after disclosure control: a suppressed figure shows "c"
    and its change is not printed. Example: scorecard revisions --since 2026-10 --indicator CLA1
    """
    from csc_scorecard.publish.assemble import latest_month
    from csc_scorecard.publish.revisions import revisions_now
    from csc_scorecard.store import Store

    target = Store(store)
    with _bad_input_exits_2():
        code = la_code or _only_council(target)
        when = _month(month, "--month") or latest_month(target, code)
        pack_id = int(since) if since and since.isdigit() else None
        found = revisions_now(target, code, when, pack_id, _month(since, "--since")
                              if since and pack_id is None else None, threshold)  # fmt: skip
    rows = [r for r in found.rows if indicator is None or r.indicator_id == indicator]
    table = Table("Indicator", "Breakdown", "Month", "Was", "Now", "Change", "Large", "Loads",
                  title=f"Revisions since pack {found.against_pack}"
                  f" ({found.against_month:%B %Y}): {len(rows)} figures")  # fmt: skip
    for r in rows:
        table.add_row(r.indicator_id, r.where, f"{r.month:%Y-%m}", r.was, r.now, r.change,
                      "yes" if r.large else "", "; ".join(r.loads))  # fmt: skip
    Console(soft_wrap=True).print(table)


@app.command()
def unload(
    load_id: int = typer.Argument(..., help="The load to take out (scorecard status lists them)."),
    store: str = STORE_OPTION,
) -> None:
    """Take one load out: its rows and quarantine, restoring what it replaced; then recompute.

    A corrected file's earlier version, and records it merged into, come back as they were.
    Refused (exit 2) when a later load has since replaced or merged into this load's records:
    unload those first. Example: scorecard unload 7
    """
    from csc_scorecard.store import Store
    from csc_scorecard.unload import unload as run

    with _bad_input_exits_2(), console.status(f"Unloading load {load_id}"):
        target = Store(store)
        result = run(target, load_id)
    if result.recomputed:
        _publish_for_dashboard(target)
    console.print(
        f"[green]Unloaded[/] load {result.load_id} ({result.file}): {result.rows_removed:,} rows"
        f" removed, {result.rows_restored:,} restored; recomputed"
        f" {', '.join(map(str, result.recomputed)) or 'nothing'}"
    )


def _only_council(store: object) -> str:
    """The store's one council, or an error asking for --la-code."""
    from csc_scorecard.store import Store

    assert isinstance(store, Store)
    codes = sorted(store.table("person").la_code.execute().unique())
    if len(codes) != 1:
        raise ValueError(f"the store holds {len(codes)} councils ({', '.join(codes)}):"
                         " name one with --la-code")  # fmt: skip
    return str(codes[0])


DEMO_NEIGHBOURS = 4
"""Synthetic councils the demo simulates beside its own, for benchmarking."""


@app.command()
def demo(
    out: Path = typer.Option(Path("out"), "--out", help="Folder for the demo's files."),
    seed: int = typer.Option(1, "--seed", help="Seed of the synthetic council."),
    children: int = typer.Option(50_000, "--children", help="0-17 population of the council."),
) -> None:
    """Generate the synthetic council, load it, compute every indicator and report.

    Example: scorecard demo --out out (--children 2000 for a quick look)
    """
    from csc_scorecard.analysis.config import load_config
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.indicators.compute import compute as run
    from csc_scorecard.ingest.benchmarks import load_benchmarks
    from csc_scorecard.ingest.folder import load_council_folder
    from csc_scorecard.ingest.neighbours import load_neighbours
    from csc_scorecard.publish.dfe_release import publish_synthetic
    from csc_scorecard.publish.write import write_pack
    from csc_scorecard.status import print_status
    from csc_scorecard.store import Store
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    with console.status("Simulating the synthetic council") as progress:
        (folder,) = synthesise(
            out / "synthetic",
            SynthOptions(seed=seed, children=children),
            lambda m: progress.update(m),
        )
    store_path = out / "scorecard.duckdb"
    store_path.unlink(missing_ok=True)
    store = Store(str(store_path))
    with console.status("Loading the SSD extract"):
        load_council_folder(store, folder, folder.name, series_ids())
    print_status(store)
    with console.status("Computing the indicators") as progress:
        result = run(store, progress=lambda m: progress.update(m))
    console.print(
        f"[green]Computed[/] {len(result.indicators)} indicators, {result.first_month:%Y-%m} to"
        f" {result.last_month:%Y-%m}: {result.rows:,} figures in {result.seconds:.1f} s"
    )
    with console.status("Simulating statistical neighbours") as progress:
        # councils 901-904, a tenth of the demo council's size (0.4 to 2.2 times that): the
        # first council of this run would be 318 again, so it is left out
        neighbours = synthesise(out / "neighbours", SynthOptions(
            seed=seed, children=max(children // 10, 2000), councils=DEMO_NEIGHBOURS + 1),
            lambda m: progress.update(m))[1:]  # fmt: skip
        published = publish_synthetic(neighbours, out / "synthetic" / "published",
                                      lambda m: progress.update(m), computed=[store])  # fmt: skip
    with console.status("Loading the published statistics"):
        _print_results(load_benchmarks(store, published[:-1]))
        _print_results(load_neighbours(store, published[-1]))
    with console.status(f"Writing the {result.last_month:%B %Y} pack"):
        name = f"Synthetic council {folder.name}"
        _, paths = write_pack(store, folder.name, result.last_month, out / "pack",
                              load_config(), council=name)  # fmt: skip
    _publish_for_dashboard(store)
    for path in paths:
        console.print(f"[green]Pack:[/] {path}")
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


@app.command()
def sql(
    indicator_id: str = typer.Argument(..., help="Indicator id, e.g. CPP1."),
    dialect: str = typer.Option(
        "mssql", "--dialect", help="SQL dialect: mssql, postgres, duckdb or spark."
    ),
    first: str | None = typer.Option(
        None, "--from", help="First month, YYYY-MM (default: 71 months before --to)."
    ),
    last: str | None = typer.Option(
        None, "--to", help="Last month, YYYY-MM (default: last month)."
    ),
    inputs: Path | None = typer.Option(
        None, "--inputs", help="Folder to write the month spine and calendar into (CSV)."
    ),
) -> None:
    """Print an indicator's SQL, to run in a council's own warehouse (the SSD's SQL Server).

    The query reads the canonical tables and four small inputs: scorecard_month_spine,
    scorecard_calendar (--inputs writes both), scorecard_population and scorecard_councils.
    Example: scorecard sql CPP1 --dialect mssql --inputs sql-inputs
    """
    from csc_scorecard.calendar import month_index, month_of
    from csc_scorecard.indicators.catalogue import indicator
    from csc_scorecard.indicators.sql import calendar_inputs, indicator_sql

    with _bad_input_exits_2():
        to = _month(last, "--to") or month_of(month_index(date.today()) - 1)
        start = _month(first, "--from") or month_of(month_index(to) - 71)
        text = indicator_sql(indicator(indicator_id), dialect, start, to)
    if inputs is not None:
        inputs.mkdir(parents=True, exist_ok=True)
        for name, frame in calendar_inputs(start, to).items():
            frame.to_csv(inputs / f"{name}.csv", index=False)
    print(text)


@app.command()
def compare(
    indicator_id: str = typer.Argument(..., help="Indicator id, e.g. REF3."),
    la_code: str = typer.Option(..., "--la-code", help="Council.", parser=council_code),
    month: str | None = typer.Option(None, "--month", help="One month, YYYY-MM."),
    config: Path | None = typer.Option(
        None, "--config", help="Neighbours and regions, YAML (default: the shipped file)."
    ),
    store: str = STORE_OPTION,
) -> None:
    """Compare a council with its statistical neighbours and its region, month by month.

    Groups are the sum of numerators over the sum of denominators; counts are the mean per
    council. Example: scorecard compare REF3 --la-code 318 --month 2026-03
    """
    import pandas as pd

    from csc_scorecard.indicators.catalogue import indicator
    from csc_scorecard.indicators.compare import Groups
    from csc_scorecard.indicators.compare import compare as run
    from csc_scorecard.store import Store

    with _bad_input_exits_2():
        item = indicator(indicator_id)
        groups = Groups.read(config) if config else Groups.read()
        frame = run(Store(store), item.id, la_code, groups, _month(month, "--month"))
    region = frame["region_name"].iloc[0]
    table = Table(title=f"{item.id} {item.title} ({item.unit}): {la_code}, neighbours, {region}")
    for column in ("Month", la_code, "Neighbours", "(councils)", region, "(councils)"):
        table.add_column(column, justify="right")
    for row in frame.to_dict("records"):
        counts = ["" if pd.isna(row[c]) else f"{row[c]:.0f}"
                  for c in ("neighbours_councils", "region_councils")]  # fmt: skip
        values = ["" if pd.isna(row[c]) else f"{row[c]:,.1f}"
                  for c in ("council", "neighbours", "region")]  # fmt: skip
        table.add_row(f"{row['month']:%Y-%m}", values[0], values[1], counts[0], values[2],
                      counts[1])  # fmt: skip
    console.print(table)


@app.command()
def forecast(
    measures: list[str] = typer.Option(
        [], "--measure", help="CLA, CPP or CIN (repeatable; default: all three)."
    ),
    by: str = typer.Option("placement", "--by", help="Breakdown shown: placement or age."),
    horizon: int | None = typer.Option(None, "--horizon", help="Months ahead (default 24)."),
    reference_months: int | None = typer.Option(
        None, "--reference-months", help="Months the rates are learnt from (default 24)."
    ),
    paths: int | None = typer.Option(None, "--paths", help="Simulated paths (default 1,000)."),
    seed: int | None = typer.Option(None, "--seed", help="Seed: the same seed, the same paths."),
    scenarios: list[str] = typer.Option(
        [],
        "--scenario",
        help="A scenario (the config's or the dashboard's) to forecast beside the base"
        " (repeatable).",
    ),
    app_db: str = typer.Option(
        web_cli.APP_DB_DEFAULT,
        "--app-db",
        help="The dashboard's database URL, for the scenarios analysts keep there (read only"
        " if the file exists).",
    ),
    with_backtest: bool = typer.Option(
        False, "--backtest", help="Backtest every model first (rolling origin; minutes)."
    ),
    step: int = typer.Option(1, "--backtest-step", help="Backtest every Nth month as origin."),
    config: Path | None = typer.Option(
        None, "--config", help="Forecast settings, unit costs and scenarios (YAML)."
    ),
    la_code: str | None = typer.Option(
        None, "--la-code", help="Council (if several).", parser=council_code
    ),
    store: str = STORE_OPTION,
) -> None:
    """Forecast children looked after, on a plan and in need, with intervals, cost, scenarios.

    Stores the forecast (forecast_value) and, with --backtest, each model's accuracy
    (forecast_accuracy, forecast_backtest) and the least MASE chance allows (forecast_floor)
    for the pack, the dashboard and docs/forecast.md.
    Scenarios come from --config and from the dashboard (--app-db); the dashboard's win.
    Example: scorecard forecast --measure CLA --backtest --scenario "UASC arrivals +20%"
    """
    from dataclasses import replace

    from csc_scorecard.errors import one_of
    from csc_scorecard.forecast.config import load_forecast_config, with_options
    from csc_scorecard.forecast.history import MEASURES
    from csc_scorecard.forecast.run import run_forecast
    from csc_scorecard.store import Store

    with _bad_input_exits_2():
        chosen = [one_of(m, MEASURES, "measure") for m in measures] or list(MEASURES)
        breakdown = {"placement": "placement", "age": "age_band"}[
            one_of(by, ("placement", "age"), "breakdown")
        ]
        settings = with_options(load_forecast_config(config), horizon, reference_months, paths,
                                seed)  # fmt: skip
        if step < 1:
            raise InputError(f"--backtest-step: {step} is not a whole number of 1 or more")
        target = Store(store)
        code = la_code or _only_council(target)
        if scenarios:
            from csc_scorecard.web.scenarios import dashboard_scenarios

            known = {**settings.scenarios, **dashboard_scenarios(app_db, code)}
            settings = replace(settings, scenarios=known)
        named = tuple(one_of(s, settings.scenarios, "scenario") for s in scenarios)
        for measure in chosen:
            with console.status(f"Forecasting {measure}"):
                run = run_forecast(target, code, measure, settings, named, with_backtest, step)
            _print_forecast(run, measure, breakdown, named)
    from csc_scorecard.web.snapshot import FORECAST_TABLES

    _publish_tables_for_dashboard(target, FORECAST_TABLES, "the forecast")


def _print_forecast(run: object, measure: str, breakdown: str, scenarios: tuple[str, ...]) -> None:
    """The forecast's headline months, its breakdown, spend, scenarios and accuracy."""
    from csc_scorecard.forecast.report import accuracy_table, chosen_model, floor_sentence, headline
    from csc_scorecard.forecast.run import ForecastRun

    assert isinstance(run, ForecastRun)
    out = Console(soft_wrap=True)
    model = chosen_model(run.accuracy, measure)
    parts = [(f"{measure} forecast from {run.origin:%B %Y} ({model})", "all", "base")]
    if measure == "CLA" or breakdown == "age_band":
        parts.append((f"{measure} by {breakdown.replace('_', ' ')}", breakdown, "base"))
    if measure == "CLA":
        parts.append(("Spend on placements (pounds)", "spend", "base"))
    parts += [(f"{measure}: scenario {s}", "all", s) for s in scenarios]
    for title, name, scenario in parts:
        frame = headline(run.values, run.accuracy, measure, name, scenario)
        table = Table("", "Month", "Forecast", "80% interval", "95% interval", title=title)
        for row in frame.itertuples(index=False):
            table.add_row(str(row.breakdown_value), f"{row.month:%Y-%m}", f"{row.mean:,.0f}",
                          f"{row.lower_80:,.0f} to {row.upper_80:,.0f}",
                          f"{row.lower_95:,.0f} to {row.upper_95:,.0f}")  # fmt: skip
        out.print(table)
    scores = accuracy_table(run.accuracy, measure)
    if scores.empty:
        out.print("No backtest yet: run with --backtest to measure each model's accuracy.")
        return
    table = Table(Column("Model", min_width=14), "Months ahead", "Origins", "MASE", "MAPE %",
                  "80% covered", "95% covered", "Chosen", title=f"{measure} backtest")  # fmt: skip
    for row in scores.itertuples(index=False):
        table.add_row(str(row.model), str(row.horizon), str(row.origins), f"{row.mase:.2f}",
                      f"{row.mape:.1f}", f"{row.coverage_80:.0%}", f"{row.coverage_95:.0%}",
                      "yes" if row.chosen else "")  # fmt: skip
    out.print(table)
    floor = floor_sentence(run.floor, measure)
    if floor:
        out.print(floor)


def main() -> None:
    """Entry point for ``python -m csc_scorecard``."""
    app()
