"""The dashboard's Jinja environment, shared by requests and by ``compute``'s month pages.

``compute`` renders every month's overview table into the dashboard copy
(``web.month_pages``) with the same templates and helpers the dashboard renders pages with,
so a page read from the copy is the page the dashboard would have rendered. ``stamp`` (kept
in ``page_store``, which needs no template engine) names the templates and release a page was
rendered with: a dashboard running other templates renders its own rather than serve a stored
page from another release.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
import pandas as pd
from markupsafe import Markup

from csc_scorecard.analysis.units import format_figure
from csc_scorecard.publish import icons
from csc_scorecard.publish.labels import label
from csc_scorecard.publish.scorecard import side
from csc_scorecard.web.csrf import FIELD, csrf_token
from csc_scorecard.web.page_store import TEMPLATES, stamp
from csc_scorecard.web.roles import Role

__all__ = ["TEMPLATES", "environment", "fragment", "stamp"]


def environment() -> jinja2.Environment:
    """The templates with every helper they call; everything autoescaped.

    Starlette's default escapes only files ending .html, and these end .html.j2. Templates
    are package files that change only with the release, so they are not checked for changes
    on every render (auto_reload: a file system call per template per page).
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, auto_reload=False
    )
    env.globals.update(
        csrf_token=csrf_token, csrf_field=FIELD, format_figure=format_figure, Role=Role,
        label=label, variation_icon=icons.variation_icon, variation_words=icons.variation_words,
        assurance_icon=icons.assurance_icon, assurance_words=icons.assurance_words,
        icon_key=icons.key, signal_side=side, records=records,
    )  # fmt: skip
    return env


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A table's rows as dictionaries, for a template's loop over them.

    The same rows as pandas' ``to_dict("records")``, which took 5-7 ms a table (it boxes
    cell by cell), more than rendering the rows; an indicator page loops over four or more.
    """
    names = [str(c) for c in frame.columns]
    columns = (frame[c].tolist() for c in frame.columns)
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


@cache
def _shared() -> jinja2.Environment:
    return environment()


def fragment(template: str, **context: Any) -> Markup:
    """Part of a page that is the same for everyone of a role (no user, no CSRF token).

    One rendering serves every request of the role until the store changes.
    """
    return Markup(_shared().get_template(template).render(**context))
