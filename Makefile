# One venv, built only from the lock (requirements/lock.txt): CPU torch first (argostranslate's
# stanza and camel-tools pull torch in; unpinned, pip would fetch a multi-GB CUDA build), then the
# project with its test extras. Every install, build dependencies included, is held to the lock,
# so a registry release never changes what runs; `make lock` refreshes the lock on purpose.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements/lock.txt
PIP := $(BIN)/python -m pip
PINNED := -c $(LOCK) --build-constraint $(LOCK)

.PHONY: install run test bench lint lock clean bundle bundle-test icons i18n i18n-update screenshots

# A changed lock or pyproject rebuilds the venv from scratch: a package dropped from the lock
# must leave the venv too (tests/packaging/test_lock.py checks nothing unlocked is installed).
$(STAMP): pyproject.toml $(LOCK)
	rm -rf $(VENV)
	$(PY) -m venv $(VENV)
	$(PIP) install -q -c $(LOCK) pip
	$(PIP) install -q $(PINNED) torch
	$(PIP) install -q $(PINNED) -e ".[test]"
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

lock:
	sh tools/lock.sh

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
