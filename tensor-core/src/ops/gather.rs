//! Fancy and boolean indexing: gather (`take`, `take_at`), scatter (`index_add`, `add_at`,
//! `put_at`), and masks (`masked_select`, `masked_fill`).
//!
//! | NumPy | tensorial |
//! |---|---|
//! | `x[[1, 3, 1]]`, `np.take(x, idx, axis=0)` | [`x.take::<0>([1, 3, 1])`](Take::take) (a copy) |
//! | `x[:, idx]` | [`x.take::<1>(&idx)`](Take::take) |
//! | `x[rows, cols]` | [`x.take_at((&rows, &cols))`](Tensor::take_at) |
//! | `np.add.at(x, idx, v)`, `torch.index_add_` | [`x.index_add::<0, _>(&idx, &v)`](Tensor::index_add) |
//! | `np.add.at(cm, (labels, preds), 1)` | [`cm.add_at((&labels, &preds), 1)`](Tensor::add_at) |
//! | `x[rows, cols] = v` | [`x.put_at((&rows, &cols), v)`](Tensor::put_at) |
//! | `x[mask]` | [`x.masked_select(&mask)`](Tensor::masked_select) (a `Vec`) |
//! | `x[x == 4] = 2` | [`x.masked_fill(x.eq_elem(4), 2)`](Tensor::masked_fill) |
//! | `np.where(c, a, b)` | [`c.select(&a, &b)`](Tensor::select) |
//!
//! Index lists ([`Indices`]) are rank-1 tensors, views or arrays of any integer type; their
//! length is part of their type, so it sizes the result's type. An index outside the axis
//! (including a negative one: NumPy's "count from the end" is not supported) panics with the
//! offending element in the message, before anything is written.

use super::kernel;
use super::{IndexElem, IndexRangeError};
use crate::storage::{Combine, Combined, Inline, Kind};
use crate::view::{View, ViewMut};
use crate::{Axis, BroadcastTo, Const, Dim, Elem, Operand, ReplaceAxis, Replaced, Shape, Tensor};
use core::fmt::Display;

/// A list of indices: a rank-1 tensor, view or array of an integer type ([`IndexElem`]).
///
/// Its length `M` is part of its type ([`Len`](Self::Len) is `Const<M>`), which is how
/// [`take`](Take::take) knows the size of its result.
///
/// ```
/// use tensorial::{tensor, Indices};
/// fn count<I: Indices>(i: I) -> usize { <I::Len as tensorial::Dim>::SIZE }
/// assert_eq!(count([4u8, 2, 0]), 3);
/// assert_eq!(count(&tensor![1_i64, 2]), 2);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a list of indices",
    label = "expected a rank-1 tensor, view or array of integers",
    note = "index lists are `&Tensor<I, (Const<M>,)>`, a rank-1 `View`, or `[I; M]`, with `I` an integer type such as `usize`, `u8` or `i64`"
)]
pub trait Indices {
    /// The number of indices, as an axis (`Const<M>`).
    type Len: Dim;
    /// The storage kind of a list: the tensor's or view's, [`Inline`] for an array.
    type Kind: Kind;
    /// The index element type.
    type Elem: IndexElem;
    /// The `k`-th index as stored (`k < Len::SIZE`).
    fn value(&self, k: usize) -> Self::Elem;
}

impl<I: IndexElem, const M: usize, K: Kind> Indices for &Tensor<I, (Const<M>,), K> {
    type Len = Const<M>;
    type Kind = K;
    type Elem = I;
    fn value(&self, k: usize) -> I {
        self.as_slice()[k]
    }
}

impl<I: IndexElem, const M: usize, K: Kind> Indices for Tensor<I, (Const<M>,), K> {
    type Len = Const<M>;
    type Kind = K;
    type Elem = I;
    fn value(&self, k: usize) -> I {
        self.as_slice()[k]
    }
}

impl<I: IndexElem, const M: usize, K: Kind> Indices for View<'_, I, (Const<M>,), K> {
    type Len = Const<M>;
    type Kind = K;
    type Elem = I;
    fn value(&self, k: usize) -> I {
        self[[k]]
    }
}

impl<I: IndexElem, const M: usize, K: Kind> Indices for &View<'_, I, (Const<M>,), K> {
    type Len = Const<M>;
    type Kind = K;
    type Elem = I;
    fn value(&self, k: usize) -> I {
        self[[k]]
    }
}

impl<I: IndexElem, const M: usize> Indices for [I; M] {
    type Len = Const<M>;
    type Kind = Inline;
    type Elem = I;
    fn value(&self, k: usize) -> I {
        self[k]
    }
}

impl<I: IndexElem, const M: usize> Indices for &[I; M] {
    type Len = Const<M>;
    type Kind = Inline;
    type Elem = I;
    fn value(&self, k: usize) -> I {
        self[k]
    }
}

#[cold]
#[track_caller]
fn bad_index(what: &str, k: usize, value: impl Display, axis: usize, bound: usize) -> ! {
    panic!("{what}: index list element {k} is {value}, outside 0..{bound} (axis {axis})")
}

/// The `k`-th index of `list`, checked against `bound`.
#[track_caller]
fn resolve<I: Indices>(what: &str, list: &I, k: usize, axis: usize, bound: usize) -> usize {
    let v = list.value(k);
    match v.to_index() {
        Some(i) if i < bound => i,
        _ => bad_index(what, k, v, axis, bound),
    }
}

/// Checks every index of `list` against `bound`.
#[track_caller]
fn check_all<I: Indices>(what: &str, list: &I, axis: usize, bound: usize) {
    for k in 0..I::Len::SIZE {
        resolve(what, list, k, axis, bound);
    }
}

/// One index list per axis of `S`, all of the same length: the coordinates of points, as in
/// NumPy's `x[rows, cols]`. Implemented for tuples of [`Indices`] of the rank of `S`.
///
/// ```
/// use tensorial::{tensor, Points, Rank2};
/// fn count<P: Points<Rank2<3, 3>>>(p: P) -> usize { <P::Len as tensorial::Dim>::SIZE }
/// assert_eq!(count(([0, 2], [1, 1])), 2);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not one index list per axis of shape `{S}`",
    label = "expected a tuple of index lists, one per axis, all of the same length",
    note = "for a matrix: `(&rows, &cols)` where `rows` and `cols` are rank-1 integer tensors (or arrays) of the same length"
)]
pub trait Points<S: Shape> {
    /// The number of points, as an axis (`Const<M>`).
    type Len: Dim;
    /// The storage kind of the first index list, which [`take_at`](Tensor::take_at) combines
    /// with the source's.
    type Kind: Kind;
    /// Coordinate of point `k` along `axis`.
    ///
    /// # Panics
    /// When it is outside the axis.
    #[track_caller]
    fn coord(&self, what: &str, axis: usize, k: usize) -> usize;
}

macro_rules! points_impls {
    ($(($D0:ident $L0:ident $n0:tt $(, $D:ident $L:ident $n:tt)*);)*) => {$(
        impl<$D0: Dim, $L0: Indices, $($D: Dim, $L: Indices<Len = $L0::Len>,)*>
            Points<($D0, $($D,)*)> for ($L0, $($L,)*)
        {
            type Len = $L0::Len;
            type Kind = $L0::Kind;
            fn coord(&self, what: &str, axis: usize, k: usize) -> usize {
                match axis {
                    $n0 => resolve(what, &self.$n0, k, $n0, $D0::SIZE),
                    $($n => resolve(what, &self.$n, k, $n, $D::SIZE),)*
                    _ => unreachable!("axis {axis} of a rank-{} shape", <($D0, $($D,)*) as Shape>::RANK),
                }
            }
        }
    )*};
}

points_impls! {
    (D0 L0 0);
    (D0 L0 0, D1 L1 1);
    (D0 L0 0, D1 L1 1, D2 L2 2);
    (D0 L0 0, D1 L1 1, D2 L2 2, D3 L3 3);
    (D0 L0 0, D1 L1 1, D2 L2 2, D3 L3 3, D4 L4 4);
    (D0 L0 0, D1 L1 1, D2 L2 2, D3 L3 3, D4 L4 4, D5 L5 5);
}

/// Gathering along one axis: `x.take::<AX>(indices)` and `x.try_take::<AX>(indices)` on
/// tensors and views, with only the axis in the turbofish.
///
/// A trait rather than inherent methods so that the index list's type is a parameter of the
/// trait, inferred from the argument: stable Rust needs every generic parameter of a method in
/// a turbofish, so an inherent `take::<AX, I>` would have to be written `take::<0, _>`. It is
/// in the [prelude](crate::prelude).
///
/// ```
/// use tensorial::{tensor, Take};
/// let x = tensor![[1, 2], [3, 4], [5, 6]];
/// assert_eq!(x.take::<0>([2, 0]), tensor![[5, 6], [1, 2]]);
/// assert_eq!(x.col(1).take::<0>([1, 1]), tensor![4, 4]);
/// ```
pub trait Take<I: Indices> {
    /// The element type.
    type Elem: Elem;
    /// The shape gathered from.
    type Shape: Shape;
    /// The storage kind of the source.
    type Kind: Kind;

    /// Gathers along axis `AX`: the sub-tensors at `indices`, in order, into a new tensor
    /// (NumPy `np.take(x, indices, axis=AX)`; `x[[1, 3, 1]]` is `take::<0>([1, 3, 1])`).
    ///
    /// `indices` is a rank-1 integer tensor, view or array ([`Indices`]); the result has
    /// its length along `AX`, taken from its type. The result is a copy: writing to it leaves
    /// `self` alone. `AX` counts from the end when negative.
    ///
    /// # Panics
    /// When an index is outside the axis (negative indices included), with the offending
    /// element in the message.
    ///
    /// ```
    /// use tensorial::{tensor, Take};
    /// let x = tensor![[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]];
    /// assert_eq!(x.take::<0>([1, 3, 1]), tensor![[2, 3], [4, 5], [2, 3]]);
    /// let y = tensor![0.5, 1.5, -0.5];
    /// let order = tensor![2_u8, 0, 1];
    /// assert_eq!(y.take::<0>(&order), tensor![-0.5, 0.5, 1.5]);
    /// assert_eq!(x.take::<-1>([1]).shape(), [6, 1]);
    /// ```
    ///
    /// ```compile_fail
    /// let x = tensorial::tensor![1.0, 2.0];
    /// let _ = x.take::<0>([0.0, 1.0]); // float indices
    /// ```
    #[must_use]
    #[track_caller]
    #[allow(clippy::type_complexity)]
    fn take<const AX: isize>(
        &self,
        indices: I,
    ) -> Tensor<Self::Elem, Replaced<Self::Shape, AX, I::Len>, Combined<Self::Kind, I::Kind>>
    where
        Self::Shape: ReplaceAxis<AX, I::Len>,
        Self::Kind: Combine<I::Kind>;

    /// Gathers along axis `AX` like [`take`](Take::take), but returns an error instead of
    /// panicking when an index is outside the axis (negative indices included).
    ///
    /// # Errors
    /// [`IndexRangeError`] naming the first offending position in the index list, its value
    /// and the axis length.
    ///
    /// ```
    /// use tensorial::{tensor, IndexRangeError, Take};
    /// let x = tensor![[1, 2], [3, 4], [5, 6]];
    /// assert_eq!(x.try_take::<0>([2, 0]), Ok(tensor![[5, 6], [1, 2]]));
    /// let err = x.try_take::<0>([1, 3]).unwrap_err();
    /// assert_eq!(err, IndexRangeError { offset: 1, value: 3, bound: 3 });
    /// assert!(x.try_take::<-1>([-1]).is_err());
    /// ```
    #[allow(clippy::type_complexity)]
    fn try_take<const AX: isize>(
        &self,
        indices: I,
    ) -> Result<
        Tensor<Self::Elem, Replaced<Self::Shape, AX, I::Len>, Combined<Self::Kind, I::Kind>>,
        IndexRangeError<I::Elem>,
    >
    where
        Self::Shape: ReplaceAxis<AX, I::Len>,
        Self::Kind: Combine<I::Kind>,
    {
        let bound = <Self::Shape as Axis<AX>>::Dim::SIZE;
        for offset in 0..I::Len::SIZE {
            let value = indices.value(offset);
            if value.to_index().is_none_or(|i| i >= bound) {
                return Err(IndexRangeError {
                    offset,
                    value,
                    bound,
                });
            }
        }
        Ok(self.take::<AX>(indices))
    }
}

/// Gathers `indices` along axis `AX` of a strided source: the body of every `take`.
#[track_caller]
#[allow(clippy::type_complexity)]
fn take_strided<T: Elem, S, K, I: Indices, const AX: isize>(
    view: &View<'_, T, S, K>,
    indices: I,
) -> Tensor<T, Replaced<S, AX, I::Len>, Combined<K, I::Kind>>
where
    S: ReplaceAxis<AX, I::Len>,
    K: Combine<I::Kind>,
{
    let (axis, bound) = (<S as Axis<AX>>::INDEX, <S as Axis<AX>>::Dim::SIZE);
    check_all("take", &indices, axis, bound);
    let src = view.strided();
    Tensor::build(|out| {
        kernel::take_axis(out, src, axis, I::Len::SIZE, |k| {
            resolve("take", &indices, k, axis, bound)
        });
    })
}

/// **Gather and scatter**: `take` and `try_take` on tensors.
impl<T: Elem, S: Shape, K: Kind, I: Indices> Take<I> for Tensor<T, S, K> {
    type Elem = T;
    type Shape = S;
    type Kind = K;

    fn take<const AX: isize>(
        &self,
        indices: I,
    ) -> Tensor<T, Replaced<S, AX, I::Len>, Combined<K, I::Kind>>
    where
        S: ReplaceAxis<AX, I::Len>,
        K: Combine<I::Kind>,
    {
        take_strided::<T, S, K, I, AX>(&self.view(), indices)
    }
}

/// `take` and `try_take` on strided views (rows, columns, slices).
impl<T: Elem, S: Shape, K: Kind, I: Indices> Take<I> for View<'_, T, S, K> {
    type Elem = T;
    type Shape = S;
    type Kind = K;

    fn take<const AX: isize>(
        &self,
        indices: I,
    ) -> Tensor<T, Replaced<S, AX, I::Len>, Combined<K, I::Kind>>
    where
        S: ReplaceAxis<AX, I::Len>,
        K: Combine<I::Kind>,
    {
        take_strided::<T, S, K, I, AX>(self, indices)
    }
}

impl<T: Elem, S: Shape, K: Kind> View<'_, T, S, K> {
    /// The elements at the points `points` (see [`Tensor::take_at`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.view().take_at(([1, 0], [2, 2])), tensor![6, 3]);
    /// ```
    #[must_use]
    #[track_caller]
    pub fn take_at<P: Points<S>>(&self, points: P) -> Tensor<T, (P::Len,), Combined<K, P::Kind>>
    where
        K: Combine<P::Kind>,
    {
        for k in 0..P::Len::SIZE {
            for axis in 0..S::RANK {
                points.coord("take_at", axis, k);
            }
        }
        Tensor::build(|out| {
            for (k, o) in out.iter_mut().enumerate() {
                let mut idx = S::Idx::default();
                for (axis, i) in idx.as_mut().iter_mut().enumerate() {
                    *i = points.coord("take_at", axis, k);
                }
                *o = self[idx];
            }
        })
    }

    /// The elements where `mask` (broadcast to this shape) is `true`, in row-major order
    /// (see [`Tensor::masked_select`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, -2], [-3, 4]];
    /// assert_eq!(x.col(1).masked_select(&tensor![true, false]), [-2]);
    /// ```
    #[cfg(feature = "alloc")]
    #[must_use]
    pub fn masked_select<R: Operand<bool>>(&self, mask: R) -> alloc::vec::Vec<T>
    where
        R::Shape: BroadcastTo<S>,
    {
        let mut picked = alloc::vec::Vec::new();
        kernel::for_each_zip(self.strided(), mask.layout(), |v, m| {
            if m {
                picked.push(v);
            }
        });
        picked
    }
}

impl<T: Elem, S: Shape, K: Kind> ViewMut<'_, T, S, K> {
    /// Scatter-adds along axis `AX` into the view (see [`Tensor::index_add`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[0, 0], [0, 0]];
    /// x.col_mut(1).index_add::<0, _>([1, 1, 0], 5);
    /// assert_eq!(x, tensor![[0, 5], [0, 10]]);
    /// ```
    #[track_caller]
    pub fn index_add<const AX: isize, I: Indices>(
        &mut self,
        indices: I,
        values: impl Operand<T, Shape: BroadcastTo<Replaced<S, AX, I::Len>>>,
    ) where
        T: core::ops::Add<Output = T>,
        S: ReplaceAxis<AX, I::Len>,
    {
        self.index_apply::<AX, I>("index_add", indices, values, |a, b| a + b);
    }

    /// `dst[.., indices[k], ..] = f(dst[.., indices[k], ..], values[.., k, ..])` in order.
    #[track_caller]
    fn index_apply<const AX: isize, I: Indices>(
        &mut self,
        what: &str,
        indices: I,
        values: impl Operand<T, Shape: BroadcastTo<Replaced<S, AX, I::Len>>>,
        f: impl Fn(T, T) -> T,
    ) where
        S: ReplaceAxis<AX, I::Len>,
    {
        let (axis, bound) = (<S as Axis<AX>>::INDEX, <S as Axis<AX>>::Dim::SIZE);
        check_all(what, &indices, axis, bound);
        let dims = <Replaced<S, AX, I::Len> as Shape>::DIMS;
        let src = values.layout().broadcast_to(dims.as_ref());
        let index = |k| resolve(what, &indices, k, axis, bound);
        kernel::scatter_axis(self.strided_mut(), axis, src, index, f);
    }

    /// Adds `values[k]` at each point `k` (see [`Tensor::add_at`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[0, 0, 0], [0, 0, 0]];
    /// x.view_mut().flip_mut::<1>().add_at(([0, 0, 1], [0, 0, 2]), 1);
    /// assert_eq!(x, tensor![[0, 0, 2], [1, 0, 0]]);
    /// ```
    #[track_caller]
    pub fn add_at<P: Points<S>>(
        &mut self,
        points: P,
        values: impl Operand<T, Shape: BroadcastTo<(P::Len,)>>,
    ) where
        T: core::ops::Add<Output = T>,
    {
        self.apply_at("add_at", points, values, |a, b| a + b);
    }

    /// Writes `values[k]` at each point `k` (see [`Tensor::put_at`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[0, 0], [0, 0]];
    /// x.row_mut(1).put_at(([1],), 7);
    /// assert_eq!(x, tensor![[0, 0], [0, 7]]);
    /// ```
    #[track_caller]
    pub fn put_at<P: Points<S>>(
        &mut self,
        points: P,
        values: impl Operand<T, Shape: BroadcastTo<(P::Len,)>>,
    ) {
        self.apply_at("put_at", points, values, |_, b| b);
    }

    /// `self[point k] = f(self[point k], values[k])` for each point in order.
    #[track_caller]
    fn apply_at<P: Points<S>>(
        &mut self,
        what: &str,
        points: P,
        values: impl Operand<T, Shape: BroadcastTo<(P::Len,)>>,
        f: impl Fn(T, T) -> T,
    ) {
        let n = P::Len::SIZE;
        for k in 0..n {
            for axis in 0..S::RANK {
                points.coord(what, axis, k);
            }
        }
        let values = values.layout().broadcast_to(&[n]);
        for k in 0..n {
            let mut idx = S::Idx::default();
            for (axis, i) in idx.as_mut().iter_mut().enumerate() {
                *i = points.coord(what, axis, k);
            }
            let d = &mut self[idx];
            *d = f(*d, values.get(&[k]));
        }
    }

    /// Sets the elements where `mask` (broadcast to this shape) is `true` to `value` (see
    /// [`Tensor::masked_fill`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 4], [4, 4]];
    /// x.col_mut(1).masked_fill(&tensor![false, true], 2);
    /// assert_eq!(x, tensor![[1, 4], [4, 2]]);
    /// ```
    pub fn masked_fill<R: Operand<bool>>(&mut self, mask: R, value: T)
    where
        R::Shape: BroadcastTo<S>,
    {
        self.zip_assign(mask, |v, m| if m { value } else { v });
    }
}

/// **Gather and scatter** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// The elements at the points whose coordinates are given by one index list per axis
    /// (NumPy `x[rows, cols]`): a rank-1 tensor with one element per point.
    ///
    /// # Panics
    /// When a coordinate is outside its axis.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]];
    /// let rows = tensor![1_usize, 3, 5];
    /// let cols = tensor![0_usize, 1, 0];
    /// assert_eq!(x.take_at((&rows, &cols)), tensor![2, 5, 6]); // x[[1, 3, 5], [0, 1, 0]]
    /// ```
    #[must_use]
    #[track_caller]
    pub fn take_at<P: Points<S>>(&self, points: P) -> Tensor<T, (P::Len,), Combined<K, P::Kind>>
    where
        K: Combine<P::Kind>,
    {
        self.view().take_at(points)
    }

    /// Scatter-adds along axis `AX`: adds `values[.., k, ..]` to `self[.., indices[k], ..]`
    /// for every `k`, in order, so repeated indices accumulate (NumPy `np.add.at(x, idx, v)`,
    /// PyTorch `x.index_add_(AX, idx, v)`; NumPy's `x[idx] += v` would count a repeated index
    /// once).
    ///
    /// `values` has `self`'s shape with `AX` resized to the number of indices, or broadcasts to
    /// it (a scalar adds the same value everywhere: `counts.index_add::<0, _>(&labels, 1)` is
    /// a bincount). The second generic argument is the index list's type: write `_`.
    ///
    /// # Panics
    /// When an index is outside the axis; nothing is written then.
    ///
    /// ```
    /// use tensorial::{tensor, Rank1, Rank2, Tensor};
    /// let mut counts = Tensor::<u32, Rank1<4>>::zeros();
    /// counts.index_add::<0, _>(&tensor![3_u8, 0, 3, 3], 1);
    /// assert_eq!(counts, tensor![1, 0, 0, 3]);
    ///
    /// // Per-class sums of feature rows: sums[labels[k]] += x[k].
    /// let x = tensor![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    /// let mut sums = Tensor::<f64, Rank2<2, 2>>::zeros();
    /// sums.index_add::<0, _>([1, 0, 1], &x);
    /// assert_eq!(sums, tensor![[3.0, 4.0], [6.0, 8.0]]);
    /// ```
    #[track_caller]
    pub fn index_add<const AX: isize, I: Indices>(
        &mut self,
        indices: I,
        values: impl Operand<T, Shape: BroadcastTo<Replaced<S, AX, I::Len>>>,
    ) where
        T: core::ops::Add<Output = T>,
        S: ReplaceAxis<AX, I::Len>,
    {
        self.view_mut().index_add::<AX, I>(indices, values);
    }

    /// Adds `values[k]` to the element at point `k` for every `k`, in order, so repeated
    /// points accumulate (NumPy `np.add.at(x, (rows, cols), values)`). The points are given
    /// by one index list per axis; `values` is a scalar or has one element per point.
    ///
    /// A streaming confusion matrix is `cm.add_at((&labels, &predictions), 1)` per batch
    /// (NumPy `cm[labels, preds] += 1` would count a repeated pair once).
    ///
    /// # Panics
    /// When a coordinate is outside its axis; nothing is written then.
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Tensor};
    /// let mut cm = Tensor::<u32, Rank2<2, 2>>::zeros();
    /// let predicted = tensor![1_u8, 1, 0, 0, 0];
    /// let truth = tensor![1_u8, 1, 1, 0, 0];
    /// cm.add_at((&truth, &predicted), 1); // cm[true, predicted] += 1
    /// assert_eq!(cm, tensor![[2, 0], [1, 2]]);
    /// ```
    #[track_caller]
    pub fn add_at<P: Points<S>>(
        &mut self,
        points: P,
        values: impl Operand<T, Shape: BroadcastTo<(P::Len,)>>,
    ) where
        T: core::ops::Add<Output = T>,
    {
        self.view_mut().add_at(points, values);
    }

    /// Writes `values[k]` to the element at point `k` for every `k`, in order (NumPy
    /// `x[rows, cols] = values`; with a repeated point the last value wins).
    ///
    /// # Panics
    /// When a coordinate is outside its axis; nothing is written then.
    ///
    /// ```
    /// use tensorial::{tensor, Rank1, Rank2, Tensor};
    /// // One-hot rows: one_hot[arange(n), labels] = 1.
    /// let labels = tensor![2_usize, 0, 1];
    /// let mut one_hot = Tensor::<f32, Rank2<3, 3>>::zeros();
    /// one_hot.put_at((&Tensor::<usize, Rank1<3>>::arange(), &labels), 1.0);
    /// assert_eq!(one_hot, tensor![[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]);
    /// ```
    #[track_caller]
    pub fn put_at<P: Points<S>>(
        &mut self,
        points: P,
        values: impl Operand<T, Shape: BroadcastTo<(P::Len,)>>,
    ) {
        self.view_mut().put_at(points, values);
    }

    /// The elements where `mask` is `true`, in row-major order (NumPy `x[mask]`, flattened).
    ///
    /// `mask` is a `bool` tensor or view that broadcasts to `self`'s shape: a mask with
    /// `Bcast` axes selects whole rows or columns. The count is known only at run time, so
    /// the result is a `Vec` (feature `alloc`).
    ///
    /// ```
    /// use tensorial::{tensor, Bcast, Const, Tensor};
    /// let x = tensor![[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]];
    /// assert_eq!(x.masked_select(x.gt(4)), [5, 5, 6, 6, 7]);
    /// let rows = Tensor::<bool, (Const<6>, Bcast)>::from_array([[true], [false], [false], [true], [true], [false]]);
    /// assert_eq!(x.masked_select(&rows), [1, 2, 4, 5, 5, 6]); // x[mask] for a row mask
    /// ```
    #[cfg(feature = "alloc")]
    #[must_use]
    pub fn masked_select<R: Operand<bool>>(&self, mask: R) -> alloc::vec::Vec<T>
    where
        R::Shape: BroadcastTo<S>,
    {
        self.view().masked_select(mask)
    }

    /// Sets the elements where `mask` is `true` to `value` (NumPy `x[mask] = value`;
    /// `x[x == 4] = 2` is `x.masked_fill(x.eq_elem(4), 2)`). The mask broadcasts to `self`'s
    /// shape; a mask that does not is a type error.
    ///
    /// For a per-element choice between two tensors, see [`select`](Tensor::select) (NumPy
    /// `np.where`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut classes = tensor![[4, 1], [2, 4]];
    /// classes.masked_fill(classes.eq_elem(4), 2);
    /// assert_eq!(classes, tensor![[2, 1], [2, 2]]);
    /// ```
    pub fn masked_fill<R: Operand<bool>>(&mut self, mask: R, value: T)
    where
        R::Shape: BroadcastTo<S>,
    {
        self.zip_assign(mask, |v, m| if m { value } else { v });
    }
}
