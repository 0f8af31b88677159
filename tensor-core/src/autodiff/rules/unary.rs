//! Elementwise math on tracked values: `exp`, `ln`, `tanh`, `sigmoid`, `relu`, `abs`, `clip`,
//! `maximum`/`minimum`, … Subgradients at kinks are documented per op.

use super::super::var::{Real, Var};
use super::arith::{Input, Partial, ZipVar, binary};
use crate::storage::{Combine, Kind};
use crate::{BroadcastShape, Shape, Tensor};
use alloc::vec;

/// A tensor method `&x -> f(x)` (`Tensor::exp`, …).
type TensorFn<T, S, K> = fn(&Tensor<T, S, K>) -> Tensor<T, S, K>;

impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {
    /// `f` elementwise, differentiated by `df(x, g) = g·f'(x)`.
    pub(crate) fn map_with(
        &self,
        f: impl Fn(T) -> T + Sync,
        df: impl Fn(T, T) -> T + 'static,
    ) -> Self {
        self.with_value(self.value().map(f), df)
    }

    /// An elementwise op whose forward `value` is computed, differentiated by
    /// `df(x, g) = g·f'(x)`.
    fn with_value(&self, value: Tensor<T, S, K>, df: impl Fn(T, T) -> T + 'static) -> Self {
        let x = self.shared();
        Var::from_op(value, vec![self.node.clone()], move |mut grad, sink| {
            // The gradient of `x`, written over the output's (of the same type).
            for (o, &x) in grad.as_mut_slice().iter_mut().zip(x.as_slice()) {
                *o = df(x, *o);
            }
            sink.add(0, grad);
        })
    }

    /// `f` elementwise as a tensor op (the vectorized `exp`, `tanh`, …), differentiated by
    /// `df(y, g) = g·f'(x)` written with `y = f(x)`, which the backward pass recomputes with
    /// the same vector kernel (instead of keeping it alive, or calling `f` per element).
    fn map_tensor_with(&self, f: TensorFn<T, S, K>, df: impl Fn(T, T) -> T + 'static) -> Self {
        let x = self.shared();
        Var::from_op(f(&x), vec![self.node.clone()], move |g, sink| {
            let mut grad = f(&x);
            for (o, &g) in grad.as_mut_slice().iter_mut().zip(g.as_slice()) {
                *o = df(*o, g);
            }
            sink.add(0, grad);
        })
    }
}

/// Methods `name(&self) -> Self` on the vector kernels, with their derivative rule
/// `(y, g) ↦ g·f'(x)` in terms of `y = f(x)`.
macro_rules! vector_methods {
    ($($(#[$doc:meta])* $name:ident => |$y:ident, $g:ident| $df:expr;)*) => {
        impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {$(
            $(#[$doc])*
            #[must_use]
            pub fn $name(&self) -> Self {
                self.map_tensor_with(Tensor::$name, |$y: T, $g: T| $df)
            }
        )*}
    };
}

/// Methods `name(&self) -> Self` with their derivative rule `(x, g) ↦ g·f'(x)`.
macro_rules! unary_methods {
    ($($(#[$doc:meta])* $name:ident => |$x:ident, $g:ident| $df:expr;)*) => {
        impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {$(
            $(#[$doc])*
            #[must_use]
            pub fn $name(&self) -> Self {
                self.map_with(T::$name, |$x: T, $g: T| $df)
            }
        )*}
    };
}

/// `max(x, 0)`.
fn relu<T: Real>(x: T) -> T {
    if x > T::zero() { x } else { T::zero() }
}

/// The share of `g` of an operand `x` against `y` in a max (for a min, swap them): all of it
/// if `x` is larger, none if smaller, half at a tie.
fn winner_share<T: Real>(g: T, x: T, y: T) -> T {
    if x > y {
        g
    } else if x < y {
        T::zero()
    } else {
        g / (T::one() + T::one())
    }
}

vector_methods! {
    /// `e^x` elementwise; derivative `e^x`.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![0.0, 1.0]);
    /// let g = x.exp().sum().backward().wrt(&x);
    /// assert_eq!(g, tensor![0.0, 1.0].exp());
    /// ```
    exp => |y, g| g * y;
    /// Square root elementwise; derivative `1/(2√x)`.
    sqrt => |y, g| g / (y + y);
    /// `tanh` elementwise; derivative `1 − tanh²`.
    tanh => |y, g| g * (T::one() - y * y);
    /// `1 / (1 + e^{−x})` elementwise; derivative `σ(1 − σ)`.
    sigmoid => |y, g| g * y * (T::one() - y);
}

unary_methods! {
    /// `sin` elementwise; derivative `cos`.
    sin => |x, g| g * x.cos();
    /// `cos` elementwise; derivative `−sin`.
    cos => |x, g| -g * x.sin();
    /// `1/x` elementwise; derivative `−1/x²`.
    recip => |x, g| -g / (x * x);
    /// `|x|` elementwise; subgradient `sign(x)`, and 0 at 0.
    abs => |x, g| if x > T::zero() { g } else if x < T::zero() { -g } else { T::zero() };
}

impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {
    /// Natural logarithm elementwise (vectorized); derivative `1/x`.
    #[must_use]
    pub fn ln(&self) -> Self {
        self.with_value(self.value().ln(), |x, g| g / x)
    }

    /// `max(x, 0)` elementwise; subgradient 1 for `x > 0`, else 0 (also at 0, as PyTorch).
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![-1.0, 0.0, 2.0]);
    /// assert_eq!(x.relu().sum().backward().wrt(&x), tensor![0.0, 0.0, 1.0]);
    /// ```
    #[must_use]
    pub fn relu(&self) -> Self {
        self.map_with(relu, |x, g| if x > T::zero() { g } else { T::zero() })
    }

    /// `x^n` elementwise; derivative `n·x^{n−1}`.
    #[must_use]
    pub fn powi(&self, n: i32) -> Self {
        // Every i32 converts to a float (rounding past 2^24 for f32).
        let nf = T::from(n).unwrap_or_else(T::nan);
        self.map_with(|x| x.powi(n), move |x, g| g * nf * x.powi(n - 1))
    }

    /// Every element limited to `lo..=hi`; the gradient passes where `lo ≤ x ≤ hi` (both ends
    /// included, as PyTorch's `clamp`) and is 0 outside.
    #[must_use]
    pub fn clip(&self, lo: T, hi: T) -> Self {
        self.map_with(
            |x| {
                if x < lo {
                    lo
                } else if x > hi {
                    hi
                } else {
                    x
                }
            },
            move |x, g| if x >= lo && x <= hi { g } else { T::zero() },
        )
    }

    /// The larger of `self` and `rhs` elementwise, with broadcasting (NumPy `np.maximum`). The
    /// gradient goes to the larger operand; at a tie it is split evenly, half to each.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![1.0, 2.0, 3.0]);
    /// let g = x.maximum(2.0).sum().backward().wrt(&x);
    /// assert_eq!(g, tensor![0.0, 0.5, 1.0]);
    /// ```
    #[must_use]
    pub fn maximum<R: Input<T>>(&self, rhs: R) -> ZipVar<T, S, K, R>
    where
        S: BroadcastShape<R::Shape>,
        K: Combine<R::Kind>,
    {
        binary(
            self,
            rhs,
            |a, b| if b > a { b } else { a },
            (
                Partial::Rule(|g, a, b| winner_share(g, a, b)),
                Partial::Rule(|g, a, b| winner_share(g, b, a)),
            ),
        )
    }

    /// The smaller of `self` and `rhs` elementwise, with broadcasting (NumPy `np.minimum`); at
    /// a tie the gradient is split evenly.
    #[must_use]
    pub fn minimum<R: Input<T>>(&self, rhs: R) -> ZipVar<T, S, K, R>
    where
        S: BroadcastShape<R::Shape>,
        K: Combine<R::Kind>,
    {
        binary(
            self,
            rhs,
            |a, b| if b < a { b } else { a },
            (
                Partial::Rule(|g, a, b| winner_share(g, b, a)),
                Partial::Rule(|g, a, b| winner_share(g, a, b)),
            ),
        )
    }
}
