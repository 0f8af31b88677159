//! The computation graph: nodes with their parents and backward rules, the reverse pass, and
//! the gradients it returns.

use super::var::{Real, Var};
use crate::storage::Kind;
use crate::{Shape, Tensor};
use alloc::boxed::Box;
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::any::Any;

/// A backward rule: given the gradient of a node's value (a `Tensor` of the node's exact type,
/// boxed), adds each parent's contribution through the [`Sink`].
pub(crate) type Rule = Box<dyn Fn(Box<dyn Any>, &mut Sink<'_>)>;

/// One value of the graph.
pub(crate) struct Node {
    /// The nodes this value was computed from, in the order the rule numbers them.
    pub(crate) parents: Vec<Rc<Node>>,
    /// The backward rule; `None` for parameters and constants.
    pub(crate) rule: Option<Rule>,
    /// A parameter: its gradient is kept in [`Grads`].
    pub(crate) param: bool,
    /// Some parameter lies at or below this node: only then are gradients computed for it.
    pub(crate) needs_grad: bool,
    /// The rule's type name, for `autodiff::profile`.
    #[cfg(feature = "autodiff-profile")]
    pub(crate) name: &'static str,
}

impl Node {
    /// A leaf: a parameter (gradients kept) or a constant (gradients stop).
    pub(crate) fn leaf(param: bool) -> Rc<Self> {
        Rc::new(Self {
            parents: Vec::new(),
            rule: None,
            param,
            needs_grad: param,
            #[cfg(feature = "autodiff-profile")]
            name: "(leaf)",
        })
    }

    /// The result of an op on `parents`; the rule is dropped when no parent needs gradients.
    /// `name` names the rule for `autodiff::profile`.
    #[cfg_attr(not(feature = "autodiff-profile"), allow(unused_variables))]
    pub(crate) fn op(parents: Vec<Rc<Node>>, rule: Rule, name: &'static str) -> Rc<Self> {
        let needs_grad = parents.iter().any(|p| p.needs_grad);
        Rc::new(Self {
            parents,
            rule: needs_grad.then_some(rule),
            param: false,
            needs_grad,
            #[cfg(feature = "autodiff-profile")]
            name,
        })
    }
}

/// Adds gradient contributions to the parents of the node whose rule runs.
pub struct Sink<'g> {
    slots: &'g mut [Option<Box<dyn Any>>],
    parents: &'g [(usize, bool)],
}

impl Sink<'_> {
    /// `true` when parent `i` needs its gradient (a rule may skip computing it otherwise).
    #[must_use]
    pub fn wants(&self, i: usize) -> bool {
        self.parents[i].1
    }

    /// Adds `grad` to parent `i`'s gradient. `G` must be the parent's value type.
    ///
    /// # Panics
    /// When `G` is not the type of parent `i`'s earlier contributions (a bug in a rule).
    pub fn add<G: Accumulate>(&mut self, i: usize, grad: G) {
        let (slot, wanted) = self.parents[i];
        if !wanted {
            return;
        }
        match &mut self.slots[slot] {
            Some(acc) => acc
                .downcast_mut::<G>()
                .expect("autodiff: a gradient of another type than its value")
                .accumulate(grad),
            empty @ None => *empty = Some(Box::new(grad)),
        }
    }
}

/// A gradient that sums with another of its type (tensors add elementwise).
pub trait Accumulate: Any {
    /// `self += other`.
    fn accumulate(&mut self, other: Self);
}

/// The nodes reachable from `root`, parents before the nodes computed from them.
fn topological(root: &Rc<Node>) -> Vec<Rc<Node>> {
    let mut order = Vec::new();
    let mut seen: BTreeSet<*const Node> = BTreeSet::new();
    // Iterative post-order: (node, next parent to visit).
    let mut stack: Vec<(Rc<Node>, usize)> = alloc::vec![(root.clone(), 0)];
    seen.insert(Rc::as_ptr(root));
    while let Some((node, next)) = stack.pop() {
        if let Some(parent) = node.parents.get(next).cloned() {
            stack.push((node, next + 1));
            if parent.needs_grad && seen.insert(Rc::as_ptr(&parent)) {
                stack.push((parent, 0));
            }
        } else {
            order.push(node);
        }
    }
    order
}

/// Runs `f`, timed under `op` when profiling (`autodiff::profile`).
#[inline]
#[cfg_attr(not(feature = "autodiff-profile"), allow(unused_variables))]
fn step<R>(op: &'static str, f: impl FnOnce() -> R) -> R {
    #[cfg(feature = "autodiff-profile")]
    return super::profile::timed(op, f);
    #[cfg(not(feature = "autodiff-profile"))]
    f()
}

/// Runs the reverse pass from `root`, whose gradient is `seed`.
pub(crate) fn backward(root: &Rc<Node>, seed: Box<dyn Any>) -> Grads {
    let (order, index) = step("(graph order)", || {
        let order = topological(root);
        let index: BTreeMap<*const Node, usize> = order
            .iter()
            .enumerate()
            .map(|(i, n)| (Rc::as_ptr(n), i))
            .collect();
        (order, index)
    });
    let mut slots: Vec<Option<Box<dyn Any>>> = (0..order.len()).map(|_| None).collect();
    slots[order.len() - 1] = Some(seed);
    let mut grads = Grads { params: Vec::new() };
    for (i, node) in order.iter().enumerate().rev() {
        let Some(grad) = slots[i].take() else {
            continue;
        };
        if node.param {
            step("(keep param grad)", || {
                grads.params.push((node.clone(), grad));
            });
        } else if let Some(rule) = &node.rule {
            let parents: Vec<(usize, bool)> = node
                .parents
                .iter()
                .map(|p| match index.get(&Rc::as_ptr(p)) {
                    Some(&slot) => (slot, p.needs_grad),
                    None => (0, false),
                })
                .collect();
            #[cfg(feature = "autodiff-profile")]
            let name = node.name;
            #[cfg(not(feature = "autodiff-profile"))]
            let name = "";
            step(name, || {
                rule(
                    grad,
                    &mut Sink {
                        slots: &mut slots[..i],
                        parents: &parents,
                    },
                );
            });
        }
    }
    grads
}

/// The gradients of a backward pass, one per parameter reached.
///
/// Read one with [`wrt`](Self::wrt): a tensor of the parameter's own type. A parameter the loss
/// does not depend on has a zero gradient.
pub struct Grads {
    params: Vec<(Rc<Node>, Box<dyn Any>)>,
}

impl Grads {
    /// The gradient of the loss with respect to `param`: a tensor of the parameter's own type
    /// (zeros when the loss does not depend on it).
    ///
    /// ```
    /// use tensorial::autodiff::Var;
    /// use tensorial::tensor;
    /// let w = Var::param(tensor![1.0, 2.0, 3.0]);
    /// let loss = (&w * &w).sum();                  // Σ w²
    /// let grads = loss.backward();
    /// assert_eq!(grads.wrt(&w), tensor![2.0, 4.0, 6.0]);
    /// ```
    ///
    /// Reading it as a tensor of another shape does not compile (the types name both shapes):
    ///
    /// ```compile_fail
    /// use tensorial::{autodiff::Var, Rank2, Tensor};
    /// let w = Var::param(Tensor::<f32, Rank2<2, 3>>::ones());
    /// let grads = w.sum().backward();
    /// let g: Tensor<f32, Rank2<3, 2>> = grads.wrt(&w); // expected `(Const<3>, Const<2>)`, found `(Const<2>, Const<3>)`
    /// ```
    ///
    /// A gradient belongs to the `Var` the loss was computed from: a new `Var::param` of the
    /// same tensor is another parameter, with a zero gradient here. [`get`](Self::get) tells
    /// the two cases apart.
    #[must_use]
    pub fn wrt<T: Real, S: Shape, K: Kind>(&self, param: &Var<T, S, K>) -> Tensor<T, S, K> {
        self.get(param).cloned().unwrap_or_else(Tensor::zeros)
    }

    /// The gradient with respect to `param`, or `None` when the backward pass did not reach
    /// it (the loss does not depend on this `Var`).
    ///
    /// ```
    /// use tensorial::autodiff::Var;
    /// use tensorial::tensor;
    /// let (w, unused) = (Var::param(tensor![1.0, 2.0]), Var::param(tensor![3.0]));
    /// let grads = w.sum().backward();
    /// assert_eq!(grads.get(&w), Some(&tensor![1.0, 1.0]));
    /// assert_eq!(grads.get(&unused), None);
    /// ```
    #[must_use]
    pub fn get<T: Real, S: Shape, K: Kind>(
        &self,
        param: &Var<T, S, K>,
    ) -> Option<&Tensor<T, S, K>> {
        self.params
            .iter()
            .find(|(n, _)| Rc::ptr_eq(n, &param.node))
            .and_then(|(_, g)| g.downcast_ref::<Tensor<T, S, K>>())
    }
}
