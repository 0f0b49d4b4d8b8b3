#!/usr/bin/env bash
# Load benchmark of POST /predict: wrk, 2 threads, 50 connections, 20 s, on loopback, against the built jar.
# Usage: bench/predict-load.sh [DATA_DIR]   (default ../shared/data; used once to train the benchmark model)
# Prints requests/s and latency percentiles (p50, p90, p99, p99.9) of /predict, of /healthz on the same
# node, and of a bare Vert.x server answering a constant (the floor of the box), and appends them to
# bench/results/predict-load.txt. About 2.5 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
jar=verticles/target/aerocast.jar
work=bench/.work
port=18000
mkdir -p "$work" bench/results
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
if ! command -v wrk > /dev/null; then
  apt-get install -y wrk > /dev/null 2>&1 || { apt-get update > /dev/null && apt-get install -y wrk > /dev/null; }
fi
export OMP_NUM_THREADS=1
if [ ! -d "$work/models" ]; then
  echo "training the benchmark model (once) ..." >&2
  java -jar "$jar" train --data "$data/lcd_ohare_2017/LCD_WBAN94846_ORD_2017.csv" --out "$work/models" > /dev/null
fi

AEROCAST_HTTP_PORT=$port AEROCAST_PREDICT_MODELS_DIR="$work/models" AEROCAST_HTTP_INSTANCES="${AEROCAST_HTTP_INSTANCES:-0}" \
  java -jar "$jar" --roles predict > "$work/node.log" 2>&1 &
node=$!
trap 'kill $node 2> /dev/null; wait $node 2> /dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/readyz" > /dev/null && break
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/readyz" > /dev/null || { echo "node not ready; see $work/node.log" >&2; exit 1; }

# Warm-up: 20 s, because C2 is still compiling the request path after 5 s on two cores shared with wrk
# (measured: the first 15 s run gives about 10k req/s, the third 17-19k). Then the measured run.
wrk -t2 -c50 -d20s -s bench/predict.lua "http://127.0.0.1:$port/predict" > /dev/null
result=$(wrk -t2 -c50 -d20s --latency -s bench/predict.lua "http://127.0.0.1:$port/predict" | grep '^RESULT')
# Reference on the same node and box: GET /healthz, a route that does almost nothing. Its p99 is the floor
# that scheduling two event loops and two wrk threads on two cores puts under every route.
wrk -t2 -c50 -d10s -s bench/report.lua "http://127.0.0.1:$port/healthz" > /dev/null
reference=$(wrk -t2 -c50 -d20s --latency -s bench/report.lua "http://127.0.0.1:$port/healthz" | grep '^RESULT')
# Floor: a bare Vert.x server (same transport, same event-loop count) answering a constant: what the box,
# wrk and Vert.x cost with no application work at all.
kill $node 2> /dev/null; wait $node 2> /dev/null || true
java -jar "$jar" bench http-floor --port $((port + 1)) --instances "${AEROCAST_HTTP_INSTANCES:-0}" > "$work/floor.log" 2>&1 &
node=$!
for _ in $(seq 1 50); do grep -q listening "$work/floor.log" && break; sleep 0.2; done
wrk -t2 -c50 -d10s -s bench/predict.lua "http://127.0.0.1:$((port + 1))/predict" > /dev/null
floor=$(wrk -t2 -c50 -d20s --latency -s bench/predict.lua "http://127.0.0.1:$((port + 1))/predict" | grep '^RESULT')
stamp="$(date -u +%Y-%m-%dT%H:%M:%SZ) $(getconf _NPROCESSORS_ONLN) cores, http.instances=${AEROCAST_HTTP_INSTANCES:-0 (per core)}, wrk -t2 -c50 -d20s"
line="$stamp, POST /predict single window: ${result#RESULT }"
echo "$line"
echo "$line" >> bench/results/predict-load.txt
line="$stamp, reference GET /healthz: ${reference#RESULT }"
echo "$line"
echo "$line" >> bench/results/predict-load.txt
line="$stamp, floor (bench http-floor, same body, constant answer): ${floor#RESULT }"
echo "$line"
echo "$line" >> bench/results/predict-load.txt
