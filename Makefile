# Two entry points that work on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test system-deps bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

setup: $(STAMP)

## Ingest the bundled demo corpus into a fresh database and print the picture.
demo: $(STAMP)
	$(BIN)/lagebild demo

## System packages the full test suite needs (PostgreSQL, Chromium, Java); root only.
system-deps:
	bash scripts/system-deps.sh

## Install everything, then run the whole test suite.
test: system-deps $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
