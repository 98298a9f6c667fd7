#!/usr/bin/env bash
# Hostile inputs under the file-size limit, and the time and peak memory `corroborate ingest` takes on each.
# Usage: bench/hostile-inputs.sh [SIZE_BYTES...]   (default 250000 1000000 4000000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/src/Corroborate.Cli/bin/Release/net10.0/corroborate"
out=${OUT:-/tmp/corroborate-hostile}
mkdir -p "$out"
[ -x "$bin" ] || dotnet build "$root/src/Corroborate.Cli" -c Release >/dev/null

# Writes about SIZE bytes of one kind: short lines; one line of figures; capitalised name patterns;
# one HTML paragraph with no sentence end.
generate() {
  awk -v kind="$1" -v size="$2" 'BEGIN {
    split("the council said prices rose sharply in the north while officials", w, " ");
    if (kind == "html_para") printf "<html><body><article><p>";
    for (i = 0; n < size; i++) {
      if (kind == "many_lines") s = w[i % 11 + 1] " " i "\n";
      else if (kind == "numbers_line") s = sprintf("prices rose %.1f per cent to %d,%03d in %d and %d %.2f, ", (i * 7) % 1000 / 10, i % 999 + 1, i % 900 + 100, 1990 + i % 41, i * 13 % 100000, (i * 31) % 10000 / 100);
      else if (kind == "names") s = "Alpha" i " Beta" i " Corporation ";
      else s = toupper(substr(w[i % 11 + 1], 1, 1)) substr(w[i % 11 + 1], 2) " " w[(i + 3) % 11 + 1] " " i " " w[(i + 5) % 11 + 1] ", ";
      printf "%s", s; n += length(s);
    }
    if (kind == "html_para") printf "</p></article></body></html>";
  }' > "$3"
}

sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(250000 1000000 4000000)
for size in "${sizes[@]}"; do
  for kind in many_lines numbers_line names html_para; do
    ext=txt; [ $kind = html_para ] && ext=html
    file="$out/${kind}_$size.$ext"
    generate $kind $size "$file"
    rm -f "$out/bench.db"
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$bin" ingest "$file" --db "$out/bench.db" >/dev/null 2>"$out/stderr.txt" || true
    read -r seconds kb < "$out/time.txt"
    printf '%-28s %8s s %8s MB  %s\n' "${kind}_$size.$ext" "$seconds" "$((kb / 1024))" "$(grep -m1 '^skipped' "$out/stderr.txt" || true)"
  done
done
