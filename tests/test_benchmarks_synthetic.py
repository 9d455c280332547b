"""Benchmarking from the published-statistics file equals benchmarking from the councils' own
figures, on a small synthetic national store; and the pack and the dashboard show every mapped
indicator's England and neighbour figures.

Three synthetic councils are simulated and computed, their published statistics written in
DfE's open-data layout (``write_published``, as ``scorecard synth`` does) and loaded back.
Independently, each council's own 31 March figures are read from ``indicator_value`` computed
in the same store (the March figure, or April to March added up for an in-month indicator;
for the workforce census, WF1 and WF2, the September 2025 figure, as DfE's 30 September),
and England's, the regions', the neighbours' averages, the ranks and quartiles are worked out
from them here with pandas. The dashboard publishes its copy for March 2026 alone.
"""

import re
from datetime import date

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from csc_scorecard.analysis.benchmarks import benchmark
from csc_scorecard.analysis.config import load_config
from csc_scorecard.indicators import values
from csc_scorecard.indicators.catalogue import indicator, series_ids
from csc_scorecard.indicators.compute import compute
from csc_scorecard.ingest.benchmark_mapping import Mapping
from csc_scorecard.ingest.benchmarks import load_benchmarks
from csc_scorecard.ingest.folder import load_council_folder
from csc_scorecard.ingest.neighbours import load_neighbours
from csc_scorecard.publish.assemble import assemble
from csc_scorecard.publish.dfe_release import REGIONS, write_published
from csc_scorecard.publish.html import render_html
from csc_scorecard.store import Store
from csc_scorecard.synth.generate import SynthOptions, synthesise
from csc_scorecard.web import accounts, create_app, dashboard_copy, snapshot
from csc_scorecard.web.roles import Role

YEAR = date(2026, 3, 31)
SEPTEMBER = date(2025, 9, 30)
ROUNDED = 0.05 + 1e-9
"""DfE publishes one decimal: 16.25 is printed 16.2, 0.05 away (and a float hair more)."""
MAPPING = Mapping.read()


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    out = tmp_path_factory.mktemp("national")
    # six years: CL1 and CL2 read 63 months before the month, so March 2026 needs the
    # collection years from April 2020 covered
    options = SynthOptions(seed=9, children=3000, years=6, councils=3, error_rate=0.0,
                           period_end=YEAR)  # fmt: skip
    folders = synthesise(out, options)
    store = Store(str(out / "store.duckdb"))
    for folder in folders:
        load_council_folder(store, folder, folder.name, series_ids())
    compute(store, indicator_ids=MAPPING.indicator_ids())
    files = write_published([store], out / "published", MAPPING)
    load_benchmarks(store, files[:-1])
    load_neighbours(store, files[-1])
    return store, [f.name for f in folders]


def year_of(indicator_id: str) -> date:
    """The published year the test compares: 31 March 2026, or the workforce census's latest
    30 September before it."""
    return SEPTEMBER if MAPPING.placement(indicator_id).time_basis == "30 September" else YEAR


def own_figures(store: Store, indicator_id: str) -> pd.DataFrame:
    """Each council's figure for its year from its own computed figures (see the module doc)."""
    item, placement = indicator(indicator_id), MAPPING.placement(indicator_id)
    v = store.table("indicator_value").execute()
    v = v[(v.indicator_id == indicator_id) & (v.breakdown == "all")]
    v["month"] = pd.to_datetime(v.month).dt.date
    if placement.time_basis == "30 September":
        v = v[v.month == date(2025, 9, 1)]
    elif item.period == "in_month":
        v = v[(v.month >= date(2025, 4, 1)) & (v.month <= date(2026, 3, 1))]
    else:
        v = v[v.month == date(2026, 3, 1)]
    if v.denominator.isna().all():  # a series loaded as a value alone (WF1)
        return v.set_index("la_code")[["numerator", "denominator", "value"]]
    sums = v.groupby("la_code")[["numerator", "denominator"]].sum()
    sums["value"] = (sums.numerator * placement.per / sums.denominator).where(sums.denominator > 0)
    # published as "c" (counts 1 to 5): not a figure anyone can rank or average
    sums.loc[(sums.numerator > 0) & (sums.numerator < 6), "value"] = float("nan")
    return sums


def aggregate(own: pd.DataFrame, per: float) -> float:
    """England's or a region's figure: counts over denominators, or the mean of figures."""
    if own.denominator.isna().all():
        return float(own.value.mean())
    return float(own.numerator.sum() * per / own.denominator.sum())


def quartile_of(rank: int, ranked: int) -> int:
    return next(q for q in (1, 2, 3, 4) if rank <= ranked * q / 4)


@pytest.mark.parametrize("indicator_id", MAPPING.indicator_ids())
def test_published_file_and_own_figures_agree(national, indicator_id):
    store, councils = national
    frame = values.benchmark_figures(store)
    own = own_figures(store, indicator_id)
    per = MAPPING.placement(indicator_id).per
    england = aggregate(own, per)
    regions = {c: REGIONS[i % 2][0] for i, c in enumerate(sorted(councils))}
    shown = own.value.round(1)  # DfE publishes one decimal
    for la_code in councils:
        result = benchmark(frame, indicator_id, la_code, year_of(indicator_id),
                           values.statistical_neighbours(store, la_code))  # fmt: skip
        assert result.england == pytest.approx(england, abs=ROUNDED)
        members = own.loc[[c for c in councils if regions[c] == regions[la_code]]]
        assert result.region == pytest.approx(aggregate(members, per), abs=ROUNDED)
        others = [c for c in councils if c != la_code]  # three councils: all are neighbours
        assert sorted(values.statistical_neighbours(store, la_code)) == sorted(others)
        near = shown.reindex(others).dropna()
        assert result.neighbours_counted == len(near)
        if len(near):
            assert result.neighbours == pytest.approx(near.mean(), abs=1e-9)
        if pd.isna(shown.get(la_code)):
            assert result.rank is None
            continue
        ranked = shown.dropna()
        rank = int((ranked < shown[la_code]).sum()) + 1
        assert (result.rank, result.ranked) == (rank, len(ranked))
        assert result.quartile == quartile_of(rank, len(ranked))


def test_the_pack_shows_england_and_neighbours_for_every_mapped_indicator(national):
    store, _ = national
    pack = assemble(store, "318", date(2026, 3, 1), load_config()).data
    pages = {p.id: p for p in pack.pages}
    html = render_html(pack)
    for indicator_id in MAPPING.indicator_ids():
        page = pages[indicator_id]
        assert page.benchmark is not None, indicator_id
        assert page.england == page.benchmark.england and page.england is not None, indicator_id
        row = next(r for r in pack.scorecard.rows if r.summary.indicator.id == indicator_id)
        assert row.summary.neighbours == page.benchmark.neighbours, indicator_id
        assert row.summary.neighbours is not None or page.benchmark.neighbours_counted == 0
        assert page.benchmark.quartile_shown in html
        if page.benchmark.funnel is not None:  # a percentage or rate with its size published
            assert page.funnel is not None and page.funnel.this_council is not None
            assert page.funnel_svg and page.funnel_svg in html, indicator_id
        if page.benchmark.council is None:  # hidden or not published: never plotted
            assert page.funnel is None or page.funnel.this_council is None, indicator_id
    assert '<th scope="col">Neighbours</th>' in html and '<th scope="col">Quartile</th>' in html


PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def dashboard(national, tmp_path_factory):
    """The dashboard over the national store, published for its latest month (March 2026)."""
    store, _ = national
    store.con.raw_sql("CHECKPOINT")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(snapshot, "MONTHS_SHOWN", 1)  # the panel needs one month's pages
        dashboard_copy.publish(store.target)
    app = create_app(store.target, f"sqlite:///{tmp_path_factory.mktemp('app') / 'app.db'}")
    clients = {}
    for role in (Role.viewer, Role.analyst):
        with app.state.web.sessions.begin() as db:
            accounts.add_user(db, role.name, PASSWORD, role)
        client = TestClient(app, follow_redirects=False)
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
        assert token
        client.post("/login", data={"username": role.name, "password": PASSWORD,
                                    "csrf_token": token.group(1)})  # fmt: skip
        clients[role] = client
    return clients


def panel(page: str) -> dict[str, str]:
    tree = lxml_html.fromstring(page)
    rows = tree.xpath("//section[@class='benchmarks']//tbody/tr")
    return {r.xpath("string(th)").strip(): r.xpath("string(td)").strip() for r in rows}


def as_printed(value: float, unit: str) -> str:
    return f"{value:.1f}%" if unit == "percent" else f"{value:,.1f}"


@pytest.mark.parametrize("role", [Role.viewer, Role.analyst], ids=["viewer", "analyst"])
def test_the_dashboard_shows_england_and_neighbours_for_every_mapped_indicator(
    national, dashboard, role
):
    store, _ = national
    rows = store.table("benchmark_value").execute()
    rows["year_ending"] = pd.to_datetime(rows.year_ending).dt.date
    for indicator_id in MAPPING.indicator_ids():
        page = dashboard[role].get(f"/indicator/{indicator_id}?la=318&month=2026-03")
        assert page.status_code == 200, indicator_id
        table = panel(page.text)
        mine = rows[rows.indicator_id == indicator_id]
        mine = mine[mine.year_ending == year_of(indicator_id)].set_index("area_code")
        unit = indicator(indicator_id).unit
        (england,) = mine[mine.geographic_level == "National"].value
        assert table["England"] == as_printed(england, unit), indicator_id
        for code in ("901", "902"):  # 318's neighbours: the other two councils
            published_value, symbol = mine.value[code], mine.symbol[code]
            expected = symbol if pd.isna(published_value) else f"{published_value:,.1f}"
            assert table[f"Neighbour: Synthetic council {code} ({code})"] == expected
        assert any(k.startswith("Statistical neighbours' average") for k in table)
