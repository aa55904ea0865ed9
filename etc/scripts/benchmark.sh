#!/usr/bin/env bash
# The payroll benchmark: a payroll uploaded, aggregated and submitted, settled on the sandbox and notified to a
# local endpoint, through the real host as its own process, on SQLite and/or MariaDB. Prints the figures and
# writes them to docs/benchmark-results.md.
# Usage: etc/scripts/benchmark.sh [sqlite|mysql|both] [lines]   (default: both 100000)
# BENCH_STALL_SECONDS (default 300): how long a stage may make no progress before the run reports it as stalled.
set -euo pipefail
cd "$(dirname "$0")/../.."

engine=${1:-both}
lines=${2:-100000}
case "$engine" in
  sqlite) ;;
  mysql|mariadb|both) etc/scripts/ensure-mariadb.sh ;;
  *) echo "usage: $0 [sqlite|mysql|both] [lines]" >&2; exit 2 ;;
esac

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Release, host included: the benchmark starts the host built beside it.
dotnet build test/AggregatedPayments.Benchmarks -c Release -nologo -clp:ErrorsOnly
dotnet test/AggregatedPayments.Benchmarks/bin/Release/net10.0/AggregatedPayments.Benchmarks.dll "$engine" "$lines"
