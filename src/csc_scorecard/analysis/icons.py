"""The Making Data Count icons as names and plain words, for whoever draws them.

Each variation and assurance value maps to one of the programme's icons (named as
NHSRplotthedots names its icon files, ``inst/icons``) and to a sentence that says the same in
words, for a screen reader, a table cell or a reader who does not know the icons. The icons
themselves are drawn by the outputs; here they are only named.
"""

from __future__ import annotations

from csc_scorecard.analysis.spc import COMMON_CAUSE, CONCERN, FAIL, HIT_AND_MISS, IMPROVEMENT, PASS

VARIATION_WORDS = {
    "improvement_high": "Special cause variation of an improving nature: higher than usual",
    "improvement_low": "Special cause variation of an improving nature: lower than usual",
    "concern_high": "Special cause variation of a concerning nature: higher than usual",
    "concern_low": "Special cause variation of a concerning nature: lower than usual",
    "neutral_high": "Special cause variation, higher than usual (neither better nor worse)",
    "neutral_low": "Special cause variation, lower than usual (neither better nor worse)",
    "common_cause": "Common cause variation: no significant change",
    "": "No variation judgement (too few figures, or a rolling figure without its month)",
}
"""Text equivalent of each variation icon."""

ASSURANCE_WORDS = {
    "pass": "The target will consistently be met (it lies beyond the control limits, on the"
    " good side)",
    "fail": "The target will consistently be missed unless something changes (it lies beyond"
    " the control limits, on the wrong side)",
    "inconsistent": "The target will be met some months and missed in others (it lies within"
    " the control limits)",
    "": "No assurance judgement (no target, or no control limits yet)",
}
"""Text equivalent of each assurance icon (keyed by icon name)."""

ASSURANCE_ICONS = {PASS: "pass", FAIL: "fail", HIT_AND_MISS: "inconsistent", "": ""}
"""Assurance value -> icon name (NHSRplotthedots calls hit and miss "inconsistent")."""


def variation_icon(variation: str, direction: int) -> str:
    """The icon name of a variation value and its direction (+1 higher, -1 lower)."""
    if variation == COMMON_CAUSE:
        return "common_cause"
    if not variation or direction == 0:
        return ""
    nature = {IMPROVEMENT: "improvement", CONCERN: "concern"}.get(variation, "neutral")
    return f"{nature}_{'high' if direction > 0 else 'low'}"


def variation_words(variation: str, direction: int) -> str:
    """The text equivalent of a variation value and its direction."""
    return VARIATION_WORDS[variation_icon(variation, direction)]


def assurance_words(assurance: str) -> str:
    """The text equivalent of an assurance value."""
    return ASSURANCE_WORDS[ASSURANCE_ICONS[assurance]]
