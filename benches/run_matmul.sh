#!/usr/bin/env bash
# Runs the matmul benchmark in Rust (criterion, with nalgebra for the small sizes) and NumPy
# back to back and prints the ratios.
#
#   benches/run_matmul.sh            # portable build (default target CPU), as users build
#   benches/run_matmul.sh --native   # for information: RUSTFLAGS="-C target-cpu=native"
#
# Rust times are criterion's median point estimates; NumPy's are the medians of `timeit.repeat`
# samples, once with OPENBLAS_NUM_THREADS=1 (like-for-like: `matrixmultiply` runs on one
# thread) and once with OpenBLAS's default thread count. Ratio = Rust time / NumPy time
# (<= 1.0 means Rust is at least as fast).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"

rm -rf "$target_dir/criterion/matmul_f32" "$target_dir/criterion/matmul_small_f32"
cargo bench --bench matmul

one="$(mktemp)"
all="$(mktemp)"
trap 'rm -f "$one" "$all"' EXIT
python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 \
    python3 benches/numpy_matmul.py | tee "$one"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE -u OPENBLAS_NUM_THREADS \
    python3 benches/numpy_matmul.py | tee "$all"

python3 - "$target_dir/criterion" "$one" "$all" "$label" <<'PY'
import json, pathlib, sys

crit, one, all_, label = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def numpy(path):
    out = {}
    for line in open(path):
        parts = line.split()
        if len(parts) == 4 and parts[0] == "numpy":
            out[parts[1]] = float(parts[2])
    return out

np1, npn = numpy(one), numpy(all_)

def rust(group, name):
    est = json.loads((crit / group / name / "new" / "estimates.json").read_text())
    return est["median"]["point_estimate"] / 1e6  # ms

print(f"\nf32 n x n matmul, ms per op (medians), Rust {label}, single-threaded GEMM")
print(f"{'op':<12}{'Rust':>10}{'NumPy 1T':>10}{'ratio':>8}{'NumPy':>10}{'ratio':>8}   GFLOP/s Rust")
for n in (256, 1024):
    for op in ("alloc", "into"):
        name = f"{op}_{n}"
        r = rust("matmul_f32", name)
        gf = 2 * n**3 / (r * 1e-3) / 1e9
        print(f"{name:<12}{r:>10.3f}{np1[name]:>10.3f}{r / np1[name]:>8.2f}"
              f"{npn[name]:>10.3f}{r / npn[name]:>8.2f}   {gf:.1f}")

print(f"\ninline n x n f32 matmul, ns per op (medians)")
print(f"{'n':<4}{'tensorial':>11}{'nalgebra':>10}{'t/nalg':>8}{'NumPy':>10}{'t/NumPy':>9}")
for n in (4, 8, 16):
    t = rust("matmul_small_f32", f"tensorial_{n}") * 1e6
    a = rust("matmul_small_f32", f"nalgebra_{n}") * 1e6
    p = np1[f"small_{n}"] * 1e6
    print(f"{n:<4}{t:>11.1f}{a:>10.1f}{t / a:>8.2f}{p:>10.1f}{t / p:>9.3f}")
PY
