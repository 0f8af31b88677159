//! `Concat`: the axes of one shape followed by the axes of another (`einsum!`'s ellipsis blocks).

use super::dim::Dim;
use super::tuple::Shape;

/// The axes of `Self` followed by the axes of `Rhs`, while the result has rank 6 or less.
///
/// ```
/// use tensorial::{Bcast, Concat, Const, Rank2, Shape};
/// type S = <Rank2<2, 3> as Concat<(Bcast, Const<4>)>>::Output;
/// assert_eq!(S::DIMS, [2, 3, 1, 4]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` followed by `{Rhs}` would have more than 6 axes",
    label = "shapes have at most 6 axes"
)]
pub trait Concat<Rhs: Shape>: Shape {
    /// The joined shape.
    type Output: Shape;
}

/// One impl per pair of ranks `[$A] [$B]` whose sum is at most 6.
macro_rules! concat_impls {
    ($([$($A:ident)*] [$($B:ident)*];)*) => {$(
        impl<$($A: Dim,)* $($B: Dim),*> Concat<($($B,)*)> for ($($A,)*) {
            type Output = ($($A,)* $($B,)*);
        }
    )*};
}

concat_impls! {
    [] []; [] [B0]; [] [B0 B1]; [] [B0 B1 B2]; [] [B0 B1 B2 B3]; [] [B0 B1 B2 B3 B4];
    [] [B0 B1 B2 B3 B4 B5];
    [A0] []; [A0] [B0]; [A0] [B0 B1]; [A0] [B0 B1 B2]; [A0] [B0 B1 B2 B3]; [A0] [B0 B1 B2 B3 B4];
    [A0 A1] []; [A0 A1] [B0]; [A0 A1] [B0 B1]; [A0 A1] [B0 B1 B2]; [A0 A1] [B0 B1 B2 B3];
    [A0 A1 A2] []; [A0 A1 A2] [B0]; [A0 A1 A2] [B0 B1]; [A0 A1 A2] [B0 B1 B2];
    [A0 A1 A2 A3] []; [A0 A1 A2 A3] [B0]; [A0 A1 A2 A3] [B0 B1];
    [A0 A1 A2 A3 A4] []; [A0 A1 A2 A3 A4] [B0];
    [A0 A1 A2 A3 A4 A5] [];
}
