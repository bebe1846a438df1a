# The two commands of the README: `make run` starts Minga, `make test` runs every check.
# Both create the virtual environment on first use and install what is missing.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test wave1 lint translations bytecode update-translations benchmarks fuzz system-deps clean frozen deb smoke-test

run: $(STAMP) translations bytecode
	$(VENV)/bin/minga $(ARGS)

# The suite runs on every core and one more (pytest-xdist: many tests wait on a real
# process, server or timer, and the extra worker fills those waits; on 2 cores 3 workers
# take 5.5 min where 2 take 6.3), one test file per worker at a time, so a module's
# servers and built wheel are made once. `make test PYTEST_ARGS="tests/sync -x"` narrows
# it; `make test XDIST=` runs everything in one process.
XDIST ?= -n $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 ))) --dist loadfile

test: $(STAMP) translations lint wave1
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(XDIST) $(PYTEST_ARGS)

# The released wave-1 Minga in its own venv (.venv-wave1/, from git history) for the
# cross-version tests (tests/sync/test_wave1.py: they skip without it, and fail under CI).
wave1: $(STAMP)
	$(PY) -m tests.support.wave1 || echo "wave-1 Minga not prepared: tests/sync/test_wave1.py skips (fails under CI)"

lint: $(STAMP)
	$(PY) -m ruff check desktop tests benchmarks
	$(PY) -m ruff format --check desktop tests benchmarks
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

# The system libraries Qt needs on a bare Debian or Ubuntu (no-op when present).
system-deps:
	@sh desktop/minga/devtools/system-deps.sh

$(STAMP): pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Minga's modules compiled ahead, as an installed wheel or the frozen app has them (an
# editable install does not, and a start that compiles its own modules is slower).
bytecode: $(STAMP)
	$(PY) -m compileall -q desktop/minga

# Compiled translations (.qm) for the GUI, from the .ts sources.
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-reads the sources for new or changed visible strings (then translate them).
update-translations: $(STAMP)
	$(PY) -m minga.devtools.translations update

benchmarks: $(STAMP) translations bytecode
	for script in benchmarks/bench_*.py; do PYTHONPATH=desktop $(PY) $$script || exit 1; done

# Coverage-guided fuzzing of the bundle parsers (atheris) for a bounded time.
FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	$(PY) tests/fuzz/run_fuzz.py --seconds $(FUZZ_SECONDS)

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm

# The frozen app (dist/minga/), its .deb, and their smoke tests (CI runs all three).
PYINSTALLER_STAMP := $(VENV)/.pyinstaller
$(PYINSTALLER_STAMP): $(STAMP)
	$(PY) -m pip install --quiet "pyinstaller>=6.5"
	touch $(PYINSTALLER_STAMP)

frozen: $(PYINSTALLER_STAMP) translations
	$(PY) build_spec.py

deb: frozen
	sh installer/linux/build-deb.sh

smoke-test: deb
	sh installer/smoke-test.sh frozen
	sh installer/smoke-test.sh deb
