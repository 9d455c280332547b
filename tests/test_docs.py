"""Docs generated from code are current, and every CLI command has help text and an example."""

from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.docs import GENERATED_PAGES

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("name", sorted(GENERATED_PAGES))
def test_generated_page_is_current(name):
    committed = (DOCS / name).read_text(encoding="utf-8")
    assert committed == GENERATED_PAGES[name](), f"run `scorecard docs` to refresh docs/{name}"


def _commands(group, prefix=()):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


COMMANDS = list(_commands(get_command(app)))


@pytest.mark.parametrize("path,command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help_with_an_example(path, command):
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in (command.help or ""), f"scorecard {' '.join(path)} needs an Example:"


def test_data_dictionary_documents_every_column_and_code():
    from csc_scorecard.model import CODE_LISTS, TABLES

    page = (DOCS / "data-dictionary.md").read_text(encoding="utf-8")
    for table in TABLES.values():
        assert f"### `{table.name}`" in page
        for column in table.all_columns:
            assert f"| `{column.name}` |" in page
    for code_list in CODE_LISTS.values():
        for code in code_list.codes:
            assert f"| `{code.code}` | {code.meaning} |" in page
