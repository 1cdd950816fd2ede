# Front door of the project: `make` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORPUS ?= seeds
REPORTS ?= reports
JOBS ?= 2

.PHONY: help setup system reports test lint lab bench verify clean lock

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z]+:.*## / {printf "  make %-8s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

system:
	@bash scripts/setup-system.sh

$(STAMP): requirements.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found. What to do: install Python 3.11 or run make PYTHON=/path/to/python3.11" >&2; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

setup: system $(STAMP) ## Install Debian packages and the pinned Python environment (.venv)

reports: setup ## Build every report (HTML, PDF, figures, data) from seeds/ into reports/ (FORCE=1 rebuilds all)
	@$(PY) -m analysis build --corpus $(CORPUS) --out $(REPORTS) --jobs $(JOBS) $(if $(FORCE),--force)

test: setup lint ## Lint, run every test of tests/, then check that reports/ matches a fresh build
	$(PY) -m pytest -q
	@$(MAKE) --no-print-directory verify

lint: setup ## Check the lint contract (ruff, configured in pyproject.toml)
	$(VENV)/bin/ruff check analysis tests benchmarks scripts
	$(VENV)/bin/ruff format --check analysis tests benchmarks scripts

lab: setup ## Open JupyterLab on notebooks/ with the project's kernel
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

bench: setup ## Run the benchmarks (build, extraction, one long line, near-duplicates) and print their tables
	$(PY) benchmarks/build.py
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/line_length.py
	$(PY) benchmarks/duplicates.py --sizes 10000 100000

verify: setup ## Rebuild everything in a temporary folder and compare with reports/ byte for byte
	@$(PY) -m analysis verify --corpus $(CORPUS) --reports $(REPORTS) --jobs $(JOBS)

clean: ## Remove the environment and caches (reports/ is kept)
	rm -rf $(VENV) .cache .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

lock: ## Recompile requirements.txt (with hashes) from requirements.in
	@test -x .cache/pip-tools/bin/pip-compile || { $(PYTHON) -m venv .cache/pip-tools && .cache/pip-tools/bin/pip install --quiet pip-tools; }
	.cache/pip-tools/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -q -o requirements.txt requirements.in
