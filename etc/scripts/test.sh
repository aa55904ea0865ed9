#!/usr/bin/env bash
# Runs the whole test suite: unit tests once, then every integration suite on SQLite and on MariaDB.
# Installs and starts MariaDB when missing (and fails, never skips, when it cannot).
# Usage: etc/scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."

etc/scripts/ensure-mariadb.sh

dotnet build AggregatedPayments.sln -c Release -nologo -clp:ErrorsOnly

log_dir=$(mktemp -d)
passed=0
failed=0
status=0

run() { # name, project, engine
  local name=$1 project=$2 engine=$3 log="$log_dir/$1.log"
  echo "== $name"
  if ! AP_TEST_DB=$engine dotnet test "$project" -c Release --no-build --nologo \
        --blame-hang-timeout 5m --logger "console;verbosity=minimal" "${@:4}" 2>&1 | tee "$log"; then
    status=1
  fi
  # dotnet test ends with "Passed!  - Failed: F, Passed: P, ..." (or "Failed!  - ...").
  local summary
  summary=$(grep -E '(Passed|Failed)!  - Failed:' "$log" | tail -1 || true)
  if [ -z "$summary" ]; then
    echo "$name: no test summary" >&2
    status=1
    return
  fi
  failed=$((failed + $(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$summary")))
  passed=$((passed + $(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")))
}

run domain test/AggregatedPayments.Domain.Tests sqlite "$@"
run channels-alipay test/AggregatedPayments.Channels.Alipay.Tests sqlite "$@"
run channels-generichttp test/AggregatedPayments.Channels.GenericHttp.Tests sqlite "$@"
run channels-sandbox test/AggregatedPayments.Channels.Sandbox.Tests sqlite "$@"
run channel-simulator test/AggregatedPayments.ChannelSimulator.Tests sqlite "$@"
for engine in sqlite mysql; do
  for suite in Application EntityFrameworkCore HttpApi.Host; do
    run "$suite-$engine" "test/AggregatedPayments.$suite.Tests" "$engine" "$@"
  done
done

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
