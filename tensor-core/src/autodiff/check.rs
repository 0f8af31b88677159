//! `gradcheck`: analytic gradients against f64 central differences (PyTorch's
//! `torch.autograd.gradcheck`).

use super::var::Var;
use crate::storage::{Inline, Kind};
use crate::{SeededRng, Shape, Tensor};
use core::fmt;

/// Step of the central differences.
const EPS: f64 = 1e-6;
/// Absolute and relative tolerance: `|analytic − numeric| ≤ ATOL + RTOL·|numeric|`.
const ATOL: f64 = 1e-5;
const RTOL: f64 = 1e-3;
/// Inputs with more elements are checked along this many random directions, not per element.
const ALL_ELEMENTS_UP_TO: usize = 64;
const DIRECTIONS: usize = 16;

/// A gradient that disagrees with central differences.
#[derive(Clone, Debug, PartialEq)]
pub struct GradcheckError {
    /// The element checked (`Some(i)`) or the random direction (`None`, see `direction`).
    pub element: Option<usize>,
    /// The number of the random direction, when directions were checked.
    pub direction: Option<usize>,
    /// The derivative from the backward pass.
    pub analytic: f64,
    /// The central-difference estimate.
    pub numeric: f64,
}

impl fmt::Display for GradcheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.element, self.direction) {
            (Some(i), _) => write!(f, "element {i}: ")?,
            (_, Some(d)) => write!(f, "random direction {d}: ")?,
            _ => {}
        }
        write!(
            f,
            "analytic derivative {} but central differences give {} (tolerance {ATOL} + {RTOL}·|numeric|)",
            self.analytic, self.numeric
        )
    }
}

/// Checks the gradient of the scalar function `f` at `x` against central differences with
/// `eps = 1e-6`, element by element for inputs of up to 64 elements and along 16 random
/// directions (seeded) beyond; passes when `|analytic − numeric| ≤ 1e-5 + 1e-3·|numeric|`
/// everywhere (PyTorch `gradcheck`'s defaults).
///
/// `f` receives `x` as a tracked value; other inputs can be captured as constants (check each
/// input in turn).
///
/// # Errors
/// The first element or direction that disagrees.
///
/// ```
/// use tensorial::autodiff::{gradcheck, Var};
/// use tensorial::tensor;
/// let x = tensor![0.3, -1.2, 2.0];
/// gradcheck(|x: &Var<f64, _, _>| (x * 3.0 - 2.0).tanh().sum(), &x).unwrap();
/// ```
pub fn gradcheck<S: Shape, K: Kind>(
    f: impl Fn(&Var<f64, S, K>) -> Var<f64, (), Inline>,
    x: &Tensor<f64, S, K>,
) -> Result<(), GradcheckError> {
    let param = Var::param(x.clone());
    let analytic: Tensor<f64, S, K> = f(&param).backward().wrt(&param);
    let at = |t: Tensor<f64, S, K>| f(&Var::constant(t)).item();
    let within = |a: f64, n: f64| (a - n).abs() <= ATOL + RTOL * n.abs();
    if S::NUMEL <= ALL_ELEMENTS_UP_TO {
        for i in 0..S::NUMEL {
            let (mut plus, mut minus) = (x.clone(), x.clone());
            plus.as_mut_slice()[i] += EPS;
            minus.as_mut_slice()[i] -= EPS;
            let numeric = (at(plus) - at(minus)) / (2.0 * EPS);
            let a = analytic.as_slice()[i];
            if !within(a, numeric) {
                return Err(GradcheckError {
                    element: Some(i),
                    direction: None,
                    analytic: a,
                    numeric,
                });
            }
        }
        return Ok(());
    }
    let mut rng = SeededRng::new(0x6AD_C4EC);
    for d in 0..DIRECTIONS {
        let dir = Tensor::<f64, S, K>::uniform(&mut rng, -1.0, 1.0);
        let a: f64 = analytic.iter().zip(dir.iter()).map(|(g, v)| g * v).sum();
        let (mut plus, mut minus) = (x.clone(), x.clone());
        for ((p, m), &v) in plus.iter_mut().zip(minus.iter_mut()).zip(dir.iter()) {
            *p += EPS * v;
            *m -= EPS * v;
        }
        let numeric = (at(plus) - at(minus)) / (2.0 * EPS);
        if !within(a, numeric) {
            return Err(GradcheckError {
                element: None,
                direction: Some(d),
                analytic: a,
                numeric,
            });
        }
    }
    Ok(())
}
