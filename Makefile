# figshare-sdk: build, regenerate and test.
#
#   make generate   fetch the pinned spec, patch it, regenerate generated/figshare_api (sets itself up)
#   make unasync    regenerate the sync twins (Stats, OAIClient, ResourceSyncClient, Figshare) from their async sources
#   make test       lint, type-check, build the docs site and run the whole test suite (sets itself up)
#   make docs       build the documentation site into site/ (mkdocs --strict); make docs-serve serves it
#   make clean      remove build outputs (fetched and patched specs, dist/, site/, live-check/, caches); keeps .venv
#   make distclean  also remove the environments (.venv, .venv-runtime-*) and node_modules
#
# Settings (environment or `make VAR=...`):
#   FIGSHARE_SPEC_MIRROR   folder laid out like Figshare's spec mirror; without it the pinned file is downloaded
#   FIGSHARE_TEST_CORPUS   folder of recorded Figshare responses for the corpus tests
#   FIGSHARE_SHARED        folder with the OAI-PMH schema, ResourceSync examples and Figshare's docs
#   PYTHON                 the Python that creates .venv (default python3; 3.11 or newer for the tooling). Given
#                          explicitly, a .venv made by another Python is recreated with it.

SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP_PY := $(VENV)/.installed
STAMP_NODE := node_modules/.installed

# Which Python made .venv, and which one was asked for: "<version> <base prefix> ok|old" ("old": below 3.11).
PY_ID := import os, sys; print("%d.%d.%d" % sys.version_info[:3], os.path.realpath(sys.base_prefix), "ok" if sys.version_info >= (3, 11) else "old")
VENV_ID := $(shell [ -x $(BIN)/python ] && $(BIN)/python -c '$(PY_ID)' 2>/dev/null)
ASKED_ID := $(if $(filter command line environment,$(origin PYTHON)),$(shell $(PYTHON) -c '$(PY_ID)' 2>/dev/null))
# Why .venv must be made again (empty when it can be kept): broken, too old for the tooling, or made by another
# Python than the one PYTHON names.
comma := ,
ASKED_FOR := $(filter command line environment,$(origin PYTHON))
VENV_STALE := $(if $(wildcard $(VENV)),$(if $(VENV_ID),$(if $(filter old,$(VENV_ID)),$(VENV) has Python $(firstword $(VENV_ID)) and the tooling needs 3.11+,$(if $(ASKED_FOR),$(if $(ASKED_ID),$(if $(filter-out $(VENV_ID),$(ASKED_ID)),$(VENV) was made by Python $(firstword $(VENV_ID)) ($(word 2,$(VENV_ID)))$(comma) not by PYTHON=$(PYTHON) ($(firstword $(ASKED_ID)))),PYTHON=$(PYTHON) does not run))),$(VENV) has no working Python))
PYTHON_TOO_OLD = { echo "error: the tooling (openapi-python-client, mypy, the generator) needs Python 3.11 or newer, but PYTHON=$(PYTHON) is $$($(PYTHON) -c 'import platform; print(platform.python_version())' 2>/dev/null || echo 'not found'): run make with PYTHON=python3.11 (or newer)" >&2; exit 1; }

.PHONY: setup spec generate check-generated unasync test lint typecheck pytest pytest-runtime bench bench-profile mock api-diff update-spec live-check dist-spec docs docs-serve clean distclean FORCE

setup: $(STAMP_PY) $(STAMP_NODE)

$(STAMP_PY): pyproject.toml requirements/dev.lock $(if $(VENV_STALE),FORCE)
	@if [ -n "$(VENV_STALE)" ] || [ ! -x $(BIN)/python ]; then \
	  $(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || $(PYTHON_TOO_OLD); \
	  if [ -n "$(VENV_STALE)" ]; then echo "recreating $(VENV): $(VENV_STALE)"; rm -rf $(VENV); fi; \
	  echo "$(PYTHON) -m venv $(VENV)"; $(PYTHON) -m venv $(VENV); \
	fi
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(STAMP_NODE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## spec: fetch the pinned upstream spec (sha256-checked) and write swagger/openapi.patched.json
spec: setup
	$(BIN)/python -m generator spec

## generate: the main job - fetch the pinned specs and build generated/figshare_api and generated/figshare_api_v3
## (python -m generator build SOURCE OUTDIR: the same command builds any other upstream version)
V2_SPEC := swagger/fetched/swagger.json
V3_SPEC := swagger/v3/fetched/swagger_v3.0.json
generate: setup
	$(BIN)/python -m generator fetch
	$(BIN)/python -m generator build $(V2_SPEC) generated --api v2 --patched swagger/openapi.patched.json
	$(BIN)/python -m generator build $(V3_SPEC) generated --api v3 --patched swagger/v3/openapi.patched.json

## check-generated: fail when generated/ differs from a fresh generation
check-generated: generate
	git diff --exit-code --stat -- generated/
	test -z "$$(git status --porcelain -- generated/)"

## unasync: regenerate the sync twins from their async sources (generator/unasync.py; the async module is the one
## truth, the sync one says so in its first line); tests/pipeline/test_unasync.py fails while one is stale
unasync: setup
	$(BIN)/python -m generator.unasync

lint: setup
	$(BIN)/ruff check src generator tests benchmarks docs/_hooks
	$(BIN)/ruff format --check src generator tests benchmarks docs/_hooks

typecheck: setup
	$(BIN)/mypy --strict src/figshare generator

pytest: spec
	$(BIN)/python -m pytest

RUNTIME_TESTS := tests/core tests/client tests/stats tests/files tests/resourcesync tests/cli tests/oai tests/servers tests/oauth tests/fuzz

## pytest-runtime: the SDK's runtime tests with the current Python (any supported version, 3.10 included),
## without the generation tooling, in its own environment .venv-runtime-<version>: make pytest-runtime PYTHON=python3.10
pytest-runtime:
	@version=$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) \
	  || { echo "error: PYTHON=$(PYTHON) is not a Python interpreter" >&2; exit 1; }; \
	venv=.venv-runtime-$$version; \
	if ! $$venv/bin/python -c pass 2>/dev/null; then rm -rf $$venv; echo "$(PYTHON) -m venv $$venv"; $(PYTHON) -m venv $$venv; fi; \
	wanted=$$(cat pyproject.toml requirements/test-runtime.txt | sha256sum); \
	if [ "$$(cat $$venv/.installed 2>/dev/null)" != "$$wanted" ]; then \
	  $$venv/bin/python -m pip install --quiet --disable-pip-version-check -e . -r requirements/test-runtime.txt \
	  && echo "$$wanted" > $$venv/.installed || exit 1; \
	fi; \
	echo "$$venv/bin/python -m pytest $(RUNTIME_TESTS)"; \
	$$venv/bin/python -m pytest $(RUNTIME_TESTS)

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

## mock: serve the patched specs with Stoplight Prism, v2 on http://127.0.0.1:4010 and v3 on http://127.0.0.1:4011
## (API=v2 or API=v3 serves one, on PRISM_PORT). Point the SDK at them: FIGSHARE_BASE_URL=http://127.0.0.1:4010
## FIGSHARE_V3_BASE_URL=http://127.0.0.1:4011 (client.v3 uses the second).
API ?=
PRISM_PORT ?= 4010
PRISM_V3_PORT ?= 4011
PRISM := node_modules/.bin/prism mock --host 127.0.0.1
mock: spec
	@case "$(API)" in \
	  v2) exec $(PRISM) --port $(PRISM_PORT) swagger/openapi.patched.json ;; \
	  v3) exec $(PRISM) --port $(PRISM_PORT) swagger/v3/openapi.patched.json ;; \
	  "") echo "mock: v2 on http://127.0.0.1:$(PRISM_PORT), v3 on http://127.0.0.1:$(PRISM_V3_PORT);" \
	        "use FIGSHARE_BASE_URL=http://127.0.0.1:$(PRISM_PORT) FIGSHARE_V3_BASE_URL=http://127.0.0.1:$(PRISM_V3_PORT)"; \
	      trap 'kill $$(jobs -p) 2>/dev/null' INT TERM EXIT; \
	      $(PRISM) --port $(PRISM_PORT) swagger/openapi.patched.json & \
	      $(PRISM) --port $(PRISM_V3_PORT) swagger/v3/openapi.patched.json & \
	      wait ;; \
	  *) echo "error: API=$(API): say v2 or v3, or nothing for both" >&2; exit 2 ;; \
	esac

FORMAT ?= markdown

## api-diff: API change report of two upstream spec files: make api-diff OLD=a.json NEW=b.json [FORMAT=json] [OUTPUT=file]
api-diff: setup
	@[ -n "$(OLD)" ] && [ -n "$(NEW)" ] || { echo "usage: make api-diff OLD=<spec> NEW=<spec> [FORMAT=json] [OUTPUT=<file>]"; exit 2; }
	$(BIN)/python -m generator.diff "$(OLD)" "$(NEW)" --format $(FORMAT) $(if $(OUTPUT),--output "$(OUTPUT)")

## update-spec: pin the newest upstream specs, write swagger/[v3/]reports/api-changes.{md,json} and their entry in
## CHANGELOG.md (API changes), rebuild, test (python -m generator.regenerate; the weekly workflow then runs
## python -m generator.proposal)
update-spec: setup
	$(BIN)/python -m generator.regenerate --changelog CHANGELOG.md
	$(MAKE) test

## live-check: call a fixed set of public Figshare endpoints (no token, 1 request/s, 16 requests), record the
## answers in live-check/recordings, and check them against the spec (typed, lossless, no undeclared keys):
## live-check/drift.md and drift.json; fails on any drift. Weekly in .github/workflows/live-check.yml, never more.
live-check: spec
	$(BIN)/python -m generator.live_check run --output live-check

## dist-spec: dist/spec/ for SDKs in other languages (lenient and evidenced documents, the overlays that make them,
## DEVIATIONS.md, conformance fixtures), then checked with tools of another ecosystem: openapi-format rebuilds each
## document from the upstream file and the overlays, ajv with ajv-formats validates every fixture against both
## variants (formats asserted), openapi-typescript and tsc --strict type every fixture's response
DIST_CHECKS := generator/dist_checks
dist-spec: spec
	$(BIN)/python -m generator.dist
	node $(DIST_CHECKS)/apply_overlays.mjs dist/spec v2=$(V2_SPEC) v3=$(V3_SPEC)
	node $(DIST_CHECKS)/validate_fixtures.mjs dist/spec
	node $(DIST_CHECKS)/typecheck_fixtures.mjs dist/spec

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

## clean: remove build outputs and caches (not the environments: see distclean)
clean:
	rm -rf swagger/fetched swagger/openapi.patched.json swagger/v3/fetched swagger/v3/openapi.patched.json \
	  dist site build/docs-screenshots live-check .pytest_cache .mypy_cache .ruff_cache

## distclean: clean, and remove .venv, the runtime test and benchmark environments and node_modules
distclean: clean
	rm -rf $(VENV) .venv-runtime-* .venv-bench node_modules

FORCE:
