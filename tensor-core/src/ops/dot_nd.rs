//! `dot_nd`: NumPy's `np.dot` for any ranks, including a right operand of rank 3 or more.

use super::linalg::{GemmElem, Tensordot, TensordotShape, tensordot_slices};
use crate::storage::{Combine, Combined, Kind, check_inline_cap};
use crate::{Dim, Shape, Tensor};

/// The shape of a right operand of `np.dot`, with the axis it contracts moved first: `(K,)`
/// stays, `(K, N)` stays, `(B…, K, N)` becomes `(K, B…, N)`.
///
/// ```
/// use tensorial::{ops::DotRhs, Rank3, Shape};
/// assert_eq!(<<Rank3<2, 3, 4> as DotRhs>::Moved as Shape>::DIMS, [3, 2, 4]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the right operand of `dot_nd`",
    label = "expected a shape of rank 1 to 6"
)]
pub trait DotRhs: Shape {
    /// `Self` with its contracted axis (second-to-last, or the only one) moved first.
    type Moved: Shape;
}

impl<K: Dim> DotRhs for (K,) {
    type Moved = (K,);
}

/// One impl per list `$B` of leading axes before the `(K, N)` pair.
macro_rules! dot_rhs_impls {
    ($([$($B:ident)*];)*) => {$(
        impl<$($B: Dim,)* K: Dim, N: Dim> DotRhs for ($($B,)* K, N) {
            type Moved = (K, $($B,)* N);
        }
    )*};
}

dot_rhs_impls! { []; [B0]; [B0 B1]; [B0 B1 B2]; [B0 B1 B2 B3]; }

/// The shape of `a.dot_nd(&b)`: `a`'s axes but the last, then `b`'s but the second-to-last.
pub type DotNd<A, B> = Tensordot<A, <B as DotRhs>::Moved>;

/// **Linear algebra** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: GemmElem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// NumPy `np.dot(a, b)` for any ranks: sums over the last axis of `self` and the
    /// second-to-last axis of `rhs` (its only axis if `rhs` is a vector). The result has
    /// `self`'s other axes, then `rhs`'s: `(I, J, K) · (L, K, M) → (I, J, L, M)`.
    ///
    /// For `rhs` of rank 1 or 2 this is [`tensordot`](Self::tensordot); for rank 3 or more it
    /// copies `rhs` with that axis moved first, then runs one GEMM. A mismatch of the
    /// contracted sizes is a compile error ([`TensordotShape`]). For batched matrix products
    /// (NumPy `@`, which pairs the batch axes instead) see [`matmul`](Self::matmul).
    ///
    /// ```
    /// use tensorial::{Rank2, Rank3, Rank4, Tensor};
    /// let a = Tensor::<i64, Rank2<2, 3>>::arange();
    /// let b = Tensor::<i64, Rank3<4, 3, 5>>::arange();
    /// let c: Tensor<i64, Rank3<2, 4, 5>> = a.dot_nd(&b);
    /// // c[i, l, m] = Σ_k a[i, k] · b[l, k, m]
    /// let want: i64 = (0..3).map(|k| a[[1, k]] * b[[2, k, 4]]).sum();
    /// assert_eq!(c[[1, 2, 4]], want);
    /// ```
    #[must_use]
    pub fn dot_nd<S2: DotRhs, K2: Kind>(
        &self,
        rhs: &Tensor<T, S2, K2>,
    ) -> Tensor<T, DotNd<S, S2>, Combined<K, K2>>
    where
        S: TensordotShape<S2::Moved>,
        K: Combine<K2>,
    {
        const { check_inline_cap::<T, DotNd<S, S2>, Combined<K, K2>>() };
        let dims = S2::DIMS;
        let dims = dims.as_ref();
        if dims.len() <= 2 {
            // `(K,)` or `(K, N)` is already in moved order.
            return tensordot_slices::<T, S, S2::Moved, _>(self.as_slice(), rhs.as_slice());
        }
        let (n, k) = (dims[dims.len() - 1], dims[dims.len() - 2]);
        let batch: usize = dims[..dims.len() - 2].iter().product();
        let src = rhs.as_slice();
        let moved = Tensor::<T, S2::Moved, K2>::build(|m| {
            // (batch, k, n) → (k, batch, n), one contiguous row of `n` at a time.
            for p in 0..batch {
                for kk in 0..k {
                    let row = &src[(p * k + kk) * n..][..n];
                    m[(kk * batch + p) * n..][..n].copy_from_slice(row);
                }
            }
        });
        tensordot_slices::<T, S, S2::Moved, _>(self.as_slice(), moved.as_slice())
    }
}
