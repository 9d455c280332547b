# Two commands on a fresh machine: `make demo` and `make test`.
# Needs only python3 (3.11+); uv is bootstrapped into .tools/ with pip when it is not on PATH.

SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
VENV := .venv
RUN := $(UV) run --frozen --no-sync
OUT ?= out
SEED ?= 1

.PHONY: demo test test-wheel lint typecheck pytest docs sql-snapshots clean bench system-packages

$(CURDIR)/.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

# Modules compiled once at install: a process that imports pandas, ibis and the web stack
# then starts in a second or two rather than five (no .pyc is written where
# PYTHONDONTWRITEBYTECODE is set, so every process would compile them again). The Makefile
# is a prerequisite because it says how the environment is installed.
$(VENV)/.synced: uv.lock pyproject.toml Makefile | $(UV)
	$(UV) sync --frozen --quiet --compile-bytecode
	touch $@

demo: $(VENV)/.synced
	$(RUN) scorecard demo --out $(OUT) --seed $(SEED)

test: $(VENV)/.synced system-packages lint typecheck pytest

system-packages:
	bash scripts/system-packages.sh

lint: $(VENV)/.synced
	$(RUN) ruff check src tests benchmarks
	$(RUN) ruff format --check src tests benchmarks

typecheck: $(VENV)/.synced
	$(RUN) mypy

pytest: $(VENV)/.synced
	$(RUN) pytest -n 2 --dist loadscope --durations=15

test-wheel: $(VENV)/.synced
	$(RUN) pytest -m wheel tests/test_wheel.py

docs: $(VENV)/.synced
	$(RUN) scorecard docs --out docs

# After a deliberate change to an indicator's SQL: rewrite tests/sql_snapshots/ (review the diff).
sql-snapshots: $(VENV)/.synced
	UPDATE_SNAPSHOTS=1 $(RUN) pytest -q -p no:randomly tests/test_sql.py -k snapshot

bench: $(VENV)/.synced
	$(RUN) python benchmarks/bench_synth_load.py
	$(RUN) python benchmarks/bench_indicators.py

clean:
	rm -rf $(VENV) .tools $(OUT) scorecard.duckdb .pytest_cache .mypy_cache .ruff_cache
