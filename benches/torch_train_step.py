#!/usr/bin/env python3
"""PyTorch side of benches/train_step.rs: the same SGD training step of the 784-128-10 MLP
(batch 64, float32) in PyTorch eager mode on the CPU, written as a PyTorch user writes it:
`nn.Sequential(nn.Linear, nn.ReLU, nn.Linear)`, `F.cross_entropy`, `loss.backward()` and
`torch.optim.SGD` (`zero_grad()` sets the gradients to None; `step()` updates in place).

The weights start from the same values as the Rust and NumPy sides (`data()` and `init()` of
benches/numpy_train_step.py; `nn.Linear` stores W transposed, so W1ᵀ is copied in).

Prints `torch step <median_ms> <best_ms>` and `check torch loss <l> gw1_l1 <g>`, like
benches/numpy_train_step.py. `--threads N` calls `torch.set_num_threads(N)` (run_train_step.sh
runs it with 1, like the Rust step under TENSORIAL_NUM_THREADS=1, and with PyTorch's default).
"""

import argparse
import statistics
import timeit

import torch
import torch.nn.functional as F
from torch import nn

from numpy_train_step import CLASSES, HIDDEN, INPUTS, LR, data, init


def model_and_optimizer():
    w1, b1, w2, b2 = (torch.from_numpy(a) for a in init())
    model = nn.Sequential(nn.Linear(INPUTS, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, CLASSES))
    with torch.no_grad():
        model[0].weight.copy_(w1.T)
        model[0].bias.copy_(b1)
        model[2].weight.copy_(w2.T)
        model[2].bias.copy_(b2)
    return model, torch.optim.SGD(model.parameters(), lr=float(LR))


def step(model, opt, x, labels):
    opt.zero_grad()
    loss = F.cross_entropy(model(x), labels)
    loss.backward()
    opt.step()
    return loss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=0, help="torch.set_num_threads (0: default)")
    parser.add_argument("--repeat", type=int, default=30, help="samples")
    parser.add_argument("--number", type=int, default=0,
                        help="steps per sample (0: as many as take about 60 ms)")
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    print(f"# torch {torch.__version__}, threads={torch.get_num_threads()}, "
          f"cpu capability {torch.backends.cpu.get_cpu_capability()}")

    xn, ln = data()
    x, labels = torch.from_numpy(xn), torch.from_numpy(ln)

    model, opt = model_and_optimizer()
    w1_before = model[0].weight.detach().clone()
    loss = step(model, opt, x, labels)
    gw1_l1 = (model[0].weight.detach().double() - w1_before.double()).abs().sum().item() / float(LR)
    print(f"check torch loss {loss.item():.6f} gw1_l1 {gw1_l1:.6f}")

    warm = timeit.timeit(lambda: step(model, opt, x, labels), number=20) / 20
    number = args.number or max(5, round(0.06 / warm))
    times = timeit.repeat(lambda: step(model, opt, x, labels), repeat=args.repeat, number=number)
    per_step = [t / number * 1e3 for t in times]
    print(f"torch step {statistics.median(per_step):.6f} {min(per_step):.6f}", flush=True)


if __name__ == "__main__":
    main()
