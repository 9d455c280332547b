"""The pack as PDF: the HTML pack through WeasyPrint, with its print stylesheet (A4 landscape)."""

from __future__ import annotations

from pathlib import Path


def write_pdf(html: str, path: Path) -> Path:
    """Render ``html`` to ``path`` (fonts from the system: DejaVu Sans)."""
    import weasyprint

    weasyprint.HTML(string=html).write_pdf(path)
    return path
