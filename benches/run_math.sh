#!/usr/bin/env bash
# Runs the vectorized-math benchmarks in Rust (criterion) and NumPy back to back and prints a
# markdown table of times and ratios.
#
#   benches/run_math.sh            # portable build (default target CPU), as users build
#   benches/run_math.sh --native   # for information: RUSTFLAGS="-C target-cpu=native"
#
# Rust times are criterion's median point estimates; NumPy's are medians of `timeit.repeat`
# samples. Ratio = Rust time / NumPy time (<= 1.0: Rust at least as fast). "1 thread" is
# `TENSORIAL_NUM_THREADS=1` (set in-process by the bench); "all threads" the default; "AVX2" is
# one thread on the AVX2 kernels, measured only on AVX-512 machines (an AVX2-only machine runs
# them in the other columns), beside NumPy with its AVX-512 code paths disabled
# (NPY_DISABLE_CPU_FEATURES), which is what NumPy runs on an AVX2-only machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"

group=math_f32
rm -rf "$target_dir/criterion/$group"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cargo bench -p tensorial-benches --bench math -- "$group"

numpy_out="$(mktemp)"
trap 'rm -f "$numpy_out"' EXIT
python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 benches/numpy_math.py | tee "$numpy_out"
if [[ $avx512 == yes ]]; then
    # NumPy as on an AVX2-only machine: its AVX-512 dispatch targets disabled.
    disable="$(python3 -c 'from numpy._core._multiarray_umath import __cpu_dispatch__ as d
print(" ".join(t for t in d if "512" in t or t == "X86_V4"))' 2>/dev/null || true)"
    if [[ -n $disable ]]; then
        echo "NumPy without $disable:"
        NPY_DISABLE_CPU_FEATURES="$disable" env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \
            python3 benches/numpy_math.py | sed 's/^numpy /numpy_avx2 /' | tee -a "$numpy_out"
    fi
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$target_dir/criterion/$group" "$numpy_out" "$label" "$header" "$(nproc)" <<'PY'
import json, pathlib, sys

crit, numpy_out, label, header, cores = pathlib.Path(sys.argv[1]), *sys.argv[2:]
numpy, numpy_avx2 = {}, {}
for line in open(numpy_out):
    parts = line.split()
    if len(parts) == 4 and parts[0] in ("numpy", "numpy_avx2"):
        (numpy if parts[0] == "numpy" else numpy_avx2)[parts[1]] = float(parts[2])


def rust(name):
    path = crit / name / "new" / "estimates.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())["median"]["point_estimate"] / 1e6


def cell(v, fmt):
    return "—" if v is None else format(v, fmt)


print(f"\n## Vectorized math (f32), Rust {label}\n")
print(f"{header}. Times in ms (medians); ratio = Rust / NumPy (<= 1: Rust at least as fast).\n")
print(f"| op | shape | NumPy | Rust 1 thread | ratio | Rust {cores} threads | ratio | Rust AVX2, 1 thread | ratio | NumPy AVX2 | Rust AVX2 / NumPy AVX2 |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for shape in ["64x1024", "50000x784"]:
    for op in ["exp", "tanh", "sigmoid", "softmax", "log_softmax"]:
        np_t = numpy[f"{op}_{shape}"]
        row = [op, "(" + shape.replace("x", ", ") + ")", f"{np_t:.3f}"]
        for suffix in ["t1", "tN", "avx2"]:
            r = rust(f"{op}_{shape}_{suffix}")
            row += [cell(r, ".3f"), cell(None if r is None else r / np_t, ".2f")]
        np2 = numpy_avx2.get(f"{op}_{shape}")
        ratio2 = None if r is None or np2 is None else r / np2
        row += [cell(np2, ".3f"), cell(ratio2, ".2f")]
        print("| " + " | ".join(row) + " |")
PY
