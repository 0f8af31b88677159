//! The forms `concatenate` accepts ([`ConcatList`]) and the per-part shape check ([`PartsFit`]).
//!
//! They are two traits so that a mismatch is reported by the one part that does not fit:
//! [`ConcatList`] accepts the form (its impls hide their bounds from diagnostics, so a wrong
//! form gets `ConcatParts`'s message), then [`PartsFit`] checks each part's shape with its own
//! [`ConcatPart`] bound, whose message names that part's shape and the output's in full.

use crate::storage::Kind;
use crate::{Axis, ConcatPart, Elem, SameShape, Shape, Tensor};

/// A form [`Tensor::concatenate`] accepts: a tuple of 2 to 6 tensor references
/// `(&a, &b, …)` of any shapes and storage kinds, or an array `[&a, &b, …]` of references to
/// tensors of one shape whose axes other than `AX` equal `SO`'s.
///
/// The parts' shapes are then checked by [`PartsFit`] on [`Shapes`](Self::Shapes).
///
/// ```
/// use tensorial::{tensor, ops::ConcatList, Rank1};
/// let (a, b) = (tensor![1, 2], tensor![3]);
/// let total = ConcatList::<i32, Rank1<3>, 0>::with_slices((&a, &b), |parts| parts.len());
/// assert_eq!(total, 2);
/// ```
pub trait ConcatList<T: Elem, SO: Shape, const AX: isize> {
    /// The parts' shapes as a tuple `(S0, S1, …)` for a tuple of parts; `()` for an array,
    /// whose one shape is checked by this trait's impl.
    type Shapes;

    /// Every part's [`Shape::PADDED_DIMS`], in order.
    const PART_DIMS: &'static [[usize; 6]];

    /// Calls `f` with the parts' row-major elements, in order.
    fn with_slices<R>(self, f: impl FnOnce(&[&[T]]) -> R) -> R;
}

/// The parts' shapes `Self` (a tuple from [`ConcatList::Shapes`]) fit the output shape `SO`
/// along axis `AX`: each is a [`ConcatPart`], counted from 1.
///
/// ```
/// use tensorial::{ops::PartsFit, Rank2};
/// fn fits<P: PartsFit<SO, AX>, SO, const AX: isize>() {}
/// fits::<(Rank2<2, 3>, Rank2<1, 3>), Rank2<3, 3>, 0>();
/// // fits::<(Rank2<2, 3>, Rank2<1, 4>), Rank2<3, 3>, 0>(); // error: part 2 has shape …
/// ```
pub trait PartsFit<SO, const AX: isize> {}

/// An array's shape is checked by its [`ConcatList`] impl.
impl<SO, const AX: isize> PartsFit<SO, AX> for () {}

/// `ConcatList` and `PartsFit` for tuples of 2 to 6 references; `$n` numbers the parts.
macro_rules! concat_list_tuples {
    ($(($($p:ident: $S:ident $K:ident $n:literal),+);)+) => {$(
        // `do_not_recommend`: a tuple that is not one of references gets `ConcatParts`'s message.
        #[diagnostic::do_not_recommend]
        impl<T: Elem, SO: Shape, $($S: Shape, $K: Kind,)+ const AX: isize>
            ConcatList<T, SO, AX> for ($(&Tensor<T, $S, $K>,)+)
        {
            type Shapes = ($($S,)+);
            const PART_DIMS: &'static [[usize; 6]] = &[$($S::PADDED_DIMS),+];

            fn with_slices<R>(self, f: impl FnOnce(&[&[T]]) -> R) -> R {
                let ($($p,)+) = self;
                f(&[$($p.as_slice()),+])
            }
        }

        // No `do_not_recommend`: a mismatch is reported by the failing part's `ConcatPart`.
        impl<SO: Shape, $($S: ConcatPart<SO, AX, $n>,)+ const AX: isize> PartsFit<SO, AX>
            for ($($S,)+)
        {
        }
    )+};
}

concat_list_tuples! {
    (a: S0 K0 1, b: S1 K1 2);
    (a: S0 K0 1, b: S1 K1 2, c: S2 K2 3);
    (a: S0 K0 1, b: S1 K1 2, c: S2 K2 3, d: S3 K3 4);
    (a: S0 K0 1, b: S1 K1 2, c: S2 K2 3, d: S3 K3 4, e: S4 K4 5);
    (a: S0 K0 1, b: S1 K1 2, c: S2 K2 3, d: S3 K3 4, e: S4 K4 5, f: S5 K5 6);
}

#[diagnostic::do_not_recommend]
impl<T: Elem, SO: Axis<AX>, SI: Axis<AX>, KI: Kind, const AX: isize, const N: usize>
    ConcatList<T, SO, AX> for [&Tensor<T, SI, KI>; N]
where
    <SO as Axis<AX>>::Removed: SameShape<<SI as Axis<AX>>::Removed>,
{
    type Shapes = ();
    const PART_DIMS: &'static [[usize; 6]] = &[SI::PADDED_DIMS; N];

    fn with_slices<R>(self, f: impl FnOnce(&[&[T]]) -> R) -> R {
        f(&self.map(Tensor::as_slice))
    }
}
