# One venv, CPU torch first (argostranslate's stanza and camel-tools pull torch in; without the
# pin pip would fetch a multi-GB CUDA build), then the project with its test extras.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test bench lint clean bundle bundle-test icons i18n i18n-update screenshots

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q "torch==2.13.0"
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python -m workbench demo
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = Darwin ]; then \
		$(BIN)/python -m workbench gui --sample; \
	else \
		echo "No display here, so the window was not opened; on a desktop 'make run' opens it on the sample project."; \
	fi

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: install
	$(BIN)/lint-imports

bench: install
	$(BIN)/python bench/bench_translate.py

i18n-update: install
	$(BIN)/python tools/i18n.py update

i18n: install
	$(BIN)/python tools/i18n.py compile

screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

bundle:
	sh packaging/build_bundle.sh

bundle-test: install
	WORKBENCH_BUNDLE_TEST=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/packaging/test_bundle_smoke.py

icons: install
	$(BIN)/python packaging/make_icons.py

clean:
	rm -rf $(VENV) build dist *.egg-info
