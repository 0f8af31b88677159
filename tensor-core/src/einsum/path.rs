//! Compile-time contraction planning: the pairwise order of an `einsum!`, chosen by a `const fn`
//! from the operands' const sizes (NumPy `np.einsum_path`).
//!
//! FLOPs are counted as NumPy counts them, so the reports agree: a step over the labels `U`
//! of `t` terms costs `Π_{l∈U} size(l) · (max(1, t − 1) + [some label is summed])`. Intermediates
//! are capped at the largest input or output (NumPy's default `memory_limit`); when no order
//! fits the cap, the cheapest order is taken regardless.

// Operand and label numbers are below 16 and 64 (asserted in `EinsumPath::new`), so they fit a
// `u8`; `const fn`s cannot call `u8::try_from`. Volumes are products of `usize`s saturating in
// `u128`, far from its top bit.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::cast_precision_loss
)]

use super::equation::{Equation, MAX_LABELS, MAX_OPERANDS};
use crate::ops::kernel::MAX_RANK;
use core::fmt;

/// Exhaustive search over every pairwise order up to this many operands (180 orders for 5);
/// greedy beyond.
pub const EXHAUSTIVE_MAX: usize = 5;

/// Contractions whose full loop nest (the product of every label's size) is at most this run as
/// the plain loops `einsum!` generates, with compile-time trip counts; larger ones run pairwise
/// on the GEMM. Without the `alloc` feature every contraction runs as plain loops.
pub const DIRECT_MAX: u128 = 2048;

/// The labels of one tensor's axes, in axis order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Axes {
    /// Label of each axis (the first `rank` entries count).
    pub labels: [u8; MAX_RANK],
    /// Number of axes.
    pub rank: usize,
}

impl Axes {
    /// The labels as a slice.
    #[must_use]
    pub fn as_slice(&self) -> &[u8] {
        &self.labels[..self.rank]
    }

    /// Whether some label names two axes (`ii`).
    const fn has_repeats(&self) -> bool {
        let mut axis = 1;
        while axis < self.rank {
            let mut before = 0;
            while before < axis {
                if self.labels[before] == self.labels[axis] {
                    return true;
                }
                before += 1;
            }
            axis += 1;
        }
        false
    }

    const fn mask(&self) -> u64 {
        let mut mask = 0;
        let mut axis = 0;
        while axis < self.rank {
            mask |= 1 << self.labels[axis];
            axis += 1;
        }
        mask
    }
}

/// The plan of one `einsum!` on operands of known shapes: label sizes, the pairwise
/// contraction order and its cost. `einsum!` computes it in a `const` block, so no string is
/// parsed and no order searched at run time; [`einsum_path!`](crate::einsum_path) returns it.
///
/// `Display` prints NumPy's `np.einsum_path` report.
///
/// ```
/// use tensorial::{einsum_path, Rank2, Tensor};
/// let a = Tensor::<f64, Rank2<8, 64>>::zeros();
/// let b = Tensor::<f64, Rank2<64, 64>>::zeros();
/// let c = Tensor::<f64, Rank2<64, 4>>::zeros();
/// let path = einsum_path!("ij,jk,kl->il", a, b, c);
/// // (b · c) first would cost 64·64·4 multiply-adds, then 8·64·4; (a · b) first costs 8·64·64.
/// assert_eq!(path.steps(), &[(1, 2), (0, 1)]);
/// assert_eq!(path.flops(), 2 * (64 * 64 * 4 + 8 * 64 * 4));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct EinsumPath {
    eq: Equation,
    operands: usize,
    labels: usize,
    sizes: [usize; MAX_LABELS],
    inputs: [Axes; MAX_OPERANDS],
    output: Axes,
    /// The operands' dims (padded with 1s), for the strides of contiguous operands.
    input_dims: [[usize; MAX_RANK]; MAX_OPERANDS],
    steps: [(u8, u8); MAX_OPERANDS],
    n_steps: usize,
    flops: u128,
    naive_flops: u128,
    largest: u128,
    direct: bool,
    /// Some output label repeats (`i->ii`): only the diagonal is written.
    repeated_output: bool,
}

/// The best order found so far by [`search`].
#[derive(Clone, Copy)]
struct Best {
    found: bool,
    cost: u128,
    largest: u128,
    steps: [(u8, u8); MAX_OPERANDS],
}

/// One candidate state: the label sets of the remaining terms.
#[derive(Clone, Copy)]
struct Terms {
    masks: [u64; MAX_OPERANDS],
    n: usize,
}

impl Terms {
    /// The labels needed after contracting terms `i` and `j`: in the output or in another term.
    const fn kept(&self, i: usize, j: usize, out: u64) -> u64 {
        let mut others = out;
        let mut t = 0;
        while t < self.n {
            if t != i && t != j {
                others |= self.masks[t];
            }
            t += 1;
        }
        (self.masks[i] | self.masks[j]) & others
    }

    /// Terms `i` and `j` removed, their result (labels `kept`) appended (NumPy's convention).
    const fn contract(&self, i: usize, j: usize, kept: u64) -> Self {
        let mut next = Self {
            masks: [0; MAX_OPERANDS],
            n: 0,
        };
        let mut t = 0;
        while t < self.n {
            if t != i && t != j {
                next.masks[next.n] = self.masks[t];
                next.n += 1;
            }
            t += 1;
        }
        next.masks[next.n] = kept;
        next.n += 1;
        next
    }
}

/// `Π size(l)` over the labels of `mask`.
const fn volume(mask: u64, sizes: &[usize; MAX_LABELS]) -> u128 {
    let mut v: u128 = 1;
    let mut l = 0;
    while l < MAX_LABELS {
        if mask & (1 << l) != 0 {
            v = v.saturating_mul(sizes[l] as u128);
        }
        l += 1;
    }
    v
}

/// NumPy's FLOP count of one step over the labels `all` of `terms` terms.
const fn flop_count(all: u64, summed: bool, terms: usize, sizes: &[usize; MAX_LABELS]) -> u128 {
    let factor = if terms > 1 { terms - 1 } else { 1 } + summed as usize;
    volume(all, sizes).saturating_mul(factor as u128)
}

/// Exhaustive search: every pair at every step, pruned by the best cost so far.
const fn search(
    terms: Terms,
    ctx: (u64, &[usize; MAX_LABELS], u128),
    (cost, largest, steps, depth): (u128, u128, [(u8, u8); MAX_OPERANDS], usize),
    best: &mut Best,
) {
    let (out, sizes, cap) = ctx;
    if terms.n == 1 {
        if !best.found || cost < best.cost || (cost == best.cost && largest < best.largest) {
            *best = Best {
                found: true,
                cost,
                largest,
                steps,
            };
        }
        return;
    }
    let mut i = 0;
    while i < terms.n {
        let mut j = i + 1;
        while j < terms.n {
            let kept = terms.kept(i, j, out);
            let all = terms.masks[i] | terms.masks[j];
            let size = volume(kept, sizes);
            let step = flop_count(all, all != kept, 2, sizes);
            let total = cost.saturating_add(step);
            if size <= cap && (!best.found || total <= best.cost) {
                let mut next_steps = steps;
                next_steps[depth] = (i as u8, j as u8);
                let largest = if size > largest { size } else { largest };
                search(
                    terms.contract(i, j, kept),
                    ctx,
                    (total, largest, next_steps, depth + 1),
                    best,
                );
            }
            j += 1;
        }
        i += 1;
    }
}

/// NumPy's greedy choice: the pair whose result shrinks the data most (`size(result) −
/// size(x) − size(y)`), cheaper FLOPs breaking ties.
const fn greedy(mut terms: Terms, out: u64, sizes: &[usize; MAX_LABELS]) -> Best {
    let mut best = Best {
        found: true,
        cost: 0,
        largest: 0,
        steps: [(0, 0); MAX_OPERANDS],
    };
    let mut depth = 0;
    while terms.n > 1 {
        let (mut bi, mut bj, mut b_gain, mut b_flops) = (0, 1, i128::MAX, u128::MAX);
        let mut i = 0;
        while i < terms.n {
            let mut j = i + 1;
            while j < terms.n {
                let kept = terms.kept(i, j, out);
                let all = terms.masks[i] | terms.masks[j];
                let gain = volume(kept, sizes) as i128
                    - volume(terms.masks[i], sizes) as i128
                    - volume(terms.masks[j], sizes) as i128;
                let flops = flop_count(all, all != kept, 2, sizes);
                if gain < b_gain || (gain == b_gain && flops < b_flops) {
                    (bi, bj, b_gain, b_flops) = (i, j, gain, flops);
                }
                j += 1;
            }
            i += 1;
        }
        let kept = terms.kept(bi, bj, out);
        let size = volume(kept, sizes);
        best.cost = best.cost.saturating_add(b_flops);
        if size > best.largest {
            best.largest = size;
        }
        best.steps[depth] = (bi as u8, bj as u8);
        depth += 1;
        terms = terms.contract(bi, bj, kept);
    }
    best
}

/// The cost of a given order (a user's override), checked step by step.
const fn replay(mut terms: Terms, order: &[(u8, u8)], out: u64, sizes: &[usize; 64]) -> Best {
    let mut best = Best {
        found: true,
        cost: 0,
        largest: 0,
        steps: [(0, 0); MAX_OPERANDS],
    };
    assert!(
        order.len() + 1 == terms.n,
        "einsum: the order must hold one pair per contraction (operands − 1)"
    );
    let mut depth = 0;
    while depth < order.len() {
        let (i, j) = (order[depth].0 as usize, order[depth].1 as usize);
        assert!(
            i < terms.n && j < terms.n && i != j,
            "einsum: an order pair names an operand that is not there"
        );
        let (i, j) = if i < j { (i, j) } else { (j, i) };
        let kept = terms.kept(i, j, out);
        let all = terms.masks[i] | terms.masks[j];
        best.cost = best
            .cost
            .saturating_add(flop_count(all, all != kept, 2, sizes));
        let size = volume(kept, sizes);
        if size > best.largest {
            best.largest = size;
        }
        best.steps[depth] = (i as u8, j as u8);
        depth += 1;
        terms = terms.contract(i, j, kept);
    }
    best
}

/// Row-major strides of a tensor with `dims` and axis labels `term`, summed per label; with
/// `stretch`, size-1 axes get stride 0.
const fn label_strides(
    term: &Axes,
    dims: &[usize; MAX_RANK],
    stretch: bool,
) -> [isize; MAX_LABELS] {
    let mut strides = [0isize; MAX_LABELS];
    let mut stride = 1isize;
    let mut axis = term.rank;
    while axis > 0 {
        axis -= 1;
        if !(stretch && dims[axis] == 1) {
            strides[term.labels[axis] as usize] += stride;
        }
        stride *= dims[axis] as isize;
    }
    strides
}

/// Every operand's and the output's labels, and the size of every label.
struct Resolved {
    sizes: [usize; MAX_LABELS],
    inputs: [Axes; MAX_OPERANDS],
    output: Axes,
    terms: Terms,
}

/// Reads the labels and their sizes off the operands' and the output's dims. A label's size is
/// its first non-1 size (a size-1 axis may be a stretching `Bcast`); a label only in the output
/// takes the output's size; ellipsis labels that no tensor reaches loop once.
const fn resolve(
    eq: &Equation,
    ranks: &[usize],
    dims: &[[usize; MAX_RANK]],
    (out_rank, out_dims): (usize, [usize; MAX_RANK]),
) -> Resolved {
    let (operands, named, labels) = (eq.operands(), eq.names.len(), eq.labels());
    assert!(
        operands >= 1 && operands <= MAX_OPERANDS,
        "einsum: 1 to 16 operands"
    );
    assert!(labels <= MAX_LABELS, "einsum: at most 64 labels");
    let mut sizes = [0usize; MAX_LABELS];
    let mut known = 0u64;
    let mut inputs = [Axes {
        labels: [0; MAX_RANK],
        rank: 0,
    }; MAX_OPERANDS];
    let mut terms = Terms {
        masks: [0; MAX_OPERANDS],
        n: operands,
    };
    let mut k = 0;
    while k < operands {
        let (labels, rank) = eq.inputs[k].axis_labels(ranks[k], named);
        inputs[k] = Axes { labels, rank };
        terms.masks[k] = inputs[k].mask();
        let mut axis = 0;
        while axis < rank {
            let (l, d) = (labels[axis] as usize, dims[k][axis]);
            // A size-1 axis may be a `Bcast` stretching to the label's size elsewhere.
            if known & (1 << l) == 0 || (sizes[l] == 1 && d != 1) {
                sizes[l] = d;
                known |= 1 << l;
            }
            axis += 1;
        }
        k += 1;
    }
    let (out_labels, out_rank) = eq.output.axis_labels(out_rank, named);
    let output = Axes {
        labels: out_labels,
        rank: out_rank,
    };
    let mut axis = 0;
    while axis < out_rank {
        let l = out_labels[axis] as usize;
        if known & (1 << l) == 0 {
            sizes[l] = out_dims[axis];
            known |= 1 << l;
        }
        axis += 1;
    }
    let mut l = 0;
    while l < labels {
        if known & (1 << l) == 0 {
            sizes[l] = 1;
        }
        l += 1;
    }
    Resolved {
        sizes,
        inputs,
        output,
        terms,
    }
}

impl EinsumPath {
    /// Plans `eq` for operands of ranks `ranks[k]` and dims `dims[k]` (padded to 6) and an
    /// output of rank `out_rank` and dims `out_dims` (which give the sizes of output-only
    /// labels). `order` overrides the search (NumPy's `einsum_path` pairs); `alloc` says
    /// whether pairwise execution (which needs buffers) is available.
    ///
    /// # Panics
    /// At compile time, when the ranks do not fit the subscripts or `order` is malformed; the
    /// typed layer of `einsum!` rules out the first.
    #[must_use]
    pub const fn new(
        eq: &Equation,
        ranks: &[usize],
        dims: &[[usize; MAX_RANK]],
        (out_rank, out_dims): (usize, [usize; MAX_RANK]),
        order: Option<&[(u8, u8)]>,
    ) -> Self {
        let (operands, labels) = (eq.operands(), eq.labels());
        let Resolved {
            sizes,
            inputs,
            output,
            terms,
        } = resolve(eq, ranks, dims, (out_rank, out_dims));
        let out = output.mask();
        let mut all = out;
        let mut cap = volume(out, &sizes);
        let mut k = 0;
        while k < operands {
            all |= terms.masks[k];
            let v = volume(terms.masks[k], &sizes);
            if v > cap {
                cap = v;
            }
            k += 1;
        }
        let naive_flops = flop_count(all, all != out, operands, &sizes);
        let best = if let Some(order) = order {
            replay(terms, order, out, &sizes)
        } else if operands <= 2 {
            let pair: &[(u8, u8)] = if operands == 2 { &[(0, 1)] } else { &[] };
            replay(terms, pair, out, &sizes)
        } else if operands <= EXHAUSTIVE_MAX {
            let mut best = Best {
                found: false,
                cost: 0,
                largest: 0,
                steps: [(0, 0); MAX_OPERANDS],
            };
            let start = (0, 0, [(0, 0); MAX_OPERANDS], 0);
            search(terms, (out, &sizes, cap), start, &mut best);
            if !best.found {
                search(terms, (out, &sizes, u128::MAX), start, &mut best);
            }
            best
        } else {
            greedy(terms, out, &sizes)
        };
        let direct = !cfg!(feature = "alloc") || volume(all, &sizes) <= DIRECT_MAX;
        Self {
            eq: *eq,
            operands,
            labels,
            sizes,
            inputs,
            output,
            input_dims: {
                let mut all = [[1; MAX_RANK]; MAX_OPERANDS];
                let mut k = 0;
                while k < operands {
                    all[k] = dims[k];
                    k += 1;
                }
                all
            },
            steps: best.steps,
            n_steps: operands - 1,
            flops: if operands == 1 {
                naive_flops
            } else {
                best.cost
            },
            naive_flops,
            largest: best.largest,
            direct,
            repeated_output: output.has_repeats(),
        }
    }

    /// The pairwise contraction order: each pair indexes the operands remaining at that step,
    /// which are removed, and their result appended at the end (NumPy's `einsum_path`).
    #[must_use]
    pub fn steps(&self) -> &[(u8, u8)] {
        &self.steps[..self.n_steps]
    }

    /// FLOPs of the chosen order, counted as NumPy counts them.
    #[must_use]
    pub const fn flops(&self) -> u128 {
        self.flops
    }

    /// FLOPs of one loop nest over every label (no intermediates).
    #[must_use]
    pub const fn naive_flops(&self) -> u128 {
        self.naive_flops
    }

    /// Elements of the largest intermediate of the chosen order.
    #[must_use]
    pub const fn largest_intermediate(&self) -> u128 {
        self.largest
    }

    /// `true` when the contraction runs as one plain loop nest (tiny sizes, or no `alloc`)
    /// rather than pairwise on the GEMM.
    #[must_use]
    pub const fn is_direct(&self) -> bool {
        self.direct
    }

    /// The size of each label, by number.
    #[must_use]
    pub fn sizes(&self) -> &[usize] {
        &self.sizes[..self.labels]
    }

    /// `true` when a label repeats in the output (`i->ii`): only its diagonal is written, the
    /// rest must be zeroed first.
    #[must_use]
    #[inline]
    pub const fn repeats_output(&self) -> bool {
        self.repeated_output
    }

    /// The size of label `l` (for the generated loops).
    #[must_use]
    #[inline]
    pub const fn size(&self, l: usize) -> usize {
        self.sizes[l]
    }

    /// The equation.
    #[must_use]
    pub const fn equation(&self) -> &Equation {
        &self.eq
    }

    /// The labels of operand `k`'s axes.
    #[must_use]
    pub const fn input(&self, k: usize) -> &Axes {
        &self.inputs[k]
    }

    /// The rank of operand `k` and its dims with every axis at its label's size (a `Bcast` axis
    /// at the size it stretched to): the shape of its full-size gradient.
    #[must_use]
    pub const fn grad_dims(&self, k: usize) -> (usize, [usize; MAX_RANK]) {
        let operand = &self.inputs[k];
        let mut dims = [1; MAX_RANK];
        let mut axis = 0;
        while axis < operand.rank {
            dims[axis] = self.sizes[operand.labels[axis] as usize];
            axis += 1;
        }
        (operand.rank, dims)
    }

    /// The stride per label of operand `k` when it is stored contiguously, row-major: what the
    /// generated loops use for tensors, so their offsets are compile-time constants. A size-1
    /// axis has stride 0 (it stretches); a repeated label adds its axes' strides.
    #[must_use]
    pub const fn input_strides(&self, k: usize) -> [isize; MAX_LABELS] {
        label_strides(&self.inputs[k], &self.input_dims[k], true)
    }

    /// The stride per label of the contiguous output (repeated labels add theirs).
    #[must_use]
    pub const fn output_strides(&self) -> [isize; MAX_LABELS] {
        let mut dims = [1; MAX_RANK];
        let mut axis = 0;
        while axis < self.output.rank {
            dims[axis] = self.sizes[self.output.labels[axis] as usize];
            axis += 1;
        }
        label_strides(&self.output, &dims, false)
    }

    /// The labels of the output's axes.
    #[must_use]
    pub const fn output(&self) -> &Axes {
        &self.output
    }

    /// Number of operands.
    #[must_use]
    pub const fn operands(&self) -> usize {
        self.operands
    }

    fn write_term(&self, f: &mut fmt::Formatter<'_>, mask: u64) -> fmt::Result {
        let spaced = self.eq.names.iter().any(|n| n.len() > 1);
        let mut first = true;
        for l in 0..self.labels {
            if mask & (1 << l) != 0 {
                if spaced && !first {
                    f.write_str(" ")?;
                }
                first = false;
                match self.eq.names.get(l) {
                    Some(name) => f.write_str(name)?,
                    None => f.write_str("…")?,
                }
            }
        }
        Ok(())
    }
}

impl fmt::Display for EinsumPath {
    /// NumPy's `np.einsum_path` report: scaling, FLOPs, speedup, largest intermediate and the
    /// steps.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scaling = |mask: u64| mask.count_ones();
        let mut terms = Terms {
            masks: [0; MAX_OPERANDS],
            n: self.operands,
        };
        let mut all = self.output.mask();
        for k in 0..self.operands {
            terms.masks[k] = self.inputs[k].mask();
            all |= terms.masks[k];
        }
        let out = self.output.mask();
        #[allow(clippy::cast_precision_loss)] // a ratio for display
        let speedup = self.naive_flops as f64 / (self.flops.max(1)) as f64;
        writeln!(f, "  Complete contraction:  {}", self.eq.text)?;
        writeln!(f, "         Naive scaling:  {}", scaling(all))?;
        let mut opt_scaling = 0;
        let mut check = terms;
        for &(i, j) in self.steps() {
            let (i, j) = (i as usize, j as usize);
            opt_scaling = opt_scaling.max(scaling(check.masks[i] | check.masks[j]));
            check = check.contract(i, j, check.kept(i, j, out));
        }
        writeln!(
            f,
            "     Optimized scaling:  {}",
            opt_scaling.max(scaling(all) * u32::from(self.operands == 1))
        )?;
        writeln!(
            f,
            "      Naive FLOP count:  {:.3e}",
            self.naive_flops as f64
        )?;
        writeln!(f, "  Optimized FLOP count:  {:.3e}", self.flops as f64)?;
        writeln!(f, "   Theoretical speedup:  {speedup:.3}")?;
        writeln!(
            f,
            "  Largest intermediate:  {:.3e} elements",
            self.largest as f64
        )?;
        writeln!(
            f,
            "  Execution:             {}",
            if self.direct {
                "one loop nest"
            } else {
                "pairwise on the GEMM"
            }
        )?;
        f.write_str(
            "--------------------------------------------------------------------------\n",
        )?;
        f.write_str("scaling   current                          remaining\n")?;
        f.write_str(
            "--------------------------------------------------------------------------\n",
        )?;
        for &(i, j) in self.steps() {
            let (i, j) = (i as usize, j as usize);
            let kept = terms.kept(i, j, out);
            write!(f, "{:>4}      ", scaling(terms.masks[i] | terms.masks[j]))?;
            self.write_term(f, terms.masks[i])?;
            f.write_str(",")?;
            self.write_term(f, terms.masks[j])?;
            f.write_str("->")?;
            self.write_term(f, kept)?;
            terms = terms.contract(i, j, kept);
            f.write_str("    ")?;
            for t in 0..terms.n {
                if t > 0 {
                    f.write_str(",")?;
                }
                self.write_term(f, terms.masks[t])?;
            }
            f.write_str("->")?;
            self.write_term(f, out)?;
            f.write_str("\n")?;
        }
        Ok(())
    }
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;
    use crate::SeededRng;
    use crate::einsum::Subscripts;
    use alloc::vec::Vec;

    /// Every pairwise order of `n` operands, in NumPy's convention.
    fn orders(n: usize) -> Vec<Vec<(u8, u8)>> {
        if n == 1 {
            return alloc::vec![Vec::new()];
        }
        let mut all = Vec::new();
        for i in 0..n {
            for j in i + 1..n {
                for rest in orders(n - 1) {
                    let mut order = alloc::vec![(i as u8, j as u8)];
                    order.extend(rest);
                    all.push(order);
                }
            }
        }
        all
    }

    /// Label names of the random equations below.
    const NAMES: [&str; 7] = ["a", "b", "c", "d", "e", "f", "g"];

    /// 1 to 3 distinct labels below `range`, drawn from `rng`.
    fn random_labels(rng: &mut SeededRng, range: u64) -> Vec<u8> {
        let mut labels = Vec::new();
        while labels.len() < 1 + rng.below(3) as usize {
            let l = rng.below(range) as u8;
            if !labels.contains(&l) {
                labels.push(l);
            }
        }
        labels
    }

    /// The equation `terms -> out` over [`NAMES`] (leaked: a test's lifetime), the operands'
    /// ranks and the output's dims for label sizes `sizes`.
    fn equation(
        terms: &[Vec<u8>],
        out: &[u8],
        sizes: &[usize],
    ) -> (Equation, Vec<usize>, [usize; MAX_RANK]) {
        let leak =
            |l: &[u8]| -> &'static [u8] { alloc::boxed::Box::leak(l.to_vec().into_boxed_slice()) };
        let inputs: Vec<Subscripts> = terms
            .iter()
            .map(|t| Subscripts {
                front: leak(t),
                ellipsis: false,
                back: &[],
            })
            .collect();
        let eq = Equation {
            text: "random",
            names: &NAMES,
            inputs: alloc::boxed::Box::leak(inputs.into_boxed_slice()),
            output: Subscripts {
                front: leak(out),
                ellipsis: false,
                back: &[],
            },
        };
        let mut out_dims = [1usize; MAX_RANK];
        for (axis, &l) in out.iter().enumerate() {
            out_dims[axis] = sizes[usize::from(l)];
        }
        (eq, terms.iter().map(Vec::len).collect(), out_dims)
    }

    /// The planner's order costs the least of all orders whose intermediates fit the cap
    /// (the largest operand or output), on random equations of 3 to 5 operands.
    #[test]
    fn exhaustive_search_finds_the_cheapest_order() {
        let mut rng = SeededRng::new(3);
        for _ in 0..40 {
            let n = 3 + rng.below(3) as usize;
            // Each operand: 1 to 3 distinct labels of 7; sizes 1 to 9.
            let mut terms: Vec<Vec<u8>> = Vec::new();
            let mut dims = [[1usize; MAX_RANK]; 5];
            let sizes: Vec<usize> = (0..7).map(|_| 1 + rng.below(9) as usize).collect();
            let mut seen = 0u64;
            for d in dims.iter_mut().take(n) {
                let labels = random_labels(&mut rng, 7);
                for (axis, &l) in labels.iter().enumerate() {
                    d[axis] = sizes[usize::from(l)];
                    seen |= 1 << l;
                }
                terms.push(labels);
            }
            let out: Vec<u8> = (0..7u8)
                .filter(|&l| seen & (1 << l) != 0 && rng.below(3) == 0)
                .collect();
            let (eq, ranks, out_dims) = equation(&terms, &out, &sizes);
            let plan = EinsumPath::new(&eq, &ranks, &dims[..n], (out.len(), out_dims), None);
            let cap = (0..n)
                .map(|k| {
                    terms[k]
                        .iter()
                        .map(|&l| sizes[usize::from(l)] as u128)
                        .product::<u128>()
                })
                .chain([out.iter().map(|&l| sizes[usize::from(l)] as u128).product()])
                .max()
                .unwrap();
            let candidates: Vec<EinsumPath> = orders(n)
                .iter()
                .map(|o| EinsumPath::new(&eq, &ranks, &dims[..n], (out.len(), out_dims), Some(o)))
                .collect();
            let fitting = candidates
                .iter()
                .filter(|p| p.largest_intermediate() <= cap);
            let best = fitting
                .map(EinsumPath::flops)
                .min()
                .unwrap_or_else(|| candidates.iter().map(EinsumPath::flops).min().unwrap());
            assert_eq!(plan.flops(), best, "{terms:?} -> {out:?}, sizes {sizes:?}");
        }
    }

    /// NumPy's FLOPs, largest intermediate and report lines (`scaling  current  remaining`) of
    /// the pairwise order `order`, recounted on label lists (independent of `Terms`): each step
    /// removes terms `i` and `j` and appends the labels of either that the output or another
    /// remaining term needs. Labels 0 to 6 are named `a` to `g`.
    fn recount(
        terms: &[Vec<u8>],
        out: &[u8],
        sizes: &[usize],
        order: &[(u8, u8)],
    ) -> (u128, u128, Vec<alloc::string::String>) {
        let volume =
            |ls: &[u8]| -> u128 { ls.iter().map(|&l| sizes[usize::from(l)] as u128).product() };
        let name = |ls: &[u8]| {
            let mut ls = ls.to_vec();
            ls.sort_unstable();
            ls.iter()
                .map(|&l| char::from(b'a' + l))
                .collect::<alloc::string::String>()
        };
        let mut terms: Vec<Vec<u8>> = terms.to_vec();
        let (mut flops, mut largest, mut lines) = (0u128, 0u128, Vec::new());
        for &(i, j) in order {
            let (i, j) = (usize::from(i), usize::from(j));
            let (y, x) = (terms.remove(j), terms.remove(i));
            let mut all = x.clone();
            all.extend(y.iter().filter(|l| !x.contains(l)));
            let kept: Vec<u8> = all
                .iter()
                .copied()
                .filter(|l| out.contains(l) || terms.iter().any(|t| t.contains(l)))
                .collect();
            flops += volume(&all) * if kept.len() < all.len() { 2 } else { 1 };
            largest = largest.max(volume(&kept));
            let current = alloc::format!("{},{}->{}", name(&x), name(&y), name(&kept));
            terms.push(kept);
            let remaining: Vec<_> = terms.iter().map(|t| name(t)).collect();
            let remaining = alloc::format!("{}->{}", remaining.join(","), name(out));
            lines.push(alloc::format!(
                "{:>4}      {current}    {remaining}",
                all.len()
            ));
        }
        (flops, largest, lines)
    }

    /// The planner's FLOPs, largest intermediate and report agree with a recount of its order, and
    /// for up to 5 operands every order given as an override is costed alike and none within the
    /// cap is cheaper. 3 to 7 random operands sharing labels: the greedy search (6 and 7) and
    /// shared labels that stay needed are both reached.
    #[test]
    fn reported_costs_match_a_recount_of_the_order() {
        let mut rng = SeededRng::new(11);
        for _ in 0..60 {
            let n = 3 + rng.below(5) as usize;
            let sizes: Vec<usize> = (0..7).map(|_| 1 + rng.below(9) as usize).collect();
            let mut terms: Vec<Vec<u8>> = Vec::new();
            let mut dims = [[1usize; MAX_RANK]; 7];
            for d in dims.iter_mut().take(n) {
                let labels = random_labels(&mut rng, 5);
                for (axis, &l) in labels.iter().enumerate() {
                    d[axis] = sizes[usize::from(l)];
                }
                terms.push(labels);
            }
            let out: Vec<u8> = (0..7u8)
                .filter(|&l| terms.iter().any(|t| t.contains(&l)) && rng.below(3) == 0)
                .collect();
            let (eq, ranks, out_dims) = equation(&terms, &out, &sizes);
            let plan = EinsumPath::new(&eq, &ranks, &dims[..n], (out.len(), out_dims), None);
            let case = alloc::format!("{terms:?} -> {out:?}, sizes {sizes:?}");
            let (flops, largest, lines) = recount(&terms, &out, &sizes, plan.steps());
            assert_eq!(plan.flops(), flops, "{case}");
            assert_eq!(plan.largest_intermediate(), largest, "{case}");
            let report = alloc::format!("{plan}");
            let steps: Vec<&str> = report
                .lines()
                .skip_while(|l| !l.starts_with("scaling"))
                .skip(2)
                .collect();
            assert_eq!(steps, lines, "{case}");
            if n <= EXHAUSTIVE_MAX {
                let cap = terms
                    .iter()
                    .chain([&out])
                    .map(|t| t.iter().map(|&l| sizes[usize::from(l)] as u128).product())
                    .max()
                    .unwrap();
                // An order given by the user is costed like a searched one.
                let all: Vec<(u128, u128)> = orders(n)
                    .iter()
                    .map(|o| {
                        let given = EinsumPath::new(
                            &eq,
                            &ranks,
                            &dims[..n],
                            (out.len(), out_dims),
                            Some(o),
                        );
                        let (flops, largest, _) = recount(&terms, &out, &sizes, o);
                        assert_eq!(
                            (given.flops(), given.largest_intermediate()),
                            (flops, largest),
                            "{case} order {o:?}"
                        );
                        (flops, largest)
                    })
                    .collect();
                let fitting = all.iter().filter(|c| c.1 <= cap).map(|c| c.0).min();
                let best = fitting.unwrap_or_else(|| all.iter().map(|c| c.0).min().unwrap());
                assert_eq!(flops, best, "{case}");
            }
        }
    }

    /// NumPy's report for `ij,jk,kl->il` at 10×20×30×40: the same order and FLOP counts.
    #[test]
    fn flops_are_counted_as_numpy_counts_them() {
        const EQ: Equation = Equation {
            text: "ij,jk,kl->il",
            names: &["i", "j", "k", "l"],
            inputs: &[
                Subscripts {
                    front: &[0, 1],
                    ellipsis: false,
                    back: &[],
                },
                Subscripts {
                    front: &[1, 2],
                    ellipsis: false,
                    back: &[],
                },
                Subscripts {
                    front: &[2, 3],
                    ellipsis: false,
                    back: &[],
                },
            ],
            output: Subscripts {
                front: &[0, 3],
                ellipsis: false,
                back: &[],
            },
        };
        let dims = [
            [10, 20, 1, 1, 1, 1],
            [20, 30, 1, 1, 1, 1],
            [30, 40, 1, 1, 1, 1],
        ];
        let plan = EinsumPath::new(&EQ, &[2, 2, 2], &dims, (2, [10, 40, 1, 1, 1, 1]), None);
        // np.einsum_path('ij,jk,kl->il', ..., optimize='optimal') on these sizes:
        // path [(0, 1), (0, 1)], naive 7.2e5, optimized 3.6e4, largest intermediate 4e2.
        assert_eq!(plan.steps(), &[(0, 1), (0, 1)]);
        assert_eq!(plan.naive_flops(), 10 * 20 * 30 * 40 * 3);
        assert_eq!(plan.flops(), 2 * 10 * 20 * 30 + 2 * 10 * 30 * 40);
        assert_eq!(plan.largest_intermediate(), 10 * 40); // NumPy counts the last result too
    }
}
