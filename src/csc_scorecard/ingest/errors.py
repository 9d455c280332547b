"""The one error a loader raises: a file that cannot be read at all."""

from __future__ import annotations

from pathlib import Path

from csc_scorecard.errors import InputError


class SourceFileError(InputError):
    """A source file that cannot be loaded (unreadable, wrong format, missing columns).

    Rows that are merely wrong go to quarantine; this is for the whole file, and it stops the
    load before anything is written, so the store stays as it was. It is an ``InputError``:
    the command line handles every bad input alike.
    """

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
