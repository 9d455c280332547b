"""Disclosure control for every published output (DESIGN "Outputs").

``suppress`` hides figures that are, or would give away, a count of 1 to 5 children;
``published_numbers_are_safe`` checks a published table against the unsuppressed one; the
scanners pull every number out of a finished Excel workbook or HTML page so the pack's tests
can check what was actually written. Which numbers count children is decided in ``policy``.
"""

from csc_scorecard.privacy.check import disclosure_problems, published_numbers_are_safe
from csc_scorecard.privacy.scan import FoundNumber, numbers_in_html, numbers_in_xlsx
from csc_scorecard.privacy.suppress import suppress

__all__ = [
    "FoundNumber",
    "disclosure_problems",
    "numbers_in_html",
    "numbers_in_xlsx",
    "published_numbers_are_safe",
    "suppress",
]
