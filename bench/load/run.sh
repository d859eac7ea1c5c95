#!/usr/bin/env bash
# Load test of the web API: 'dyad serve' (Release) over the sample corpus on loopback, then wrk for DURATION seconds
# against the series endpoint and the events endpoint, RUNS times each, first with the server's answer cache (as it
# runs by default) and then with the cache off, so every request reads the store and computes its answer.
# Prints each run's requests/s, p99 latency and errors, then the medians.
# Usage: bench/load/run.sh [DURATION=30] [CONNECTIONS=32] [THREADS=2] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30}
connections=${2:-32}
threads=${3:-2}
runs=${4:-3}
port=5097
command -v wrk >/dev/null || { echo "load: wrk is missing (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$work"' EXIT
dotnet build src/Dyad.Cli -c Release -v q -nologo >/dev/null
dyad=src/Dyad.Cli/bin/Release/net10.0/dyad
"$dyad" ingest samples/corpus --db "$work/load.db" --quiet

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# wrk prints latencies as 950.00us, 2.53ms or 1.02s: milliseconds for the median.
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f\n", v }'; }

for cache in 60 0; do
  # wrk is a single client, so the per-client rate limit (50,000 per 10 s by default) is raised; the limiter still runs.
  "$dyad" serve --db "$work/load.db" --urls "http://127.0.0.1:$port" --reads-per-10s 100000000 --cache-seconds $cache \
    >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.2; done
  for path in "/api/series?dyad=PAK-RUS" "/api/events?dyad=PAK-RUS&from=1950&to=1990"; do
    echo "== $path (answer cache ${cache} s; $runs x $duration s, $connections connections, $threads threads)"
    : >"$work/rps"; : >"$work/p99"
    for run in $(seq "$runs"); do
      out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$path")
      rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
      p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
      errors=$(echo "$out" | grep -E "Non-2xx|Socket errors" | tr -s ' ' | paste -sd ';' - || true)
      echo "   run $run: $rps requests/s, p99 $p99${errors:+, $errors}"
      echo "$rps" >>"$work/rps"; echo "$p99" | to_ms >>"$work/p99"
    done
    echo "   median: $(median <"$work/rps") requests/s, p99 $(median <"$work/p99") ms"
  done
  kill $server; wait $server 2>/dev/null || true; server=
done
