//! Reductions on tracked values: `sum`, `mean`, and their `_axis`/`_keepdims` forms. The
//! backward broadcasts the gradient back over the reduced elements.

use super::super::var::{Real, Var};
use crate::ops::kernel::broadcast_copy;
use crate::storage::{Inline, Kind};
use crate::{Axis, Shape, Tensor};
use alloc::vec;

type Removed<S, const AX: isize> = <S as Axis<AX>>::Removed;
type Kept<S, const AX: isize> = <S as Axis<AX>>::Kept;

/// `g` (the reduced shape, as `dims` with a 1 at the reduced axis) broadcast back to `S`, times
/// `scale`.
fn spread<T: Real, S: Shape, K: Kind>(g: &[T], dims: &[usize], scale: T) -> Tensor<T, S, K> {
    let mut grad = Tensor::<T, S, K>::zeros();
    let own = S::DIMS;
    broadcast_copy(grad.as_mut_slice(), own.as_ref(), (g, dims));
    if scale != T::one() {
        grad.map_inplace(|x| x * scale);
    }
    grad
}

/// The dims of `S` with axis `index` set to 1.
fn with_one<S: Shape>(index: usize) -> [usize; 6] {
    let mut dims = S::PADDED_DIMS;
    dims[index] = 1;
    dims
}

/// `1 / n` in `T`.
fn inverse<T: Real>(n: usize) -> T {
    T::one() / T::from(n).expect("a count fits the float type")
}

impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {
    /// The sum of all elements, a tracked scalar; the gradient of each element is the
    /// scalar's gradient.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![[1.0, 2.0], [3.0, 4.0]]);
    /// let s = x.sum();
    /// assert_eq!(s.item(), 10.0);
    /// assert_eq!(s.backward().wrt(&x), tensor![[1.0, 1.0], [1.0, 1.0]]);
    /// ```
    #[must_use]
    pub fn sum(&self) -> Var<T, (), Inline> {
        self.total(T::one())
    }

    /// The mean of all elements, a tracked scalar; each element's gradient is `1/N` of it.
    #[must_use]
    pub fn mean(&self) -> Var<T, (), Inline> {
        self.total(inverse(S::NUMEL))
    }

    /// `scale · Σ x` as a tracked scalar.
    fn total(&self, scale: T) -> Var<T, (), Inline> {
        let value = Tensor::scalar(self.value().sum() * scale);
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            sink.add(0, Tensor::<T, S, K>::full(g.item() * scale));
        })
    }

    /// Sums along axis `AX`, removing it (NumPy `x.sum(axis=AX)`).
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![[1.0, 2.0], [3.0, 4.0]]);
    /// let rows = x.sum_axis::<1>();                  // [3, 7]
    /// let loss = (&rows * &rows).sum();              // 9 + 49
    /// assert_eq!(loss.backward().wrt(&x), tensor![[6.0, 6.0], [14.0, 14.0]]);
    /// ```
    #[must_use]
    pub fn sum_axis<const AX: isize>(&self) -> Var<T, Removed<S, AX>, K>
    where
        S: Axis<AX>,
    {
        self.along::<AX, Removed<S, AX>>(self.value().sum_axis::<AX>(), T::one())
    }

    /// Sums along axis `AX`, keeping it as `Bcast` (NumPy `keepdims=True`).
    #[must_use]
    pub fn sum_keepdims<const AX: isize>(&self) -> Var<T, Kept<S, AX>, K>
    where
        S: Axis<AX>,
    {
        self.along::<AX, Kept<S, AX>>(self.value().sum_keepdims::<AX>(), T::one())
    }

    /// The mean along axis `AX`, removing it (NumPy `x.mean(axis=AX)`).
    #[must_use]
    pub fn mean_axis<const AX: isize>(&self) -> Var<T, Removed<S, AX>, K>
    where
        S: Axis<AX>,
    {
        let scale = inverse(S::DIMS.as_ref()[<S as Axis<AX>>::INDEX]);
        let value = self.value().sum_axis::<AX>().map(|x| x * scale);
        self.along::<AX, Removed<S, AX>>(value, scale)
    }

    /// The mean along axis `AX`, keeping it as `Bcast` (NumPy `keepdims=True`).
    #[must_use]
    pub fn mean_keepdims<const AX: isize>(&self) -> Var<T, Kept<S, AX>, K>
    where
        S: Axis<AX>,
    {
        let scale = inverse(S::DIMS.as_ref()[<S as Axis<AX>>::INDEX]);
        let value = self.value().sum_keepdims::<AX>().map(|x| x * scale);
        self.along::<AX, Kept<S, AX>>(value, scale)
    }

    /// A reduction along `AX` with value `value` whose gradient is `scale · g` on every element.
    fn along<const AX: isize, R: Shape>(&self, value: Tensor<T, R, K>, scale: T) -> Var<T, R, K>
    where
        S: Axis<AX>,
    {
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            let index = <S as Axis<AX>>::INDEX;
            let dims = with_one::<S>(index);
            sink.add(0, spread::<T, S, K>(g.as_slice(), &dims[..S::RANK], scale));
        })
    }
}
