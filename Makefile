# The toolchain's user interface. Every target bootstraps .venv on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CLIENT := generated/integrator-io-client
PORT ?= 8080
MOCK_DB ?= .mock/integrator.db
BASE ?= HEAD
FORMAT ?= markdown
FAIL_ON ?= breaking

.PHONY: venv generate merge codegen check test lint mock contract-live build publish diff release bench clean

venv: $(STAMP)

# The generated client is installed too (editable: `make generate` updates it in place), so
# `import integrator_io_client` and every README example work in .venv as written.
$(STAMP): pyproject.toml $(CLIENT)/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet -e $(CLIENT)
	touch $(STAMP)

## generate: merge specs/sources into specs/openapi.json, then generate the client
generate: $(STAMP)
	$(PY) -m generator generate

merge: $(STAMP)
	$(PY) -m generator merge

codegen: $(STAMP)
	$(PY) -m generator codegen

## check: fail if specs/openapi.json or generated/ differ from a fresh `make generate`, or if
## info.version grew less than the API changed since the last release (specs/released/)
check: $(STAMP)
	$(PY) -m generator check

## test: lint, unit tests, client end-to-end tests, contract suite against the in-process mock
test: $(STAMP) lint
	$(PY) -m pytest -n 2 --junitxml=reports/junit.xml tests contract_tests

lint: $(STAMP)
	$(VENV)/bin/ruff check generator mock_api tests contract_tests bench
	$(VENV)/bin/ruff format --check generator mock_api tests contract_tests bench
	$(VENV)/bin/mypy generator mock_api contract_tests bench

## mock: serve the stateful mock on 127.0.0.1:$(PORT), data in $(MOCK_DB)
mock: $(STAMP)
	@mkdir -p $(dir $(MOCK_DB))
	$(PY) -m mock_api --host 127.0.0.1 --port $(PORT) --db $(MOCK_DB)

## contract-live: the contract suite over HTTP against $INTEGRATOR_BASE_URL, throttled to
## $CONTRACT_RATE_LIMIT (default: the spec's x-rate-limit refill rate); see contract_tests/README.md
contract-live: $(STAMP)
	$(PY) -m pytest contract_tests --live --junitxml=reports/junit-live.xml

build: $(STAMP)
	$(PY) -m generator build

publish: $(STAMP)
	$(PY) -m generator publish

## diff: classify the changes of specs/openapi.json against $(BASE) (a git ref)
diff: $(STAMP)
	$(PY) -m generator diff $(BASE):specs/openapi.json specs/openapi.json --format $(FORMAT) --fail-on $(FAIL_ON)

## release: record the current spec as published (specs/released/) and its CHANGELOG entry
release: $(STAMP)
	$(PY) -m generator release

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) dist build reports .mock .pytest_cache .mypy_cache .ruff_cache
