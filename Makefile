# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make report   rerun every notebook, store outputs, write reports/
#   make test     lint, unit tests and nbval over every notebook
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
LINTED := helpers tests scripts

.PHONY: test report bench bench-report lab frames claims extract clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	MPLBACKEND=Agg $(BIN)/python -m pytest --nbval --nbval-sanitize-with notebooks/sanitize.cfg

report: $(STAMP)
	MPLBACKEND=Agg $(BIN)/python -m helpers report

bench: $(STAMP)
	$(BIN)/python -m helpers bench --articles 10000 --jobs 2

bench-report: $(STAMP)
	MPLBACKEND=Agg $(BIN)/python -m helpers report --bench

frames: $(STAMP)
	$(BIN)/python -m helpers frames

claims: $(STAMP)
	$(BIN)/python -m helpers claims

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

clean:
	rm -rf $(VENV) reports/*.html reports/figures data/processed
