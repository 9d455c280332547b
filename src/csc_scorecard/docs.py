"""Pages in ``docs/`` that are generated from code, so they are never edited by hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from csc_scorecard.forecast.docs import forecast_markdown
from csc_scorecard.indicators.glossary import indicators_markdown
from csc_scorecard.ingest.annex_a_docs import annex_a_mapping_markdown
from csc_scorecard.ingest.cin_docs import cin_mapping_markdown
from csc_scorecard.ingest.ssda903_docs import ssda903_mapping_markdown
from csc_scorecard.model.dictionary import data_dictionary_markdown
from csc_scorecard.model.ssd import ssd_mapping_markdown
from csc_scorecard.publish.benchmarks_docs import benchmarks_markdown

GENERATED_PAGES: dict[str, Callable[[], str]] = {
    "data-dictionary.md": data_dictionary_markdown,
    "ssd-mapping.md": ssd_mapping_markdown,
    "cin-mapping.md": cin_mapping_markdown,
    "903-mapping.md": ssda903_mapping_markdown,
    "indicators.md": indicators_markdown,
    "annex-a-mapping.md": annex_a_mapping_markdown,
    "forecast.md": forecast_markdown,
    "benchmarks.md": benchmarks_markdown,
}


def write_generated_pages(out: Path) -> list[Path]:
    """Write every generated page into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, render in GENERATED_PAGES.items():
        path = out / name
        path.write_text(render(), encoding="utf-8")
        paths.append(path)
    return paths
