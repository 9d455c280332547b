"""``scorecard pack``: write one month's pack in the formats asked for."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from csc_scorecard.analysis.config import AnalysisConfig
from csc_scorecard.publish.assemble import AssembledPack, assemble
from csc_scorecard.publish.excel import write_excel
from csc_scorecard.publish.html import render_html
from csc_scorecard.publish.pdf import write_pdf
from csc_scorecard.store import Store

FORMATS = ("html", "pdf", "xlsx")


def write_pack(store: Store, la_code: str, month: date, out: Path, config: AnalysisConfig,
               formats: Sequence[str] = FORMATS, council: str | None = None
               ) -> tuple[AssembledPack, list[Path]]:  # fmt: skip
    """Assemble the pack and write it to ``out`` as ``pack-<la_code>-<YYYY-MM>.<format>``."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(
            f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}"
        )
    pack = assemble(store, la_code, month, config, council)
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"pack-{la_code}-{month:%Y-%m}"
    paths: list[Path] = []
    html = render_html(pack.data) if {"html", "pdf"} & set(formats) else ""
    if "html" in formats:
        path = stem.with_suffix(".html")
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    if "pdf" in formats:
        paths.append(write_pdf(html, stem.with_suffix(".pdf")))
    if "xlsx" in formats:
        paths.append(write_excel(pack.data, stem.with_suffix(".xlsx")))
    return pack, paths
