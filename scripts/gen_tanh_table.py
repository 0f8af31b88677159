#!/usr/bin/env python3
"""Coefficients of the table-driven f32 `tanh` (tensor-core/src/ops/kernel/math/tanh_table.rs).

`|x|` (capped at CAP) falls in one of 32 intervals of width W = 0.3125 centred on n * W,
n = round(|x| / W); on each, tanh(n * W + t) = c0 + c1 t + ... + c6 t^6 for |t| <= W / 2
(interval 0: c0 = 0 and c1 = 1, so tiny inputs come out exact). The coefficients are a
least-squares fit of the relative error on Chebyshev nodes, rounded to f32 one at a time from
c0 up, each time refitting the higher ones to what the rounding left (so the rounding of the
large low-order coefficients is absorbed). Prints the Rust table; `--check FILE` verifies that
FILE holds this table (same f32 values). Also prints the estimated worst error (f32 Horner with FMA
emulated in f64) per interval to stderr.
"""

import re
import sys

import numpy as np

W = 0.3125
INTERVALS = 32
DEGREE = 6
MARGIN = 1e-5  # index rounding (|x| * 3.2 in f32) may move a point this far past the boundary


def f32(v):
    return float(np.float32(v))


def fit(t, target, weight, fixed):
    """Coefficients c0..c6 of target(t) with the leading ones fixed, least squares on weight."""
    coeffs = list(fixed)
    while len(coeffs) <= DEGREE:
        k = len(coeffs)
        residual = target - sum(c * t**i for i, c in enumerate(coeffs))
        basis = np.stack([t**i for i in range(k, DEGREE + 1)], axis=1)
        sol, *_ = np.linalg.lstsq(basis * weight[:, None], residual * weight, rcond=None)
        coeffs.append(f32(sol[0]))
    return coeffs


def horner_f32(coeffs, t):
    y = np.full_like(t, coeffs[-1])
    for c in reversed(coeffs[:-1]):
        y = (y * t + c).astype(np.float32).astype(np.float64)
    return y


def ulp(y):
    y = np.abs(y).astype(np.float32)
    e = np.frexp(y)[1]
    return np.ldexp(1.0, np.maximum(e - 24, -149))


def table():
    rows, worst = [], []
    nodes = np.cos(np.linspace(0, np.pi, 4000))
    for n in range(INTERVALS):
        c = n * W
        lo, hi = (0.0, W / 2 + MARGIN) if n == 0 else (-W / 2 - MARGIN, W / 2 + MARGIN)
        # Points where |x| is an f32 (t = |x| - c is then exact, as in the kernel).
        t = (c + (lo + hi) / 2 + (hi - lo) / 2 * nodes).astype(np.float32).astype(np.float64) - c
        target = np.tanh(c + t)
        weight = 1 / np.maximum(np.abs(target), 1e-30)
        coeffs = fit(t, target, weight, [0.0, 1.0] if n == 0 else [])
        err = np.abs(horner_f32(coeffs, t) - target) / ulp(target)
        rows.append(coeffs)
        worst.append(err.max())
    return rows, worst


def render(rows):
    """The table as Rust: one array per coefficient, 32 intervals each."""
    out = []
    for k in range(DEGREE + 1):
        vals = ", ".join(str(np.float32(r[k])) for r in rows)
        out.append(f"    [{vals}],")
    return "\n".join(out)


def parse(path):
    """The floats between the `// table:` markers of `path`."""
    text = open(path).read()
    body = text.split("// table: begin")[1].split("// table: end")[0]
    body = body.split("=", 1)[1]  # after the const's type
    return [float(np.float32(v)) for v in re.findall(r"-?[0-9][0-9.e+-]*", body)]


def main():
    rows, worst = table()
    text = render(rows)
    for n, w in enumerate(worst):
        print(f"interval {n:2}: {w:.3f} ulp (estimate)", file=sys.stderr)
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        want = [float(np.float32(r[k])) for k in range(DEGREE + 1) for r in rows]
        if parse(sys.argv[2]) != want:
            sys.exit(f"{sys.argv[2]}: the tanh table is not the one this script generates")
        return
    print(text)


if __name__ == "__main__":
    main()
