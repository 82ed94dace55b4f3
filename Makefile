# The front door. `make demo` runs the app on the built-in emulator; `make test` runs every check.
# Both set up what they need on a fresh Debian machine (system packages when run as root, and a
# virtual environment in .venv).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench bundle system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:
	@sh scripts/install-system-deps

demo: system-deps $(STAMP)
	$(BIN)/uploader-gui --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

unit: $(STAMP)
	sh scripts/run-tests $(PYTEST_ARGS)

test: system-deps $(STAMP) lint unit

# The Linux bundle (dist/): PyInstaller build, tarball and .deb, then a smoke test of the frozen
# app (version, keyring, an upload through the window, an upload from the command line).
bundle: system-deps $(STAMP)
	sh scripts/build-bundle

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
