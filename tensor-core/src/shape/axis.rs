//! Inserting a broadcast axis at a compile-time position (NumPy `np.newaxis` / `x[:, None]`).

use super::dim::{Bcast, Dim};
use super::tuple::Shape;

/// A shape into which a [`Bcast`] axis can be inserted before axis `AX` (`AX == RANK` appends).
///
/// ```
/// use tensor_core::{Bcast, Const, InsertAxis, Shape};
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
macro_rules! insert_axis_impls {
    ($ax:expr; [$($pre:ident)*] []) => {
        #[diagnostic::do_not_recommend]
        impl<$($pre: Dim),*> InsertAxis<{ $ax }> for ($($pre,)*) {
            type Output = ($($pre,)* Bcast,);
        }
    };
    ($ax:expr; [$($pre:ident)*] [$next:ident $($post:ident)*]) => {
        #[diagnostic::do_not_recommend]
        impl<$($pre: Dim,)* $next: Dim, $($post: Dim),*> InsertAxis<{ $ax }>
            for ($($pre,)* $next, $($post,)*)
        {
            type Output = ($($pre,)* Bcast, $next, $($post,)*);
        }
        insert_axis_impls!($ax + 1; [$($pre)* $next] [$($post)*]);
    };
}

insert_axis_impls!(0; [] []);
insert_axis_impls!(0; [] [A]);
insert_axis_impls!(0; [] [A B]);
insert_axis_impls!(0; [] [A B C]);
insert_axis_impls!(0; [] [A B C D]);
insert_axis_impls!(0; [] [A B C D E]);
