#!/usr/bin/env python3
"""Markdown report of the memory-bound benches (run_broadcast.sh, run_reduce.sh).

    memory_report.py FAMILY CRITERION_DIR NUMPY_OUT HEADER

FAMILY is `broadcast` or `reduce`. Criterion results are read from the baselines `t1` (run
with TENSORIAL_NUM_THREADS=1) and `tn` (all cores); NumPy's from `numpy <name> <median> <best>`
lines. Prints a `## title` line, the machine line and one markdown table (the convention
benches/run_all.sh collects into docs/benchmarks.md).

"% of floor" is the op's bytes (each input read once, the output written once) over its time,
as a fraction of the copy bandwidth of the same run: the 157 MB `np.copyto` (read + write).
100 % means the op moves its data as fast as a plain copy does.
"""

import json
import pathlib
import sys

F32 = 4
MATRIX = 50_000 * 784 * F32  # bytes of a (50000, 784) f32 tensor

# name: (text, criterion group, numpy name or None, bytes read + written)
ROWS = {
    "broadcast": [
        ("copy", "copy 157 MB (the floor; NumPy `np.copyto`)", "memory_floor", "copy", 2 * MATRIX),
        ("alloc", "`&a + &b` → new (50000, 784)", "broadcast_add_50000x784_f32", "alloc",
         2 * MATRIX),
        ("into", "`a.add_into(&b, &mut out)`", "broadcast_add_50000x784_f32", "into", 2 * MATRIX),
        ("inplace", "`a += &b`", "broadcast_add_50000x784_f32", "inplace", 2 * MATRIX),
        ("select", "`mask.select(&a, &c)` → new (`np.where`)", "broadcast_add_50000x784_f32",
         "select", 3 * MATRIX + MATRIX // F32),
        ("select_into", "`mask.select_into(&a, &c, &mut out)`", "broadcast_add_50000x784_f32",
         None, 3 * MATRIX + MATRIX // F32),
    ],
    "reduce": [
        ("copy", "copy 157 MB (the floor; NumPy `np.copyto`)", "memory_floor", "copy", 2 * MATRIX),
        ("sum_axis0", "(50000, 784) sum axis=0", "reduce_f32", "sum_axis0", MATRIX + 784 * F32),
        ("sum_axis1", "(50000, 784) sum axis=1", "reduce_f32", "sum_axis1",
         MATRIX + 50_000 * F32),
        ("argmax_last", "(1280, 720, 20) argmax axis=-1", "reduce_f32", "argmax_last",
         1280 * 720 * 20 * F32 + 1280 * 720 * 8),
        ("softmax_64x1024_heap", "(64, 1024) softmax -1, heap", "reduce_f32", "softmax_64x1024",
         None),
    ],
}
TITLES = {
    "broadcast": "Memory-bound elementwise ops, (50000, 784) f32",
    "reduce": "Reductions, f32",
}


def rust_ms(crit, group, name, baseline):
    path = crit / group / name / baseline / "estimates.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())["median"]["point_estimate"] / 1e6


def numpy_ms(path):
    out = {}
    for line in open(path):
        parts = line.split()
        if len(parts) == 4 and parts[0] == "numpy":
            out[parts[1]] = float(parts[2])
    return out


def fmt(x, spec):
    return "—" if x is None else format(x, spec)


def main():
    family, crit, numpy_out, header = sys.argv[1], pathlib.Path(sys.argv[2]), *sys.argv[3:5]
    numpy = numpy_ms(numpy_out)
    floor_gbs = 2 * MATRIX / (numpy["copy"] * 1e-3) / 1e9
    print(f"## {TITLES[family]}\n")
    print(f"{header}. Rust 1T: `TENSORIAL_NUM_THREADS=1`; Rust all: every core. Medians in ms;"
          f" ratio = Rust / NumPy (< 1 is faster). Floor: `np.copyto` of 157 MB moves"
          f" {floor_gbs:.1f} GB/s (read + write); \"% of floor\" = the op's bytes per second as a"
          f" fraction of that.\n")
    print("| op | MB moved | Rust 1T | % of floor | Rust all | % of floor | NumPy | 1T / NumPy |"
          " all / NumPy |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, text, group, np_name, moved in ROWS[family]:
        one, alln = (rust_ms(crit, group, name, b) for b in ("t1", "tn"))
        npy = numpy.get(np_name) if np_name else None

        def floor(ms):
            if ms is None or moved is None:
                return None
            return 100 * moved / (ms * 1e-3) / 1e9 / floor_gbs

        def ratio(ms):
            return None if ms is None or npy is None else ms / npy

        mb = None if moved is None else moved / 1e6
        print(f"| {text} | {fmt(mb, '.0f')} | {fmt(one, '.2f')} | {fmt(floor(one), '.0f')} |"
              f" {fmt(alln, '.2f')} | {fmt(floor(alln), '.0f')} | {fmt(npy, '.2f')} |"
              f" {fmt(ratio(one), '.2f')} | {fmt(ratio(alln), '.2f')} |")


if __name__ == "__main__":
    main()
