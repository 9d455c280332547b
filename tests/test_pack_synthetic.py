"""The pack of the default synthetic council: disclosure control holds in every cell (page one
and ``scorecard summary`` included), the PDF renders tagged with Appendix 1 inside the page,
and the injected referral step is reported on page one."""

import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from lxml import html
from PIL import Image

from browser_fixtures import serious_violations
from csc_scorecard.analysis.config import load_config
from csc_scorecard.indicators.catalogue import BY_ID
from csc_scorecard.privacy import published_numbers_are_safe
from csc_scorecard.publish.assemble import summary_page
from csc_scorecard.publish.write import write_pack
from pdf_pages import pages_of_section, pdfinfo, right_margin_ink
from shared_builds import keep_months

pytestmark = pytest.mark.slow
MONTH = date(2026, 3, 1)
"""Six months into the referral step the simulator declares (it starts September 2025)."""
SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"


@pytest.fixture(scope="module")
def written(default_council_computed, tmp_path_factory):
    """The pack of MONTH from a store whose figures end there, as when it was first published."""
    folder = tmp_path_factory.mktemp("pack")
    store = default_council_computed("pack_store")
    keep_months(store, date(2020, 11, 1), MONTH)
    pack, paths = write_pack(store, "318", MONTH, folder / "out", load_config())
    summary = summary_page(store, "318", MONTH, load_config())
    return pack, {p.suffix: p for p in paths}, summary


def _small_counts(pack):
    """(indicator, month) of every published table cell whose true count is 1 to 5."""
    rows = pack.unsuppressed.merge(pack.published[["suppressed"]], left_index=True,
                                   right_index=True)  # fmt: skip
    counts = rows[rows.indicator_id.map(lambda i: i in BY_ID and BY_ID[i].unit == "count")]
    counts = counts[~counts.indicator_id.isin(["WF1", "DQ1"])]
    small = counts[counts.value.between(1, 5)]
    return {(r.indicator_id, pd.Timestamp(r.month).strftime("%b %y")) for r in small.itertuples()}


def test_the_figures_published_disclose_no_count_of_1_to_5(written):
    pack, *_ = written
    assert published_numbers_are_safe(pack.published, pack.unsuppressed)
    assert _small_counts(pack), "the synthetic council has small counts to protect"


def test_every_html_and_excel_cell_of_a_small_count_shows_c(written):
    pack, paths, _ = written
    small = _small_counts(pack)
    page = html.parse(str(paths[".html"]))
    table = page.xpath('//section[@id="appendix-1"]//table')[0]
    months = [th.text_content() for th in table.xpath(".//thead/tr/th")][1:14]
    seen = 0
    for row in table.xpath(".//tbody/tr"):
        indicator_id = row.xpath("./th/a")[0].text_content()
        for month, cell in zip(months, row.xpath("./td")[:13], strict=True):
            if (indicator_id, month) in small:
                assert cell.text_content() == "c", (indicator_id, month)
                seen += 1
    assert seen
    book = openpyxl.load_workbook(paths[".xlsx"])
    sheet = book["Appendix 1 Monthly dataset"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2, values_only=True):
        for month, value in zip(header[3:16], row[3:16], strict=True):
            if (row[0], pd.Timestamp(month).strftime("%b %y")) in small:
                assert value == "c", (row[0], month, value)
    for name, column in (("Residential", 3), ("Section 20", 2)):
        children = [row[column] for row in book[name].iter_rows(min_row=2, values_only=True)]
        assert "c" in children or name == "Residential"
        assert not [c for c in children if isinstance(c, (int, float)) and 1 <= c <= 5], name


def test_the_pdf_renders_pages_with_content(written, tmp_path):
    _, paths, _ = written
    info = subprocess.run(["pdfinfo", str(paths[".pdf"])], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages")))
    assert pages > 20
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "3", str(paths[".pdf"]),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    for png in sorted(tmp_path.glob("page*.png")):
        grey = Image.open(png).convert("L")
        assert sum(grey.histogram()[:128]) > 0.002 * grey.width * grey.height, png.name


def test_the_referral_step_is_special_cause_with_a_sentence(written):
    pack, *_ = written
    referrals = next(p for p in pack.data.pages if p.id == "REF1")
    assert referrals.spc_table.special_cause.iloc[-1]
    assert any("Referrals" in s and "March 2026" in s for s in referrals.narrative)
    row = next(r for r in pack.data.scorecard.attention if r.summary.indicator.id == "REF1")
    assert row.sentences == referrals.narrative


def test_the_html_pack_has_no_serious_or_critical_accessibility_violations(
    written, browser, axe_script
):
    _, paths, _ = written
    page = browser.new_page()
    page.goto(paths[".html"].as_uri())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("#summary").screenshot(path=SCREENSHOTS / "pack-first-page.png")  # page one
    page.locator("#attention").screenshot(path=SCREENSHOTS / "pack-what-needs-attention.png")
    assert serious_violations(page, axe_script) == []


def test_page_one_and_the_summary_show_what_appendix_1_shows(written):
    pack, paths, summary = written
    page = html.parse(str(paths[".html"]))
    latest = {row.xpath("./th/a")[0].text: row.xpath("./td")[12].text_content()
              for row in page.xpath('//section[@id="appendix-1"]//tbody/tr')}  # fmt: skip
    scorecard = {row.xpath("./th/a")[0].text: row.xpath("./td")[0].text_content()
                 for row in page.xpath('//table[@class="scorecard"]/tbody/tr')}  # fmt: skip
    assert {i: scorecard[i] for i in latest} == latest
    hidden = {i for i, shown in scorecard.items() if shown == "c"}
    assert hidden, "the synthetic council has suppressed figures in its latest month"
    printed = {r.summary.indicator.id: r.shown for r in summary.rows}
    assert printed == scorecard  # scorecard summary prints the pack's page one
    data = summary.as_json()
    assert all(r["value"] is None for r in data["indicators"] if r["id"] in hidden)
    assert [r.summary.indicator.id for r in pack.data.scorecard.attention] == data["attention"]


def test_the_pdf_is_tagged_and_appendix_1_stays_inside_the_page(written, tmp_path):
    _, paths, _ = written
    pdf = paths[".pdf"]
    assert pdfinfo(pdf)["Tagged"].strip() == "yes"
    pages = pages_of_section(pdf, "Appendix 1: children and families monthly dataset",
                             "Appendix 2: early help dataset")  # fmt: skip
    assert len(pages) >= 2
    assert {p: right_margin_ink(pdf, p, tmp_path) for p in pages} == dict.fromkeys(pages, 0)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(SCREENSHOTS / "pack-pdf-page-1")], check=True)  # fmt: skip
