"""Every sentence the analysis writes for a synthetic council reads right.

For each of the last 12 months, every indicator's sentence: the change on last month and the
position against the limits are separate clauses, so no sentence reads as a contradiction
("fell to 360, above the upper control limit"). A sentence may say a figure went down while it
is above its upper limit -- that happens -- but only with the change and the position in
clauses of their own.
"""

import re

import pytest

from csc_scorecard.analysis.config import load_config
from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators.compute import default_months
from csc_scorecard.indicators.glossary import TERMS
from csc_scorecard.publish.reads import summarise
from shared_builds import keep_months

pytestmark = pytest.mark.slow

DOWN = re.compile(r"\b(fell|fewer than in|down [0-9])")
UP = re.compile(r"\b(rose|more than in|up [0-9])")


@pytest.fixture(scope="module")
def sentences(small_council_computed) -> list[str]:
    """Every sentence of the small council's last 12 months, from figures of its last 30
    months (20 before the first of them and 10 more): a copy of the run's computation."""
    store = small_council_computed("sentences")
    first, last_month = default_months(store)
    last = month_index(last_month)
    keep_months(store, max(first, month_of(last - 29)), last_month)
    config = load_config()
    found = []
    for back in range(12):
        month = month_of(last - back)
        found += [s.sentence for s in summarise(store, "318", month, config) if s.sentence]
    return found


def contradicts(sentence: str) -> bool:
    """A change and a position against the limits that pull apart within one clause."""
    for clause in sentence.split("; "):
        if DOWN.search(clause) and "above the upper control limit" in clause:
            return True
        if UP.search(clause) and "below the lower control limit" in clause:
            return True
    return False


def test_the_scan_catches_the_old_contradiction():
    old = "Children looked after fell to 360 in November 2026, above the upper control limit."
    new = ("Children looked after: 360 in November 2026, 5 fewer than in October; above the"
           " upper control limit (304.5) since March 2025.")  # fmt: skip
    assert contradicts(old) and not contradicts(new)


def test_no_sentence_pairs_a_fall_with_above_the_upper_limit_in_one_clause(sentences):
    assert len(sentences) > 12 * 40
    assert [s for s in sentences if contradicts(s)] == []
    # Every sentence opens with its figure, and never uses the old verbs.
    assert not [s for s in sentences if re.search(r"\b(fell|rose) to\b", s)]
    assert all(re.match(r"^[^;]+: [^;]+ in (the \d+ months to )?[A-Z][a-z]+ \d{4}", s)
               for s in sentences)  # fmt: skip


def test_every_term_the_sentences_use_is_in_the_glossary(sentences):
    defined = " ".join(TERMS).lower()
    words = {
        "control limit": "control limit", "trial limits": "trial limits",
        "monthly figure": "month alone", "average": "baseline",
    }  # fmt: skip
    used = {term for phrase, term in words.items() if any(phrase in s for s in sentences)}
    assert "control limit" in used
    assert all(term in defined for term in used), used
    for term in ("special cause", "common cause", "assurance", "control limit", "trial limits",
                 "recalculation", "run chart"):  # fmt: skip
        assert term in defined, term
