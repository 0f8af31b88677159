//! Matrix-product kernels on contiguous row-major slices: tiny loops, a cache-blocked portable
//! kernel, and the `matrixmultiply` GEMM for large `f32`/`f64` products.
//!
//! Every kernel *overwrites* its output: `c = a · b` with `a` of `m×k`, `b` of `k×n` and `c` of
//! `m×n`, all contiguous and row-major. [`gemm`] picks a kernel from the sizes (measured on this
//! project's 2-core AMD EPYC reference machine, default target CPU, `f32` and `f64` alike):
//!
//! | sizes | kernel | why |
//! |---|---|---|
//! | `m·k·n < 32³` | [`small`]: plain `i-p-j` loops | inlined with the constant sizes of the types, 4×4 takes ~10 ns; `matrixmultiply` costs ~300 ns of packing per call and only overtakes the loops at ~32³ |
//! | `n == 1` (matrix × vector) | [`rows_dot`]: one 16-accumulator dot per row | 1024×1024 · 1024: 0.16 ms vs 1.0 ms for `sgemm`, which packs all of `a` |
//! | `m == 1` (vector × matrix) | [`small`] (an `axpy` per row of `b`) | 1024 · 1024×1024: 0.18 ms vs 1.4 ms for `sgemm` |
//! | larger | [`GemmElem::gemm_large`]: `sgemm`/`dgemm` (feature `matrixmultiply`), else [`blocked`] | ~3× the portable kernel from 64×80×96 up |

use super::kernel::MAX_RANK;
use super::linalg::GemmElem;
use num_traits::Zero;

/// Products with fewer multiply-adds than this (`m·k·n`) run as plain inlined loops.
pub(crate) const SMALL: usize = 32 * 32 * 32;

/// `c = a · b`: the kernel for the sizes (see the module docs).
///
/// # Panics
/// When a slice length disagrees with `m`, `k`, `n`.
#[inline]
pub(crate) fn gemm<T: GemmElem>(m: usize, k: usize, n: usize, a: &[T], b: &[T], c: &mut [T]) {
    check(m, k, n, a, b, c);
    if prefers_loops(m, k, n) {
        small(m, k, n, a, b, c);
    } else if n == 1 {
        rows_dot(k, a, b, c);
    } else {
        T::gemm_large(m, k, n, a, b, c);
    }
}

/// Whether [`gemm`] runs the plain loops of [`small`]: tiny products and vector × matrix.
///
/// A speed choice only: every kernel computes the same product (see the module docs).
#[inline]
const fn prefers_loops(m: usize, k: usize, n: usize) -> bool {
    m.saturating_mul(k).saturating_mul(n) < SMALL || (m == 1 && n != 1)
}

/// Asserts the slice lengths of `c (m×n) = a (m×k) · b (k×n)`.
#[inline]
fn check<T>(m: usize, k: usize, n: usize, a: &[T], b: &[T], c: &[T]) {
    assert_eq!(a.len(), m * k, "lhs length disagrees with {m}×{k}");
    assert_eq!(b.len(), k * n, "rhs length disagrees with {k}×{n}");
    assert_eq!(c.len(), m * n, "output length disagrees with {m}×{n}");
}

/// `c = a · b` by `i-p-j` loops: row `i` of `c` accumulates `a[i, p] · b[p, :]` over `p`.
///
/// Each output element sums its products in order `p = 0, 1, …` (like a textbook triple loop).
/// Inlined with compile-time sizes, LLVM unrolls and vectorizes it: the kernel of tiny products.
// Measured: with plain `#[inline]` LLVM keeps it out of line and 4×4 f32 takes 310 ns, not 12.
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn small<T: GemmElem>(m: usize, k: usize, n: usize, a: &[T], b: &[T], c: &mut [T]) {
    check(m, k, n, a, b, c);
    // Indexed loops vectorize better than `chunks_exact` zips at small `n` (8×8: 67 vs 350 ns).
    for i in 0..m {
        c[i * n..(i + 1) * n].fill(T::zero());
        for p in 0..k {
            let x = a[i * k + p];
            for j in 0..n {
                c[i * n + j] = c[i * n + j] + x * b[p * n + j];
            }
        }
    }
}

/// `c[i] = dot(a[i, :], b)`: a matrix (`a`, rows of `k`) times a vector.
pub(crate) fn rows_dot<T: GemmElem>(k: usize, a: &[T], b: &[T], c: &mut [T]) {
    if k == 0 {
        c.fill(T::zero());
        return;
    }
    for (c, row) in c.iter_mut().zip(a.chunks_exact(k)) {
        *c = dot(row, b);
    }
}

/// Independent partial sums in [`dot`].
const LANES: usize = 16;

/// `Σ a[i]·b[i]` with 16 independent accumulators, so floating-point sums vectorize.
///
/// # Panics
/// When the lengths differ.
pub(crate) fn dot<T: Copy + Zero + core::ops::Mul<Output = T>>(a: &[T], b: &[T]) -> T {
    assert_eq!(a.len(), b.len(), "dot of vectors of different lengths");
    let (a_chunks, a_tail) = a.as_chunks::<LANES>();
    let (b_chunks, b_tail) = b.as_chunks::<LANES>();
    let mut acc = [T::zero(); LANES];
    for (x, y) in a_chunks.iter().zip(b_chunks) {
        for l in 0..LANES {
            acc[l] = acc[l] + x[l] * y[l];
        }
    }
    let tail = a_tail
        .iter()
        .zip(b_tail)
        .fold(T::zero(), |s, (&x, &y)| s + x * y);
    if a_chunks.is_empty() {
        return tail;
    }
    // Pairwise sum of the lanes, then the tail.
    let mut width = LANES;
    while width > 1 {
        width /= 2;
        for l in 0..width {
            acc[l] = acc[l] + acc[l + width];
        }
    }
    acc[0] + tail
}

/// Column block of `c` and `b` in [`blocked`]: a row segment of `c` stays in L1.
const NC: usize = 256;
/// Depth block in [`blocked`]: the `KC×NC` block of `b` stays in L2.
const KC: usize = 128;
/// Rows of `a` and `c` per step in [`blocked`]: each loaded `b` element feeds `MR` products.
const MR: usize = 4;

/// `c = a · b` with cache blocking: the portable kernel for large products (any element type).
///
/// Correct rather than fast: ~14 GFLOP/s for `f32` where `matrixmultiply` reaches ~35 on the
/// reference machine (default target CPU).
pub(crate) fn blocked<T: GemmElem>(m: usize, k: usize, n: usize, a: &[T], b: &[T], c: &mut [T]) {
    check(m, k, n, a, b, c);
    c.fill(T::zero());
    for jc in (0..n).step_by(NC) {
        let nc = NC.min(n - jc);
        for pc in (0..k).step_by(KC) {
            let kc = KC.min(k - pc);
            let b_block = |p: usize| &b[p * n + jc..p * n + jc + nc];
            // Groups of MR rows, then the remaining rows one at a time.
            let mut i = 0;
            let mut groups = c.chunks_exact_mut(MR * n);
            for group in groups.by_ref() {
                let (c0, rest) = group.split_at_mut(n);
                let (c1, rest) = rest.split_at_mut(n);
                let (c2, c3) = rest.split_at_mut(n);
                let (c0, c1) = (&mut c0[jc..jc + nc], &mut c1[jc..jc + nc]);
                let (c2, c3) = (&mut c2[jc..jc + nc], &mut c3[jc..jc + nc]);
                for p in pc..pc + kc {
                    let x = [0, 1, 2, 3].map(|r| a[(i + r) * k + p]);
                    let y = b_block(p);
                    for j in 0..nc {
                        c0[j] = c0[j] + x[0] * y[j];
                        c1[j] = c1[j] + x[1] * y[j];
                        c2[j] = c2[j] + x[2] * y[j];
                        c3[j] = c3[j] + x[3] * y[j];
                    }
                }
                i += MR;
            }
            for row in groups.into_remainder().chunks_exact_mut(n) {
                let row = &mut row[jc..jc + nc];
                for p in pc..pc + kc {
                    let (x, y) = (a[i * k + p], b_block(p));
                    for j in 0..nc {
                        row[j] = row[j] + x * y[j];
                    }
                }
                i += 1;
            }
        }
    }
}

/// The signature of `matrixmultiply::sgemm` / `dgemm`: `C ← α A B + β C` on strided raw parts.
// SAFETY: a type only; the single call through it (below) states why that call is sound.
#[cfg(feature = "matrixmultiply")]
pub(crate) type MmGemm<T> = unsafe fn(
    usize,
    usize,
    usize,
    T,
    *const T,
    isize,
    isize,
    *const T,
    isize,
    isize,
    T,
    *mut T,
    isize,
    isize,
);

/// `c = a · b` through `matrixmultiply` (`gemm` is `matrixmultiply::sgemm` or `dgemm`).
///
/// # Panics
/// When a slice length disagrees with `m`, `k`, `n`.
#[cfg(feature = "matrixmultiply")]
pub(crate) fn matrixmultiply<T: GemmElem + num_traits::One>(
    gemm: MmGemm<T>,
    m: usize,
    k: usize,
    n: usize,
    a: &[T],
    b: &[T],
    c: &mut [T],
) {
    check(m, k, n, a, b, c);
    if m == 0 || n == 0 {
        return;
    }
    if k == 0 {
        c.fill(T::zero());
        return;
    }
    // Row strides; a slice never holds more than `isize::MAX` bytes, so these fit.
    let stride = |len: usize| isize::try_from(len).expect("slice length fits isize");
    let (rsa, rsb, rsc) = (stride(k), stride(n), stride(n));
    // SAFETY: `check` proved `a` holds the m×k elements read at `a + i·k + p` (i < m, p < k),
    // `b` the k×n elements read at `b + p·n + j`, and `c` the m×n elements written at
    // `c + i·n + j`, each exactly once (column stride 1, row stride = row length, so no two
    // elements of `c` alias). `c` is a `&mut` borrow, disjoint from `a` and `b`. With β = 0,
    // `c` is only written, never read. `m`, `k`, `n` are nonzero, so the pointers are
    // to live elements, not dangling.
    unsafe {
        gemm(
            m,
            k,
            n,
            T::one(),
            a.as_ptr(),
            rsa,
            1,
            b.as_ptr(),
            rsb,
            1,
            T::zero(),
            c.as_mut_ptr(),
            rsc,
            1,
        );
    }
}

/// NumPy `matmul` on run-time dims: `out = a @ b`, `a` and `b` of rank ≥ 1, contiguous.
///
/// A rank-1 `a` is a row `(1, k)` and a rank-1 `b` a column `(k, 1)` whose unit axis is dropped
/// from the output; the leading (batch) axes broadcast right-aligned, size-1 axes stretching.
/// The typed layer guarantees the dims agree; they are checked again here.
///
/// # Panics
/// When an operand has rank 0, the inner sizes differ, the batch axes do not broadcast, or a
/// slice length disagrees with its dims.
#[inline]
pub(crate) fn matmul<T: GemmElem>(
    out: &mut [T],
    (a, a_dims): (&[T], &[usize]),
    (b, b_dims): (&[T], &[usize]),
) {
    let (a_batch, m, k) = match *a_dims {
        [] => panic!("matmul of a rank-0 operand"),
        [k] => (&[][..], 1, k),
        [ref batch @ .., m, k] => (batch, m, k),
    };
    let (b_batch, kb, n) = match *b_dims {
        [] => panic!("matmul of a rank-0 operand"),
        [k] => (&[][..], k, 1),
        [ref batch @ .., k, n] => (batch, k, n),
    };
    assert_eq!(k, kb, "matmul inner sizes differ: {a_dims:?} @ {b_dims:?}");
    assert_eq!(a.len(), a_dims.iter().product::<usize>(), "lhs length");
    assert_eq!(b.len(), b_dims.iter().product::<usize>(), "rhs length");
    if a_batch.is_empty() && b_batch.is_empty() {
        return gemm(m, k, n, a, b, out);
    }

    // Broadcast batch axes, right-aligned: output dims and each operand's element strides.
    let rank = a_batch.len().max(b_batch.len());
    assert!(rank <= MAX_RANK, "rank above {MAX_RANK}");
    let (mut dims, mut sa, mut sb) = ([1; MAX_RANK], [0; MAX_RANK], [0; MAX_RANK]);
    let (mut stride_a, mut stride_b) = (m * k, k * n);
    for axis in (0..rank).rev() {
        let from_right = rank - 1 - axis;
        let da = a_batch
            .len()
            .checked_sub(from_right + 1)
            .map_or(1, |i| a_batch[i]);
        let db = b_batch
            .len()
            .checked_sub(from_right + 1)
            .map_or(1, |i| b_batch[i]);
        assert!(
            da == db || da == 1 || db == 1,
            "matmul batch axes do not broadcast: {a_dims:?} @ {b_dims:?}"
        );
        dims[axis] = da.max(db);
        if da != 1 {
            sa[axis] = stride_a;
        }
        if db != 1 {
            sb[axis] = stride_b;
        }
        stride_a *= da;
        stride_b *= db;
    }
    let batches: usize = dims[..rank].iter().product();
    assert_eq!(out.len(), batches * m * n, "output length");

    // `b` shared by every batch and `a` covering them all: one GEMM of (batches·m) rows.
    if stride_b == k * n && stride_a == batches * m * k {
        return gemm(batches * m, k, n, a, b, out);
    }
    if m * n == 0 {
        return;
    }
    for (t, c) in out.chunks_exact_mut(m * n).enumerate() {
        let (mut rest, mut off_a, mut off_b) = (t, 0, 0);
        for axis in (0..rank).rev() {
            let i = rest % dims[axis];
            rest /= dims[axis];
            off_a += i * sa[axis];
            off_b += i * sb[axis];
        }
        gemm(
            m,
            k,
            n,
            &a[off_a..off_a + m * k],
            &b[off_b..off_b + k * n],
            c,
        );
    }
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// Small integers (exact in every kernel), deterministic.
    fn values<T: From<i8>>(len: usize, salt: usize) -> Vec<T> {
        (0..len)
            .map(|i| T::from(i8::try_from((i * 7 + salt * 13) % 11).unwrap() - 5))
            .collect()
    }

    /// The textbook triple loop.
    fn naive<T: GemmElem>(m: usize, k: usize, n: usize, a: &[T], b: &[T]) -> Vec<T> {
        let mut c = Vec::new();
        for i in 0..m {
            for j in 0..n {
                c.push((0..k).fold(T::zero(), |s, p| s + a[i * k + p] * b[p * n + j]));
            }
        }
        c
    }

    const SIZES: [(usize, usize, usize); 9] = [
        (0, 3, 4),
        (3, 0, 4),
        (3, 4, 0),
        (1, 1, 1),
        (5, 7, 3),
        (1, 40, 70),
        (70, 33, 1),
        (9, 300, 270),
        (67, 129, 65),
    ];

    /// A kernel computing `c = a · b` from `(m, k, n, a, b, c)`.
    type Kernel<T> = fn(usize, usize, usize, &[T], &[T], &mut [T]);

    fn check_kernel<T: GemmElem + From<i8>>(kernel: Kernel<T>) {
        for (m, k, n) in SIZES {
            let (a, b) = (values::<T>(m * k, 1), values::<T>(k * n, 2));
            let mut c = values::<T>(m * n, 3); // garbage: every element must be overwritten
            kernel(m, k, n, &a, &b, &mut c);
            assert_eq!(c, naive(m, k, n, &a, &b), "{m}×{k}×{n}");
        }
    }

    #[test]
    fn kernels_match_the_triple_loop() {
        check_kernel::<i64>(small);
        check_kernel::<i64>(blocked);
        check_kernel::<f64>(blocked);
        check_kernel::<i32>(gemm);
        check_kernel::<f32>(gemm);
        check_kernel::<f64>(gemm);
    }

    #[cfg(feature = "matrixmultiply")]
    #[test]
    fn matrixmultiply_wrapper_matches_the_triple_loop() {
        check_kernel::<f32>(|m, k, n, a, b, c| {
            super::matrixmultiply(::matrixmultiply::sgemm, m, k, n, a, b, c);
        });
        check_kernel::<f64>(|m, k, n, a, b, c| {
            super::matrixmultiply(::matrixmultiply::dgemm, m, k, n, a, b, c);
        });
    }

    #[cfg(feature = "matrixmultiply")]
    #[test]
    #[should_panic(expected = "rhs length")]
    fn matrixmultiply_wrapper_checks_lengths() {
        let mut c = [0.0f32; 4];
        super::matrixmultiply(
            ::matrixmultiply::sgemm,
            2,
            2,
            2,
            &[0.0; 4],
            &[0.0; 3],
            &mut c,
        );
    }

    #[test]
    fn dot_matches_a_sequential_sum() {
        for len in [0, 1, 15, 16, 17, 33, 100] {
            let (a, b) = (values::<i64>(len, 1), values::<i64>(len, 2));
            let want = a.iter().zip(&b).map(|(x, y)| x * y).sum::<i64>();
            assert_eq!(dot(&a, &b), want, "length {len}");
        }
    }

    #[test]
    fn batched_matmul_broadcasts_batch_axes() {
        // (2, 1, 3, 4) @ (5, 4, 2) → (2, 5, 3, 2)
        let (a, b) = (values::<i64>(2 * 3 * 4, 1), values::<i64>(5 * 4 * 2, 2));
        let mut out = values::<i64>(2 * 5 * 3 * 2, 3);
        matmul(&mut out, (&a, &[2, 1, 3, 4]), (&b, &[5, 4, 2]));
        for (t, c) in out.chunks_exact(6).enumerate() {
            let (i, j) = (t / 5, t % 5);
            let want = naive(3, 4, 2, &a[i * 12..][..12], &b[j * 8..][..8]);
            assert_eq!(c, want, "batch ({i}, {j})");
        }
    }

    #[test]
    #[should_panic(expected = "inner sizes differ")]
    fn matmul_checks_inner_sizes() {
        matmul(&mut [0; 4], (&[0; 6], &[2, 3]), (&[0; 8], &[4, 2]));
    }
}
