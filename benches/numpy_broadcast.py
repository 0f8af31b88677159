#!/usr/bin/env python3
"""NumPy side of benches/broadcast.rs: (50000, 784) + (50000, 1) float32 with broadcasting,
np.where on the same shape, and the 157 MB np.copyto that is the memory floor.

Prints one line per op, `numpy <name> <median_ms> <best_ms>`, where each sample is the mean of
`number` calls and `repeat` samples are taken. Run through benches/run_broadcast.sh, which
clears OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE so NumPy runs with its defaults.
"""

import argparse
import statistics
import timeit

import numpy as np

ROWS, COLS = 50_000, 784


def inputs():
    i = np.arange(ROWS)[:, None]
    j = np.arange(COLS)[None, :]
    # Same values as the Rust bench: exact in float32.
    a = (((i * 7 + j) % 251) / 16.0).astype(np.float32)
    b = ((np.arange(ROWS)[:, None] % 13) / 16.0).astype(np.float32)
    other = (((i + j * 3) % 251) / 16.0).astype(np.float32)
    return np.ascontiguousarray(a), np.ascontiguousarray(b), np.ascontiguousarray(other)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30, help="samples per op")
    parser.add_argument("--number", type=int, default=5, help="calls per sample")
    args = parser.parse_args()

    a, b, other = inputs()
    mask = a > other
    c = np.empty_like(a)
    np.add(a, b, out=c)  # first touch of the output outside the timing, as in the Rust bench

    ops = {
        "copy": lambda: np.copyto(c, a),
        "alloc": lambda: a + b,  # result freed right away (refcount drops to zero)
        "into": lambda: np.add(a, b, out=c),
        "select": lambda: np.where(mask, a, other),
        "inplace": lambda: np.add(a, b, out=a),  # a += b
    }
    print(f"# numpy {np.__version__}, shapes {a.shape} + {b.shape} {a.dtype}")
    for name, op in ops.items():
        op()  # warm up
        times = timeit.repeat(op, repeat=args.repeat, number=args.number)
        per_op = [t / args.number * 1e3 for t in times]
        print(f"numpy {name} {statistics.median(per_op):.3f} {min(per_op):.3f}")


if __name__ == "__main__":
    main()
