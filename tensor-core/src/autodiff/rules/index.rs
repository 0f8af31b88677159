//! Indexing on tracked values: `index_axis`, `slice` and `take` along a typed axis. Each reads
//! some positions of one axis; the backward scatters (adds) the gradient back to them, zeros
//! elsewhere.

use super::super::var::{Real, Var};
use crate::ops::kernel::{Strided, zip_strided};
use crate::ops::reduce_kernel::split;
use crate::ops::{IndexElem, Indices};
use crate::shape::{ReplaceAxis, Replaced};
use crate::storage::{Combine, Combined, Kind};
use crate::{Axis, BroadcastTo, Const, Dim, Shape, Tensor};
use alloc::vec;
use alloc::vec::Vec;

impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {
    /// A result that reads `positions` along `axis` of `self` (in order; repeats allowed); its
    /// gradient is added back at those positions.
    fn gathered<S2: Shape, K2: Kind>(
        &self,
        value: Tensor<T, S2, K2>,
        axis: usize,
        positions: Vec<usize>,
    ) -> Var<T, S2, K2> {
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            let (outer, n, inner) = split(S::DIMS.as_ref(), axis);
            let m = positions.len();
            let mut grad = Tensor::<T, S, K>::zeros();
            let (dst, src) = (grad.as_mut_slice(), g.as_slice());
            for o in 0..outer {
                for (j, &p) in positions.iter().enumerate() {
                    let (d, s) = ((o * n + p) * inner, (o * m + j) * inner);
                    for (x, &y) in dst[d..d + inner].iter_mut().zip(&src[s..s + inner]) {
                        *x = *x + y;
                    }
                }
            }
            sink.add(0, grad);
        })
    }

    /// Index `i` of axis `AX`, which is removed (NumPy `x[i]`, `x[:, i]`); the gradient is
    /// scattered back into zeros.
    ///
    /// # Panics
    /// When `i` is out of bounds.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![[1.0, 2.0], [3.0, 4.0]]);
    /// let g = x.index_axis::<1>(1).sum().backward().wrt(&x);  // x[:, 1]
    /// assert_eq!(g, tensor![[0.0, 1.0], [0.0, 1.0]]);
    /// ```
    #[must_use]
    #[track_caller]
    pub fn index_axis<const AX: isize>(&self, i: usize) -> Var<T, <S as Axis<AX>>::Removed, K>
    where
        S: Axis<AX>,
    {
        let value = self.value().index_axis::<AX>(i).to_tensor();
        self.gathered(value, <S as Axis<AX>>::INDEX, vec![i])
    }

    /// `LEN` elements along axis `AX` from `START` in steps of `STEP` (NumPy
    /// `x[START:START+LEN*STEP:STEP]`), a copy; see [`Tensor::slice_len`].
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![1.0, 2.0, 3.0, 4.0, 5.0]);
    /// let g = x.slice_len::<0, 4, 2, -2>().sum().backward().wrt(&x); // x[4], x[2]
    /// assert_eq!(g, tensor![0.0, 0.0, 1.0, 0.0, 1.0]);
    /// ```
    #[must_use]
    pub fn slice_len<const AX: isize, const START: usize, const LEN: usize, const STEP: isize>(
        &self,
    ) -> Var<T, Replaced<S, AX, Const<LEN>>, K>
    where
        S: ReplaceAxis<AX, Const<LEN>>,
    {
        let value = self.value().slice_len::<AX, START, LEN, STEP>().to_tensor();
        let positions = (0..LEN)
            .map(|j| START.wrapping_add_signed(STEP * j.cast_signed()))
            .collect();
        self.gathered(value, <S as Axis<AX>>::INDEX, positions)
    }

    /// `value` where `mask` is `true`, `self` elsewhere (PyTorch `masked_fill`, NumPy
    /// `np.where(mask, value, x)`); `mask` broadcasts to `self`'s shape. The gradient flows
    /// only where the mask is `false`. (`masked_select` has a length known only at run time,
    /// so it has no typed tracked form: mask, then reduce.)
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![[1.0, 2.0], [3.0, 4.0]]);
    /// let y = x.masked_fill(&tensor![true, false], 0.0);    // column 0 zeroed
    /// assert_eq!(y.value(), &tensor![[0.0, 2.0], [0.0, 4.0]]);
    /// assert_eq!(y.sum().backward().wrt(&x), tensor![[0.0, 1.0], [0.0, 1.0]]);
    /// ```
    #[must_use]
    pub fn masked_fill<SM, KM: Kind>(&self, mask: &Tensor<bool, SM, KM>, value: T) -> Self
    where
        SM: BroadcastTo<S>,
    {
        let dims = S::DIMS;
        let masked = |x: &[T], fill: T| {
            let mut out = Tensor::<T, S, K>::zeros();
            zip_strided(
                out.as_mut_slice(),
                dims.as_ref(),
                Strided::contiguous(x, dims.as_ref()),
                Strided::contiguous(mask.as_slice(), SM::DIMS.as_ref()),
                |x, m| if m { fill } else { x },
            );
            out
        };
        let value = masked(self.value().as_slice(), value);
        let mask = mask.clone();
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            let mut grad = Tensor::<T, S, K>::zeros();
            zip_strided(
                grad.as_mut_slice(),
                S::DIMS.as_ref(),
                Strided::contiguous(g.as_slice(), S::DIMS.as_ref()),
                Strided::contiguous(mask.as_slice(), SM::DIMS.as_ref()),
                |g, m| if m { T::zero() } else { g },
            );
            sink.add(0, grad);
        })
    }
}

/// `take::<AX>(indices)` on tracked values, with only the axis in the turbofish (see
/// [`Take`](crate::Take) for why it is a trait). In the [prelude](crate::prelude).
///
/// ```
/// use tensorial::autodiff::{TakeVar, Var};
/// use tensorial::tensor;
/// let x = Var::param(tensor![10.0, 20.0, 30.0]);
/// let g = x.take::<0>([2usize, 0, 2]).sum().backward().wrt(&x);
/// assert_eq!(g, tensor![1.0, 0.0, 2.0]);
/// ```
pub trait TakeVar<I: Indices> {
    /// The element type.
    type Elem: Real;
    /// The shape gathered from.
    type Shape: Shape;
    /// The storage kind of the source.
    type Kind: Kind;

    /// Gathers `indices` along axis `AX` (NumPy `np.take(x, indices, axis=AX)`); repeated
    /// indices add their gradients. See [`Take::take`](crate::Take::take).
    ///
    /// # Panics
    /// When an index is negative or out of bounds.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// use tensorial::autodiff::Var;
    /// let x = Var::param(tensor![[1.0, 2.0], [3.0, 4.0]]);
    /// let g = x.take::<1>([1usize, 1]).sum().backward().wrt(&x);
    /// assert_eq!(g, tensor![[0.0, 2.0], [0.0, 2.0]]);
    /// ```
    #[must_use]
    #[track_caller]
    #[allow(clippy::type_complexity)]
    fn take<const AX: isize>(
        &self,
        indices: I,
    ) -> Var<Self::Elem, Replaced<Self::Shape, AX, I::Len>, Combined<Self::Kind, I::Kind>>
    where
        Self::Shape: ReplaceAxis<AX, I::Len>,
        Self::Kind: Combine<I::Kind>;
}

impl<T: Real, S: Shape, K: Kind, I: Indices> TakeVar<I> for Var<T, S, K> {
    type Elem = T;
    type Shape = S;
    type Kind = K;

    #[track_caller]
    fn take<const AX: isize>(
        &self,
        indices: I,
    ) -> Var<T, Replaced<S, AX, I::Len>, Combined<K, I::Kind>>
    where
        S: ReplaceAxis<AX, I::Len>,
        K: Combine<I::Kind>,
    {
        // Read before `take` checks them (and panics with its message on a bad one).
        let positions = (0..I::Len::SIZE)
            .map(|k| indices.value(k).to_index().unwrap_or(usize::MAX))
            .collect();
        let value = crate::Take::take::<AX>(self.value(), indices);
        self.gathered(value, <S as Axis<AX>>::INDEX, positions)
    }
}
