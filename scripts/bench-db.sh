#!/usr/bin/env bash
# Make sure the benchmark's PostgreSQL database exists (its data is kept between runs).
set -euo pipefail
url="$1"
name="${url##*/}"
server="${url%/*}/postgres"
if ! psql "$server" -Atc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
  psql "$server" -qc "CREATE DATABASE \"$name\""
fi
