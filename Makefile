# The front door. `make demo` runs the app on the built-in emulator; `make test` runs every check.
# Both set up what they need on a fresh Debian machine (system packages when run as root, and a
# virtual environment in .venv installed from the lock, requirements/dev.txt, with hashes).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# How long `make soak` keeps the window busy, in minutes.
SOAK_MINUTES ?= 10

.PHONY: demo test coverage lint typecheck unit lock lock-upgrade lock-check soak soak-short wheel-check \
	bench bench-network bench-stall bundle system-deps clean translations

# The environment is rebuilt from scratch whenever the lock changes, so nothing that the lock no
# longer names stays behind. The app itself goes in without build isolation: the setuptools that
# builds it is the locked one.
$(STAMP): requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

system-deps:
	@sh scripts/install-system-deps

demo: system-deps $(STAMP)
	$(BIN)/uploader-gui --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The app and its installers run on Windows and macOS too: their code is also checked as those
# systems see it (the tests and benchmarks run on Linux only).
typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --platform win32 uploader_gui packaging
	$(BIN)/mypy --platform darwin uploader_gui packaging

unit: $(STAMP)
	sh scripts/run-tests $(PYTEST_ARGS)

test: system-deps $(STAMP) lock-check lint typecheck unit

# The suite under coverage, its threads and the command-line subprocesses included; fails
# below the floor set in pyproject.toml ([tool.coverage.report] fail_under).
coverage: system-deps $(STAMP)
	rm -rf build/coverage
	PYTEST="-m coverage run -m pytest" sh scripts/run-tests $(PYTEST_ARGS)
	$(BIN)/python -m coverage combine -q
	$(BIN)/python -m coverage report

# Re-lock after editing the dependencies in pyproject.toml; `lock-upgrade` takes new releases.
lock: $(STAMP)
	sh scripts/lock

lock-upgrade: $(STAMP)
	sh scripts/lock --upgrade

lock-check: $(STAMP)
	sh scripts/lock --check

# The window left running with a busy demo queue on a virtual screen; prints a table and fails
# when the process died, memory grew or the event loop stalled beyond the targets.
soak: system-deps $(STAMP)
	$(BIN)/python -m benchmarks.soak --minutes $(SOAK_MINUTES)

# The same in under three minutes, as CI runs it (and `make bundle` runs it on the frozen app).
soak-short: system-deps $(STAMP)
	$(BIN)/python -m benchmarks.soak --minutes 2 --warm-up 45 --stalls report

# The wheel installed into a clean environment from the app's lock alone (no development tools),
# then the window's self-test and a command-line upload against the emulator.
wheel-check: $(STAMP)
	sh scripts/check-wheel

# The Linux bundle (dist/): PyInstaller build, tarball and .deb, then a smoke test of the frozen
# app (version, keyring, an upload through the window, an upload from the command line, a short
# soak of the window).
bundle: system-deps $(STAMP)
	sh scripts/build-bundle

# The window's translations: resources/translations/*.ts refreshed from the source with
# pyside6-lupdate (new strings come in unfinished), then compiled with pyside6-lrelease into the
# .qm files the app loads (uploader_gui/translations/, committed, so a checkout, the wheel and the
# bundle carry them). tests/test_translations.py fails when either step has something to do.
translations: $(STAMP)
	sh scripts/update-translations

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

# The window's stalls while uploads run: 30 s runs, three of each scenario (full speed, a
# 20 MB/s uplink, each with and without 5,000 queued rows), a table of every run and the medians.
bench-stall: $(STAMP)
	$(BIN)/python -m benchmarks.gui_stall

bench-network: $(STAMP)
	$(BIN)/python -m benchmarks.network_faults

clean:
	rm -rf $(VENV) .venv-bundle build dist .pytest_cache .mypy_cache .ruff_cache
