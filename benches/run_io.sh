#!/usr/bin/env bash
# Loads a 50000x784 float32 .npy file (157 MB, warm page cache) with the crate (criterion,
# benches/io.rs) and with np.load (benches/numpy_io.py), and prints a markdown table of the
# times and the ratio (goal <= 1.0: loading is at least as fast as NumPy's). Then the same
# array as a safetensors file: read into a tensor, or memory-mapped and viewed, and summed,
# against the Python safetensors package (`load_file`, `safe_open`), when it is installed.
#
#   benches/run_io.sh            # portable build (default target CPU), as users build
#   benches/run_io.sh --native   # for information: RUSTFLAGS="-C target-cpu=native"
#
# Rust times are criterion's median point estimates (and fastest samples), NumPy's the medians
# (and fastest) of `timeit.repeat`. Ratio = Rust time / NumPy time. The file is written by the
# crate into the target dir when missing; NumPy checks its values before timing.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"
# Criterion writes under CARGO_TARGET_DIR relative to the bench's working directory (benches/):
# make it absolute so the results land in the workspace's target dir.
target_dir="$(realpath -m "$target_dir")"
export CARGO_TARGET_DIR="$target_dir"
export TENSORIAL_IO_BENCH_FILE="${TENSORIAL_IO_BENCH_FILE:-$target_dir/io-bench/x_50000x784_f32.npy}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

rm -rf "$target_dir/criterion/load_npy" "$target_dir/criterion/load_safetensors"
cargo bench -p tensorial-benches --bench io

numpy_out="$(mktemp)"
trap 'rm -f "$numpy_out"' EXIT
python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
python3 benches/numpy_io.py | tee "$numpy_out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$target_dir/criterion" "$numpy_out" "$label" "$header" <<'PY'
import json, pathlib, sys

crit, numpy_out, label, header = pathlib.Path(sys.argv[1]), *sys.argv[2:]
info, med, best = "", {}, {}
for line in open(numpy_out):
    parts = line.split()
    if line.startswith("# numpy"):
        info = line[2:].strip()
    elif len(parts) == 4 and parts[0] == "numpy":
        med[parts[1]], best[parts[1]] = float(parts[2]), float(parts[3])

def rust(group, name):
    d = crit / group / name / "new"
    m = json.loads((d / "estimates.json").read_text())["median"]["point_estimate"]
    s = json.loads((d / "sample.json").read_text())
    return m / 1e6, min(t / n for t, n in zip(s["times"], s["iters"])) / 1e6

r, rb = rust("load_npy", "read_npy")
p, pb = med["load_npy"], best["load_npy"]
mb = 50_000 * 784 * 4 / 1e6
print("\n## Loading .npy\n")
print(f"{header}; Rust {label}; {info}. A 50000×784 f32 file ({mb:.0f} MB) from a warm page cache,"
      " loaded into a new array; ms per load (median, and fastest sample).\n")
print("| case | Rust ms | NumPy ms | ratio | best: Rust | NumPy | ratio | goal |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
print(f"| `Tensor::<f32, Rank2<50000, 784>, Heap>::read_npy` vs `np.load` | {r:.1f} | {p:.1f} | "
      f"{r / p:.2f} | {rb:.1f} | {pb:.1f} | {rb / pb:.2f} | ≤ 1.0 |")

if "st_load_file_sum" not in med:
    print("\n(the Python safetensors package is not installed: no safetensors table)")
    sys.exit()
print("\n## Loading safetensors\n")
print(f"{header}; Rust {label}; {info}. The same array in a safetensors file, opened, its tensor"
      " loaded or viewed, and summed; ms per open (median, and fastest sample).\n")
print("| case | Rust ms | Python ms | ratio | best: Rust | Python | ratio |")
print("|---|---:|---:|---:|---:|---:|---:|")
cases = [
    ("open_tensor_sum", "st_load_file_sum",
     '`open(p)?.tensor::<f32, _>("x")?.sum()` vs `load_file(p)["x"].sum()`'),
    ("map_view_sum", "st_load_file_sum",
     '`map(p)?.view::<f32, _>("x")?.sum()` vs `load_file(p)["x"].sum()`'),
    ("map_view_sum", "st_safe_open_sum",
     '`map(p)?.view::<f32, _>("x")?.sum()` vs `safe_open(p, "np").get_tensor("x").sum()`'),
    ("map_view", "st_safe_open",
     '`map(p)?.view::<f32, _>("x")?` vs `safe_open(p, "np").get_tensor("x")`'),
]
for rust_case, py_case, what in cases:
    r, rb = rust("load_safetensors", rust_case)
    p, pb = med[py_case], best[py_case]
    print(f"| {what} | {r:.3g} | {p:.3g} | {r / p:.2g} | {rb:.3g} | {pb:.3g} | {rb / pb:.2g} |")
m, o = rust("load_safetensors", "map_view_sum")[0], rust("load_safetensors", "open_tensor_sum")[0]
print(f"\nMapped and viewed against read into a tensor (both summed): {m:.3g} / {o:.3g} ms = {m / o:.2g}.")
PY
