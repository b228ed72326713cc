#!/bin/bash
# First start of the dev PostgreSQL only (empty data directory): a database and an owning login per service, with the
# passwords of the generated <service>-db Secrets. The service's Flyway creates its schema inside its own database.
set -euo pipefail
for service in housing finance planning pipeline; do
  password_variable="${service^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$service" -v password="${!password_variable}" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
done
