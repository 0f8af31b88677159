//! Shape agreement for joining tensors (`concatenate`, `stack`): equal other axes, a new axis of `N`.

use super::axis::Axis;
use super::dim::{Bcast, Const, Dim};
use super::tuple::Shape;

/// Shapes that are equal: every axis the same type. Joins require it of the output's and each
/// input's shape with the joined axis removed.
///
/// ```
/// use tensorial::{Rank2, SameShape};
/// fn joinable<A: SameShape<B>, B: tensorial::Shape>() {}
/// joinable::<Rank2<2, 3>, Rank2<2, 3>>();
/// // joinable::<Rank2<2, 3>, Rank2<2, 4>>(); // error: the axes besides the joined one differ
/// ```
#[diagnostic::on_unimplemented(
    message = "the axes besides the joined one differ: `{Self}` in the output, `{Rhs}` in an input",
    label = "every axis but the joined one must match the output's",
    note = "concatenate and stack compare the shapes with the joined axis removed"
)]
pub trait SameShape<Rhs: Shape>: Shape {}

impl<S: Shape> SameShape<S> for S {}

/// A part of shape `Self` that `concatenate` can join along axis `AX` into the shape `SO`: its
/// axes other than `AX` equal `SO`'s. `PART` is the part's place in the tuple, counted from
/// 1, so that a mismatch names the part and its shape in full.
///
/// ```
/// use tensorial::{ConcatPart, Rank2};
/// fn joinable<S: ConcatPart<SO, AX, 1>, SO: tensorial::Shape, const AX: isize>() {}
/// joinable::<Rank2<1, 3>, Rank2<4, 3>, 0>();
/// // joinable::<Rank2<1, 4>, Rank2<4, 3>, 0>(); // error: part 1 has shape `(Const<1>, Const<4>)`
/// ```
#[diagnostic::on_unimplemented(
    message = "part {PART} has shape `{Self}`, but must match the output shape `{SO}` on every axis except axis {AX}",
    label = "in part {PART} of these, an axis other than axis {AX} differs from the output's",
    note = "concatenate joins along axis {AX} only: every part must have the output's rank and its sizes on the other axes"
)]
pub trait ConcatPart<SO: Shape, const AX: isize, const PART: usize>: Shape {}

#[diagnostic::do_not_recommend]
impl<S: Axis<AX>, SO: Axis<AX>, const AX: isize, const PART: usize> ConcatPart<SO, AX, PART> for S where
    <SO as Axis<AX>>::Removed: SameShape<<S as Axis<AX>>::Removed>
{
}

/// An axis that holds `N` stacked tensors: `Const<N>`, or [`Bcast`] for a single tensor.
///
/// ```
/// use tensorial::{Bcast, Const, StackAxis};
/// fn holds<D: StackAxis<N>, const N: usize>() {}
/// holds::<Const<3>, 3>();
/// holds::<Bcast, 1>();
/// // holds::<Const<2>, 3>(); // error: the new axis `Const<2>` cannot hold 3 stacked tensors
/// ```
#[diagnostic::on_unimplemented(
    message = "the new axis `{Self}` cannot hold {N} stacked tensors",
    label = "{N} tensors stacked here",
    note = "name an output shape whose new axis is `Const<{N}>`"
)]
pub trait StackAxis<const N: usize>: Dim {}

impl<const N: usize> StackAxis<N> for Const<N> {}
impl StackAxis<1> for Bcast {}
