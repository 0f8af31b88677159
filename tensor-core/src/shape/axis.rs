//! Inserting a broadcast axis at a compile-time position (NumPy `np.newaxis` / `x[:, None]`).

use super::dim::{Bcast, Dim};
use super::tuple::Shape;

/// A shape into which a [`Bcast`] axis can be inserted before axis `AX` (`AX == RANK` appends).
///
/// Implemented for every shape of rank 0 to 5 and every `AX` from 0 to its rank. The
/// generated impls are not listed here.
///
/// ```
/// use tensorial::{Bcast, Const, InsertAxis, Shape};
/// type Col = <(Const<4>,) as InsertAxis<1>>::Output;
/// assert_eq!(Col::DIMS, [4, 1]);
/// let _: Col = (Const::<4>, Bcast);
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot insert a new axis at position {AX} of shape `{Self}`",
    label = "the position must be at most the rank, and the result at most rank 6"
)]
pub trait InsertAxis<const AX: usize>: Shape {
    /// `Self` with a `Bcast` axis at position `AX`.
    type Output: Shape;
}

/// Implements `InsertAxis` for every position of one shape, walking the split point right.
/// Positions are literal lists (not `$ax + 1`), so the docs show `InsertAxis<2>`.
macro_rules! insert_axis_impls {
    ([$ax:literal]; [$($pre:ident)*] []) => {
        #[doc(hidden)] // one impl per rank and position: the trait's docs list them
        #[diagnostic::do_not_recommend]
        impl<$($pre: Dim),*> InsertAxis<$ax> for ($($pre,)*) {
            type Output = ($($pre,)* Bcast,);
        }
    };
    ([$ax:literal $($rest:literal)*]; [$($pre:ident)*] [$next:ident $($post:ident)*]) => {
        #[doc(hidden)] // one impl per rank and position: the trait's docs list them
        #[diagnostic::do_not_recommend]
        impl<$($pre: Dim,)* $next: Dim, $($post: Dim),*> InsertAxis<$ax>
            for ($($pre,)* $next, $($post,)*)
        {
            type Output = ($($pre,)* Bcast, $next, $($post,)*);
        }
        insert_axis_impls!([$($rest)*]; [$($pre)* $next] [$($post)*]);
    };
}

insert_axis_impls!([0]; [] []);
insert_axis_impls!([0 1]; [] [A]);
insert_axis_impls!([0 1 2]; [] [A B]);
insert_axis_impls!([0 1 2 3]; [] [A B C]);
insert_axis_impls!([0 1 2 3 4]; [] [A B C D]);
insert_axis_impls!([0 1 2 3 4 5]; [] [A B C D E]);

/// Axis `AX` of a shape, counted from the front (`0..RANK`) or from the end when negative
/// (`-1` is the last axis, as in NumPy). An axis out of range is a compile error.
///
/// Reductions use it: the axis is removed from the result's type ([`Removed`](Self::Removed)),
/// or kept as a [`Bcast`] axis ([`Kept`](Self::Kept), NumPy `keepdims=True`) so the result
/// broadcasts straight back against the input.
///
/// Implemented for every shape of rank 1 to 6 at each of its axes, counted from the front
/// (`0..R`) or the end (`-R..-1`). The generated impls are not listed here.
///
/// ```
/// use tensorial::{Axis, Rank3, Shape};
/// type S = Rank3<2, 3, 4>;
/// assert_eq!(<S as Axis<1>>::INDEX, 1);
/// assert_eq!(<S as Axis<-1>>::INDEX, 2);
/// assert_eq!(<<S as Axis<1>>::Removed as Shape>::DIMS, [2, 4]);
/// assert_eq!(<<S as Axis<-1>>::Kept as Shape>::DIMS, [2, 3, 1]);
/// ```
#[diagnostic::on_unimplemented(
    message = "axis {AX} is out of range for shape `{Self}`",
    label = "no axis {AX} here",
    note = "a shape of rank R has axes 0..R, or -R..-1 counted from the end"
)]
pub trait Axis<const AX: isize>: Shape {
    /// The axis' position, `0..RANK`.
    const INDEX: usize;
    /// The axis type (`Const<N>` or `Bcast`).
    type Dim: Dim;
    /// The shape without this axis.
    type Removed: Shape;
    /// The shape with this axis replaced by [`Bcast`] (NumPy `keepdims=True`).
    type Kept: Shape;
}

/// Implements `Axis` at every position of one shape, from the front (`$p`) and from the end
/// (`$n`). Positions are literal lists, so the docs show `Axis<-1>`.
macro_rules! axis_impls {
    ([] []; [$($pre:ident)*] []) => {};
    ([$p:literal $($ps:literal)*] [$n:literal $($ns:literal)*];
        [$($pre:ident)*] [$next:ident $($post:ident)*]) => {
        axis_impls!(@impl $p, $p; [$($pre)*] $next [$($post)*]);
        axis_impls!(@impl $n, $p; [$($pre)*] $next [$($post)*]);
        axis_impls!([$($ps)*] [$($ns)*]; [$($pre)* $next] [$($post)*]);
    };
    (@impl $axis:literal, $index:literal; [$($pre:ident)*] $next:ident [$($post:ident)*]) => {
        #[doc(hidden)] // one impl per rank and position: the trait's docs list them
        #[diagnostic::do_not_recommend]
        impl<$($pre: Dim,)* $next: Dim, $($post: Dim),*> Axis<$axis> for ($($pre,)* $next, $($post,)*) {
            const INDEX: usize = $index;
            type Dim = $next;
            type Removed = ($($pre,)* $($post,)*);
            type Kept = ($($pre,)* Bcast, $($post,)*);
        }
    };
}

axis_impls!([0] [-1]; [] [A]);
axis_impls!([0 1] [-2 -1]; [] [A B]);
axis_impls!([0 1 2] [-3 -2 -1]; [] [A B C]);
axis_impls!([0 1 2 3] [-4 -3 -2 -1]; [] [A B C D]);
axis_impls!([0 1 2 3 4] [-5 -4 -3 -2 -1]; [] [A B C D E]);
axis_impls!([0 1 2 3 4 5] [-6 -5 -4 -3 -2 -1]; [] [A B C D E F]);
