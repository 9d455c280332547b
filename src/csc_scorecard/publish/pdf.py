"""The pack as PDF: the HTML pack through WeasyPrint, with its print stylesheet (A4 landscape).

The PDF is tagged as PDF/UA-1 (WeasyPrint's ``pdf_variant="pdf/ua-1"``, which turns on
``pdf_tags``): headings, paragraphs, lists and tables keep their structure, table headers are
marked, each chart is a figure whose alternative text is its SVG ``<title>``, and the
document's language and title come from the HTML, so screen readers can read the pack.
"""

from __future__ import annotations

from pathlib import Path

PDF_VARIANT = "pdf/ua-1"


def write_pdf(html: str, path: Path) -> Path:
    """Render ``html`` to ``path`` (fonts from the system: DejaVu Sans), tagged."""
    import weasyprint

    weasyprint.HTML(string=html).write_pdf(path, pdf_variant=PDF_VARIANT)
    return path
