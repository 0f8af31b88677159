//! Reductions of a whole contiguous slice of elements: the kernels behind [`Tensor::sum`],
//! `mean`, `max`, `argmax`, … and the same methods of a contiguous
//! [`View`](crate::view::View) (a row, a whole tensor, a tensor of a memory-mapped file), which
//! reads its elements in place and so gets the tensor's result bit for bit.
//!
//! [`Tensor::sum`]: crate::Tensor::sum

use super::reduce::count;
use super::reduce_kernel as kernel;
use crate::Elem;
use core::ops::Mul;
use num_traits::{Float, One};

/// Sum (pairwise, in lanes).
pub(crate) use super::reduce_kernel::sum;

/// The larger of `acc` and `x`, NaN-propagating (NumPy `max`).
#[allow(clippy::eq_op)]
pub(crate) fn max_step<T: PartialOrd + Copy>(acc: T, x: T) -> T {
    if x > acc || x != x { x } else { acc }
}

/// The smaller of `acc` and `x`, NaN-propagating (NumPy `min`).
#[allow(clippy::eq_op)]
pub(crate) fn min_step<T: PartialOrd + Copy>(acc: T, x: T) -> T {
    if x < acc || x != x { x } else { acc }
}

/// `pick` (`max_step` or `min_step`) folded over a non-empty contiguous slice, vectorized in
/// lanes, with exactly the result of the in-order fold: the last NaN if there is one, else the
/// first element equal to the extreme (which matters only for the sign of a zero).
#[allow(clippy::eq_op)]
pub(crate) fn contiguous_extreme<T: Elem + PartialOrd>(
    xs: &[T],
    pick: impl Fn(T, T) -> T + Copy + Sync,
) -> T {
    let m = kernel::fold_lanes(xs, pick);
    if m != m {
        return *xs.iter().rev().find(|&&x| x != x).unwrap_or(&m);
    }
    if m == T::default() {
        return *xs.iter().find(|&&x| x == m).unwrap_or(&m);
    }
    m
}

/// Position of the first extreme (`pick` is `max_step` or `min_step`) of a non-empty contiguous
/// slice, or of its first NaN: the in-order `arg_step` fold's answer, found as the vectorized
/// extreme followed by a search for it.
#[allow(clippy::eq_op)]
pub(crate) fn contiguous_arg<T: Elem + PartialOrd>(
    xs: &[T],
    pick: impl Fn(T, T) -> T + Copy + Sync,
) -> usize {
    let m = kernel::fold_lanes(xs, pick);
    let at = if m == m {
        kernel::position(xs, |x| x == m)
    } else {
        xs.iter().position(|&x| x != x) // the first NaN
    };
    at.unwrap_or(0)
}

/// Position of the first best element of a non-empty slice (`better` is `x > best` or
/// `x < best`), or of its first NaN: [`arg_step`]'s rule folded left to right.
#[allow(clippy::eq_op)]
fn first_arg<T: PartialOrd + Copy>(xs: &[T], better: impl Fn(T, T) -> bool) -> usize {
    let scan = xs.iter().enumerate().skip(1);
    let take = |best: T, x: T| best == best && (better(x, best) || x != x);
    scan.fold(
        (xs[0], 0),
        |(best, at), (k, &x)| {
            if take(best, x) { (x, k) } else { (best, at) }
        },
    )
    .1
}

/// Product of all elements (1 for none), in order.
pub(crate) fn prod<T: Elem + One + Mul<Output = T>>(xs: &[T]) -> T {
    xs.iter().fold(T::one(), |a, &x| a * x)
}

/// Mean (NaN for no elements).
pub(crate) fn mean<T: Elem + Float>(xs: &[T]) -> T {
    kernel::sum(xs) / count::<T>(xs.len())
}

/// Variance, `mean((x − mean)²)` (NumPy `var`, `ddof=0`).
pub(crate) fn var<T: Elem + Float>(xs: &[T]) -> T {
    let mean = mean(xs);
    kernel::sum_by(xs, |x| (x - mean) * (x - mean)) / count::<T>(xs.len())
}

/// Euclidean norm, `sqrt(Σ x²)`.
pub(crate) fn norm<T: Elem + Float>(xs: &[T]) -> T {
    kernel::sum_by(xs, |x| x * x).sqrt()
}

/// Largest element, NaN if any is NaN.
///
/// # Panics
/// On an empty slice.
pub(crate) fn max<T: Elem + PartialOrd>(xs: &[T]) -> T {
    assert!(!xs.is_empty(), "max of an empty tensor");
    contiguous_extreme(xs, max_step)
}

/// Smallest element, NaN if any is NaN.
///
/// # Panics
/// On an empty slice.
pub(crate) fn min<T: Elem + PartialOrd>(xs: &[T]) -> T {
    assert!(!xs.is_empty(), "min of an empty tensor");
    contiguous_extreme(xs, min_step)
}

/// Position of the first largest element, or of the first NaN.
///
/// # Panics
/// On an empty slice.
pub(crate) fn argmax<T: Elem + PartialOrd>(xs: &[T], in_order: bool) -> usize {
    arg_best(xs, |x, best| x > best, max_step, in_order)
}

/// Position of the first smallest element, or of the first NaN.
///
/// # Panics
/// On an empty slice.
pub(crate) fn argmin<T: Elem + PartialOrd>(xs: &[T], in_order: bool) -> usize {
    arg_best(xs, |x, best| x < best, min_step, in_order)
}

/// `better` and `pick` must agree: `x > best` with `max_step`, `x < best` with `min_step`.
/// `in_order` picks the one-pass scan ([`first_arg`], for short slices of a known length)
/// over the vectorized extreme and search ([`contiguous_arg`]); both give the same answer.
fn arg_best<T: Elem + PartialOrd>(
    xs: &[T],
    better: impl Fn(T, T) -> bool + Copy,
    pick: impl Fn(T, T) -> T + Copy + Sync,
    in_order: bool,
) -> usize {
    assert!(!xs.is_empty(), "argmax/argmin of an empty tensor");
    if in_order {
        first_arg(xs, better)
    } else {
        contiguous_arg(xs, pick)
    }
}
