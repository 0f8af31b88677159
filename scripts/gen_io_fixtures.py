#!/usr/bin/env python3
"""Writes the NumPy fixtures of tests/io_fixtures.rs into tests/data/io/ (committed, so the
tests need no Python). Every file is written by NumPy itself (np.save, np.lib.format.write_array,
np.savez, np.savez_compressed) and is deterministic: rerunning the script gives the same bytes.

    python3 scripts/gen_io_fixtures.py            # installs NumPy with pip if it is missing
    python3 scripts/gen_io_fixtures.py --check    # fails if the committed files differ

Values (checked by formula in tests/io_fixtures.rs; i is the row-major element index):
- NAME_le.npy / NAME_be.npy, shape (2, 3), for each dtype, little- / big-endian:
  bool: i % 3 == 0;  signed ints: (i - 2) * SCALE;  unsigned ints: i * SCALE;
  floats: (i - 2.5) * 0.5;  SCALE by item size: 1 -> 37, 2 -> 4099, 4 -> 16777259,
  8 -> 1099511627791.
- v2_f4.npy, v3_f4.npy: float32 (2, 3) as above, in format versions 2.0 and 3.0.
- fortran_f8.npy: float64 (2, 3, 4) in Fortran order, element (a, b, c) = 100a + 10b + c.
- fortran_be_i2.npy: big-endian int16 (3, 2) in Fortran order, element (a, b) = 10a + b.
- scalar_f8.npy: the 0-d array 7.5;  empty_f4.npy: float32 of shape (0, 3).
- special_f4.npy: float32 [nan, inf, -inf, -0.0, 1e-45 (subnormal), 3.4028235e38].
- big_f4.npy: float32 (100, 100), element i = i * 0.25 (one 40 KB array, several read chunks).
- complex_c8.npy, half_f2.npy, structured.npy: dtypes tensors do not hold (errors).
- savez.npz (stored): a = int64 (2, 3) "signed" values, b = bool (2, 3) values, s = 0-d 7.5.
- savez_compressed.npz (deflated): w = float32 (100, 100) as big_f4, labels = uint8 (10,)
  with labels[i] = i * 37 % 256.
The .npz files are rewritten member by member with zipfile exactly as np.savez writes them
(force_zip64=True), only with every time stamp set to 1980-01-01 so the bytes do not depend
on the clock.
"""

import hashlib
import importlib.util
import io
import pathlib
import subprocess
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "io"
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


def npy_bytes(np, array, version=None):
    buf = io.BytesIO()
    if version is None:
        np.save(buf, array)
    else:
        np.lib.format.write_array(buf, array, version=version)
    return buf.getvalue()


def fixtures(np):
    files = {}
    for code in DTYPES:
        for order, suffix in (("<", "le"), (">", "be")):
            dtype = np.dtype(order + code) if code != "b1" else np.dtype("?")
            a = values(np, code, 6).astype(dtype).reshape(2, 3)
            files[f"{code}_{suffix}.npy"] = npy_bytes(np, a)
    f4 = values(np, "f4", 6).astype("<f4").reshape(2, 3)
    files["v2_f4.npy"] = npy_bytes(np, f4, (2, 0))
    files["v3_f4.npy"] = npy_bytes(np, f4, (3, 0))
    a, b, c = np.meshgrid(np.arange(2), np.arange(3), np.arange(4), indexing="ij")
    fortran = np.asfortranarray((100 * a + 10 * b + c).astype("<f8"))
    assert fortran.flags.f_contiguous and not fortran.flags.c_contiguous
    files["fortran_f8.npy"] = npy_bytes(np, fortran)
    a, b = np.meshgrid(np.arange(3), np.arange(2), indexing="ij")
    files["fortran_be_i2.npy"] = npy_bytes(np, np.asfortranarray((10 * a + b).astype(">i2")))
    files["scalar_f8.npy"] = npy_bytes(np, np.array(7.5, dtype="<f8"))
    files["empty_f4.npy"] = npy_bytes(np, np.zeros((0, 3), dtype="<f4"))
    special = np.array([np.nan, np.inf, -np.inf, -0.0, 1e-45, 3.4028235e38], dtype="<f4")
    files["special_f4.npy"] = npy_bytes(np, special)
    big = (np.arange(10000, dtype=np.float64) * 0.25).astype("<f4").reshape(100, 100)
    files["big_f4.npy"] = npy_bytes(np, big)
    files["complex_c8.npy"] = npy_bytes(np, np.zeros(3, dtype="<c8"))
    files["half_f2.npy"] = npy_bytes(np, np.zeros(3, dtype="<f2"))
    files["structured.npy"] = npy_bytes(np, np.zeros(2, dtype=[("x", "<f4"), ("y", "<i4")]))
    i8 = values(np, "i8", 6).astype("<i8").reshape(2, 3)
    b1 = values(np, "b1", 6).reshape(2, 3)
    scalar = np.array(7.5)
    labels = (np.arange(10) * 37 % 256).astype(np.uint8)
    for name, save, arrays in (
        ("savez.npz", np.savez, {"a": i8, "b": b1, "s": scalar}),
        ("savez_compressed.npz", np.savez_compressed, {"w": big, "labels": labels}),
    ):
        buf = io.BytesIO()
        save(buf, **arrays)
        files[name] = deterministic_zip(buf.getvalue())
    return files


def deterministic_zip(data):
    """Python's zipfile stamps members with the current time: rewrite each stamp to 1980-01-01."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            info.date_time = (1980, 1, 1, 0, 0, 0)
            with src.open(info) as member, dst.open(info, "w", force_zip64=True) as target:
                target.write(member.read())
    return out.getvalue()


def main() -> None:
    if importlib.util.find_spec("numpy") is None:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "numpy"])
    import numpy as np

    check = "--check" in sys.argv[1:]
    files = fixtures(np)
    OUT.mkdir(parents=True, exist_ok=True)
    stale = []
    for name, data in sorted(files.items()):
        path = OUT / name
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
            continue
        path.write_bytes(data)
        print(f"{name:28} {len(data):6} bytes  sha256 {hashlib.sha256(data).hexdigest()[:16]}")
    if stale:
        sys.exit(f"stale fixtures (rerun scripts/gen_io_fixtures.py): {', '.join(stale)}")


if __name__ == "__main__":
    main()
