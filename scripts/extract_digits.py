#!/usr/bin/env python3
"""Writes data/digits/digits.bin from the 8x8 handwritten-digits data set bundled with
scikit-learn (`sklearn.datasets.load_digits()`, no download beyond the scikit-learn wheel).

Format: 1797 records of 65 bytes, in scikit-learn's order: 64 pixel bytes (row-major 8x8,
values 0..=16) followed by one label byte (0..=9). See data/digits/README.md.

    python3 scripts/extract_digits.py      # installs scikit-learn with pip if it is missing
"""

import hashlib
import importlib.util
import pathlib
import subprocess
import sys

RECORDS, PIXELS, CLASSES = 1797, 64, 10


def main() -> None:
    if importlib.util.find_spec("sklearn") is None:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "scikit-learn"])
    import numpy as np
    import sklearn
    from sklearn.datasets import load_digits

    digits = load_digits()
    images, labels = digits.data, digits.target
    assert images.shape == (RECORDS, PIXELS), images.shape
    assert labels.shape == (RECORDS,), labels.shape
    # The pixels are integer counts 0..=16 stored as floats: check before narrowing to bytes.
    assert np.array_equal(images, np.round(images)) and images.min() >= 0 and images.max() <= 16
    assert labels.min() >= 0 and labels.max() < CLASSES

    records = np.concatenate([images.astype(np.uint8), labels.astype(np.uint8)[:, None]], axis=1)
    out = pathlib.Path(__file__).resolve().parent.parent / "data" / "digits" / "digits.bin"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(records.tobytes())
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"wrote {out} ({out.stat().st_size} bytes, sha256 {digest}) with scikit-learn {sklearn.__version__}")
    print("images per class:", np.bincount(labels, minlength=CLASSES).tolist())


if __name__ == "__main__":
    main()
