"""Making Data Count's variation and assurance icons, as inline SVG with their words.

NHS England's "Making Data Count" summarises each SPC chart with two icons: *variation*
(orange for a special cause of concern, blue for improvement, purple for a change where
neither direction is better, each with H or L for a high or low signal; grey for common
cause) and *assurance* (P: the process will consistently pass its target, blue; F: it will
consistently fail it, orange; ?: it will hit and miss it, grey). Colours are those of the
NHSRplotthedots package (``ptd_spc_colours``, version 0.2).

Colour is never the only carrier: each icon has a letter (or a level line for common cause)
and is always printed beside its words (``variation_words``, ``assurance_words``: "Concern,
high", "Fail"), which the key explains (``key``); the SVG
itself is hidden from screen readers (``aria-hidden``) so the words are read once, and carries a
``<title>`` with the same words, which WeasyPrint uses as the alternative text of the figure in
the tagged PDF. The markup is plain inline SVG (no script, no external file), so the pack's
HTML and PDF and the dashboard, whose Content Security Policy forbids inline script, share it.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from csc_scorecard.analysis.spc import (
    COMMON_CAUSE,
    CONCERN,
    FAIL,
    HIT_AND_MISS,
    IMPROVEMENT,
    NEITHER,
    PASS,
)

HIGH, LOW = "high", "low"

COLOURS = {
    "common cause": "#7b7d7d",
    "improvement": "#289de0",
    "neither": "#361475",
    "concern": "#fab428",
}
"""NHSRplotthedots' colours (grey, blue, purple, orange)."""
INK = {"common cause": "#ffffff", "improvement": "#0b0c0c", "neither": "#ffffff",
       "concern": "#0b0c0c"}  # fmt: skip
"""The letter's colour on each fill: at least 4.5:1 contrast."""

VARIATION_WORDS = {
    CONCERN: "Concern",
    IMPROVEMENT: "Improvement",
    NEITHER: "Change",
    COMMON_CAUSE: "Common cause",
}
"""The variation icon's text equivalent, short enough for a table cell."""
VARIATION_MEANING = {
    CONCERN: "special cause of concern: the figure changed for the worse",
    IMPROVEMENT: "special cause of improvement: the figure changed for the better",
    NEITHER: "special cause where neither direction is better: a real change",
    COMMON_CAUSE: "common cause: the usual ups and downs, no signal",
}
ASSURANCE_WORDS = {PASS: "Pass", FAIL: "Fail", HIT_AND_MISS: "Hit and miss"}
ASSURANCE_MEANING = {
    PASS: "the process will consistently meet the target",
    FAIL: "the process will consistently miss the target",
    HIT_AND_MISS: "the process will sometimes meet and sometimes miss the target",
}
ASSURANCE_STYLE = {PASS: ("P", "improvement"), FAIL: ("F", "concern"),
                   HIT_AND_MISS: ("?", "common cause")}  # fmt: skip
"""Letter and colour of each assurance icon."""


def variation_words(variation: str, side: str = "") -> str:
    """The variation icon's text equivalent, e.g. "Concern, high"."""
    if variation not in VARIATION_WORDS:
        return "No SPC yet"
    words = VARIATION_WORDS[variation]
    return f"{words}, {side}" if side and variation != COMMON_CAUSE else words


def assurance_words(assurance: str) -> str:
    """The assurance icon's text equivalent ("No target" when there is none to assure)."""
    return ASSURANCE_WORDS.get(assurance, "No target")


def variation_icon(variation: str, side: str = "") -> Markup:
    """The variation icon (empty when the indicator has no SPC yet)."""
    if variation not in VARIATION_WORDS:
        return Markup("")
    if variation == COMMON_CAUSE:
        mark = '<path d="M6 12h12" stroke="#ffffff" stroke-width="2.5" stroke-linecap="round"/>'
        return _circle(variation, mark, variation_words(variation))
    letter = {HIGH: "H", LOW: "L"}.get(side, "")
    return _circle(variation, _letter(letter, INK[variation]), variation_words(variation, side))


def assurance_icon(assurance: str) -> Markup:
    """The assurance icon (empty when there is no target)."""
    if assurance not in ASSURANCE_STYLE:
        return Markup("")
    letter, colour = ASSURANCE_STYLE[assurance]
    return _circle(colour, _letter(letter, INK[colour]), assurance_words(assurance))


def key() -> list[tuple[Markup, str, str]]:
    """Each kind of icon (high and low side by side) with its words and what it means."""
    signals = [
        (Markup(" ").join((variation_icon(v, HIGH), variation_icon(v, LOW))),
         f"{VARIATION_WORDS[v]}, high or low", VARIATION_MEANING[v])
        for v in (CONCERN, IMPROVEMENT, NEITHER)
    ]  # fmt: skip
    return [
        *signals,
        (variation_icon(COMMON_CAUSE), variation_words(COMMON_CAUSE),
         VARIATION_MEANING[COMMON_CAUSE]),
        *[(assurance_icon(a), assurance_words(a), ASSURANCE_MEANING[a])
          for a in (PASS, FAIL, HIT_AND_MISS)],
    ]  # fmt: skip


def _letter(letter: str, ink: str) -> str:
    return (
        f'<text x="12" y="16.5" text-anchor="middle" font-size="13" font-weight="bold" '
        f'font-family="DejaVu Sans, Arial, sans-serif" fill="{ink}">{escape(letter)}</text>'
    )


def _circle(colour: str, mark: str, words: str) -> Markup:
    return Markup(
        '<svg class="mdc-icon" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" '
        f'focusable="false"><title>{escape(words)}</title>'
        f'<circle cx="12" cy="12" r="10.5" fill="{COLOURS[colour]}" stroke="#0b0c0c" '
        f'stroke-width="1.5"/>{mark}</svg>'
    )
