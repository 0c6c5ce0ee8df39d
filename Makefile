# make run   - set up .venv if needed, then open the app on the default database
# make test  - set up or update .venv, then run the whole suite with Qt offscreen
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshot clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/gossip-timeline

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m gossip_timeline.gui.screenshot docs/screenshot.png

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

bench: $(STAMP)
	$(BIN)/gossip-timeline bench --articles 200 --jobs 2
