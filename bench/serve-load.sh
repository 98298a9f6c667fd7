#!/usr/bin/env bash
# Bounded load test of `corroborate serve` on loopback (issue 14): the story list, story pages and the JSON API at
# 32 concurrent connections for 60 s; prints req/s, latency percentiles per route, errors by kind, and the
# server's RSS and CPU time. Exits non-zero on any error or when the server's memory grew.
#
#   bash bench/serve-load.sh [--db DB] [--seconds N] [--connections N] [--timeout S] [--short]
#
# Without --db the demo corpus is analysed into a temporary SQLite database, removed afterwards.
# --short is a 10 s smoke run (memory is not judged).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

db=""
load_args=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --db) db=$(realpath "$2"); shift 2 ;;
    *) load_args+=("$1"); shift ;;
  esac
done

echo "building (Release)..." >&2
dotnet build src/Corroborate.Cli -c Release -nologo -v quiet >&2
dotnet build bench/Corroborate.Bench -c Release -nologo -v quiet >&2
cli=$root/src/Corroborate.Cli/bin/Release/net10.0/corroborate
bench=$root/bench/Corroborate.Bench/bin/Release/net10.0/corroborate-bench

if [[ -z $db ]]; then
  work=$(mktemp -d -t corroborate-serve-load-XXXXXX)
  trap 'rm -rf "$work"' EXIT
  db=$work/corroborate.db
  echo "analysing samples/demo/articles into $db..." >&2
  "$cli" analyze samples/demo/articles --out "$work/report" --db "$db" >&2
fi

"$bench" serve-load --server "$cli" --db "$db" "${load_args[@]}"
