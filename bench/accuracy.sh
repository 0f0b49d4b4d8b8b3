#!/usr/bin/env bash
# Accuracy benchmark on the shared real-weather files: GRU vs Naive, SeasonalNaive24, LinearAR.
# Usage: bench/accuracy.sh [DATA_DIR]   (default ../shared/data). Writes bench/results/accuracy-*.json|png.
# Needs the built jar (mvn -B -DskipTests package). About 1 minute per file on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
jar=verticles/target/aerocast.jar
out=bench/results
mkdir -p "$out"
# One BLAS/OpenMP thread: measured about 2x faster training on 2 cores than the default.
export OMP_NUM_THREADS=1

run() {
  local name=$1 file=$2
  shift 2
  echo "== $name: $file" >&2
  java -jar "$jar" bench accuracy --data "$file" --out "$out/accuracy-$name.json" --plot "$out/accuracy-$name.png" "$@" \
    > /dev/null
  python3 - "$out/accuracy-$name.json" <<'PY' 2>/dev/null || cat "$out/accuracy-$name.json"
import json, sys
d = json.load(open(sys.argv[1]))
m = d["models"]
print(f'{d["station"]:>14}  GRU {m["GRU"]["rmse"]:.3f}  Naive {m["Naive"]["rmse"]:.3f}  '
      f'Seasonal {m["SeasonalNaive24"]["rmse"]:.3f}  LinearAR {m["LinearAR"]["rmse"]:.3f}  '
      f'GRU/Naive {d["rmse_vs_naive"]["GRU"]:.3f}  coverage {d["intervals"]["coverage"]:.3f}  '
      f'train {d["train_seconds"]:.0f}s')
PY
}

run ohare-2017 "$data/lcd_ohare_2017/LCD_WBAN94846_ORD_2017.csv"
run isd-la-2007 "$data/isd_full/722874-93134-2007.gz"
run isd-longmont-2020 "$data/isd_full/720538-00164-2020.gz"
run isd-lite-hill-2014 "$data/isd_lite/725755-24101-2014"
run nycflights13-ewr-2013 "$data/nycflights13/weather.csv"
