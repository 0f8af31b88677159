//! Reverse-mode automatic differentiation over the typed tensors (feature `alloc`).
//!
//! ```
//! use tensorial::autodiff::Var;
//! use tensorial::{tensor, Rank1, Rank2, Tensor};
//! let x = tensor![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];   // data (3, 2): a plain tensor
//! let y = tensor![[1.0], [0.0], [1.0]];                  // targets (3, 1)
//! let w = Var::param(Tensor::<f64, Rank2<2, 1>>::zeros());
//! let b = Var::param(Tensor::<f64, Rank1<1>>::zeros());
//! let pred = (Var::constant(x).matmul(&w) + &b).sigmoid(); // (3, 1)
//! let loss = pred.mse_loss(&y);
//! let grads = loss.backward();
//! let gw: Tensor<f64, Rank2<2, 1>> = grads.wrt(&w);       // the parameter's own type
//! let gb = grads.wrt(&b);                                 // inferred: Tensor<f64, Rank1<1>>
//! assert_eq!(gw.shape(), [2, 1]);
//! assert_eq!(gb.shape(), [1]);
//! ```
//!
//! # The user's view
//! - Mark parameters with [`Var::param`]; data stays plain tensors (or [`Var::constant`]).
//! - Ops on [`Var`]s read like tensor code: `&a + &b` (broadcasting), `a.matmul(&b)`,
//!   `a.sum_axis::<1>()`, `a.softmax::<-1>()`, `a.relu()`, `a.cross_entropy(&labels)`,
//!   NumPy slicing [`s!`](crate::s)`(a[.., 1..3])`; shapes are checked by the same traits as for
//!   tensors.
//! - A scalar loss has [`backward`](Var::backward); [`Grads::wrt`] returns each parameter's
//!   gradient as a `Tensor` of the parameter's own shape type. A value used twice gets both
//!   contributions.
//! - Untracked code pays nothing: plain tensors never touch the graph, and ops whose inputs
//!   hold no parameter record no backward rule.
//!
//! # Training
//! [`optim`] has SGD (momentum, Nesterov, weight decay) and Adam/AdamW, updating parameter
//! tensors in place; the initialisers `Tensor::xavier_uniform`, `xavier_normal`,
//! `kaiming_uniform` and `kaiming_normal` take their fans from the weight's type. Each step
//! wraps the parameters in fresh `Var`s; `backward()` returns fresh gradients, so there is no
//! `zero_grad()`. See `examples/train_digits.rs` (an MLP on the 8×8 digits, 97 % test accuracy).
//!
//! # Profiling
//! With the feature `autodiff-profile`, `autodiff::profile::take()` returns the time of each
//! backward rule the reverse passes of this thread ran (`cargo bench -p tensorial-benches
//! --bench train_step_profile --features autodiff-profile -- nodes` prints them for the MLP
//! training step). Without it the reverse pass has no timing code.
//!
//! # Compile errors
//! - `backward()` on a non-scalar: ``backward()` needs a scalar loss, but this value has
//!   shape `(Const<2>,)``; seed it explicitly with [`backward_with`](Var::backward_with).
//! - Reading a gradient as another shape: a type mismatch naming both shapes (expected
//!   `Tensor<f32, (Const<3>, Const<2>)>`, found `Tensor<f32, (Const<2>, Const<3>)>`). A custom
//!   message would need a generic return type, which would cost the inference of
//!   `let g = grads.wrt(&w);`.
//! - Shape mismatches in ops: the tensor ops' messages (broadcasting, matmul, axes).
//!
//! # Design: a graph of reference-counted nodes, no tape object
//! Each `Var` holds its value and an `Rc` to its graph node; a node holds its parents and a
//! boxed backward rule. `backward()` sorts the nodes reachable from the loss topologically and
//! runs the rules in reverse, accumulating typed gradients. We chose this over
//! - a **tape bound by a lifetime** (`Var<'t>`): values could not be stored in structs or
//!   returned freely, and two tapes could meet (a run-time error, or a lifetime error without a
//!   custom message if the tapes are branded);
//! - a **tape type parameter** (dfdx): every op moves the tape through its result, so a value
//!   used twice needs explicit tape juggling;
//! - **static pullbacks per expression**: no allocation, but no dynamic control flow and a
//!   large compile-time cost per model.
//!
//! With one graph per loss and no tape objects there is nothing to mix up: values from different
//! computations simply join the graph of whatever combines them. The price is an allocation per
//! op (the node) and `Rc` sharing of the values the backward pass needs, which is small next to
//! the tensor work. Gradients are checked against f64 central differences by [`gradcheck`].

mod check;
mod graph;
mod init;
pub mod optim;
#[cfg(feature = "autodiff-profile")]
pub mod profile;
mod rules;
mod unbroadcast;
mod var;

pub use check::{GradcheckError, gradcheck};
pub(crate) use graph::Node;
pub use graph::{Accumulate, Grads, Sink};
pub use rules::arith::Input;
pub use rules::index::TakeVar;
pub use rules::join::{VarParts, VarStackParts};
pub(crate) use unbroadcast::sum_into;
pub use var::{Real, Scalar, Var};
