#!/usr/bin/env bash
# Makes sure a MariaDB server runs on this machine with the test account the suites use
# (ap_test/ap_test, allowed to create and drop its own ap_test_* databases).
# Installs it from Debian's packages when missing. Fails loudly, never skips: the suite must run on both engines.
set -euo pipefail

if ! command -v mariadbd >/dev/null 2>&1 && ! command -v mysqld >/dev/null 2>&1; then
  echo "ensure-mariadb: installing mariadb-server from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq mariadb-server >/dev/null
fi

if ! mariadb-admin ping --silent >/dev/null 2>&1; then
  echo "ensure-mariadb: starting the server"
  service mariadb start >/dev/null 2>&1 || service mysql start >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do
    mariadb-admin ping --silent >/dev/null 2>&1 && break
    sleep 1
  done
fi
mariadb-admin ping --silent >/dev/null 2>&1 || { echo "ensure-mariadb: the server did not start" >&2; exit 1; }

mariadb -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'ap_test'@'localhost' IDENTIFIED BY 'ap_test';
CREATE USER IF NOT EXISTS 'ap_test'@'127.0.0.1' IDENTIFIED BY 'ap_test';
GRANT ALL PRIVILEGES ON `ap\_test\_%`.* TO 'ap_test'@'localhost';
GRANT ALL PRIVILEGES ON `ap\_test\_%`.* TO 'ap_test'@'127.0.0.1';
FLUSH PRIVILEGES;
-- Racing tests open many sessions, and each engine run creates databases of its own: Debian's 151 is tight.
SET GLOBAL max_connections = 500;
SQL
echo "ensure-mariadb: ready ($(mariadb -uroot -N -e 'SELECT VERSION()'))"
