//! Comparisons into `bool` tensors, and `maximum` / `minimum` (NaN-propagating, like NumPy).

use super::map::ZipOutput;
use super::operand::Operand;
use crate::storage::{Combine, Kind};
use crate::{BroadcastShape, Elem, Shape, Tensor};

macro_rules! comparisons {
    ($($(#[$doc:meta])* $name:ident $op:tt;)*) => {$(
        $(#[$doc])*
        #[must_use]
        pub fn $name<R: Operand<T>>(&self, rhs: R) -> ZipOutput<bool, S, K, R, T>
        where
            S: BroadcastShape<R::Shape>,
            K: Combine<R::Kind>,
        {
            self.zip_map(rhs, |a, b| a $op b)
        }
    )*};
}

/// **Comparison and selection** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + PartialOrd, S: Shape, K: Kind> Tensor<T, S, K> {
    comparisons! {
        /// `self < rhs` elementwise with broadcasting (NumPy `x < y`).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![1, 5].lt(3).as_slice(), &[true, false]);
        /// ```
        lt <;
        /// `self <= rhs` elementwise with broadcasting.
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![1, 3].le(3).as_slice(), &[true, true]);
        /// ```
        le <=;
        /// `self > rhs` elementwise with broadcasting.
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![1, 5].gt(&tensor![0, 7]).as_slice(), &[true, false]);
        /// ```
        gt >;
        /// `self >= rhs` elementwise with broadcasting.
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![1.0, 5.0].ge(5.0).as_slice(), &[false, true]);
        /// ```
        ge >=;
        /// `self == rhs` elementwise with broadcasting (NumPy `x == y`; Rust's `==` compares
        /// whole tensors).
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![1, 4].eq_elem(4).as_slice(), &[false, true]);
        /// ```
        eq_elem ==;
        /// `self != rhs` elementwise with broadcasting.
        ///
        /// ```
        /// use tensorial::tensor;
        /// assert_eq!(tensor![1, 4].ne_elem(4).as_slice(), &[true, false]);
        /// ```
        ne_elem !=;
    }

    /// Elementwise maximum with a tensor or scalar; NaN wins (NumPy `np.maximum`).
    /// `ReLU` is `x.maximum(0.0)`.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![-1.0, 2.0, f64::NAN];
    /// let y = x.maximum(0.0);
    /// assert_eq!(y.as_slice()[..2], [0.0, 2.0]);
    /// assert!(y.as_slice()[2].is_nan());
    /// ```
    #[must_use]
    pub fn maximum<R: Operand<T>>(&self, rhs: R) -> ZipOutput<T, S, K, R, T>
    where
        S: BroadcastShape<R::Shape>,
        K: Combine<R::Kind>,
    {
        self.zip_map(rhs, max_nan)
    }

    /// Elementwise minimum with a tensor or scalar; NaN wins (NumPy `np.minimum`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1, 5].minimum(&tensor![3, 3]).as_slice(), &[1, 3]);
    /// ```
    #[must_use]
    pub fn minimum<R: Operand<T>>(&self, rhs: R) -> ZipOutput<T, S, K, R, T>
    where
        S: BroadcastShape<R::Shape>,
        K: Combine<R::Kind>,
    {
        self.zip_map(rhs, min_nan)
    }
}

/// **Comparison and selection** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + num_traits::Float, S: Shape, K: Kind> Tensor<T, S, K> {
    /// `true` when every `|self - other| <= atol + rtol * |other|` (NumPy `np.allclose` with
    /// `equal_nan=False`: a NaN anywhere gives `false`). NumPy's defaults are `rtol = 1e-5`,
    /// `atol = 1e-8`.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let a = tensor![1.0, 2.0];
    /// assert!(a.allclose(&tensor![1.0 + 1e-9, 2.0], 1e-5, 1e-8));
    /// assert!(!a.allclose(&tensor![1.1, 2.0], 1e-5, 1e-8));
    /// ```
    #[must_use]
    pub fn allclose<K2: Kind>(&self, other: &Tensor<T, S, K2>, rtol: T, atol: T) -> bool {
        self.iter()
            .zip(other.iter())
            .all(|(&a, &b)| (a - b).abs() <= atol + rtol * b.abs())
    }
}

/// The larger of `a` and `b`; an unordered (NaN) operand is returned as is.
#[allow(clippy::eq_op)]
fn max_nan<T: PartialOrd>(a: T, b: T) -> T {
    if a > b || a != a { a } else { b }
}

/// The smaller of `a` and `b`; an unordered (NaN) operand is returned as is.
#[allow(clippy::eq_op)]
fn min_nan<T: PartialOrd>(a: T, b: T) -> T {
    if a < b || a != a { a } else { b }
}
