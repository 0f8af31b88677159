//! Linear algebra: `matmul` (NumPy `@`), `tensordot`, `dot`, `outer`, `trace`, with the output
//! shapes computed by the types and inner-size mismatches reported as compile errors.
//!
//! | NumPy | tensorial | shapes |
//! |---|---|---|
//! | `a @ b`, `np.matmul(a, b)` | [`a.matmul(&b)`](crate::Tensor::matmul) | `(M, K) @ (K, N) → (M, N)`; `(M, K) @ (K,) → (M,)`; `(K,) @ (K, N) → (N,)`; `(B, M, K) @ (B, K, N) → (B, M, N)`; `(B, M, K) @ (K, N) → (B, M, N)`; batch axes broadcast |
//! | `np.matmul(a, b, out=c)` | [`a.matmul_into(&b, &mut c)`](crate::Tensor::matmul_into) | as above |
//! | `a @ b + c`, `torch.addmm(c, a, b)`, a linear layer `x @ w + b` | [`a.matmul_add(&b, &c)`](crate::Tensor::matmul_add) | as `matmul`; `c` broadcasts to the product's shape |
//! | `np.tensordot(a, b, axes=1)`, `np.einsum("btf,fnh->btnh", a, b)` | [`a.tensordot(&b)`](crate::Tensor::tensordot) | `(B, T, F) · (F, N, H) → (B, T, N, H)`: last axis of `a` with the first of `b` |
//! | `np.dot(a, b)` | [`a.tensordot(&b)`](crate::Tensor::tensordot) when `b` has rank 1 or 2, [`dot`](crate::Tensor::dot) for two vectors | `np.dot` contracts the *second-to-last* axis of a `b` of rank ≥ 3; transpose `b` first |
//! | `np.vdot(a, b)`, `a @ b` on vectors | [`a.dot(&b)`](crate::Tensor::dot) | `(K,) · (K,) → T` |
//! | `np.outer(a, b)` | [`a.outer(&b)`](crate::Tensor::outer) | `(M,) ⊗ (N,) → (M, N)` |
//! | `np.trace(a)` | [`a.trace()`](crate::Tensor::trace) | `(M, N) → T`, sum of `a[i, i]` for `i < min(M, N)` |
//!
//! # Axis types
//! The contracted axes must have the *same type*: `Const<K>` with `Const<K>` (or `Bcast` with
//! `Bcast`). A `Bcast` axis does not stretch to meet a `Const<K>` inner axis, as NumPy does not
//! broadcast the inner axis of `@` either. Batch axes broadcast by the rules of
//! [`BroadcastShape`](crate::BroadcastShape). Output row and column axes keep their input
//! types, so `x.new_axis::<0>().matmul(&w)` is a `(Bcast, N)` row that broadcasts.
//!
//! # Kernels
//! `f32` and `f64` products above 32³ multiply-adds run on this crate's packed GEMM on x86-64
//! CPUs with AVX-512F or AVX2 + FMA (under `std`, chosen at run time), else on the
//! `matrixmultiply` GEMM (feature `matrixmultiply`, on by default); smaller ones, and every
//! product of other element types, run as plain loops inlined with the compile-time sizes. See
//! [`GemmElem`]. Under the default feature `threading`, large products split their output over
//! all cores, and batches of smaller products run side by side ([`crate::parallel`] caps the
//! threads); the results are bit-identical to one thread.

use super::gemm;
use crate::storage::{Combine, Combined, Kind, check_inline_cap};
use crate::{Bcast, BroadcastDim, BroadcastTo, Const, Dim, Elem, Operand, Shape, Tensor};
use core::ops::Mul;
use num_traits::Zero;

/// An element type with a matrix product: every primitive number type.
///
/// `f32` and `f64` run large products on this crate's packed GEMM on x86-64 with AVX-512F or
/// AVX2 + FMA (under `std`), else on the `matrixmultiply` GEMM (feature `matrixmultiply`);
/// other types use a cache-blocked portable kernel. Another [`Elem`] type with `Zero` and `Mul`
/// gets the portable kernel from an empty impl: `impl GemmElem for MyNum {}`.
///
/// ```
/// use tensorial::{tensor, GemmElem};
/// fn square<T: GemmElem>(x: tensorial::Tensor<T, tensorial::Rank2<2, 2>>) -> tensorial::Tensor<T, tensorial::Rank2<2, 2>> {
///     x.matmul(&x)
/// }
/// assert_eq!(square(tensor![[1, 1], [0, 1]]).as_slice(), &[1, 2, 0, 1]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no matrix product",
    label = "`matmul` needs a numeric element type",
    note = "every primitive integer and float type implements `GemmElem`"
)]
pub trait GemmElem: Elem + Zero + Mul<Output = Self> {
    /// `c = a · b` (`a` m×k read at `a[i·sa[0] + p·sa[1]]`, `b` k×n at `b[p·sb[0] + j·sb[1]]`,
    /// `c` m×n row-major) on the calling thread, for products too large for plain loops. The
    /// default is the portable cache-blocked kernel.
    #[doc(hidden)]
    fn gemm_large(
        mkn: (usize, usize, usize),
        a: (&[Self], [usize; 2]),
        b: (&[Self], [usize; 2]),
        c: &mut [Self],
    ) {
        gemm::portable(mkn, a, b, c);
    }

    /// `c = a · b` as [`gemm_large`](GemmElem::gemm_large), on this crate's packed GEMM
    /// (which splits across threads itself) when the type and CPU have one; returns `false`,
    /// computing nothing, when not.
    #[doc(hidden)]
    fn gemm_packed(
        mkn: (usize, usize, usize),
        a: (&[Self], [usize; 2]),
        b: (&[Self], [usize; 2]),
        c: &mut [Self],
    ) -> bool {
        let _ = (mkn, a, b, c);
        false
    }
}

macro_rules! portable_gemm_elems {
    ($($t:ty)*) => {$( impl GemmElem for $t {} )*};
}

portable_gemm_elems!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

/// `f32`/`f64`: large products on the packed GEMM (x86-64, `std`), else on `matrixmultiply`'s
/// `sgemm`/`dgemm` (feature `matrixmultiply`).
macro_rules! float_gemm_elems {
    ($($t:ty => $mm:ident),*) => {$(
        impl GemmElem for $t {
            #[cfg(feature = "matrixmultiply")]
            fn gemm_large(
                mkn: (usize, usize, usize),
                a: (&[$t], [usize; 2]),
                b: (&[$t], [usize; 2]),
                c: &mut [$t],
            ) {
                gemm::matrixmultiply(matrixmultiply::$mm, mkn, a, b, c);
            }

            #[cfg(all(feature = "std", target_arch = "x86_64"))]
            fn gemm_packed(
                mkn: (usize, usize, usize),
                a: (&[$t], [usize; 2]),
                b: (&[$t], [usize; 2]),
                c: &mut [$t],
            ) -> bool {
                super::kernel::gemm::gemm(mkn, a, b, c)
            }
        }
    )*};
}

float_gemm_elems!(f32 => sgemm, f64 => dgemm);

/// Two shapes with a matrix product (NumPy `@`); `Output` is the shape of the result.
///
/// The last axis of `Self` must have the same type as the second-to-last axis of `Rhs` (its
/// only axis if `Rhs` is a vector). A vector on the left acts as one row, on the right as one
/// column, and that axis is dropped from the result. Leading batch axes broadcast as in
/// elementwise ops. Ranks up to 6 are covered, with up to 4 batch axes.
///
/// ```
/// use tensorial::{MatMul, Rank1, Rank2, Rank3, Shape};
/// assert_eq!(<MatMul<Rank2<2, 3>, Rank2<3, 4>>>::DIMS, [2, 4]);
/// assert_eq!(<MatMul<Rank2<2, 3>, Rank1<3>>>::DIMS, [2]);
/// assert_eq!(<MatMul<Rank3<5, 2, 3>, Rank2<3, 4>>>::DIMS, [5, 2, 4]);
/// assert_eq!(<MatMul<Rank1<3>, Rank1<3>>>::DIMS, []);
/// ```
#[diagnostic::on_unimplemented(
    message = "shapes `{Self}` and `{Rhs}` cannot be matrix-multiplied",
    label = "inner sizes differ, or the batch axes do not broadcast",
    note = "`a.matmul(&b)` (NumPy `a @ b`) contracts the last axis of `a` with the second-to-last axis of `b` (a vector's only axis): the two must have the same type",
    note = "leading batch axes are compared from the right: each pair must be equal, or one of them `Bcast`"
)]
pub trait MatMulShape<Rhs: Shape>: Shape {
    /// The shape of the product.
    type Output: Shape;
}

/// The shape of `a.matmul(&b)` for `a` of shape `A` and `b` of shape `B`.
pub type MatMul<A, B> = <A as MatMulShape<B>>::Output;

/// Two inner axes that a matrix product contracts: equal sizes, or both [`Bcast`].
///
/// A bound of every [`MatMulShape`] impl, so a mismatch names the two inner sizes.
///
/// ```
/// use tensorial::{ops::InnerAxis, Const};
/// fn contracts<A: InnerAxis<B>, B: tensorial::Dim>() {}
/// contracts::<Const<3>, Const<3>>();
/// ```
#[diagnostic::on_unimplemented(
    message = "matmul: inner axes `{Self}` and `{Rhs}` differ",
    label = "the last axis of `a` and the second-to-last of `b` must have the same type",
    note = "a `Bcast` inner axis does not stretch to a `Const<K>` one: NumPy does not broadcast the inner axis of `@` either"
)]
pub trait InnerAxis<Rhs: Dim>: Dim {}

impl<const A: usize, const B: usize> InnerAxis<Const<B>> for Const<A> where (): InnerSizes<A, B> {}
impl InnerAxis<Bcast> for Bcast {}

/// Inner sizes `A` and `B` of a matrix product, implemented only when they are equal.
///
/// ```
/// use tensorial::ops::InnerSizes;
/// fn equal<const A: usize, const B: usize>() where (): InnerSizes<A, B> {}
/// equal::<3, 3>();
/// ```
#[diagnostic::on_unimplemented(
    message = "matmul: inner sizes {A} and {B} differ",
    label = "inner sizes {A} and {B} differ",
    note = "`a.matmul(&b)` (NumPy `a @ b`) contracts the last axis of `a` (size {A}) with the second-to-last axis of `b` (its only axis if `b` is a vector; size {B})"
)]
pub trait InnerSizes<const A: usize, const B: usize> {}

impl<const N: usize> InnerSizes<N, N> for () {}

/// Matrix × matrix impls. One row: `$P` are the extra leading batch axes of the operand with
/// more of them, `($A $B)` the right-aligned pairs of batch axes, which broadcast.
macro_rules! matmul_impls {
    ($([$($P:ident)*] [$(($A:ident $B:ident))*];)*) => {$(
        impl<$($P: Dim,)* $($A: Dim + BroadcastDim<$B>, $B: Dim,)* M: Dim, K: InnerAxis<K2>, K2: Dim, N: Dim>
            MatMulShape<($($B,)* K2, N)> for ($($P,)* $($A,)* M, K)
        {
            type Output = ($($P,)* $(<$A as BroadcastDim<$B>>::Output,)* M, N);
        }
        matmul_impls!(@flipped [$($P)*] [$(($A $B))*]);
    )*};
    (@flipped [] $pairs:tt) => {};
    (@flipped [$($P:ident)+] [$(($A:ident $B:ident))*]) => {
        impl<$($P: Dim,)+ $($A: Dim + BroadcastDim<$B>, $B: Dim,)* M: Dim, K: InnerAxis<K2>, K2: Dim, N: Dim>
            MatMulShape<($($P,)+ $($B,)* K2, N)> for ($($A,)* M, K)
        {
            type Output = ($($P,)+ $(<$A as BroadcastDim<$B>>::Output,)* M, N);
        }
    };
}

matmul_impls! {
    [] [];
    [P0] [];
    [P0 P1] [];
    [P0 P1 P2] [];
    [P0 P1 P2 P3] [];
    [] [(A0 B0)];
    [P0] [(A0 B0)];
    [P0 P1] [(A0 B0)];
    [P0 P1 P2] [(A0 B0)];
    [] [(A0 B0) (A1 B1)];
    [P0] [(A0 B0) (A1 B1)];
    [P0 P1] [(A0 B0) (A1 B1)];
    [] [(A0 B0) (A1 B1) (A2 B2)];
    [P0] [(A0 B0) (A1 B1) (A2 B2)];
    [] [(A0 B0) (A1 B1) (A2 B2) (A3 B3)];
}

/// Vector × (batched) matrix and (batched) matrix × vector impls, `$P` the batch axes.
macro_rules! matvec_impls {
    ($([$($P:ident)*];)*) => {$(
        impl<$($P: Dim,)* K: InnerAxis<K2>, K2: Dim, N: Dim> MatMulShape<($($P,)* K2, N)> for (K,) {
            type Output = ($($P,)* N,);
        }
        impl<$($P: Dim,)* M: Dim, K: InnerAxis<K2>, K2: Dim> MatMulShape<(K2,)> for ($($P,)* M, K) {
            type Output = ($($P,)* M,);
        }
    )*};
}

matvec_impls! {
    [];
    [P0];
    [P0 P1];
    [P0 P1 P2];
    [P0 P1 P2 P3];
}

impl<K: InnerAxis<K2>, K2: Dim> MatMulShape<(K2,)> for (K,) {
    type Output = ();
}

/// Two shapes that contract the last axis of `Self` with the first axis of `Rhs` (NumPy
/// `np.tensordot(a, b, axes=1)`); `Output` is the remaining axes of `Self` then of `Rhs`.
///
/// ```
/// use tensorial::{Rank1, Rank2, Rank3, Shape, Tensordot};
/// // Seed tutorial: (B, T, F) · (F, N, H) → (B, T, N, H)
/// assert_eq!(<Tensordot<Rank3<2, 3, 6>, Rank3<6, 2, 3>>>::DIMS, [2, 3, 2, 3]);
/// assert_eq!(<Tensordot<Rank2<2, 3>, Rank1<3>>>::DIMS, [2]);
/// ```
#[diagnostic::on_unimplemented(
    message = "shapes `{Self}` and `{Rhs}` cannot be contracted",
    label = "the last axis of the left shape differs from the first axis of the right shape",
    note = "`a.tensordot(&b)` (NumPy `np.tensordot(a, b, axes=1)`) sums over the last axis of `a` and the first axis of `b`: the two must have the same type, and the result at most rank 6"
)]
pub trait TensordotShape<Rhs: Shape>: Shape {
    /// The shape of the contraction.
    type Output: Shape;
}

/// The shape of `a.tensordot(&b)` for `a` of shape `A` and `b` of shape `B`.
pub type Tensordot<A, B> = <A as TensordotShape<B>>::Output;

/// One impl per pair of kept-axis lists: `[$A]` of the left operand, `[$B]` of the right.
macro_rules! tensordot_impls {
    ($([$($A:ident)*] [$($B:ident)*];)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<$($A: Dim,)* K: Dim, $($B: Dim),*> TensordotShape<(K, $($B,)*)> for ($($A,)* K,) {
            type Output = ($($A,)* $($B,)*);
        }
    )*};
}

tensordot_impls! {
    [] []; [] [B0]; [] [B0 B1]; [] [B0 B1 B2]; [] [B0 B1 B2 B3]; [] [B0 B1 B2 B3 B4];
    [A0] []; [A0] [B0]; [A0] [B0 B1]; [A0] [B0 B1 B2]; [A0] [B0 B1 B2 B3]; [A0] [B0 B1 B2 B3 B4];
    [A0 A1] []; [A0 A1] [B0]; [A0 A1] [B0 B1]; [A0 A1] [B0 B1 B2]; [A0 A1] [B0 B1 B2 B3];
    [A0 A1 A2] []; [A0 A1 A2] [B0]; [A0 A1 A2] [B0 B1]; [A0 A1 A2] [B0 B1 B2];
    [A0 A1 A2 A3] []; [A0 A1 A2 A3] [B0]; [A0 A1 A2 A3] [B0 B1];
    [A0 A1 A2 A3 A4] []; [A0 A1 A2 A3 A4] [B0];
}

/// **Linear algebra** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: GemmElem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// The matrix product `self @ rhs` (NumPy `np.matmul`), its shape computed by the types.
    ///
    /// - `(M, K) @ (K, N) → (M, N)`, `(M, K) @ (K,) → (M,)`, `(K,) @ (K, N) → (N,)`,
    ///   `(K,) @ (K,) → ()` (see [`dot`](Self::dot) for a plain scalar);
    /// - batched: `(B, M, K) @ (B, K, N) → (B, M, N)`, a shared right-hand matrix
    ///   `(B, M, K) @ (K, N) → (B, M, N)` (one GEMM of `B·M` rows), and any broadcasting
    ///   batch axes up to rank 6.
    ///
    /// An inner-size mismatch is a compile error naming both inner sizes ("matmul: inner sizes 3
    /// and 4 differ", [`InnerSizes`]) and both shapes; a batch mismatch names the two batch axes.
    /// The result is inline only when both operands are. `f32`/`f64` products of 32³
    /// multiply-adds and more run on a GEMM chosen at run time (see [`GemmElem`]).
    ///
    /// ```
    /// use tensorial::{tensor, Heap, Rank2, Rank3, Tensor};
    /// let x = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];   // (2, 3)
    /// let w = tensor![[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]; // (3, 2)
    /// assert_eq!(x.matmul(&w).as_slice(), &[4.0, 5.0, 10.0, 11.0]);
    /// assert_eq!(x.matmul(&tensor![1.0, 1.0, 1.0]).as_slice(), &[6.0, 15.0]);
    ///
    /// // A batch of (2, 3) matrices times one (3, 2) matrix, on the heap.
    /// let xs = Tensor::<f32, Rank3<4, 2, 3>, Heap>::ones();
    /// let y: Tensor<f32, Rank3<4, 2, 2>, Heap> = xs.matmul(&w.cast::<f32>());
    /// assert_eq!(y[[3, 1, 1]], 2.0);
    /// ```
    ///
    /// ```compile_fail
    /// use tensorial::{Rank2, Tensor};
    /// let a = Tensor::<f32, Rank2<2, 3>>::ones();
    /// let b = Tensor::<f32, Rank2<4, 5>>::ones();
    /// let _ = a.matmul(&b); // error: matmul: inner sizes 3 and 4 differ
    /// ```
    #[must_use]
    #[inline]
    pub fn matmul<S2: Shape, K2: Kind>(
        &self,
        rhs: &Tensor<T, S2, K2>,
    ) -> Tensor<T, MatMul<S, S2>, Combined<K, K2>>
    where
        S: MatMulShape<S2>,
        K: Combine<K2>,
    {
        const { check_inline_cap::<T, MatMul<S, S2>, Combined<K, K2>>() };
        let (a, b) = (self.as_slice(), rhs.as_slice());
        if let Some((m, k, n)) = const { tiny_product::<S, S2>() }
            && k > 0
            && n == 1
        {
            // A matrix times a vector: each element starts as its first product, written once
            // with no zeroing pass (the embedded Kalman step: 2803 against 2817 instructions at
            // opt-level "s" through `matmul_slices`). Other tiny products run there, in
            // `gemm::small` (8×8: 41 against 81 ns per product in `benches/matmul.rs` with a
            // first-product pass like this one).
            let (a, b) = (&a[..m * k], &b[..k]);
            let mut c = Tensor::from_flat_fn(|i| a[i * k] * b[0]);
            gemm::small_add_from(1, (m, k, n), a, b, c.as_mut_slice());
            return c;
        }
        // `matmul_slices` overwrites every element (as `matmul_into` relies on).
        Tensor::build(|out| matmul_slices::<T, S, S2>(out, a, b))
    }

    /// Writes `self @ rhs` into `out`, allocating nothing (NumPy `np.matmul(a, b, out=c)`).
    ///
    /// `out` must have the product's shape (checked by the types) and may use any storage
    /// kind. See [`matmul`](Self::matmul).
    ///
    /// ```
    /// use tensorial::{tensor, Heap, Rank2, Tensor};
    /// let a = tensor![[1, 2], [3, 4]];
    /// let mut c = Tensor::<i32, Rank2<2, 2>, Heap>::zeros();
    /// a.matmul_into(&a, &mut c);
    /// assert_eq!(c.as_slice(), &[7, 10, 15, 22]);
    /// ```
    #[inline]
    pub fn matmul_into<S2: Shape, K2: Kind, K3: Kind>(
        &self,
        rhs: &Tensor<T, S2, K2>,
        out: &mut Tensor<T, MatMul<S, S2>, K3>,
    ) where
        S: MatMulShape<S2>,
    {
        matmul_slices::<T, S, S2>(out.as_mut_slice(), self.as_slice(), rhs.as_slice());
    }

    /// `self @ rhs + bias` (a linear layer `x·W + b`; PyTorch `torch.addmm(bias, self, rhs)`),
    /// with `bias` broadcast to the product's shape: a tensor, view or scalar.
    ///
    /// Tiny unbatched products (below 32³ multiply-adds, the layers of a small network) start
    /// each element at its bias and add the products in order, in one pass: no zeroing pass and
    /// no second pass for the bias (the embedded digits network of `examples/embedded` runs
    /// fewer instructions than nalgebra's `w * x + b` this way). Larger products compute
    /// `self @ rhs`, then add `bias`. Either way the result equals `self.matmul(rhs) + bias` up
    /// to rounding (the tiny path adds the bias first).
    ///
    /// A bias that does not broadcast to the product's shape is a compile error naming both
    /// shapes.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![1.0, 2.0];                                  // (2,)
    /// let w = tensor![[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]];          // (2, 3)
    /// let b = tensor![0.5, 0.5, 0.5];                             // (3,)
    /// assert_eq!(x.matmul_add(&w, &b), tensor![1.5, 2.5, 4.5]);   // x·w + b
    /// assert_eq!(x.matmul_add(&w, 1.0), x.matmul(&w) + 1.0);     // a scalar bias
    ///
    /// // A batch of rows: the (3,) bias broadcasts over the (4, 3) product.
    /// let xs = tensor![[1.0, 2.0], [0.0, 1.0], [1.0, 0.0], [2.0, 2.0]];
    /// assert_eq!(xs.matmul_add(&w, &b)[[3, 2]], 6.5);
    /// ```
    ///
    /// ```compile_fail
    /// use tensorial::tensor;
    /// let w = tensor![[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]];
    /// // error: shape `(Const<2>,)` cannot be broadcast to shape `(Const<3>,)`
    /// let _ = tensor![1.0, 2.0].matmul_add(&w, &tensor![0.5, 0.5]);
    /// ```
    #[must_use]
    #[inline]
    pub fn matmul_add<S2: Shape, K2: Kind, B: Operand<T>>(
        &self,
        rhs: &Tensor<T, S2, K2>,
        bias: B,
    ) -> Tensor<T, MatMul<S, S2>, Combined<K, K2>>
    where
        S: MatMulShape<S2>,
        K: Combine<K2>,
        B::Shape: BroadcastTo<MatMul<S, S2>>,
    {
        const { check_inline_cap::<T, MatMul<S, S2>, Combined<K, K2>>() };
        let Some((m, k, n)) = (const { tiny_product::<S, S2>() }) else {
            let mut c = self.matmul(rhs);
            c += bias;
            return c;
        };
        let (a, b) = (self.as_slice(), rhs.as_slice());
        let mut c = match bias.elements() {
            // The bias has one value per element, or one value: written once, no zeroing.
            Some(v) if <B::Shape as Shape>::NUMEL == <MatMul<S, S2> as Shape>::NUMEL => {
                Tensor::from_flat_fn(|i| v[i])
            }
            Some(v) if <B::Shape as Shape>::NUMEL == 1 => Tensor::from_flat_fn(|_| v[0]),
            _ => {
                let mut c = Tensor::build_zeroed(|_| {});
                c.zip_assign(bias, |_, v| v);
                c
            }
        };
        gemm::small_add_from(0, (m, k, n), a, b, c.as_mut_slice());
        c
    }

    /// Contracts the last axis of `self` with the first axis of `rhs` (NumPy
    /// `np.tensordot(a, b, axes=1)`): the result has the other axes of `self`, then of `rhs`.
    ///
    /// This is the seed tutorial's multi-head projection `np.einsum("btf,fnh->btnh", x, w)`:
    /// `(B, T, F) · (F, N, H) → (B, T, N, H)`, computed as one `(B·T, F) × (F, N·H)` GEMM.
    /// For `rhs` of rank 1 or 2 it equals NumPy `np.dot(a, b)`; for higher ranks `np.dot`
    /// contracts `rhs`'s second-to-last axis instead. A mismatch of the contracted axes is a
    /// compile error naming both shapes ([`TensordotShape`]).
    ///
    /// ```
    /// use tensorial::{Rank3, Rank4, Tensor};
    /// let x = Tensor::<f64, Rank3<2, 3, 6>>::arange();   // (B, T, F)
    /// let w = Tensor::<f64, Rank3<6, 2, 3>>::ones();     // (F, N, H)
    /// let q: Tensor<f64, Rank4<2, 3, 2, 3>> = x.tensordot(&w);
    /// // q[b, t, n, h] = Σ_f x[b, t, f] · w[f, n, h]
    /// assert_eq!(q[[1, 2, 0, 1]], (30..36).sum::<i32>() as f64);
    /// ```
    #[must_use]
    pub fn tensordot<S2: Shape, K2: Kind>(
        &self,
        rhs: &Tensor<T, S2, K2>,
    ) -> Tensor<T, Tensordot<S, S2>, Combined<K, K2>>
    where
        S: TensordotShape<S2>,
        K: Combine<K2>,
    {
        const { check_inline_cap::<T, Tensordot<S, S2>, Combined<K, K2>>() };
        tensordot_slices::<T, S, S2, _>(self.as_slice(), rhs.as_slice())
    }
}

/// `(m, k, n)` of `a @ b` for `a` of shape `SA` and `b` of shape `SB` when the product is
/// tiny (below [`gemm::SMALL`] multiply-adds) and unbatched: a vector or matrix on
/// each side. Evaluated at compile time.
const fn tiny_product<SA: Shape, SB: Shape>() -> Option<(usize, usize, usize)> {
    if SA::RANK == 0 || SA::RANK > 2 || SB::RANK == 0 || SB::RANK > 2 {
        return None;
    }
    let (m, k) = if SA::RANK == 2 {
        (SA::PADDED_DIMS[0], SA::PADDED_DIMS[1])
    } else {
        (1, SA::PADDED_DIMS[0])
    };
    let n = if SB::RANK == 2 { SB::PADDED_DIMS[1] } else { 1 };
    match m.checked_mul(k) {
        Some(mk) if mk.saturating_mul(n) < gemm::SMALL => Some((m, k, n)),
        _ => None,
    }
}

/// `out = a @ b` for `a` of shape `SA` and `b` of shape `SB` (contiguous slices).
#[inline]
fn matmul_slices<T: GemmElem, SA: MatMulShape<SB>, SB: Shape>(out: &mut [T], a: &[T], b: &[T]) {
    // Tiny unbatched products: the loops go right here, where the sizes are constants LLVM
    // unrolls and vectorizes with (4×4 f32: 190 ns through the run-time path, ~10 ns here).
    if let Some((m, k, n)) = const { tiny_product::<SA, SB>() } {
        return gemm::small(m, k, n, a, b, out);
    }
    let (a_dims, b_dims) = (SA::DIMS, SB::DIMS);
    gemm::matmul(out, (a, a_dims.as_ref()), (b, b_dims.as_ref()));
}

/// **Linear algebra** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + Zero + Mul<Output = T>, D: Dim, K: Kind> Tensor<T, (D,), K> {
    /// The inner product `Σ self[i]·rhs[i]` of two vectors of the same length (NumPy
    /// `np.dot(a, b)` / `a @ b` on vectors).
    ///
    /// Floats are summed in 16 interleaved partial sums (so the loop vectorizes), not strictly
    /// left to right. A length mismatch is a type error.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let a = tensor![1.0, 2.0, 3.0];
    /// assert_eq!(a.dot(&tensor![4.0, 5.0, 6.0]), 32.0);
    /// ```
    ///
    /// ```compile_fail
    /// use tensorial::tensor;
    /// let _ = tensor![1.0, 2.0, 3.0].dot(&tensor![1.0, 2.0]); // expected `Const<3>`, found `Const<2>`
    /// ```
    #[must_use]
    pub fn dot<K2: Kind>(&self, rhs: &Tensor<T, (D,), K2>) -> T {
        gemm::dot(self.as_slice(), rhs.as_slice())
    }

    /// The outer product `out[i, j] = self[i]·rhs[j]` (NumPy `np.outer(a, b)`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let o = tensor![1, 2].outer(&tensor![10, 20, 30]);
    /// assert_eq!(o.as_array(), &[[10, 20, 30], [20, 40, 60]]);
    /// ```
    #[must_use]
    pub fn outer<D2: Dim, K2: Kind>(
        &self,
        rhs: &Tensor<T, (D2,), K2>,
    ) -> Tensor<T, (D, D2), Combined<K, K2>>
    where
        K: Combine<K2>,
    {
        let b = rhs.as_slice();
        Tensor::build(|out| {
            if b.is_empty() {
                return;
            }
            for (row, &x) in out.chunks_exact_mut(b.len()).zip(self.as_slice()) {
                for (o, &y) in row.iter_mut().zip(b) {
                    *o = x * y;
                }
            }
        })
    }
}

/// **Linear algebra** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + Zero, M: Dim, N: Dim, K: Kind> Tensor<T, (M, N), K> {
    /// The sum of the main diagonal, `Σ self[i, i]` for `i < min(M, N)` (NumPy `np.trace`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[1, 2, 3], [4, 5, 6]].trace(), 6);
    /// ```
    #[must_use]
    pub fn trace(&self) -> T {
        let a = self.as_slice();
        (0..M::SIZE.min(N::SIZE)).fold(T::zero(), |s, i| s + a[i * N::SIZE + i])
    }
}

/// `a · b` contracting the last axis of `a` (shape `SA`) with the first of `b` (shape `SB`),
/// both row-major: one `(M, K) × (K, N)` GEMM.
pub(super) fn tensordot_slices<T: GemmElem, SA: TensordotShape<SB>, SB: Shape, K: Kind>(
    a: &[T],
    b: &[T],
) -> Tensor<T, Tensordot<SA, SB>, K> {
    let (a_dims, b_dims) = (SA::DIMS, SB::DIMS);
    let (a_dims, b_dims) = (a_dims.as_ref(), b_dims.as_ref());
    let (kept_a, k) = (&a_dims[..a_dims.len() - 1], a_dims[a_dims.len() - 1]);
    let (m, n) = (kept_a.iter().product(), b_dims[1..].iter().product());
    Tensor::build(|out| gemm::gemm(m, k, n, a, b, out))
}
