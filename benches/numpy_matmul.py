#!/usr/bin/env python3
"""NumPy side of benches/matmul.rs: float32 and float64 matrix products.

Prints one line per op, `numpy <dtype>_<name> <median_ms> <best_ms>`, where each sample is the
mean of `number` calls. Names match the criterion ids of benches/matmul.rs (`into_1024x1024x1024`:
`np.matmul(a, b, out=c)` with a of 1024x1024 and b of 1024x1024; `alloc_256x256x256`: `a @ b`;
`small_4`: `a @ b` on 4 x 4). Run through benches/run_matmul.sh, which clears OPENBLAS_CORETYPE /
OPENBLAS_L2_SIZE so OpenBLAS picks its own kernel, and runs this script once with
OPENBLAS_NUM_THREADS=1 and once with the default.
"""

import argparse
import os
import statistics
import timeit

import numpy as np

SHAPES = [(n, n, n) for n in (64, 128, 256, 512, 1024, 2048)] + [
    (64, 784, 128),
    (784, 64, 128),
    (64, 128, 784),
]


def inputs(m, k, n, dtype):
    def value(rows, cols, salt):
        i = np.arange(rows)[:, None]
        j = np.arange(cols)[None, :]
        # Same values as `value(i, j, salt)` in benches/matmul.rs.
        return np.ascontiguousarray((((i * 31 + j * 17 + salt * 7) % 64) / 32.0 - 1.0).astype(dtype))

    return value(m, k, 1), value(k, n, 2)


def bench(name, op, repeat, budget_ms=40.0):
    op()  # warm up
    once = min(timeit.repeat(op, repeat=3, number=1)) * 1e3
    number = max(1, int(budget_ms / max(once, 1e-3)))
    times = timeit.repeat(op, repeat=repeat, number=number)
    per_op = [t / number * 1e3 for t in times]
    print(f"numpy {name} {statistics.median(per_op):.6f} {min(per_op):.6f}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15, help="samples per op")
    args = parser.parse_args()

    threads = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    print(f"# numpy {np.__version__}, OPENBLAS_NUM_THREADS={threads}")
    for dtype, ty in ((np.float32, "f32"), (np.float64, "f64")):
        for m, k, n in SHAPES:
            a, b = inputs(m, k, n, dtype)
            c = np.empty((m, n), dtype)
            np.matmul(a, b, out=c)  # first touch of the output outside the timing
            name = f"{m}x{k}x{n}"
            if m == k == n == 256:
                bench(f"{ty}_alloc_{name}", lambda: a @ b, args.repeat)
            bench(f"{ty}_into_{name}", lambda: np.matmul(a, b, out=c), args.repeat)
    for n in (4, 8, 16):
        a, b = inputs(n, n, n, np.float32)
        bench(f"small_{n}", lambda: a @ b, args.repeat)


if __name__ == "__main__":
    main()
