#!/usr/bin/env bash
# Extraction speed, side by side in one run: corroborate's extractor vs @mozilla/readability + jsdom,
# on the same pages (default: the extraction-dev pages beside the repository). Single-threaded both.
# Usage: bench/extraction.sh [HTML_DIR] [ROUNDS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
html="${1:-$repo/../shared/data/extraction-dev/html}"
rounds="${2:-3}"
[ -d "$html" ] || { echo "error: no page folder at $html (give one as the first argument)" >&2; exit 1; }

dotnet build -c Release "$here/Corroborate.Bench" -v q -nologo >/dev/null
if [ ! -d "$here/readability/node_modules" ]; then (cd "$here/readability" && npm ci --no-audit --no-fund --silent); fi

ours="$(dotnet "$here/Corroborate.Bench/bin/Release/net10.0/corroborate-bench.dll" extraction "$html" "$rounds")"
theirs="$(node "$here/readability/bench.js" "$html" "$rounds")"

node -e '
const rows = process.argv.slice(1).map(JSON.parse);
const pad = (s, n) => String(s).padEnd(n);
console.log(pad("extractor", 40) + pad("pages", 7) + pad("seconds", 9) + pad("pages/s", 9) + pad("cpu s", 8) + pad("pages/cpu-s", 12) + "peak MB");
for (const r of rows)
  console.log(pad(r.extractor, 40) + pad(r.pages, 7) + pad(r.seconds, 9) + pad(r.pagesPerSecond, 9) + pad(r.cpuSeconds, 8) + pad((r.pages / r.cpuSeconds).toFixed(1), 12) + r.peakMemoryMB);
const [a, b] = rows;
console.log(`throughput ratio: ${(a.pagesPerSecond / b.pagesPerSecond).toFixed(1)}x wall-clock, ${((a.pages / a.cpuSeconds) / (b.pages / b.cpuSeconds)).toFixed(1)}x per CPU second`);
' "$ours" "$theirs"
