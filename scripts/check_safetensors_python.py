#!/usr/bin/env python3
"""Files written by tensorial load in the Python `safetensors` package with the right values.

    pip install safetensors numpy
    python3 scripts/check_safetensors_python.py

Runs `cargo run --example save_weights -- PATH`, loads PATH with `safetensors.numpy.load_file`
and `safe_open`, and checks every value against the formula the example wrote it with.
"""
import os
import subprocess
import sys
import tempfile

import numpy as np
from safetensors import safe_open
from safetensors.numpy import load_file

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "weights.safetensors")
        subprocess.run(["cargo", "run", "--quiet", "--example", "save_weights", "--", path],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        t = load_file(path)
        i = np.arange(784 * 16)
        expected = {
            "fc1.weight": (i.astype(np.float32) * np.float32(0.5) - np.float32(1.0)).reshape(784, 16),
            "fc1.bias": np.arange(16) * 0.25,
            "mask": (np.arange(6) % 3 == 0).reshape(2, 3),
            "step": np.array(-42, dtype=np.int64),
        }
        assert sorted(t) == sorted(expected), sorted(t)
        for name, want in expected.items():
            got = t[name]
            assert got.dtype == want.dtype, (name, got.dtype, want.dtype)
            assert got.shape == want.shape, (name, got.shape, want.shape)
            assert np.array_equal(got, want), name
        with safe_open(path, "np") as f:
            assert f.metadata() == {"format": "np", "written_by": "tensorial"}, f.metadata()
    print("ok: safetensors", __import__("safetensors").__version__,
          "loads tensorial's file: 4 tensors, dtypes, shapes, values and metadata match")


if __name__ == "__main__":
    sys.exit(main())
