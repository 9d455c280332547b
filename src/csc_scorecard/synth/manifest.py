"""The synthetic council's manifest: seed, parameters, row counts and every injected error.

Tests use it as the answer key: every injected error must be quarantined with the rule it
names, in every format it was written to, and nothing else may be quarantined.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class ErrorLocation:
    """Where one injected error landed in one written file."""

    format: str
    file: str
    source_table: str
    row_number: int


@dataclass
class InjectedError:
    """One injected fault: what was changed, the rule that should catch it and where it went.

    ``row_number`` in a location counts data rows from 1 (the row after the header); for XML it
    is the position of the record among records of its element in the file.
    """

    error_id: str
    la_code: str
    table: str
    child_id: str
    rule_id: str
    description: str
    locations: list[ErrorLocation] = field(default_factory=list)
    not_applicable: dict[str, str] = field(default_factory=dict)


@dataclass
class Manifest:
    """Seed, parameters, row counts per file, and the injected errors."""

    seed: int
    parameters: dict[str, Any]
    row_counts: dict[str, int] = field(default_factory=dict)
    errors: dict[str, InjectedError] = field(default_factory=dict)

    def locate(self, error_id: str, fmt: str, file: str, source_table: str, row: int) -> None:
        """Record that a writer wrote an error row to a file."""
        self.errors[error_id].locations.append(ErrorLocation(fmt, file, source_table, row))

    def not_applicable(self, error_id: str, fmt: str, reason: str) -> None:
        """Record that a format cannot carry an error (e.g. contacts are not in the 903)."""
        self.errors[error_id].not_applicable[fmt] = reason

    def count_rows(self, file: str, rows: int) -> None:
        """Record how many data rows a writer wrote to a file (relative path)."""
        self.row_counts[file] = rows

    def write(self, path: Path) -> None:
        """Write the manifest as JSON."""
        data = {
            "seed": self.seed,
            "parameters": self.parameters,
            "row_counts": self.row_counts,
            "errors": [asdict(e) for e in self.errors.values()],
        }
        path.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Manifest:
        """Read a manifest written by ``write``."""
        data = json.loads(path.read_text(encoding="utf-8"))
        manifest = cls(
            seed=data["seed"], parameters=data["parameters"], row_counts=data["row_counts"]
        )
        for raw in data["errors"]:
            locations = [ErrorLocation(**loc) for loc in raw.pop("locations")]
            manifest.errors[raw["error_id"]] = InjectedError(**raw, locations=locations)
        return manifest
