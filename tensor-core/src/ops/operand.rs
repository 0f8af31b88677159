//! `Operand`: what can stand on the right of an elementwise op (a tensor, a view, a scalar).

use super::kernel::Strided;
use crate::storage::{Inline, Kind};
use crate::view::{View, ViewMut};
use crate::{Elem, Shape, Tensor};

/// A right-hand operand of an elementwise op on a tensor of `T`: a `Tensor<T, _, _>`, a
/// `&Tensor<T, _, _>`, a [`View`] or [`ViewMut`] (or a reference to one), or a scalar `T`
/// (which acts as a rank-0 tensor and broadcasts).
///
/// Operands are read through a [`Strided`] layout, so views (columns, stepped or reversed
/// slices) take part in every op without being copied.
///
/// ```
/// use tensorial::{Operand, Rank1, Tensor};
/// fn numel<R: Operand<f32>>(r: R) -> usize { r.layout().len() }
/// assert_eq!(numel(2.0), 1);
/// assert_eq!(numel(&Tensor::<f32, Rank1<3>>::zeros()), 3);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be combined with a tensor of `{T}`",
    label = "expected a `{T}` scalar or a tensor of `{T}` elements",
    note = "element types never convert implicitly: convert a tensor with `.cast::<{T}>()` (NumPy `astype`) or a scalar with `as {T}`",
    note = "if the right-hand side is a tracked `autodiff::Var`: put the `Var` first, or wrap the tensor with `Var::constant`"
)]
pub trait Operand<T: Elem> {
    /// The operand's shape (`()` for a scalar).
    type Shape: Shape;
    /// The operand's storage kind ([`Inline`] for a scalar; the source's kind for a view).
    type Kind: Kind;
    /// The operand's elements and layout (contiguous row-major for tensors and scalars).
    fn layout(&self) -> Strided<'_, T>;

    /// All of the operand's elements in row-major order, when they are one slice (tensors and
    /// scalars); `None` for views, which are read through [`layout`](Self::layout).
    ///
    /// Small ops on inline tensors use it to run one loop with compile-time trip counts.
    #[doc(hidden)]
    #[inline]
    fn elements(&self) -> Option<&[T]> {
        None
    }
}

#[diagnostic::do_not_recommend]
impl<T: Elem, S: Shape, K: Kind> Operand<T> for Tensor<T, S, K> {
    type Shape = S;
    type Kind = K;
    fn layout(&self) -> Strided<'_, T> {
        Strided::contiguous(self.as_slice(), S::DIMS.as_ref())
    }
    #[inline]
    fn elements(&self) -> Option<&[T]> {
        Some(self.as_slice())
    }
}

#[diagnostic::do_not_recommend]
impl<T: Elem, S: Shape, K: Kind> Operand<T> for &Tensor<T, S, K> {
    type Shape = S;
    type Kind = K;
    fn layout(&self) -> Strided<'_, T> {
        Strided::contiguous(self.as_slice(), S::DIMS.as_ref())
    }
    #[inline]
    fn elements(&self) -> Option<&[T]> {
        Some(self.as_slice())
    }
}

#[diagnostic::do_not_recommend]
impl<T: Elem, S: Shape, K: Kind> Operand<T> for View<'_, T, S, K> {
    type Shape = S;
    type Kind = K;
    fn layout(&self) -> Strided<'_, T> {
        self.strided()
    }
}

#[diagnostic::do_not_recommend]
impl<T: Elem, S: Shape, K: Kind> Operand<T> for &View<'_, T, S, K> {
    type Shape = S;
    type Kind = K;
    fn layout(&self) -> Strided<'_, T> {
        self.strided()
    }
}

#[diagnostic::do_not_recommend]
impl<T: Elem, S: Shape, K: Kind> Operand<T> for ViewMut<'_, T, S, K> {
    type Shape = S;
    type Kind = K;
    fn layout(&self) -> Strided<'_, T> {
        self.as_view().strided()
    }
}

#[diagnostic::do_not_recommend]
impl<T: Elem, S: Shape, K: Kind> Operand<T> for &ViewMut<'_, T, S, K> {
    type Shape = S;
    type Kind = K;
    fn layout(&self) -> Strided<'_, T> {
        self.as_view().strided()
    }
}

macro_rules! scalar_operands {
    ($($t:ty)*) => {$(
        #[diagnostic::do_not_recommend]
        impl Operand<$t> for $t {
            type Shape = ();
            type Kind = Inline;
            fn layout(&self) -> Strided<'_, $t> {
                Strided::contiguous(core::slice::from_ref(self), &[])
            }
            #[inline]
            fn elements(&self) -> Option<&[$t]> {
                Some(core::slice::from_ref(self))
            }
        }
    )*};
}

scalar_operands!(f32 f64 i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize bool);
