"""The packages import one another in one direction only: no circles, no layer reaching up.

The graph is read from the source with ``ast`` (every import, including those inside functions
and under TYPE_CHECKING, since a lazy import is still a dependency). A unit is a package under
``csc_scorecard`` or one of its top-level modules. The layers, lowest first, are the order the
data flows through the code: the canonical model; the store and the simulator that write it;
the loaders that fill the store; the checks beside them; the indicator catalogue; analysis,
disclosure control, briefings, forecasts and unloading (which recomputes); the pack and the
generated docs; the dashboard; the command line. A new package must be given a layer here.
"""

import ast
from collections import defaultdict
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

import csc_scorecard

SOURCE = Path(csc_scorecard.__file__).parent
LAYERS = (
    {"model", "calendar", "engines", "errors", "__init__"},
    {"store", "synth"},
    {"ingest", "quarantine_report"},
    {"validators", "status"},
    {"indicators"},
    {"analysis", "privacy", "briefings", "forecast", "unload"},
    {"publish", "docs"},
    {"web"},
    {"cli", "__main__"},
)
LAYER = {unit: level for level, units in enumerate(LAYERS) for unit in units}


def unit_of(module: str) -> str:
    """``csc_scorecard.ingest.ssd`` -> ``ingest``; ``csc_scorecard`` -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[str, list[str]]]:
    """Each import of a file: (module, names taken from it); ``import x`` takes none."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path.parent)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # a relative import, resolved against the file's package
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.append((base, [alias.name for alias in node.names]))
    return [(base, names) for base, names in found if base.split(".")[0] == "csc_scorecard"]


def imported(path: Path) -> set[str]:
    """Every csc_scorecard module or name a file imports (``from x import y`` gives x.y too)."""
    return {name for base, names in imports(path)
            for name in (base, *(f"{base}.{n}" for n in names))}  # fmt: skip


def module_graph() -> dict[str, set[str]]:
    """Module -> the modules it imports; ``from package import module`` is that module's."""
    files = {module_name(path): path for path in SOURCE.rglob("*.py")}
    graph = {}
    for module, path in files.items():
        targets = set()
        for base, names in imports(path):
            found = {f"{base}.{name}" for name in names} & set(files)
            targets |= found
            if len(found) < len(names) or not names:  # a name the module itself defines
                targets.add(base)
        graph[module] = targets - {module}
    return graph


def import_graph() -> dict[str, dict[str, set[str]]]:
    """unit -> imported unit -> the files (relative to the package) that import it."""
    graph: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in SOURCE.rglob("*.py"):
        source = unit_of(module_name(path))
        for name in imported(path):
            target = unit_of(name)
            if target != source:
                graph[source][target].add(str(path.relative_to(SOURCE)))
    return graph


def reachable(graph: dict[str, dict[str, set[str]]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(graph.get(start, {}))
    while todo:
        unit = todo.pop()
        if unit not in seen:
            seen.add(unit)
            todo.extend(graph.get(unit, {}))
    return seen


def test_the_graph_is_read_from_the_source():
    graph = import_graph()
    assert "store" in graph["ingest"], "the loaders write through the store"
    assert "indicators" in graph["publish"]
    assert "web" in graph["cli"]


def test_every_unit_has_a_layer():
    units = {unit_of(module_name(path)) for path in SOURCE.rglob("*.py")}
    assert units - set(LAYER) == set(), "give the new package a layer in LAYERS"


def test_no_package_imports_itself_through_others():
    graph = import_graph()
    circles = sorted(unit for unit in graph if unit in reachable(graph, unit))
    assert circles == [], {unit: dict(graph[unit]) for unit in circles}


def test_no_module_imports_itself_through_others():
    """Within a package too: a circle of files is one tangle, whatever the packages say."""
    try:
        tuple(TopologicalSorter(module_graph()).static_order())
    except CycleError as circle:
        pytest.fail(f"modules import each other in a circle: {' -> '.join(circle.args[1])}")


def test_the_module_graph_sees_a_submodule_taken_from_its_package():
    graph = module_graph()
    assert "csc_scorecard.web.page_store" in graph["csc_scorecard.web.snapshot"]
    assert "csc_scorecard.web" not in graph["csc_scorecard.web.snapshot"]
    assert "csc_scorecard.web.month_pages" in graph["csc_scorecard.web.dashboard_copy"]


def test_no_layer_imports_a_higher_one():
    graph = import_graph()
    upward = {
        f"{source} -> {target}": sorted(files)
        for source, targets in graph.items()
        for target, files in targets.items()
        if LAYER[target] > LAYER[source]
    }
    assert upward == {}


def test_the_analysis_works_on_frames_and_never_opens_a_store():
    """SPC, judgement, benchmarks and funnel plots take figures in hand, so the pack (which
    reads a store through ``publish.reads``) and the dashboard (which has its copy's figures)
    share them; a store read inside the analysis would tie it to one of them."""
    readers = sorted(
        str(path.relative_to(SOURCE))
        for path in (SOURCE / "analysis").rglob("*.py")
        if {"csc_scorecard.store", "csc_scorecard.indicators.values"} & imported(path)
    )
    assert readers == []
