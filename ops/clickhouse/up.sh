#!/usr/bin/env bash
# Starts ClickHouse server process(es) from the installed Debian package (apt-get install clickhouse-server), as the
# current user, listening on loopback only, with every file under DIR; no system service is touched.
#   ops/clickhouse/up.sh [--nodes 1|2] [--dir DIR] [--http-port PORT]
# Node i answers HTTP on PORT+i-1 and the native protocol on PORT+1000+i-1. Both nodes form the cluster "dyad"
# (remote_servers), one shard each, over which Dyad's Distributed events table spreads the dyads. Waits until every
# node answers, creates the database "dyad" on each, and prints the --db URL as its last line.
set -euo pipefail

nodes=1
dir=./clickhouse-data
http_port=8123
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --http-port) http_port="$2"; shift 2 ;;
    -h|--help) sed -n 2,7p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "up.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$nodes" in 1|2) ;; *) echo "up.sh: --nodes must be 1 or 2" >&2; exit 2 ;; esac
case "$http_port" in ''|*[!0-9]*) echo "up.sh: --http-port must be a number" >&2; exit 2 ;; esac

server=$(command -v clickhouse-server || true)
[ -n "$server" ] || [ ! -x /usr/sbin/clickhouse-server ] || server=/usr/sbin/clickhouse-server
if [ -z "$server" ]; then
  echo "up.sh: clickhouse-server is not installed (sudo apt-get install clickhouse-server)" >&2
  exit 1
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

shards=""
for i in $(seq 1 "$nodes"); do
  shards="$shards<shard><replica><host>127.0.0.1</host><port>$((http_port + 1000 + i - 1))</port></replica></shard>"
done

urls=""
for i in $(seq 1 "$nodes"); do
  node="$dir/node$i"
  port=$((http_port + i - 1))
  if [ -f "$node/dyad.pid" ] && kill -0 "$(cat "$node/dyad.pid")" 2>/dev/null; then
    echo "up.sh: node $i is already running (pid $(cat "$node/dyad.pid")); run down.sh --dir $dir first" >&2
    exit 1
  fi
  mkdir -p "$node/data" "$node/tmp" "$node/log" "$node/user_files" "$node/format_schemas"
  cat > "$node/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage><load_balancing>random</load_balancing></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
  cat > "$node/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$node/log/server.log</log><errorlog>$node/log/error.log</errorlog><size>100M</size><count>2</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$port</http_port>
  <tcp_port>$((http_port + 1000 + i - 1))</tcp_port>
  <path>$node/data/</path>
  <tmp_path>$node/tmp/</tmp_path>
  <user_files_path>$node/user_files/</user_files_path>
  <format_schema_path>$node/format_schemas/</format_schema_path>
  <users_config>$node/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <max_connections>256</max_connections>
  <max_concurrent_queries>64</max_concurrent_queries>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <mark_cache_size>268435456</mark_cache_size>
  <mlock_executable>false</mlock_executable>
  <remote_servers><dyad>$shards</dyad></remote_servers>
</yandex>
XML
  # exec: the background job becomes the server itself, so its pid is the server's and no shell keeps our stdout open.
  (cd "$node" && exec "$server" --config-file="$node/config.xml") > "$node/log/stdout.log" 2>&1 < /dev/null &
  echo $! > "$node/dyad.pid"
  urls="$urls${urls:+,}127.0.0.1:$port"
done

for i in $(seq 1 "$nodes"); do
  port=$((http_port + i - 1))
  for _ in $(seq 1 300); do
    if [ "$(curl -s "http://127.0.0.1:$port/ping" 2>/dev/null)" = "Ok." ]; then break; fi
    sleep 0.1
  done
  if [ "$(curl -s "http://127.0.0.1:$port/ping" 2>/dev/null)" != "Ok." ]; then
    echo "up.sh: node $i did not answer on port $port within 30 s; see $dir/node$i/log/" >&2
    tail -5 "$dir/node$i/log/stdout.log" "$dir/node$i/log/error.log" 2>/dev/null >&2 || true
    exit 1
  fi
  curl -sS --fail "http://127.0.0.1:$port/" --data-binary "CREATE DATABASE IF NOT EXISTS dyad" >/dev/null
done

echo "clickhouse://$urls/dyad"
