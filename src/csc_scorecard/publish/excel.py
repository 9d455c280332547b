"""The pack as an Excel workbook: one sheet per appendix, real numbers, frozen headers.

Numbers are written as numbers with a display format (a percentage is 23.4 shown as 23.4%),
never as text or pictures, so analysts can sort, filter and chart them; a suppressed figure is
the text "c". RAG cells are coloured by conditional formatting on their text, so the colour
always matches the word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from csc_scorecard.analysis.units import SUPPRESSED
from csc_scorecard.forecast.briefing import ForecastBriefing, children_shown
from csc_scorecard.indicators.definition import UNIT_WORDS
from csc_scorecard.publish.icons import assurance_words, variation_words
from csc_scorecard.publish.labels import label
from csc_scorecard.publish.model import IndicatorPage, PackData
from csc_scorecard.publish.scorecard import Scorecard

NUMBER_FORMATS = {"count": "#,##0", "percent": '0.0"%"', "rate": "#,##0.0", "days": "0.0",
                  "number": "0.0"}  # fmt: skip
RAG_FILLS = {"green": "#cce2d8", "amber": "#fff7bf", "red": "#f4cdc6"}


class _Book:
    """The workbook with its formats, so each sheet writer stays short."""

    def __init__(self, path: Path) -> None:
        self.book = xlsxwriter.Workbook(str(path))
        self.header = self.book.add_format({"bold": True, "bottom": 2, "text_wrap": True,
                                            "valign": "top"})  # fmt: skip
        self.wrap = self.book.add_format({"text_wrap": True, "valign": "top"})
        self.numbers = {u: self.book.add_format({"num_format": f}) for u, f in
                        NUMBER_FORMATS.items()}  # fmt: skip
        self.right = self.book.add_format({"align": "right"})
        self.date = self.book.add_format({"num_format": "dd mmm yyyy"})
        self.rag = {r: self.book.add_format({"bg_color": c}) for r, c in RAG_FILLS.items()}

    def sheet(self, name: str, headings: list[str], widths: list[int]) -> Worksheet:
        """A sheet with a bold, frozen header row and column widths."""
        sheet = self.book.add_worksheet(name)
        sheet.write_row(0, 0, headings, self.header)
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)
        sheet.freeze_panes(1, 0)
        return sheet

    def figure(self, sheet: Worksheet, row: int, column: int, value: float | None, unit: str,
               suppressed: bool) -> None:  # fmt: skip
        """A figure: the number with its format, "c" when suppressed, empty when none."""
        if suppressed:
            sheet.write_string(row, column, SUPPRESSED, self.right)
        elif value is not None and value == value:
            sheet.write_number(row, column, float(value), self.numbers[unit])


def _dataset(book: _Book, name: str, pages: tuple[IndicatorPage, ...]) -> None:
    months = [m.strftime("%b %Y") for m in pages[0].months] if pages else []
    headings = ["Id", "Indicator", "Unit", *months, "Target", "England", "RAG", "Variation",
                "Assurance", "Neighbours", "Quartile", "Rank"]  # fmt: skip
    sheet = book.sheet(name, headings, [8, 48, 12, *[10] * len(months), 9, 9, 8, 16, 14, 11, 9, 9])
    sheet.freeze_panes(1, 2)
    for row, page in enumerate(pages, start=1):
        sheet.write_row(row, 0, [page.id, page.title, UNIT_WORDS[page.unit]])
        for offset, (value, hidden) in enumerate(zip(page.values, page.suppressed, strict=True)):
            book.figure(sheet, row, 3 + offset, value, page.unit, hidden)
        end = 3 + len(months)
        book.figure(sheet, row, end, page.target, page.unit, False)
        book.figure(sheet, row, end + 1, page.england, page.unit, False)
        sheet.write_row(row, end + 2, [page.rag, variation_words(page.variation),
                                       assurance_words(page.assurance)])  # fmt: skip
        if page.benchmark is not None:
            book.figure(sheet, row, end + 5, page.benchmark.neighbours, page.unit, False)
            sheet.write_string(row, end + 6, page.benchmark.quartile_shown)
            if page.benchmark.rank is not None:
                sheet.write_number(row, end + 7, page.benchmark.rank)
    if pages:
        rag_column = 5 + len(months)
        for rag, fill in book.rag.items():
            sheet.conditional_format(1, rag_column, len(pages), rag_column, {
                "type": "cell", "criteria": "==", "value": f'"{rag}"', "format": fill})  # fmt: skip
        sheet.autofilter(0, 0, len(pages), len(headings) - 1)


def _overview(book: _Book, pack: PackData) -> None:
    headings = ["Id", "Indicator", "Latest", "Direction", "Target", "England", "RAG",
                "Variation", "What the figures show", "Analyst commentary"]  # fmt: skip
    sheet = book.sheet("Appendix 3 Overview", headings, [8, 40, 10, 14, 9, 9, 8, 16, 70, 60])
    for row, page in enumerate(pack.pages, start=1):
        sheet.write_row(row, 0, [page.id, page.title])
        book.figure(sheet, row, 2, page.values[-1], page.unit, page.suppressed[-1])
        sheet.write_string(row, 3, " ".join(w for w in (page.direction, page.better_or_worse) if w))
        book.figure(sheet, row, 4, page.target, page.unit, False)
        book.figure(sheet, row, 5, page.england, page.unit, False)
        sheet.write_row(row, 6, [page.rag, variation_words(page.variation)])
        sheet.write_string(row, 8, " ".join(page.narrative), book.wrap)
        sheet.write_string(row, 9, " ".join(page.commentary), book.wrap)


def _glossary(book: _Book, pack: PackData) -> None:
    sheet = book.sheet("Appendix 4 Glossary", ["Id", "Indicator", "Definition", "Unit",
                                               "Polarity"], [8, 40, 100, 24, 10])  # fmt: skip
    for row, page in enumerate(pack.pages, start=1):
        sheet.write_row(
            row,
            0,
            [page.id, page.title, page.definition, UNIT_WORDS[page.unit], page.polarity],
            book.wrap,
        )


def _table(book: _Book, name: str, frame: Any, columns: list[tuple[str, str]]) -> None:
    """A briefing or data quality table; the ``children``/``rows`` count may be suppressed."""
    sheet = book.sheet(name, [heading for heading, _ in columns], [24] * len(columns))
    for row, record in enumerate(frame.itertuples(), start=1):
        for column, (_, field) in enumerate(columns):
            value = getattr(record, field)
            if field in ("children", "rows"):
                book.figure(sheet, row, column, value, "count", record.shown == SUPPRESSED)
            elif hasattr(value, "strftime"):
                sheet.write_datetime(row, column, value, book.date)
            else:
                sheet.write(row, column, value)


def _scorecard(book: _Book, card: Scorecard) -> None:
    """Page one: every indicator, with whether (and how urgently) it needs attention."""
    headings = ["Id", "Indicator", "Unit", "Latest", "Variation", "Assurance", "RAG", "Target",
                "England", "Neighbours", "Needs attention", "Attention order", "Why", "Quartile",
                "Rank", "Councils ranked"]  # fmt: skip
    sheet = book.sheet("Scorecard", headings, [8, 48, 12, 10, 34, 30, 8, 9, 9, 11, 10, 10, 50,
                                               9, 9, 9])  # fmt: skip
    sheet.freeze_panes(1, 2)
    order = {r.summary.indicator.id: n for n, r in enumerate(card.attention, start=1)}
    for row, line in enumerate(card.rows, start=1):
        s, item = line.summary, line.summary.indicator
        sheet.write_row(row, 0, [item.id, item.title, UNIT_WORDS[item.unit]])
        book.figure(sheet, row, 3, line.value, item.unit, line.suppressed)
        sheet.write_row(row, 4, [variation_words(s.variation, line.side),
                                 assurance_words(s.assurance), s.rag])  # fmt: skip
        for column, value in enumerate((s.target, s.england, s.neighbours), start=7):
            book.figure(sheet, row, column, value, item.unit, False)
        sheet.write_string(row, 10, "yes" if line.attention else "no")
        if item.id in order:
            sheet.write_number(row, 11, order[item.id])
        sheet.write_string(row, 12, "; ".join(line.reasons), book.wrap)
        if line.benchmark is not None:
            sheet.write_string(row, 13, line.benchmark.quartile_shown)
            if line.benchmark.rank is not None:
                sheet.write_number(row, 14, line.benchmark.rank)
            sheet.write_number(row, 15, line.benchmark.ranked)
    sheet.autofilter(0, 0, len(card.rows), len(headings) - 1)


def _attention(book: _Book, card: Scorecard) -> None:
    """What needs attention, most severe first, with the sentences and commentary."""
    headings = ["Order", "Id", "Indicator", "Latest", "Why", "What the figures show",
                "Analyst commentary"]  # fmt: skip
    sheet = book.sheet("What needs attention", headings, [7, 8, 40, 10, 40, 80, 60])
    for row, line in enumerate(card.attention, start=1):
        item = line.summary.indicator
        sheet.write_row(row, 0, [row, item.id, item.title])
        book.figure(sheet, row, 3, line.value, item.unit, line.suppressed)
        sheet.write_string(row, 4, "; ".join(line.reasons), book.wrap)
        sheet.write_string(row, 5, " ".join(line.sentences), book.wrap)
        sheet.write_string(row, 6, " ".join(line.summary.commentary), book.wrap)


FORECAST_NUMBERS = (("Forecast", "mean"), ("80% lower", "lower_80"), ("80% upper", "upper_80"),
                    ("95% lower", "lower_95"), ("95% upper", "upper_95"))  # fmt: skip


def _forecast(book: _Book, forecast: ForecastBriefing) -> None:
    """The Forecast section's numbers: each forecast row, the backtest's accuracy, the floors.

    Children are whole numbers, "c" where one rounds to 1 to 5 (``briefing.children_shown``);
    spend is in whole pounds.
    """
    headings = ["Measure", "Model", "Breakdown", "Breakdown value", "Scenario", "Month", "Unit",
                *[heading for heading, _ in FORECAST_NUMBERS]]  # fmt: skip
    sheet = book.sheet("Forecast", headings, [9, 14, 11, 34, 24, 12, 9, *[11] * 5])
    pounds = book.book.add_format({"num_format": "£#,##0"})
    frame = forecast.forecasts
    for row, record in enumerate(frame.to_dict("records"), start=1):
        unit = "pounds" if record["breakdown"] == "spend" else "children"
        sheet.write_row(row, 0, [record["measure"], record["model"], record["breakdown"],
                                 record["breakdown_value"], record["scenario"]])  # fmt: skip
        sheet.write_datetime(row, 5, pd.Timestamp(record["month"]).to_pydatetime(), book.date)
        sheet.write_string(row, 6, unit)
        for column, (_, field) in enumerate(FORECAST_NUMBERS, start=7):
            value = float(record[field])
            if unit == "pounds":
                sheet.write_number(row, column, round(value), pounds)
            else:
                hidden = children_shown(value) == SUPPRESSED
                book.figure(sheet, row, column, round(value), "count", hidden)
    sheet.autofilter(0, 0, len(frame), len(headings) - 1)
    scores = [("Measure", "measure"), ("Model", "model"), ("Months ahead", "horizon"),
              ("Origins", "origins"), ("MASE", "mase"), ("MAPE %", "mape"),
              ("In 80% interval", "coverage_80"), ("In 95% interval", "coverage_95"),
              ("Chosen", "chosen")]  # fmt: skip
    accuracy = forecast.accuracy.assign(chosen=["yes" if c else "" for c in
                                                forecast.accuracy.chosen])  # fmt: skip
    _table(book, "Forecast accuracy", accuracy, scores)
    floors = [("Measure", "measure"), ("Months ahead", "horizon"), ("Origins", "origins"),
              ("Least MASE, chance alone", "floor"),
              ("Least MASE, entrants' chance alone", "entrants_floor")]  # fmt: skip
    _table(book, "Forecast floor", forecast.floor, floors)


def write_excel(pack: PackData, path: Path) -> Path:
    """Write the pack's workbook to ``path``.

    Its creation time is the pack's generation time, so a pack rebuilt from its record
    (``--as-published``) is byte for byte the workbook published.
    """
    book = _Book(path)
    book.book.set_properties({"created": pack.generated})
    _scorecard(book, pack.scorecard)
    _attention(book, pack.scorecard)
    _dataset(book, "Appendix 1 Monthly dataset", pack.dataset)
    _dataset(book, "Appendix 2 Early help", pack.early_help)
    _overview(book, pack)
    _glossary(book, pack)
    residential = pack.residential.assign(
        placement=[label("placement_type", c) for c in pack.residential.placement_type]
    )
    _table(
        book,
        "Residential",
        residential,
        [
            ("Week ending", "week_end"),
            ("Placement type", "placement"),
            ("Area", "area"),
            ("Children", "children"),
            ("Placement code", "placement_type"),
        ],
    )
    section20 = pack.section20.assign(
        dimension_words=[label("breakdown", d) for d in pack.section20.dimension],
        category_words=[label(d, c) for d, c in
                        zip(pack.section20.dimension, pack.section20.category, strict=True)],
    )  # fmt: skip
    _table(
        book,
        "Section 20",
        section20,
        [("Dimension", "dimension_words"), ("Category", "category_words"),
         ("Children", "children"), ("Dimension code", "dimension"),
         ("Category code", "category")],
    )  # fmt: skip
    quality = pack.quality.assign(
        source_words=[label("source", s) for s in pack.quality.source],
        rule_words=[label("rule", r) for r in pack.quality.rule],
    )
    _table(book, "Data quality", quality, [("Source", "source_words"), ("Rule", "rule_words"),
           ("Records", "rows"), ("Rule id", "rule")])  # fmt: skip
    if pack.forecast is not None:
        _forecast(book, pack.forecast)
    if pack.revisions is not None:
        _table(book, "Revisions", pack.revisions.frame(), [
            ("Indicator", "indicator_id"), ("Title", "title"), ("Breakdown", "where"),
            ("Month", "month"), ("Was", "was"), ("Now", "now"), ("Change", "change"),
            ("Large revision", "large_words"), ("Loads that caused it", "load_words")])  # fmt: skip
    book.book.close()
    return path
