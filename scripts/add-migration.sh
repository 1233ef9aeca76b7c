#!/usr/bin/env bash
# Adds migration NAME to both providers' migration sets (Migrations/Sqlite, Migrations/SqlServer).
# No database or server is needed: each context has a design-time factory.
#   scripts/add-migration.sh NAME           add NAME for both providers
#   scripts/add-migration.sh --reset-initial   delete both sets and regenerate a single "Initial"
#                                              (only while no real database has applied them)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -ne 1 ]]; then
  echo "usage: $0 NAME | --reset-initial" >&2
  exit 2
fi

dotnet tool restore >/dev/null
ef=(dotnet ef --project src/Data --startup-project src/Data --no-build)

name="$1"
if [[ "$name" == "--reset-initial" ]]; then
  rm -rf src/Data/Migrations/Sqlite src/Data/Migrations/SqlServer
  name=Initial
fi

dotnet build src/Data --nologo -v q
"${ef[@]}" migrations add "$name" --context SqliteIronArmyDbContext --output-dir Migrations/Sqlite
"${ef[@]}" migrations add "$name" --context SqlServerIronArmyDbContext --output-dir Migrations/SqlServer
