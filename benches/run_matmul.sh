#!/usr/bin/env bash
# Runs the matmul benchmark in Rust (criterion, with nalgebra for the small sizes) and NumPy
# back to back and prints the ratios as markdown tables.
#
#   benches/run_matmul.sh            # portable build (default target CPU), as users build
#   benches/run_matmul.sh --native   # for information: RUSTFLAGS="-C target-cpu=native"
#
# Rust times are criterion's median point estimates, once with TENSORIAL_NUM_THREADS=1 and once
# with the default (all cores); NumPy's are the medians of `timeit.repeat` samples, once with
# OPENBLAS_NUM_THREADS=1 and once with OpenBLAS's default thread count. One thread is compared
# with one thread, the defaults with the defaults. Ratio = Rust time / NumPy time (<= 1.0 means
# Rust is at least as fast).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"

rm -rf "$target_dir"/criterion/matmul_f32_* "$target_dir"/criterion/matmul_f64_* \
    "$target_dir/criterion/matmul_small_f32"
# One thread; then the AVX2 rows (on AVX-512 CPUs); then the default thread count.
TENSORIAL_NUM_THREADS=1 cargo bench -p tensorial-benches --bench matmul -- 'matmul_f(32|64)_1t'
cargo bench -p tensorial-benches --bench matmul -- 'matmul_f(32|64)_avx2'
env -u TENSORIAL_NUM_THREADS cargo bench -p tensorial-benches --bench matmul -- \
    'matmul_f(32|64)_[0-9]+t|matmul_small'

one="$(mktemp)"
all="$(mktemp)"
avx2="$(mktemp)"
trap 'rm -f "$one" "$all" "$avx2"' EXIT
python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 \
    python3 benches/numpy_matmul.py | tee "$one"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE -u OPENBLAS_NUM_THREADS \
    python3 benches/numpy_matmul.py | tee "$all"

if [[ "$avx512" == yes ]]; then
    # OpenBLAS as on an AVX2-only machine: its Haswell kernels, one thread.
    OPENBLAS_CORETYPE=Haswell OPENBLAS_NUM_THREADS=1 env -u OPENBLAS_L2_SIZE \
        python3 benches/numpy_matmul.py | tee "$avx2"
fi

python3 - "$target_dir/criterion" "$one" "$all" "$avx2" "$label" "$header" <<'PY'
import json, pathlib, sys

crit, one, all_, avx2, label, header = pathlib.Path(sys.argv[1]), *sys.argv[2:]

def numpy(path):
    out = {}
    for line in open(path):
        parts = line.split()
        if len(parts) == 4 and parts[0] == "numpy":
            out[parts[1]] = float(parts[2])
    return out

np1, npn, np_avx2 = numpy(one), numpy(all_), numpy(avx2)

def rust(group, name):
    est = json.loads((crit / group / name / "new" / "estimates.json").read_text())
    return est["median"]["point_estimate"] / 1e6  # ms

def threads(ty):
    """Thread counts of the Rust runs: 1 and the default (the other `matmul_<ty>_<T>t` group)."""
    found = sorted(int(p.name.rsplit("_", 1)[1][:-1]) for p in crit.glob(f"matmul_{ty}_*t"))
    return 1, (found[-1] if found else 1)

shapes = [f"{n}x{n}x{n}" for n in (64, 128, 256, 512, 1024, 2048)]
shapes += ["64x784x128", "784x64x128", "64x128x784"]

print(f"\n## Matrix products (matmul) vs NumPy/OpenBLAS\n\n{header}. Rust: {label}.\n")
print("Median ms per product `out = a @ b` (M×K · K×N, into a preallocated output); ratio = Rust / NumPy, "
      "< 1 is faster; GFLOP/s of Rust's default-thread run.\n")
print("| dtype | M×K×N | Rust 1T | OpenBLAS 1T | ratio 1T | Rust all cores | NumPy default | ratio default | GFLOP/s |")
print("|---|---|---|---|---|---|---|---|---|")
for ty in ("f32", "f64"):
    t1, tn = threads(ty)
    for shape in shapes + ["alloc 256"]:
        name = "alloc_256x256x256" if shape == "alloc 256" else f"into_{shape}"
        label_shape = "256×256×256 (alloc)" if shape == "alloc 256" else shape.replace("x", "×")
        r1, rn = rust(f"matmul_{ty}_{t1}t", name), rust(f"matmul_{ty}_{tn}t", name)
        a1, an = np1[f"{ty}_{name}"], npn[f"{ty}_{name}"]
        m, k, n = (int(x) for x in name.split("_")[1].split("x"))
        gf = 2 * m * k * n / (rn * 1e-3) / 1e9
        print(f"| {ty} | {label_shape} | {r1:.3f} | {a1:.3f} | {r1 / a1:.2f} | {rn:.3f} ({tn}T) | {an:.3f} | {rn / an:.2f} | {gf:.0f} |")

if np_avx2 and (crit / "matmul_f32_avx2").exists():
    print("\n### AVX2 kernels, one thread (as on an AVX2-only machine)\n")
    print("This crate's AVX2 + FMA kernels forced on this AVX-512 CPU (`math::set_isa`) against "
          "OpenBLAS with its Haswell kernels (`OPENBLAS_CORETYPE=Haswell`), both on one thread; "
          "median ms, ratio = Rust / OpenBLAS.\n")
    print("| M×K×N | f32 Rust | f32 OpenBLAS | f32 ratio | f64 Rust | f64 OpenBLAS | f64 ratio |")
    print("|---|---|---|---|---|---|---|")
    for shape in shapes:
        row = []
        for ty in ("f32", "f64"):
            r, a = rust(f"matmul_{ty}_avx2", f"into_{shape}"), np_avx2[f"{ty}_into_{shape}"]
            row.append(f"{r:.3f} | {a:.3f} | {r / a:.2f}")
        print(f"| {shape.replace('x', '×')} | " + " | ".join(row) + " |")

print("\n## Small inline matmul vs nalgebra\n")
print("ns per `n×n` f32 product (medians); NumPy with OPENBLAS_NUM_THREADS=1.\n")
print("| n | tensorial | nalgebra | tensorial / nalgebra | NumPy | tensorial / NumPy |")
print("|---|---|---|---|---|---|")
for n in (4, 8, 16):
    t = rust("matmul_small_f32", f"tensorial_{n}") * 1e6
    a = rust("matmul_small_f32", f"nalgebra_{n}") * 1e6
    p = np1[f"small_{n}"] * 1e6
    print(f"| {n} | {t:.1f} | {a:.1f} | {t / a:.2f} | {p:.1f} | {t / p:.3f} |")
PY
