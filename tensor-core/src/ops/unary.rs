//! Elementwise math: `exp`, `ln`, `sqrt`, `tanh`, `powi`, `abs`, … and `cast` (NumPy `astype`).

use super::cast::CastElem;
use super::kernel::math::{self, Func};
use crate::storage::Kind;
use crate::{Elem, Shape, Tensor};
use num_traits::{Float, Signed};

/// Methods computed by the vector kernels of [`math`] for `f32`/`f64` (split across cores for
/// big tensors; accuracy in the [`math`] docs), and by `num_traits::Float` for other types.
macro_rules! vector_fns {
    ($($(#[$doc:meta])* $name:ident => $func:ident;)*) => {$(
        $(#[$doc])*
        #[must_use]
        pub fn $name(&self) -> Self {
            self.vector_map(Func::$func, T::$name)
        }
    )*};
}

macro_rules! float_fns {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[must_use]
        pub fn $name(&self) -> Self {
            self.map(T::$name)
        }
    )*};
}

/// **Elementwise and float math** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + Float, S: Shape, K: Kind> Tensor<T, S, K> {
    vector_fns! {
        /// `e^x` elementwise (vectorized, within 1.5 ulp in `f32`: see [`math`]).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![0.0f64].exp().as_slice(), &[1.0]);
        /// ```
        exp => Exp;
        /// Natural logarithm elementwise (NumPy `np.log`; vectorized, see [`math`]).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![1.0f64].ln().as_slice(), &[0.0]);
        /// ```
        ln => Ln;
        /// Square root elementwise; NaN for negative inputs (vectorized, correctly rounded).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![4.0f32, 9.0].sqrt().as_slice(), &[2.0, 3.0]);
        /// ```
        sqrt => Sqrt;
        /// Hyperbolic tangent elementwise (vectorized, within 2 ulp in `f32`: see [`math`]).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![0.0f32].tanh().as_slice(), &[0.0]);
        /// ```
        tanh => Tanh;
    }

    /// `func` elementwise: the [`math`] kernels for `f32`/`f64`, split across cores for big
    /// tensors (bit-identical to one thread); `scalar` for other element types.
    pub(crate) fn vector_map(&self, func: Func, scalar: impl Fn(T) -> T + Sync) -> Self {
        Self::build(|out| math::par_map_or(func, self.as_slice(), out, scalar))
    }

    float_fns! {
        /// Sine elementwise (radians).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![0.0f32].sin().as_slice(), &[0.0]);
        /// ```
        sin;
        /// Cosine elementwise (radians).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![0.0f32].cos().as_slice(), &[1.0]);
        /// ```
        cos;
        /// `1 / x` elementwise.
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![2.0f32, 4.0].recip().as_slice(), &[0.5, 0.25]);
        /// ```
        recip;
        /// Largest integer `<= x` elementwise.
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![1.5f32, -1.5].floor().as_slice(), &[1.0, -2.0]);
        /// ```
        floor;
        /// Smallest integer `>= x` elementwise.
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![1.5f32, -1.5].ceil().as_slice(), &[2.0, -1.0]);
        /// ```
        ceil;
        /// Nearest integer elementwise, halves away from zero.
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![2.5f32, -0.4].round().as_slice(), &[3.0, -0.0]);
        /// ```
        round;
    }

    /// `x^n` for an integer power `n`, elementwise.
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![2.0f64, 3.0].powi(2).as_slice(), &[4.0, 9.0]);
    /// ```
    #[must_use]
    pub fn powi(&self, n: i32) -> Self {
        self.map(|x| x.powi(n))
    }

    /// `x^p` for a float power `p`, elementwise.
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![4.0f64, 9.0].powf(0.5).as_slice(), &[2.0, 3.0]);
    /// ```
    #[must_use]
    pub fn powf(&self, p: T) -> Self {
        self.map(|x| x.powf(p))
    }

    /// `true` where an element is NaN (NumPy `np.isnan`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1.0f32, f32::NAN].is_nan().as_slice(), &[false, true]);
    /// ```
    #[must_use]
    pub fn is_nan(&self) -> Tensor<bool, S, K> {
        self.map(T::is_nan)
    }
}

/// **Elementwise and float math** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + Signed, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Absolute value elementwise (floats and signed integers).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![-2, 3].abs().as_slice(), &[2, 3]);
    /// ```
    #[must_use]
    pub fn abs(&self) -> Self {
        self.map(|x| x.abs())
    }
}

/// **Elementwise and float math** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Converts every element with Rust's `as` rules (NumPy `astype`): floats to integers
    /// truncate and saturate, NaN becomes 0; `bool` becomes 1 or 0 ([`CastElem`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![1.7f32, -2.2, 300.0];
    /// assert_eq!(x.cast::<i32>().as_slice(), &[1, -2, 300]);
    /// assert_eq!(x.cast::<u8>().as_slice(), &[1, 0, 255]);
    ///
    /// // Accuracy, NumPy `(pred == y).mean()`:
    /// let (pred, y) = (tensor![1, 2, 0, 2], tensor![1, 0, 0, 2]);
    /// assert_eq!(pred.eq_elem(&y).cast::<f32>().mean(), 0.75);
    /// ```
    #[must_use]
    pub fn cast<U: Elem>(&self) -> Tensor<U, S, K>
    where
        T: CastElem<U>,
    {
        self.map(T::cast_elem)
    }
}
