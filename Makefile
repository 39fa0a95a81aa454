# The two commands of the README's Quick start: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# argostranslate is installed without its dependencies: its declared ones (stanza, spacy)
# pull PyTorch and CUDA, which PolicyLens never uses (CTranslate2 runs the models).
ARGOS := argostranslate==1.11.0
SAMPLE := seeds/000_e4a214cb1e8f383f.txt

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip install --quiet --no-deps $(ARGOS)
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m desktop $(SAMPLE)

test: $(STAMP)
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.bench

clean:
	rm -rf $(VENV)
