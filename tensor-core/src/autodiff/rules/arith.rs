//! `+ - * /` on tracked values, with broadcasting: the backward of a broadcast sums the
//! gradient over the stretched axes, into the operand's own shape (`Bcast` axes included).

use super::super::graph::Node;
use super::super::unbroadcast::sum_into;
use super::super::var::{Real, Var};
use crate::ops::kernel::{Strided, zip3_strided};
use crate::storage::{Combine, Combined, Inline, Kind};
use crate::{Broadcast, BroadcastShape, Shape, Tensor};
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::ops::{Add, Div, Mul, Neg, Sub};

/// An [`Input`]'s value and, when tracked, its graph node.
#[allow(private_interfaces)]
pub type Split<T, S, K> = (Rc<Tensor<T, S, K>>, Option<Rc<Node>>);

/// The result of an elementwise op on a `Var<T, S, K>` and an [`Input`] `R`.
pub type ZipVar<T, S, K, R> =
    Var<T, Broadcast<S, <R as Input<T>>::Shape>, Combined<K, <R as Input<T>>::Kind>>;

/// An operand of an op on tracked values: a [`Var`] (tracked), a tensor (a constant) or a
/// scalar (a rank-0 constant).
///
/// A borrowed tensor is copied into the graph (its value is needed by the backward pass); move
/// it in, or wrap it once in [`Var::constant`], to avoid the copy in a loop.
pub trait Input<T: Real> {
    /// The operand's shape.
    type Shape: Shape;
    /// The operand's storage kind.
    type Kind: Kind;
    /// The value and, when tracked, the graph node.
    #[doc(hidden)]
    #[allow(private_interfaces)]
    fn split(self) -> Split<T, Self::Shape, Self::Kind>;
}

impl<T: Real, S: Shape, K: Kind> Input<T> for Var<T, S, K> {
    type Shape = S;
    type Kind = K;
    #[allow(private_interfaces)]
    fn split(self) -> Split<T, S, K> {
        (self.shared(), Some(self.node))
    }
}

impl<T: Real, S: Shape, K: Kind> Input<T> for &Var<T, S, K> {
    type Shape = S;
    type Kind = K;
    #[allow(private_interfaces)]
    fn split(self) -> Split<T, S, K> {
        (self.shared(), Some(self.node.clone()))
    }
}

impl<T: Real, S: Shape, K: Kind> Input<T> for Tensor<T, S, K> {
    type Shape = S;
    type Kind = K;
    #[allow(private_interfaces)]
    fn split(self) -> Split<T, S, K> {
        (Rc::new(self), None)
    }
}

impl<T: Real, S: Shape, K: Kind> Input<T> for &Tensor<T, S, K> {
    type Shape = S;
    type Kind = K;
    #[allow(private_interfaces)]
    fn split(self) -> Split<T, S, K> {
        (Rc::new(self.clone()), None)
    }
}

macro_rules! scalar_inputs {
    ($($t:ty)*) => {$(
        impl Input<$t> for $t {
            type Shape = ();
            type Kind = Inline;
            #[allow(private_interfaces)]
            fn split(self) -> Split<$t, (), Inline> {
                (Rc::new(Tensor::scalar(self)), None)
            }
        }
    )*};
}

scalar_inputs!(f32 f64);

/// One partial derivative of a binary op, times the output's gradient `g`.
#[derive(Clone, Copy)]
pub(crate) enum Partial<T> {
    /// `c·g`: the gradient passes through, scaled (`+`, `-`): no product is evaluated.
    Linear(T),
    /// `(g, a, b) ↦ g·∂f/∂x` on the broadcast operands.
    Rule(fn(T, T, T) -> T),
}

/// The partials of a binary op with respect to its two operands.
pub(crate) type Partials<T> = (Partial<T>, Partial<T>);

/// The gradient of one operand (dims `own`) from `g` (dims `out`): `g·∂f/∂x` evaluated on the
/// broadcast operands, summed back over the axes the operand was stretched along.
fn partial<T: Real, S: Shape, K: Kind>(
    (g, out): (&[T], &[usize]),
    (a, a_dims): (&[T], &[usize]),
    (b, b_dims): (&[T], &[usize]),
    d: Partial<T>,
) -> Tensor<T, S, K> {
    let mut grad = Tensor::<T, S, K>::zeros();
    let own = S::DIMS;
    let d = match d {
        Partial::Linear(c) => {
            sum_into(grad.as_mut_slice(), own.as_ref(), g, out);
            if c != T::one() {
                grad.map_inplace(|x| x * c);
            }
            return grad;
        }
        Partial::Rule(d) => d,
    };
    let operands = (
        Strided::contiguous(g, out),
        Strided::contiguous(a, a_dims),
        Strided::contiguous(b, b_dims),
    );
    if own.as_ref() == out {
        zip3_strided(grad.as_mut_slice(), out, operands, d);
    } else {
        let mut full = alloc::vec![T::zero(); g.len()];
        zip3_strided(&mut full, out, operands, d);
        sum_into(grad.as_mut_slice(), own.as_ref(), &full, out);
    }
    grad
}

/// `g` itself as a tensor of type `Tensor<T, S, K>` (moved, no copy) when that type has its
/// dims and storage kind, else `Err(g)`.
pub(crate) fn moved_as<T: Real, S: Shape, K: Kind, SG: Shape, KG: Kind>(
    g: Tensor<T, SG, KG>,
) -> Result<Tensor<T, S, K>, Tensor<T, SG, KG>> {
    if S::DIMS.as_ref() != SG::DIMS.as_ref() {
        return Err(g);
    }
    match KG::transfer::<T, S, K>(KG::reshape::<T, SG, S>(g.buf)) {
        Ok(buf) => Ok(Tensor::from_buf(buf)),
        Err(buf) => Err(Tensor::from_buf(KG::reshape::<T, S, SG>(buf))),
    }
}

/// `f(a, b)` elementwise with broadcasting, differentiated by `partials`.
///
/// `f` is generic (a function item such as `T::add`, not a `fn` pointer), so the forward
/// kernel inlines and vectorizes it: through a pointer, `(64, 128) + (128,)` took ~10 µs
/// instead of ~1 (an indirect call per element).
pub(crate) fn binary<T: Real, A: Input<T>, B: Input<T>>(
    a: A,
    b: B,
    f: impl Fn(T, T) -> T + Sync,
    partials: Partials<T>,
) -> ZipVar<T, A::Shape, A::Kind, B>
where
    A::Shape: BroadcastShape<B::Shape>,
    A::Kind: Combine<B::Kind>,
{
    let ((va, na), (vb, nb)) = (a.split(), b.split());
    let value = va.zip_map(&*vb, f);
    let ia = na.as_ref().map(|_| 0);
    let ib = nb.as_ref().map(|_| usize::from(na.is_some()));
    let parents: Vec<Rc<Node>> = na.into_iter().chain(nb).collect();
    Var::from_op(value, parents, move |grad, sink| {
        let out = <Broadcast<A::Shape, B::Shape> as Shape>::DIMS;
        let g = (grad.as_slice(), out.as_ref());
        let (ad, bd) = (A::Shape::DIMS, B::Shape::DIMS);
        let a = (va.as_slice(), ad.as_ref());
        let b = (vb.as_slice(), bd.as_ref());
        let ia = ia.filter(|&i| sink.wants(i));
        let ib = ib.filter(|&i| sink.wants(i));
        // `+` (and `-` on the left) passes the gradient through unchanged to an operand of the
        // output's shape: that operand gets `grad` itself (moved, after the other operand's
        // partial is computed from it) instead of a copy of it.
        let passes = |p: Partial<T>| matches!(p, Partial::Linear(c) if c == T::one());
        let gb = ib.map(|i| (i, partial::<T, B::Shape, B::Kind>(g, a, b, partials.1)));
        if let Some(i) = ia {
            let ga = if passes(partials.0) {
                moved_as::<T, A::Shape, A::Kind, _, _>(grad)
            } else {
                Err(grad)
            };
            let ga = ga.unwrap_or_else(|grad| {
                let g = (grad.as_slice(), out.as_ref());
                partial::<T, A::Shape, A::Kind>(g, a, b, partials.0)
            });
            sink.add(i, ga);
        }
        if let Some((i, gb)) = gb {
            sink.add(i, gb);
        }
    })
}

/// The partials of `+ - * /`.
fn add_partials<T: Real>() -> Partials<T> {
    (Partial::Linear(T::one()), Partial::Linear(T::one()))
}
fn sub_partials<T: Real>() -> Partials<T> {
    (Partial::Linear(T::one()), Partial::Linear(-T::one()))
}
fn mul_partials<T: Real>() -> Partials<T> {
    (
        Partial::Rule(|g, _, b| g * b),
        Partial::Rule(|g, a, _| g * a),
    )
}
fn div_partials<T: Real>() -> Partials<T> {
    (
        Partial::Rule(|g, _, b| g / b),
        Partial::Rule(|g, a, b| -g * a / (b * b)),
    )
}

/// `Var OP x` and `&Var OP x` for every [`Input`] `x`, and `scalar OP Var`.
///
/// A tensor on the left of a `Var` would overlap the tensor ops' own impls (coherence): put the
/// `Var` first, or wrap the tensor in [`Var::constant`].
macro_rules! var_ops {
    ($($Op:ident $op:ident $partials:ident;)*) => {$(
        var_ops!(@lhs $Op $op $partials, Var<T, S, K>);
        var_ops!(@lhs $Op $op $partials, &Var<T, S, K>);
        var_ops!(@scalar $Op $op $partials, f32, Var<f32, S, K>);
        var_ops!(@scalar $Op $op $partials, f32, &Var<f32, S, K>);
        var_ops!(@scalar $Op $op $partials, f64, Var<f64, S, K>);
        var_ops!(@scalar $Op $op $partials, f64, &Var<f64, S, K>);
    )*};
    (@lhs $Op:ident $op:ident $partials:ident, $Lhs:ty) => {
        impl<T: Real, S: Shape, K: Kind, R: Input<T>> $Op<R> for $Lhs
        where
            S: BroadcastShape<R::Shape>,
            K: Combine<R::Kind>,
        {
            type Output = ZipVar<T, S, K, R>;
            fn $op(self, rhs: R) -> Self::Output {
                binary(self, rhs, T::$op, $partials())
            }
        }
    };
    (@scalar $Op:ident $op:ident $partials:ident, $t:ty, $Rhs:ty) => {
        impl<S: Shape, K: Kind> $Op<$Rhs> for $t
        where
            (): BroadcastShape<S>,
            Inline: Combine<K>,
        {
            type Output = Var<$t, Broadcast<(), S>, Combined<Inline, K>>;
            fn $op(self, rhs: $Rhs) -> Self::Output {
                binary(self, rhs, <$t>::$op, $partials())
            }
        }
    };
}

var_ops! {
    Add add add_partials;
    Sub sub sub_partials;
    Mul mul mul_partials;
    Div div div_partials;
}

impl<T: Real, S: Shape, K: Kind> Neg for &Var<T, S, K> {
    type Output = Var<T, S, K>;
    fn neg(self) -> Var<T, S, K> {
        self.map_with(|x| -x, |_, g| -g)
    }
}

impl<T: Real, S: Shape, K: Kind> Neg for Var<T, S, K> {
    type Output = Var<T, S, K>;
    fn neg(self) -> Var<T, S, K> {
        -&self
    }
}
