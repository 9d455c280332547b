"""The dashboard's routes, one module per page or group of pages."""

from csc_scorecard.web.routes import (
    admin,
    audit,
    auth,
    benchmarks,
    forecast,
    indicator,
    overview,
    plan,
    quality,
)

ROUTERS = [
    auth.router,
    overview.router,
    indicator.router,
    benchmarks.router,
    forecast.router,
    quality.router,
    plan.router,
    admin.router,
    audit.router,
]
