//! Reductions over the whole tensor and along a typed axis: `sum`, `mean`, `var`, `std`, `max`,
//! `min`, `prod`, `argmax`, `argmin`, `any`, `all`.
//!
//! Along an axis `AX` (an [`Axis`], negative counts from the end) the `_axis` form removes the
//! axis from the result's type and the `_keepdims` form turns it into a [`Bcast`](crate::Bcast)
//! axis, so the result broadcasts straight back: `&x - &x.max_keepdims::<-1>()`.

use super::const_msg::Msg;
use super::kernel::math::arg_rows::{self, Extreme};
use super::reduce_kernel::{self as kernel, split};
use super::reduce_whole::{self as whole, contiguous_arg, contiguous_extreme, max_step, min_step};
use crate::storage::Kind;
use crate::{Axis, Elem, Shape, Tensor};
use core::ops::{Add, Mul};
use num_traits::{Float, One, Zero};

type Removed<S, const AX: isize> = <S as Axis<AX>>::Removed;
type Kept<S, const AX: isize> = <S as Axis<AX>>::Kept;

/// Keeps the first position of the best value; a NaN (`x != x`) wins and stays (NumPy `argmax`).
#[allow(clippy::eq_op)]
fn arg_step<T: PartialOrd + Copy>(
    better: impl Fn(T, T) -> bool + Copy + Sync,
) -> impl Fn((T, usize), T, usize) -> (T, usize) + Sync {
    move |(best, at), x, k| {
        let best_is_nan = best != best;
        if !best_is_nan && (better(x, best) || x != x) {
            (x, k)
        } else {
            (best, at)
        }
    }
}

/// **Reductions** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Sum of all elements (pairwise, 16 accumulators: fast and accurate).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[1, 2], [3, 4]].sum(), 10);
    /// ```
    #[must_use]
    pub fn sum(&self) -> T
    where
        T: Zero + Add<Output = T>,
    {
        kernel::sum(self.as_slice())
    }

    /// Product of all elements (1 for an empty tensor).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[1, 2], [3, 4]].prod(), 24);
    /// ```
    #[must_use]
    pub fn prod(&self) -> T
    where
        T: One + Mul<Output = T>,
    {
        whole::prod(self.as_slice())
    }

    /// Mean of all elements (NaN for an empty tensor).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1.0, 2.0, 6.0].mean(), 3.0);
    /// ```
    #[must_use]
    pub fn mean(&self) -> T
    where
        T: Float,
    {
        whole::mean(self.as_slice())
    }

    /// Variance of all elements, `mean((x - mean)²)` (NumPy `var`, `ddof=0`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1.0, 3.0].var(), 1.0);
    /// ```
    #[must_use]
    pub fn var(&self) -> T
    where
        T: Float,
    {
        whole::var(self.as_slice())
    }

    /// Standard deviation of all elements (NumPy `std`, `ddof=0`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1.0, 3.0].std(), 1.0);
    /// ```
    #[must_use]
    pub fn std(&self) -> T
    where
        T: Float,
    {
        self.var().sqrt()
    }

    /// Euclidean (Frobenius) norm of all elements, `sqrt(sum(x²))` (NumPy `np.linalg.norm(x)`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[3.0, 0.0], [0.0, 4.0]].norm(), 5.0);
    /// ```
    #[must_use]
    pub fn norm(&self) -> T
    where
        T: Float,
    {
        whole::norm(self.as_slice())
    }

    /// Largest element; NaN if any element is NaN (NumPy `max`).
    ///
    /// # Panics
    /// On an empty tensor (as NumPy raises).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[1, 7], [3, 4]].max(), 7);
    /// ```
    #[must_use]
    pub fn max(&self) -> T
    where
        T: PartialOrd,
    {
        whole::max(self.as_slice())
    }

    /// Smallest element; NaN if any element is NaN (NumPy `min`).
    ///
    /// # Panics
    /// On an empty tensor (as NumPy raises).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[1, 7], [3, 4]].min(), 1);
    /// ```
    #[must_use]
    pub fn min(&self) -> T
    where
        T: PartialOrd,
    {
        whole::min(self.as_slice())
    }

    /// Row-major position of the first largest element (the first NaN if any), as NumPy's
    /// `argmax` without an axis; `S::unravel` turns it into a multi-index.
    ///
    /// # Panics
    /// On an empty tensor.
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Shape};
    /// let x = tensor![[1, 7], [7, 4]];
    /// assert_eq!(x.argmax(), 1);
    /// assert_eq!(Rank2::<2, 2>::unravel(x.argmax()), [0, 1]);
    /// ```
    #[must_use]
    pub fn argmax(&self) -> usize
    where
        T: PartialOrd,
    {
        let (xs, in_order) = self.arg_slice();
        whole::argmax(xs, in_order)
    }

    /// Row-major position of the first smallest element (the first NaN if any).
    ///
    /// # Panics
    /// On an empty tensor.
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![3, 1, 1].argmin(), 1);
    /// ```
    #[must_use]
    pub fn argmin(&self) -> usize
    where
        T: PartialOrd,
    {
        let (xs, in_order) = self.arg_slice();
        whole::argmin(xs, in_order)
    }

    /// The elements for `argmax`/`argmin`, and whether to scan them in order: small inline
    /// tensors take one compare per element, with no lane fold and second search compiled in
    /// (a classifier's `logits.argmax()`), over a slice of the shape's constant length.
    fn arg_slice(&self) -> (&[T], bool) {
        if K::INLINE && S::NUMEL <= kernel::SHORT_ROW {
            (&self.as_slice()[..S::NUMEL], true)
        } else {
            (self.as_slice(), false)
        }
    }
}

/// **Reductions** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// The number of elements that are not zero (not `false` for `bool`; NaN counts), NumPy
    /// `np.count_nonzero(x)`.
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[0.0, 1.5], [-0.0, f64::NAN]].count_nonzero(), 2);
    /// assert_eq!(tensor![true, false, true].count_nonzero(), 2);
    /// ```
    #[must_use]
    pub fn count_nonzero(&self) -> usize {
        self.iter().filter(|&&v| v != T::default()).count()
    }
}

/// **Reductions** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<S: Shape, K: Kind> Tensor<bool, S, K> {
    /// `true` if any element is `true` (NumPy `any`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert!(tensor![1, 5].gt(3).any());
    /// ```
    #[must_use]
    pub fn any(&self) -> bool {
        self.iter().any(|&b| b)
    }

    /// `true` if every element is `true` (NumPy `all`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert!(!tensor![1, 5].gt(3).all());
    /// ```
    #[must_use]
    pub fn all(&self) -> bool {
        self.iter().all(|&b| b)
    }
}

/// Panics (at compile time, when called in `const`) unless `A` is a non-negative axis before
/// axis `B` of `S`: the order in which two-axis reductions remove them.
const fn check_axis_pair<S: Axis<A> + Axis<B>, const A: isize, const B: isize>(op: &str) {
    if A < 0 || <S as Axis<A>>::INDEX >= <S as Axis<B>>::INDEX {
        let msg = Msg::new(op)
            .str("::<")
            .int(A)
            .str(", ")
            .int(B)
            .str(">: give the first axis as a non-negative index before the second (the second may count from the end)");
        panic!("{}", msg.as_str());
    }
}

/// Generates `NAME_axis::<AX>()` (axis removed) and `NAME_keepdims::<AX>()` (axis kept as
/// `Bcast`) from a method `NAME_into::<AX, S2>()` computing into any shape with the right dims.
macro_rules! axis_reductions {
    ($($(#[$doc:meta])* $axis:ident $keep:ident => $into:ident -> $Out:ty where [$($bound:tt)*];)*) => {$(
        $(#[$doc])*
        #[must_use]
        pub fn $axis<const AX: isize>(&self) -> Tensor<$Out, Removed<S, AX>, K>
        where
            S: Axis<AX>,
            $($bound)*
        {
            Self::$into::<AX, Removed<S, AX>>(self.as_slice())
        }

        #[doc = concat!("Like [`", stringify!($axis), "`](Self::", stringify!($axis), ") but keeps the axis as `Bcast` (NumPy `keepdims=True`),")]
        /// so the result broadcasts back against `self`.
        ///
        /// ```
        /// use tensorial::tensor;
        /// let x = tensor![[1.0, 2.0], [3.0, 5.0]];
        #[doc = concat!("let r = x.", stringify!($keep), "::<1>();")]
        /// assert_eq!(r.shape(), [2, 1]);
        /// let _ = &x - &r.cast::<f64>(); // broadcasts back
        /// ```
        #[must_use]
        pub fn $keep<const AX: isize>(&self) -> Tensor<$Out, Kept<S, AX>, K>
        where
            S: Axis<AX>,
            $($bound)*
        {
            Self::$into::<AX, Kept<S, AX>>(self.as_slice())
        }
    )*};
}

/// **Reductions** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    axis_reductions! {
        /// Sums along axis `AX`, removing it (NumPy `x.sum(axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// let x = tensor![[1, 2, 3], [4, 5, 6]];
        /// assert_eq!(x.sum_axis::<0>().as_slice(), &[5, 7, 9]);
        /// assert_eq!(x.sum_axis::<-1>().as_slice(), &[6, 15]);
        /// ```
        sum_axis sum_keepdims => sum_into -> T where [T: Zero + Add<Output = T>];
        /// Multiplies along axis `AX`, removing it (NumPy `x.prod(axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![[1, 2], [3, 4]].prod_axis::<0>().as_slice(), &[3, 8]);
        /// ```
        prod_axis prod_keepdims => prod_into -> T where [T: One + Mul<Output = T>];
        /// Means along axis `AX`, removing it (NumPy `x.mean(axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![[1.0, 2.0], [3.0, 6.0]].mean_axis::<1>().as_slice(), &[1.5, 4.5]);
        /// ```
        mean_axis mean_keepdims => mean_into -> T where [T: Float];
        /// Variance along axis `AX` (`ddof=0`), removing it (NumPy `x.var(axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![[1.0, 3.0], [2.0, 2.0]].var_axis::<1>().as_slice(), &[1.0, 0.0]);
        /// ```
        var_axis var_keepdims => var_into -> T where [T: Float];
        /// Standard deviation along axis `AX` (`ddof=0`), removing it (NumPy `x.std(axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![[1.0, 3.0], [2.0, 2.0]].std_axis::<1>().as_slice(), &[1.0, 0.0]);
        /// ```
        std_axis std_keepdims => std_into -> T where [T: Float];
        /// Euclidean norm along axis `AX`, removing it (NumPy `np.linalg.norm(x, axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![[3.0, 4.0], [0.0, 2.0]].norm_axis::<1>().as_slice(), &[5.0, 2.0]);
        /// ```
        norm_axis norm_keepdims => norm_into -> T where [T: Float];
        /// Maximum along axis `AX`, NaN-propagating, removing it (NumPy `x.max(axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![[1, 9], [3, 4]].max_axis::<0>().as_slice(), &[3, 9]);
        /// ```
        max_axis max_keepdims => max_into -> T where [T: PartialOrd];
        /// Minimum along axis `AX`, NaN-propagating, removing it (NumPy `x.min(axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![[1, 9], [3, 4]].min_axis::<1>().as_slice(), &[1, 3]);
        /// ```
        min_axis min_keepdims => min_into -> T where [T: PartialOrd];
        /// Position of the first maximum along axis `AX`, removing it (NumPy `x.argmax(axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![[1, 9, 9], [8, 4, 2]].argmax_axis::<1>().as_slice(), &[1, 0]);
        /// ```
        argmax_axis argmax_keepdims => argmax_into -> usize where [T: PartialOrd];
        /// Position of the first minimum along axis `AX`, removing it (NumPy `x.argmin(axis=AX)`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![[1, 9, 0], [8, 4, 2]].argmin_axis::<1>().as_slice(), &[2, 2]);
        /// ```
        argmin_axis argmin_keepdims => argmin_into -> usize where [T: PartialOrd];
    }

    /// Sums over the two axes `A` and `B`, removing both (NumPy `x.sum(axis=(A, B))`).
    ///
    /// `A` is a non-negative axis before `B`; `B` may count from the end. Another order is a
    /// compile error (reported by `cargo build`). Computed as `sum_axis::<B>()` then
    /// `sum_axis::<A>()`.
    ///
    /// ```
    /// use tensorial::{Rank1, Rank3, Tensor};
    /// let x = Tensor::<i32, Rank3<2, 3, 4>>::arange();
    /// let s: Tensor<i32, Rank1<3>> = x.sum_axes::<0, 2>(); // x.sum(axis=(0, 2))
    /// assert_eq!(s.as_slice(), &[60, 92, 124]);
    /// assert_eq!(x.sum_axes::<0, -1>(), s);
    /// ```
    ///
    /// ```compile_fail
    /// let x = tensorial::Tensor::<i32, tensorial::Rank3<2, 3, 4>>::arange();
    /// let _ = x.sum_axes::<2, 0>(); // the first axis must come first
    /// ```
    #[must_use]
    pub fn sum_axes<const A: isize, const B: isize>(
        &self,
    ) -> Tensor<T, Removed<Removed<S, B>, A>, K>
    where
        S: Axis<A> + Axis<B>,
        Removed<S, B>: Axis<A>,
        T: Zero + Add<Output = T>,
    {
        const { check_axis_pair::<S, A, B>("sum_axes") };
        self.sum_axis::<B>().sum_axis::<A>()
    }

    /// Means over the two axes `A` and `B`, removing both (NumPy `x.mean(axis=(A, B))`);
    /// axes as for [`sum_axes`](Self::sum_axes).
    ///
    /// ```
    /// use tensorial::{Rank3, Tensor};
    /// let x = Tensor::<f64, Rank3<2, 3, 4>>::arange();
    /// assert_eq!(x.mean_axes::<0, 2>().as_slice(), &[7.5, 11.5, 15.5]);
    /// ```
    #[must_use]
    pub fn mean_axes<const A: isize, const B: isize>(
        &self,
    ) -> Tensor<T, Removed<Removed<S, B>, A>, K>
    where
        S: Axis<A> + Axis<B>,
        Removed<S, B>: Axis<A>,
        T: Float,
    {
        const { check_axis_pair::<S, A, B>("mean_axes") };
        let n: T = count(
            <<S as Axis<A>>::Dim as crate::Dim>::SIZE * <<S as Axis<B>>::Dim as crate::Dim>::SIZE,
        );
        self.sum_axes::<A, B>().into_map(|s| s / n)
    }

    /// `(outer, n, inner)` around axis `AX`.
    pub(crate) fn split<const AX: isize>() -> (usize, usize, usize)
    where
        S: Axis<AX>,
    {
        split(S::DIMS.as_ref(), <S as Axis<AX>>::INDEX)
    }

    // The `NAME_into::<AX, S2>(data)` reductions read `data`, the row-major elements of a
    // tensor of shape `S` (its own, or a contiguous view's, which so computes the same), and
    // write a tensor of any shape `S2` with the dims of `S` without axis `AX`.

    pub(crate) fn sum_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
        T: Zero + Add<Output = T>,
    {
        let (outer, n, inner) = Self::split::<AX>();
        Tensor::build(|out| {
            if inner == 1 {
                kernel::for_each_row(data, n, out, kernel::sum);
            } else {
                kernel::fold_axis(data, (outer, n, inner), out, T::zero(), |a, x, _| a + x);
            }
        })
    }

    pub(crate) fn prod_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
        T: One + Mul<Output = T>,
    {
        let dims = Self::split::<AX>();
        Tensor::build(|out| {
            kernel::fold_axis(data, dims, out, T::one(), |a, x, _| a * x);
        })
    }

    pub(crate) fn mean_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
        T: Float,
    {
        let n: T = count::<T>(<<S as Axis<AX>>::Dim as crate::Dim>::SIZE);
        Self::sum_into::<AX, S2>(data).into_map(|s| s / n)
    }

    pub(crate) fn var_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
        T: Float,
    {
        let n: T = count::<T>(<<S as Axis<AX>>::Dim as crate::Dim>::SIZE);
        let mut var = Self::mean_into::<AX, S2>(data);
        let dims = Self::split::<AX>();
        if let (_, len, 1) = dims {
            // Contiguous lanes: pairwise sums of squared deviations, as for `sum`.
            let means = var.clone();
            let means = means.as_slice();
            kernel::par_outputs(var.as_mut_slice(), (len, 1), |o, _, part| {
                for (i, v) in part.iter_mut().enumerate() {
                    let (m, lane) = (means[o + i], &data[(o + i) * len..(o + i + 1) * len]);
                    *v = kernel::sum_by(lane, |x| (x - m) * (x - m)) / n;
                }
            });
            return var;
        }
        let square = |(m, s): (T, T), x: T, _| (m, s + (x - m) * (x - m));
        let means = var.clone();
        let means = means.as_slice();
        let init = |i: usize| (means[i], T::zero());
        kernel::fold_axis_with(data, dims, var.as_mut_slice(), init, square, |(_, s)| s / n);
        var
    }

    pub(crate) fn std_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
        T: Float,
    {
        Self::var_into::<AX, S2>(data).into_map(T::sqrt)
    }

    pub(crate) fn norm_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
        T: Float,
    {
        let dims = Self::split::<AX>();
        let mut out = Tensor::build(|out| {
            kernel::fold_axis(data, dims, out, T::zero(), |a, x, _| a + x * x);
        });
        out.map_inplace(T::sqrt);
        out
    }

    pub(crate) fn max_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
        T: PartialOrd,
    {
        Self::extreme_into::<AX, S2>(data, max_step)
    }

    pub(crate) fn min_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
        T: PartialOrd,
    {
        Self::extreme_into::<AX, S2>(data, min_step)
    }

    /// Folds with `pick`, starting from the first element along the axis (an empty axis leaves
    /// nothing to reduce only when the result is empty too, since `n == 0` with outputs panics).
    fn extreme_into<const AX: isize, S2: Shape>(
        data: &[T],
        pick: impl Fn(T, T) -> T + Copy + Sync,
    ) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
        T: PartialOrd,
    {
        let (outer, n, inner) = Self::split::<AX>();
        assert!(n > 0 || outer * inner == 0, "max/min along an empty axis");
        if inner == 1 {
            return Tensor::build(|out| {
                kernel::for_each_row(data, n, out, |row| contiguous_extreme(row, pick));
            });
        }
        let first = |i: usize| data[(i / inner.max(1)) * n * inner + i % inner.max(1)];
        Tensor::build(|out| {
            kernel::fold_axis_with(
                data,
                (outer, n, inner),
                out,
                first,
                |a, x, _| pick(a, x),
                |a| a,
            );
        })
    }

    pub(crate) fn argmax_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<usize, S2, K>
    where
        S: Axis<AX>,
        T: PartialOrd,
    {
        Self::arg_into::<AX, S2>(data, |x, best| x > best, max_step, Extreme::Max)
    }

    pub(crate) fn argmin_into<const AX: isize, S2: Shape>(data: &[T]) -> Tensor<usize, S2, K>
    where
        S: Axis<AX>,
        T: PartialOrd,
    {
        Self::arg_into::<AX, S2>(data, |x, best| x < best, min_step, Extreme::Min)
    }

    /// `better`, `pick` and `which` must agree: `x > best` with `max_step` and `Max`, `x < best`
    /// with `min_step` and `Min`.
    fn arg_into<const AX: isize, S2: Shape>(
        data: &[T],
        better: impl Fn(T, T) -> bool + Copy + Sync,
        pick: impl Fn(T, T) -> T + Copy + Sync,
        which: Extreme,
    ) -> Tensor<usize, S2, K>
    where
        S: Axis<AX>,
        T: PartialOrd,
    {
        let (outer, n, inner) = Self::split::<AX>();
        assert!(
            n > 0 || outer * inner == 0,
            "argmax/argmin along an empty axis"
        );
        if let Some((isa, rows)) = arg_rows::rows_for(data, n).filter(|_| inner == 1) {
            // `f32` rows of one vector or more: a vector kernel per row.
            return Tensor::build(|out| arg_rows::arg_rows(isa, rows, n, out, which));
        }
        if inner == 1 && (1..=kernel::SHORT_ROW).contains(&n) {
            // `arg_step`'s rule as a test on (kept, x).
            #[allow(clippy::eq_op)]
            let take = |kept: T, x: T| kept == kept && (better(x, kept) || x != x);
            return Tensor::build(|out| kernel::arg_short_rows(data, n, out, take));
        }
        if inner == 1 {
            return Tensor::build(|out| {
                kernel::for_each_row(data, n, out, |row| contiguous_arg(row, pick));
            });
        }
        let first = |i: usize| (data[(i / inner.max(1)) * n * inner + i % inner.max(1)], 0);
        Tensor::build(|out| {
            kernel::fold_axis_with(data, (outer, n, inner), out, first, arg_step(better), |a| {
                a.1
            });
        })
    }
}

/// **Reductions** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<S: Shape, K: Kind> Tensor<bool, S, K> {
    /// `true` where any element along axis `AX` is `true`, removing the axis (NumPy `any(axis=AX)`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 5], [2, 0]].gt(3);
    /// assert_eq!(x.any_axis::<1>().as_slice(), &[true, false]);
    /// ```
    #[must_use]
    pub fn any_axis<const AX: isize>(&self) -> Tensor<bool, Removed<S, AX>, K>
    where
        S: Axis<AX>,
    {
        let dims = split(S::DIMS.as_ref(), <S as Axis<AX>>::INDEX);
        Tensor::build(|out| kernel::fold_axis(self.as_slice(), dims, out, false, |a, x, _| a | x))
    }

    /// `true` where every element along axis `AX` is `true`, removing the axis (NumPy `all(axis=AX)`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 5], [4, 6]].gt(3);
    /// assert_eq!(x.all_axis::<0>().as_slice(), &[false, true]);
    /// ```
    #[must_use]
    pub fn all_axis<const AX: isize>(&self) -> Tensor<bool, Removed<S, AX>, K>
    where
        S: Axis<AX>,
    {
        let dims = split(S::DIMS.as_ref(), <S as Axis<AX>>::INDEX);
        Tensor::build(|out| kernel::fold_axis(self.as_slice(), dims, out, true, |a, x, _| a & x))
    }
}

/// `n` as a float: the divisor of a mean (exact up to 2^24 for `f32`, 2^53 for `f64`).
pub(crate) fn count<T: Float>(n: usize) -> T {
    T::from(n).unwrap_or_else(T::infinity)
}
