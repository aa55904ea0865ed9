#!/usr/bin/env bash
# Makes sure a MariaDB server runs on this machine with the test account the suites use
# (ap_test/ap_test, allowed to create and drop its own ap_test_* databases), with TLS (the merchant
# database data source requires it), and with the read-only account those tests read through
# (ap_test_reader/ap_test_reader: SELECT on ap_test_* only, TLS required).
# Installs it from Debian's packages when missing. Fails loudly, never skips: the suite must run on both engines.
# Idempotent: once done, a run changes nothing and restarts nothing.
set -euo pipefail

if ! command -v mariadbd >/dev/null 2>&1 && ! command -v mysqld >/dev/null 2>&1; then
  echo "ensure-mariadb: installing mariadb-server from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq mariadb-server >/dev/null
fi

# A self-signed CA and a server certificate, made once, readable by the server only.
tls_dir=/etc/mysql/ap-test-tls
renewed=no
if [ ! -s "$tls_dir/server-cert.pem" ] || ! openssl x509 -checkend 2592000 -noout -in "$tls_dir/server-cert.pem" >/dev/null 2>&1; then
  echo "ensure-mariadb: making a test CA and server certificate in $tls_dir"
  mkdir -p "$tls_dir"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=AggregatedPayments test CA" \
    -keyout "$tls_dir/ca-key.pem" -out "$tls_dir/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$tls_dir/server-key.pem" -out "$tls_dir/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n' >"$tls_dir/server.ext"
  openssl x509 -req -days 3650 -in "$tls_dir/server.csr" -CA "$tls_dir/ca.pem" -CAkey "$tls_dir/ca-key.pem" \
    -CAcreateserial -extfile "$tls_dir/server.ext" -out "$tls_dir/server-cert.pem" 2>/dev/null
  rm -f "$tls_dir/server.csr" "$tls_dir/server.ext" "$tls_dir/ca.srl"
  server_group=$(getent group mysql >/dev/null && echo mysql || echo root)
  chown -R root:"$server_group" "$tls_dir"
  chmod 0750 "$tls_dir"
  chmod 0640 "$tls_dir"/*.pem
  chmod 0600 "$tls_dir/ca-key.pem"
  renewed=yes
fi

conf_dir=/etc/mysql/mariadb.conf.d
[ -d "$conf_dir" ] || conf_dir=/etc/mysql/conf.d
[ -d "$conf_dir" ] || conf_dir=/etc/my.cnf.d
mkdir -p "$conf_dir"
tls_conf="$conf_dir/90-ap-test-tls.cnf"
wanted_conf="# Written by AggregatedPayments etc/scripts/ensure-mariadb.sh: TLS for the tests.
[mariadb]
ssl_ca = $tls_dir/ca.pem
ssl_cert = $tls_dir/server-cert.pem
ssl_key = $tls_dir/server-key.pem"
if [ "$(cat "$tls_conf" 2>/dev/null)" != "$wanted_conf" ]; then
  echo "ensure-mariadb: writing $tls_conf"
  printf '%s\n' "$wanted_conf" >"$tls_conf"
fi

wait_for_server() {
  for _ in $(seq 1 60); do
    mariadb-admin ping --silent >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}

if ! mariadb-admin ping --silent >/dev/null 2>&1; then
  echo "ensure-mariadb: starting the server"
  service mariadb start >/dev/null 2>&1 || service mysql start >/dev/null 2>&1 || true
  wait_for_server || true
fi
mariadb-admin ping --silent >/dev/null 2>&1 || { echo "ensure-mariadb: the server did not start" >&2; exit 1; }

# A server started before the TLS configuration existed reads it only when restarted (ssl_cert is not dynamic in 10.x).
if [ "$(mariadb -uroot -N -e "SELECT @@have_ssl")" != "YES" ]; then
  # Other suites may be running against this server: give their sessions up to a minute to finish.
  for _ in $(seq 1 60); do
    [ "$(mariadb -uroot -N -e "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND USER NOT IN ('system user', 'event_scheduler')")" = 0 ] && break
    sleep 1
  done
  echo "ensure-mariadb: restarting the server to turn TLS on"
  service mariadb restart >/dev/null 2>&1 || service mysql restart >/dev/null 2>&1 || true
  wait_for_server || { echo "ensure-mariadb: the server did not come back" >&2; exit 1; }
  [ "$(mariadb -uroot -N -e "SELECT @@have_ssl")" = "YES" ] || { echo "ensure-mariadb: TLS is still off; see the server's error log" >&2; exit 1; }
elif [ "$renewed" = yes ]; then
  # A running server with TLS on takes new certificate files without a restart.
  mariadb -uroot -e "FLUSH SSL"
fi

mariadb -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'ap_test'@'localhost' IDENTIFIED BY 'ap_test';
CREATE USER IF NOT EXISTS 'ap_test'@'127.0.0.1' IDENTIFIED BY 'ap_test';
GRANT ALL PRIVILEGES ON `ap\_test\_%`.* TO 'ap_test'@'localhost';
GRANT ALL PRIVILEGES ON `ap\_test\_%`.* TO 'ap_test'@'127.0.0.1';
-- What a merchant gives the platform: read-only, TLS only. The tests put their views in ap_test_* databases.
CREATE USER IF NOT EXISTS 'ap_test_reader'@'localhost' IDENTIFIED BY 'ap_test_reader';
CREATE USER IF NOT EXISTS 'ap_test_reader'@'127.0.0.1' IDENTIFIED BY 'ap_test_reader';
ALTER USER 'ap_test_reader'@'localhost' REQUIRE SSL;
ALTER USER 'ap_test_reader'@'127.0.0.1' REQUIRE SSL;
GRANT SELECT ON `ap\_test\_%`.* TO 'ap_test_reader'@'localhost';
GRANT SELECT ON `ap\_test\_%`.* TO 'ap_test_reader'@'127.0.0.1';
FLUSH PRIVILEGES;
-- Racing tests open many sessions, and each engine run creates databases of its own: Debian's 151 is tight.
SET GLOBAL max_connections = 500;
SQL
echo "ensure-mariadb: ready ($(mariadb -uroot -N -e 'SELECT VERSION()'), TLS $(mariadb -uroot -N -e 'SELECT @@have_ssl'))"
