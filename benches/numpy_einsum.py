#!/usr/bin/env python3
"""NumPy side of benches/einsum.rs: np.einsum on float32.

Prints one line per case, `numpy <name> <median_ms> <best_ms>`, where each sample is the mean
of `number` calls. Names match the criterion ids of benches/einsum.rs:

- `chain_512`: np.einsum('ij,jk,kl->il', a, b, c, optimize=True), 512 x 512 each
- `batch_64`: np.einsum('bij,bjk->bik', a, b, optimize=True), 64 x 64 x 64 each
- `btnh_x16`: np.einsum('btf,fnh->btnh', x, y, optimize=True), seed 002's sizes x16
- `tiny_3x4x5`: np.einsum('ij,jk->ik', a, b), 3 x 4 and 4 x 5, plain (parsed every call)

and, for information, `batch_64_plain` / `btnh_x16_plain` / `tiny_3x4x5_opt` (the other
`optimize` setting) and `tiny_3x4x5_matmul` (`a @ b`). Run through benches/run_einsum.sh,
which clears OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE so OpenBLAS picks its own kernel, and runs
this script once with OPENBLAS_NUM_THREADS=1 and once with the default.
"""

import argparse
import ctypes
import glob
import os

import numpy as np

from numpy_matmul import bench  # benches/ is the script's directory: on sys.path


def inputs(shape, salt):
    """Same values as `filled(salt)` in benches/einsum.rs (from the row-major flat index)."""
    flat = np.arange(int(np.prod(shape)), dtype=np.int64)
    return np.ascontiguousarray(
        (((flat * 31 + salt * 7) % 64) / 32.0 - 1.0).astype(np.float32).reshape(shape)
    )


def openblas_info():
    """OpenBLAS's config string, core and thread count, from NumPy's bundled library."""
    libs = os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs")
    for path in glob.glob(os.path.join(libs, "*openblas*")):
        lib = ctypes.CDLL(path)
        for prefix, suffix in (("scipy_openblas", "64_"), ("openblas", "64_"), ("openblas", "")):
            try:
                threads = getattr(lib, f"{prefix}_get_num_threads{suffix}")
                core = getattr(lib, f"{prefix}_get_corename{suffix}")
                config = getattr(lib, f"{prefix}_get_config{suffix}")
            except AttributeError:
                continue
            core.restype = config.restype = ctypes.c_char_p
            return f"{config().decode()}, core {core().decode()}, {threads()} threads"
    return "OpenBLAS not found"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20, help="samples per case")
    args = parser.parse_args()
    r = args.repeat

    threads = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    print(f"# numpy {np.__version__}, OPENBLAS_NUM_THREADS={threads}: {openblas_info()}")

    a, b, c = (inputs((512, 512), s) for s in (1, 2, 3))
    bench("chain_512", lambda: np.einsum("ij,jk,kl->il", a, b, c, optimize=True), r)

    a, b = inputs((64, 64, 64), 1), inputs((64, 64, 64), 2)
    bench("batch_64", lambda: np.einsum("bij,bjk->bik", a, b, optimize=True), r)
    bench("batch_64_plain", lambda: np.einsum("bij,bjk->bik", a, b), r)

    x, y = inputs((32, 48, 96), 1), inputs((96, 32, 48), 2)
    bench("btnh_x16", lambda: np.einsum("btf,fnh->btnh", x, y, optimize=True), r)
    bench("btnh_x16_plain", lambda: np.einsum("btf,fnh->btnh", x, y), r)

    a, b = inputs((3, 4), 1), inputs((4, 5), 2)
    bench("tiny_3x4x5", lambda: np.einsum("ij,jk->ik", a, b), r)
    bench("tiny_3x4x5_opt", lambda: np.einsum("ij,jk->ik", a, b, optimize=True), r)
    bench("tiny_3x4x5_matmul", lambda: a @ b, r)


if __name__ == "__main__":
    main()
