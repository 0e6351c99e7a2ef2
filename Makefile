# Two commands do all set-up on a fresh machine:
#   make run    create .venv, install, migrate, load demo content, serve on 127.0.0.1:$(PORT)
#   make test   lint, migration check and the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test install lint check-migrations pytest bench messages clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(STAMP)

# Links in admin e-mails and the printed demo login point at the port in use.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py publish_scheduled
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: lint check-migrations pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check-migrations: $(STAMP)
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=config.settings.test

pytest: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/article_render.py
	$(BIN)/python bench/feeds_and_sitemaps.py
	$(BIN)/python bench/readers.py

# Thai catalog: collect the strings into site/locale/th/LC_MESSAGES/django.po,
# then compile django.mo next to it (both are committed).
messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l th --ignore='$(VENV)/*' --ignore='media/*' \
		--ignore='static_collected/*' --ignore='node_modules/*' --ignore='test-artifacts/*'
	$(BIN)/python manage.py compilemessages -l th --ignore='$(VENV)' --ignore='node_modules'

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
