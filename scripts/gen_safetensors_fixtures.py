#!/usr/bin/env python3
"""Writes the safetensors fixtures of tests/safetensors.rs with the Python `safetensors` package.

    pip install safetensors numpy
    python3 scripts/gen_safetensors_fixtures.py         # rewrites tests/data/io/st_*.safetensors

The files are committed, so the tests need no Python. Every value follows a formula of its flat
index `i` that tests/safetensors.rs computes again in Rust (same float operations, so exact).
"""
import os

import numpy as np
from safetensors.numpy import save_file

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "io")


def idx(shape):
    return np.arange(int(np.prod(shape)), dtype=np.int64).reshape(shape)


def tensors():
    i = idx
    return {
        "f32": (i((3, 4)) * 0.1 - 2.5).astype(np.float32),
        "f64": i((2, 3, 2)) * 0.1 - 2.5,
        "i8": ((i((7,)) * 37) % 256 - 128).astype(np.int8),
        "i16": (i((2, 5)) * 1000 - 5000).astype(np.int16),
        "i32": (i((4,)) * 123456789 - 200000000).astype(np.int32),
        "i64": (i((2, 2)) - 2) * 2**40 + 7,
        "u8": (i((2, 3)) * 50).astype(np.uint8),
        "u16": (i((3,)) * 30000).astype(np.uint16),
        "u32": (i((2,)) * 4000000000).astype(np.uint32),
        "u64": i((2,)).astype(np.uint64) * np.uint64(2**63) + np.uint64(1),
        "bool": i((2, 3)) % 3 == 0,
        "scalar": np.array(2.5, dtype=np.float32),
        "empty": np.zeros((0, 3), dtype=np.float32),
        "special": np.array([np.nan, np.inf, -np.inf, -0.0], dtype=np.float32),
        "f16": np.array([1.0, -2.0], dtype=np.float16),
        'layer.0/attn "q" \u00e9': np.array([7], dtype=np.uint8),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "st_dtypes.safetensors")
    save_file(tensors(), path, metadata={"format": "np", "source": "gen_safetensors_fixtures.py"})
    print("wrote", os.path.relpath(path))
    # A file of one f32 matrix and nothing else: the seed of the mutation test.
    path = os.path.join(OUT, "st_small.safetensors")
    save_file({"w": (idx((2, 3)) * 0.5).astype(np.float32), "b": np.array([1, 2], dtype=np.int64)}, path)
    print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    main()
