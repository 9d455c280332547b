"""The web dashboard (issue 7): the pack in a browser, with roles, commentary and the plan.

``create_app`` builds the FastAPI application; ``commentary_for`` reads the commentary
analysts wrote in the dashboard (``commentary.dashboard_commentary`` hands it to the pack).
Both are imported on first use, not with the package: ``scorecard user`` and ``scorecard
serve`` live in ``web.cli``, and every other command would otherwise pay for FastAPI,
SQLAlchemy and Altair before doing anything.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from csc_scorecard.web.app import create_app
    from csc_scorecard.web.commentary import commentary_for

__all__ = ["commentary_for", "create_app"]
_HOMES = {"create_app": "csc_scorecard.web.app", "commentary_for": "csc_scorecard.web.commentary"}


def __getattr__(name: str) -> Any:
    """``create_app`` and ``commentary_for``, imported from their modules when first asked."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
