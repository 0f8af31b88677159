//! Axis changes that need no copy, as views: `new_axis`, `permute`, `t`, `swap_axes`.
//!
//! Each only rearranges the view's strides. The [`Tensor`](crate::Tensor) methods of the same
//! names return contiguous copies (for callers that need row-major data, e.g. `as_slice`);
//! `x.view().t()` is the transpose without a copy, and `m.view().new_axis::<1>()` broadcasts
//! a borrowed tensor without consuming or cloning it.

use super::View;
use crate::ops::kernel::MAX_RANK;
use crate::ops::permutation;
use crate::storage::Kind;
use crate::{Axis, Dim, Elem, InsertAxis, Shape, SwapAxes};

impl<'a, T: Elem, S: Shape, K: Kind> View<'a, T, S, K> {
    /// Inserts a broadcast axis ([`Bcast`](crate::Bcast)) before axis `AX`, as a view (NumPy
    /// `x[:, None]`): the borrowed tensor is neither consumed nor copied.
    /// ([`Tensor::new_axis`](crate::Tensor::new_axis) consumes its tensor.)
    ///
    /// ```
    /// use tensorial::{tensor, Heap, Rank1, Rank2, Tensor};
    /// fn center(x: &Tensor<f64, Rank2<2, 3>, Heap>, m: &Tensor<f64, Rank1<2>, Heap>) -> Tensor<f64, Rank2<2, 3>, Heap> {
    ///     x - m.view().new_axis::<1>() // no `m.clone()`
    /// }
    /// let x = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]].to_heap();
    /// let m = tensor![2.0, 5.0].to_heap();
    /// assert_eq!(center(&x, &m), tensor![[-1.0, 0.0, 1.0], [-1.0, 0.0, 1.0]]);
    /// ```
    #[must_use]
    pub fn new_axis<const AX: usize>(&self) -> View<'a, T, <S as InsertAxis<AX>>::Output, K>
    where
        S: InsertAxis<AX>,
    {
        let mut strides = [0; MAX_RANK];
        strides[..AX].copy_from_slice(&self.strides[..AX]);
        strides[AX + 1..=S::RANK].copy_from_slice(&self.strides[AX..S::RANK]);
        View::from_parts(self.data, self.offset, strides)
    }

    /// Exchanges axes `A` and `B`, as a view (NumPy `np.swapaxes`, which also returns a view);
    /// [`Tensor::swap_axes`](crate::Tensor::swap_axes) returns a contiguous copy.
    ///
    /// ```
    /// use tensorial::{Rank3, Tensor};
    /// let x = Tensor::<i32, Rank3<2, 3, 4>>::arange();
    /// let v = x.view().swap_axes::<0, -1>();
    /// assert_eq!(v.shape(), [4, 3, 2]);
    /// assert_eq!(v[[3, 1, 0]], x[[0, 1, 3]]);
    /// assert_eq!(v, x.swap_axes::<0, -1>());
    /// ```
    #[must_use]
    pub fn swap_axes<const A: isize, const B: isize>(
        &self,
    ) -> View<'a, T, <S as SwapAxes<A, B>>::Output, K>
    where
        S: SwapAxes<A, B>,
    {
        let mut strides = self.strides;
        strides.swap(<S as Axis<A>>::INDEX, <S as Axis<B>>::INDEX);
        View::from_parts(self.data, self.offset, strides)
    }

    /// The strides reordered so that axis `i` of the result is axis `perm[i]` of `self`.
    fn permuted_strides(&self, perm: &[usize]) -> [isize; MAX_RANK] {
        let mut strides = [0; MAX_RANK];
        for (out, &p) in strides.iter_mut().zip(perm) {
            *out = self.strides[p];
        }
        strides
    }
}

/// Per rank: `View::permute::<P0, …>()`, whose output axis `i` is input axis `P_i`. Each row
/// also gives the sizes and the (reversing) permutation of its doc example.
macro_rules! view_permute_impls {
    ($($rank:tt: [$($D:ident)+] [$($P:ident)+] $sizes:literal $perm:literal;)+) => {$(
        view_permute_impls!(@impl $rank ($($D,)+) [$($D)+] [$($P)+] $sizes $perm);
    )+};
    (@impl $rank:tt $S:tt [$($D:ident)+] [$($P:ident)+] $sizes:literal $perm:literal) => {
        impl<'a, T: Elem, K: Kind, $($D: Dim),+> View<'a, T, $S, K> {
            #[doc = concat!(
                "Permutes the axes of a rank-", $rank, " view, as a view: axis `i` of the result ",
                "is axis `P_i` of `self` (NumPy `np.transpose(x, axes)`, which also returns a ",
                "view). [`Tensor::permute`](crate::Tensor::permute) returns a contiguous copy.\n\n",
                "```\nuse tensorial::{Rank", $rank, ", Tensor};\n",
                "let x = Tensor::<i32, Rank", $rank, "<", $sizes, ">>::arange();\n",
                "let v = x.view().permute::<", $perm, ">();\n",
                "assert_eq!(v, x.permute::<", $perm, ">());\n```"
            )]
            #[must_use]
            pub fn permute<$(const $P: isize),+>(&self) -> View<'a, T, ($(<$S as Axis<$P>>::Dim,)+), K>
            where
                $S: $(Axis<$P> +)+ Shape,
            {
                let perm = const {
                    permutation([$(<$S as Axis<$P>>::INDEX),+], [$($P),+])
                };
                View::from_parts(self.data, self.offset, self.permuted_strides(&perm))
            }
        }
    };
}

view_permute_impls! {
    1: [A] [P0] "3" "-1";
    2: [A B] [P0 P1] "2, 3" "1, 0";
    3: [A B C] [P0 P1 P2] "2, 3, 4" "2, 0, 1";
    4: [A B C D] [P0 P1 P2 P3] "2, 3, 1, 2" "0, 2, 3, 1";
    5: [A B C D E] [P0 P1 P2 P3 P4] "1, 2, 1, 3, 2" "-1, 3, 2, 1, 0";
    6: [A B C D E F] [P0 P1 P2 P3 P4 P5] "1, 2, 1, 3, 2, 2" "5, 4, 3, 2, 1, 0";
}

impl<'a, T: Elem, A: Dim, B: Dim, K: Kind> View<'a, T, (A, B), K> {
    /// The transpose of a matrix view, as a view (NumPy `x.T`, which is also a view):
    /// nothing is copied. [`Tensor::t`](crate::Tensor::t) returns a contiguous copy.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// let xt = x.view().t();
    /// assert_eq!(xt, tensor![[1, 4], [2, 5], [3, 6]]);
    /// assert_eq!(xt.strides(), &[1, 3]);
    /// ```
    #[must_use]
    pub fn t(&self) -> View<'a, T, (B, A), K> {
        self.permute::<1, 0>()
    }
}
