"""The pack's formats from one hand-made PackData: HTML, Excel and PDF agree and render."""

import subprocess
from datetime import date, datetime

import openpyxl
import pandas as pd
import pytest
from PIL import Image

from csc_scorecard.publish import charts
from csc_scorecard.publish.excel import write_excel
from csc_scorecard.publish.html import render_html
from csc_scorecard.publish.model import IndicatorPage, PackData
from csc_scorecard.publish.pdf import write_pdf

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
        charts.svg(charts.sparkline(series, indicator_id)), series,
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
    return PackData("318", "Synthetic council", date(2026, 3, 1), datetime(2026, 4, 2, 9, 0),
                    (ref, eh), residential, section20, quality)  # fmt: skip


def test_html_shows_values_suppression_and_escapes_commentary(pack):
    html = render_html(pack)
    assert "57.0%" in html and "Appendix 2: early help dataset" in html
    assert '<td class="num">c</td>' in html
    assert "Analyst says &lt;b&gt;hello&lt;/b&gt;" in html  # commentary cannot inject markup
    assert "<script" not in html and 'role="img"' in html
    assert html.count('id="REF3"') == 1


def test_excel_has_real_numbers_frozen_headers_and_c_for_suppressed(pack, tmp_path):
    path = write_excel(pack, tmp_path / "pack.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Appendix 1 Monthly dataset", "Appendix 2 Early help",
                               "Appendix 3 Overview", "Appendix 4 Glossary", "Residential",
                               "Section 20", "Data quality"]  # fmt: skip
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
