VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
EXAMPLE := huiwu/examples/xinhua-wang-yi-blinken.txt

.PHONY: demo test lint check eval bench install clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[all,dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/huiwu extract $(EXAMPLE)

test: $(STAMP)
	$(PY) -m pytest -q -n 2 -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check huiwu tests $(wildcard bench)

check: $(STAMP)
	$(VENV)/bin/huiwu lexicon check

eval: $(STAMP)
	$(VENV)/bin/huiwu eval --gold tests/data/gold --texts tests/data/articles

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info
