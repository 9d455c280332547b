"""Canonical data model: code lists and table definitions, the single source of truth."""

from csc_scorecard.model.codes import CODE_LISTS, Code, CodeList
from csc_scorecard.model.tables import DATA_TABLES, TABLES, Column, Table

__all__ = ["CODE_LISTS", "DATA_TABLES", "TABLES", "Code", "CodeList", "Column", "Table"]
