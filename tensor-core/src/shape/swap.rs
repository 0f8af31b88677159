//! Swapping two axes of a shape (NumPy `np.swapaxes`), one impl per rank, pair and spelling.

use super::axis::Axis;
use super::dim::Dim;
use super::tuple::Shape;

/// A shape whose axes `A` and `B` (negative counts from the end) can be swapped; `Output` is
/// the swapped shape.
///
/// ```
/// use tensor_core::{Rank3, Shape, SwapAxes};
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

/// Implements `SwapAxes` for one shape of rank `$rank` with the axes `$all`: for every
/// position `i` and every `j >= i`, each of `i`, `j` spelled from the front or the end, in
/// both orders.
macro_rules! swap_impls {
    ($rank:literal: $($all:ident)+) => {
        swap_impls!(@first $rank [$($all)+], 0; [] [$($all)+]);
    };
    // Picks axis `i` (`$x`), then walks `j` over it and the axes after it.
    (@first $rank:literal $all:tt, $i:expr; [$($pre:ident)*] []) => {};
    (@first $rank:literal $all:tt, $i:expr; [$($pre:ident)*] [$x:ident $($rest:ident)*]) => {
        swap_impls!(@emit $rank $all, $i, $i; ($($pre,)* $x, $($rest,)*));
        swap_impls!(@second $rank $all, $i, $i + 1; [$($pre)*] $x [] [$($rest)*]);
        swap_impls!(@first $rank $all, $i + 1; [$($pre)* $x] [$($rest)*]);
    };
    (@second $rank:literal $all:tt, $i:expr, $j:expr; [$($pre:ident)*] $x:ident [$($mid:ident)*] []) => {};
    (@second $rank:literal $all:tt, $i:expr, $j:expr;
        [$($pre:ident)*] $x:ident [$($mid:ident)*] [$y:ident $($post:ident)*]) => {
        swap_impls!(@emit $rank $all, $i, $j; ($($pre,)* $y, $($mid,)* $x, $($post,)*));
        swap_impls!(@emit $rank $all, $j, $i; ($($pre,)* $y, $($mid,)* $x, $($post,)*));
        swap_impls!(@second $rank $all, $i, $j + 1; [$($pre)*] $x [$($mid)* $y] [$($post)*]);
    };
    // Positions `$a`, `$b` (each from the front or the end) give the shape `$out`.
    (@emit $rank:literal $all:tt, $a:expr, $b:expr; $out:ty) => {
        swap_impls!(@impl $all, { $a }, { $b }; $out);
        swap_impls!(@impl $all, { $a }, { ($b) - $rank }; $out);
        swap_impls!(@impl $all, { ($a) - $rank }, { $b }; $out);
        swap_impls!(@impl $all, { ($a) - $rank }, { ($b) - $rank }; $out);
    };
    (@impl [$($all:ident)+], $a:tt, $b:tt; $out:ty) => {
        #[diagnostic::do_not_recommend]
        impl<$($all: Dim),+> SwapAxes<$a, $b> for ($($all,)+) {
            type Output = $out;
        }
    };
}

swap_impls!(1: A);
swap_impls!(2: A B);
swap_impls!(3: A B C);
swap_impls!(4: A B C D);
swap_impls!(5: A B C D E);
swap_impls!(6: A B C D E F);
