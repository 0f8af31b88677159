//! Axis ops of the broadcasting layer: `new_axis` (NumPy `x[:, None]`) and `broadcast_to`.

use super::kernel;
use crate::storage::Kind;
use crate::{BroadcastTo, Elem, InsertAxis, Shape, Tensor};

impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Inserts a broadcast axis ([`Bcast`](crate::Bcast)) before axis `AX` (NumPy
    /// `x[:, None]` is `new_axis::<1>()`). The data is not copied for heap tensors.
    ///
    /// ```
    /// use tensor_core::{tensor, Bcast, Const, Tensor};
    /// let row_means = tensor![2.0, 5.0];
    /// let col: Tensor<f64, (Const<2>, Bcast)> = row_means.new_axis::<1>();
    /// let x = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    /// assert_eq!((&x - &col).as_slice(), &[-1.0, 0.0, 1.0, -1.0, 0.0, 1.0]);
    /// ```
    #[must_use]
    pub fn new_axis<const AX: usize>(self) -> Tensor<T, <S as InsertAxis<AX>>::Output, K>
    where
        S: InsertAxis<AX>,
    {
        self.relabel()
    }

    /// Materializes this tensor broadcast to the shape `S2` (NumPy `np.broadcast_to`, but a copy).
    ///
    /// Elementwise ops broadcast on their own without copying; use this when you need the
    /// full-size tensor itself.
    ///
    /// ```
    /// use tensor_core::{tensor, Rank2};
    /// let x = tensor![1, 2, 3].broadcast_to::<Rank2<2, 3>>();
    /// assert_eq!(x.as_slice(), &[1, 2, 3, 1, 2, 3]);
    /// ```
    #[must_use]
    pub fn broadcast_to<S2: Shape>(&self) -> Tensor<T, S2, K>
    where
        S: BroadcastTo<S2>,
    {
        Tensor::build(|out| {
            kernel::broadcast_copy(out, S2::DIMS.as_ref(), (self.as_slice(), S::DIMS.as_ref()));
        })
    }
}
