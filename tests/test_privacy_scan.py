"""The scanners find every number a reader of an Excel workbook or HTML page can see."""

import xlsxwriter

from csc_scorecard.privacy import numbers_in_html, numbers_in_xlsx


def test_every_number_in_a_workbook_is_found_with_its_place_and_row(tmp_path):
    path = tmp_path / "pack.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Appendix 1")
    sheet.write_row(0, 0, ["Indicator", "Oct 2026"])
    sheet.write_row(1, 0, ["REF1 Referrals", 1234])
    sheet.write_row(2, 0, ["CLA5 UASC", "c"])
    sheet.write_row(3, 0, ["Note", "3 children moved, ages 1-4"])
    hidden = book.add_worksheet("Data")
    hidden.write_column(0, 0, [7, 12.5])
    hidden.hide()
    chart = book.add_chart({"type": "line"})
    chart.add_series({"values": "=Data!$A$1:$A$2"})
    sheet.insert_chart("D2", chart)
    book.close()
    found = {(n.where, n.value, n.context) for n in numbers_in_xlsx(path)}
    assert found == {
        ("Appendix 1!B1", 2026.0, "Indicator | Oct 2026"),
        ("Appendix 1!B2", 1234.0, "REF1 Referrals"),
        ("Appendix 1!B4", 3.0, "Note | 3 children moved, ages 1-4"),
        ("Appendix 1!B4", 1.0, "Note | 3 children moved, ages 1-4"),
        ("Appendix 1!B4", 4.0, "Note | 3 children moved, ages 1-4"),
        ("Data!A1", 7.0, ""),
        ("Data!A2", 12.5, ""),
        ("xl/charts/chart1.xml", 7.0, "chart data"),
        ("xl/charts/chart1.xml", 12.5, "chart data"),
    }


def test_every_number_a_reader_of_a_page_sees_is_found(tmp_path):
    path = tmp_path / "pack.html"
    path.write_text("""<!doctype html><html><head><title>Pack 2026</title>
<style>td { width: 3px }</style><script>var x = 4;</script>
<script type="application/json">{"CLA5": 2}</script></head><body>
<!-- 5 hidden in a comment is not shown -->
<table><tr><th>REF1</th><td>1,234</td><td>c</td></tr></table>
<p>Change of -3 (12.5%) since <b>September</b> for ages 1-4.</p>
<img alt="2 children" src="x.png"><span data-value="9" aria-label="6 referrals"></span>
<svg><text x="10" y="20">11</text><title>8 moves</title></svg></body></html>""")
    found = [(n.value, n.text, n.context) for n in numbers_in_html(path)]
    assert found == [
        (2026.0, "2026", "Pack 2026"),
        (2.0, "2", '{"CLA5": 2}'),
        (1234.0, "1,234", "1,234"),
        (-3.0, "-3", "Change of -3 (12.5%) since September for ages 1-4."),
        (12.5, "12.5", "Change of -3 (12.5%) since September for ages 1-4."),
        (1.0, "1", "Change of -3 (12.5%) since September for ages 1-4."),
        (4.0, "4", "Change of -3 (12.5%) since September for ages 1-4."),
        (2.0, "2", "alt: 2 children"),
        (9.0, "9", "data-value: 9"),
        (6.0, "6", "aria-label: 6 referrals"),
        (11.0, "11", "11"),
        (8.0, "8", "8 moves"),
    ]
