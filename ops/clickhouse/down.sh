#!/usr/bin/env bash
# Stops the ClickHouse server process(es) that up.sh started with the same DIR, and waits until they are gone.
#   ops/clickhouse/down.sh --dir DIR [--purge]     (--purge also deletes DIR)
set -euo pipefail

dir=./clickhouse-data
purge=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --purge) purge=1; shift ;;
    -h|--help) sed -n 2,3p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "down.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -d "$dir" ] || { echo "down.sh: no such directory $dir" >&2; exit 1; }

for pidfile in "$dir"/node*/dyad.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
done

[ "$purge" = 1 ] && rm -rf "$dir"
exit 0
