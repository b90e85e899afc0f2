#!/usr/bin/env bash
# A csb cluster as plain processes on one machine (docs/deployment.md): Redis, two csb nodes on
# one PostgreSQL database, HAProxy in front (MQTT on 1883, REST API on 8080). Ctrl-C stops all.
#
#   CSB_DATABASE_URL=postgres://csb:secret@127.0.0.1:5432/csb scripts/cluster.sh
#
# Needs: redis-server and haproxy (Debian packages redis-server, haproxy), a PostgreSQL database
# (CSB_DATABASE_URL). Optional: CSB_REDIS_URL (an existing Redis; else one is started on 6379),
# CSB_ADMIN_KEY (else the demo's, with CSB_SEED_DEMO=true as on a single node), CSB_DATA_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/node24.sh
source .ci/node24.sh

: "${CSB_DATABASE_URL:?set CSB_DATABASE_URL to the PostgreSQL database all nodes share}"
export CSB_DATABASE_URL
export CSB_DATA_DIR="${CSB_DATA_DIR:-./data/cluster}"
mkdir -p "$CSB_DATA_DIR"
# Every node must hash car secrets with the same key: one key file for all of them.
if [ -z "${CSB_SECRET_KEY:-}" ]; then
  [ -s "$CSB_DATA_DIR/secret.key" ] || (umask 077 && openssl rand -hex 32 >"$CSB_DATA_DIR/secret.key")
  CSB_SECRET_KEY="$(cat "$CSB_DATA_DIR/secret.key")"
fi
export CSB_SECRET_KEY

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait || true
}
trap stop INT TERM EXIT

if [ -z "${CSB_REDIS_URL:-}" ]; then
  redis-server --port 6379 --bind 127.0.0.1 --save '' --appendonly no >"$CSB_DATA_DIR/redis.log" 2>&1 &
  pids+=($!)
  CSB_REDIS_URL=redis://127.0.0.1:6379
fi
export CSB_REDIS_URL

# start_node <n> <mqtt> <http> <ops>: the first one starts alone (it migrates the schema and, with the
# demo on, seeds it), the second when the first is ready.
start_node() {
  CSB_NODE_ID="node-$1" CSB_MQTT_PORT="$2" CSB_HTTP_PORT="$3" CSB_OPS_PORT="$4" \
    node bin/csb.ts start >"$CSB_DATA_DIR/node-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$4/readyz" >/dev/null 2>&1 && return 0
    sleep 0.3
  done
  echo "node-$1 did not become ready; see $CSB_DATA_DIR/node-$1.log" >&2
  exit 1
}
start_node 1 11883 18080 18081
start_node 2 21883 28080 28081

export CSB_LB_HOST=127.0.0.1 CSB_LB_MQTT_PORT=1883 CSB_LB_HTTP_PORT=8080
export CSB_NODE1_HOST=127.0.0.1 CSB_NODE1_MQTT_PORT=11883 CSB_NODE1_HTTP_PORT=18080 CSB_NODE1_OPS_PORT=18081
export CSB_NODE2_HOST=127.0.0.1 CSB_NODE2_MQTT_PORT=21883 CSB_NODE2_HTTP_PORT=28080 CSB_NODE2_OPS_PORT=28081
haproxy -W -db -f deploy/haproxy.cfg >"$CSB_DATA_DIR/haproxy.log" 2>&1 &
pids+=($!)

echo "csb cluster: MQTT mqtt://127.0.0.1:1883, REST API http://127.0.0.1:8080 (HAProxy);"
echo "  node-1 ops http://127.0.0.1:18081/metrics, node-2 ops http://127.0.0.1:28081/metrics;"
echo "  logs in $CSB_DATA_DIR. Ctrl-C stops everything."
wait -n "${pids[@]}"
