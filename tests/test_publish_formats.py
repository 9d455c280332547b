"""The pack's formats from one hand-made PackData: HTML, Excel and PDF agree and render."""

import dataclasses
import re
import subprocess
from datetime import date, datetime

import openpyxl
import pandas as pd
import pytest
from lxml import html as lxml_html
from PIL import Image

from csc_scorecard.publish import charts
from csc_scorecard.publish.excel import write_excel
from csc_scorecard.publish.html import render_html
from csc_scorecard.publish.model import IndicatorPage, PackData
from csc_scorecard.publish.pdf import write_pdf
from csc_scorecard.publish.scorecard import build
from pdf_pages import page_text, pages_of_section, pdfinfo, right_margin_ink
from summaries import summary

MONTHS = tuple(pd.date_range("2025-03-01", periods=13, freq="MS").date)


def _page(indicator_id, family, unit, values, suppressed, rag="", narrative=()):
    series = pd.DataFrame({"month": MONTHS, "value": values, "mean": 50.0, "lower": 40.0,
                           "upper": 60.0, "special_cause": [False] * 12 + [True]})  # fmt: skip
    series["shown"] = ["c" if s else f"{v}" for v, s in zip(values, suppressed, strict=True)]
    return IndicatorPage(
        indicator_id, family, f"Title of {indicator_id}", f"Definition of {indicator_id}.",
        unit, "higher", MONTHS, tuple(values), tuple(suppressed), 55.0, 52.5, rag, "up",
        "better", "improvement", "hit and miss", narrative, ("Analyst says <b>hello</b>",),
        charts.svg(charts.spc_chart(series, indicator_id, unit, 55.0)),
        charts.sparkline(series, indicator_id), series,
    )  # fmt: skip


@pytest.fixture(scope="module")
def pack():
    ref = _page("REF3", "Front door", "percent", [45.0 + i for i in range(13)], [False] * 13,
                "red", ("Re-referrals rose to 57.0% in March 2026.",))  # fmt: skip
    eh = _page("EH1", "Early help", "count", [None] * 12 + [3.0], [False] * 12 + [True])
    residential = pd.DataFrame({"week_end": [date(2026, 3, 24), date(2026, 3, 31)],
                                "placement_type": ["K2", "K2"], "area": ["Inside the area"] * 2,
                                "children": [12.0, None], "shown": ["12", "c"]})  # fmt: skip
    section20 = pd.DataFrame({"dimension": ["age_band"], "category": ["10-15"],
                              "children": [None], "shown": ["c"]})  # fmt: skip
    quality = pd.DataFrame({"source": ["ssd"], "rule": ["code_list"], "rows": [86.0],
                            "shown": ["86"]})  # fmt: skip
    card = build(
        [summary("REF3", "concern", "hit and miss", "red", rules="outside limit",
                 narrative=ref.narrative, commentary=("Analyst says <b>hello</b>",)),
         summary("EH1", "common cause")],
        {"REF3": (57.0, False), "EH1": (None, True)}, "318", date(2026, 3, 1),
    )  # fmt: skip
    return PackData("318", "Synthetic council", date(2026, 3, 1), datetime(2026, 4, 2, 9, 0),
                    (ref, eh), residential, section20, quality, card)  # fmt: skip


def test_html_shows_values_suppression_and_escapes_commentary(pack):
    html = render_html(pack)
    assert "57.0%" in html and "Appendix 2: early help dataset" in html
    assert '<td class="num">c</td>' in html
    assert "Analyst says &lt;b&gt;hello&lt;/b&gt;" in html  # commentary cannot inject markup
    assert "<script" not in html and 'role="img"' in html
    assert html.count('id="REF3"') == 1
    assert 'font-family: "DejaVu Sans"' in html  # the stylesheet is not HTML-escaped


def test_the_pdf_uses_the_stylesheets_font(pack, tmp_path):
    pdf = write_pdf(render_html(pack), tmp_path / "pack.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    assert "DejaVu-Sans" in fonts and "Serif" not in fonts


def test_excel_has_real_numbers_frozen_headers_and_c_for_suppressed(pack, tmp_path):
    path = write_excel(pack, tmp_path / "pack.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Scorecard", "What needs attention", "Appendix 1 Monthly dataset",
                               "Appendix 2 Early help", "Appendix 3 Overview",
                               "Appendix 4 Glossary", "Residential", "Section 20",
                               "Data quality"]  # fmt: skip
    dataset = book["Appendix 1 Monthly dataset"]
    assert dataset.freeze_panes == "C2"
    assert dataset.cell(2, 4).value == 45.0 and dataset.cell(2, 4).number_format == '0.0"%"'
    assert book["Appendix 2 Early help"].cell(2, 16).value == "c"
    assert book["Residential"].cell(3, 4).value == "c"
    assert book["Residential"].cell(2, 4).value == 12


def test_pdf_renders_pages_with_content(pack, tmp_path):
    pdf = write_pdf(render_html(pack), tmp_path / "pack.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / "page")],
                   check=True)  # fmt: skip
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 4
    for page in pages[:2]:
        grey = Image.open(page).convert("L")
        dark = sum(grey.histogram()[:128])
        assert dark > 0.002 * grey.width * grey.height, page.name  # not blank


def test_page_one_is_the_scorecard_then_what_needs_attention(pack):
    page = lxml_html.fromstring(render_html(pack))
    sections = [s.get("id") for s in page.xpath("//main/section")]
    assert sections[:2] == ["summary", "attention"]
    rows = page.xpath('//table[@class="scorecard"]/tbody/tr')
    assert [r.xpath("./th/a")[0].text for r in rows] == ["REF3", "EH1"]
    assert len(rows[0].xpath(".//svg[@class='mdc-icon']")) == 2  # variation and assurance
    for icon in page.xpath("//svg[@class='mdc-icon']"):
        icon.drop_tree()  # hidden from screen readers: the words beside it are read
    ref3, eh1 = ([" ".join(c.text_content().split()) for c in r.xpath("./td")] for r in rows)
    assert ref3[0] == "57.0%" and ref3[2] == "Concern, high" and ref3[3] == "Hit and miss"
    assert ref3[4] == "red" and eh1[0] == "c" and eh1[2] == "Common cause"
    matrix = page.xpath('//table[@class="matrix"]/tbody/tr')
    counts = {r.xpath("./th")[0].text_content().strip(): [int(c.text) for c in r.xpath("./td")]
              for r in matrix}  # fmt: skip
    assert counts == {"Concern": [0, 1, 0, 0], "Improvement": [0, 0, 0, 0],
                      "Change": [0, 0, 0, 0], "Common cause": [0, 0, 0, 1]}  # fmt: skip
    items = page.xpath('//ol[@class="attention-list"]/li')
    assert len(items) == 1
    text = " ".join(items[0].text_content().split())
    assert "REF3 Re-referrals within 12 months (%): 57.0%" in text
    assert "special cause of concern; missed target" in text
    assert "Re-referrals rose to 57.0% in March 2026." in text
    assert "Analyst says <b>hello</b>" in text  # escaped in the markup, read as written


def test_codes_are_shown_as_words(pack):
    page = lxml_html.fromstring(render_html(pack))
    residential = page.xpath('//section[@id="briefing-residential"]//tbody/tr/td')
    assert residential[0].text == "Children's home subject to Children's Homes Regulations"
    profile = page.xpath('//section[@id="briefing-section20"]//tbody/tr')[0]
    assert [c.text for c in profile] == ["Age band", "Aged 10 to 15", "c"]
    quality = page.xpath('//section[@id="data-quality"]//tbody/tr')[0]
    assert [c.text for c in quality] == ["SSD extract", "Code not in the DfE code list", "86"]


def test_excel_scorecard_follows_page_one_and_keeps_codes_beside_labels(pack, tmp_path):
    book = openpyxl.load_workbook(write_excel(pack, tmp_path / "pack.xlsx"))
    rows = list(book["Scorecard"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["REF3", "EH1"]
    assert rows[0][3] == 57.0 and rows[0][4] == "Concern, high" and rows[0][10] == "yes"
    assert rows[0][11] == 1 and rows[0][12] == "special cause of concern; missed target"
    assert rows[1][3] == "c" and rows[1][10] == "no" and rows[1][11] is None
    attention = list(book["What needs attention"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1]) for r in attention] == [(1, "REF3")]
    residential = book["Residential"]
    assert residential.cell(2, 2).value.startswith("Children's home")
    assert residential.cell(2, 5).value == "K2"
    assert [c.value for c in book["Data quality"][2]] == [
        "SSD extract", "Code not in the DfE code list", 86, "code_list"]  # fmt: skip


def test_pdf_is_tagged_and_appendix_1_stays_inside_the_page(pack, tmp_path):
    pdf = write_pdf(render_html(pack), tmp_path / "pack.pdf")
    assert pdfinfo(pdf)["Tagged"].strip() == "yes"
    pages = pages_of_section(pdf, "Appendix 1: children and families monthly dataset",
                             "Appendix 2: early help dataset")  # fmt: skip
    assert pages
    assert {p: right_margin_ink(pdf, p, tmp_path) for p in pages} == dict.fromkeys(pages, 0)


def test_a_row_of_appendix_1_never_splits_across_pages(pack, tmp_path):
    # 30 indicators with titles of 1 to 9 lines, so Appendix 1 runs over several pages and
    # tall rows meet page ends; each row's last
    # month is a value no other row has (1,012 for T01, 2,012 for T02...).
    ref = pack.pages[0]
    pages = tuple(
        dataclasses.replace(
            ref, id=f"T{i:02}", unit="count",
            title=f"Title of T{i:02}" + " that wraps" * (i % 7 * 4) + f" (end{i:02})",
            values=tuple(float(1000 * i + j) for j in range(13)), suppressed=(False,) * 13,
        )
        for i in range(1, 31)
    )  # fmt: skip
    many = dataclasses.replace(pack, pages=pages, scorecard=build([], {}, "318", pack.month))
    pdf = write_pdf(render_html(many), tmp_path / "many.pdf")
    section = pages_of_section(pdf, "Appendix 1: children and families monthly dataset",
                               "Appendix 2: early help dataset")  # fmt: skip
    assert len(section) >= 2
    seen = set()
    for number in section:
        text = page_text(pdf, number)
        ids = set(re.findall(r"\bT(\d\d)\b", text))
        last_values = {f"{int(v[:-4]):02}" for v in re.findall(r"\b\d{1,2},012\b", text)}
        title_ends = set(re.findall(r"\(end(\d\d)\)", text))
        assert ids == last_values == title_ends, number  # each row whole on one page
        seen |= ids
    assert len(seen) == 30


def test_neighbours_are_shown_only_where_configured(pack):
    assert "Neighbours" not in render_html(pack)
    summaries = [dataclasses.replace(r.summary, neighbours=21.9 if i == 0 else None)
                 for i, r in enumerate(pack.scorecard.rows)]  # fmt: skip
    card = build(summaries, {"REF3": (57.0, False), "EH1": (None, True)}, "318", pack.month)
    page = lxml_html.fromstring(render_html(dataclasses.replace(pack, scorecard=card)))
    table = page.xpath('//table[@class="scorecard"]')[0]
    assert table.xpath(".//thead/tr/th")[-1].text == "Neighbours"
    assert [r.xpath("./td")[-1].text_content() for r in table.xpath(".//tbody/tr")] == ["21.9%", ""]


def test_every_chart_and_icon_has_the_text_the_tagged_pdf_uses_as_alternative(pack):
    page = lxml_html.fromstring(render_html(pack))
    svgs = page.xpath("//svg")
    assert len(svgs) > 10
    for svg in svgs:
        title = svg.find("title")  # WeasyPrint's Alt for an inline SVG figure
        assert title is not None and title.text.strip(), svg.get("class")
        assert svg.get("aria-label") or svg.get("aria-hidden") == "true"
    charts = [s for s in svgs if s.get("role") == "img"]
    assert {s.find("title").text for s in charts} >= {
        "Trend of REF3 over 13 months", "Children in residential placements by week"}  # fmt: skip


def test_the_forecast_section_shows_its_rows_accuracy_and_fan_chart(pack):
    from csc_scorecard.forecast.briefing import ForecastBriefing

    forecasts = pd.DataFrame({
        "measure": ["CLA", "CLA"], "model": ["seasonal ETS", "multistate"],
        "breakdown": ["all", "placement"], "breakdown_value": ["all", "residential"],
        "scenario": ["base", "base"], "month": [date(2026, 6, 1)] * 2,
        "forecast": ["321", "c"], "interval_80": ["300 to 340", "c to 7"],
        "interval_95": ["290 to 350", "0 to 9"],
    })  # fmt: skip
    accuracy = pd.DataFrame({
        "measure": ["CLA"], "model": ["seasonal ETS"], "horizon": [12], "origins": [30],
        "mase": [0.87], "mape": [4.25], "coverage_80": [0.8], "coverage_95": [0.9333],
        "chosen": [True],
    })  # fmt: skip
    fan = pd.DataFrame({"month": [date(2026, 3, 1), date(2026, 6, 1)], "actual": [318.0, None],
                        "mean": [None, 321.0], "lower_80": [None, 300.0],
                        "upper_80": [None, 340.0], "lower_95": [None, 290.0],
                        "upper_95": [None, 350.0]})  # fmt: skip
    floor = pd.DataFrame({"measure": ["CPP", "CLA", "CLA"], "horizon": [12, 6, 12],
                          "origins": 30, "entrants_floor": [0.1, 0.5, 0.7],
                          "floor": [0.2, 0.6, 0.9]})  # fmt: skip
    html = render_html(
        dataclasses.replace(pack, forecast=ForecastBriefing(forecasts, accuracy, fan, floor))
    )
    section = html[html.index('<section id="forecast"') : html.index('<section id="data-quality"')]
    assert '<td class="num">321</td>' in section and '<td class="num">c to 7</td>' in section
    assert "0.87" in section and "4.2%" in section and "80%" in section and "93%" in section
    assert "what happened and the forecast" in section and "<svg" in section
    said = ("a forecast could not expect a MASE below 0.60 and 0.90 at 6 and 12 months ahead"
            " (0.50 and 0.70 from who enters after it is made")  # fmt: skip
    assert said in section and "below 0.20 at 12 months ahead (0.10" in section
    assert "No forecast" not in section
    assert "No forecast has been made" in render_html(pack)
