//! Weight initialisers: Xavier (Glorot) and He (Kaiming), uniform and normal, with fan-in and
//! fan-out read from the weight's type (PyTorch `torch.nn.init`).

use crate::storage::Kind;
use crate::{Const, RandomFloat, SeededRng, Tensor};
use num_traits::{Float, NumCast};

/// `x` as the element type (exact for `f64`, rounded for `f32`).
fn lit<T: RandomFloat>(x: f64) -> T {
    <T as NumCast>::from(x).unwrap_or_else(T::nan)
}

/// Weights of a dense layer `x @ w` that maps `IN` features to `OUT`: `fan_in = IN` and
/// `fan_out = OUT` come from the type.
///
/// The layout is `(IN, OUT)` so that a batch `(B, IN)` multiplies on the left; PyTorch's
/// `nn.Linear` stores the transpose, `(OUT, IN)`, with the same fans. Gains follow PyTorch's
/// defaults (1 for Xavier, `√2`, for `relu`, for He); for another gain scale the result, e.g.
/// `w * (5.0 / 3.0)` for tanh. PyTorch's own `nn.Linear` default is
/// `Tensor::uniform(rng, -1/√IN, 1/√IN)`.
impl<T: RandomFloat, const IN: usize, const OUT: usize, K: Kind>
    Tensor<T, (Const<IN>, Const<OUT>), K>
{
    /// Xavier/Glorot uniform initialisation (Glorot & Bengio, 2010): values uniform in
    /// `[−a, a)` with `a = √(6 / (IN + OUT))`, so the variance is `2 / (IN + OUT)` (PyTorch
    /// `nn.init.xavier_uniform_`, JAX `glorot_uniform`). Suits tanh and sigmoid layers.
    ///
    /// ```
    /// use tensorial::{Rank2, SeededRng, Tensor};
    /// let w = Tensor::<f32, Rank2<64, 32>>::xavier_uniform(&mut SeededRng::new(0));
    /// let a = (6.0_f32 / (64.0 + 32.0)).sqrt();                  // 0.25
    /// assert!(w.iter().all(|v| v.abs() <= a));
    /// ```
    #[doc(alias = "glorot_uniform")]
    #[must_use]
    pub fn xavier_uniform(rng: &mut SeededRng) -> Self {
        let a: T = lit(Float::sqrt(6.0 / fans_sum(IN, OUT)));
        Self::uniform(rng, -a, a)
    }

    /// Xavier/Glorot normal initialisation: normal values with mean 0 and standard deviation
    /// `√(2 / (IN + OUT))` (PyTorch `nn.init.xavier_normal_`, JAX `glorot_normal` without its
    /// truncation).
    ///
    /// ```
    /// use tensorial::{Heap, Rank2, SeededRng, Tensor};
    /// let w = Tensor::<f64, Rank2<300, 100>, Heap>::xavier_normal(&mut SeededRng::new(0));
    /// let var = w.iter().map(|v| v * v).sum::<f64>() / 30_000.0;
    /// assert!((var / (2.0 / 400.0) - 1.0).abs() < 0.05);
    /// ```
    #[doc(alias = "glorot_normal")]
    #[must_use]
    pub fn xavier_normal(rng: &mut SeededRng) -> Self {
        let std: T = lit(Float::sqrt(2.0 / fans_sum(IN, OUT)));
        Self::normal(rng, T::zero(), std)
    }

    /// He/Kaiming uniform initialisation (He et al., 2015) for `relu` layers: values uniform in
    /// `[−a, a)` with `a = √(6 / IN)`, so the variance is `2 / IN` (PyTorch
    /// `nn.init.kaiming_uniform_` with `nonlinearity="relu"`, mode `fan_in`; JAX `he_uniform`).
    ///
    /// ```
    /// use tensorial::{Rank2, SeededRng, Tensor};
    /// let w = Tensor::<f32, Rank2<24, 10>>::kaiming_uniform(&mut SeededRng::new(0));
    /// assert!(w.iter().all(|v| v.abs() <= 0.5));                // a = √(6/24)
    /// ```
    #[doc(alias = "he_uniform")]
    #[must_use]
    pub fn kaiming_uniform(rng: &mut SeededRng) -> Self {
        let a: T = lit(Float::sqrt(6.0 / fan(IN)));
        Self::uniform(rng, -a, a)
    }

    /// He/Kaiming normal initialisation for `relu` layers: normal values with mean 0 and standard
    /// deviation `√(2 / IN)` (PyTorch `nn.init.kaiming_normal_` with `nonlinearity="relu"`,
    /// mode `fan_in`; JAX `he_normal` without its truncation).
    ///
    /// ```
    /// use tensorial::{Heap, Rank2, SeededRng, Tensor};
    /// let w = Tensor::<f64, Rank2<200, 100>, Heap>::kaiming_normal(&mut SeededRng::new(0));
    /// let var = w.iter().map(|v| v * v).sum::<f64>() / 20_000.0;
    /// assert!((var / (2.0 / 200.0) - 1.0).abs() < 0.05);
    /// ```
    #[doc(alias = "he_normal")]
    #[must_use]
    pub fn kaiming_normal(rng: &mut SeededRng) -> Self {
        let std: T = lit(Float::sqrt(2.0 / fan(IN)));
        Self::normal(rng, T::zero(), std)
    }
}

/// A fan as `f64`; an empty axis counts as 1, so an empty weight gets finite bounds.
#[allow(clippy::cast_precision_loss)]
fn fan(n: usize) -> f64 {
    n.max(1) as f64
}

/// `fan_in + fan_out` as `f64` (at least 1).
fn fans_sum(fan_in: usize, fan_out: usize) -> f64 {
    fan(fan_in.saturating_add(fan_out))
}
