# Two entry points that work on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared

.PHONY: demo test install lint bench clean

$(BIN)/readout: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/readout

install: $(BIN)/readout

# Code the bundled example readouts (plus the seed readout when ../shared is present).
demo: install
	@seed=""; if [ -f $(SHARED)/seed/000_c0f0ffbe35a8e9a3.txt ]; then seed=$(SHARED)/seed/000_c0f0ffbe35a8e9a3.txt; \
	  else echo "(../shared is absent: the seed readout is skipped)"; fi; \
	$(BIN)/readout code examples/readouts.jsonl examples/txt examples/html $$seed --format table

test: install
	@$(BIN)/python -m pytest -q; s=$$?; if [ $$s -eq 5 ]; then echo "no tests collected: failing"; exit 1; fi; exit $$s
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info
