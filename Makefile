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

PORT ?= 8765

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/dealgraph ingest examples/news --db sqlite:///$(DB)
	$(BIN)/dealgraph docs --db sqlite:///$(DB)
	$(BIN)/dealgraph deals --db sqlite:///$(DB) --kind investment
	$(BIN)/dealgraph cycles --db sqlite:///$(DB) --limit 5
	@echo "Serving the graph of the example articles at http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	$(BIN)/dealgraph serve --db sqlite:///$(DB) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: install
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info examples/dealgraph.db*
