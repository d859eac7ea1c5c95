#!/usr/bin/env bash
# Load test of the web API: 'dyad serve' (Release) over the sample corpus on loopback, then wrk for DURATION seconds
# against the series endpoint and the events endpoint in turn, first with the server's short answer cache (as it
# runs by default) and then with the cache off, so every request reads the store and computes its answer.
# Prints wrk's requests/s, latency percentiles and any errors.
# Usage: bench/load/run.sh [DURATION=30] [CONNECTIONS=32] [THREADS=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30}
connections=${2:-32}
threads=${3:-2}
port=5097
command -v wrk >/dev/null || { echo "load: wrk is missing (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$work"' EXIT
dotnet build src/Dyad.Cli -c Release -v q -nologo >/dev/null
dyad=src/Dyad.Cli/bin/Release/net10.0/dyad
"$dyad" ingest samples/corpus --db "$work/load.db" --quiet

for cache in 60 0; do
  # wrk is a single client, so the per-client rate limit (50,000 per 10 s by default) is raised; the limiter still runs.
  "$dyad" serve --db "$work/load.db" --urls "http://127.0.0.1:$port" --reads-per-10s 100000000 --cache-seconds $cache \
    >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.2; done
  for path in "/api/series?dyad=PAK-RUS" "/api/events?dyad=PAK-RUS&from=1950&to=1990"; do
    echo "== $path (answer cache ${cache} s; $duration s, $connections connections, $threads threads)"
    wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$path" \
      | grep -E "Requests/sec|Latency |50%|90%|99%|requests in|Non-2xx|Socket errors" || true
  done
  kill $server; wait $server 2>/dev/null || true; server=
done
