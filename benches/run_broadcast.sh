#!/usr/bin/env bash
# Runs the broadcast benchmark in Rust (criterion) and NumPy back to back and prints the ratios.
#
#   benches/run_broadcast.sh            # portable build (default target CPU), as users build
#   benches/run_broadcast.sh --native   # for information: RUSTFLAGS="-C target-cpu=native"
#
# The --native build uses its own target dir (target/native) so it does not invalidate the
# default build. Rust times are criterion's median point estimates; NumPy's are the medians of
# `timeit.repeat` samples. Ratio = Rust time / NumPy time (<= 1.0 means Rust is at least as fast).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"

group=broadcast_add_50000x784_f32
rm -rf "$target_dir/criterion/$group"
cargo bench --bench broadcast -- "$group"

numpy_out="$(mktemp)"
trap 'rm -f "$numpy_out"' EXIT
python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 benches/numpy_broadcast.py | tee "$numpy_out"

python3 - "$target_dir/criterion/$group" "$numpy_out" "$label" <<'EOF'
import json, pathlib, sys

crit, numpy_out, label = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
numpy = {}
for line in open(numpy_out):
    parts = line.split()
    if len(parts) == 4 and parts[0] == "numpy":
        numpy[parts[1]] = float(parts[2])

print(f"\n(50000, 784) + (50000, 1) f32, ms per op (medians), Rust {label}")
print(f"{'op':<10}{'Rust':>10}{'NumPy':>10}{'Rust/NumPy':>12}")
for op in ("alloc", "into", "inplace"):
    est = json.loads((crit / op / "new" / "estimates.json").read_text())
    rust = est["median"]["point_estimate"] / 1e6
    print(f"{op:<10}{rust:>10.2f}{numpy[op]:>10.2f}{rust / numpy[op]:>12.2f}")
EOF
