//! Slice kernels for reductions: accurate contiguous sums, and folds along one axis.
//!
//! A tensor reduced along `axis` is viewed as `(outer, n, inner)`: `n` is the axis length,
//! `inner` the product of the later axes. Contiguous sums (`inner == 1`, or the whole tensor) use
//! 16 independent accumulators inside pairwise-summed blocks: vectorizable, and the rounding error
//! grows with `log n` instead of `n`. Folds with `inner > 1` walk the data once, in order, with
//! a row of accumulators.

use core::ops::Add;
use num_traits::Zero;

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
pub fn sum<T: Copy + Zero + Add<Output = T>>(xs: &[T]) -> T {
    sum_by(xs, |x| x)
}

/// Sum of `f(x)` over a contiguous slice, with the same pairwise, 16-lane scheme as [`sum`]
/// (`var`, `norm`: no temporary buffer, and no long sequential chain).
pub fn sum_by<T: Copy, A: Copy + Zero + Add<Output = A>>(xs: &[T], f: impl Fn(T) -> A + Copy) -> A {
    if xs.len() > BLOCK {
        let (a, b) = xs.split_at(xs.len() / 2);
        return sum_by(a, f) + sum_by(b, f);
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
/// # Panics
/// On an empty slice.
pub fn fold_lanes<T: Copy>(xs: &[T], pick: impl Fn(T, T) -> T) -> T {
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

/// `out[o, j] = fold over k of data[o, k, j]`, accumulating in `out` itself (reads `data` once,
/// in order). `step(acc, x, k)` sees the position `k` along the axis.
///
/// # Panics
/// When `out.len() != outer * inner` or `data.len() != outer * n * inner`.
pub fn fold_axis<T: Copy, A: Copy>(
    data: &[T],
    (outer, n, inner): (usize, usize, usize),
    out: &mut [A],
    init: A,
    step: impl Fn(A, T, usize) -> A,
) {
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
    if inner == 0 {
        return;
    }
    for (o, acc) in out.chunks_exact_mut(inner).enumerate() {
        acc.fill(init);
        let block = &data[o * n * inner..(o + 1) * n * inner];
        for (k, row) in block.chunks_exact(inner).enumerate() {
            for (a, &x) in acc.iter_mut().zip(row) {
                *a = step(*a, x, k);
            }
        }
    }
}

/// Like [`fold_axis`] with accumulators of a type other than the output: `init(i)` starts
/// output `i` (row-major over `(outer, inner)`), `finish` turns an accumulator into the output.
/// Uses a fixed stack row of accumulators, so no allocation.
///
/// # Panics
/// When `out.len() != outer * inner` or `data.len() != outer * n * inner`.
pub fn fold_axis_with<T: Copy, A: Copy, O>(
    data: &[T],
    (outer, n, inner): (usize, usize, usize),
    out: &mut [O],
    init: impl Fn(usize) -> A,
    step: impl Fn(A, T, usize) -> A,
    finish: impl Fn(A) -> O,
) {
    const CHUNK: usize = 64;
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
    if inner == 1 {
        // Contiguous lanes (the last axis): one accumulator per row, no row of them to set up.
        for (o, dst) in out.iter_mut().enumerate() {
            let row = &data[o * n..(o + 1) * n];
            let acc = row
                .iter()
                .enumerate()
                .fold(init(o), |a, (k, &x)| step(a, x, k));
            *dst = finish(acc);
        }
        return;
    }
    for o in 0..outer {
        let block = &data[o * n * inner..(o + 1) * n * inner];
        for j0 in (0..inner).step_by(CHUNK) {
            let width = CHUNK.min(inner - j0);
            let mut acc: [A; CHUNK] =
                core::array::from_fn(|j| init(o * inner + j0 + j.min(width - 1)));
            for (k, row) in block.chunks_exact(inner).enumerate() {
                for (a, &x) in acc[..width].iter_mut().zip(&row[j0..j0 + width]) {
                    *a = step(*a, x, k);
                }
            }
            for (dst, &a) in out[o * inner + j0..o * inner + j0 + width]
                .iter_mut()
                .zip(&acc)
            {
                *dst = finish(a);
            }
        }
    }
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

    /// `fold_axis_with` against per-output loops over `(outer, n, inner)` on random values: an
    /// order-dependent `step` that uses the position `k`, an `init` per output index (read from
    /// a slice, so a wrong index panics) and a `finish` of another type.
    #[test]
    fn fold_axis_with_matches_naive_loops() {
        use crate::SeededRng;
        use std::vec::Vec;
        let mut rng = SeededRng::new(12);
        let mut draw = |len: usize| -> Vec<i64> {
            (0..len)
                .map(|_| i64::try_from(rng.below(2001)).unwrap() - 1000)
                .collect()
        };
        // `inner == 1` (the last axis, a branch of its own), rows of accumulators narrower and
        // wider than the 64-wide chunk, and empty axes.
        let dims = [
            (3, 5, 1),
            (1, 9, 1),
            (4, 0, 1),
            (2, 3, 4),
            (2, 5, 70),
            (3, 2, 0),
            (0, 3, 2),
        ];
        for (outer, n, inner) in dims {
            let (data, inits) = (draw(outer * n * inner), draw(outer * inner));
            let init = |i: usize| inits[i];
            let step = |a: i64, x: i64, k: usize| a * 3 + x * (i64::try_from(k).unwrap() + 1);
            let finish = |a: i64| (a, a % 7);
            let mut want = Vec::new();
            for o in 0..outer {
                for j in 0..inner {
                    let mut a = init(o * inner + j);
                    for k in 0..n {
                        a = step(a, data[(o * n + k) * inner + j], k);
                    }
                    want.push(finish(a));
                }
            }
            let mut got = std::vec![(-1, -1); outer * inner];
            fold_axis_with(&data, (outer, n, inner), &mut got, init, step, finish);
            assert_eq!(got, want, "(outer, n, inner) = {:?}", (outer, n, inner));
        }
    }
}
