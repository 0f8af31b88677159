//! A literal on the left of a tensor of another element kind (`3 * x` for a float `x`,
//! `2.0 * n` for an integer `n`) gets the crate's message instead of rustc's list of `Mul` impls.
//!
//! An unsuffixed literal falls back to `i32` or `f64`, so those two types get one impl each per
//! operator over the tensors of the *other* kind, bounded by [`ScalarOnLeft`], which no type
//! implements: the bound fails and its `on_unimplemented` message is what the user reads.
//! Only those two: an impl on `i64` too would make `{integer} * x` ambiguous for an `i64` `x`.

use crate::storage::Kind;
use crate::view::View;
use crate::{FloatElem, IntElem, Shape, Tensor};
use core::ops::{Add, Div, Mul, Rem, Sub};

/// Never implemented: the bound that turns a scalar of another element type on the left of a
/// tensor (`3 * x` for a tensor of `f32`) into this crate's error message.
///
/// ```compile_fail
/// use tensorial::tensor;
/// let x = tensor![1.0f32, 2.0];
/// let _ = 3 * x; // error: a `i32` scalar cannot be combined with a tensor of `f32`
/// ```
///
/// The same kinds work on the left: `3.0 * x` here, `3 * n` for an integer tensor `n`.
///
/// ```
/// use tensorial::tensor;
/// assert_eq!((3.0 * tensor![1.0f32, 2.0]).as_slice(), &[3.0, 6.0]);
/// assert_eq!((1 - tensor![1_i64, 2]).as_slice(), &[0, -1]);
/// ```
#[diagnostic::on_unimplemented(
    message = "a `{L}` scalar cannot be combined with a tensor of `{Self}`",
    label = "element types never convert implicitly",
    note = "write the literal as a `{Self}` (`3.0 * x` for a float tensor, `3 * x` for an integer one), or convert a variable with `as {Self}`"
)]
pub trait ScalarOnLeft<L> {}

/// `$lhs OP tensor` for the tensors of element kind `$Kind`, refused by [`ScalarOnLeft`].
macro_rules! refused_scalar_left {
    ($($lhs:ty: $Kind:ident;)*) => {$(
        refused_scalar_left!(@ops $lhs, $Kind, [Add add, Sub sub, Mul mul, Div div, Rem rem]);
    )*};
    (@ops $lhs:ty, $Kind:ident, [$($Op:ident $op:ident),*]) => {$(
        refused_scalar_left!(@rhs $lhs, $Kind, $Op $op, [Tensor<T, S, K>, &Tensor<T, S, K>,
            View<'_, T, S, K>, &View<'_, T, S, K>]);
    )*};
    (@rhs $lhs:ty, $Kind:ident, $Op:ident $op:ident, [$($Rhs:ty),*]) => {$(
        impl<T: $Kind + ScalarOnLeft<$lhs>, S: Shape, K: Kind> $Op<$Rhs> for $lhs {
            type Output = Tensor<T, S, K>;
            fn $op(self, _: $Rhs) -> Tensor<T, S, K> {
                unreachable!("`ScalarOnLeft` has no impls, so this impl never applies")
            }
        }
    )*};
}

refused_scalar_left! {
    i32: FloatElem;
    f64: IntElem;
}
