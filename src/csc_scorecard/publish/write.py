"""``scorecard pack``: write one month's pack in the formats asked for, and record it.

Every pack written is recorded as published (``publish.record``) and compared with the last
published pack (``publish.revisions``); ``--as-published`` rebuilds a recorded pack instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from csc_scorecard.analysis.config import AnalysisConfig
from csc_scorecard.publish.assemble import AssembledPack, assemble, current_sources
from csc_scorecard.publish.excel import write_excel
from csc_scorecard.publish.html import render_html
from csc_scorecard.publish.model import PackData
from csc_scorecard.publish.pdf import write_pdf
from csc_scorecard.publish.record import (
    Published,
    PublishedPack,
    figure_table,
    find_pack,
    loads_behind,
    read_pack,
    record_pack,
    series_store,
)
from csc_scorecard.publish.revisions import DEFAULT_THRESHOLD, against, mark
from csc_scorecard.store import Store

FORMATS = ("html", "pdf", "xlsx")


def _check(formats: Sequence[str]) -> None:
    """Formats a pack can be written in, before anything is written or recorded."""
    if not formats:
        raise ValueError(f"no format chosen; choose from {', '.join(FORMATS)}")
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(
            f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}"
        )


def _write(data: PackData, out: Path, formats: Sequence[str]) -> list[Path]:
    """The pack's files, ``pack-<la_code>-<YYYY-MM>.<format>`` in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"pack-{data.la_code}-{data.month:%Y-%m}"
    paths: list[Path] = []
    html = render_html(data) if {"html", "pdf"} & set(formats) else ""
    if "html" in formats:
        path = stem.with_suffix(".html")
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    if "pdf" in formats:
        paths.append(write_pdf(html, stem.with_suffix(".pdf")))
    if "xlsx" in formats:
        paths.append(write_excel(data, stem.with_suffix(".xlsx")))
    return paths


def _with_revisions(store: Store, pack: AssembledPack, published: Published,
                    before: int | None) -> AssembledPack:  # fmt: skip
    previous = find_pack(store, pack.data.la_code, before=before)
    if previous is None:
        return pack
    return mark(pack, against(read_pack(store, previous), published, pack.data.month))


def write_pack(store: Store, la_code: str, month: date, out: Path, config: AnalysisConfig,
               formats: Sequence[str] = FORMATS, council: str | None = None,
               threshold: float = DEFAULT_THRESHOLD
               ) -> tuple[AssembledPack, list[Path]]:  # fmt: skip
    """Assemble the pack, mark its revisions, write it to ``out`` and record it as published."""
    _check(formats)
    sources = current_sources(store, la_code, month)
    pack = assemble(store, la_code, month, config, council, sources)
    figures = figure_table(sources.figures.unsuppressed, sources.figures.published)
    published = Published(sources, figures, loads_behind(store, la_code), threshold)
    pack = _with_revisions(store, pack, published, None)
    paths = _write(pack.data, out, formats)
    record_pack(store, pack, config, published, paths)
    return pack, paths


def write_as_published(store: Store, la_code: str, month: date, out: Path,
                       formats: Sequence[str] = FORMATS
                       ) -> tuple[AssembledPack, list[Path], PublishedPack]:  # fmt: skip
    """Rebuild the last pack published for ``month`` from its record alone, and write it."""
    _check(formats)
    pack_id = find_pack(store, la_code, month)
    if pack_id is None:
        raise LookupError(f"no pack was published for {month:%Y-%m} (council {la_code})")
    record = read_pack(store, pack_id)
    pack = assemble(series_store(record), la_code, month, record.config, record.council,
                    record.published.sources)  # fmt: skip
    pack = _with_revisions(store, pack, record.published, pack_id)
    return pack, _write(pack.data, out, formats), record
