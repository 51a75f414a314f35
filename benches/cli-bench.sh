#!/usr/bin/env bash
# Whole-process figures for the CLI (BENCHMARKS.md): wall time and peak memory for 1 file
# and for 10,000 files against check-jsonschema (PyPI) with the exported schema, memory on
# a 100 MB batch, and time for 1x, 10x and 100x the batch input.
# Run from the repository root: benches/cli-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
venv=.tools/bench-venv
[ -x "$venv/bin/check-jsonschema" ] || { python3 -m venv "$venv"; "$venv/bin/pip" install --quiet --disable-pip-version-check check-jsonschema==0.39.0; }
cargo build --quiet --release -p apigw-lint-cli
lint=target/release/apigw-lint
check="$venv/bin/check-jsonschema --schemafile schemas/createapi.schema.json"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 10,000 single-request files: the valid and invalid requests of the batch input.
python3 - "$work" <<'PY'
import json, os, sys
batch = json.load(open("benches/inputs/batch-1000.json"))
os.makedirs(f"{sys.argv[1]}/many")
for i in range(10_000):
    with open(f"{sys.argv[1]}/many/request-{i:05}.json", "w") as f:
        json.dump(batch[i % len(batch)], f, indent=2)
one = batch[0]
json.dump(one, open(f"{sys.argv[1]}/one.json", "w"), indent=2)
for factor in (1, 10, 100):
    with open(f"{sys.argv[1]}/batch-x{factor}.json", "w") as f:
        json.dump(batch * factor, f, indent=4)
# About 100 MB for the memory figure.
big = batch * 150
with open(f"{sys.argv[1]}/batch-100mb.json", "w") as f:
    json.dump(big, f, indent=4)
PY
ls -la "$work"/*.json | awk '{print $5, $9}'

echo "## 1 file and 10,000 files (wall time)"
hyperfine --warmup 2 --runs 10 -i --export-markdown "$work/one.md" \
  "$lint check --quiet $work/one.json" "$check $work/one.json"
cat "$work/one.md"
hyperfine --warmup 1 --runs 5 -i --export-markdown "$work/many.md" \
  "$lint check --quiet $work/many" "$check $work/many/*.json"
cat "$work/many.md"

echo "## peak memory (KiB, GNU time)"
for cmd in "$lint check --quiet $work/one.json" "$check $work/one.json" "$lint check --quiet $work/many" "$check $work/many/*.json"; do
  /usr/bin/time -f "%M KiB  %e s  $(echo "$cmd" | cut -c1-60)" bash -c "$cmd > /dev/null 2>&1" || true
done 2>&1 | grep KiB

echo "## 100 MB batch"
size=$(stat -c %s "$work/batch-100mb.json")
/usr/bin/time -f "%M KiB peak, %e s, input $size bytes" "$lint" check --quiet --max-input-bytes 200000000 --format json "$work/batch-100mb.json" > /dev/null || true

echo "## scaling (1x, 10x, 100x the batch input)"
hyperfine --warmup 1 --runs 5 -i --export-markdown "$work/scale.md" \
  "$lint check --format json --max-input-bytes 200000000 $work/batch-x1.json > /dev/null" \
  "$lint check --format json --max-input-bytes 200000000 $work/batch-x10.json > /dev/null" \
  "$lint check --format json --max-input-bytes 200000000 $work/batch-x100.json > /dev/null"
cat "$work/scale.md"
