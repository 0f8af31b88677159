#!/usr/bin/env bash
# Runs the reduction benchmarks in Rust (criterion) and NumPy back to back and prints the ratios.
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

group=reduce_f32
rm -rf "$target_dir/criterion/$group"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cargo bench --bench reduce -- "$group"

numpy_out="$(mktemp)"
trap 'rm -f "$numpy_out"' EXIT
python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 benches/numpy_reduce.py | tee "$numpy_out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$target_dir/criterion/$group" "$numpy_out" "$label" <<'PY'
import json, pathlib, sys

crit, numpy_out, label = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
numpy = {}
for line in open(numpy_out):
    parts = line.split()
    if len(parts) == 4 and parts[0] == "numpy":
        numpy[parts[1]] = float(parts[2])

rows = [
    ("sum_axis0", "sum_axis0", "(50000, 784) sum axis=0"),
    ("sum_axis1", "sum_axis1", "(50000, 784) sum axis=1"),
    ("softmax_64x1024_heap", "softmax_64x1024", "(64, 1024) softmax -1, heap"),
    ("argmax_last", "argmax_last", "(1280, 720, 20) argmax -1"),
]
print(f"\nf32 reductions, ms per op (medians), Rust {label}")
print(f"{'op':<32}{'Rust':>10}{'NumPy':>10}{'Rust/NumPy':>12}")
for bench, np_name, title in rows:
    est = json.loads((crit / bench / "new" / "estimates.json").read_text())
    rust = est["median"]["point_estimate"] / 1e6
    print(f"{title:<32}{rust:>10.3f}{numpy[np_name]:>10.3f}{rust / numpy[np_name]:>12.2f}")
PY
