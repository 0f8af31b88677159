#!/usr/bin/env python3
"""Reads with NumPy the .npy/.npz files the crate writes (tests/io_roundtrip.rs, test
files_for_numpy) and checks every value by the formulas of scripts/gen_io_fixtures.py.

    python3 scripts/check_npy_roundtrip.py     # installs NumPy with pip if it is missing

Runs `cargo test --features npz --test io_roundtrip files_for_numpy` with TENSORIAL_IO_OUT
set to a temporary directory, then np.load()s each file there (and zipfile.testzip() checks
the CRCs of the archives). Prints one line per file; exits non-zero on the first mismatch.
"""

import importlib.util
import os
import pathlib
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCALE = {1: 37, 2: 4099, 4: 16777259, 8: 1099511627791}
DTYPES = ["b1", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8", "f4", "f8"]


def values(np, code, count):
    i = np.arange(count, dtype=np.int64)
    kind, size = code[0], int(code[1:])
    if kind == "b":
        return i % 3 == 0
    if kind == "i":
        return (i - 2) * SCALE[size]
    if kind == "u":
        return i * SCALE[size]
    return (i - 2.5) * 0.5


def check(name, got, expected):
    ok = got.dtype == expected.dtype and got.shape == expected.shape
    ok = ok and got.flags.c_contiguous and np_equal(got, expected)
    print(f"{'ok  ' if ok else 'FAIL'} {name:24} {got.dtype} {got.shape}")
    if not ok:
        sys.exit(f"{name}: expected {expected.dtype} {expected.shape} {expected!r}, got {got!r}")


def np_equal(a, b):
    import numpy as np

    return bool(np.array_equal(a, b))


def main() -> None:
    if importlib.util.find_spec("numpy") is None:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "numpy"])
    import numpy as np

    with tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, TENSORIAL_IO_OUT=out)
        cmd = ["cargo", "test", "--quiet", "--features", "npz", "--test", "io_roundtrip", "files_for_numpy"]
        subprocess.check_call(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        d = pathlib.Path(out)
        for code in DTYPES:
            dtype = np.dtype("?") if code == "b1" else np.dtype("<" + code)
            expected = values(np, code, 6).astype(dtype).reshape(2, 3)
            check(f"{code}.npy", np.load(d / f"{code}.npy"), expected)
        check("rank6_u2.npy", np.load(d / "rank6_u2.npy"), np.arange(12, dtype="<u2").reshape(1, 2, 1, 3, 1, 2))
        check("scalar_f8.npy", np.load(d / "scalar_f8.npy"), np.array(7.5))
        check("empty_f4.npy", np.load(d / "empty_f4.npy"), np.zeros((0, 3), dtype="<f4"))
        big = (np.arange(10000) * 0.25).astype("<f4").reshape(100, 100)
        check("big_f4.npy", np.load(d / "big_f4.npy"), big)
        for name in ("savez.npz", "savez_compressed.npz"):
            with zipfile.ZipFile(d / name) as z:
                bad = z.testzip()
                if bad is not None:
                    sys.exit(f"{name}: bad CRC in {bad}")
        with np.load(d / "savez.npz") as z:
            assert z.files == ["a", "b", "s"], z.files
            check("savez.npz/a", z["a"], values(np, "i8", 6).astype("<i8").reshape(2, 3))
            check("savez.npz/b", z["b"], values(np, "b1", 6).reshape(2, 3))
            check("savez.npz/s", z["s"], np.array(7.5))
        with np.load(d / "savez_compressed.npz") as z:
            assert z.files == ["w", "labels"], z.files
            check("savez_compressed.npz/w", z["w"], big)
            check("savez_compressed.npz/labels", z["labels"], (np.arange(10) * 37 % 256).astype(np.uint8))
    print("NumPy read every file the crate wrote")


if __name__ == "__main__":
    main()
