//! Swapping two axes of a shape (NumPy `np.swapaxes`), one impl per rank, pair and spelling.

use super::axis::Axis;
use super::dim::Dim;
use super::tuple::Shape;

/// A shape whose axes `A` and `B` (negative counts from the end) can be swapped; `Output` is
/// the swapped shape.
///
/// Implemented for every shape of rank 1 to 6 and every pair of its axes, each counted from
/// the front (`0..R`) or the end (`-R..-1`). The generated impls are not listed here.
///
/// ```
/// use tensorial::{Rank3, Shape, SwapAxes};
/// assert_eq!(<<Rank3<2, 3, 4> as SwapAxes<0, -1>>::Output as Shape>::DIMS, [4, 3, 2]);
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot swap axes {A} and {B} of shape `{Self}`",
    label = "both axes must be in range",
    note = "a shape of rank R has axes 0..R, or -R..-1 counted from the end"
)]
pub trait SwapAxes<const A: isize, const B: isize>: Axis<A> + Axis<B> {
    /// `Self` with axes `A` and `B` exchanged.
    type Output: Shape;
}

/// Implements `SwapAxes` for one shape, given as `(axis, position from the front, position
/// from the end)` triples: for every position `i` and every `j >= i`, each of `i`, `j` spelled
/// from the front or the end, in both orders. Positions are literals so the docs show
/// `SwapAxes<0, -1>`.
macro_rules! swap_impls {
    // Picks axis `i` (`$x`), then walks `j` over it and the axes after it.
    (@first $all:tt; [$($pre:ident)*] []) => {};
    (@first $all:tt; [$($pre:ident)*]
        [($x:ident $xp:literal $xn:literal) $(($r:ident $rp:literal $rn:literal))*]) => {
        swap_impls!(@emit $all, [$xp $xn], [$xp $xn]; ($($pre,)* $x, $($r,)*));
        swap_impls!(@second $all, [$xp $xn]; [$($pre)*] $x [] [$(($r $rp $rn))*]);
        swap_impls!(@first $all; [$($pre)* $x] [$(($r $rp $rn))*]);
    };
    (@second $all:tt, $i:tt; [$($pre:ident)*] $x:ident [$($mid:ident)*] []) => {};
    (@second $all:tt, $i:tt; [$($pre:ident)*] $x:ident [$($mid:ident)*]
        [($y:ident $yp:literal $yn:literal) $(($r:ident $rp:literal $rn:literal))*]) => {
        swap_impls!(@emit $all, $i, [$yp $yn]; ($($pre,)* $y, $($mid,)* $x, $($r,)*));
        swap_impls!(@emit $all, [$yp $yn], $i; ($($pre,)* $y, $($mid,)* $x, $($r,)*));
        swap_impls!(@second $all, $i; [$($pre)*] $x [$($mid)* $y] [$(($r $rp $rn))*]);
    };
    // Positions `a`, `b` (each from the front or the end) give the shape `$out`.
    (@emit $all:tt, [$ap:literal $an:literal], [$bp:literal $bn:literal]; $out:ty) => {
        swap_impls!(@impl $all, $ap, $bp; $out);
        swap_impls!(@impl $all, $ap, $bn; $out);
        swap_impls!(@impl $all, $an, $bp; $out);
        swap_impls!(@impl $all, $an, $bn; $out);
    };
    (@impl [$($all:ident)+], $a:literal, $b:literal; $out:ty) => {
        #[doc(hidden)] // one impl per rank and position: the trait's docs list them
        #[diagnostic::do_not_recommend]
        impl<$($all: Dim),+> SwapAxes<$a, $b> for ($($all,)+) {
            type Output = $out;
        }
    };
    ($(($all:ident $p:literal $n:literal))+) => {
        swap_impls!(@first [$($all)+]; [] [$(($all $p $n))+]);
    };
}

swap_impls!((A 0 -1));
swap_impls!((A 0 -2) (B 1 -1));
swap_impls!((A 0 -3) (B 1 -2) (C 2 -1));
swap_impls!((A 0 -4) (B 1 -3) (C 2 -2) (D 3 -1));
swap_impls!((A 0 -5) (B 1 -4) (C 2 -3) (D 3 -2) (E 4 -1));
swap_impls!((A 0 -6) (B 1 -5) (C 2 -4) (D 3 -3) (E 4 -2) (F 5 -1));
