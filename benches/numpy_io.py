#!/usr/bin/env python3
"""NumPy side of benches/io.rs: np.load of the 50000x784 float32 .npy file the Rust bench
wrote (TENSORIAL_IO_BENCH_FILE), from a warm page cache; and, when the `safetensors` package is
installed, the same array in the safetensors file beside it (`.safetensors`).

Checks the files' values once (the crate wrote them: this is also a read-back check), then prints
`numpy <case> <median_ms> <best_ms>` over `repeat` samples of `number` loads. Cases: load_npy;
st_load_file_sum (`safetensors.numpy.load_file(p)["x"].sum()`), st_safe_open_sum
(`safe_open(p, "np").get_tensor("x").sum()`), st_safe_open (the same without the sum). Run
through benches/run_io.sh.
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

    try:
        import safetensors
        from safetensors import safe_open
        from safetensors.numpy import load_file
    except ImportError:
        safetensors = None
    versions = f"numpy {np.__version__}"
    if safetensors is not None:
        versions += f", safetensors {safetensors.__version__}"
    print(f"# {versions}")

    def report(case, fn):
        times = timeit.repeat(fn, repeat=args.repeat, number=args.number)
        per_op = [t / args.number * 1e3 for t in times]
        print(f"numpy {case} {statistics.median(per_op):.4f} {min(per_op):.4f}")

    report("load_npy", lambda: np.load(path))
    if safetensors is None:
        return
    st_path = os.path.splitext(path)[0] + ".safetensors"
    x = load_file(st_path)["x"]
    assert x.dtype == np.float32 and x.shape == (50_000, 784)
    assert np.array_equal(x, np.load(path)), "the crate's safetensors file differs from its .npy"
    del x

    def get(p):
        with safe_open(p, "np") as f:
            return f.get_tensor("x")

    report("st_load_file_sum", lambda: load_file(st_path)["x"].sum())
    report("st_safe_open_sum", lambda: get(st_path).sum())
    report("st_safe_open", lambda: get(st_path))


if __name__ == "__main__":
    main()
