"""Published packs are recorded and reproducible; revisions are marked and explained (issue 14)."""

from datetime import date

import pandas as pd

from csc_scorecard.analysis.config import load_config
from csc_scorecard.publish.record import figure_table
from csc_scorecard.publish.write import write_as_published, write_pack
from revision_fixtures import council, episodes_load, load_and_compute

MARCH, APRIL = date(2025, 3, 1), date(2025, 4, 1)


def _cla1(pack) -> dict[str, str]:
    page = next(p for p in pack.data.pages if p.id == "CLA1")
    return {f"{m:%Y-%m}": page.shown(i) for i, m in enumerate(page.months)}


def test_corrected_file_is_marked_reproducible_and_reversible(tmp_path):
    store, starts = council(tmp_path, 8)
    first, first_paths = write_pack(store, "318", MARCH, tmp_path / "p1", load_config(), ["html"])
    # Eight children from June 2024: 0 until May 2024, 8 from June.
    assert _cla1(first)["2024-05"] == "0" and _cla1(first)["2025-03"] == "8"
    assert first.data.revisions is None  # nothing published before

    # The corrected file says C7 came into care on 15 February 2025, not 1 June 2024.
    load_and_compute(store, episodes_load(tmp_path, {**starts, "C7": date(2025, 2, 15)}, "v2"))
    second, _ = write_pack(store, "318", APRIL, tmp_path / "p2", load_config(), ["html"])
    # By hand: June 2024 to January 2025 (8 month ends) now count 7; February and March 8.
    expected = {f"{m:%Y-%m}" for m in pd.date_range("2024-06-01", "2025-01-01", freq="MS")}
    revisions = second.data.revisions
    assert revisions is not None and revisions.against_pack == 1
    assert {f"{r.month:%Y-%m}" for r in revisions.rows} == expected
    assert {(r.indicator_id, r.was, r.now, r.change) for r in revisions.rows} == {
        ("CLA1", "8", "7", "-1")
    }
    assert all(r.loads == ("episodes.csv (load 2, loaded)", "episodes.csv (load 1, removed)")
               for r in revisions.rows)  # fmt: skip
    page = next(p for p in second.data.pages if p.id == "CLA1")
    marked = {f"{m:%Y-%m}" for m, r in zip(page.months, page.revised, strict=True) if r}
    assert marked == expected
    # -1 of 8 is 12.5%: over the 10% threshold, so called out on page one.
    assert len(revisions.large) == len(expected)
    html = (tmp_path / "p2" / "pack-318-2025-04.html").read_text(encoding="utf-8")
    assert html.count("(revised)</span>") == len(expected)
    assert 'id="large-revisions"' in html and 'id="revisions"' in html

    # The first pack rebuilt from its record, after the correction: the same figures and bytes.
    rebuilt, paths, record = write_as_published(store, "318", MARCH, tmp_path / "p3", ["html"])
    assert record.pack_id == 1
    assert _cla1(rebuilt) == _cla1(first)
    table = figure_table(first.unsuppressed, first.published).to_csv(index=False).encode()
    assert (
        figure_table(rebuilt.unsuppressed, rebuilt.published).to_csv(index=False).encode() == table
    )
    assert record.published.figures.to_csv(index=False).encode() == table
    assert paths[0].read_bytes() == first_paths[0].read_bytes()
