#!/usr/bin/env bash
# Scale-out throughput: COUNT stitched articles of real-news density (corroborate-bench stitched) submitted to
# RabbitMQ, annotated by WORKERS worker processes and committed by one assigner into a fresh PostgreSQL database,
# all on this machine. Prints wall time, articles per second, CPU seconds and ms per article of each role, and the
# CPU the broker (beam.smp) and the database (postgres processes) spent meanwhile.
#
#   bench/scale-out.sh [COUNT=10000] [WORKERS=1] [BROKER=amqp://guest:guest@127.0.0.1:5672/] [PGADMIN=postgres]
#
# Needs a running RabbitMQ and PostgreSQL (as .ci/run starts them) and the built CLI and bench (README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
workers=${2:-1}
broker=${3:-amqp://guest:guest@127.0.0.1:5672/}
cli=src/Corroborate.Cli/bin/Release/net10.0/corroborate
benchcli=bench/Corroborate.Bench/bin/Release/net10.0/corroborate-bench
work=$(mktemp -d /tmp/scale-out.XXXX)
input=/tmp/scale-out-stitched-$count.jsonl
[ -s "$input" ] || "$benchcli" stitched "$count" "$input" >/dev/null
database=scale_out_$$
su postgres -c "createdb -O corroborate $database"
db="postgres://corroborate:corroborate@127.0.0.1/$database"
queue=scale-out-$$

# CPU seconds (user + system) of every process of a command name or user, from /proc, with what their exited
# children spent (PostgreSQL's backends end with their connections; the postmaster's counters keep their time).
ticks=$(getconf CLK_TCK)
cpu_of() { # $1 = awk test on the process's name ($2) and uid
  local total=0
  for stat in /proc/[0-9]*/stat; do
    read -r -a f < "$stat" 2>/dev/null || continue
    local name=${f[1]} uid
    uid=$(stat -c %u "${stat%/stat}" 2>/dev/null) || continue
    if eval "$1"; then total=$((total + f[13] + f[14] + f[15] + f[16])); fi
  done
  echo "scale=1; $total / $ticks" | bc
}
broker_cpu() { cpu_of '[[ $name == "(beam.smp)" ]]'; }
postgres_uid=$(id -u postgres)
database_cpu() { cpu_of "[[ \$uid == $postgres_uid ]]"; }

broker_before=$(broker_cpu); database_before=$(database_cpu)
start=$(date +%s.%N)
/usr/bin/time -f "%e %U %S %M" -o "$work/submit.time" "$cli" submit "$input" --queue "$broker" --queue-name "$queue" --max-queued 1000000 > "$work/submit.out"
pids=()
for w in $(seq "$workers"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/worker$w.time" "$cli" worker --queue "$broker" --queue-name "$queue" --db "$db" --exit-when-idle 10 \
    > "$work/worker$w.out" 2> "$work/worker$w.log" &
  pids+=($!)
done
/usr/bin/time -f "%e %U %S %M" -o "$work/assign.time" "$cli" assign --db "$db" --exit-when-idle 30 > "$work/assign.out" 2> "$work/assign.log" &
pids+=($!)
wait "${pids[@]}"
end=$(date +%s.%N)
broker_after=$(broker_cpu); database_after=$(database_cpu)

articles=$("$cli" status --queue "$broker" --queue-name "$queue" --db "$db" --json | python3 -c 'import json,sys; print(sum(s["articles"] for s in json.load(sys.stdin)["submissions"]))')
wall=$(echo "$end - $start" | bc)
printf 'articles %s, workers %s: %.0f s wall (idle waits of 10-30 s included), %.1f articles/s\n' "$articles" "$workers" "$wall" "$(echo "$articles / ($wall - 30)" | bc -l)"
printf '%-10s %8s %10s %12s %10s\n' role wall_s cpu_s ms/article peak_MB
for t in "$work"/*.time; do
  read -r e u s m < "$t"
  role=$(basename "$t" .time)
  printf '%-10s %8.1f %10.1f %12.2f %10.0f\n' "$role" "$e" "$(echo "$u + $s" | bc)" "$(echo "1000 * ($u + $s) / $articles" | bc -l)" "$(echo "$m / 1024" | bc -l)"
done
printf '%-10s %8s %10.1f %12.2f\n' broker - "$(echo "$broker_after - $broker_before" | bc)" "$(echo "1000 * ($broker_after - $broker_before) / $articles" | bc -l)"
printf '%-10s %8s %10.1f %12.2f\n' postgres - "$(echo "$database_after - $database_before" | bc)" "$(echo "1000 * ($database_after - $database_before) / $articles" | bc -l)"
"$cli" status --queue "$broker" --queue-name "$queue" --db "$db" | sed -n '/^processes/,$p'
su postgres -c "dropdb $database"
rabbitmqctl -q delete_queue "$queue.batches" >/dev/null 2>&1 || true
rabbitmqctl -q delete_queue "$queue.dead-letters" >/dev/null 2>&1 || true
rm -rf "$work"
