#!/usr/bin/env python3
"""NumPy side of benches/math.rs: exp, tanh, sigmoid (1 / (1 + np.exp(-x)): NumPy has none),
softmax and log_softmax over the last axis, of float32 arrays (64, 1024) and (50000, 784) with
values 8 * value(flat) in [-8, 8).

Prints one line per op, `numpy <op>_<shape> <median_ms> <best_ms>`, where each sample is the mean
of `number` calls. NumPy runs these ufuncs on one thread. Run through benches/run_math.sh.
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


def log_softmax(x):
    shifted = x - x.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15, help="samples per op")
    args = parser.parse_args()
    print(f"# numpy {np.__version__}")
    ops = {
        "exp": np.exp,
        "tanh": np.tanh,
        "sigmoid": lambda x: 1 / (1 + np.exp(-x)),
        "softmax": softmax,
        "log_softmax": log_softmax,
    }
    for shape, number in [((64, 1024), 50), ((50_000, 784), 1)]:
        x = values(shape) * np.float32(8.0)
        assert x.dtype == np.float32
        tag = f"{shape[0]}x{shape[1]}"
        for name, op in ops.items():
            assert op(x).dtype == np.float32
            times = timeit.repeat(lambda: op(x), repeat=args.repeat, number=number)
            per_op = [t / number * 1e3 for t in times]
            print(f"numpy {name}_{tag} {statistics.median(per_op):.4f} {min(per_op):.4f}")


if __name__ == "__main__":
    main()
