#!/usr/bin/env bash
# Runs the whole test suite and ends with one line: "N passed, N failed, N skipped", after the list of skipped tests
# with the reason of each. Tests that need ../shared/data (evaluation sets), PostgreSQL, RabbitMQ or Chromium skip
# with a reason when it is absent. Arguments go to `dotnet test` (e.g. --filter NAME to run a few tests).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log=$(mktemp)
results=$(mktemp -d)
trap 'rm -rf "$log" "$results"' EXIT
# The TRX report is the one place that keeps each skipped test's reason.
dotnet test Corroborate.sln -c Release --nologo --logger trx --results-directory "$results" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# dotnet test prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 53, Skipped: 0, Total: 53"
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed:/ {
    gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
  }
  END { printf "%d %d %d\n", p, f, s }' "$log")
if [ "$skipped" -gt 0 ]; then
  echo "Skipped tests:"
  # In a TRX file a skipped test is a UnitTestResult with outcome="NotExecuted" whose ErrorInfo Message is the reason.
  find "$results" -name '*.trx' -exec awk '
    function text(s) { gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&amp;/, "\\&", s); return s }
    /<UnitTestResult / && /outcome="NotExecuted"/ { match($0, /testName="[^"]*"/); name = text(substr($0, RSTART + 10, RLENGTH - 11)); reason = "" }
    name != "" && /<Message>/ { reason = $0; sub(/.*<Message>/, "", reason); sub(/<\/Message>.*/, "", reason); reason = text(reason) }
    name != "" && (/<\/UnitTestResult>/ || /\/>[[:space:]]*$/ && /<UnitTestResult /) {
      print "  " name ": " (reason == "" ? "(no reason given)" : reason); name = ""
    }' {} + | sort
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or the test host failed before any test could report
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
