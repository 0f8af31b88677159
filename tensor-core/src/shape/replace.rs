//! Replacing one axis of a shape by another axis type, and appending an axis at the end.
//!
//! (Reconstructed by the shape-ops session after it overwrote this file by mistake: the trait
//! signatures, the alias and the `AppendAxis` diagnostic are the original ones, recovered from
//! compiler output; the docs and impl macros are rewritten. Owner: please check.)

use super::axis::Axis;
use super::dim::Dim;
use super::tuple::Shape;

/// A shape whose axis `AX` (negative counts from the end) can be replaced by the axis `D`;
/// `Output` is the shape with axis `AX` set to `D`.
///
/// Implemented for every shape of rank 1 to 6 at each of its axes, counted from the front
/// (`0..R`) or the end (`-R..-1`). The generated impls are not listed here.
///
/// ```
/// use tensorial::{Const, Rank3, Replaced, Shape};
/// type S = Replaced<Rank3<2, 3, 4>, -1, Const<7>>;
/// assert_eq!(S::DIMS, [2, 3, 7]);
/// ```
#[diagnostic::on_unimplemented(
    message = "axis {AX} is out of range for shape `{Self}`",
    label = "no axis {AX} here",
    note = "a shape of rank R has axes 0..R, or -R..-1 counted from the end"
)]
pub trait ReplaceAxis<const AX: isize, D: Dim>: Axis<AX> {
    /// `Self` with axis `AX` replaced by `D`.
    type Output: Shape;
}

/// The shape `S` with axis `AX` replaced by `D`: `<S as ReplaceAxis<AX, D>>::Output`.
pub type Replaced<S, const AX: isize, D> = <S as ReplaceAxis<AX, D>>::Output;

/// Implements `ReplaceAxis` at every position of one shape, from the front (`$p`) and from the
/// end (`$n`), given as literal lists so the docs show `ReplaceAxis<-1, New>`.
macro_rules! replace_axis_impls {
    ([] []; [$($pre:ident)*] []) => {};
    ([$p:literal $($ps:literal)*] [$n:literal $($ns:literal)*];
        [$($pre:ident)*] [$next:ident $($post:ident)*]) => {
        replace_axis_impls!(@impl $p; [$($pre)*] $next [$($post)*]);
        replace_axis_impls!(@impl $n; [$($pre)*] $next [$($post)*]);
        replace_axis_impls!([$($ps)*] [$($ns)*]; [$($pre)* $next] [$($post)*]);
    };
    (@impl $axis:literal; [$($pre:ident)*] $next:ident [$($post:ident)*]) => {
        #[doc(hidden)] // one impl per rank and position: the trait's docs list them
        #[diagnostic::do_not_recommend]
        impl<$($pre: Dim,)* $next: Dim, $($post: Dim,)* New: Dim> ReplaceAxis<$axis, New>
            for ($($pre,)* $next, $($post,)*)
        {
            type Output = ($($pre,)* New, $($post,)*);
        }
    };
}

replace_axis_impls!([0] [-1]; [] [A]);
replace_axis_impls!([0 1] [-2 -1]; [] [A B]);
replace_axis_impls!([0 1 2] [-3 -2 -1]; [] [A B C]);
replace_axis_impls!([0 1 2 3] [-4 -3 -2 -1]; [] [A B C D]);
replace_axis_impls!([0 1 2 3 4] [-5 -4 -3 -2 -1]; [] [A B C D E]);
replace_axis_impls!([0 1 2 3 4 5] [-6 -5 -4 -3 -2 -1]; [] [A B C D E F]);

/// A shape to which the axis `D` can be appended as a new last axis; `Output` is the longer
/// shape.
///
/// ```
/// use tensorial::{AppendAxis, Const, Rank2, Shape};
/// type S = <Rank2<2, 3> as AppendAxis<Const<4>>>::Output;
/// assert_eq!(S::DIMS, [2, 3, 4]);
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot append an axis `{D}` to shape `{Self}`",
    label = "the result would have more than 6 axes"
)]
pub trait AppendAxis<D: Dim>: Shape {
    /// `Self` followed by the axis `D`.
    type Output: Shape;
}

/// Implements `AppendAxis` for the shapes of rank 0 to 5.
macro_rules! append_axis_impls {
    ($([$($A:ident)*])*) => {$(
        #[diagnostic::do_not_recommend]
        impl<$($A: Dim,)* New: Dim> AppendAxis<New> for ($($A,)*) {
            type Output = ($($A,)* New,);
        }
    )*};
}

append_axis_impls! {
    []
    [A]
    [A B]
    [A B C]
    [A B C D]
    [A B C D E]
}
