"""The one error for a value from outside that cannot be used, and the parsers that raise it.

Council codes, months, indicator ids, breakdowns and sources arrive as text from the command
line and from URLs. They are parsed here into checked values at the edge, so nothing unchecked
travels on towards SQL, and a bad value is one clear message (exit code 2 on the command line,
a 404 on the dashboard) rather than a traceback or a query that does something else.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

COUNCIL_CODE = re.compile(r"[0-9]{3}")
"""A DfE local authority code: three digits (e.g. 318)."""
MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
LONGEST_SHOWN = 60
"""Characters of a bad value repeated in a message (a megabyte of it helps nobody)."""


class InputError(ValueError):
    """A value given on the command line or in a request that cannot be used, and why."""


def shown(text: str) -> str:
    """A bad value as a message may quote it: printable, and cut short if long."""
    cut = text[:LONGEST_SHOWN] + ("..." if len(text) > LONGEST_SHOWN else "")
    return repr(cut)


def council_code(text: str) -> str:
    """A council's DfE code: exactly three digits."""
    if not COUNCIL_CODE.fullmatch(text):
        raise InputError(f"{shown(text)} is not a council code: give the DfE three-digit code,"
                         " e.g. 318")  # fmt: skip
    return text


def month(text: str) -> date:
    """``YYYY-MM`` as the first day of that month."""
    try:
        if not MONTH.fullmatch(text):
            raise ValueError(text)
        return date(int(text[:4]), int(text[5:7]), 1)
    except ValueError as error:
        raise InputError(f"{shown(text)} is not a month: write it as YYYY-MM, e.g. 2026-03"
                         ) from error  # fmt: skip


def one_of(text: str, known: Collection[str], what: str) -> str:
    """``text`` when it is one of ``known``; otherwise the error lists what is known."""
    if text not in known:
        listed = ", ".join(sorted(known)) or "none"
        raise InputError(f"{shown(text)} is not a known {what} (known: {listed})")
    return text
