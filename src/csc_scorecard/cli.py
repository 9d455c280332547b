"""The ``scorecard`` command line: thin commands over library calls."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="csc-scorecard: the children's social care monthly performance pack from the DfE returns.",
    no_args_is_help=True,
    add_completion=False,
)

STORE_OPTION = typer.Option(
    "scorecard.duckdb", "--store", help="DuckDB file path or any ibis URL (postgres://...)."
)


@app.command()
def status(store: str = STORE_OPTION) -> None:
    """Show what is loaded: rows per table, date ranges and quarantined rows by rule.

    Example: scorecard status --store scorecard.duckdb
    """
    from csc_scorecard.status import print_status
    from csc_scorecard.store import Store

    print_status(Store(store))


def main() -> None:
    """Entry point for ``python -m csc_scorecard``."""
    app()
