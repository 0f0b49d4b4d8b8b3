#!/usr/bin/env bash
# Load benchmark of POST /predict: wrk, 50 connections, 20 s per measurement, on loopback, against the
# built jar, with the load generator on the same box.
# Usage: bench/predict-load.sh [DATA_DIR]   (default ../shared/data; used once to train the benchmark model)
#
# Measures, after a 20 s warm-up (C2 is still compiling the request path after 5 s on two shared cores):
#   1. /predict with one wrk thread (-t1): the goal's setting. One wrk thread drives 50 connections at
#      over 50,000 req/s (see 4), so a second one only takes a share of the cores from the server.
#   2. /predict with two wrk threads (-t2): the setting the seed's FastAPI figure was measured with.
#   3. GET /healthz on the same node (-t1): a route that does almost nothing.
#   4. bench http-floor, a bare Vert.x server answering a constant (-t1 and -t2): the floor of the box.
# Prints one line per measurement (req/s, p50/p90/p99/p99.9, errors) and appends them to
# bench/results/predict-load.txt. About 2.5 minutes (plus about 100 s the first time, to train).
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
instances="${AEROCAST_HTTP_INSTANCES:-0}"
stamp="$(date -u +%Y-%m-%dT%H:%M:%SZ) $(getconf _NPROCESSORS_ONLN) cores, http.instances=$instances, wrk -c50 -d20s"

# measure LABEL THREADS URL [SCRIPT]: one measured wrk run; prints and records its RESULT line.
# SCRIPT defaults to predict.lua (POSTs the window); report.lua only reports, for GET routes.
measure() {
  local result
  result=$(wrk -t"$2" -c50 -d20s --latency -s "${4:-bench/predict.lua}" "$3" | grep '^RESULT')
  local line="$stamp, $1 (wrk -t$2): ${result#RESULT }"
  echo "$line"
  echo "$line" >> bench/results/predict-load.txt
}

AEROCAST_HTTP_PORT=$port AEROCAST_PREDICT_MODELS_DIR="$work/models" AEROCAST_HTTP_INSTANCES="$instances" \
  java -jar "$jar" --roles predict > "$work/node.log" 2>&1 &
node=$!
trap 'kill $node 2> /dev/null; wait $node 2> /dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/readyz" > /dev/null && break
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/readyz" > /dev/null || { echo "node not ready; see $work/node.log" >&2; exit 1; }

wrk -t2 -c50 -d20s -s bench/predict.lua "http://127.0.0.1:$port/predict" > /dev/null
measure "POST /predict single window" 1 "http://127.0.0.1:$port/predict"
measure "POST /predict single window" 2 "http://127.0.0.1:$port/predict"
measure "reference GET /healthz" 1 "http://127.0.0.1:$port/healthz" bench/report.lua

kill $node 2> /dev/null; wait $node 2> /dev/null || true
java -jar "$jar" bench http-floor --port $((port + 1)) --instances "$instances" > "$work/floor.log" 2>&1 &
node=$!
for _ in $(seq 1 50); do grep -q listening "$work/floor.log" && break; sleep 0.2; done
wrk -t2 -c50 -d10s -s bench/predict.lua "http://127.0.0.1:$((port + 1))/predict" > /dev/null
measure "floor: bench http-floor, same body, constant answer" 1 "http://127.0.0.1:$((port + 1))/predict"
measure "floor: bench http-floor, same body, constant answer" 2 "http://127.0.0.1:$((port + 1))/predict"
