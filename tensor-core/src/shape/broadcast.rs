//! Broadcasting as trait resolution: which shapes combine, and the shape they produce.
//!
//! NumPy's rule, with the size-1 case made explicit in the type:
//! shapes are aligned from the right, missing leading axes broadcast, equal sizes match, and a
//! [`Bcast`] axis matches any size. A `Const<1>` axis is an ordinary size-1 axis and only matches
//! another size-1 axis. Everything else is a type error reported by `cargo check`.

use super::dim::{Bcast, Const, Dim};
use super::tuple::Shape;

/// Two axes that broadcast together, and the axis they produce.
///
/// ```
/// use tensorial::{Bcast, BroadcastDim, Const};
/// fn out<A: BroadcastDim<B>, B: tensorial::Dim>() -> usize { <A::Output as tensorial::Dim>::SIZE }
/// assert_eq!(out::<Const<3>, Bcast>(), 3);
/// ```
#[diagnostic::on_unimplemented(
    message = "axes `{Self}` and `{Rhs}` are not broadcast-compatible",
    label = "sizes differ and neither axis is `Bcast`"
)]
pub trait BroadcastDim<Rhs: Dim> {
    /// The broadcast axis.
    type Output: Dim;
}

impl<const N: usize> BroadcastDim<Const<N>> for Const<N> {
    type Output = Const<N>;
}
impl<const N: usize> BroadcastDim<Bcast> for Const<N> {
    type Output = Const<N>;
}
impl<const N: usize> BroadcastDim<Const<N>> for Bcast {
    type Output = Const<N>;
}
impl BroadcastDim<Bcast> for Bcast {
    type Output = Bcast;
}

/// An axis that can be stretched into the axis `Target` (`Const<N>` → `Const<N>`, `Bcast` → any).
///
/// ```
/// use tensorial::{Bcast, Const, DimBroadcastTo};
/// fn ok<A: DimBroadcastTo<B>, B: tensorial::Dim>() {}
/// ok::<Bcast, Const<5>>();
/// ok::<Const<5>, Const<5>>();
/// ```
#[diagnostic::on_unimplemented(
    message = "axis `{Self}` cannot be broadcast to axis `{Target}`",
    label = "only equal sizes or a `Bcast` axis stretch"
)]
pub trait DimBroadcastTo<Target: Dim> {}

impl<const N: usize> DimBroadcastTo<Const<N>> for Const<N> {}
impl<const N: usize> DimBroadcastTo<Const<N>> for Bcast {}
impl DimBroadcastTo<Bcast> for Bcast {}

/// Two shapes that broadcast together; `Output` is the shape of the result.
///
/// ```
/// use tensorial::{Bcast, Broadcast, Const, Shape};
/// type Out = Broadcast<(Const<50000>, Const<784>), (Const<50000>, Bcast)>;
/// assert_eq!(Out::DIMS, [50000, 784]);
/// type Row = Broadcast<(Const<4>, Const<3>), (Const<3>,)>;
/// assert_eq!(Row::DIMS, [4, 3]);
/// ```
#[diagnostic::on_unimplemented(
    message = "shapes `{Self}` and `{Rhs}` are not broadcast-compatible",
    label = "shape mismatch in this elementwise operation",
    note = "axes are compared from the right: each pair must be equal, or one of them `Bcast`; missing leading axes broadcast",
    note = "to broadcast along an axis, give the smaller operand a `Bcast` axis there: `.new_axis::<AXIS>()` (NumPy `x[:, None]`), or `Bcast` instead of `Const<1>` in its type (`Const<1>` does not stretch)"
)]
pub trait BroadcastShape<Rhs: Shape>: Shape {
    /// The shape of the result.
    type Output: Shape;
}

/// A shape that can be stretched into the shape `Target` (the `+=` rule and [`broadcast_to`]).
///
/// [`broadcast_to`]: crate::Tensor::broadcast_to
///
/// ```
/// use tensorial::{Bcast, BroadcastTo, Const};
/// fn ok<A: BroadcastTo<B>, B: tensorial::Shape>() {}
/// ok::<(Const<3>,), (Const<2>, Const<3>)>();
/// ok::<(Const<2>, Bcast), (Const<2>, Const<3>)>();
/// ```
#[diagnostic::on_unimplemented(
    message = "shape `{Self}` cannot be broadcast to shape `{Target}`",
    label = "the result must keep the target's shape",
    note = "axes are compared from the right: each must equal the target's, or be `Bcast`; the target may have more leading axes",
    note = "to broadcast along an axis, give the smaller operand a `Bcast` axis there: `.new_axis::<AXIS>()` (NumPy `x[:, None]`), or `Bcast` instead of `Const<1>` in its type (`Const<1>` does not stretch)"
)]
pub trait BroadcastTo<Target: Shape>: Shape {}

/// The bound of the elementwise operators: `Self` and `Rhs` broadcast into `Output`.
///
/// It holds exactly when [`BroadcastShape`] does (a blanket impl), and every [`Shape`] has it
/// with itself and with `()` (supertraits of `Shape`), so an operator between two tensors of
/// one generic shape `S`, or with a scalar, needs no bound beyond `S: Shape`.
/// (`BroadcastShape` itself cannot be a supertrait of `Shape`: it has `Shape` as its own.)
///
/// ```
/// use tensorial::{BroadcastWith, Kind, Shape, Tensor};
/// fn twice<S: Shape, K: Kind>(x: &Tensor<f32, S, K>) -> Tensor<f32, S, K> { x + x }
/// type Out = <(tensorial::Const<2>,) as BroadcastWith<()>>::Output;
/// assert_eq!(<Out as Shape>::DIMS, [2]);
/// ```
#[diagnostic::on_unimplemented(
    message = "shapes `{Self}` and `{Rhs}` are not broadcast-compatible",
    label = "shape mismatch in this elementwise operation",
    note = "axes are compared from the right: each pair must be equal, or one of them `Bcast`; missing leading axes broadcast",
    note = "to broadcast along an axis, give the smaller operand a `Bcast` axis there: `.new_axis::<AXIS>()` (NumPy `x[:, None]`), or `Bcast` instead of `Const<1>` in its type (`Const<1>` does not stretch)",
    note = "in generic code, state the rule with a bound: `{Self}: BroadcastShape<{Rhs}>` (the result is `Broadcast<{Self}, {Rhs}>`)"
)]
pub trait BroadcastWith<Rhs> {
    /// The shape of the result.
    type Output: Shape;
}

#[diagnostic::do_not_recommend]
impl<S: BroadcastShape<Rhs>, Rhs: Shape> BroadcastWith<Rhs> for S {
    type Output = Broadcast<S, Rhs>;
}

/// The shape `Src` can be stretched into this shape: [`BroadcastTo`] seen from the target, the
/// bound of `x += rhs`. Every shape is `BroadcastFrom` itself and `()` (a scalar), so generic
/// code with `S: Shape` needs no bound for `x += &y` or `x *= 2.0`.
///
/// ```
/// use tensorial::{BroadcastFrom, Const, Shape, Tensor};
/// fn ok<S: BroadcastFrom<Src>, Src: Shape>() {}
/// ok::<(Const<2>, Const<3>), (Const<3>,)>();
/// fn add_one<S: Shape>(x: &mut Tensor<f32, S>) { *x += 1.0 } // no bound needed
/// ```
#[diagnostic::on_unimplemented(
    message = "shape `{Src}` cannot be broadcast to shape `{Self}`",
    label = "the result must keep the target's shape",
    note = "axes are compared from the right: each must equal the target's, or be `Bcast`; the target may have more leading axes",
    note = "to broadcast along an axis, give the smaller operand a `Bcast` axis there: `.new_axis::<AXIS>()` (NumPy `x[:, None]`), or `Bcast` instead of `Const<1>` in its type (`Const<1>` does not stretch)"
)]
pub trait BroadcastFrom<Src> {}

#[diagnostic::do_not_recommend]
impl<S: Shape, Src: BroadcastTo<S>> BroadcastFrom<Src> for S {}

/// The shape `A` and `B` broadcast to: `<A as BroadcastShape<B>>::Output`.
pub type Broadcast<A, B> = <A as BroadcastShape<B>>::Output;

/// One row of the broadcast table: `$P` are the extra leading axes of the longer shape,
/// `($A $B)` the right-aligned pairs.
macro_rules! broadcast_impls {
    ($([$($P:ident)*] [$(($A:ident $B:ident))*];)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<$($P: Dim,)* $($A: Dim + BroadcastDim<$B>, $B: Dim,)*> BroadcastShape<($($B,)*)>
            for ($($P,)* $($A,)*)
        {
            type Output = ($($P,)* $(<$A as BroadcastDim<$B>>::Output,)*);
        }
        broadcast_impls!(@flipped [$($P)*] [$(($A $B))*]);

        #[diagnostic::do_not_recommend]
        impl<$($P: Dim,)* $($A: Dim + DimBroadcastTo<$B>, $B: Dim,)*> BroadcastTo<($($P,)* $($B,)*)>
            for ($($A,)*)
        {
        }
    )*};
    (@flipped [] $pairs:tt) => {};
    (@flipped [$($P:ident)+] [$(($A:ident $B:ident))*]) => {
        #[diagnostic::do_not_recommend]
        impl<$($P: Dim,)+ $($A: Dim + BroadcastDim<$B>, $B: Dim,)*> BroadcastShape<($($P,)+ $($B,)*)>
            for ($($A,)*)
        {
            type Output = ($($P,)+ $(<$A as BroadcastDim<$B>>::Output,)*);
        }
    };
}

broadcast_impls! {
    [] [];
    [P0] [];
    [P0 P1] [];
    [P0 P1 P2] [];
    [P0 P1 P2 P3] [];
    [P0 P1 P2 P3 P4] [];
    [P0 P1 P2 P3 P4 P5] [];
    [] [(A0 B0)];
    [P0] [(A0 B0)];
    [P0 P1] [(A0 B0)];
    [P0 P1 P2] [(A0 B0)];
    [P0 P1 P2 P3] [(A0 B0)];
    [P0 P1 P2 P3 P4] [(A0 B0)];
    [] [(A0 B0) (A1 B1)];
    [P0] [(A0 B0) (A1 B1)];
    [P0 P1] [(A0 B0) (A1 B1)];
    [P0 P1 P2] [(A0 B0) (A1 B1)];
    [P0 P1 P2 P3] [(A0 B0) (A1 B1)];
    [] [(A0 B0) (A1 B1) (A2 B2)];
    [P0] [(A0 B0) (A1 B1) (A2 B2)];
    [P0 P1] [(A0 B0) (A1 B1) (A2 B2)];
    [P0 P1 P2] [(A0 B0) (A1 B1) (A2 B2)];
    [] [(A0 B0) (A1 B1) (A2 B2) (A3 B3)];
    [P0] [(A0 B0) (A1 B1) (A2 B2) (A3 B3)];
    [P0 P1] [(A0 B0) (A1 B1) (A2 B2) (A3 B3)];
    [] [(A0 B0) (A1 B1) (A2 B2) (A3 B3) (A4 B4)];
    [P0] [(A0 B0) (A1 B1) (A2 B2) (A3 B3) (A4 B4)];
    [] [(A0 B0) (A1 B1) (A2 B2) (A3 B3) (A4 B4) (A5 B5)];
}
