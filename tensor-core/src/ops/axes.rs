//! Adding and removing size-1 axes (`new_axis`/`expand_dims`, `squeeze`), and `broadcast_to`.

use super::kernel;
use crate::storage::{Kind, check_inline_cap};
use crate::{
    Axis, Bcast, BroadcastTo, Elem, InsertAxis, ReplaceAxis, Replaced, Shape, SizeOne, Tensor,
};

/// **Shape and storage** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Inserts a broadcast axis ([`Bcast`](crate::Bcast)) before axis `AX` (NumPy
    /// `x[:, None]` is `new_axis::<1>()`). The data is not copied for heap tensors.
    ///
    /// ```
    /// use tensorial::{tensor, Bcast, Const, Tensor};
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

    /// Alias of [`new_axis`](Self::new_axis) under NumPy's name (`np.expand_dims(x, axis)`):
    /// inserts a broadcast axis before axis `AX`.
    ///
    /// ```
    /// use tensorial::{tensor, Bcast, Const, Tensor};
    /// let row: Tensor<i32, (Bcast, Const<3>)> = tensor![1, 2, 3].expand_dims::<0>();
    /// assert_eq!(row.shape(), [1, 3]);
    /// ```
    #[must_use]
    pub fn expand_dims<const AX: usize>(self) -> Tensor<T, <S as InsertAxis<AX>>::Output, K>
    where
        S: InsertAxis<AX>,
    {
        self.new_axis()
    }

    /// Removes axis `AX`, which must have size 1: a [`Bcast`](crate::Bcast) or `Const<1>` axis
    /// (NumPy `np.squeeze(x, axis)`). Axes may count from the end. Heap storage is reused.
    ///
    /// Squeezing a longer axis is a type error: "axis 1 of shape `…` has size > 1".
    ///
    /// ```
    /// use tensorial::{tensor, Bcast, Const, Tensor};
    /// let col = Tensor::<f32, (Const<2>, Bcast)>::from_array([[1.0], [2.0]]);
    /// let v: Tensor<f32, (Const<2>,)> = col.squeeze::<-1>();
    /// assert_eq!(v, tensor![1.0, 2.0]);
    /// let one = Tensor::<i32, (Const<1>, Const<3>)>::arange();
    /// assert_eq!(one.squeeze::<0>(), tensor![0, 1, 2]);
    /// ```
    ///
    /// ```compile_fail
    /// let x = tensorial::tensor![[1, 2, 3]]; // (Const<1>, Const<3>)
    /// let _ = x.squeeze::<1>(); // axis 1 has size 3
    /// ```
    #[must_use]
    pub fn squeeze<const AX: isize>(self) -> Tensor<T, <S as Axis<AX>>::Removed, K>
    where
        S: Axis<AX>,
        <S as Axis<AX>>::Dim: SizeOne<S, AX>,
    {
        self.relabel()
    }

    /// Turns the size-1 axis `AX` into a broadcasting [`Bcast`](crate::Bcast) axis, in one
    /// call: data shaped `(N, 1)` (a `Const<1>` axis, which does not stretch) becomes
    /// `(N, Bcast)`, which broadcasts like NumPy's `(N, 1)`. Axes may count from the end; heap
    /// storage is reused. A longer axis is a type error, as for [`squeeze`](Self::squeeze).
    ///
    /// ```
    /// use tensorial::{tensor, Bcast, Const, Rank2, Tensor};
    /// let labels = Tensor::<f32, Rank2<3, 1>>::from_array([[1.0], [2.0], [3.0]]); // (N, 1) data
    /// let col: Tensor<f32, (Const<3>, Bcast)> = labels.bcast_axis::<1>();
    /// let x = Tensor::<f32, Rank2<3, 2>>::ones();
    /// assert_eq!((x * col).as_slice(), &[1.0, 1.0, 2.0, 2.0, 3.0, 3.0]);
    /// ```
    #[must_use]
    #[doc(alias = "as_bcast")]
    pub fn bcast_axis<const AX: isize>(self) -> Tensor<T, Replaced<S, AX, Bcast>, K>
    where
        S: ReplaceAxis<AX, Bcast>,
        <S as Axis<AX>>::Dim: SizeOne<S, AX>,
    {
        self.relabel()
    }

    /// Materializes this tensor broadcast to the shape `S2` (NumPy `np.broadcast_to`, but a copy).
    ///
    /// Elementwise ops broadcast on their own without copying; use this when you need the
    /// full-size tensor itself.
    ///
    /// ```
    /// use tensorial::{tensor, Rank2};
    /// let x = tensor![1, 2, 3].broadcast_to::<Rank2<2, 3>>();
    /// assert_eq!(x.as_slice(), &[1, 2, 3, 1, 2, 3]);
    /// ```
    #[must_use]
    pub fn broadcast_to<S2: Shape>(&self) -> Tensor<T, S2, K>
    where
        S: BroadcastTo<S2>,
    {
        const { check_inline_cap::<T, S2, K>() };
        Tensor::build(|out| {
            kernel::broadcast_copy(out, S2::DIMS.as_ref(), (self.as_slice(), S::DIMS.as_ref()));
        })
    }
}
