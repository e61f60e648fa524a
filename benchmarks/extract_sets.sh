#!/bin/bash
# Extract every evaluated set into OUT (one folder per set), to check that a speed change leaves
# the records byte-identical: run it on two commits and compare with `diff -r -q OUT_A OUT_B`.
#
#   benchmarks/extract_sets.sh OUT            (from the repository root, after README command 1)
#
# Sets: ../shared seeds + dev and dev-vi, every tests/gold_blind* set and corpus/ in the default
# profile; English dev, Vietnamese dev, 300 benchmark documents (workload.py, seed 0) and two
# blind sets in the fast profile.
set -u
OUT=${1:?usage: benchmarks/extract_sets.sh OUT}
ROOT=${ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
SHARED=$(cd "${SHARED:-$ROOT/../shared}" 2>/dev/null && pwd || echo "${SHARED:-$ROOT/../shared}")
PIPELINE=${PIPELINE:-$ROOT/.venv/bin/pipeline}
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
cd "$ROOT" || exit 2
rm -rf "$OUT" && mkdir -p "$OUT/_bench_texts" || exit 2
"$PYTHON" -c "import sys; sys.path.insert(0, 'benchmarks'); import workload, pathlib; \
t, _ = workload.load_templates(); workload.write_files(workload.generate(t, 300, 0), pathlib.Path(sys.argv[1]))" \
    "$OUT/_bench_texts" || exit 2
status=0
run() {
    local name=$1; shift
    "$PIPELINE" extract "$@" --out "$OUT/$name" -q >/dev/null 2>&1 || { echo "extraction failed: $name"; status=1; }
}
if [ -d "$SHARED/seeds" ]; then
    run en "$SHARED"/seeds/*.txt "$SHARED"/dev/*.txt
    run vi "$SHARED"/dev-vi/*.txt
    run fast_en --profile fast "$SHARED"/seeds/*.txt "$SHARED"/dev/*.txt
    run fast_vi --profile fast "$SHARED"/dev-vi/*.txt
else
    echo "no $SHARED: the dev sets are left out"
fi
for set in tests/gold_blind*; do run "$(basename "$set")" "$set"/*.txt; done
run corpus corpus/*.txt
# the benchmark texts by a relative path, so their records name the same source wherever OUT is
(cd "$OUT" && "$PIPELINE" extract --profile fast _bench_texts/*.txt --out fast_bench -q >/dev/null 2>&1) \
    || { echo "extraction failed: fast_bench"; status=1; }
run fast_blind --profile fast tests/gold_blind_en3/*.txt tests/gold_blind_vi3/*.txt
rm -rf "$OUT/_bench_texts"
echo "extracted into $OUT"
exit $status
