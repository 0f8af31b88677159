//! Reductions, elementwise math and `matmul` on views, with the signatures of the `Tensor`
//! methods of the same names, so a view computes exactly what its copy computes.
//!
//! Reductions (whole and along an axis) of a **contiguous** view (a whole tensor, a row or a
//! slab of rows, a tensor of a memory-mapped file) run the tensor's kernels on the view's
//! elements in place; so does `abs`. Other views, and the other methods, run the tensor's
//! kernels (vectorized, multi-core) on a contiguous copy (one pass over the elements, in the
//! source's storage kind).

use super::View;
use crate::ops::{GemmElem, reduce_whole as whole};
use crate::storage::{Combine, Combined, Kind};
use crate::{Axis, BroadcastTo, Elem, MatMulShape, Operand, Shape, Tensor};
use core::ops::{Add, Mul};
use num_traits::{Float, One, Signed, Zero};

/// View methods that reduce all elements to one value: read in place when the view is
/// contiguous (a whole tensor, a row, a tensor of a memory-mapped file), else on a contiguous
/// copy; either way with the tensor's kernel, so the result is the copy's, bit for bit.
macro_rules! whole_reductions {
    ($($name:ident($($in_order:expr)?) -> $Out:ty where [$($bound:tt)*] $example:literal;)*) => {$(
        #[doc = concat!(
            "[`Tensor::", stringify!($name), "`] of the view's elements: read in place when the ",
            "view is contiguous, else on a contiguous copy (the same kernel either way, so the ",
            "same result bit for bit).\n\n```\nuse tensorial::{Rank2, Tensor};\n",
            "let x = Tensor::<f64, Rank2<3, 4>>::arange() - 5.0;\n",
            "let v = x.view().t(); // not contiguous: a copy\n", $example,
            "\nassert_eq!(x.view().", stringify!($name), "(), x.", stringify!($name), "()); // in place\n```"
        )]
        #[must_use]
        pub fn $name(&self) -> $Out
        where
            $($bound)*
        {
            match self.as_slice() {
                Some(xs) => whole::$name(xs $(, $in_order)?),
                None => self.to_tensor().$name(),
            }
        }
    )*};
}

/// View methods reducing along axis `AX` (`NAME_axis` removes it, `NAME_keepdims` keeps it as
/// `Bcast`): read in place when the view is contiguous, else on a contiguous copy; the
/// tensor's kernel either way, so the result is the copy's, bit for bit.
macro_rules! axis_reductions {
    ($($axis:ident $keep:ident => $into:ident -> $Out:ty where [$($bound:tt)*];)*) => {$(
        axis_reductions!(@one $axis Removed $into -> $Out where [$($bound)*]);
        axis_reductions!(@one $keep Kept $into -> $Out where [$($bound)*]);
    )*};
    (@one $name:ident $Assoc:ident $into:ident -> $Out:ty where [$($bound:tt)*]) => {
        #[doc = concat!(
            "[`Tensor::", stringify!($name), "`] of the view: read in place when the view is ",
            "contiguous, else on a contiguous copy (the same kernel either way, so the same ",
            "result bit for bit).\n\n```\nuse tensorial::{Rank2, Tensor};\n",
            "let x = Tensor::<f64, Rank2<3, 4>>::arange() - 5.0;\n",
            "assert_eq!(x.view().", stringify!($name), "::<1>(), x.", stringify!($name),
            "::<1>()); // in place\n",
            "assert_eq!(x.view().t().", stringify!($name), "::<0>(), x.", stringify!($name),
            "::<1>().reshape()); // a copy of the transposed view\n```"
        )]
        #[must_use]
        pub fn $name<const AX: isize>(&self) -> Tensor<$Out, <S as Axis<AX>>::$Assoc, K>
        where
            S: Axis<AX>,
            $($bound)*
        {
            match self.as_slice() {
                Some(xs) => Tensor::<T, S, K>::$into::<AX, <S as Axis<AX>>::$Assoc>(xs),
                None => self.to_tensor().$name::<AX>(),
            }
        }
    };
}

impl<T: Elem, S: Shape, K: Kind> View<'_, T, S, K> {
    whole_reductions! {
        sum() -> T where [T: Zero + Add<Output = T>]
            "assert_eq!(v.sum(), x.sum());\nassert_eq!(x.row(2).sum(), 18.0); // 3 + 4 + 5 + 6, in place";
        prod() -> T where [T: One + Mul<Output = T>]
            "assert_eq!(v.prod(), x.prod());";
        mean() -> T where [T: Float]
            "assert_eq!(v.mean(), x.t().mean());";
        var() -> T where [T: Float]
            "assert_eq!(v.var(), x.t().var());";
        norm() -> T where [T: Float]
            "assert_eq!(v.norm(), x.t().norm());";
        max() -> T where [T: PartialOrd]
            "assert_eq!(v.max(), 6.0);";
        min() -> T where [T: PartialOrd]
            "assert_eq!(v.min(), -5.0);";
        argmax(false) -> usize where [T: PartialOrd]
            "assert_eq!(v.argmax(), 11); // row-major in the view's own shape (4, 3)";
        argmin(false) -> usize where [T: PartialOrd]
            "assert_eq!(v.argmin(), 0);";
    }

    /// [`Tensor::std`] of the view's elements: the square root of [`var`](Self::var), in place
    /// when the view is contiguous.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let x = Tensor::<f64, Rank2<3, 4>>::arange() - 5.0;
    /// assert_eq!(x.view().t().std(), x.std());
    /// assert_eq!(x.view().std(), x.std());
    /// ```
    #[must_use]
    pub fn std(&self) -> T
    where
        T: Float,
    {
        self.var().sqrt()
    }

    axis_reductions! {
        sum_axis sum_keepdims => sum_into -> T where [T: Zero + Add<Output = T>];
        prod_axis prod_keepdims => prod_into -> T where [T: One + Mul<Output = T>];
        mean_axis mean_keepdims => mean_into -> T where [T: Float];
        var_axis var_keepdims => var_into -> T where [T: Float];
        std_axis std_keepdims => std_into -> T where [T: Float];
        norm_axis norm_keepdims => norm_into -> T where [T: Float];
        max_axis max_keepdims => max_into -> T where [T: PartialOrd];
        min_axis min_keepdims => min_into -> T where [T: PartialOrd];
        argmax_axis argmax_keepdims => argmax_into -> usize where [T: PartialOrd];
        argmin_axis argmin_keepdims => argmin_into -> usize where [T: PartialOrd];
    }

    /// [`Tensor::matmul`] with this view on the left and a tensor on the right (computed on a
    /// contiguous copy of the view).
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let x = Tensor::<f64, Rank2<3, 4>>::arange();
    /// let gram = x.view().t().matmul(&x); // xᵀx, without writing out xᵀ first
    /// assert_eq!(gram, x.t().matmul(&x));
    /// ```
    #[must_use]
    pub fn matmul<S2: Shape, K2: Kind>(
        &self,
        rhs: &Tensor<T, S2, K2>,
    ) -> Tensor<T, <S as MatMulShape<S2>>::Output, Combined<K, K2>>
    where
        T: GemmElem,
        S: MatMulShape<S2>,
        K: Combine<K2>,
    {
        self.to_tensor().matmul(rhs)
    }

    /// [`Tensor::matmul_add`] with this view on the left: `self @ rhs + bias`, computed on a
    /// contiguous copy of the view.
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Tensor};
    /// let x = Tensor::<f64, Rank2<3, 4>>::arange();
    /// let b = tensor![1.0, 2.0, 3.0, 4.0];
    /// assert_eq!(x.view().t().matmul_add(&x, &b), x.t().matmul(&x) + &b);
    /// ```
    #[must_use]
    pub fn matmul_add<S2: Shape, K2: Kind, B: Operand<T>>(
        &self,
        rhs: &Tensor<T, S2, K2>,
        bias: B,
    ) -> Tensor<T, <S as MatMulShape<S2>>::Output, Combined<K, K2>>
    where
        T: GemmElem,
        S: MatMulShape<S2>,
        K: Combine<K2>,
        B::Shape: BroadcastTo<<S as MatMulShape<S2>>::Output>,
    {
        self.to_tensor().matmul_add(rhs, bias)
    }
}

/// View methods applying a float function to every element: the tensor's (vectorized)
/// kernel on a contiguous copy, so the results are bit-identical to the copy's.
macro_rules! view_float_fns {
    ($($name:ident)*) => {$(
        #[doc = concat!(
            "[`Tensor::", stringify!($name), "`] of every element of the view, into a new tensor ",
            "(computed on a contiguous copy, with the tensor's vectorized kernel).\n\n```\nuse tensorial::tensor;\n",
            "let x = tensor![[0.5f64, 1.0], [2.0, 4.0]];\n",
            "assert_eq!(x.view().t().", stringify!($name), "(), x.t().", stringify!($name), "());\n```"
        )]
        #[must_use]
        pub fn $name(&self) -> Tensor<T, S, K> {
            self.to_tensor().$name()
        }
    )*};
}

impl<T: Elem + Float, S: Shape, K: Kind> View<'_, T, S, K> {
    view_float_fns!(exp ln sqrt tanh sin cos recip floor ceil round);
}

impl<T: Elem + Signed, S: Shape, K: Kind> View<'_, T, S, K> {
    /// [`Tensor::abs`] of every element of the view, read in place, into a new tensor.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[-1, 2], [3, -4]];
    /// assert_eq!(x.view().t().abs(), x.t().abs());
    /// ```
    #[must_use]
    pub fn abs(&self) -> Tensor<T, S, K> {
        self.map(|x| x.abs())
    }
}
