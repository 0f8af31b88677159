//! Size-1 axes, the ones `squeeze` may remove: [`Bcast`] and `Const<1>`.

use super::axis::Axis;
use super::dim::{Bcast, Const, Dim};

/// A size-1 axis type ([`Bcast`] or `Const<1>`), here axis `AX` of shape `S`.
///
/// [`Tensor::squeeze`](crate::Tensor::squeeze) requires it of the axis it removes. `S` and `AX`
/// only name the axis in the error message when the axis is longer.
///
/// ```
/// use tensorial::{Bcast, Const, SizeOne};
/// fn removable<D: SizeOne<(D,), 0>>() {}
/// removable::<Bcast>();
/// removable::<Const<1>>();
/// // removable::<Const<3>>(); // error: axis 0 of shape `(Const<3>,)` has size 3 > 1
/// ```
#[diagnostic::on_unimplemented(
    message = "axis {AX} of shape `{S}` has size > 1, so it cannot be squeezed",
    label = "axis {AX} is `{Self}`",
    note = "only a size-1 axis (`Bcast` or `Const<1>`) can be removed"
)]
pub trait SizeOne<S: Axis<AX>, const AX: isize>: Dim {}

impl<S: Axis<AX>, const AX: isize> SizeOne<S, AX> for Bcast {}
impl<S: Axis<AX>, const AX: isize> SizeOne<S, AX> for Const<1> {}
