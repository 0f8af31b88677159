#!/usr/bin/env bash
# One SGD training step of a 784-128-10 MLP (ReLU, softmax cross-entropy, batch 64, f32) in
# Rust with autodiff, in Rust by hand, in NumPy and in PyTorch eager (CPU), back to back; prints
# the ratios against the goals of issue 7 and the peak memory of one autodiff step.
#
#   benches/run_train_step.sh            # portable build (default target CPU), as users build
#   benches/run_train_step.sh --native   # for information: RUSTFLAGS="-C target-cpu=native"
#
# Rust times are criterion's medians (benches/train_step.rs); NumPy's and PyTorch's are the
# medians of `timeit.repeat` samples of about 60 ms each. Each side runs with one thread
# (TENSORIAL_NUM_THREADS=1, OPENBLAS_NUM_THREADS=1, torch.set_num_threads(1)) and with its default
# (all cores), and the goals compare one thread with one thread and default with default.
# Ratio = Rust time / other time (smaller is faster).
#
# Peak memory: a counting global allocator in benches/train_step_profile.rs records the heap
# bytes live during one step above those live before it (parameters, batch), and the number of
# allocations; NumPy's figure is tracemalloc's peak over one step, measured the same way.
# benches/train_step_profile.rs also prints where the time of each step goes (phases), and runs
# each step in a plain loop in a fresh process (time and minor page faults per step).
#
# PyTorch is installed with `pip install torch` if it is missing; if that fails the PyTorch
# rows are skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "load average before: $load_before"

# glibc returns the top of the heap to the OS when more than its trim threshold is free there,
# and a step that allocates past it faults those pages in again; info rows rerun the Rust steps
# with trimming (and the dynamic mmap threshold) off to show what that costs.
notrim="glibc.malloc.trim_threshold=268435456:glibc.malloc.mmap_threshold=33554432"

rm -rf "$target_dir/criterion/train_step_f32"
GLIBC_TUNABLES="$notrim" cargo bench -p tensorial-benches --bench train_step -- --save-baseline glibc_notrim
TENSORIAL_NUM_THREADS=1 cargo bench -p tensorial-benches --bench train_step -- --save-baseline one_thread
env -u TENSORIAL_NUM_THREADS cargo bench -p tensorial-benches --bench train_step  # last: criterion's `new` is the default

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo bench -p tensorial-benches --bench train_step_profile | tee "$work/profile"
GLIBC_TUNABLES="$notrim" cargo bench -p tensorial-benches --bench train_step_profile -- phases | tee "$work/phases_notrim"
# A plain training loop in a fresh process, as a user runs one: time and page faults per step.
for step in autodiff hand; do
    cargo bench -p tensorial-benches --bench train_step_profile -- loop "$step" 3000 | tee -a "$work/loop"
    GLIBC_TUNABLES="$notrim" cargo bench -p tensorial-benches --bench train_step_profile -- loop "$step" 3000 \
        | sed 's/^loop /loop_notrim /' | tee -a "$work/loop"
done

python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 \
    python3 benches/numpy_train_step.py | tee "$work/np1"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE -u OPENBLAS_NUM_THREADS \
    python3 benches/numpy_train_step.py | tee "$work/npn"

if python3 -c 'import torch' 2>/dev/null || python3 -m pip install --quiet torch; then
    python3 benches/torch_train_step.py --threads 1 | tee "$work/pt1"
    python3 benches/torch_train_step.py | tee "$work/ptn"
else
    echo "PyTorch could not be installed with 'pip install torch': skipping the PyTorch rows"
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "load average after: $load_after"

python3 - "$target_dir/criterion" "$work" "$label" "$header" "$load_before" "$load_after" "$notrim" <<'PY'
import json, pathlib, sys

crit, work, label, header, before, after, _ = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), *sys.argv[3:]

def other(name):
    """{'step': (median_ms, best_ms), 'info': str, 'check': str, 'peak': float} from a Python side."""
    out = {}
    path = work / name
    if not path.exists():
        return None
    for line in path.read_text().splitlines():
        parts = line.split()
        if line.startswith("# "):
            out["info"] = line[2:]
        elif len(parts) == 4 and parts[1] == "step":
            out["step"] = (float(parts[2]), float(parts[3]))
        elif parts[:1] == ["check"]:
            out["check"] = (float(parts[3]), float(parts[5]))
        elif parts[:1] == ["memory"]:
            out["peak"] = float(parts[3])
    return out if "step" in out else None

def rust(name, run="new"):
    """Criterion's median point estimate and fastest sample (per iteration), in ms."""
    d = crit / "train_step_f32" / name / run
    med = json.loads((d / "estimates.json").read_text())["median"]["point_estimate"]
    s = json.loads((d / "sample.json").read_text())
    best = min(t / n for t, n in zip(s["times"], s["iters"]))
    return med / 1e6, best / 1e6

prof = (work / "profile").read_text().splitlines()
mem = {l.split()[1]: l.split() for l in prof if l.startswith("memory ")}
check = next(l.split() for l in prof if l.startswith("check "))

ad, hand = rust("autodiff"), rust("hand")
ad1, hand1 = rust("autodiff", "one_thread"), rust("hand", "one_thread")
ad_nt, hand_nt = rust("autodiff", "glibc_notrim"), rust("hand", "glibc_notrim")
np1, npn, pt1, ptn = other("np1"), other("npn"), other("pt1"), other("ptn")

print(f"\n{header}")
print(f"load average before {before}, after {after} (2 cores: above ~1 the machine is shared)")
print(f"Rust: {label}; 1T = TENSORIAL_NUM_THREADS=1, else the default (every core)")
print(f"NumPy 1T:   {np1['info']}\nNumPy:      {npn['info']}")
if pt1:
    print(f"PyTorch 1T: {pt1['info']}\nPyTorch:    {ptn['info']}")
print("\nOne training step (forward, backward, SGD update), 784-128-10 MLP, batch 64, f32; ms per step."
      "\nMedians, and the fastest sample of each side (less sensitive to a busy machine).")
print(f"{'':<34}{'median':>9}{'best':>9}   {'ratio = autodiff / this':<26}{'goal':<8}")
print("(rows marked 1T compare with Rust autodiff on one thread, the others with its default)")
print(f"{'Rust autodiff (Var)':<34}{ad[0]:>9.4f}{ad[1]:>9.4f}")
print(f"{'Rust autodiff (Var), 1T':<34}{ad1[0]:>9.4f}{ad1[1]:>9.4f}")

def row(name, t, goal, own=ad):
    if t is None:
        print(f"{name:<34}{'skipped':>9}")
        return
    r, rb = own[0] / t[0], own[1] / t[1]
    verdict = ""
    if goal:
        verdict = "met" if r <= goal else "missed"
        verdict = f"<= {goal}: {verdict}"
    print(f"{name:<34}{t[0]:>9.4f}{t[1]:>9.4f}   {r:>6.2f} (best {rb:>5.2f})        {verdict}")

row("Rust by hand (no autodiff)", hand, 1.2)
row("Rust by hand, 1T (vs autodiff 1T)", hand1, 1.2, ad1)
row("NumPy, OPENBLAS_NUM_THREADS=1 (1T)", np1["step"], 0.5, ad1)
row("NumPy, default threads", npn["step"], 0.5)
row("PyTorch eager, 1 thread (1T)", pt1 and pt1["step"], 1.0, ad1)
row("PyTorch eager, default threads", ptn and ptn["step"], 1.0)

loops = {}
for line in (work / "loop").read_text().splitlines():
    p = line.split()
    loops[(p[0], p[1])] = (float(p[5]), p[7])
print("\n(info) glibc's heap trimming: when more than its trim threshold (by default twice the"
      "\nlargest freed mmap chunk, here ~0.8 MB) is free at the top of the heap, glibc returns it to"
      "\nthe OS, and the next step faults those pages in again. Same steps with it turned off"
      f"\n(GLIBC_TUNABLES={sys.argv[7]}):")
print(f"{'':<34}{'autodiff':>10}{'hand':>9}{'ad/hand':>9}{'ad/NumPy1T':>12}"
      + (f"{'ad/PyTorch1T':>14}" if pt1 else ""))
def info(name, a, h):
    print(f"{name:<34}{a:>10.4f}{h:>9.4f}{a / h:>9.2f}{a / np1['step'][0]:>12.2f}"
          + (f"{a / pt1['step'][0]:>14.2f}" if pt1 else ""))
info("criterion median, trimming off", ad_nt[0], hand_nt[0])
for kind, text in (("loop", "plain loop, default glibc"), ("loop_notrim", "plain loop, trimming off")):
    (a, fa), (h, fh) = loops[(kind, "autodiff")], loops[(kind, "hand")]
    info(f"{text}", a, h)
    print(f"{'':<34}{'page faults per step: autodiff ' + fa + ', hand ' + fh}")

a, h = mem["autodiff"], mem["hand"]
print(f"\nPeak heap of one step above the {float(a[9]):.0f} KiB live before it (parameters and batch;"
      f" counting global allocator):")
print(f"  Rust autodiff {float(a[3]):.0f} KiB in {a[5]} allocations ({float(a[7]):.0f} KiB allocated)")
print(f"  Rust by hand  {float(h[3]):.0f} KiB in {h[5]} allocations ({float(h[7]):.0f} KiB allocated)")
print(f"  NumPy         {np1['peak']:.0f} KiB (tracemalloc)")

print(f"\nSame start, same step: loss and L1 norm of W1's gradient after the first step")
sides = [("Rust autodiff", (float(check[3]), float(check[5]))), ("NumPy", np1["check"])]
if pt1:
    sides.append(("PyTorch", pt1["check"]))
for name, (l, g) in sides:
    print(f"  {name:<14} loss {l:.6f}  |gW1|_1 {g:.4f}")

def phases(lines):
    steps, out = {}, {}
    for line in lines:
        p = line.split()
        if p[:1] == ["step"]:
            steps[p[1]] = (float(p[2]), p[4])
        elif p[:1] == ["phase"]:
            out.setdefault(p[1], []).append((" ".join(p[3:]), float(p[2])))
    return steps, out

(sd, pd), (sn, pn) = phases(prof), phases((work / "phases_notrim").read_text().splitlines())
print("\nWhere the time goes: phases of each step timed with Instant (benches/train_step_profile.rs),"
      "\nmedians of 3000 steps in us; 'trim off' as in the info rows above")
print(f"{'':<46}{'default':>9}{'trim off':>10}")
for v in ("autodiff", "hand"):
    print(f"{v + ' step (page faults per step ' + sd[v][1] + ' / ' + sn[v][1] + ')':<46}"
          f"{sd[v][0]:>9.1f}{sn[v][0]:>10.1f}")
    for (name, a), (_, b) in zip(pd[v], pn[v]):
        print(f"  {name:<44}{a:>9.1f}{b:>10.1f}")

# The goals as a markdown table (benches/run_all.sh pastes it into docs/benchmarks.md).
print(f"\n## Training step (784-128-10 MLP, batch 64, f32)\n\n{header}. Rust: {label}."
      f" Load average before {before}, after {after}.\n")
print("Median ms per step (forward, backward, SGD update); ratio = Rust autodiff / the other"
      " (< 1 is faster); 1T rows compare one thread with one thread.\n")
print("| compared with | its time | Rust autodiff | ratio | goal |")
print("|---|---|---|---|---|")
def md(name, t, goal, own=ad):
    if t is None:
        print(f"| {name} | skipped | | | {goal} |")
        return
    r = own[0] / t[0]
    verdict = "met" if r <= goal else "missed"
    print(f"| {name} | {t[0]:.4f} | {own[0]:.4f} | {r:.2f} | <= {goal}: {verdict} |")
md("Rust by hand (no autodiff)", hand, 1.2)
md("Rust by hand, 1T", hand1, 1.2, ad1)
md("NumPy, 1T", np1["step"], 0.5, ad1)
md("NumPy, default threads", npn["step"], 0.5)
md("PyTorch eager, 1T", pt1 and pt1["step"], 1.0, ad1)
md("PyTorch eager, default threads", ptn and ptn["step"], 1.0)
PY
