//! `Var`: a tensor value with its place in the computation graph.

use super::graph::{self, Accumulate, Grads, Node, Sink};
use crate::storage::{Inline, Kind};
use crate::{Elem, Shape, Tensor};
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::any::Any;
use core::fmt;
use num_traits::Float;

/// The element types autodiff works with: `f32` and `f64`.
pub trait Real: Elem + Float + fmt::Debug {}

impl<T: Elem + Float + fmt::Debug> Real for T {}

/// A tracked tensor: a value of type `Tensor<T, S, K>` and its place in the graph of the
/// computation that produced it.
///
/// Ops on `Var`s have the names and shape rules of the tensor ops (`&a + &b` broadcasts,
/// `a.matmul(&b)`, `a.sum_axis::<1>()`, …) and record how to differentiate themselves. Plain
/// tensors mix in as constants. Cloning a `Var` is cheap (two reference counts).
///
/// ```
/// use tensorial::autodiff::Var;
/// use tensorial::tensor;
/// let x = tensor![[1.0, 2.0], [3.0, 4.0]];          // data: a plain tensor
/// let w = Var::param(tensor![0.5, -1.0]);          // a parameter
/// let loss = (&w * &x).sum();                      // w broadcasts over x's rows
/// let grads = loss.backward();
/// assert_eq!(grads.wrt(&w), tensor![4.0, 6.0]);    // Σ over rows of x
/// ```
pub struct Var<T: Elem, S: Shape, K: Kind = Inline> {
    value: Rc<Tensor<T, S, K>>,
    pub(crate) node: Rc<Node>,
}

impl<T: Elem, S: Shape, K: Kind> Clone for Var<T, S, K> {
    fn clone(&self) -> Self {
        Self {
            value: self.value.clone(),
            node: self.node.clone(),
        }
    }
}

impl<T: Real, S: Shape, K: Kind> fmt::Debug for Var<T, S, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Var")
            .field("value", &*self.value)
            .field("param", &self.node.param)
            .finish()
    }
}

impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {
    /// A parameter: backward passes keep its gradient (PyTorch `requires_grad=True`).
    ///
    /// ```
    /// use tensorial::autodiff::Var;
    /// use tensorial::tensor;
    /// let w = Var::param(tensor![1.0, 2.0]);
    /// assert_eq!(w.value(), &tensor![1.0, 2.0]);
    /// ```
    #[must_use]
    pub fn param(value: Tensor<T, S, K>) -> Self {
        Self {
            value: Rc::new(value),
            node: Node::leaf(true),
        }
    }

    /// A constant: gradients do not flow into it (PyTorch `detach()`).
    ///
    /// ```
    /// use tensorial::autodiff::Var;
    /// use tensorial::tensor;
    /// let c = Var::constant(tensor![1.0, 2.0]);
    /// let w = Var::param(tensor![3.0, 4.0]);
    /// let grads = (&c * &w).sum().backward();
    /// assert_eq!(grads.wrt(&w), tensor![1.0, 2.0]);
    /// assert_eq!(grads.wrt(&c), tensor![0.0, 0.0]); // not tracked
    /// ```
    #[must_use]
    pub fn constant(value: Tensor<T, S, K>) -> Self {
        Self {
            value: Rc::new(value),
            node: Node::leaf(false),
        }
    }

    /// The value, taken out without a copy when no other `Var` or graph node shares it (else
    /// cloned): after a training step, drop the loss and the gradients, then take the updated
    /// parameter back.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let w = Var::param(tensor![1.0, 2.0]);
    /// let g = (&w * &w).sum().backward().wrt(&w);
    /// let mut value = w.into_value();                  // the graph is gone: no copy
    /// value -= &(g * 0.1);
    /// assert_eq!(value, tensor![0.8, 1.6]);
    /// ```
    #[must_use]
    pub fn into_value(self) -> Tensor<T, S, K> {
        Rc::try_unwrap(self.value).unwrap_or_else(|shared| (*shared).clone())
    }

    /// The same value, cut from the graph: a constant (PyTorch `detach()`).
    #[must_use]
    pub fn detach(&self) -> Self {
        Self {
            value: self.value.clone(),
            node: Node::leaf(false),
        }
    }

    /// Backward pass seeded with `seed`, the gradient of some scalar with respect to this
    /// value (PyTorch `y.backward(seed)`): the vector–Jacobian product.
    ///
    /// ```
    /// use tensorial::autodiff::Var;
    /// use tensorial::tensor;
    /// let x = Var::param(tensor![1.0, 2.0]);
    /// let y = &x * &x;                                   // not a scalar
    /// let grads = y.backward_with(tensor![1.0, 10.0]);   // seed ∂L/∂y
    /// assert_eq!(grads.wrt(&x), tensor![2.0, 40.0]);
    /// ```
    #[must_use]
    pub fn backward_with(&self, seed: Tensor<T, S, K>) -> Grads {
        graph::backward(&self.node, Box::new(seed))
    }
}

impl<T: Elem, S: Shape, K: Kind> Var<T, S, K> {
    /// The value.
    #[must_use]
    pub fn value(&self) -> &Tensor<T, S, K> {
        &self.value
    }

    /// The value of an op on tracked `parents`, with its backward `rule`: given the gradient
    /// of the result, the rule adds each parent's contribution to `sink` (parent `i` is
    /// `parents[i]`).
    pub(crate) fn from_op(
        value: Tensor<T, S, K>,
        parents: Vec<Rc<Node>>,
        rule: impl Fn(Tensor<T, S, K>, &mut Sink<'_>) + 'static,
    ) -> Self {
        let name = type_name_of(&rule);
        let rule = move |grad: Box<dyn Any>, sink: &mut Sink<'_>| {
            let grad = grad
                .downcast::<Tensor<T, S, K>>()
                .expect("autodiff: a gradient of another type than its value");
            rule(*grad, sink);
        };
        Self {
            value: Rc::new(value),
            node: Node::op(parents, Box::new(rule), name),
        }
    }

    /// The value, shared (for backward rules).
    pub(crate) fn shared(&self) -> Rc<Tensor<T, S, K>> {
        self.value.clone()
    }
}

impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {
    /// Backward pass from this scalar (PyTorch `loss.backward()`): the gradients of every
    /// parameter it depends on.
    ///
    /// Only scalars (shape `()`) have it; reduce first (`.sum()`, `.mean()`), or seed a
    /// non-scalar with [`backward_with`](Self::backward_with).
    ///
    /// ```
    /// use tensorial::autodiff::Var;
    /// use tensorial::tensor;
    /// let x = Var::param(tensor![3.0]);
    /// let y = (&x * &x * &x).sum();                  // x³
    /// assert_eq!(y.backward().wrt(&x), tensor![27.0]); // 3x²
    /// ```
    ///
    /// ```compile_fail
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![1.0, 2.0]);
    /// let _ = x.backward(); // `backward()` needs a scalar loss
    /// ```
    #[must_use]
    pub fn backward(&self) -> Grads
    where
        S: Scalar,
    {
        self.backward_with(Tensor::full(T::one()))
    }

    /// The scalar value.
    #[must_use]
    pub fn item(&self) -> T
    where
        S: Scalar,
    {
        self.value.as_slice()[0]
    }
}

/// The type name of `f` (a backward rule's closure: its path names the op).
fn type_name_of<F>(_: &F) -> &'static str {
    core::any::type_name::<F>()
}

/// The shape a loss must have for [`Var::backward`]: a scalar, `()`.
#[diagnostic::on_unimplemented(
    message = "`backward()` needs a scalar loss, but this value has shape `{Self}`",
    label = "not a scalar",
    note = "reduce it first (`.sum()`, `.mean()`), or seed it with `.backward_with(seed)`, `seed` a tensor of its shape"
)]
pub trait Scalar: Shape {}

impl Scalar for () {}

impl<T: Elem + core::ops::Add<Output = T>, S: Shape, K: Kind> Accumulate for Tensor<T, S, K> {
    fn accumulate(&mut self, other: Self) {
        for (a, &b) in self.as_mut_slice().iter_mut().zip(other.as_slice()) {
            *a = *a + b;
        }
    }
}
