//! Statistics along a typed axis or over everything, on tracked values: `var`, `std`, `norm`,
//! `max`, `min`, `logsumexp`. Each backward works lane by lane (a lane: the elements reduced into
//! one output element).

use super::super::var::{Real, Var};
use crate::ops::kernel::math::{self, Func};
use crate::ops::reduce_kernel::split;
use crate::storage::{Inline, Kind};
use crate::{Axis, Shape, Tensor};
use alloc::vec;
use alloc::vec::Vec;
use num_traits::AsPrimitive;

type Removed<S, const AX: isize> = <S as Axis<AX>>::Removed;
type Kept<S, const AX: isize> = <S as Axis<AX>>::Kept;

/// The gradient of one lane: `(x, g, dx)` with `x` the lane's values, `g` the gradient of its
/// reduced value, `dx` the lane's gradient to fill.
type LaneRule<T> = fn(&[T], T, &mut [T]);

/// Fills `dx` with `g · (x − μ)·2/n`: the gradient of the variance (`ddof = 0`).
fn var_lane<T: Real>(x: &[T], g: T, dx: &mut [T]) {
    let n = T::from(x.len()).unwrap_or_else(T::one);
    let mu = x.iter().fold(T::zero(), |s, &v| s + v) / n;
    for (d, &v) in dx.iter_mut().zip(x) {
        *d = g * (v - mu) * (T::one() + T::one()) / n;
    }
}

/// `g · (x − μ) / (n σ)`, 0 where σ = 0: the gradient of the standard deviation.
fn std_lane<T: Real>(x: &[T], g: T, dx: &mut [T]) {
    let n = T::from(x.len()).unwrap_or_else(T::one);
    let mu = x.iter().fold(T::zero(), |s, &v| s + v) / n;
    let sigma = (x.iter().fold(T::zero(), |s, &v| s + (v - mu) * (v - mu)) / n).sqrt();
    for (d, &v) in dx.iter_mut().zip(x) {
        *d = if sigma > T::zero() {
            g * (v - mu) / (n * sigma)
        } else {
            T::zero()
        };
    }
}

/// `g · x / ‖x‖`, 0 where the norm is 0 (the subgradient 0 at the kink).
fn norm_lane<T: Real>(x: &[T], g: T, dx: &mut [T]) {
    let norm = x.iter().fold(T::zero(), |s, &v| s + v * v).sqrt();
    for (d, &v) in dx.iter_mut().zip(x) {
        *d = if norm > T::zero() {
            g * v / norm
        } else {
            T::zero()
        };
    }
}

/// `g · softmax(x)`: the gradient of `logsumexp` (the exponentials by the vector kernel).
fn logsumexp_lane<T: Real>(x: &[T], g: T, dx: &mut [T]) {
    let m = x.iter().fold(T::neg_infinity(), |m, &v| m.max(v));
    for (d, &v) in dx.iter_mut().zip(x) {
        *d = v - m;
    }
    math::map_inplace_or(Func::Exp, dx, T::exp);
    let total = dx.iter().fold(T::zero(), |s, &e| s + e);
    for d in dx.iter_mut() {
        *d = g * *d / total;
    }
}

/// `g` split evenly between the elements equal to the lane's extreme (`pick` chooses).
fn extreme_lane<T: Real>(x: &[T], g: T, dx: &mut [T], pick: fn(T, T) -> T) {
    let Some(&first) = x.first() else { return };
    let e = x.iter().fold(first, |e, &v| pick(e, v));
    let ties = x.iter().filter(|&&v| v == e).count();
    let share = g / T::from(ties).unwrap_or_else(T::one);
    for (d, &v) in dx.iter_mut().zip(x) {
        *d = if v == e { share } else { T::zero() };
    }
}

fn max_lane<T: Real>(x: &[T], g: T, dx: &mut [T]) {
    extreme_lane(x, g, dx, T::max);
}

fn min_lane<T: Real>(x: &[T], g: T, dx: &mut [T]) {
    extreme_lane(x, g, dx, T::min);
}

impl<T: Real, S: Shape, K: Kind> Var<T, S, K>
where
    usize: AsPrimitive<T>,
{
    /// A reduction of each lane along `axis` (all elements when `axis` is `None`) with value
    /// `value` and backward `rule`.
    fn lanes<R: Shape, KR: Kind>(
        &self,
        value: Tensor<T, R, KR>,
        axis: Option<usize>,
        rule: LaneRule<T>,
    ) -> Var<T, R, KR> {
        let x = self.shared();
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            let dims = S::DIMS;
            let (outer, n, inner) = match axis {
                Some(axis) => split(dims.as_ref(), axis),
                None => (1, S::NUMEL, 1),
            };
            let mut grad = Tensor::<T, S, K>::zeros();
            let (src, dst, g) = (x.as_slice(), grad.as_mut_slice(), g.as_slice());
            let (mut lane, mut dlane) = (Vec::with_capacity(n), vec![T::zero(); n]);
            for o in 0..outer {
                for i in 0..inner {
                    lane.clear();
                    lane.extend((0..n).map(|j| src[(o * n + j) * inner + i]));
                    rule(&lane, g[o * inner + i], &mut dlane);
                    for (j, &d) in dlane.iter().enumerate() {
                        dst[(o * n + j) * inner + i] = d;
                    }
                }
            }
            sink.add(0, grad);
        })
    }

    /// The variance of all elements (`ddof = 0`, NumPy `x.var()`), a tracked scalar.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![1.0, 3.0]);
    /// let v = x.var();                                     // 1
    /// assert_eq!(v.backward().wrt(&x), tensor![-1.0, 1.0]); // 2(x − μ)/n
    /// ```
    #[must_use]
    pub fn var(&self) -> Var<T, (), Inline> {
        self.lanes(Tensor::scalar(self.value().var()), None, var_lane)
    }

    /// The standard deviation of all elements (`ddof = 0`); gradient 0 when it is 0.
    #[must_use]
    pub fn std(&self) -> Var<T, (), Inline> {
        self.lanes(Tensor::scalar(self.value().std()), None, std_lane)
    }

    /// The Euclidean norm of all elements (NumPy `np.linalg.norm(x)`); gradient `x/‖x‖`, and 0
    /// at 0.
    #[must_use]
    pub fn norm(&self) -> Var<T, (), Inline> {
        self.lanes(Tensor::scalar(self.value().norm()), None, norm_lane)
    }

    /// The largest element (NumPy `x.max()`); the gradient goes to it, split evenly between
    /// ties.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![3.0, 1.0, 3.0]);
    /// assert_eq!(x.max().backward().wrt(&x), tensor![0.5, 0.0, 0.5]);
    /// ```
    #[must_use]
    pub fn max(&self) -> Var<T, (), Inline> {
        self.lanes(Tensor::scalar(self.value().max()), None, max_lane)
    }

    /// The smallest element (NumPy `x.min()`); ties split the gradient evenly.
    #[must_use]
    pub fn min(&self) -> Var<T, (), Inline> {
        self.lanes(Tensor::scalar(self.value().min()), None, min_lane)
    }
}

/// `NAME::<AX>()` reductions along an axis, from a tensor method and a lane rule.
macro_rules! axis_stats {
    ($($(#[$doc:meta])* $name:ident -> $Out:ident => $rule:ident;)*) => {
        impl<T: Real, S: Shape, K: Kind> Var<T, S, K>
        where
            usize: AsPrimitive<T>,
        {$(
            $(#[$doc])*
            #[must_use]
            pub fn $name<const AX: isize>(&self) -> Var<T, $Out<S, AX>, K>
            where
                S: Axis<AX>,
            {
                self.lanes(self.value().$name::<AX>(), Some(<S as Axis<AX>>::INDEX), $rule)
            }
        )*}
    };
}

axis_stats! {
    /// The variance along axis `AX` (`ddof = 0`), removing it (NumPy `x.var(axis=AX)`).
    var_axis -> Removed => var_lane;
    /// The standard deviation along axis `AX` (`ddof = 0`); gradient 0 where it is 0.
    std_axis -> Removed => std_lane;
    /// The Euclidean norm along axis `AX`; gradient `x/‖x‖`, 0 at 0.
    norm_axis -> Removed => norm_lane;
    /// The largest element along axis `AX`; ties split the gradient evenly.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![[1.0, 5.0], [7.0, 2.0]]);
    /// let g = x.max_axis::<1>().sum().backward().wrt(&x);
    /// assert_eq!(g, tensor![[0.0, 1.0], [1.0, 0.0]]);
    /// ```
    max_axis -> Removed => max_lane;
    /// The smallest element along axis `AX`; ties split the gradient evenly.
    min_axis -> Removed => min_lane;
    /// `log Σ exp` along axis `AX` (numerically stable); gradient `softmax`.
    logsumexp -> Removed => logsumexp_lane;
    /// [`var_axis`](Self::var_axis) keeping the axis as `Bcast` (NumPy `keepdims=True`).
    var_keepdims -> Kept => var_lane;
    /// [`std_axis`](Self::std_axis) keeping the axis as `Bcast`.
    std_keepdims -> Kept => std_lane;
    /// [`norm_axis`](Self::norm_axis) keeping the axis as `Bcast`.
    norm_keepdims -> Kept => norm_lane;
    /// [`max_axis`](Self::max_axis) keeping the axis as `Bcast`.
    max_keepdims -> Kept => max_lane;
    /// [`min_axis`](Self::min_axis) keeping the axis as `Bcast`.
    min_keepdims -> Kept => min_lane;
}
