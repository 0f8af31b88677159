//! Shape ops on tracked values: `reshape`, `flatten`, `new_axis`/`expand_dims`, `squeeze`
//! (same elements, so the gradient is reshaped back), and `permute`, `t`, `swap_axes` (the
//! gradient is permuted back).

use super::super::var::{Real, Var};
use crate::ops::kernel::MAX_RANK;
use crate::ops::layout::permute_copy;
use crate::shape::SizeOne;
use crate::storage::Kind;
use crate::{Axis, Const, Dim, InsertAxis, Shape, SwapAxes, Tensor};
use alloc::vec;

impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {
    /// The same elements under another shape `S2`; its gradient is the result's, reshaped back.
    fn relabeled<S2: Shape>(&self, value: Tensor<T, S2, K>) -> Var<T, S2, K> {
        Var::from_op(value, vec![self.node.clone()], |g, sink| {
            sink.add(0, g.relabel::<S>());
        })
    }

    /// The same elements under shape `S2` (NumPy `x.reshape(...)`); see [`Tensor::reshape`].
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor, Rank1};
    /// let x = Var::param(tensor![[1.0, 2.0], [3.0, 4.0]]);
    /// let v = x.reshape::<Rank1<4>>();
    /// let g = (&v * tensor![1.0, 2.0, 3.0, 4.0]).sum().backward().wrt(&x);
    /// assert_eq!(g, tensor![[1.0, 2.0], [3.0, 4.0]]);
    /// ```
    #[must_use]
    pub fn reshape<S2: Shape>(&self) -> Var<T, S2, K> {
        self.relabeled(self.value().clone().reshape::<S2>())
    }

    /// The elements as a vector of `N` (NumPy `x.flatten()`); see [`Tensor::flatten`].
    #[must_use]
    pub fn flatten<const N: usize>(&self) -> Var<T, (Const<N>,), K> {
        self.relabeled(self.value().clone().flatten::<N>())
    }

    /// A new `Bcast` axis at position `AX` (NumPy `x[:, None]`); see [`Tensor::new_axis`].
    #[must_use]
    pub fn new_axis<const AX: usize>(&self) -> Var<T, <S as InsertAxis<AX>>::Output, K>
    where
        S: InsertAxis<AX>,
    {
        self.relabeled(self.value().clone().new_axis::<AX>())
    }

    /// Same as [`new_axis`](Self::new_axis) (NumPy `np.expand_dims`).
    #[must_use]
    pub fn expand_dims<const AX: usize>(&self) -> Var<T, <S as InsertAxis<AX>>::Output, K>
    where
        S: InsertAxis<AX>,
    {
        self.new_axis::<AX>()
    }

    /// Removes the size-1 axis `AX` (NumPy `np.squeeze(x, AX)`); see [`Tensor::squeeze`].
    #[must_use]
    pub fn squeeze<const AX: isize>(&self) -> Var<T, <S as Axis<AX>>::Removed, K>
    where
        S: Axis<AX>,
        <S as Axis<AX>>::Dim: SizeOne<S, AX>,
    {
        self.relabeled(self.value().clone().squeeze::<AX>())
    }

    /// A permutation of the axes, given as `perm[i]` = the source axis of axis `i`; the
    /// gradient is permuted back.
    fn permuted<S2: Shape>(
        &self,
        value: Tensor<T, S2, K>,
        perm: [usize; MAX_RANK],
    ) -> Var<T, S2, K> {
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            let mut inverse = [0; MAX_RANK];
            for (i, &p) in perm[..S::RANK].iter().enumerate() {
                inverse[p] = i;
            }
            let mut grad = Tensor::<T, S, K>::zeros();
            permute_copy(
                grad.as_mut_slice(),
                (g.as_slice(), S2::DIMS.as_ref()),
                &inverse[..S::RANK],
            );
            sink.add(0, grad);
        })
    }

    /// Exchanges axes `A` and `B` (NumPy `np.swapaxes`); see [`Tensor::swap_axes`].
    #[must_use]
    pub fn swap_axes<const A: isize, const B: isize>(
        &self,
    ) -> Var<T, <S as SwapAxes<A, B>>::Output, K>
    where
        S: SwapAxes<A, B>,
    {
        let mut perm: [usize; MAX_RANK] = core::array::from_fn(|i| i);
        perm.swap(<S as Axis<A>>::INDEX, <S as Axis<B>>::INDEX);
        self.permuted(self.value().swap_axes::<A, B>(), perm)
    }
}

impl<T: Real, A: Dim, B: Dim, K: Kind> Var<T, (A, B), K> {
    /// The transpose of a matrix (NumPy `x.T`).
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![[1.0, 2.0, 3.0]]);
    /// let g = (&x.t() * tensor![[1.0], [2.0], [3.0]]).sum().backward().wrt(&x);
    /// assert_eq!(g, tensor![[1.0, 2.0, 3.0]]);
    /// ```
    #[must_use]
    pub fn t(&self) -> Var<T, (B, A), K> {
        let mut perm = [0; MAX_RANK];
        perm[..2].copy_from_slice(&[1, 0]);
        self.permuted(self.value().t(), perm)
    }
}

/// `permute::<P…>()` for each rank, as on tensors.
macro_rules! var_permute_impls {
    ($($rank:literal: [$($D:ident)+] [$($P:ident)+];)+) => {$(
        var_permute_impls!(@impl $rank ($($D,)+) [$($D)+] [$($P)+]);
    )+};
    (@impl $rank:literal $S:tt [$($D:ident)+] [$($P:ident)+]) => {
        impl<T: Real, $($D: Dim,)+ K: Kind> Var<T, $S, K> {
            /// Permutes the axes: axis `i` of the result is axis `P_i` of `self` (NumPy
            /// `np.transpose(x, axes)`); see [`Tensor::permute`]. The gradient is permuted back.
            #[must_use]
            pub fn permute<$(const $P: isize),+>(&self) -> Var<T, ($(<$S as Axis<$P>>::Dim,)+), K>
            where
                $S: $(Axis<$P> +)+ Shape,
            {
                let mut perm = [0; MAX_RANK];
                perm[..$rank].copy_from_slice(&[$(<$S as Axis<$P>>::INDEX),+]);
                self.permuted(self.value().permute::<$($P),+>(), perm)
            }
        }
    };
}

var_permute_impls! {
    1: [A] [P0];
    2: [A B] [P0 P1];
    3: [A B C] [P0 P1 P2];
    4: [A B C D] [P0 P1 P2 P3];
    5: [A B C D E] [P0 P1 P2 P3 P4];
    6: [A B C D E F] [P0 P1 P2 P3 P4 P5];
}
