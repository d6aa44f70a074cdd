# Loa: two commands on a fresh machine.
#   make run   set up, load the hierarchy and the demo, serve http://127.0.0.1:8000
#   make test  set up, then run the whole suite
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?= -n 2
# CLOCK=2028-02-29 runs the suite as if today were that day (pytest --clock, conftest.py)
CLOCK ?=

# Django 6 needs Python 3.12 or newer; `python3` may be older, so look for one.
PYTHON_FOR_VENV := $(shell scripts/find-python.sh 2>/dev/null)

.PHONY: help run test lint bench loadtest setup system-deps clean

help:
	@echo "make run   - cài đặt, nạp dữ liệu mẫu và chạy Loa tại http://$(HOST):$(PORT)"
	@echo "make test  - cài đặt và chạy toàn bộ kiểm thử (CLOCK=2028-02-29: như thể hôm nay là ngày đó)"
	@echo "make lint  - ruff và kiểm tra migration"
	@echo "make bench - đo tốc độ lập báo cáo ở quy mô cả nước (PostgreSQL)"
	@echo "make loadtest - đo tải: 200 người xem trang công khai, 500 người dự thi nộp bài (gunicorn, PostgreSQL, Redis)"

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt
	@if [ -z "$(PYTHON_FOR_VENV)" ]; then scripts/find-python.sh; exit 1; fi
	@test -x $(PY) || $(PYTHON_FOR_VENV) -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

setup: $(VENV)/.installed-dev

# System packages: Debian Chromium for the browser tests, Liberation fonts
# (metric-compatible with Times New Roman) for documents.
system-deps:
	@scripts/system-deps.sh

run: setup
	@scripts/system-deps.sh --fonts-only
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_units
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

test: setup system-deps
	$(PY) -m pytest $(PYTEST_ARGS) $(if $(CLOCK),--clock=$(CLOCK)); rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest found no tests: failing"; exit 1; fi; exit $$rc

# Speed at national scale, on PostgreSQL (BENCH_DATABASE_URL; the database is created and its
# synthetic data kept between runs).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/loa_bench
bench: setup
	@scripts/bench-db.sh "$(BENCH_DATABASE_URL)"
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(PY) manage.py migrate --noinput -v0
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(PY) manage.py load_units
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(PY) manage.py bench

# 200 anonymous visitors on the public side, then 500 contest participants submitting,
# through gunicorn with the production settings,
# on PostgreSQL (LOAD_DATABASE_URL, kept between runs) and Redis when it answers; loopback
# only, bounded in time (LOAD_SECONDS), stops what it starts.
LOAD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/loa_load
LOAD_REDIS_URL ?= redis://127.0.0.1:6379/14
LOAD_SECONDS ?= 30
loadtest: setup
	@scripts/system-deps.sh --fonts-only
	@scripts/bench-db.sh "$(LOAD_DATABASE_URL)"
	DATABASE_URL="$(LOAD_DATABASE_URL)" $(PY) manage.py migrate --noinput -v0
	DATABASE_URL="$(LOAD_DATABASE_URL)" $(PY) manage.py load_units
	DATABASE_URL="$(LOAD_DATABASE_URL)" $(PY) manage.py load_demo > /dev/null
	@redis=$$(redis-cli -u "$(LOAD_REDIS_URL)" ping 2>/dev/null); \
	  if [ "$$redis" = "PONG" ]; then url="$(LOAD_REDIS_URL)"; redis-cli -u "$$url" flushdb >/dev/null; \
	  else url=""; echo "Redis không chạy: dùng bộ nhớ đệm trong tiến trình"; fi; \
	  DATABASE_URL="$(LOAD_DATABASE_URL)" REDIS_URL="$$url" $(PY) manage.py loadtest --seconds $(LOAD_SECONDS) && \
	  DATABASE_URL="$(LOAD_DATABASE_URL)" REDIS_URL="$$url" $(PY) manage.py loadtest_contest --seconds $(LOAD_SECONDS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 media .pytest_cache
