#!/usr/bin/env python3
"""Generate tests/einsum_generated.rs: random `einsum!` equations checked against a naive oracle.

Usage (python3, standard library only; rustfmt from the pinned toolchain formats the output):

    python3 scripts/gen_einsum_tests.py            # (re)write tests/einsum_generated.rs
    python3 scripts/gen_einsum_tests.py --check    # exit 1 if the checked-in file is stale
    python3 scripts/gen_einsum_tests.py --stats    # print the feature coverage only

The output is deterministic (fixed seed, no iteration over sets), so regenerating with an
unchanged script gives a byte-identical file.

Each case draws an equation in NumPy's subscript language and operand types to match: every
label is a `Const<N>` axis (N from 1 to 5) in each operand, or now and then a `Bcast` axis that
stretches to the label's size. The test spells the output type out in full, as a user would,
builds each operand at random (inline or `Heap`; passed by value, by reference or as a strided
`View`), calls the macro, runs `common::einsum_oracle::naive_einsum` on the same elements and
compares with a tolerance scaled to the number of products summed into each output element.
"""

import argparse
import os
import random
import subprocess
import sys

SEED = 20_260_606
# Number of cases of each form.
N_SUBSCRIPT = 300  # einsum!("...", ops), of which N_MANY have 5 to 8 operands
N_MANY = 24
N_WORDS = 12  # einsum!(word word, word -> word; ops)
N_INTO = 20  # einsum_into!(&mut out, "...", ops)
N_ORDER = 30  # einsum!("...", ops; order = [...])
N_LARGE = 8  # a few cases past `SMALL` (32³) products, so the pairwise steps reach the GEMM
CASES_PER_TEST = 10
MAX_LOOP = 20_000  # product of all label sizes: the oracle's (and a naive kernel's) trip count
# `tensor_core::einsum::DIRECT_MAX`: up to this loop count `einsum!` runs one plain loop nest,
# above it pairwise contractions on the GEMM. Half the cases are drawn on each side.
DIRECT_MAX = 2048
MAX_OUT = 4_096  # elements of the output (inline results live on the test thread's stack)
MAX_RANK = 6  # rank of any operand or output
# Elements of any operand or view source: 32 KiB of f64, `MAX_INLINE_BYTES`. Inline operands
# (all of them without `alloc`, where `H` is `Inline`) must stay within the inline cap.
MAX_OPERAND = 4_096

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_PATH = os.path.join(ROOT, "tests", "einsum_generated.rs")

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
WORDS = [
    "batch", "seq", "feat", "head", "dim", "row", "col", "chan",
    "width", "height", "unit", "step", "node", "edge", "hid", "vocab",
]

ELL = "..."

# Focus of each subscript case, cycled: the case is drawn so that the feature occurs.
FOCI = [
    "plain", "repeated_in", "private", "output_only", "repeated_out", "size1",
    "bcast", "ellipsis", "implicit", "permute", "scalar_out", "ellipsis", "bcast",
    "repeated_in", "output_only", "implicit", "repeated_out", "private", "mixed", "mixed",
]


# ------------------------------------------------------------------------------------------
# Model
# ------------------------------------------------------------------------------------------


class Axis:
    """One axis of an operand: its label (a letter, or ('ell', k) for ellipsis axis k of the
    broadcast block) and its type: an int N for `Const<N>`, or 'B' for `Bcast`."""

    def __init__(self, label, ty):
        self.label = label
        self.ty = ty

    def rust(self):
        return "Bcast" if self.ty == "B" else f"Const<{self.ty}>"

    def dim(self):
        return 1 if self.ty == "B" else self.ty


def shape_rust(types):
    """A shape tuple type: `()`, `(Const<3>,)`, `(Const<3>, Bcast)`."""
    parts = ["Bcast" if t == "B" else f"Const<{t}>" for t in types]
    if len(parts) == 1:
        return f"({parts[0]},)"
    return "(" + ", ".join(parts) + ")"


class Operand:
    def __init__(self, term, axes):
        self.term = term  # list of letters and ELL
        self.axes = axes  # list of Axis, the ellipsis expanded
        self.heap = False
        self.mode = "ref"  # 'val' | 'ref' | 'view' | 'view_ref'
        self.view = None  # (kind, ax, src_n, start, step) for views

    def subscript(self):
        return "".join(self.term)

    def types(self):
        return [a.ty for a in self.axes]


class Case:
    def __init__(self):
        self.idx = 0
        self.form = "str"  # 'str' | 'words' | 'into' | 'order'
        self.focus = ""
        self.operands = []
        self.out_term = None  # list of letters and ELL; None for implicit output
        self.broadcast = []  # output-only labels, in order of appearance
        self.sizes = {}  # label -> effective size
        self.out_axes = []  # list of (label, type) of the output
        self.order = None
        self.words = None  # letter -> word for the word form
        self.into_heap = False
        self.qualified = False  # `tensorial::einsum!` instead of the prelude import
        self.seed = 0

    def subscripts(self):
        lhs = ",".join(op.subscript() for op in self.operands)
        if self.out_term is None:
            return lhs
        return lhs + "->" + "".join(self.out_term)

    def out_types(self):
        return [t for _, t in self.out_axes]

    def out_dims(self):
        return [1 if t == "B" else t for t in self.out_types()]

    def loop_count(self):
        n = 1
        for label in sorted_labels(self.sizes):
            n *= self.sizes[label]
        return n

    def terms(self):
        """Products summed into each output element: the sizes of the labels not in the output."""
        out_labels = [label for label, _ in self.out_axes]
        n = 1
        for label in sorted_labels(self.sizes):
            if label not in out_labels:
                n *= self.sizes[label]
        return n

    def heap_result(self):
        return any(op.heap for op in self.operands)


def sorted_labels(labels):
    """Labels in a fixed order: ellipsis axes first, then letters by code."""
    return sorted(labels, key=lambda l: (0, l[1], "") if isinstance(l, tuple) else (1, 0, l))


# ------------------------------------------------------------------------------------------
# Drawing a case
# ------------------------------------------------------------------------------------------


def draw_labels(rng, n, uppercase):
    pool = list(LOWER)
    rng.shuffle(pool)
    labels = pool[:n]
    if uppercase:
        k = rng.randint(1, min(2, n))
        ups = list(UPPER)
        rng.shuffle(ups)
        labels[:k] = ups[:k]
    return labels


def draw_size(rng, p_one):
    return 1 if rng.random() < p_one else rng.randint(2, 5)


def try_case(rng, focus, n_ops=None, allow_ellipsis=True, allow_implicit=True,
             allow_out_only=True, plain_ops=False, words=False, target="direct"):
    """One attempt at a case with the given focus; None if it breaks a limit."""
    c = Case()
    c.focus = focus
    if n_ops is None:
        if focus == "many":
            n_ops = rng.randint(5, 8)
        elif focus == "scalar_out":
            n_ops = rng.choice([1, 2, 2, 3])
        elif target == "pairwise":
            n_ops = rng.choices([1, 2, 3, 4], weights=[1, 5, 4, 3])[0]
        else:
            n_ops = rng.choices([1, 2, 3, 4], weights=[3, 5, 3, 2])[0]

    uppercase = rng.random() < (0.6 if focus == "implicit" else 0.2)
    pairwise = target == "pairwise"
    if focus == "many":
        n_labels = rng.randint(4, 8)
    else:
        n_labels = rng.randint(4, 8) if pairwise else rng.randint(1, 6)
    labels = draw_labels(rng, n_labels, uppercase)
    p_one = 0.35 if focus == "size1" else (0.05 if pairwise else 0.1)
    sizes = {l: draw_size(rng, p_one) for l in labels}
    if focus == "size1" and 1 not in sizes.values():
        sizes[rng.choice(labels)] = 1

    # Operand terms (letters only; the ellipsis comes later).
    terms = []
    for o in range(n_ops):
        if focus == "many":
            rank = rng.randint(1, 3)
        elif pairwise:
            rank = rng.choices([0, 1, 2, 3, 4], weights=[1, 2, 5, 5, 3])[0]
        else:
            rank = rng.choices([0, 1, 2, 3, 4], weights=[1, 4, 6, 4, 2])[0]
        if focus == "repeated_in" and o == 0:
            rank = max(rank, 2)
        term = []
        for _ in range(rank):
            avail = [l for l in labels if l not in term]
            p_new = 0.7 if focus == "repeated_in" else 0.97
            if avail and (rng.random() < p_new or not term):
                term.append(rng.choice(avail))
            else:
                term.append(rng.choice(term if term else labels))
        terms.append(term)
    if focus == "repeated_in" and len(set(terms[0])) == len(terms[0]):
        t = terms[0]
        t[rng.randrange(1, len(t))] = t[0]
        rng.shuffle(t)
    # Chain shared labels: operands of a multi-operand case mostly share a label.
    for o in range(1, n_ops):
        if terms[o] and terms[o - 1] and rng.random() < 0.7:
            if not any(l in terms[o - 1] for l in terms[o]):
                terms[o][rng.randrange(len(terms[o]))] = rng.choice(terms[o - 1])
    used = []
    for t in terms:
        for l in t:
            if l not in used:
                used.append(l)
    unused = [l for l in labels if l not in used]

    # Ellipsis.
    use_ell = allow_ellipsis and (focus == "ellipsis" or (focus == "mixed" and rng.random() < 0.4)
                                  or rng.random() < 0.06)
    block = []  # per block position: size
    ell_ranks = [0] * n_ops
    if use_ell:
        e = rng.choice([1, 2, 2, 3])
        block = [draw_size(rng, 0.2) for _ in range(e)]
        ell_ranks = [rng.randint(0, e) for _ in range(n_ops)]
        ell_ranks[rng.randrange(n_ops)] = e
        for o in range(n_ops):
            pos = 0 if rng.random() < 0.7 else rng.randint(0, len(terms[o]))
            terms[o].insert(pos, ELL)

    # Output.
    implicit = allow_implicit and (focus == "implicit" or (focus not in ("output_only", "repeated_out", "permute") and rng.random() < 0.1))
    counts = {}
    for t in terms:
        for l in t:
            if l != ELL:
                counts[l] = counts.get(l, 0) + 1
    if implicit:
        out_term = ([ELL] if use_ell else []) + sorted(l for l in used if counts[l] == 1)
        c.out_term = None
    else:
        if focus == "scalar_out":
            out = []
        else:
            p_keep = 0.5 if focus != "private" else 0.35
            out = [l for l in used if rng.random() < p_keep]
            if focus == "private":
                private = [l for l in used if counts[l] == 1 and sum(l in t for t in terms) == 1]
                if private and all(l in out for l in private):
                    out.remove(rng.choice(private))
            if focus == "permute" and len(out) < 2:
                extra = [l for l in used if l not in out]
                rng.shuffle(extra)
                out += extra[: 2 - len(out)]
            rng.shuffle(out)
            if focus == "permute" and len(out) >= 2 and out == [l for l in used if l in out]:
                out.reverse()
        # Output-only labels.
        p_oo = 1.0 if focus == "output_only" else (0.25 if focus == "mixed" else 0.04)
        if allow_out_only and focus != "scalar_out" and rng.random() < p_oo:
            k = rng.choice([1, 1, 2])
            fresh = [l for l in LOWER if l not in labels]
            rng.shuffle(fresh)
            for l in unused[:k] + fresh[: max(0, k - len(unused))]:
                sizes[l] = rng.choice([1, 2, 3, 4])
                out.insert(rng.randint(0, len(out)), l)
                c.broadcast.append(l)
        # Repeated output labels.
        p_ro = 1.0 if focus == "repeated_out" else (0.2 if focus == "mixed" else 0.03)
        if focus != "scalar_out" and out and rng.random() < p_ro:
            l = rng.choice(out)
            out.insert(rng.randint(0, len(out)), l)
        if use_ell:
            pos = 0 if rng.random() < 0.7 else rng.randint(0, len(out))
            out.insert(pos, ELL)
        out_term = out
        c.out_term = out_term
    # Output-only labels in order of appearance, for `broadcast = [..]`.
    c.broadcast = [l for i, l in enumerate(out_term) if l in c.broadcast and l not in out_term[:i]]

    # Axis types: per (operand, label) and per (operand, block position).
    p_b = 0.3 if focus == "bcast" else (0.12 if focus == "mixed" else 0.04)
    if focus == "bcast":
        multi = [l for l in used if sum(l in t for t in terms) >= 2 and sizes[l] > 1]
    operands = []
    e_block = len(block)
    for o, t in enumerate(terms):
        choice = {}
        for l in t:
            if l == ELL or l in choice:
                continue
            n = sizes[l]
            if n == 1:
                choice[l] = "B" if rng.random() < 0.3 else 1
            else:
                choice[l] = "B" if rng.random() < p_b else n
        if focus == "bcast" and o == 0 and multi:
            mine = [l for l in t if l in multi]
            if mine:
                choice[rng.choice(mine)] = "B"
        axes = []
        for l in t:
            if l == ELL:
                er = ell_ranks[o]
                for k in range(e_block - er, e_block):
                    n = block[k]
                    if n == 1:
                        ty = "B" if rng.random() < 0.4 else 1
                    else:
                        ty = "B" if rng.random() < (0.3 if focus in ("ellipsis", "bcast") else 0.1) else n
                    axes.append(Axis(("ell", k), ty))
            else:
                axes.append(Axis(l, choice[l]))
        operands.append(Operand(t, axes))

    # Effective sizes and the output axis types: Const<N> if any axis of the label is.
    eff = {}
    kinds = {}
    for op in operands:
        for a in op.axes:
            kinds.setdefault(a.label, []).append(a.ty)
    for label, tys in kinds.items():
        consts = [t for t in tys if t != "B"]
        eff[label] = consts[0] if consts else "B"
        assert all(t == consts[0] for t in consts)
    for l in c.broadcast:
        eff[l] = sizes[l]
    out_axes = []
    for l in out_term:
        if l == ELL:
            for k in range(e_block):
                out_axes.append((("ell", k), eff[("ell", k)]))
        else:
            out_axes.append((l, eff[l]))
    c.operands = operands
    c.out_axes = out_axes
    c.sizes = {l: (1 if t == "B" else t) for l, t in eff.items()}

    # Limits.
    if any(len(op.axes) > MAX_RANK for op in operands) or len(out_axes) > MAX_RANK:
        return None
    if c.loop_count() > MAX_LOOP:
        return None
    if (c.loop_count() > DIRECT_MAX) != pairwise:
        return None
    n_out = 1
    for d in c.out_dims():
        n_out *= d
    if n_out > MAX_OUT:
        return None
    if any(numel(op.axes) > MAX_OPERAND for op in operands):
        return None
    if focus == "ellipsis" and len(set(ell_ranks)) < 2 and n_ops > 1 and rng.random() < 0.7:
        return None  # prefer different ellipsis ranks
    if focus == "bcast" and not any(a.ty == "B" and c.sizes[a.label] > 1 for op in operands for a in op.axes):
        return None
    if focus == "size1" and not any(a.ty == 1 for op in operands for a in op.axes):
        return None
    if focus == "output_only" and not c.broadcast:
        return None
    if focus == "permute" and len(out_axes) < 2:
        return None
    if words and (not out_axes or any(not op.axes for op in operands)):
        return None  # the word form has no spelling for an empty term here

    # How each operand is passed.
    for op in operands:
        op.heap = rng.random() < 0.25
        if plain_ops:
            op.mode = rng.choice(["val", "ref"])
        else:
            op.mode = rng.choices(["val", "ref", "view", "view_ref"], weights=[7, 9, 3, 1])[0]
        if op.mode.startswith("view"):
            op.view = draw_view(rng, op)
            if source_numel(op) > MAX_OPERAND:
                return None
    return c


def numel(axes):
    n = 1
    for a in axes:
        n *= 1 if a.ty == "B" else a.ty
    return n


def source_numel(op):
    """Elements of the tensor a view operand is taken from."""
    kind, ax, src_n, _, _ = op.view
    if kind != "slice":
        return numel(op.axes)
    return numel(op.axes) // op.axes[ax].ty * src_n


def draw_view(rng, op):
    """A view whose type is the operand's: a slice of a larger source along a `Const` axis
    (step 1, 2 or -1), a flipped view, or a whole view."""
    const_axes = [i for i, a in enumerate(op.axes) if a.ty != "B"]
    kind = rng.choice(["slice", "slice", "step2", "rev", "flip", "whole"])
    if not const_axes:
        return ("whole", 0, 0, 0, 1)
    ax = rng.choice(const_axes)
    n = op.axes[ax].ty
    if kind == "slice":
        extra = rng.randint(1, 2)
        return ("slice", ax, n + extra, rng.randint(0, extra), 1)
    if kind == "step2":
        src = 2 * n - 1 + rng.randint(0, 1)
        return ("slice", ax, src, rng.randint(0, src - (2 * n - 1)), 2)
    if kind == "rev":
        src = n + rng.randint(0, 2)
        return ("slice", ax, src, n - 1 + rng.randint(0, src - n), -1)
    if kind == "flip":
        return ("flip", ax, n, 0, 1)
    return ("whole", 0, 0, 0, 1)


def draw_case(rng, focus, **kw):
    for _ in range(100_000):
        c = try_case(rng, focus, **kw)
        if c is not None:
            return c
    raise RuntimeError(f"no case for focus {focus}")


def draw_order(rng, n):
    """A contraction order in NumPy's `einsum_path` convention: each pair indexes the current
    operand list; both leave it and their result is appended."""
    order = []
    for m in range(n, 1, -1):
        i, j = sorted(rng.sample(range(m), 2))
        order.append((i, j))
    return order


# Equations whose pairwise steps are GEMM-sized: (equation, label size ranges, Bcast axes as
# (operand, label), order). The operands are passed as usual.
LARGE = [
    ("ij,jk->ik", {"i": (32, 40), "j": (32, 40), "k": (32, 40)}, [], None),
    ("ik,jk->ij", {"i": (32, 40), "j": (32, 40), "k": (32, 40)}, [], None),
    ("bij,bjk->bik", {"b": (2, 3), "i": (32, 36), "j": (32, 36), "k": (32, 36)}, [(0, "b")], None),
    ("bij,jk->bki", {"b": (2, 3), "i": (32, 36), "j": (32, 36), "k": (32, 36)}, [], None),
    ("ij,jk,kl->il", {"i": (32, 34), "j": (32, 34), "k": (32, 34), "l": (4, 8)}, [], [(0, 1), (0, 1)]),
    ("ijk,jkl->li", {"i": (32, 36), "j": (6, 8), "k": (6, 8), "l": (32, 36)}, [], None),
    ("iij,ik->jk", {"i": (10, 10), "j": (36, 40), "k": (90, 100)}, [], None),
    ("aij,ajk,a->ik", {"a": (2, 3), "i": (32, 34), "j": (32, 34), "k": (32, 34)}, [(2, "a")], None),
]


def large_case(rng, eq, ranges, bcast, order):
    c = Case()
    c.focus = "large"
    lhs, rhs = eq.split("->")
    c.sizes = {l: rng.randint(lo, hi) for l, (lo, hi) in ranges.items()}
    for o, term in enumerate(lhs.split(",")):
        axes = [Axis(l, "B" if (o, l) in bcast else c.sizes[l]) for l in term]
        c.operands.append(Operand(list(term), axes))
    c.out_term = list(rhs)
    c.out_axes = [(l, c.sizes[l]) for l in rhs]
    c.order = order
    for op in c.operands:
        op.heap = rng.random() < 0.5
        op.mode = rng.choices(["val", "ref", "view"], weights=[1, 2, 2])[0]
        if op.mode == "view":
            op.view = draw_view(rng, op)
            if source_numel(op) > MAX_OPERAND:
                op.mode, op.view = "ref", None  # its source would be over the inline cap
    return c


def generate():
    rng = random.Random(SEED)
    cases = []
    for k in range(N_SUBSCRIPT):
        # The last cases have 5 to 8 operands.
        focus = "many" if k >= N_SUBSCRIPT - N_MANY else FOCI[k % len(FOCI)]
        c = draw_case(rng, focus, target="pairwise" if k % 2 else "direct")
        cases.append(c)
    for k in range(N_WORDS):
        c = draw_case(rng, rng.choice(["plain", "repeated_in", "private", "permute", "size1"]),
                      allow_ellipsis=False, allow_implicit=False, allow_out_only=False,
                      words=True, target="pairwise" if k % 2 else "direct")
        c.form = "words"
        used = []
        for op in c.operands:
            for l in op.term:
                if l not in used:
                    used.append(l)
        words = list(WORDS)
        rng.shuffle(words)
        c.words = dict(zip(used, words))
        cases.append(c)
    for k in range(N_INTO):
        c = draw_case(rng, rng.choice(["plain", "private", "repeated_out", "bcast", "ellipsis",
                                       "output_only", "mixed"]),
                      target="pairwise" if k % 2 else "direct")
        c.form = "into"
        c.into_heap = rng.random() < 0.5
        cases.append(c)
    for k in range(N_ORDER):
        n = rng.choice([3, 3, 3, 4, 4, 4, 5, 5, 6, 8])
        c = draw_case(rng, rng.choice(["plain", "private", "bcast", "ellipsis", "mixed"]),
                      n_ops=n, allow_out_only=False, target="pairwise")
        c.form = "order"
        c.order = draw_order(rng, n)
        cases.append(c)
    for eq, ranges, bcast, order in LARGE[:N_LARGE]:
        cases.append(large_case(rng, eq, ranges, bcast, order))
    for i, c in enumerate(cases):
        c.idx = i
        c.seed = 1000 + i
        c.qualified = c.form == "str" and rng.random() < 0.05
    return cases


# ------------------------------------------------------------------------------------------
# Coverage
# ------------------------------------------------------------------------------------------


def features(c):
    f = []
    n = len(c.operands)
    f.append(f"operands={n}" if n <= 4 else "operands=5" if n == 5 else "operands=6..8")
    f.append(f"form={c.form}")
    if c.focus == "large":
        f.append("GEMM-sized pairwise step (m*k*n >= 32^3)")
    if c.loop_count() > DIRECT_MAX:
        f.append("pairwise path (loop count > DIRECT_MAX)")
        if n >= 3:
            f.append("pairwise path, 3+ operands (planned order)")
    else:
        f.append("direct loops (loop count <= DIRECT_MAX)")
    explicit_ranks = [len([l for l in op.term if l != ELL]) for op in c.operands]
    for r in sorted(set(explicit_ranks)):
        f.append(f"operand rank {r} (letters)")
    if any(len(op.term) != len(set(l for l in op.term if l != ELL)) + (ELL in op.term) for op in c.operands):
        f.append("repeated input label (diagonal)")
    out_labels = [l for l, _ in c.out_axes]
    if any(sum(l in op.term for op in c.operands) == 1 and l not in out_labels
           for op in c.operands for l in op.term if l != ELL):
        f.append("label private to one operand, summed")
    if any(l not in out_labels for l in c.sizes):
        f.append("summed label")
    if c.broadcast:
        f.append("output-only label (broadcast = [..])")
    if len(out_labels) != len(set(out_labels)):
        f.append("repeated output label (diagonal embed)")
    if any(a.ty == 1 for op in c.operands for a in op.axes):
        f.append("Const<1> axis")
    if any(a.ty == "B" and c.sizes[a.label] > 1 for op in c.operands for a in op.axes):
        f.append("Bcast axis stretching against a sized label")
    if any(t == "B" for t in c.out_types()):
        f.append("Bcast output axis (label all-Bcast)")
    if any(ELL in op.term for op in c.operands):
        f.append("ellipsis")
        ranks = [sum(isinstance(a.label, tuple) for a in op.axes) for op in c.operands]
        if len(set(ranks)) > 1:
            f.append("ellipsis ranks differ between operands")
        if any(isinstance(a.label, tuple) and a.ty == "B" and c.sizes[a.label] > 1
               for op in c.operands for a in op.axes):
            f.append("Bcast stretching inside the ellipsis block")
        if any(op.term and op.term[0] != ELL and ELL in op.term for op in c.operands) or (
                c.out_term and c.out_term[0] != ELL):
            f.append("ellipsis not leading")
    if c.out_term is None:
        f.append("implicit output")
        if any(l.isupper() for op in c.operands for l in op.term if l != ELL):
            f.append("implicit output with uppercase labels")
    else:
        letters = [l for l in c.out_term if l != ELL]
        first_seen = []
        for op in c.operands:
            for l in op.term:
                if l in letters and l not in first_seen:
                    first_seen.append(l)
        if len(letters) >= 2 and letters != first_seen and letters != sorted(letters):
            f.append("output permutation")
    if not c.out_axes:
        f.append("rank-0 output")
    if any(not op.axes for op in c.operands):
        f.append("rank-0 operand")
    if any(op.heap for op in c.operands):
        f.append("Heap operand")
    modes = {"val": "by value", "ref": "by reference", "view": "View", "view_ref": "&View"}
    for m in ("val", "ref", "view", "view_ref"):
        if any(op.mode == m for op in c.operands):
            f.append(f"operand passed {modes[m]}")
    if any(op.view and op.view[0] == "slice" and op.view[4] != 1 for op in c.operands):
        f.append("strided View (step 2 or -1)")
    return f


def coverage(cases):
    counts = {}
    for c in cases:
        for name in features(c):
            counts[name] = counts.get(name, 0) + 1
    return counts


# ------------------------------------------------------------------------------------------
# Emission
# ------------------------------------------------------------------------------------------


def rust_str(s):
    return '"' + s + '"'


def emit_case(c):
    lines = []
    eq = c.subscripts()
    desc = ", ".join(shape_rust(op.types()) for op in c.operands)
    lines.append(f"/// `{eq}` on {desc} -> {shape_rust(c.out_types())}")
    lines.append(f"fn case_{c.idx:03}() {{")
    lines.append(f"let mut rng = SeededRng::new({c.seed});")
    names = []
    for o, op in enumerate(c.operands):
        kind = ", H" if op.heap else ""
        x = f"x{o}"
        if op.mode.startswith("view"):
            vkind, ax, src_n, start, step = op.view
            src_types = op.types()
            if vkind == "slice":
                src_types = list(src_types)
                src_types[ax] = src_n
            lines.append(f"let s{o} = Tensor::<f64, {shape_rust(src_types)}{kind}>::uniform(&mut rng, -1.0, 1.0);")
            if vkind == "slice":
                lines.append(f"let {x} = s{o}.slice_len::<{ax}, {start}, {op.axes[ax].ty}, {step}>();")
            elif vkind == "flip":
                lines.append(f"let {x} = s{o}.view().flip::<{ax}>();")
            else:
                lines.append(f"let {x} = s{o}.view();")
        else:
            lines.append(f"let {x} = Tensor::<f64, {shape_rust(op.types())}{kind}>::uniform(&mut rng, -1.0, 1.0);")
        names.append(x)
    flats = []
    for o, op in enumerate(c.operands):
        if op.mode.startswith("view"):
            flats.append(f"flat(&x{o}.to_tensor())")
        else:
            flats.append(f"flat(&x{o})")
    dims = "[" + ", ".join(str(d) for d in c.out_dims()) + "]"
    lines.append(f"let want = oracle({rust_str(eq)}, &[{', '.join(flats)}], &{dims});")
    args = []
    for o, op in enumerate(c.operands):
        if op.mode in ("val", "view"):
            args.append(f"x{o}")
        else:
            args.append(f"&x{o}")
    out_kind = ", H" if c.heap_result() else ""
    out_ty = f"Tensor<f64, {shape_rust(c.out_types())}{out_kind}>"
    opts = []
    if c.broadcast:
        opts.append("broadcast = [" + ", ".join(c.broadcast) + "]")
    if c.order:
        opts.append("order = [" + ", ".join(f"({i}, {j})" for i, j in c.order) + "]")
    tail = "".join(f"; {o}" for o in opts)
    direct = "true" if c.loop_count() <= DIRECT_MAX else "false"
    label = f"case {c.idx} ({'direct' if direct == 'true' else 'pairwise'}): {eq}"
    if not c.broadcast:
        # The plan `einsum!` follows: direct loops or pairwise, and the user's order.
        if c.form == "words":
            spell = lambda term: " ".join(c.words[l] for l in term)
            lhs = ", ".join(spell(op.term) for op in c.operands)
            path_call = f"einsum_path!({lhs} -> {spell(c.out_term)}; {', '.join(args)})"
        else:
            path_call = f"einsum_path!({rust_str(eq)}, {', '.join(args)}{tail})"
        lines.append(f"let path = {path_call};")
        if direct == "true":
            lines.append(f"assert!(path.is_direct(), {rust_str(label)});")
        else:
            lines.append(f"assert_eq!(path.is_direct(), NO_ALLOC, {rust_str(label)});")
        if c.order:
            steps = ", ".join(f"({i}, {j})" for i, j in c.order)
            lines.append(f"assert_eq!(path.steps(), &[{steps}], {rust_str(label)});")
    if c.form == "words":
        spell = lambda term: " ".join(c.words[l] for l in term)
        lhs = ", ".join(spell(op.term) for op in c.operands)
        call = f"einsum!({lhs} -> {spell(c.out_term)}; {', '.join(args)})"
        lines.append(f"let got: {out_ty} = {call};")
    elif c.form == "into":
        into_kind = ", H" if c.into_heap else ""
        lines.append(f"let mut got = Tensor::<f64, {shape_rust(c.out_types())}{into_kind}>::full(f64::NAN);")
        lines.append(f"einsum_into!(&mut got, {rust_str(eq)}, {', '.join(args)}{tail});")
    else:
        mac = "tensorial::einsum!" if c.qualified else "einsum!"
        lines.append(f"let got: {out_ty} = {mac}({rust_str(eq)}, {', '.join(args)}{tail});")
    lines.append(f"check({rust_str(label)}, &got, &{dims}, &want, {c.terms()});")
    lines.append("}")
    return "\n".join(lines)


HEADER = """\
//! Generated `einsum!` cases checked against the naive oracle (issue 6, item 5).
//!
//! GENERATED FILE, do not edit: change `scripts/gen_einsum_tests.py` and run
//! `python3 scripts/gen_einsum_tests.py` (`--check` tells whether this file is up to date).
//!
//! Each `case_NNN` draws its operands from `SeededRng::new(seed)`, calls the macro with the
//! output type written out, and compares with `common::einsum_oracle::naive_einsum` on the
//! same elements: `|got - want| <= 1e-12 * (1 + terms) * (1 + |want|)`, where `terms` is the
//! number of products summed into each output element. Cases without output-only labels also
//! check the plan of `einsum_path!`: direct loops up to `DIRECT_MAX` = 2048 iterations,
//! pairwise contractions above, and the user's `order`. A `#[test]` runs {per} cases and
//! reports every failing one.
//!
//! Without the `alloc` feature every contraction runs as one loop nest, and `H` (the storage
//! of the "heap" operands) is `Inline`:
//! `cargo test --no-default-features --test einsum_generated` checks that path too.
//!
//! Coverage ({n} cases; a case counts once per feature it has):
{table}
"""

PRELUDE = """\
mod common;

use common::einsum_oracle::{check_einsum as check, flat, naive_einsum_owned as oracle, run_cases};
use tensorial::prelude::*; // einsum!, einsum_into!, einsum_path! come from the prelude

/// The storage of the operands drawn as heap tensors.
#[cfg(feature = "alloc")]
type H = Heap;
#[cfg(not(feature = "alloc"))]
type H = Inline;
/// Without `alloc`, every contraction is one loop nest.
const NO_ALLOC: bool = !cfg!(feature = "alloc");
"""


def render(cases):
    cov = coverage(cases)
    width = max(len(k) for k in cov)
    table = "\n".join(f"//! - {k.ljust(width)} {v:>4}" for k, v in sorted(cov.items()))
    out = [HEADER.format(per=CASES_PER_TEST, n=len(cases), table=table), PRELUDE]
    for start in range(0, len(cases), CASES_PER_TEST):
        group = cases[start:start + CASES_PER_TEST]
        end = group[-1].idx
        entries = ", ".join(f'("case_{c.idx:03}", case_{c.idx:03})' for c in group)
        out.append(f"#[test]\nfn cases_{start:03}_{end:03}() {{\nrun_cases(&[{entries}]);\n}}\n")
        for c in group:
            out.append(emit_case(c) + "\n")
    return "\n".join(out)


def rustfmt(text):
    proc = subprocess.run(
        ["rustfmt", "--edition", "2024", "--emit", "stdout"],
        input=text.encode(), capture_output=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode())
        raise SystemExit("rustfmt failed on the generated code")
    return proc.stdout.decode()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the file is stale")
    ap.add_argument("--stats", action="store_true", help="print the coverage only")
    args = ap.parse_args()
    cases = generate()
    if args.stats:
        for k, v in sorted(coverage(cases).items()):
            print(f"{v:5}  {k}")
        print(f"{len(cases):5}  cases")
        return
    text = rustfmt(render(cases))
    if args.check:
        with open(OUT_PATH, encoding="utf-8") as f:
            if f.read() != text:
                raise SystemExit(f"{OUT_PATH} is stale: run python3 scripts/gen_einsum_tests.py")
        print("up to date")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT_PATH}: {len(cases)} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
