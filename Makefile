# Two commands do everything: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# manage.py reads them too: in development links in e-mails, the demo admin line and the
# Wagtail Site record use http://$(HOST):$(PORT) (portal/site_address.py), so `make run PORT=8300` works.
export HOST PORT

.PHONY: run test venv translations migrate demo serve chromium messages test-unit test-browser gunicorn bench bench-pages clean

run: venv translations migrate demo serve

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

translations: venv
	$(MANAGE) compile_translations

migrate: venv
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

serve:
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	$(MANAGE) runserver $(HOST):$(PORT)

# Production-like serving: collected, compressed static files under gunicorn.
gunicorn: venv translations
	DJANGO_SETTINGS_MODULE=portal.settings.production $(MANAGE) collectstatic --noinput
	DJANGO_SETTINGS_MODULE=portal.settings.production $(VENV)/bin/gunicorn portal.wsgi --bind $(HOST):$(PORT) --workers 3

# Debian's Chromium for the browser tests (Playwright cannot download one here).
chromium:
	@if command -v chromium >/dev/null 2>&1 || [ -n "$$CHROMIUM" ]; then :; \
	elif [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "Chromium is missing: install Debian's 'chromium' package (browser tests will fail until then)."; fi

test: venv translations chromium test-unit test-browser

test-unit:
	$(PY) -m pytest -n 2 --ignore=tests/browser -q

test-browser:
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest tests/browser -q

# Regenerate the translation catalogues (needs GNU gettext's xgettext).
messages: venv
	$(MANAGE) makemessages -l tr -l en --ignore=.venv --ignore=tests --ignore=bench --no-obsolete

bench: venv
	$(PY) bench/matching.py

# Public pages under gunicorn, cold and warm, against a static copy (a scratch PostgreSQL database `bench_pages`).
bench-pages: venv translations
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = "0" ] && apt-get install -y -qq wrk >/dev/null; } || sudo apt-get install -y -qq wrk
	$(PY) bench/pages.py

clean:
	rm -rf $(VENV) db.sqlite3 static_collected
