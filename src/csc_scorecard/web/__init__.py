"""The web dashboard (issue 7): the pack in a browser, with roles, commentary and the plan.

``create_app`` builds the FastAPI application; ``commentary_for`` gives the pack the
commentary analysts wrote in the dashboard.
"""

from csc_scorecard.web.app import create_app
from csc_scorecard.web.commentary import commentary_for

__all__ = ["commentary_for", "create_app"]
