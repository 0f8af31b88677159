#!/usr/bin/env python3
"""NumPy side of benches/io.rs: np.load of the 50000x784 float32 .npy file the Rust bench
wrote (TENSORIAL_IO_BENCH_FILE), from a warm page cache.

Checks the file's values once (the crate wrote it: this is also a read-back check), then prints
`numpy load_npy <median_ms> <best_ms>` over `repeat` samples of `number` loads. Run through
benches/run_io.sh.
"""

import argparse
import os
import statistics
import tempfile
import timeit

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30, help="samples")
    parser.add_argument("--number", type=int, default=1, help="loads per sample")
    args = parser.parse_args()
    path = os.environ.get("TENSORIAL_IO_BENCH_FILE") or os.path.join(
        tempfile.gettempdir(), "tensorial-bench-50000x784-f32.npy"
    )

    x = np.load(path)  # also warms the page cache
    flat = np.arange(50_000 * 784, dtype=np.int64)
    expected = ((flat * 37 + flat // 7) % 256).astype(np.float32) / np.float32(128.0) - np.float32(1.0)
    assert x.dtype == np.float32 and x.shape == (50_000, 784)
    assert np.array_equal(x.reshape(-1), expected), "the crate's file differs from the formula"
    del x, flat, expected

    print(f"# numpy {np.__version__}")
    times = timeit.repeat(lambda: np.load(path), repeat=args.repeat, number=args.number)
    per_op = [t / args.number * 1e3 for t in times]
    print(f"numpy load_npy {statistics.median(per_op):.4f} {min(per_op):.4f}")


if __name__ == "__main__":
    main()
