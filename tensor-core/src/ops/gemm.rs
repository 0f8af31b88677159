//! Matrix-product kernels on row-major slices: tiny loops, a cache-blocked portable kernel, this
//! crate's packed GEMM for large `f32`/`f64` products on x86-64, and the `matrixmultiply` GEMM
//! elsewhere, split across cores.
//!
//! Every kernel *overwrites* its output: `c = op(a) · op(b)` with `op(a)` of `m×k`, `op(b)` of
//! `k×n` and `c` of `m×n`, `c` contiguous and row-major. An operand is a contiguous row-major
//! matrix or the transpose of one ([`gemm_t`]): the transpose is read through strides, never
//! copied. [`gemm`] picks a kernel from the sizes (`f32` and `f64` alike):
//!
//! | sizes | kernel | why |
//! |---|---|---|
//! | `m·k·n < 32³` | [`small`]: plain `i-p-j` loops | inlined with the constant sizes of the types, 4×4 takes ~10 ns; a packed GEMM costs ~300 ns of packing per call and only overtakes the loops at ~32³ |
//! | `n == 1` (matrix × vector) | [`rows_dot`]: one 16-accumulator dot per row | 1024×1024 · 1024: 0.16 ms vs 1.0 ms for `sgemm`, which packs all of `a` |
//! | `m == 1` (vector × matrix) | [`small`] (an `axpy` per row of `b`) | 1024 · 1024×1024: 0.18 ms vs 1.4 ms for `sgemm` |
//! | larger, `f32`/`f64`, x86-64 with AVX-512F or AVX2 + FMA, `std` | [`GemmElem::gemm_packed`]: the packed GEMM of [`kernel::gemm`](super::kernel::gemm) | faster than `matrixmultiply` on `f64` and at par or better on `f32` (see there); threads split skinny outputs by columns |
//! | larger, otherwise | [`GemmElem::gemm_large`]: `sgemm`/`dgemm` (feature `matrixmultiply`), else [`blocked`] | ~3× the portable kernel from 64×80×96 up |
//!
//! # Threads
//! The packed GEMM splits its own output (see [`kernel::gemm`](super::kernel::gemm)), or, for
//! deep products with a small output (64×784·784×128), its depth. On the other kernels a large
//! product (at least [`PAR_MIN`] multiply-adds) splits the rows of `c` into up to
//! [`parallel::max_threads`] blocks, one per core, each a product of a row block of `op(a)`
//! with all of `op(b)` (see [`split_rows`]). When the output is split, every element of `c` is
//! still one dot product summed by the same kernel code in the same order, so the threaded
//! result is **bit-identical** to the single-threaded one (tests check it). A depth split adds
//! per-thread partial sums instead: the same products, summed in another order, so the result
//! may differ from one thread's in the last bits (it is the same for a given thread count).
//! Smaller products stay on the calling thread.
//!
//! # Why a GEMM of our own
//! Measured on the 2-core AVX-512 Xeon that runs the benches, one thread, best of 3 runs on a
//! shared machine (`gemm` 0.19 with `x86-v4`; `matrixmultiply` 0.3.11 with its `avx512`
//! feature; OpenBLAS 0.3.31 through NumPy), before the packed GEMM existed:
//!
//! | 1 thread, ms | `matrixmultiply` | `gemm` | OpenBLAS |
//! |---|---|---|---|
//! | f32 1024² / 2048² | 15.1 / 133 | 22.2 / 253 | 13.9 / 104 |
//! | f32 64×784·784×128 | 0.089 | 0.082 | 0.096 |
//! | f64 1024² / 2048² | 39.2 / 345 | 32.6 / 322 | 25.6 / 212 |
//! | f64 64×784·784×128 | 0.193 | 0.155 | 0.242 |
//!
//! `gemm-f32` + `gemm-f64` add ~45 s to a cold release build, `matrixmultiply` ~4 s; `gemm`
//! wins only on `f64`, by less than its gap to OpenBLAS. The packed GEMM adds no dependency.
//! Threads come from this crate's pool ([`parallel`]), not a second one.

use super::kernel::MAX_RANK;
use super::linalg::GemmElem;
use crate::parallel;
use num_traits::Zero;

/// Products with fewer multiply-adds than this (`m·k·n`) run as plain inlined loops.
pub(crate) const SMALL: usize = 32 * 32 * 32;

/// Products with at least this many multiply-adds (`m·k·n`) split their rows across cores; a
/// thread gets at least this much work (256³ splits in two; 128³ and the 64×784×128 products of
/// a batch-64 MLP stay whole). Measured on the 2-core AVX-512 Xeon (`benches/run_matmul.sh`,
/// quiet machine): with 2²⁰ per thread, 128³ f32 took 0.041 ms on two threads against 0.027 ms
/// on one, 64×784×128 0.093 against 0.088; 256³ gained (0.157 against 0.194).
pub(crate) const PAR_MIN: usize = 1 << 23;

/// Row blocks handed to threads are multiples of this many rows (a multiple of every
/// `matrixmultiply` micro-kernel's row count), so no thread computes a partial micro-tile it
/// would not compute alone.
const ROW_ALIGN: usize = 16;

/// A matrix `op(x)` read at `data[i·rs + j·cs]`: row-major as stored, or the transpose of the
/// row-major matrix stored.
#[derive(Clone, Copy)]
pub(crate) struct Mat<'a, T> {
    data: &'a [T],
    rs: usize,
    cs: usize,
}

impl<'a, T> Mat<'a, T> {
    /// `op(data)` of `rows×cols`: `data` holds it row-major, or (when `transposed`) holds its
    /// transpose (`cols×rows`) row-major.
    ///
    /// # Panics
    /// When `data` does not hold `rows·cols` elements.
    fn new(data: &'a [T], rows: usize, cols: usize, transposed: bool) -> Self {
        assert_eq!(
            data.len(),
            rows * cols,
            "operand length disagrees with {rows}×{cols}"
        );
        // One row or one column is the same memory either way: keep the row-major strides.
        let transposed = transposed && rows > 1 && cols > 1;
        let (rs, cs) = if transposed { (1, rows) } else { (cols, 1) };
        Self { data, rs, cs }
    }

    /// Whether the matrix is read through transposed strides (its rows are not contiguous).
    const fn transposed(&self) -> bool {
        self.cs != 1
    }

    /// Rows `first..first + rows` of a matrix of `cols` columns: the slice spanning exactly them.
    fn rows(self, first: usize, rows: usize, cols: usize) -> Self {
        let start = first * self.rs;
        let span = if rows == 0 || cols == 0 {
            0
        } else {
            (rows - 1) * self.rs + (cols - 1) * self.cs + 1
        };
        Self {
            data: &self.data[start..start + span],
            ..self
        }
    }

    /// Element `[i, j]`.
    #[inline]
    fn at(&self, i: usize, j: usize) -> T
    where
        T: Copy,
    {
        self.data[i * self.rs + j * self.cs]
    }
}

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
        large(
            m,
            k,
            n,
            Mat::new(a, m, k, false),
            Mat::new(b, k, n, false),
            c,
        );
    }
}

/// `c = op(a) · op(b)`, where `op(x)` is `x` or (flag `true`) its transpose; `a` holds `op(a)`
/// (`m×k`) or its transpose (`k×m`) row-major, likewise `b`. Transposes are read through
/// strides, not copied.
///
/// # Panics
/// When a slice length disagrees with `m`, `k`, `n`.
pub(crate) fn gemm_t<T: GemmElem>(
    m: usize,
    k: usize,
    n: usize,
    (a, ta): (&[T], bool),
    (b, tb): (&[T], bool),
    c: &mut [T],
) {
    let (a, b) = (Mat::new(a, m, k, ta), Mat::new(b, k, n, tb));
    assert_eq!(c.len(), m * n, "output length disagrees with {m}×{n}");
    if !a.transposed() && !b.transposed() {
        gemm(m, k, n, a.data, b.data, c);
    } else if m.saturating_mul(k).saturating_mul(n) < SMALL {
        strided(m, k, n, a, b, c);
    } else {
        large(m, k, n, a, b, c);
    }
}

/// `c = a · b` by the large-product kernel, rows split across cores (see the module docs).
fn large<T: GemmElem>(m: usize, k: usize, n: usize, a: Mat<T>, b: Mat<T>, c: &mut [T]) {
    if k == 0 {
        c.fill(T::zero());
        return;
    }
    if T::gemm_packed((m, k, n), (a.data, [a.rs, a.cs]), (b.data, [b.rs, b.cs]), c) {
        return;
    }
    split_rows(m, k, n, c, |first, c_rows| {
        let rows = c_rows.len() / n;
        let a = a.rows(first, rows, k);
        T::gemm_large(
            (rows, k, n),
            (a.data, [a.rs, a.cs]),
            (b.data, [b.rs, b.cs]),
            c_rows,
        );
    });
}

/// Runs `f(first_row, rows_of_c)` over blocks of whole rows of `c` (`m×n`, `k` deep), on up to
/// [`parallel::max_threads`] threads when the product has at least [`PAR_MIN`] multiply-adds
/// per thread, else once on the calling thread with all of `c`.
pub(crate) fn split_rows<T: Send>(
    m: usize,
    k: usize,
    n: usize,
    c: &mut [T],
    f: impl Fn(usize, &mut [T]) + Sync,
) {
    if m == 0 || n == 0 {
        return;
    }
    let min_rows = PAR_MIN.div_ceil(k.max(1) * n);
    parallel::for_each_chunk_mut(c, min_rows * n, ROW_ALIGN * n, |offset, rows| {
        f(offset / n, rows);
    });
}

/// Runs `kernel(operands(t), c_t)` for every batch `t` (the consecutive `m×n` blocks `c_t` of
/// `out`), `kernel` being a product `c_t = a_t · b_t` of `m·k·n` multiply-adds: products below
/// [`PAR_MIN`] run side by side on the cores (whole batches per thread), larger ones one after
/// another, each splitting its own rows.
pub(crate) fn for_each_batch<T: Send, X>(
    (m, k, n): (usize, usize, usize),
    out: &mut [T],
    operands: impl Fn(usize) -> X + Sync,
    kernel: impl Fn(X, &mut [T]) + Sync,
) {
    let size = m * n;
    if size == 0 {
        return;
    }
    let macs = size * k;
    let run = |first: usize, block: &mut [T]| {
        for (t, c) in block.chunks_exact_mut(size).enumerate() {
            kernel(operands(first + t), c);
        }
    };
    if macs >= PAR_MIN {
        run(0, out);
    } else {
        let per_thread = PAR_MIN.div_ceil(macs.max(1));
        parallel::for_each_chunk_mut(out, per_thread * size, size, |offset, block| {
            run(offset / size, block);
        });
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

/// The largest product (in multiply-adds) whose tiny kernel sums each element on its own, from
/// its first product, rather than adding rows from zero. Measured at compile-time sizes on the
/// embedded Kalman step, whose products are 4×4·4×4 and smaller: 445 instructions per step at
/// opt-level 3 and 2477 at "s", against 522 and 2620 with rows started at their first product
/// (per-element sums leave LLVM free to choose the direction of its vector lanes). Larger
/// products add rows from zero: 8×8 f32 rows from the first product took 57 against 41 ns in
/// `benches/matmul.rs`, and a 64-32 layer's accumulators started at the first product are
/// packed one lane off (2854 against 2555 instructions per image in the embedded digits
/// program).
const FIRST_PRODUCT_MAX: usize = 64;

/// The widest row of `c` (in elements) whose products [`add_row_products`] adds two at a time.
/// A pass over a narrow row is mostly loop overhead: the 64-32-10 digits network's second layer
/// (rows of 10 `f32`, three SSE vectors) took 2491 instead of 2555 instructions per image at
/// opt-level 3 and 17421 instead of 18141 at "s" (`benches/run_embedded.sh`). Wider rows gain
/// less and pay more code (layer one's rows of 32: +125 bytes).
const PAIRED_ROW_MAX: usize = 16;

/// `c = a · b` by `i-p-j` loops: row `i` of `c` accumulates `a[i, p] · b[p, :]` over `p`
/// (up to [`FIRST_PRODUCT_MAX`] multiply-adds, one sum per element instead).
///
/// Each output element sums its products in order `p = 0, 1, …` (like a textbook triple loop).
/// Inlined with compile-time sizes, LLVM unrolls and vectorizes it: the kernel of tiny products.
// Measured: with plain `#[inline]` LLVM keeps it out of line and 4×4 f32 takes 310 ns, not 12.
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn small<T: GemmElem>(m: usize, k: usize, n: usize, a: &[T], b: &[T], c: &mut [T]) {
    check(m, k, n, a, b, c);
    if k == 0 {
        c.fill(T::zero());
        return;
    }
    if m.saturating_mul(k).saturating_mul(n) <= FIRST_PRODUCT_MAX {
        // Each element is one sum from its first product `a[i, 0]·b[0, j]`, written once: no
        // zeroing and no `0 + …` adds.
        for i in 0..m {
            for j in 0..n {
                c[i * n + j] = element_sum(i, j, (k, n), a, b);
            }
        }
        return;
    }
    // Each row from zero, the products added in order.
    for i in 0..m {
        c[i * n..(i + 1) * n].fill(T::zero());
        add_row_products(i, 0..k, (k, n), a, b, c);
    }
}

/// `Σ_p a[i, p]·b[p, j]` in one register, from the first product through `p = 1, 2, …` in order
/// (`a` is `·×k`, `b` is `k×n`, row-major, `k ≥ 1`).
#[allow(clippy::inline_always)]
#[inline(always)]
fn element_sum<T: GemmElem>(i: usize, j: usize, (k, n): (usize, usize), a: &[T], b: &[T]) -> T {
    let mut sum = a[i * k] * b[j];
    for p in 1..k {
        sum = sum + a[i * k + p] * b[p * n + j];
    }
    sum
}

/// Adds `a[i, p]·b[p, :]` to row `i` of `c` for each `p` of `ps`, in order (`a` is `·×k`, `b`
/// and `c` are `·×n`, row-major).
#[allow(clippy::inline_always)]
#[inline(always)]
fn add_row_products<T: GemmElem>(
    i: usize,
    ps: core::ops::Range<usize>,
    (k, n): (usize, usize),
    a: &[T],
    b: &[T],
    c: &mut [T],
) {
    // Indexed loops vectorize better than `chunks_exact` zips at small `n` (8×8: 67 vs 350 ns).
    let mut ps = ps;
    if n <= PAIRED_ROW_MAX {
        // Two products a pass: one pass of loop overhead (a broadcast, counter and branch) for
        // two rows of `b`, each element still summed in order.
        while ps.len() >= 2 {
            let (p, q) = (ps.start, ps.start + 1);
            let (x, y) = (a[i * k + p], a[i * k + q]);
            for j in 0..n {
                c[i * n + j] = c[i * n + j] + x * b[p * n + j] + y * b[q * n + j];
            }
            ps.start += 2;
        }
    }
    for p in ps {
        let x = a[i * k + p];
        for j in 0..n {
            c[i * n + j] = c[i * n + j] + x * b[p * n + j];
        }
    }
}

/// `c += Σ_{p ≥ first} a[:, p]·b[p, :]` by `i-p-j` loops, each element adding its products in
/// order: the rest of a tiny product once `c` holds the first product `a[i, 0]·b[0, j]`
/// (`first = 1`: `matmul` of a matrix and a vector), or all of them onto a bias (`first = 0`:
/// a tiny `matmul_add`).
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn small_add_from<T: GemmElem>(
    first: usize,
    (m, k, n): (usize, usize, usize),
    a: &[T],
    b: &[T],
    c: &mut [T],
) {
    check(m, k, n, a, b, c);
    for i in 0..m {
        add_row_products(i, first..k, (k, n), a, b, c);
    }
}

/// `c = a · b` by `i-p-j` loops on strided operands: the portable kernel for transposed operands
/// (correct rather than fast; `f32`/`f64` take it only below 32³ multiply-adds).
fn strided<T: GemmElem>(m: usize, k: usize, n: usize, a: Mat<T>, b: Mat<T>, c: &mut [T]) {
    for (i, row) in c.chunks_exact_mut(n.max(1)).take(m).enumerate() {
        row.fill(T::zero());
        for p in 0..k {
            let x = a.at(i, p);
            for (j, y) in row.iter_mut().enumerate() {
                *y = *y + x * b.at(p, j);
            }
        }
    }
}

/// `c = a · b` on strided operands (`a[i·rs + p·cs]`, strides as `[rs, cs]`): [`blocked`] when
/// both are row-major, else [`strided`]'s loops. The portable [`GemmElem::gemm_large`].
///
/// # Panics
/// When a slice is too short for its strides or `c` disagrees with `m×n`.
pub(crate) fn portable<T: GemmElem>(
    (m, k, n): (usize, usize, usize),
    (a, sa): (&[T], [usize; 2]),
    (b, sb): (&[T], [usize; 2]),
    c: &mut [T],
) {
    check_strided(m, k, n, (a, sa), (b, sb), c);
    if sa == [k, 1] && sb == [n, 1] {
        blocked(m, k, n, &a[..m * k], &b[..k * n], c);
    } else {
        let a = Mat {
            data: a,
            rs: sa[0],
            cs: sa[1],
        };
        let b = Mat {
            data: b,
            rs: sb[0],
            cs: sb[1],
        };
        strided(m, k, n, a, b, c);
    }
}

/// Asserts that `a` (`m×k`, strides `sa`) and `b` (`k×n`, strides `sb`) lie inside their slices
/// and that `c` holds `m×n` elements.
pub(crate) fn check_strided<T>(
    m: usize,
    k: usize,
    n: usize,
    (a, sa): (&[T], [usize; 2]),
    (b, sb): (&[T], [usize; 2]),
    c: &[T],
) {
    let fits = |len: usize, rows: usize, cols: usize, [rs, cs]: [usize; 2]| {
        rows == 0 || cols == 0 || (rows - 1) * rs + (cols - 1) * cs < len
    };
    assert!(
        fits(a.len(), m, k, sa),
        "lhs too short for {m}×{k} at strides {sa:?}"
    );
    assert!(
        fits(b.len(), k, n, sb),
        "rhs too short for {k}×{n} at strides {sb:?}"
    );
    assert_eq!(c.len(), m * n, "output length disagrees with {m}×{n}");
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

/// `c = a · b` through `matrixmultiply` (`gemm` is `matrixmultiply::sgemm` or `dgemm`) on
/// strided operands (`a[i·rs + p·cs]`, strides as `[rs, cs]`), on the calling thread.
///
/// # Panics
/// When a slice is too short for its strides or `c` disagrees with `m×n`.
#[cfg(feature = "matrixmultiply")]
pub(crate) fn matrixmultiply<T: GemmElem + num_traits::One>(
    gemm: MmGemm<T>,
    (m, k, n): (usize, usize, usize),
    (a, sa): (&[T], [usize; 2]),
    (b, sb): (&[T], [usize; 2]),
    c: &mut [T],
) {
    check_strided(m, k, n, (a, sa), (b, sb), c);
    if m == 0 || n == 0 {
        return;
    }
    if k == 0 {
        c.fill(T::zero());
        return;
    }
    // Every stride is at most a slice length, and a slice never holds more than `isize::MAX`
    // bytes, so these fit.
    let stride = |len: usize| isize::try_from(len).expect("stride fits isize");
    // SAFETY: `check_strided` proved `a` holds every element read at `a + i·sa[0] + p·sa[1]`
    // (i < m, p < k), `b` every element read at `b + p·sb[0] + j·sb[1]` (j < n), and `c` the
    // m×n elements written at `c + i·n + j`, each exactly once (column stride 1, row stride = row
    // length, so no two elements of `c` alias). `c` is a `&mut` borrow, disjoint from `a` and
    // `b`. With β = 0, `c` is only written, never read. `m`, `k`, `n` are nonzero, so the
    // pointers are to live elements, not dangling.
    unsafe {
        gemm(
            m,
            k,
            n,
            T::one(),
            a.as_ptr(),
            stride(sa[0]),
            stride(sa[1]),
            b.as_ptr(),
            stride(sb[0]),
            stride(sb[1]),
            T::zero(),
            c.as_mut_ptr(),
            stride(n),
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
    matmul_t(out, (a, a_dims, false), (b, b_dims, false));
}

/// [`matmul`] of `op(a) @ op(b)`, where `op` swaps the last two axes of an operand of rank ≥ 2
/// whose flag is `true` (`x.swapaxes(-1, -2)`); `dims` are the stored dims. Transposes are read
/// through strides, not copied. Batches of products below [`PAR_MIN`] run side by side on the
/// cores.
///
/// # Panics
/// As [`matmul`].
pub(crate) fn matmul_t<T: GemmElem>(
    out: &mut [T],
    (a, a_dims, ta): (&[T], &[usize], bool),
    (b, b_dims, tb): (&[T], &[usize], bool),
) {
    let (a_batch, m, k) = match *a_dims {
        [] => panic!("matmul of a rank-0 operand"),
        [k] => (&[][..], 1, k),
        [ref batch @ .., r, c] => (batch, if ta { c } else { r }, if ta { r } else { c }),
    };
    let (b_batch, kb, n) = match *b_dims {
        [] => panic!("matmul of a rank-0 operand"),
        [k] => (&[][..], k, 1),
        [ref batch @ .., r, c] => (batch, if tb { c } else { r }, if tb { r } else { c }),
    };
    assert_eq!(k, kb, "matmul inner sizes differ: {a_dims:?} @ {b_dims:?}");
    assert_eq!(a.len(), a_dims.iter().product::<usize>(), "lhs length");
    assert_eq!(b.len(), b_dims.iter().product::<usize>(), "rhs length");
    if a_batch.is_empty() && b_batch.is_empty() {
        return gemm_t(m, k, n, (a, ta), (b, tb), out);
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

    // `b` shared by every batch and `a` (row-major) covering them all: one GEMM of
    // (batches·m) rows.
    if stride_b == k * n && stride_a == batches * m * k && !ta {
        return gemm_t(batches * m, k, n, (a, false), (b, tb), out);
    }
    let offsets = |t: usize| {
        let (mut rest, mut off_a, mut off_b) = (t, 0, 0);
        for axis in (0..rank).rev() {
            let i = rest % dims[axis];
            rest /= dims[axis];
            off_a += i * sa[axis];
            off_b += i * sb[axis];
        }
        (&a[off_a..off_a + m * k], &b[off_b..off_b + k * n])
    };
    for_each_batch((m, k, n), out, offsets, |(a_t, b_t), c| {
        gemm_t(m, k, n, (a_t, ta), (b_t, tb), c);
    });
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

    /// Empty axes; `small`'s per-element sums (up to `FIRST_PRODUCT_MAX` = 64 multiply-adds)
    /// and its rows from zero; vectors; sizes across the blocked kernels' panels.
    const SIZES: [(usize, usize, usize); 12] = [
        (0, 3, 4),
        (3, 0, 4),
        (3, 4, 0),
        (1, 1, 1),
        (3, 4, 5),
        (4, 4, 4),
        (4, 4, 5),
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
            let (a, b) = ((a, [k, 1]), (b, [n, 1]));
            super::matrixmultiply(::matrixmultiply::sgemm, (m, k, n), a, b, c);
        });
        check_kernel::<f64>(|m, k, n, a, b, c| {
            let (a, b) = ((a, [k, 1]), (b, [n, 1]));
            super::matrixmultiply(::matrixmultiply::dgemm, (m, k, n), a, b, c);
        });
    }

    #[cfg(feature = "matrixmultiply")]
    #[test]
    #[should_panic(expected = "rhs too short")]
    fn matrixmultiply_wrapper_checks_lengths() {
        let mut c = [0.0f32; 4];
        let (a, b) = ((&[0.0; 4][..], [2, 1]), (&[0.0; 3][..], [2, 1]));
        super::matrixmultiply(::matrixmultiply::sgemm, (2, 2, 2), a, b, &mut c);
    }

    #[cfg(feature = "matrixmultiply")]
    #[test]
    #[should_panic(expected = "lhs too short")]
    fn matrixmultiply_wrapper_checks_strides() {
        // A transposed 2×3 lhs (strides [1, 2]) needs 6 elements, not 5.
        let mut c = [0.0f32; 4];
        let (a, b) = ((&[0.0; 5][..], [1, 2]), (&[0.0; 6][..], [2, 1]));
        super::matrixmultiply(::matrixmultiply::sgemm, (2, 3, 2), a, b, &mut c);
    }

    /// `x` (`rows×cols`, row-major) stored transposed (`cols×rows`, row-major).
    fn transpose<T: Copy>(x: &[T], rows: usize, cols: usize) -> Vec<T> {
        (0..cols * rows)
            .map(|t| x[(t % rows) * cols + t / rows])
            .collect()
    }

    /// Random `f`-valued elements in `[-1, 1)`.
    fn random<T>(rng: &mut crate::SeededRng, len: usize, f: fn(f64) -> T) -> Vec<T> {
        (0..len).map(|_| f(rng.next_f64() * 2.0 - 1.0)).collect()
    }

    /// `gemm_t` on every transpose combination against the triple loop of the untransposed
    /// operands, within `tol·k` per element.
    fn check_gemm_t<T: GemmElem + Into<f64>>(
        rng: &mut crate::SeededRng,
        (m, k, n): (usize, usize, usize),
        f: fn(f64) -> T,
        tol: f64,
    ) {
        let (a, b) = (random(rng, m * k, f), random(rng, k * n, f));
        let want = naive(m, k, n, &a, &b);
        let (at, bt) = (transpose(&a, m, k), transpose(&b, k, n));
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            let lhs = if ta { &at } else { &a };
            let rhs = if tb { &bt } else { &b };
            let mut c = random(rng, m * n, f); // garbage: every element must be overwritten
            gemm_t(m, k, n, (lhs, ta), (rhs, tb), &mut c);
            for (i, (&x, &y)) in c.iter().zip(&want).enumerate() {
                let (x, y): (f64, f64) = (x.into(), y.into());
                let bound = tol * f64::from(u32::try_from(k.max(1)).unwrap());
                assert!(
                    (x - y).abs() <= bound,
                    "{m}×{k}×{n} t=({ta},{tb}) [{i}]: {x} vs {y}"
                );
            }
        }
    }

    #[test]
    fn transposed_operands_match_the_triple_loop_on_random_sizes() {
        let mut rng = crate::SeededRng::new(9);
        let mut shapes = alloc::vec![(0, 5, 3), (4, 0, 3), (4, 5, 0), (1, 1, 1), (1, 300, 70)];
        shapes.extend([(70, 300, 1), (64, 784, 128), (97, 61, 131), (33, 129, 17)]);
        for _ in 0..12 {
            let mut dim = |max: u64| usize::try_from(rng.below(max)).unwrap() + 1;
            shapes.push((dim(150), dim(150), dim(150)));
        }
        for &shape in &shapes {
            #[allow(clippy::cast_possible_truncation)]
            check_gemm_t::<f32>(&mut rng, shape, |x| x as f32, 1e-5);
            check_gemm_t::<f64>(&mut rng, shape, |x| x, 1e-13);
        }
    }

    #[test]
    fn portable_kernel_reads_transposes_exactly() {
        // Integers: every kernel is exact, so the portable strided path must match bit for bit.
        for (m, k, n) in [(9, 300, 270), (67, 129, 65), (40, 40, 40)] {
            let (a, b) = (values::<i64>(m * k, 1), values::<i64>(k * n, 2));
            let (at, bt) = (transpose(&a, m, k), transpose(&b, k, n));
            for (ta, tb) in [(true, false), (false, true), (true, true)] {
                let lhs = if ta { &at } else { &a };
                let rhs = if tb { &bt } else { &b };
                let mut c = values::<i64>(m * n, 3);
                gemm_t(m, k, n, (lhs, ta), (rhs, tb), &mut c);
                assert_eq!(c, naive(m, k, n, &a, &b), "{m}×{k}×{n} t=({ta},{tb})");
            }
        }
    }

    #[test]
    fn threaded_products_are_bit_identical_to_one_thread() {
        let mut rng = crate::SeededRng::new(3);
        // Above PAR_MIN, so the rows split; odd sizes, so blocks end mid micro-tile. (Deep
        // products such as 64×784·784×128 split their depth on the packed kernels instead:
        // not bit-identical, see `kernel::gemm`'s tests.)
        for (m, k, n) in [(150, 97, 130), (333, 64, 129), (784, 64, 128)] {
            let (a, b) = (
                random(&mut rng, m * k, |x| x),
                random(&mut rng, k * n, |x| x),
            );
            for ta in [false, true] {
                let a = if ta { transpose(&a, m, k) } else { a.clone() };
                let run = || {
                    let mut c = alloc::vec![0.0f64; m * n];
                    gemm_t(m, k, n, (&a, ta), (&b, false), &mut c);
                    c
                };
                let one = parallel::with_max_threads(1, run);
                let many = parallel::with_max_threads(4, run);
                assert!(one == many, "{m}×{k}×{n} ta={ta}");
            }
        }
    }

    #[test]
    fn row_split_honours_the_thread_cap_and_covers_every_row() {
        use core::sync::atomic::{AtomicUsize, Ordering};
        for cap in [1, 2, 3] {
            for (m, k, n) in [(1000, 100, 100), (64, 784, 128), (5, 5, 5), (17, 1, 1)] {
                let calls = AtomicUsize::new(0);
                let mut c = alloc::vec![0usize; m * n];
                let threads = parallel::with_max_threads(cap, || {
                    split_rows(m, k, n, &mut c, |first, rows| {
                        calls.fetch_add(1, Ordering::Relaxed);
                        assert_eq!(rows.len() % n, 0, "whole rows");
                        for (t, x) in rows.iter_mut().enumerate() {
                            *x += first * n + t + 1;
                        }
                    });
                    parallel::max_threads()
                });
                assert!(threads <= cap);
                let calls = calls.into_inner();
                if m * k * n < 2 * PAR_MIN {
                    assert_eq!(calls, 1, "{m}×{k}×{n} is too small to split");
                } else {
                    assert_eq!(
                        calls, threads,
                        "cap {cap}, {m}×{k}×{n}: one block per thread"
                    );
                }
                assert!(
                    c.iter().enumerate().all(|(i, &x)| x == i + 1),
                    "each element once"
                );
            }
        }
    }

    #[test]
    fn batched_transposed_products_match_per_batch_loops() {
        let mut rng = crate::SeededRng::new(5);
        // (3, 1, m, k)ᵀ @ (4, k, n)ᵀ → (3, 4, m, n): broadcast batches, both transposed; 64³
        // runs its 12 batches side by side on the cores.
        for (m, k, n) in [(2, 3, 4), (17, 33, 9), (64, 64, 64), (70, 80, 90)] {
            let (a, b) = (
                random(&mut rng, 3 * m * k, |x| x),
                random(&mut rng, 4 * k * n, |x| x),
            );
            let at: Vec<f64> = a.chunks(m * k).flat_map(|x| transpose(x, m, k)).collect();
            let bt: Vec<f64> = b.chunks(k * n).flat_map(|x| transpose(x, k, n)).collect();
            let mut out = alloc::vec![f64::NAN; 12 * m * n];
            matmul_t(
                &mut out,
                (&at, &[3, 1, k, m], true),
                (&bt, &[4, n, k], true),
            );
            for (t, c) in out.chunks_exact(m * n).enumerate() {
                let (i, j) = (t / 4, t % 4);
                let want = naive(m, k, n, &a[i * m * k..][..m * k], &b[j * k * n..][..k * n]);
                let close = c.iter().zip(&want).all(|(x, y)| (x - y).abs() < 1e-12);
                assert!(close, "{m}×{k}×{n} batch ({i}, {j})");
            }
        }
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
