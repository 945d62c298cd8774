# Two commands do everything on a fresh machine: `make run` and `make test`.
# Each step leaves a stamp in .make/, so a second run only redoes what changed.

PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000
# `make run` shows the portal as its users see it: our own error pages, static files
# collected and compressed as in production. `make run DEBUG=true` for Django's debug pages.
DEBUG ?= false
# The suite runs in two processes (pytest-xdist), one per core of a CI machine.
TEST_WORKERS ?= 2
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .make
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))
STYLESHEET := frontend/dist/css/portal.css

.PHONY: run test install css lint format messages bench lighthouse audit backup restore clean

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo --hostname $(HOST) --port $(PORT)
ifeq ($(filter true True TRUE on yes 1,$(DEBUG)),)
	DEBUG=false $(BIN)/python manage.py collectstatic --noinput --verbosity 0
endif
	@echo ""
	@echo "Cirkelinkoop runs at http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/beheer/)"
	@echo "Sign in at http://$(HOST):$(PORT)/account/login/ with a demo account listed above."
	@echo ""
	DEBUG=$(DEBUG) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/pytest --numprocesses $(TEST_WORKERS)

install: $(STAMPS)/python $(STAMPS)/node $(STYLESHEET) $(CATALOGUES)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMPS)/python: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/node: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p $(STAMPS) && touch $@

# The portal's one stylesheet and its font, built from frontend/portal.css and the CSS it
# imports (frontend/build.mjs); build output, never committed. `npm run watch` rebuilds it
# on every change while you work on the CSS.
$(STYLESHEET): frontend/portal.css frontend/build.mjs $(wildcard static/css/*.css) $(STAMPS)/node
	npm run --silent build

css: $(STYLESHEET)

# Compiled catalogues are build output: made from the .po files, never committed. Babel
# compiles them in Python, so a fresh machine needs no GNU gettext (makemessages does).
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po | $(STAMPS)/python
	$(BIN)/pybabel compile --statistics -d locale -D django -l $*

messages: $(STAMPS)/python
	$(BIN)/python manage.py makemessages --locale nl --no-obsolete --no-location \
		--ignore $(VENV) --ignore node_modules --ignore staticfiles --ignore tests

# Load on production settings, as a multiple of a bare Django view (see the README).
bench: install
	$(BIN)/python scripts/bench.py

# Lighthouse's four scores per page on the production server, mobile profile (see the
# README). Lighthouse 12.2.3 is the last release that runs on Node 20; it lives beside
# the project's own packages so `make run` and `make test` never download it.
lighthouse: install $(STAMPS)/lighthouse-installed
	$(BIN)/python scripts/lighthouse.py

$(STAMPS)/lighthouse-installed:
	npm install --prefix $(STAMPS)/lighthouse --no-audit --no-fund --loglevel=error lighthouse@12.2.3
	@touch $@

# Security linters: bandit fails on any finding of medium or high severity; pip-audit on a
# known vulnerability in an installed package, and says which it could not look up.
audit: $(STAMPS)/python
	$(BIN)/bandit --quiet --recursive cirkelinkoop knowledge mailing meetings members scripts \
		--exclude '*/migrations/*' --severity-level medium
	$(BIN)/python scripts/audit_dependencies.py

# The database and the uploaded files into a new folder under BACKUP_DIR, and back (see
# the README's production section). A backup holds personal data.
BACKUP_DIR ?= backups

backup: $(STAMPS)/python
	$(BIN)/python scripts/backup.py --to "$(BACKUP_DIR)"

restore: $(STAMPS)/python
	@test -n "$(BACKUP)" || { echo "Say which backup: make restore BACKUP=$(BACKUP_DIR)/<folder>"; exit 2; }
	$(BIN)/python scripts/restore.py "$(BACKUP)" $(if $(filter 1 true yes,$(FORCE)),--force)

lint: $(STAMPS)/python
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMPS)/python
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules $(STAMPS) staticfiles frontend/dist
