//! Slice kernels for reductions: accurate contiguous sums, and folds along one axis.
//!
//! A tensor reduced along `axis` is viewed as `(outer, n, inner)`: `n` is the axis length,
//! `inner` the product of the later axes. Contiguous sums (`inner == 1`, or the whole tensor) use
//! 16 independent accumulators inside pairwise-summed blocks: vectorizable, and the rounding error
//! grows with `log n` instead of `n`. Folds with `inner > 1` walk the data once, in order, with
//! a row of accumulators.
//!
//! **Threads and summation order.** Big inputs are split across threads
//! ([`crate::parallel`]) without changing any result, bit for bit, whatever the thread count:
//! - along an axis, the outputs are divided between threads and each output is still folded by
//!   one thread over its whole lane in order (`k = 0, 1, …, n-1`), or by the pairwise scheme
//!   below when the lane is contiguous;
//! - a whole contiguous [`sum`] is the fixed pairwise tree (halves, down to blocks of 256 summed
//!   in 16 lanes); threads each take whole subtrees of its top levels and their results are
//!   added in the tree's order, so the sum is the one-thread sum.

use crate::parallel;
use core::ops::Add;
use num_traits::Zero;

/// Inputs shorter than this many elements (per extra thread) are reduced on the calling thread.
pub const PAR_GRAIN: usize = 1 << 16;
/// Most subtrees of a whole-slice sum that run in parallel.
const MAX_LEAVES: usize = 64;

/// Lanes of independent accumulators (one AVX-512 register of `f32`).
const LANES: usize = 16;
/// Blocks up to this length are summed directly; longer ones are split in halves.
const BLOCK: usize = 256;

/// `(outer, n, inner)` of `dims` around `axis`.
pub fn split(dims: &[usize], axis: usize) -> (usize, usize, usize) {
    let outer = dims[..axis].iter().product();
    let inner = dims[axis + 1..].iter().product();
    (outer, dims[axis], inner)
}

/// Sum of a contiguous slice: pairwise over blocks, 16 accumulators within a block.
///
/// ```
/// let xs: Vec<f32> = (1..=1000).map(|i| i as f32).collect();
/// assert_eq!(tensorial::ops::reduce_kernel::sum(&xs), 500_500.0);
/// ```
pub fn sum<T: Copy + Zero + Add<Output = T> + Send + Sync>(xs: &[T]) -> T {
    sum_by(xs, |x| x)
}

/// Sum of `f(x)` over a contiguous slice, with the same pairwise, 16-lane scheme as [`sum`]
/// (`var`, `norm`: no temporary buffer, and no long sequential chain). Long slices are summed
/// on several threads with the same result (see the module docs).
///
/// ```
/// use tensorial::ops::reduce_kernel::sum_by;
/// assert_eq!(sum_by(&[1.0f64, 2.0, 3.0], |x| x * x), 14.0);
/// ```
pub fn sum_by<T: Copy + Sync, A: Copy + Zero + Add<Output = A> + Send>(
    xs: &[T],
    f: impl Fn(T) -> A + Copy + Sync,
) -> A {
    let tasks = parallel::tasks_for(xs.len(), PAR_GRAIN);
    if tasks <= 1 {
        return sum_tree(xs, f);
    }
    // The top `log2(leaves)` levels of the tree: every node there splits, since each holds at
    // least `PAR_GRAIN / MAX_LEAVES > BLOCK` elements.
    let leaves = tasks.next_power_of_two().min(MAX_LEAVES);
    let mut partial = [A::zero(); MAX_LEAVES];
    parallel::for_each_chunk_mut(&mut partial[..leaves], 1, 1, |first, chunk| {
        for (k, p) in chunk.iter_mut().enumerate() {
            *p = sum_tree(subtree(xs, first + k, leaves), f);
        }
    });
    let mut width = leaves;
    while width > 1 {
        width /= 2;
        for i in 0..width {
            partial[i] = partial[2 * i] + partial[2 * i + 1];
        }
    }
    partial[0]
}

/// Subtree `k` of `leaves` (a power of two) at that depth of [`sum_tree`]'s halving, in order.
fn subtree<T>(mut xs: &[T], k: usize, leaves: usize) -> &[T] {
    let mut bit = leaves / 2;
    while bit > 0 {
        let (a, b) = xs.split_at(xs.len() / 2);
        xs = if k & bit == 0 { a } else { b };
        bit /= 2;
    }
    xs
}

/// The pairwise sum of [`sum_by`] on the calling thread.
fn sum_tree<T: Copy, A: Copy + Zero + Add<Output = A>>(xs: &[T], f: impl Fn(T) -> A + Copy) -> A {
    if xs.len() > BLOCK {
        let (a, b) = xs.split_at(xs.len() / 2);
        return sum_tree(a, f) + sum_tree(b, f);
    }
    let mut acc = [A::zero(); LANES];
    let mut chunks = xs.chunks_exact(LANES);
    for chunk in &mut chunks {
        for (a, &x) in acc.iter_mut().zip(chunk) {
            *a = *a + f(x);
        }
    }
    let mut width = LANES;
    while width > 1 {
        width /= 2;
        for i in 0..width {
            acc[i] = acc[i] + acc[i + width];
        }
    }
    chunks.remainder().iter().fold(acc[0], |s, &x| s + f(x))
}

/// Folds a non-empty contiguous slice with an associative, commutative, idempotent `pick` (max,
/// min) in 16 independent lanes, so the loop vectorizes. The lanes are combined as a tree, and
/// the last partial chunk is folded as the (overlapping) last 16 elements, which idempotence
/// allows. Which of several equal candidates comes out is unspecified: callers that care fix it up.
///
/// Long slices are split across threads: each folds a contiguous part and the parts' results
/// are folded in order.
///
/// # Panics
/// On an empty slice.
pub fn fold_lanes<T: Copy + Send + Sync>(xs: &[T], pick: impl Fn(T, T) -> T + Copy + Sync) -> T {
    let tasks = parallel::tasks_for(xs.len(), PAR_GRAIN).min(MAX_LEAVES);
    if tasks <= 1 {
        return fold_lanes_here(xs, pick);
    }
    let per = xs.len().div_ceil(tasks); // so every part is non-empty
    let mut partial = [xs[0]; MAX_LEAVES];
    parallel::for_each_chunk_mut(&mut partial[..tasks], 1, 1, |first, chunk| {
        for (k, p) in chunk.iter_mut().enumerate() {
            let part = &xs[(first + k) * per..((first + k + 1) * per).min(xs.len())];
            *p = fold_lanes_here(part, pick);
        }
    });
    partial[1..tasks]
        .iter()
        .fold(partial[0], |a, &x| pick(a, x))
}

/// [`fold_lanes`] on the calling thread.
fn fold_lanes_here<T: Copy>(xs: &[T], pick: impl Fn(T, T) -> T) -> T {
    if xs.len() < LANES {
        return xs[1..].iter().fold(xs[0], |a, &x| pick(a, x));
    }
    let step = |acc: &mut [T; LANES], chunk: &[T]| {
        for (a, &x) in acc.iter_mut().zip(chunk) {
            *a = pick(*a, x);
        }
    };
    let mut acc: [T; LANES] = core::array::from_fn(|i| xs[i]);
    let mut chunks = xs[LANES..].chunks_exact(LANES);
    for chunk in &mut chunks {
        step(&mut acc, chunk);
    }
    if !chunks.remainder().is_empty() {
        step(&mut acc, &xs[xs.len() - LANES..]);
    }
    let mut width = LANES;
    while width > 1 {
        width /= 2;
        for i in 0..width {
            acc[i] = pick(acc[i], acc[i + width]);
        }
    }
    acc[0]
}

/// Position of the first element satisfying `pred`, tested 16 at a time into a bit mask (no
/// early exit inside a chunk, so the test vectorizes and the loop exit is one branch per chunk).
pub fn position<T: Copy>(xs: &[T], pred: impl Fn(T) -> bool) -> Option<usize> {
    let mask = |chunk: &[T]| {
        chunk
            .iter()
            .enumerate()
            .fold(0u32, |m, (i, &x)| m | (u32::from(pred(x)) << i))
    };
    let mut chunks = xs.chunks_exact(LANES);
    for (c, chunk) in (&mut chunks).enumerate() {
        let m = mask(chunk);
        if m != 0 {
            return Some(c * LANES + m.trailing_zeros() as usize);
        }
    }
    let rest = chunks.remainder();
    let m = mask(rest);
    (m != 0).then(|| xs.len() - rest.len() + m.trailing_zeros() as usize)
}

/// Calls `f(o, j0, part)` for pieces `part` of the output `out[o, j0..]` of a reduction
/// viewed as `(outer, n, inner)` (each piece within one `o`), on several threads for big
/// inputs. Each output is in exactly one piece, so per-output results do not depend on the
/// split.
pub(crate) fn par_outputs<O: Send>(
    out: &mut [O],
    (n, inner): (usize, usize),
    f: impl Fn(usize, usize, &mut [O]) + Sync,
) {
    let grain = (PAR_GRAIN / n.max(1)).max(1);
    let align = if inner > 1 { 16 } else { 1 }; // whole cache lines of columns per thread
    parallel::for_each_chunk_mut(out, grain, align, |first, chunk| {
        let (mut p, mut rest) = (first, chunk);
        while !rest.is_empty() {
            let (o, j0) = (p / inner, p % inner);
            let (part, tail) = rest.split_at_mut((inner - j0).min(rest.len()));
            f(o, j0, part);
            p += part.len();
            rest = tail;
        }
    });
}

/// `out[o] = f(row o)` for the contiguous rows of `n` elements of `data` (a reduction along
/// the last axis), on several threads for big inputs.
///
/// # Panics
/// When `data.len() != out.len() * n`.
pub fn for_each_row<T: Sync, O: Send>(
    data: &[T],
    n: usize,
    out: &mut [O],
    f: impl Fn(&[T]) -> O + Sync,
) {
    assert_eq!(data.len(), out.len() * n, "data length disagrees with dims");
    let grain = (PAR_GRAIN / n.max(1)).max(1);
    parallel::for_each_chunk_mut(out, grain, 1, |o, part| {
        wide(|| {
            for (i, dst) in part.iter_mut().enumerate() {
                *dst = f(&data[(o + i) * n..(o + i + 1) * n]);
            }
        });
    });
}

/// Rows up to this long take [`arg_short_rows`] for `argmax`/`argmin` along the last axis.
pub const SHORT_ROW: usize = 64;
/// Rows [`arg_short_rows`] walks side by side, one vector lane each.
const ROW_LANES: usize = 16;

/// `out[r]` = the position `k` in contiguous row `r` (rows of `n` elements, `1 <= n <=`
/// [`SHORT_ROW`]) that a left-to-right scan keeps: starting from element 0, element `k`
/// replaces the kept one when `take(kept, element)`. Short rows leave little for one row's
/// vector lanes to do, so 16 rows are scanned together, a lane per row, and the
/// whole result does not depend on the grouping or the thread split.
///
/// # Panics
/// When `n` is 0 or above [`SHORT_ROW`], or `data.len() != out.len() * n`.
///
/// ```
/// use tensorial::ops::reduce_kernel::arg_short_rows;
/// let mut out = [0; 2];
/// arg_short_rows(&[1, 5, 5, 9, 2, 3], 3, &mut out, |kept, x| x > kept); // argmax per row
/// assert_eq!(out, [1, 0]);
/// ```
pub fn arg_short_rows<T: Copy + Sync>(
    data: &[T],
    n: usize,
    out: &mut [usize],
    take: impl Fn(T, T) -> bool + Copy + Sync,
) {
    assert!((1..=SHORT_ROW).contains(&n), "row length {n} is not short");
    assert_eq!(data.len(), out.len() * n, "data length disagrees with dims");
    let grain = (PAR_GRAIN / n).max(1);
    parallel::for_each_chunk_mut(out, grain, ROW_LANES, |first, part| {
        wide(|| {
            let rows = &data[first * n..(first + part.len()) * n];
            let mut blocks = part.chunks_exact_mut(ROW_LANES);
            for (dst, block) in (&mut blocks).zip(rows.chunks_exact(ROW_LANES * n)) {
                arg_block(block, n, dst, take);
            }
            let rest = blocks.into_remainder();
            let tail = &rows[rows.len() - rest.len() * n..];
            for (dst, row) in rest.iter_mut().zip(tail.chunks_exact(n)) {
                let scan = row.iter().enumerate().skip(1);
                let kept = scan.fold(
                    (row[0], 0),
                    |(b, at), (k, &x)| {
                        if take(b, x) { (x, k) } else { (b, at) }
                    },
                );
                *dst = kept.1;
            }
        });
    });
}

/// [`arg_short_rows`] on [`ROW_LANES`] rows of `n`: branch-free selects, one lane per row.
// Inlined into `wide`'s per-ISA copies, so the lanes get that ISA's vectors.
#[allow(clippy::inline_always)]
#[inline(always)]
fn arg_block<T: Copy>(block: &[T], n: usize, out: &mut [usize], take: impl Fn(T, T) -> bool) {
    let mut kept: [T; ROW_LANES] = core::array::from_fn(|r| block[r * n]);
    let mut at = [0u32; ROW_LANES]; // n <= SHORT_ROW: positions fit, and u32 lanes match f32's
    for (k, k32) in (1..n).zip(1u32..) {
        for r in 0..ROW_LANES {
            let x = block[r * n + k];
            let t = take(kept[r], x);
            kept[r] = if t { x } else { kept[r] };
            at[r] = if t { k32 } else { at[r] };
        }
    }
    for (dst, &a) in out.iter_mut().zip(&at) {
        *dst = a as usize;
    }
}

/// Runs `f` compiled for the widest vectors the CPU has (AVX-512 or AVX2, detected at run
/// time; `f` and what it inlines are vectorized for them), else as built. Short rows spend most
/// of their time in per-row work (lane trees, searches) that wider vectors shorten.
#[inline]
fn wide<R>(f: impl FnOnce() -> R) -> R {
    #[cfg(all(feature = "std", target_arch = "x86_64"))]
    {
        #[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512dq,avx2,fma,bmi1,bmi2")]
        fn v4<R>(f: impl FnOnce() -> R) -> R {
            f()
        }
        #[target_feature(enable = "avx2,fma,bmi1,bmi2")]
        fn v3<R>(f: impl FnOnce() -> R) -> R {
            f()
        }
        if std::is_x86_feature_detected!("avx512f")
            && std::is_x86_feature_detected!("avx512bw")
            && std::is_x86_feature_detected!("avx512vl")
            && std::is_x86_feature_detected!("avx512dq")
            && std::is_x86_feature_detected!("bmi1")
            && std::is_x86_feature_detected!("bmi2")
        {
            // SAFETY: every feature `v4` enables was detected on this CPU just above.
            return unsafe { v4(f) };
        }
        if std::is_x86_feature_detected!("avx2")
            && std::is_x86_feature_detected!("fma")
            && std::is_x86_feature_detected!("bmi1")
            && std::is_x86_feature_detected!("bmi2")
        {
            // SAFETY: every feature `v3` enables was detected on this CPU just above.
            return unsafe { v3(f) };
        }
    }
    f()
}

fn check_dims<T, O>(data: &[T], (outer, n, inner): (usize, usize, usize), out: &[O]) {
    assert_eq!(
        data.len(),
        outer * n * inner,
        "data length disagrees with dims"
    );
    assert_eq!(
        out.len(),
        outer * inner,
        "output length disagrees with dims"
    );
}

/// `out[o, j] = fold over k of data[o, k, j]`, accumulating in `out` itself (reads `data` once,
/// in order). `step(acc, x, k)` sees the position `k` along the axis.
///
/// # Panics
/// When `out.len() != outer * inner` or `data.len() != outer * n * inner`.
pub fn fold_axis<T: Copy + Sync, A: Copy + Send + Sync>(
    data: &[T],
    dims: (usize, usize, usize),
    out: &mut [A],
    init: A,
    step: impl Fn(A, T, usize) -> A + Sync,
) {
    check_dims(data, dims, out);
    let (_, n, inner) = dims;
    par_outputs(out, (n, inner), |o, j0, acc| {
        acc.fill(init);
        let block = &data[o * n * inner..(o + 1) * n * inner];
        for (k, row) in block.chunks_exact(inner).enumerate() {
            for (a, &x) in acc.iter_mut().zip(&row[j0..]) {
                *a = step(*a, x, k);
            }
        }
    });
}

/// Like [`fold_axis`] with accumulators of a type other than the output: `init(i)` starts
/// output `i` (row-major over `(outer, inner)`), `finish` turns an accumulator into the output.
/// Uses a fixed stack row of accumulators, so no allocation.
///
/// # Panics
/// When `out.len() != outer * inner` or `data.len() != outer * n * inner`.
pub fn fold_axis_with<T: Copy + Sync, A: Copy, O: Send>(
    data: &[T],
    dims: (usize, usize, usize),
    out: &mut [O],
    init: impl Fn(usize) -> A + Sync,
    step: impl Fn(A, T, usize) -> A + Sync,
    finish: impl Fn(A) -> O + Sync,
) {
    const CHUNK: usize = 64;
    check_dims(data, dims, out);
    let (_, n, inner) = dims;
    par_outputs(out, (n, inner), |o, j0, part| {
        let block = &data[o * n * inner..(o + 1) * n * inner];
        if inner == 1 {
            // Contiguous lanes (the last axis): one accumulator per row.
            for (i, dst) in part.iter_mut().enumerate() {
                let row = &data[(o + i) * n..(o + i + 1) * n];
                let acc = row
                    .iter()
                    .enumerate()
                    .fold(init(o + i), |a, (k, &x)| step(a, x, k));
                *dst = finish(acc);
            }
            return;
        }
        for (c, dsts) in part.chunks_mut(CHUNK).enumerate() {
            let (j, width) = (j0 + c * CHUNK, dsts.len());
            let mut acc: [A; CHUNK] =
                core::array::from_fn(|t| init(o * inner + j + t.min(width - 1)));
            for (k, row) in block.chunks_exact(inner).enumerate() {
                for (a, &x) in acc[..width].iter_mut().zip(&row[j..j + width]) {
                    *a = step(*a, x, k);
                }
            }
            for (dst, &a) in dsts.iter_mut().zip(&acc) {
                *dst = finish(a);
            }
        }
    });
}

/// `out[o, k, j] = f(data[o, k, j], stat[o, j])`: combines every element with its lane's
/// statistic (softmax, layer norm), reading and writing in order.
///
/// # Panics
/// When a length disagrees with `(outer, n, inner)`.
pub fn zip_lanes<T: Copy, A: Copy, O>(
    data: &[T],
    (outer, n, inner): (usize, usize, usize),
    stat: &[A],
    out: &mut [O],
    f: impl Fn(T, A) -> O,
) {
    assert_eq!(
        data.len(),
        outer * n * inner,
        "data length disagrees with dims"
    );
    assert_eq!(out.len(), data.len(), "output length disagrees with dims");
    assert_eq!(
        stat.len(),
        outer * inner,
        "statistic length disagrees with dims"
    );
    if inner == 0 || n == 0 {
        return;
    }
    let blocks = out
        .chunks_exact_mut(n * inner)
        .zip(data.chunks_exact(n * inner));
    for ((o, x), s) in blocks.zip(stat.chunks_exact(inner)) {
        if inner == 1 {
            let s = s[0];
            for (o, &x) in o.iter_mut().zip(x) {
                *o = f(x, s);
            }
            continue;
        }
        for (o, x) in o.chunks_exact_mut(inner).zip(x.chunks_exact(inner)) {
            for ((o, &x), &s) in o.iter_mut().zip(x).zip(s) {
                *o = f(x, s);
            }
        }
    }
}

/// `data[o, k, j] = f(data[o, k, j], stat[o, j])` in place (see [`zip_lanes`]).
///
/// # Panics
/// When a length disagrees with `(outer, n, inner)`.
pub fn update_lanes<T: Copy, A: Copy>(
    data: &mut [T],
    (outer, n, inner): (usize, usize, usize),
    stat: &[A],
    f: impl Fn(T, A) -> T,
) {
    assert_eq!(
        data.len(),
        outer * n * inner,
        "data length disagrees with dims"
    );
    assert_eq!(
        stat.len(),
        outer * inner,
        "statistic length disagrees with dims"
    );
    if inner == 0 || n == 0 {
        return;
    }
    for (block, s) in data
        .chunks_exact_mut(n * inner)
        .zip(stat.chunks_exact(inner))
    {
        if inner == 1 {
            let s = s[0];
            for x in block {
                *x = f(*x, s);
            }
            continue;
        }
        for row in block.chunks_exact_mut(inner) {
            for (x, &s) in row.iter_mut().zip(s) {
                *x = f(*x, s);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairwise_sum_is_accurate() {
        // A million 1e-4 in f32: a sequential sum drifts once the total dwarfs each term.
        let xs = std::vec![1.0e-4_f32; 1_000_000];
        let exact = 100.0_f64;
        assert!((f64::from(sum(&xs)) - exact).abs() < 1e-3);
        let naive: f32 = xs.iter().sum();
        assert!(
            (f64::from(naive) - exact).abs() > 1e-3,
            "the test input must defeat a naive sum"
        );
    }

    #[test]
    fn folds_follow_the_axis() {
        let data: [i32; 24] = core::array::from_fn(|i| i32::try_from(i).unwrap());
        let mut out = [0; 8];
        fold_axis(&data, split(&[2, 3, 4], 1), &mut out, 0, |a, x, _| a + x);
        assert_eq!(out, [12, 15, 18, 21, 48, 51, 54, 57]);
        let mut arg = [0usize; 8];
        let argmax = |(b, bk): (i32, usize), x: i32, k: usize| if x > b { (x, k) } else { (b, bk) };
        fold_axis_with(
            &data,
            split(&[2, 3, 4], 1),
            &mut arg,
            |_| (i32::MIN, 0),
            argmax,
            |a| a.1,
        );
        assert_eq!(arg, [2; 8]);
    }

    /// `fold_axis` and `fold_axis_with` against per-output loops over `(outer, n, inner)` on
    /// random values, on 1, 2 and 3 threads: an order-dependent `step` that uses the position
    /// `k`, an `init` per output index (read from a slice, so a wrong index panics) and a
    /// `finish` of another type.
    #[test]
    fn axis_folds_match_naive_loops() {
        use crate::SeededRng;
        use std::vec::Vec;
        let mut rng = SeededRng::new(12);
        let mut draw = |len: usize| -> Vec<i64> {
            (0..len)
                .map(|_| i64::try_from(rng.below(2001)).unwrap() - 1000)
                .collect()
        };
        // `inner == 1` (the last axis, a branch of its own), rows of accumulators narrower and
        // wider than the 64-wide chunk, empty axes, and outputs enough to split across threads
        // (the split of (40, 64, 77) falls inside a row of 77 outputs).
        let dims = [
            (3, 5, 1),
            (1, 9, 1),
            (4, 0, 1),
            (2, 3, 4),
            (2, 5, 70),
            (3, 2, 0),
            (0, 3, 2),
            (3000, 50, 1),
            (40, 64, 77),
        ];
        for (outer, n, inner) in dims {
            let (data, inits) = (draw(outer * n * inner), draw(outer * inner));
            let init = |i: usize| inits[i];
            let step = |a: i64, x: i64, k: usize| {
                a.wrapping_mul(3)
                    .wrapping_add(x * (i64::try_from(k).unwrap() + 1))
            };
            let finish = |a: i64| (a, a % 7);
            let naive = |init: &dyn Fn(usize) -> i64| {
                let mut want = Vec::new();
                for o in 0..outer {
                    for j in 0..inner {
                        let mut a = init(o * inner + j);
                        for k in 0..n {
                            a = step(a, data[(o * n + k) * inner + j], k);
                        }
                        want.push(a);
                    }
                }
                want
            };
            let want_with: Vec<_> = naive(&init).into_iter().map(finish).collect();
            let want_plain = naive(&|_| 5);
            for threads in [1, 2, 3] {
                let what = alloc::format!(
                    "(outer, n, inner) = {:?}, {threads} threads",
                    (outer, n, inner)
                );
                let mut got = std::vec![(-1, -1); outer * inner];
                parallel::with_max_threads(threads, || {
                    fold_axis_with(&data, (outer, n, inner), &mut got, init, step, finish);
                });
                assert_eq!(got, want_with, "fold_axis_with {what}");
                let mut got = std::vec![-1; outer * inner];
                parallel::with_max_threads(threads, || {
                    fold_axis(&data, (outer, n, inner), &mut got, 5, step);
                });
                assert_eq!(got, want_plain, "fold_axis {what}");
            }
        }
    }

    /// Random `f32` in [-1, 1).
    fn random_f32(rng: &mut crate::SeededRng, len: usize) -> std::vec::Vec<f32> {
        #[allow(clippy::cast_possible_truncation)]
        (0..len)
            .map(|_| (rng.next_f64() * 2.0 - 1.0) as f32)
            .collect()
    }

    /// `sum` and `sum_by` give the same bits on 1, 2 and 3 threads (the one-thread pairwise
    /// tree), on slices shorter than a block, a few blocks long and long enough to split, and
    /// stay near the `f64` sum.
    #[test]
    fn sums_are_bit_identical_across_thread_counts() {
        let mut rng = crate::SeededRng::new(31);
        for len in [0, 1, 17, 200, 300, 5000, 4 * PAR_GRAIN + 37] {
            let xs = random_f32(&mut rng, len);
            let exact: f64 = xs.iter().map(|&x| f64::from(x)).sum();
            let scale: f64 = xs.iter().map(|&x| f64::from(x.abs())).sum();
            let square = |x: f32| f64::from(x) * f64::from(x);
            let one = parallel::with_max_threads(1, || sum(&xs));
            let squares = parallel::with_max_threads(1, || sum_by(&xs, square));
            for threads in [1, 2, 3] {
                let many = parallel::with_max_threads(threads, || sum(&xs));
                assert!(
                    (f64::from(many) - exact).abs() <= 1e-6 * scale,
                    "len {len}, {threads} threads: {many} vs {exact}"
                );
                assert_eq!(
                    many.to_bits(),
                    one.to_bits(),
                    "len {len}, {threads} threads"
                );
                let many = parallel::with_max_threads(threads, || sum_by(&xs, square));
                assert_eq!(
                    many.to_bits(),
                    squares.to_bits(),
                    "len {len}, {threads} threads"
                );
            }
        }
    }

    /// `fold_lanes` (max and min) against a sequential fold, on every length up to a few
    /// chunks of lanes and on a slice long enough to split across threads (its extremes planted
    /// away from the first part).
    #[test]
    fn fold_lanes_matches_a_sequential_fold() {
        let mut rng = crate::SeededRng::new(32);
        let max: fn(f32, f32) -> f32 = |a, b| if b > a { b } else { a };
        let min: fn(f32, f32) -> f32 = |a, b| if b < a { b } else { a };
        for len in (1..=40).chain([3 * PAR_GRAIN + 5]) {
            let mut xs = random_f32(&mut rng, len);
            if len > 40 {
                xs[len - 1] = 2.0;
                xs[len / 2 + 1] = -2.0;
            }
            for pick in [max, min] {
                let want = xs[1..].iter().fold(xs[0], |a, &x| pick(a, x));
                for threads in [1, 2, 3] {
                    let got = parallel::with_max_threads(threads, || fold_lanes(&xs, pick));
                    assert_eq!(
                        got.to_bits(),
                        want.to_bits(),
                        "len {len}, {threads} threads"
                    );
                }
            }
        }
    }

    /// `position` against `Iterator::position`: no match, one match at every position of every
    /// length up to three chunks, and two matches (the first wins).
    #[test]
    fn position_finds_the_first_match() {
        for len in 0..=50 {
            let none = std::vec![0u8; len];
            assert_eq!(position(&none, |x| x == 1), None, "len {len}");
            for at in 0..len {
                let mut xs = none.clone();
                xs[at] = 1;
                assert_eq!(position(&xs, |x| x == 1), Some(at), "len {len}, at {at}");
                xs[(at + 3).min(len - 1)] = 1;
                xs[len - 1] = 1;
                assert_eq!(
                    position(&xs, |x| x == 1),
                    Some(at),
                    "len {len}, at {at}, twice"
                );
            }
        }
    }

    /// `for_each_row` against per-row loops with an order-dependent row function, on 1, 2 and
    /// 3 threads (3000 rows of 50 split).
    #[test]
    fn for_each_row_matches_per_row_loops() {
        use std::vec::Vec;
        let weigh = |row: &[u32]| -> u64 { (1..).zip(row).map(|(k, &x)| k * u64::from(x)).sum() };
        for (rows, n) in [(0, 3), (5, 1), (7, 4), (3000, 50)] {
            let data: Vec<u32> = (0..rows * n)
                .map(|i| u32::try_from(i * 7 % 1009).unwrap())
                .collect();
            let want: Vec<u64> = data.chunks_exact(n).map(weigh).collect();
            for threads in [1, 2, 3] {
                let mut got = std::vec![u64::MAX; rows];
                parallel::with_max_threads(threads, || for_each_row(&data, n, &mut got, weigh));
                assert_eq!(got, want, "{rows} rows of {n}, {threads} threads");
            }
        }
    }

    /// `zip_lanes` and `update_lanes` against the index formula: element `(o, k, j)` meets
    /// statistic `(o, j)`.
    #[test]
    fn lanes_meet_their_statistic() {
        use std::vec::Vec;
        let f = |x: i64, s: i64| x * 10 + s;
        for (outer, n, inner) in [(2, 3, 4), (3, 5, 1), (2, 0, 3), (0, 2, 2), (2, 3, 0)] {
            let data: Vec<i64> = (0..outer * n * inner)
                .map(|i| i64::try_from(i).unwrap())
                .collect();
            let stat: Vec<i64> = (1..=outer * inner)
                .map(|i| 1000 * i64::try_from(i).unwrap())
                .collect();
            let want: Vec<i64> = (0..data.len())
                .map(|at| f(data[at], stat[at / (n * inner) * inner + at % inner]))
                .collect();
            let mut out = std::vec![-1; data.len()];
            zip_lanes(&data, (outer, n, inner), &stat, &mut out, f);
            assert_eq!(out, want, "zip_lanes {:?}", (outer, n, inner));
            let mut data = data;
            update_lanes(&mut data, (outer, n, inner), &stat, f);
            assert_eq!(data, want, "update_lanes {:?}", (outer, n, inner));
        }
    }

    /// `arg_short_rows` against a per-row scan, for argmax and argmin rules with ties and NaNs,
    /// row counts that leave partial blocks of lanes, and row lengths from 1 to `SHORT_ROW`.
    #[test]
    #[allow(clippy::eq_op, clippy::float_cmp)]
    fn arg_short_rows_matches_a_scan() {
        use crate::SeededRng;
        use std::vec::Vec;
        let mut rng = SeededRng::new(21);
        let argmax = |kept: f32, x: f32| kept == kept && (x > kept || x != x);
        let argmin = |kept: f32, x: f32| kept == kept && (x < kept || x != x);
        for n in [1, 2, 3, 17, 20, SHORT_ROW] {
            for rows in [0, 1, 15, 16, 37] {
                // Few distinct values (ties), and now and then a NaN.
                let data: Vec<f32> = (0..rows * n)
                    .map(|_| match rng.below(40) {
                        0 => f32::NAN,
                        v => f32::from(u8::try_from(v % 7).unwrap()) - 3.0,
                    })
                    .collect();
                for take in [argmax, argmin] {
                    let mut got = std::vec![usize::MAX; rows];
                    arg_short_rows(&data, n, &mut got, take);
                    let want: Vec<usize> = data
                        .chunks_exact(n)
                        .map(|row| {
                            (1..n).fold(0, |at, k| if take(row[at], row[k]) { k } else { at })
                        })
                        .collect();
                    assert_eq!(got, want, "n = {n}, rows = {rows}");
                }
            }
        }
    }
}
