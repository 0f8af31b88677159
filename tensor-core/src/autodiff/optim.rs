//! Optimisers: SGD with momentum and Adam, updating parameter tensors in place from gradients
//! of their own type (PyTorch `torch.optim`).
//!
//! # A training step
//! Parameters live as plain tensors between steps, each with its optimiser state (typed like
//! the parameter). A step wraps the parameters in [`Var::param`], computes the loss, runs
//! [`backward`](super::Var::backward) and hands each gradient to [`Optimizer::step`] together with the
//! parameter and its state:
//!
//! ```
//! use tensorial::autodiff::Var;
//! use tensorial::autodiff::optim::{Adam, AdamState, Optimizer};
//! use tensorial::{tensor, Rank1, Tensor};
//! // Fit y = 2x − 1 by least squares.
//! let x = tensor![[-1.0], [0.0], [1.0], [2.0]];              // (4, 1)
//! let y = tensor![[-3.0], [-1.0], [1.0], [3.0]];             // (4, 1)
//! let (mut w, mut b) = (Tensor::<f64, Rank1<1>>::zeros(), Tensor::<f64, Rank1<1>>::zeros());
//! let (mut w_state, mut b_state) = (AdamState::default(), AdamState::default());
//! let adam = Adam::new(0.1);
//! for _ in 0..500 {
//!     let (wv, bv) = (Var::param(w), Var::param(b));        // inline tensors are `Copy`
//!     let loss = (&wv * x + &bv).mse_loss(&y);
//!     let grads = loss.backward();                           // fresh gradients every step
//!     adam.step(&mut w, &grads.wrt(&wv), &mut w_state);
//!     adam.step(&mut b, &grads.wrt(&bv), &mut b_state);
//! }
//! assert!((w[[0]] - 2.0).abs() < 1e-3 && (b[[0]] + 1.0).abs() < 1e-3);
//! ```
//!
//! # No `zero_grad()`
//! PyTorch accumulates gradients into each parameter's `.grad` until `zero_grad()` clears
//! them. Here every `backward()` returns a fresh [`Grads`](super::Grads) holding only the
//! gradients of that pass: gradients are dropped between steps simply by calling `backward()`
//! again, and there is nothing to zero. To accumulate over several batches, add the gradient
//! tensors yourself (`g = g + grads.wrt(&w)`) and step once.
//!
//! # State
//! Each parameter has its own state: [`SgdState`] (the momentum buffer) or [`AdamState`]
//! (the moment estimates and the step count), of the parameter's element type, shape and
//! storage, so handing a state to a parameter of another shape does not compile. Create it
//! with `Default::default()` (nothing to size: the type knows the shape), and keep one per
//! parameter — sharing one between two parameters would mix their moments.
//!
//! The hyper-parameters are public fields, so a learning-rate schedule assigns `opt.lr`
//! between steps.
//!
//! [`Var::param`]: super::Var::param

use super::var::Real;
use crate::ops::kernel::update_chunks;
use crate::storage::{Inline, Kind};
use crate::{Shape, Tensor};
use core::fmt;
use num_traits::NumCast;

/// `x` as the element type (exact for `f64`, rounded for `f32`).
fn lit<T: Real>(x: f64) -> T {
    <T as NumCast>::from(x).unwrap_or_else(T::nan)
}

/// An update rule for parameter tensors: given a parameter, its gradient and its state, moves
/// the parameter in place.
///
/// Generic code can train with any optimiser through it; the state of a parameter of shape
/// `S` and storage `K` is `O::State<S, K>`:
///
/// ```
/// use tensorial::autodiff::optim::{Adam, Optimizer, Sgd};
/// use tensorial::{tensor, Inline, Rank1};
/// /// Minimises Σ (p − 3)² from p = 0 with gradient 2(p − 3).
/// fn descend<O: Optimizer<Elem = f64>>(opt: &O) -> f64 {
///     let mut p = tensor![0.0];
///     let mut state = O::State::<Rank1<1>, Inline>::default();
///     for _ in 0..300 {
///         let grad = (p - 3.0) * 2.0;
///         opt.step(&mut p, &grad, &mut state);
///     }
///     p[[0]]
/// }
/// assert!((descend(&Sgd::new(0.1).with_momentum(0.9)) - 3.0).abs() < 1e-6);
/// assert!((descend(&Adam::new(0.1)) - 3.0).abs() < 1e-3);
/// ```
pub trait Optimizer {
    /// The element type of the parameters it updates (`f32` or `f64`).
    type Elem: Real;

    /// The state kept for one parameter of shape `S` and storage `K`; `Default` creates the
    /// state of a parameter that has not been stepped yet.
    type State<S: Shape, K: Kind>: Default;

    /// Updates `param` in place from `grad`, the gradient of the loss with respect to it, and
    /// advances the parameter's `state`.
    ///
    /// ```
    /// use tensorial::autodiff::optim::{Optimizer, Sgd, SgdState};
    /// use tensorial::tensor;
    /// let mut p = tensor![1.0, 2.0];
    /// Sgd::new(0.5).step(&mut p, &tensor![1.0, -2.0], &mut SgdState::default());
    /// assert_eq!(p, tensor![0.5, 3.0]);                     // p − lr·g
    /// ```
    fn step<S: Shape, K: Kind>(
        &self,
        param: &mut Tensor<Self::Elem, S, K>,
        grad: &Tensor<Self::Elem, S, K>,
        state: &mut Self::State<S, K>,
    );
}

/// Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay:
/// PyTorch `torch.optim.SGD(params, lr, momentum, dampening=0, weight_decay, nesterov)`.
///
/// Per element, with `g` the gradient, `μ` the momentum and `λ` the weight decay:
///
/// ```text
/// d = g + λ·p
/// b = μ·b + d          (b starts at zero, so the first step has b = d)
/// d = d + μ·b          with Nesterov momentum, else d = b
/// p = p − lr·d
/// ```
///
/// Without momentum (`μ = 0`, the default) this is `p = p − lr·(g + λ·p)` and no buffer is
/// allocated.
///
/// ```
/// use tensorial::autodiff::optim::{Optimizer, Sgd, SgdState};
/// use tensorial::tensor;
/// let sgd = Sgd::new(0.1_f64).with_momentum(0.9);
/// let (mut p, mut state) = (tensor![1.0], SgdState::default());
/// sgd.step(&mut p, &tensor![1.0], &mut state);       // b = 1,   p = 1 − 0.1·1
/// sgd.step(&mut p, &tensor![1.0], &mut state);       // b = 1.9, p = 0.9 − 0.1·1.9
/// assert!((p[[0]] - 0.71).abs() < 1e-15);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sgd<T> {
    /// The learning rate.
    pub lr: T,
    /// The momentum factor `μ` (0: plain SGD).
    pub momentum: T,
    /// The L2 penalty `λ`, added to the gradient as `λ·p` (0: none).
    pub weight_decay: T,
    /// Nesterov momentum (PyTorch `nesterov=True`); has no effect without momentum.
    pub nesterov: bool,
}

impl<T: Real> Sgd<T> {
    /// Plain SGD with learning rate `lr`: no momentum, no weight decay.
    ///
    /// ```
    /// use tensorial::autodiff::optim::Sgd;
    /// let sgd = Sgd::new(0.01_f32);
    /// assert_eq!((sgd.lr, sgd.momentum, sgd.weight_decay, sgd.nesterov), (0.01, 0.0, 0.0, false));
    /// ```
    #[must_use]
    pub fn new(lr: T) -> Self {
        Self {
            lr,
            momentum: T::zero(),
            weight_decay: T::zero(),
            nesterov: false,
        }
    }

    /// With momentum factor `momentum` (typically 0.9).
    ///
    /// ```
    /// use tensorial::autodiff::optim::Sgd;
    /// assert_eq!(Sgd::new(0.1).with_momentum(0.9).momentum, 0.9);
    /// ```
    #[must_use]
    pub fn with_momentum(self, momentum: T) -> Self {
        Self { momentum, ..self }
    }

    /// With Nesterov momentum (set a momentum factor too).
    ///
    /// ```
    /// use tensorial::autodiff::optim::{Optimizer, Sgd, SgdState};
    /// use tensorial::tensor;
    /// let sgd = Sgd::new(0.1_f64).with_momentum(0.9).with_nesterov();
    /// let mut p = tensor![1.0];
    /// sgd.step(&mut p, &tensor![1.0], &mut SgdState::default()); // d = 1 + 0.9·1
    /// assert!((p[[0]] - 0.81).abs() < 1e-15);
    /// ```
    #[must_use]
    pub fn with_nesterov(self) -> Self {
        Self {
            nesterov: true,
            ..self
        }
    }

    /// With L2 weight decay `weight_decay`: `weight_decay·p` is added to each gradient.
    ///
    /// ```
    /// use tensorial::autodiff::optim::{Optimizer, Sgd, SgdState};
    /// use tensorial::tensor;
    /// let sgd = Sgd::new(0.5_f64).with_weight_decay(0.1);
    /// let mut p = tensor![2.0];
    /// sgd.step(&mut p, &tensor![0.0], &mut SgdState::default()); // 2 − 0.5·(0 + 0.1·2)
    /// assert!((p[[0]] - 1.9).abs() < 1e-15);
    /// ```
    #[must_use]
    pub fn with_weight_decay(self, weight_decay: T) -> Self {
        Self {
            weight_decay,
            ..self
        }
    }
}

/// The state [`Sgd`] keeps for one parameter: the momentum buffer, allocated at the first
/// step with momentum.
///
/// ```
/// use tensorial::autodiff::optim::{Optimizer, Sgd, SgdState};
/// use tensorial::{tensor, Rank1};
/// let mut state = SgdState::<f64, Rank1<2>>::default();
/// assert!(state.momentum_buffer().is_none());
/// let mut p = tensor![0.0, 0.0];
/// Sgd::new(1.0).with_momentum(0.5).step(&mut p, &tensor![1.0, 2.0], &mut state);
/// assert_eq!(state.momentum_buffer(), Some(&tensor![1.0, 2.0]));
/// ```
pub struct SgdState<T: Real, S: Shape, K: Kind = Inline> {
    buffer: Option<Tensor<T, S, K>>,
}

impl<T: Real, S: Shape, K: Kind> SgdState<T, S, K> {
    /// The momentum buffer `b` (PyTorch `state["momentum_buffer"]`); `None` before the first
    /// step with momentum.
    ///
    /// ```
    /// use tensorial::autodiff::optim::SgdState;
    /// use tensorial::Rank2;
    /// assert!(SgdState::<f32, Rank2<2, 3>>::default().momentum_buffer().is_none());
    /// ```
    #[must_use]
    pub fn momentum_buffer(&self) -> Option<&Tensor<T, S, K>> {
        self.buffer.as_ref()
    }
}

impl<T: Real, S: Shape, K: Kind> Default for SgdState<T, S, K> {
    fn default() -> Self {
        Self { buffer: None }
    }
}

impl<T: Real, S: Shape, K: Kind> Clone for SgdState<T, S, K> {
    fn clone(&self) -> Self {
        Self {
            buffer: self.buffer.clone(),
        }
    }
}

impl<T: Real, S: Shape, K: Kind> fmt::Debug for SgdState<T, S, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SgdState")
            .field("momentum_buffer", &self.buffer)
            .finish()
    }
}

impl<T: Real> Optimizer for Sgd<T> {
    type Elem = T;
    type State<S: Shape, K: Kind> = SgdState<T, S, K>;

    fn step<S: Shape, K: Kind>(
        &self,
        param: &mut Tensor<T, S, K>,
        grad: &Tensor<T, S, K>,
        state: &mut SgdState<T, S, K>,
    ) {
        let Self {
            lr,
            momentum: mu,
            weight_decay: wd,
            nesterov,
        } = *self;
        let grad = grad.as_slice();
        if mu == T::zero() {
            update_chunks(param.as_mut_slice(), [], |at, params, []| {
                for (p, &g) in params.iter_mut().zip(&grad[at..]) {
                    *p = *p - lr * (g + wd * *p);
                }
            });
            return;
        }
        let buffer = state.buffer.get_or_insert_with(Tensor::zeros);
        update_chunks(
            param.as_mut_slice(),
            [buffer.as_mut_slice()],
            |at, params, [buffer]| {
                for ((p, &g), b) in params.iter_mut().zip(&grad[at..]).zip(buffer) {
                    let d = g + wd * *p;
                    *b = mu * *b + d;
                    let d = if nesterov { d + mu * *b } else { *b };
                    *p = *p - lr * d;
                }
            },
        );
    }
}

/// Adam with bias-corrected moment estimates (Kingma & Ba, 2015): PyTorch
/// `torch.optim.Adam(params, lr, betas, eps, weight_decay)` with its defaults (`lr = 1e-3`,
/// `betas = (0.9, 0.999)`, `eps = 1e-8`, no weight decay), or `torch.optim.AdamW` with
/// [`with_decoupled_weight_decay`](Self::with_decoupled_weight_decay).
///
/// Per element, at step `t = 1, 2, …` of a parameter, with `g` its gradient:
///
/// ```text
/// g = g + λ·p                      (L2 weight decay λ; AdamW instead sets p = p·(1 − lr·λ))
/// m = β₁·m + (1 − β₁)·g
/// v = β₂·v + (1 − β₂)·g²
/// p = p − lr · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
/// ```
///
/// ```
/// use tensorial::autodiff::optim::{Adam, AdamState, Optimizer};
/// use tensorial::tensor;
/// // The first step moves every element by ≈ lr against the sign of its gradient.
/// let mut p = tensor![1.0, 1.0];
/// Adam::new(0.1).step(&mut p, &tensor![0.5, -20.0], &mut AdamState::default());
/// assert!(p.allclose(&tensor![0.9, 1.1], 1e-8, 0.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Adam<T> {
    /// The learning rate (default `1e-3`).
    pub lr: T,
    /// The decay rates `(β₁, β₂)` of the first and second moment estimates (default
    /// `(0.9, 0.999)`).
    pub betas: (T, T),
    /// The term `ε` added to the denominator (default `1e-8`).
    pub eps: T,
    /// The weight decay `λ` (default 0).
    pub weight_decay: T,
    /// `false`: L2 weight decay added to the gradient (`Adam`); `true`: decoupled weight decay,
    /// `p = p·(1 − lr·λ)` before the update (`AdamW`).
    pub decoupled_weight_decay: bool,
}

impl<T: Real> Adam<T> {
    /// Adam with learning rate `lr` and PyTorch's other defaults: `betas = (0.9, 0.999)`,
    /// `eps = 1e-8`, no weight decay.
    ///
    /// ```
    /// use tensorial::autodiff::optim::Adam;
    /// let adam = Adam::new(1e-2_f32);
    /// assert_eq!((adam.lr, adam.betas, adam.eps), (1e-2, (0.9, 0.999), 1e-8));
    /// ```
    #[must_use]
    pub fn new(lr: T) -> Self {
        Self {
            lr,
            betas: (lit(0.9), lit(0.999)),
            eps: lit(1e-8),
            weight_decay: T::zero(),
            decoupled_weight_decay: false,
        }
    }

    /// With the moment decay rates `(β₁, β₂)`.
    ///
    /// ```
    /// use tensorial::autodiff::optim::Adam;
    /// assert_eq!(Adam::new(1e-3).with_betas(0.5, 0.9).betas, (0.5, 0.9));
    /// ```
    #[must_use]
    pub fn with_betas(self, beta1: T, beta2: T) -> Self {
        Self {
            betas: (beta1, beta2),
            ..self
        }
    }

    /// With the denominator term `eps`.
    ///
    /// ```
    /// use tensorial::autodiff::optim::Adam;
    /// assert_eq!(Adam::new(1e-3).with_eps(1e-6).eps, 1e-6);
    /// ```
    #[must_use]
    pub fn with_eps(self, eps: T) -> Self {
        Self { eps, ..self }
    }

    /// With L2 weight decay: `weight_decay·p` is added to each gradient before the moments
    /// (PyTorch `Adam(weight_decay=…)`).
    ///
    /// ```
    /// use tensorial::autodiff::optim::{Adam, AdamState, Optimizer};
    /// use tensorial::tensor;
    /// // A zero gradient with decay acts like the gradient λ·p: a first step of ≈ lr.
    /// let mut p = tensor![2.0];
    /// Adam::new(0.1_f64).with_weight_decay(0.01).step(&mut p, &tensor![0.0], &mut AdamState::default());
    /// assert!((p[[0]] - 1.9).abs() < 1e-6);
    /// ```
    #[must_use]
    pub fn with_weight_decay(self, weight_decay: T) -> Self {
        Self {
            weight_decay,
            decoupled_weight_decay: false,
            ..self
        }
    }

    /// With decoupled weight decay: each step first shrinks the parameter, `p = p·(1 − lr·λ)`,
    /// and the moments see the bare gradient (PyTorch `AdamW(weight_decay=…)`, whose default
    /// is `λ = 1e-2`).
    ///
    /// ```
    /// use tensorial::autodiff::optim::{Adam, AdamState, Optimizer};
    /// use tensorial::tensor;
    /// let mut p = tensor![2.0];
    /// let adamw = Adam::new(0.1).with_decoupled_weight_decay(0.5);
    /// adamw.step(&mut p, &tensor![0.0], &mut AdamState::default()); // 2·(1 − 0.05), m = 0
    /// assert_eq!(p[[0]], 1.9);
    /// ```
    #[must_use]
    pub fn with_decoupled_weight_decay(self, weight_decay: T) -> Self {
        Self {
            weight_decay,
            decoupled_weight_decay: true,
            ..self
        }
    }
}

impl<T: Real> Default for Adam<T> {
    /// PyTorch's defaults: `lr = 1e-3`, `betas = (0.9, 0.999)`, `eps = 1e-8`, no weight decay.
    ///
    /// ```
    /// use tensorial::autodiff::optim::Adam;
    /// assert_eq!(Adam::<f64>::default(), Adam::new(1e-3));
    /// ```
    fn default() -> Self {
        Self::new(lit(1e-3))
    }
}

/// The state [`Adam`] keeps for one parameter: the moment estimates (typed like the parameter)
/// and the number of steps taken.
///
/// ```
/// use tensorial::autodiff::optim::{Adam, AdamState, Optimizer};
/// use tensorial::{tensor, Rank1};
/// let mut state = AdamState::<f64, Rank1<2>>::default();
/// let mut p = tensor![0.0, 0.0];
/// Adam::new(1e-3).step(&mut p, &tensor![1.0, -2.0], &mut state);
/// assert_eq!(state.steps(), 1);
/// assert!(state.exp_avg().allclose(&tensor![0.1, -0.2], 1e-15, 0.0)); // (1 − β₁)·g
/// ```
pub struct AdamState<T: Real, S: Shape, K: Kind = Inline> {
    m: Tensor<T, S, K>,
    v: Tensor<T, S, K>,
    steps: u32,
}

impl<T: Real, S: Shape, K: Kind> AdamState<T, S, K> {
    /// The first moment estimate `m`, before bias correction (PyTorch `state["exp_avg"]`).
    ///
    /// ```
    /// use tensorial::autodiff::optim::AdamState;
    /// use tensorial::{Rank1, Tensor};
    /// assert_eq!(AdamState::<f32, Rank1<3>>::default().exp_avg(), &Tensor::<f32, Rank1<3>>::zeros());
    /// ```
    #[must_use]
    pub fn exp_avg(&self) -> &Tensor<T, S, K> {
        &self.m
    }

    /// The second moment estimate `v`, before bias correction (PyTorch
    /// `state["exp_avg_sq"]`).
    ///
    /// ```
    /// use tensorial::autodiff::optim::{Adam, AdamState, Optimizer};
    /// use tensorial::tensor;
    /// let mut state = AdamState::default();
    /// Adam::new(1e-3_f64).step(&mut tensor![0.0], &tensor![10.0], &mut state);
    /// assert!((state.exp_avg_sq()[[0]] - 0.1).abs() < 1e-12); // (1 − β₂)·g²
    /// ```
    #[must_use]
    pub fn exp_avg_sq(&self) -> &Tensor<T, S, K> {
        &self.v
    }

    /// The number of steps taken, `t` of the bias corrections (PyTorch `state["step"]`).
    ///
    /// ```
    /// use tensorial::autodiff::optim::AdamState;
    /// use tensorial::Rank1;
    /// assert_eq!(AdamState::<f64, Rank1<1>>::default().steps(), 0);
    /// ```
    #[must_use]
    pub fn steps(&self) -> u32 {
        self.steps
    }
}

impl<T: Real, S: Shape, K: Kind> Default for AdamState<T, S, K> {
    fn default() -> Self {
        Self {
            m: Tensor::zeros(),
            v: Tensor::zeros(),
            steps: 0,
        }
    }
}

impl<T: Real, S: Shape, K: Kind> Clone for AdamState<T, S, K> {
    fn clone(&self) -> Self {
        Self {
            m: self.m.clone(),
            v: self.v.clone(),
            steps: self.steps,
        }
    }
}

impl<T: Real, S: Shape, K: Kind> fmt::Debug for AdamState<T, S, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AdamState")
            .field("exp_avg", &self.m)
            .field("exp_avg_sq", &self.v)
            .field("steps", &self.steps)
            .finish()
    }
}

impl<T: Real> Optimizer for Adam<T> {
    type Elem = T;
    type State<S: Shape, K: Kind> = AdamState<T, S, K>;

    fn step<S: Shape, K: Kind>(
        &self,
        param: &mut Tensor<T, S, K>,
        grad: &Tensor<T, S, K>,
        state: &mut AdamState<T, S, K>,
    ) {
        let Self {
            lr,
            betas: (b1, b2),
            eps,
            weight_decay: wd,
            decoupled_weight_decay: decoupled,
        } = *self;
        state.steps = state.steps.saturating_add(1);
        let t = i32::try_from(state.steps).unwrap_or(i32::MAX);
        let one = T::one();
        // As PyTorch computes it: lr/(1 − β₁ᵗ) · m / (√v/√(1 − β₂ᵗ) + ε).
        let step_size = lr / (one - b1.powi(t));
        let bias2_sqrt = (one - b2.powi(t)).sqrt();
        let (shrink, l2) = if decoupled {
            (one - lr * wd, T::zero())
        } else {
            (one, wd)
        };
        let (grad, moments) = (
            grad.as_slice(),
            [state.m.as_mut_slice(), state.v.as_mut_slice()],
        );
        update_chunks(param.as_mut_slice(), moments, |at, params, [m, v]| {
            let moments = m.iter_mut().zip(v);
            for ((p, &g), (m, v)) in params.iter_mut().zip(&grad[at..]).zip(moments) {
                let g = g + l2 * *p;
                *m = b1 * *m + (one - b1) * g;
                *v = b2 * *v + (one - b2) * g * g;
                *p = *p * shrink - step_size * *m / (v.sqrt() / bias2_sqrt + eps);
            }
        });
    }
}
