#!/usr/bin/env python3
"""NumPy side of benches/reduce.rs: sums along each axis of (50000, 784) float32, softmax over
the last axis of (64, 1024) float32, argmax over the last axis of (1280, 720, 20) float32, and
the 157 MB np.copyto that is the memory floor.

Prints one line per op, `numpy <name> <median_ms> <best_ms>`, where each sample is the mean of
`number` calls and `repeat` samples are taken. Run through benches/run_reduce.sh, which clears
OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE so NumPy runs with its defaults.
"""

import argparse
import statistics
import timeit

import numpy as np


def values(shape):
    """The Rust bench's `value(flat)`: exact float32 values in [-1, 1)."""
    flat = np.arange(np.prod(shape), dtype=np.int64)
    v = ((flat * 37 + flat // 7) % 256).astype(np.float32) / np.float32(128.0) - np.float32(1.0)
    return np.ascontiguousarray(v.reshape(shape))


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    e /= e.sum(axis=-1, keepdims=True)
    return e


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30, help="samples per op")
    parser.add_argument("--number", type=int, default=5, help="calls per sample")
    args = parser.parse_args()

    big = values((50_000, 784))
    logits = values((64, 1024)) * np.float32(8.0)
    scores = values((1280, 720, 20))
    assert big.dtype == logits.dtype == scores.dtype == np.float32

    copy = np.empty_like(big)
    ops = {
        "copy": lambda: np.copyto(copy, big),
        "sum_axis0": lambda: big.sum(axis=0),
        "sum_axis1": lambda: big.sum(axis=1),
        "softmax_64x1024": lambda: softmax(logits),
        "argmax_last": lambda: scores.argmax(axis=-1),
    }
    print(f"# numpy {np.__version__}")
    for name, op in ops.items():
        op()  # warm up
        times = timeit.repeat(op, repeat=args.repeat, number=args.number)
        per_op = [t / args.number * 1e3 for t in times]
        print(f"numpy {name} {statistics.median(per_op):.4f} {min(per_op):.4f}")


if __name__ == "__main__":
    main()
