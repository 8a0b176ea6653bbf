# dealgraph: `make demo` runs the main job on the bundled articles, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= examples/dealgraph.db

.PHONY: install demo test bench clean

$(BIN)/dealgraph: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/dealgraph

demo: install
	rm -f $(DB)
	$(BIN)/dealgraph ingest examples/news --db sqlite:///$(DB)
	$(BIN)/dealgraph docs --db sqlite:///$(DB)

test: install
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: install
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info examples/dealgraph.db*
