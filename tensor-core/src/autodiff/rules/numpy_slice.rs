//! NumPy slice syntax on tracked values: [`s!`](crate::s)`(v[.., 1..3])` on a `Var` gives a
//! `Var`. Each index is one op: its forward copies the elements the tensor's own `s!` step
//! reads, its backward writes the gradient into zeros through the same step on a mutable view
//! (an `s!` step never reads an element twice, so writing is scattering).
//!
//! The steps reuse the tensor's: the same bounds, lengths and compile-time checks. The range
//! and index steps also run their check in their own body, so that the first error a bad
//! bound gives names the caller's line (the tensor steps they call report it again).

use super::super::var::{Real, Var};
use crate::ops::kernel::{self, Strided};
use crate::storage::Kind;
use crate::view::{View, ViewMut, checked_index, checked_range};
use crate::{Axis, Dim, InsertAxis, InsertAxisBack, MinRank, ReplaceAxis, Replaced, Shape, Tensor};
use alloc::vec;

// The closures are needed: a method path (`View::__s_axes::<N>`) fixes the view's lifetime,
// and `s_step` needs a step for every lifetime.
#[allow(clippy::redundant_closure_for_method_calls)]
impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {
    /// One `s!` step: `forward` and `backward` apply the same view step, to a view of the
    /// value and to a mutable view of the (zeroed) gradient.
    fn s_step<S2: Shape>(
        &self,
        forward: impl for<'v> FnOnce(View<'v, T, S, K>) -> View<'v, T, S2, K>,
        backward: impl for<'v> Fn(ViewMut<'v, T, S, K>) -> ViewMut<'v, T, S2, K> + 'static,
    ) -> Var<T, S2, K> {
        let value = forward(self.value().view()).to_tensor();
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            let mut grad = Tensor::<T, S, K>::zeros();
            let mut part = backward(grad.view_mut());
            let g = Strided::contiguous(g.as_slice(), S2::DIMS.as_ref());
            kernel::copy(part.strided_mut(), g);
            sink.add(0, grad);
        })
    }

    /// `s!` source: this value (an `Rc` clone).
    #[doc(hidden)]
    #[must_use]
    pub fn __s_view(&self) -> Self {
        self.clone()
    }

    /// `s!` step: the indices take `N` axes (a type-level check).
    #[doc(hidden)]
    #[must_use]
    pub fn __s_axes<const N: usize>(self) -> Var<T, <S as MinRank<N>>::Output, K>
    where
        S: MinRank<N>,
    {
        self.s_step(|v| v.__s_axes::<N>(), |v| v.__s_axes::<N>())
    }

    /// `s!` step: `START..STOP;STEP` on axis `AX`, of length `D::SIZE` (checked).
    #[doc(hidden)]
    #[must_use]
    pub fn __s_range<const AX: isize, const START: isize, const STOP: isize, const STEP: isize, D>(
        self,
    ) -> Var<T, Replaced<S, AX, D>, K>
    where
        D: Dim,
        S: ReplaceAxis<AX, D>,
    {
        // The tensor step's check, also here so that a failure names the caller's line.
        const { checked_range(AX, <S as Axis<AX>>::Dim::SIZE, START, STOP, STEP, D::SIZE) };
        self.s_step(
            |v| v.__s_range::<AX, START, STOP, STEP, D>(),
            |v| v.__s_range::<AX, START, STOP, STEP, D>(),
        )
    }

    /// `s!` step: a range over the whole axis `AX` (`..`, `..;-1`): its type is kept.
    #[doc(hidden)]
    #[must_use]
    pub fn __s_range_whole<
        const AX: isize,
        const START: isize,
        const STOP: isize,
        const STEP: isize,
    >(
        self,
    ) -> Self
    where
        S: Axis<AX>,
    {
        const {
            let n = <S as Axis<AX>>::Dim::SIZE;
            checked_range(AX, n, START, STOP, STEP, n)
        };
        self.s_step(
            |v| v.__s_range_whole::<AX, START, STOP, STEP>(),
            |v| v.__s_range_whole::<AX, START, STOP, STEP>(),
        )
    }

    /// `s!` step: the integer index `I` on axis `AX`, which leaves the shape.
    #[doc(hidden)]
    #[must_use]
    pub fn __s_index<const AX: isize, const I: isize>(self) -> Var<T, <S as Axis<AX>>::Removed, K>
    where
        S: Axis<AX>,
    {
        const { checked_index(AX, <S as Axis<AX>>::Dim::SIZE, I) };
        self.s_step(|v| v.__s_index::<AX, I>(), |v| v.__s_index::<AX, I>())
    }

    /// `s!` step: `None`, a new broadcast axis at position `POS`.
    #[doc(hidden)]
    #[must_use]
    pub fn __s_new_axis<const POS: usize>(self) -> Var<T, <S as InsertAxis<POS>>::Output, K>
    where
        S: InsertAxis<POS>,
    {
        self.s_step(|v| v.__s_new_axis::<POS>(), |v| v.__s_new_axis::<POS>())
    }

    /// `s!` step: `None` after `...`, a new broadcast axis with `BACK` axes after it.
    #[doc(hidden)]
    #[must_use]
    pub fn __s_new_axis_back<const BACK: usize>(
        self,
    ) -> Var<T, <S as InsertAxisBack<BACK>>::Output, K>
    where
        S: InsertAxisBack<BACK>,
    {
        self.s_step(
            |v| v.__s_new_axis_back::<BACK>(),
            |v| v.__s_new_axis_back::<BACK>(),
        )
    }
}
