#!/usr/bin/env bash
# Creates one database and one login role per service (each service owns its database; nothing else touches it),
# and btree_gist where the booking service's exclusion constraint needs it.
# Run by the postgres:17 image on first start (docker-entrypoint-initdb.d); passwords come from the environment.
set -euo pipefail

create() {
  local service=$1 database=$2 password=$3
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE ${service} LOGIN PASSWORD '${password}';
CREATE DATABASE ${database} OWNER ${service};
REVOKE ALL ON DATABASE ${database} FROM PUBLIC;
SQL
}

create catalog    catalog    "${CATALOG_DB_PASSWORD:?}"
create booking    booking    "${BOOKING_DB_PASSWORD:?}"
create voucher    voucher    "${VOUCHER_DB_PASSWORD:?}"
create settlement settlement "${SETTLEMENT_DB_PASSWORD:?}"
create membership membership "${MEMBERSHIP_DB_PASSWORD:?}"
create insight    insight    "${INSIGHT_DB_PASSWORD:?}"
create notification notification "${NOTIFICATION_DB_PASSWORD:?}"
create gateway    gateway    "${GATEWAY_DB_PASSWORD:?}"

# Extensions need a superuser; create them here so the services' Flyway migrations only use them.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname booking -c 'CREATE EXTENSION IF NOT EXISTS btree_gist;'
