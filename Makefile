# Two commands do all set-up on a fresh machine:
#   make run    create .venv, install, migrate, load demo content, serve on 127.0.0.1:$(PORT)
#   make test   lint, import contracts, migration check and the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run serve test install lint contracts check-migrations pytest bench bench-stack messages upstream-messages clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(STAMP)

# Links in admin e-mails and the printed demo login point at the port in use.
# update_index: a database loaded by an older version gets today's index
# (Thai words segmented for the admin's searches too); a few seconds for the demo.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py publish_scheduled
	$(BIN)/python manage.py update_index --verbosity 0
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The production settings (DEBUG off, collected static files) behind Varnish on
# $(PORT), on the database of `make run` (README, "Production"); Ctrl-C stops it all.
serve: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
serve: $(STAMP)
	@PATH="$$PATH:/usr/sbin" command -v varnishd >/dev/null || { echo "make serve needs Varnish:\
	 sudo apt-get install -y varnish varnish-modules nginx-light"; exit 1; }
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python deploy/serve.py --port $(PORT)

test: lint contracts check-migrations pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The import contracts of pyproject.toml: apps import only the layers below
# them, nothing imports demo (README, "Layers").
contracts: $(STAMP)
	$(BIN)/lint-imports --no-cache

check-migrations: $(STAMP)
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=config.settings.test

pytest: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/article_render.py
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/feeds_and_sitemaps.py
	$(BIN)/python bench/readers.py
	$(BIN)/python bench/live_bench.py
	$(BIN)/python bench/search_bench.py

# Through the proxy (needs varnishd, nginx and wrk: README, "Production"):
# requests per second beside nginx serving the same bytes, publish to visible.
bench-stack: $(STAMP)
	$(BIN)/python bench/stack.py
	$(BIN)/python bench/live_bench.py --stack

# Thai catalog: collect the strings into site/locale/th/LC_MESSAGES/django.po,
# then compile django.mo next to it (both are committed).
messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l th --ignore='$(VENV)/*' --ignore='media/*' \
		--ignore='static_collected/*' --ignore='node_modules/*' --ignore='test-artifacts/*'
	$(BIN)/python manage.py compilemessages -l th --ignore='$(VENV)' --ignore='node_modules'

# Thai admin: rebuild every site/locale/upstream/<package>/th catalog from the
# pinned packages (new msgids added, our translations kept) and compile the .mo.
upstream-messages: $(STAMP)
	$(BIN)/python site/locale/upstream/catalogs.py

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
