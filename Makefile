# The toolchain's user interface. Every target bootstraps .venv on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8080
MOCK_DB ?= .mock/integrator.db
BASE ?= HEAD

.PHONY: venv generate merge codegen check test lint unit contract mock contract-live build publish diff bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## generate: merge specs/sources into specs/openapi.json, then generate the client
generate: $(STAMP)
	$(PY) -m generator merge
	$(PY) -m generator codegen

merge: $(STAMP)
	$(PY) -m generator merge

codegen: $(STAMP)
	$(PY) -m generator codegen

## check: fail if specs/openapi.json or generated/ differ from a fresh `make generate`
check: $(STAMP)
	$(PY) -m generator check

## test: lint, unit tests, client end-to-end tests, contract suite against the in-process mock
test: $(STAMP) lint
	$(PY) -m pytest -n 2 --junitxml=reports/junit.xml tests contract_tests

lint: $(STAMP)
	$(VENV)/bin/ruff check generator mock_api tests contract_tests bench
	$(VENV)/bin/ruff format --check generator mock_api tests contract_tests bench
	$(VENV)/bin/mypy generator mock_api

## mock: serve the stateful mock on 127.0.0.1:$(PORT), data in $(MOCK_DB)
mock: $(STAMP)
	@mkdir -p $(dir $(MOCK_DB))
	$(PY) -m mock_api --host 127.0.0.1 --port $(PORT) --db $(MOCK_DB)

## contract-live: the contract suite over HTTP against $INTEGRATOR_BASE_URL
contract-live: $(STAMP)
	$(PY) -m pytest contract_tests --live --junitxml=reports/junit-live.xml

build: $(STAMP)
	$(PY) -m generator build

publish: $(STAMP)
	$(PY) -m generator publish

diff: $(STAMP)
	$(PY) -m generator diff --base $(BASE)

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) dist build reports .mock .pytest_cache .mypy_cache .ruff_cache
