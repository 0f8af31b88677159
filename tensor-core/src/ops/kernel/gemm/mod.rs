//! Packed GEMM for `f32`/`f64` on x86-64 (AVX-512F, or AVX2 + FMA): BLIS-style blocking
//! around register-blocked micro-kernels, the kernel chosen once at run time.
//!
//! [`gemm`] computes `c = a · b` (`a` m×k and `b` k×n read through strides, so transposed
//! operands cost no copy; `c` row-major): blocks of `b` (`KC×NC`) and of `a` (`MC×KC`) are packed
//! into aligned thread-local buffers (on 2 MiB pages where the OS provides them, see
//! [`Scratch`]), and a micro-kernel computes each `MR×NR` tile of `c` in
//! registers (edge tiles through a stack buffer). [`microkernel`] holds the kernel (one macro),
//! `microkernel_avx512` and `microkernel_avx2` its instances:
//!
//! | kernel | tile `MR×NR` | `KC`, `MC`, `NC` |
//! |---|---|---|
//! | AVX-512F `f32` | 8×32 | 256, 112 (448 beside more than 1024 columns of `b`), 2048 |
//! | AVX-512F `f64` | 6×32 | 256, 120, 1024 |
//! | AVX2 + FMA `f32` | 6×16 | 256, 96 (192 beside more than 1024 columns of `b`), 2048 |
//! | AVX2 + FMA `f64` | 4×12 | 256, 96, 2052 |
//!
//! The AVX2 `f64` kernel runs its depth loop in assembly (its 12 accumulators, 3 vectors of `b`
//! and the broadcast of `a` take all 16 registers, which LLVM did not manage), and the AVX2
//! kernels have an instance for each part of a tile in whole vectors (`rows × vectors`,
//! [`Tile::tile_part`]), so an edge tile such as the last 4 rows of 64 or the last 8 columns
//! of 128 is computed and written in place, not as a whole tile through a buffer. See
//! `microkernel_avx2` for what each of these gained.
//!
//! The row block of the AVX-512F `f32` kernel grows to 448 when the packed block of `b` is
//! wider than 1024 columns (more than half of a 2 MiB L2; [`driver::row_block`]), and that
//! kernel fetches its tile of `c` into L1 24 steps before the end of the depth block, after
//! asking for it into L2 at the start (the other kernels into L1 at the start). Together, on
//! 2048³ on one thread, 0.95–0.98 of the time before (see [`driver::row_block`] and
//! `microkernel_avx512`). Each kernel pads its depth loop to a 64-byte boundary
//! ([`microkernel`]): the AVX2 `f64` loop had run 5–6 % slower in builds where the linker
//! happened to place it 16–48 bytes past one.
//!
//! On AVX-512F, products of up to 64³ multiply-adds whose `b` has contiguous rows skip the
//! packing ([`direct`]): the same tiles read `b`'s rows and broadcast `a`'s elements where they
//! are stored, edge tiles with masked loads and stores (64³ on one thread: `f64` 8.3 → 6.2 µs,
//! `f32` 3.8 → 3.2 µs). The result is bit-identical to the packed path's.
//!
//! # Threads and results
//! A product of at least [`PAR_MIN`] multiply-adds per thread splits its output into a grid of
//! blocks, one per thread ([`blocking::Grid`]): along the rows, or along the columns when the
//! output is wide and short. Every element of `c` is the same sum in the same order whatever
//! the block it lands in (each `KC` depth block summed from 0 in depth order, the blocks added
//! in order), so the result is bit-identical for every thread count.
//!
//! A deep product with a small output (the 64×784·784×128 forward product of a batch-64 MLP)
//! splits its **depth** instead when that reads less of `a` and `b` per thread
//! ([`Grid::depth_split`]): thread `t` computes the product of a block of `a`'s columns and
//! `b`'s rows, and the partial products are added to thread 0's in thread order. The depth
//! blocks are whole row tiles, cut where the row split of the transposed product cuts (the
//! gradient `xᵀ·dz` of the same weights), and task `t` always runs on thread `t`
//! ([`parallel`]), so each core keeps its half of the weights across a training step. **Such a
//! product is not bit-identical to the one-thread result**: each element sums its products in
//! another order (per depth block, then across blocks); it is the same for a given thread
//! count. Measured on the 2-core Xeon (`benches/train_step_profile.rs`, 2 threads, a shared
//! machine, provisional): in the batch-64 MLP training step the forward 64×784·784×128 product
//! takes 46 µs against 61 µs with the column split, and the SGD update of the weights after
//! the gradient's product 9 µs against 46 µs (it no longer pulls half of them across cores).
//!
//! # Measured (provisional)
//! On the 2-core AVX-512 Xeon of the benches, on a heavily shared machine (load average ~10),
//! best of many runs, one thread, this kernel against `matrixmultiply` 0.3.11 (`avx512` feature)
//! in the same process: `f32` 0.90–1.03× its time on 64×784·784×128, 784×64·64×128,
//! 64×128·128×784, 256³ and 512³; `f64` 0.85–0.97× (512³ 0.76 in a quieter window). NumPy
//! (OpenBLAS 0.3.31, one thread) in the same window: 0.97× on `f32` 64×784·784×128, `f64`
//! 0.72–0.92× on the same shapes. Sizes of 1024³ and up could not be timed reliably on that
//! machine. The AVX2 kernels run at ~90 % of the AVX2 peak when forced on this CPU (no AVX2-only
//! machine was available); `matrixmultiply` uses AVX-512 here, so it is no reference for them.
//! Packing a row-major `b` eight depths at a time ([`pack`]) instead of panel by panel over all
//! depths (reads `n` elements apart, one `memmove` call per depth) took the forced AVX2 `f64`
//! kernel to 0.94–0.99 of its time on 512³–2048³ (medians of six alternating rounds; against
//! OpenBLAS's Haswell kernel 1.07–1.09× before, 1.02–1.08× after at load average 5–8, 0.97–1.01×
//! in a quieter window), the AVX2 `f32` kernel to 0.96–0.98 on 2048³ and 64×784·784×128;
//! AVX-512 2048³ and the other sizes unchanged within the noise (one thread).
//! The kernel follows [`math::active_isa`](super::math::active_isa), so
//! [`math::set_isa`](super::math::set_isa)`(Some(Isa::Avx2))` runs the AVX2 kernels on an
//! AVX-512 CPU (the benches' AVX2 rows), and `Isa::Portable` the portable path.

mod blocking;
mod direct;
mod driver;
pub(super) mod microkernel;
mod microkernel_avx2;
mod microkernel_avx512;
pub(super) mod pack;
#[cfg(test)]
mod tests;

use super::math::Isa;
use crate::parallel;
use crate::storage::scratch::Scratch;
use blocking::Grid;
use core::cell::Cell;
use direct::{BlockFn, Path};
use microkernel::Tile;
use num_traits::Zero;
use pack::Panels;

/// Products with at least this many multiply-adds (`m·k·n`) per thread split across threads:
/// 128³ splits in two, as do the 64×784·784×128 products of a batch-64 MLP. Measured on a quiet
/// 2-core AVX-512 Xeon (`benches/matmul.rs`, medians): with the crate's spinning workers, two
/// threads take 64×784·784×128 from 0.090 to 0.066 ms (`f32`) and 256³ from 0.180 to 0.107 ms.
/// Under rayon, whose idle threads sleep at once, the same split lost time (2²³ was the
/// threshold then).
pub(crate) const PAR_MIN: usize = 1 << 20;

/// `f32` and `f64`: the element types with packed kernels.
pub(crate) trait PackedFloat:
    crate::Elem + Copy + Send + Sync + 'static + num_traits::Zero + core::ops::Add<Output = Self>
{
    /// The AVX-512F kernel.
    type Avx512: Tile<T = Self>;
    /// The AVX2 + FMA kernel.
    type Avx2: Tile<T = Self>;

    /// Runs `f` with this thread's two packing buffers (taken out of a thread-local and put
    /// back, so a nested call gets fresh ones instead of a borrow error).
    fn with_scratch<R>(f: impl FnOnce(&mut [Scratch<Self>; 2]) -> R) -> R;
}

macro_rules! packed_floats {
    ($($t:ident: $avx512:path, $avx2:path;)*) => {$(
        impl PackedFloat for $t {
            type Avx512 = $avx512;
            type Avx2 = $avx2;

            fn with_scratch<R>(f: impl FnOnce(&mut [Scratch<Self>; 2]) -> R) -> R {
                std::thread_local! {
                    static SCRATCH: Cell<[Scratch<$t>; 2]> = Cell::default();
                }
                let mut buffers = SCRATCH.take();
                let result = f(&mut buffers);
                SCRATCH.set(buffers);
                result
            }
        }
    )*};
}

packed_floats! {
    f32: microkernel_avx512::f32::Avx512F32, microkernel_avx2::f32::Avx2F32;
    f64: microkernel_avx512::f64::Avx512F64, microkernel_avx2::f64::Avx2F64;
}

/// `c = a · b` (`a` m×k read at `a[i·sa[0] + p·sa[1]]`, `b` k×n at `b[p·sb[0] + j·sb[1]]`, `c`
/// m×n row-major) on the kernel of [`math::active_isa`](super::math::active_isa) (the best of
/// this CPU unless forced), split across threads when large. Returns `false`, computing nothing,
/// when that is neither AVX-512F nor AVX2 + FMA.
///
/// # Panics
/// When a slice is too short for its strides or `c` disagrees with `m×n`.
pub(crate) fn gemm<T: PackedFloat>(
    mkn: (usize, usize, usize),
    a: (&[T], [usize; 2]),
    b: (&[T], [usize; 2]),
    c: &mut [T],
) -> bool {
    match super::math::active_isa() {
        Isa::Avx512 => gemm_with::<T::Avx512>(mkn, a, b, c, true),
        Isa::Avx2 => gemm_with::<T::Avx2>(mkn, a, b, c, true),
        Isa::Portable => return false,
    }
    true
}

/// A pointer to the output shared by the tasks of one product, each writing its own block.
#[derive(Clone, Copy)]
struct SharedOut<T>(*mut T);

impl<T> SharedOut<T> {
    /// The pointer (a method, so closures capture the whole `Sync` wrapper, not the field).
    const fn get(self) -> *mut T {
        self.0
    }
}

// SAFETY: the pointer is only dereferenced by `gemm_with`'s tasks, which write disjoint blocks
// of an output exclusively borrowed for as long as they run (see there).
unsafe impl<T: Send> Send for SharedOut<T> {}
// SAFETY: as for `Send`: no two tasks touch the same element.
unsafe impl<T: Send> Sync for SharedOut<T> {}

/// `c = a · b` (`overwrite`) or `c += a · b` on kernel `K`, as [`gemm`].
///
/// # Panics
/// As [`gemm`], and when `K` is not available on this CPU.
pub(super) fn gemm_with<K: Tile>(
    mkn: (usize, usize, usize),
    a: (&[K::T], [usize; 2]),
    b: (&[K::T], [usize; 2]),
    c: &mut [K::T],
    overwrite: bool,
) {
    gemm_path::<K>(mkn, a, b, c, overwrite, Path::Auto);
}

/// [`gemm_with`] with the operands packed or not as `path` says ([`direct`]).
///
/// # Panics
/// As [`gemm_with`].
fn gemm_path<K: Tile>(
    (m, k, n): (usize, usize, usize),
    (a, sa): (&[K::T], [usize; 2]),
    (b, sb): (&[K::T], [usize; 2]),
    c: &mut [K::T],
    overwrite: bool,
    path: Path,
) {
    assert!(K::available(), "GEMM kernel not available on this CPU");
    crate::ops::gemm::check_strided(m, k, n, (a, sa), (b, sb), c);
    if m == 0 || n == 0 {
        return;
    }
    if k == 0 {
        if overwrite {
            c.fill(K::T::zero());
        }
        return;
    }
    let a = Panels {
        data: a,
        sx: sa[0],
        sp: sa[1],
    };
    let b = Panels {
        data: b,
        sx: sb[1],
        sp: sb[0],
    };
    let direct = path.choose::<K>((m, k, n), b.sx);
    let tasks = parallel::tasks_for(m.saturating_mul(k).saturating_mul(n), PAR_MIN);
    let grid = Grid::new((m, k, n), (K::MR, K::NR), tasks);
    if let Some(depth) = grid.depth_split((m, k, n), K::MR, tasks) {
        return gemm_depth_split::<K>((m, k, n), (a, b), c, (overwrite, direct), depth);
    }
    let out = SharedOut(c.as_mut_ptr());
    parallel::for_each_index(grid.tasks(), |t| {
        let (rows, cols) = grid.block(t, m, n);
        if rows.1 == 0 || cols.1 == 0 {
            return;
        }
        let out = driver::Out {
            c: out.get(),
            ldc: n,
            rows,
            cols,
        };
        // SAFETY: `K` is available (asserted); the block lies inside `c` (m×n, row stride
        // n), which is exclusively borrowed until every task has returned; the grid's blocks
        // are disjoint, so no other task reads or writes this one's elements; `a` and `b` are
        // shared borrows, so they cannot alias `c`; `direct` is `K`'s, from `Path::choose`.
        unsafe { direct::run_block::<K>(k, (a, b), out, overwrite, direct) };
    });
}

/// `c = a · b` (`overwrite`) or `c += a · b` (each block directly when `direct`, see
/// [`direct::run_block`]) with the depth split in blocks of `depth`: task `t`
/// computes the product of `a`'s columns and `b`'s rows `t·depth ..`, task 0 into `c` and the
/// others into partial products that are then added to `c` in task order.
///
/// # Panics
/// As [`gemm`].
fn gemm_depth_split<K: Tile>(
    (m, k, n): (usize, usize, usize),
    (a, b): (Panels<'_, K::T>, Panels<'_, K::T>),
    c: &mut [K::T],
    (overwrite, direct): (bool, Option<BlockFn<K::T>>),
    depth: usize,
) {
    let tasks = k.div_ceil(depth);
    let mut partials = alloc::vec![K::T::zero(); (tasks - 1) * m * n];
    let (out, more) = (SharedOut(c.as_mut_ptr()), SharedOut(partials.as_mut_ptr()));
    parallel::for_each_index(tasks, |t| {
        let p0 = t * depth;
        let kt = depth.min(k - p0);
        let a = Panels {
            data: &a.data[p0 * a.sp..],
            ..a
        };
        let b = Panels {
            data: &b.data[p0 * b.sp..],
            ..b
        };
        let (c, overwrite) = if t == 0 {
            (out.get(), overwrite)
        } else {
            // SAFETY: partial `t − 1` of `m·n` elements lies inside `partials`.
            (unsafe { more.get().add((t - 1) * m * n) }, true)
        };
        let out = driver::Out {
            c,
            ldc: n,
            rows: (0, m),
            cols: (0, n),
        };
        // SAFETY: `K` is available (asserted by the caller); `out` is all of `c` (task 0,
        // exclusively borrowed until every task has returned) or this task's own partial
        // product, which no other task touches; `a` and `b` are shared borrows of other
        // memory, read at depths `p0 .. p0 + kt` (inside them: `k` deep in all); `direct` is
        // `K`'s, from `Path::choose`.
        unsafe { direct::run_block::<K>(kt, (a, b), out, overwrite, direct) };
    });
    for partial in partials.chunks_exact(m * n) {
        for (x, &y) in c.iter_mut().zip(partial) {
            *x = *x + y;
        }
    }
}
