# figshare-sdk: build, regenerate and test.
#
#   make generate   fetch the pinned spec, patch it, regenerate generated/figshare_api (sets itself up)
#   make test       lint, type-check, build the docs site and run the whole test suite (sets itself up)
#   make docs       build the documentation site into site/ (mkdocs --strict); make docs-serve serves it
#
# Settings (environment or `make VAR=...`):
#   FIGSHARE_SPEC_MIRROR   folder laid out like Figshare's spec mirror; without it the pinned file is downloaded
#   FIGSHARE_TEST_CORPUS   folder of recorded Figshare responses for the corpus tests
#   FIGSHARE_SHARED        folder with the OAI-PMH schema, ResourceSync examples and Figshare's docs
#   PYTHON                 the Python that creates .venv (default python3; 3.11 or newer for the tooling)

SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP_PY := $(VENV)/.installed
STAMP_NODE := node_modules/.installed

.PHONY: setup spec generate check-generated test lint typecheck pytest pytest-runtime bench bench-profile mock api-diff update-spec dist-spec docs docs-serve clean

setup: $(STAMP_PY) $(STAMP_NODE)

$(STAMP_PY): pyproject.toml requirements/dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(STAMP_NODE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## spec: fetch the pinned upstream spec (sha256-checked) and write swagger/openapi.patched.json
spec: setup
	$(BIN)/python -m generator spec

## generate: the main job - regenerate generated/figshare_api from the pinned spec
generate: spec
	$(BIN)/python -m generator generate

## check-generated: fail when generated/ differs from a fresh generation
check-generated: generate
	git diff --exit-code --stat -- generated/
	test -z "$$(git status --porcelain -- generated/)"

lint: setup
	$(BIN)/ruff check src generator tests benchmarks docs/_hooks
	$(BIN)/ruff format --check src generator tests benchmarks docs/_hooks

typecheck: setup
	$(BIN)/mypy --strict src/figshare generator

pytest: spec
	$(BIN)/python -m pytest

RUNTIME_TESTS := tests/core tests/client tests/stats tests/files tests/resourcesync tests/cli tests/oai tests/servers tests/oauth

## pytest-runtime: the SDK's runtime tests with the current Python (any supported version, 3.10 included),
## without the generation tooling: make pytest-runtime PYTHON=python3.10
pytest-runtime:
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -e . -r requirements/test-runtime.txt
	$(PYTHON) -m pytest $(RUNTIME_TESTS)

DOCS_SITE ?= site
DOCS_PORT ?= 8000

## docs: build the documentation site into $(DOCS_SITE)/ with --strict (a broken link or reference fails);
## the API reference is generated from the installed packages (docs/_hooks/reference.py)
docs: setup
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir $(DOCS_SITE)

## docs-serve: serve the documentation on http://127.0.0.1:$(DOCS_PORT), rebuilt on every change
docs-serve: setup
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:$(DOCS_PORT)

## test: lint, type-check, build the docs, then the whole test suite (tests/docs reads the site just built)
test: export FIGSHARE_DOCS_SITE = $(abspath $(DOCS_SITE))
test: lint typecheck docs pytest

## mock: serve the patched spec with Stoplight Prism on http://127.0.0.1:4010 (for trying the SDK, recording cassettes)
mock: spec
	node_modules/.bin/prism mock --host 127.0.0.1 --port $${PRISM_PORT:-4010} swagger/openapi.patched.json

FORMAT ?= markdown

## api-diff: API change report of two upstream spec files: make api-diff OLD=a.json NEW=b.json [FORMAT=json] [OUTPUT=file]
api-diff: setup
	@[ -n "$(OLD)" ] && [ -n "$(NEW)" ] || { echo "usage: make api-diff OLD=<spec> NEW=<spec> [FORMAT=json] [OUTPUT=<file>]"; exit 2; }
	$(BIN)/python -m generator.diff "$(OLD)" "$(NEW)" --format $(FORMAT) $(if $(OUTPUT),--output "$(OUTPUT)")

## update-spec: pin the newest upstream specs, write swagger/[v3/]reports/api-changes.{md,json} and their entry in
## CHANGELOG.md (API changes), regenerate, test
update-spec: setup
	$(BIN)/python -m generator.update --api v2 --changelog CHANGELOG.md
	$(BIN)/python -m generator.update --api v3 --changelog CHANGELOG.md
	$(MAKE) generate
	$(MAKE) test

## dist-spec: dist/spec/ for SDKs in other languages (patched spec, overlays, DEVIATIONS.md, conformance fixtures)
dist-spec: spec
	$(BIN)/python -m generator.dist

## bench: the performance table as users get it (about 10 minutes): the wheel in a runtime-only venv, each peer
## library in its own (.venv-bench/), real bodies from FIGSHARE_TEST_CORPUS and FIGSHARE_SHARED; prints one table,
## writes benchmarks/results/latest.{md,json} and puts the table into the README. BENCH_QUICK=1: a smoke run
## (tiny sizes, results in a temporary folder, README untouched).
bench: setup
	$(PYTHON) benchmarks/bench.py --build-python $(BIN)/python
	@if [ "$${BENCH_QUICK:-0}" != 1 ]; then $(PYTHON) benchmarks/readme.py; fi

## bench-profile: where the SDK's time goes in each figure (cProfile, -X importtime) in the runtime-only venv,
## into benchmarks/results/profiles/ (read by benchmarks/results/profile-notes.md)
bench-profile: setup
	$(PYTHON) benchmarks/profile_sdk.py --build-python $(BIN)/python

clean:
	rm -rf .venv-bench swagger/fetched swagger/openapi.patched.json dist site build/docs-screenshots .pytest_cache .mypy_cache .ruff_cache
