"""``scorecard summary`` on a terminal: the pack's first page as text tables.

The same ``Scorecard`` as the pack and the dashboard, so the rows, the matrix and the order of
"What needs attention" are the same; only the drawing differs (words instead of icons).
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from csc_scorecard.analysis.units import format_figure
from csc_scorecard.publish.icons import assurance_words, variation_words
from csc_scorecard.publish.scorecard import ASSURANCES, Scorecard


def print_summary(card: Scorecard, out: Console) -> None:
    """The matrix, every indicator, then what needs attention, most severe first."""
    heading = f"Council {card.la_code}, {card.month:%B %Y}"
    if not card.suppressed:
        heading += " (unsuppressed: not for publication)"
    out.print(f"[bold]Scorecard: {heading}[/]")
    matrix = Table(title="Indicators by variation and assurance", title_justify="left")
    matrix.add_column("Variation")
    for assurance in ASSURANCES:
        matrix.add_column(assurance_words(assurance), justify="right")
    for variation, counts in card.matrix():
        matrix.add_row(variation_words(variation), *[str(n) for n in counts])
    out.print(matrix)
    rows = Table(title="Every indicator", title_justify="left")
    for name in ("Indicator", "Latest", "Variation", "Assurance", "RAG", "Target", "England",
                 "Attention"):  # fmt: skip
        rows.add_column(
            name, justify="right" if name in ("Latest", "Target", "England") else "left"
        )
    for row in card.rows:
        s, item = row.summary, row.summary.indicator
        rows.add_row(
            f"{item.id} {item.title}", row.shown, variation_words(s.variation, row.side),
            assurance_words(s.assurance), s.rag or "-", format_figure(s.target, item.unit),
            format_figure(s.england, item.unit), "yes" if row.attention else "",
        )  # fmt: skip
    out.print(rows)
    out.print(f"[bold]What needs attention[/] ({len(card.attention)} of {len(card.rows)})")
    for number, row in enumerate(card.attention, start=1):
        item = row.summary.indicator
        out.print(
            f"{number}. [bold]{item.id} {item.title}[/]: {row.shown} ({'; '.join(row.reasons)})"
        )
        for sentence in row.sentences:
            out.print(f"   {sentence}")
        for text in row.summary.commentary:
            out.print(f"   Commentary: {text}", markup=False)
