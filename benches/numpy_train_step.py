#!/usr/bin/env python3
"""NumPy side of benches/train_step.rs: one SGD training step of a 784-128-10 MLP (ReLU hidden
layer, softmax cross-entropy, batch 64, float32), with the backward pass written by hand in the
style of the seed tutorial (`labels_to_one_hot`, broadcasting, `(softmax - one_hot) / batch`).

Prints `numpy step <median_ms> <best_ms>` (each sample the mean of about 60 ms of steps, the
parameters trained further by every step as in a training loop), `check numpy loss <l> gw1_l1
<g>` (the loss of the first step from the initial weights and the L1 norm of W1's gradient,
printed by the Rust and PyTorch sides too) and `memory numpy peak_kib <k>` (tracemalloc's peak
during one step above the memory in use before it: NumPy reports its array buffers to
tracemalloc). Run through benches/run_train_step.sh, which clears OPENBLAS_CORETYPE /
OPENBLAS_L2_SIZE so OpenBLAS picks its own kernel, and runs this script once with
OPENBLAS_NUM_THREADS=1 and once with the default.

`data()` and `init()` compute the same values as `benches/train_step/mlp.rs` (a splitmix64
hash of the element index and a stream number); benches/torch_train_step.py imports them.
"""

import argparse
import os
import statistics
import timeit
import tracemalloc

import numpy as np

BATCH, INPUTS, HIDDEN, CLASSES = 64, 784, 128, 10
LR = np.float32(0.01)
MASK = (1 << 64) - 1


def hash_(n, salt):
    """splitmix64's finaliser of (index, salt) for index in 0..n, as `hash` in mlp.rs."""
    z = np.arange(n, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    z ^= np.uint64((salt * 0xD1B54A32D192ED03) & MASK)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def unit(n, salt):
    """Uniform float32 in [0, 1) with 24 bits, as `unit` in mlp.rs."""
    return (hash_(n, salt) >> np.uint64(40)).astype(np.float32) / np.float32(16777216.0)


def filled(shape, salt, scale):
    u = unit(int(np.prod(shape)), salt).reshape(shape)
    if scale == 0:
        return u
    return (np.float32(2.0) * u - np.float32(1.0)) * scale


def data():
    """The fixed batch: inputs (64, 784) in [0, 1) and labels (64,) in 0..10."""
    labels = (hash_(BATCH, 2) % np.uint64(CLASSES)).astype(np.int64)
    return filled((BATCH, INPUTS), 1, 0), labels


def init():
    """W1 (784, 128), b1, W2 (128, 10), b2: uniform in ±1/sqrt(fan_in)."""
    s1 = np.float32(1.0) / np.float32(28.0)
    s2 = np.float32(1.0) / np.sqrt(np.float32(128.0))
    return [filled((INPUTS, HIDDEN), 3, s1), filled((HIDDEN,), 4, s1),
            filled((HIDDEN, CLASSES), 5, s2), filled((CLASSES,), 6, s2)]


def labels_to_one_hot(labels, classes):
    one_hot = np.zeros((labels.size, classes), dtype=np.float32)
    one_hot[np.arange(labels.size), labels] = 1
    return one_hot


def step(params, x, labels):
    """Forward, hand-written backward, in-place SGD update; returns the loss."""
    w1, b1, w2, b2 = params
    # Forward.
    z1 = x @ w1 + b1
    h = np.maximum(z1, 0)
    logits = h @ w2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    total = e.sum(axis=1, keepdims=True)
    loss = np.mean(np.log(total[:, 0]) - shifted[np.arange(BATCH), labels])
    # Backward.
    d = (e / total - labels_to_one_hot(labels, CLASSES)) / BATCH
    gw2 = h.T @ d
    gb2 = d.sum(axis=0)
    dz1 = (d @ w2.T) * (z1 > 0)
    gw1 = x.T @ dz1
    gb1 = dz1.sum(axis=0)
    # Update in place.
    w1 -= LR * gw1
    b1 -= LR * gb1
    w2 -= LR * gw2
    b2 -= LR * gb2
    return loss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30, help="samples")
    parser.add_argument("--number", type=int, default=0,
                        help="steps per sample (0: as many as take about 60 ms)")
    args = parser.parse_args()

    threads = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    print(f"# numpy {np.__version__}, OPENBLAS_NUM_THREADS={threads}")
    x, labels = data()

    params = init()
    w1_before = params[0].copy()
    loss = step(params, x, labels)
    gw1_l1 = np.abs(params[0].astype(np.float64) - w1_before).sum() / float(LR)
    print(f"check numpy loss {loss:.6f} gw1_l1 {gw1_l1:.6f}")

    warm = timeit.timeit(lambda: step(params, x, labels), number=20) / 20
    number = args.number or max(5, round(0.06 / warm))
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    step(params, x, labels)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    print(f"memory numpy peak_kib {peak / 1024:.1f}")

    times = timeit.repeat(lambda: step(params, x, labels), repeat=args.repeat, number=number)
    per_step = [t / number * 1e3 for t in times]
    print(f"numpy step {statistics.median(per_step):.6f} {min(per_step):.6f}", flush=True)


if __name__ == "__main__":
    main()
