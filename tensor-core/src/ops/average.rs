//! Weighted averages: `average` and `average_axis` (NumPy `np.average(x, axis, weights)`).

use crate::storage::Kind;
use crate::{Axis, Elem, Operand, Shape, Tensor};
use num_traits::Float;

type Removed<S, const AX: isize> = <S as Axis<AX>>::Removed;

/// **Reductions** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + Float, S: Shape, K: Kind> Tensor<T, S, K> {
    /// The weighted mean of all elements, `Σ x·w / Σ w` with `weights` of the same shape
    /// (NumPy `np.average(x, weights=w)`). Weights summing to zero give NaN or ±inf where
    /// NumPy raises `ZeroDivisionError`.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1.0, 2.0], [3.0, 4.0]];
    /// assert_eq!(x.average(&tensor![[1.0, 0.0], [0.0, 3.0]]), 3.25);
    /// ```
    #[must_use]
    pub fn average<K2: Kind>(&self, weights: &Tensor<T, S, K2>) -> T {
        let (num, den) = self
            .iter()
            .zip(weights.iter())
            .fold((T::zero(), T::zero()), |(n, d), (&x, &w)| {
                (n + x * w, d + w)
            });
        num / den
    }

    /// The weighted mean along axis `AX`, removing it, with one weight per position along
    /// the axis (NumPy `np.average(x, axis=AX, weights=w)` with a 1-D `w`). `weights` is a
    /// vector tensor, a reference to one or a view; axes may count from the end; weights
    /// summing to zero give NaN or ±inf.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    /// let rows = x.average_axis::<1>(&tensor![1.0, 0.0, 1.0]);
    /// assert_eq!(rows.as_slice(), &[2.0, 5.0]);
    /// let cols = x.average_axis::<0>(tensor![3.0, 1.0]);
    /// assert_eq!(cols.as_slice(), &[1.75, 2.75, 3.75]);
    /// ```
    #[must_use]
    pub fn average_axis<const AX: isize>(
        &self,
        weights: impl Operand<T, Shape = (<S as Axis<AX>>::Dim,)>,
    ) -> Tensor<T, Removed<S, AX>, K>
    where
        S: Axis<AX>,
    {
        let (outer, n, inner) = Self::split::<AX>();
        let w = weights.layout();
        let total = (0..n).fold(T::zero(), |a, k| a + w.get(&[k]));
        let x = self.as_slice();
        Tensor::build_zeroed(|out| {
            // Row by row along the axis, so both `x` and `out` are read contiguously.
            for (o, dst) in out.chunks_exact_mut(inner.max(1)).take(outer).enumerate() {
                for k in 0..n {
                    let wk = w.get(&[k]);
                    let row = &x[(o * n + k) * inner..][..inner];
                    for (d, &v) in dst.iter_mut().zip(row) {
                        *d = *d + v * wk;
                    }
                }
                for d in dst {
                    *d = *d / total;
                }
            }
        })
    }
}
