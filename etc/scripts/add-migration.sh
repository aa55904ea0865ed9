#!/usr/bin/env bash
# Adds a migration for both providers: etc/scripts/add-migration.sh <Name>
# Until the first release, `--reset` drops the migrations and regenerates one Initial migration.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null
project=src/AggregatedPayments.EntityFrameworkCore
name=${1:?migration name}
if [ "$name" = "--reset" ]; then
  rm -rf "$project/Migrations"
  name=Initial
fi
for provider in Sqlite MySql; do
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "${provider}AggregatedPaymentsDbContext" --output-dir "Migrations/$provider"
done
