#!/usr/bin/env bash
# Runs the einsum benchmark in Rust (criterion) and NumPy back to back and prints the ratios.
#
#   benches/run_einsum.sh            # portable build (default target CPU), as users build
#   benches/run_einsum.sh --native   # for information: RUSTFLAGS="-C target-cpu=native"
#
# Rust times are criterion's median point estimates, once with TENSORIAL_NUM_THREADS=1 and once
# with the default (all cores); NumPy's are the medians of `timeit.repeat` samples, once with
# OPENBLAS_NUM_THREADS=1 and once with OpenBLAS's default thread count. One thread is compared
# with one thread, the defaults with the defaults. Ratio = Rust time / NumPy time
# (<= 1.0 means Rust is at least as fast). Goals (issue 6): the three large cases <= 1.0 against
# `optimize=True`; the 3x4·4x5 product <= 0.05 of plain `np.einsum`; `einsum!` / `matmul` on the
# same 256³ operands <= 1.05. The machine's CPU decides what NumPy's OpenBLAS can reach (AVX-512
# or AVX2 kernels), so the header says which one this is; compare ratios, not times.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

for group in einsum_f32 einsum_small_f32 einsum_vs_matmul_f32; do
    rm -rf "$target_dir/criterion/$group"
done
TENSORIAL_NUM_THREADS=1 cargo bench -p tensorial-benches --bench einsum -- --save-baseline one_thread
env -u TENSORIAL_NUM_THREADS cargo bench -p tensorial-benches --bench einsum  # last: criterion's `new` is the default

one="$(mktemp)"
all="$(mktemp)"
trap 'rm -f "$one" "$all"' EXIT
python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 \
    python3 benches/numpy_einsum.py | tee "$one"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE -u OPENBLAS_NUM_THREADS \
    python3 benches/numpy_einsum.py | tee "$all"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$target_dir/criterion" "$one" "$all" "$label" "$header" <<'PY'
import json, pathlib, sys

crit, one, all_, label, header = pathlib.Path(sys.argv[1]), *sys.argv[2:]

def numpy(path):
    med, best, info = {}, {}, ""
    for line in open(path):
        parts = line.split()
        if line.startswith("# numpy"):
            info = line[2:].strip()
        elif len(parts) == 4 and parts[0] == "numpy":
            med[parts[1]], best[parts[1]] = float(parts[2]), float(parts[3])
    return med, best, info

(np1, np1b, info1), (npn, npnb, infon) = numpy(one), numpy(all_)

def rust(group, name, run="new"):
    """Criterion's median point estimate and its fastest sample (per iteration), in ms."""
    d = crit / group / name / run
    med = json.loads((d / "estimates.json").read_text())["median"]["point_estimate"]
    s = json.loads((d / "sample.json").read_text())
    best = min(t / n for t, n in zip(s["times"], s["iters"]))
    return med / 1e6, best / 1e6

print(f"\n{header}")
print(f"Rust: {label}; 1T = TENSORIAL_NUM_THREADS=1, all = default (every core)")
print(f"NumPy 1T: {info1}")
print(f"NumPy:    {infon}")
print("Medians, and in the last columns the fastest sample of each side (less sensitive to a busy"
      "\nmachine: compare the two when they disagree).")

print("\nf32 einsum, ms per call; ratio = Rust / NumPy, one thread against one, default against default")
print(f"{'case':<40}{'Rust1T':>9}{'NumPy1T':>9}{'ratio':>7}{'Rust':>9}{'NumPy':>9}{'ratio':>7}"
      f"  {'goal':<8}| best: {'Rust1T':>7}{'NumPy1T':>9}{'ratio':>7}{'Rust':>9}{'NumPy':>9}{'ratio':>7}")
rows = [
    ("chain_512", "chain_512", "ij,jk,kl->il 512^3 (optimize=True)", "<= 1.0"),
    ("batch_64", "batch_64", "bij,bjk->bik 64^4 (optimize=True)", "<= 1.0"),
    ("btnh_x16", "btnh_x16", "btf,fnh->btnh 32,48,96,32,48 (opt=True)", "<= 1.0"),
    ("batch_64", "batch_64_plain", "  bij,bjk->bik vs plain np.einsum", "(info)"),
    ("btnh_x16", "btnh_x16_plain", "  btf,fnh->btnh vs plain np.einsum", "(info)"),
]
for name, npname, text, goal in rows:
    (r, rb), (r1, r1b) = rust("einsum_f32", name), rust("einsum_f32", name, "one_thread")
    p1, pn, p1b, pnb = np1[npname], npn[npname], np1b[npname], npnb[npname]
    print(f"{text:<40}{r1:>9.3f}{p1:>9.3f}{r1 / p1:>7.2f}{r:>9.3f}{pn:>9.3f}{r / pn:>7.2f}  {goal:<8}"
          f"|       {r1b:>7.3f}{p1b:>9.3f}{r1b / p1b:>7.2f}{rb:>9.3f}{pnb:>9.3f}{rb / pnb:>7.2f}")

t, tb = (v * 1e6 for v in rust("einsum_small_f32", "tiny_3x4x5"))
m, mb = (v * 1e6 for v in rust("einsum_small_f32", "matmul_3x4x5"))
print(f"\nij,jk->ik 3x4 . 4x5 inline, ns per call, vs NumPy with OPENBLAS_NUM_THREADS=1")
print(f"{'NumPy call':<40}{'Rust':>9}{'NumPy':>9}{'ratio':>7}  {'goal':<8}| best: {'Rust':>7}{'NumPy':>9}{'ratio':>7}")
for name, text, goal in (("tiny_3x4x5", "np.einsum (plain)", "<= 0.05"),
                         ("tiny_3x4x5_opt", "np.einsum(optimize=True)", "(info)"),
                         ("tiny_3x4x5_matmul", "a @ b", "(info)")):
    p, pb = np1[name] * 1e6, np1b[name] * 1e6
    print(f"{text:<40}{t:>9.1f}{p:>9.1f}{t / p:>7.3f}  {goal:<8}|       {tb:>7.1f}{pb:>9.1f}{tb / pb:>7.3f}")
print(f"{'(info) a.matmul(&b) in Rust':<40}{m:>9.1f}{'':>9}{'':>7}  {'':<8}|       {mb:>7.1f}"
      f"   einsum!/matmul {t / m:.1f} (median), {tb / mb:.1f} (best)")

e, eb = rust("einsum_vs_matmul_f32", "einsum_256")
m, mb = rust("einsum_vs_matmul_f32", "matmul_256")
print(f"\n256^3 heap f32, same operands, both Rust, ms per call (goal einsum!/matmul <= 1.05)")
print(f"  median: einsum! {e:.4f}, matmul {m:.4f} ({2 * 256**3 / (m * 1e-3) / 1e9:.1f} GFLOP/s),"
      f" einsum!/matmul = {e / m:.3f}")
print(f"  best:   einsum! {eb:.4f}, matmul {mb:.4f} ({2 * 256**3 / (mb * 1e-3) / 1e9:.1f} GFLOP/s),"
      f" einsum!/matmul = {eb / mb:.3f}")

# The same figures as a markdown table (benches/run_all.sh pastes it into docs/benchmarks.md).
print(f"\n## Einsum vs NumPy\n\n{header}. Rust: {label}.\n")
print("Median ms per call; ratio = Rust / NumPy (< 1 is faster), one thread against one "
      "(TENSORIAL_NUM_THREADS=1, OPENBLAS_NUM_THREADS=1) and default against default.\n")
print("| case | Rust 1T | NumPy 1T | ratio 1T | Rust default | NumPy default | ratio default | goal |")
print("|---|---|---|---|---|---|---|---|")
for name, npname, text, goal in rows:
    r, r1 = rust("einsum_f32", name)[0], rust("einsum_f32", name, "one_thread")[0]
    p1, pn = np1[npname], npn[npname]
    text = text.strip().replace("^3", "³").replace("^4", "⁴")
    print(f"| {text} | {r1:.3f} | {p1:.3f} | {r1 / p1:.2f} | {r:.3f} | {pn:.3f} | {r / pn:.2f} | {goal} |")
p = np1["tiny_3x4x5"] * 1e6
print(f"| `ij,jk->ik` 3×4·4×5 inline, ns vs plain `np.einsum` | {t:.1f} | {p:.1f} | {t / p:.3f} | | | | <= 0.05 |")
print(f"| `einsum!` / `matmul`, same 256³ heap operands (both Rust) | {e:.4f} | {m:.4f} | {e / m:.3f} | | | | <= 1.05 |")
PY
