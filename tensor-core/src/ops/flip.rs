//! `flip`: reversing the order of elements along one axis (NumPy `np.flip`, `x[::-1]`).

use super::layout;
use crate::storage::Kind;
use crate::{Axis, Elem, Shape, Tensor};

/// **Shape and storage** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Reverses the elements along axis `AX` (NumPy `np.flip(x, axis)`; `x[::-1]` is
    /// `flip::<0>()`). Axes may count from the end; one out of range is a type error.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.flip::<0>(), tensor![[4, 5, 6], [1, 2, 3]]);
    /// assert_eq!(x.flip::<-1>(), tensor![[3, 2, 1], [6, 5, 4]]);
    /// ```
    #[must_use]
    pub fn flip<const AX: isize>(&self) -> Self
    where
        S: Axis<AX>,
    {
        Tensor::build(|out| {
            layout::flip_copy(
                out,
                (self.as_slice(), S::DIMS.as_ref()),
                <S as Axis<AX>>::INDEX,
            );
        })
    }
}
