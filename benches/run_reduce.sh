#!/usr/bin/env bash
# Runs the reduction benchmarks in Rust (criterion) with one thread and with all cores, then
# NumPy, and prints a markdown table of times, ratios and fractions of the copy bandwidth
# (benches/memory_report.py; the floor is the 157 MB copy of benches/broadcast.rs).
#
#   benches/run_reduce.sh            # portable build (default target CPU), as users build
#   benches/run_reduce.sh --native   # for information: RUSTFLAGS="-C target-cpu=native"
#
# The --native build uses its own target dir (target/native) so it does not invalidate the
# default build. Rust times are criterion's median point estimates; NumPy's are the medians of
# `timeit.repeat` samples. Ratio = Rust time / NumPy time (<= 1.0 means Rust is at least as fast).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"

for group in memory_floor reduce_f32; do
    rm -rf "$target_dir/criterion/$group"
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for threads in 1 0; do  # 0: the default, every core
    baseline=$([[ $threads == 1 ]] && echo t1 || echo tn)
    TENSORIAL_NUM_THREADS=$threads cargo bench -p tensorial-benches --bench broadcast -- memory_floor \
        --save-baseline "$baseline"
    TENSORIAL_NUM_THREADS=$threads cargo bench -p tensorial-benches --bench reduce -- --save-baseline "$baseline"
done

numpy_out="$(mktemp)"
trap 'rm -f "$numpy_out"' EXIT
python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 benches/numpy_reduce.py | tee "$numpy_out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
python3 benches/memory_report.py reduce "$target_dir/criterion" "$numpy_out" \
    "$header; Rust $label"
