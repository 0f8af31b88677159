#!/usr/bin/env python3
"""NumPy side of benches/matmul.rs: n x n float32 matrix products.

Prints one line per op, `numpy <name> <median_ms> <best_ms>`, where each sample is the mean of
`number` calls. Names match the criterion ids of benches/matmul.rs (`alloc_1024`: `a @ b`;
`into_1024`: `np.matmul(a, b, out=c)`; `small_4`: `a @ b` on 4 x 4). Run through
benches/run_matmul.sh, which clears OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE so OpenBLAS picks its
own kernel, and runs this script once with OPENBLAS_NUM_THREADS=1 and once with the default.
"""

import argparse
import os
import statistics
import timeit

import numpy as np


def inputs(n):
    i = np.arange(n)[:, None]
    j = np.arange(n)[None, :]
    # Same values as `value(i, j, salt)` in benches/matmul.rs.
    a = (((i * 31 + j * 17 + 7) % 64) / 32.0 - 1.0).astype(np.float32)
    b = (((i * 31 + j * 17 + 14) % 64) / 32.0 - 1.0).astype(np.float32)
    return np.ascontiguousarray(a), np.ascontiguousarray(b)


def bench(name, op, repeat, number):
    op()  # warm up
    times = timeit.repeat(op, repeat=repeat, number=number)
    per_op = [t / number * 1e3 for t in times]
    print(f"numpy {name} {statistics.median(per_op):.6f} {min(per_op):.6f}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20, help="samples per op")
    args = parser.parse_args()

    threads = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    print(f"# numpy {np.__version__}, OPENBLAS_NUM_THREADS={threads}")
    for n, number in ((256, 20), (1024, 2)):
        a, b = inputs(n)
        c = np.empty_like(a)
        np.matmul(a, b, out=c)  # first touch of the output outside the timing
        bench(f"alloc_{n}", lambda: a @ b, args.repeat, number)
        bench(f"into_{n}", lambda: np.matmul(a, b, out=c), args.repeat, number)
    for n in (4, 8, 16):
        a, b = inputs(n)
        bench(f"small_{n}", lambda: a @ b, args.repeat, 20000)


if __name__ == "__main__":
    main()
