//! Small products straight from the operands as stored, without packing (AVX-512F).
//!
//! Up to 64³ multiply-adds, packing `a` and `b` costs a large share of the product (at 64³
//! `f64` about a quarter of the time), while the operands sit in L1/L2 anyway. When `b`'s rows are contiguous
//! (a row-major `b`), a row of an `NR`-column panel of `b` is `NR` consecutive elements, which
//! the kernel loads as they are; `a` is broadcast element by element through its strides
//! (row-major or transposed alike). Edge tiles use their own register shape (one instance per
//! row count and vector count) and masked loads and stores for the last vector, so nothing goes
//! through a stack buffer.
//!
//! Each element of `c` is the same sum in the same order as on the packed path (per `KC` depth
//! block from 0 in depth order, the blocks added in order), so the two paths give bit-identical
//! results and the choice between them is a matter of speed only ([`Path`]).

use super::PackedFloat;
use super::driver::{self, Out};
use super::microkernel::Tile;
use super::pack::Panels;

/// A block of the output computed from unpacked operands (see [`driver::run`] for the
/// arguments and the safety contract); `b` must have contiguous rows (`b.sx == 1`).
pub(crate) type BlockFn<T> = unsafe fn(usize, Panels<'_, T>, Panels<'_, T>, Out<T>, bool);

/// Products of at most this many multiply-adds (64³) take the direct path, when the kernel has
/// one and `b`'s rows are contiguous.
///
/// Measured on the 2-core AVX-512 Xeon (a standalone probe timing `matmul_into`, medians of
/// 2001 samples of 10 products, old and new builds alternated in one window, one thread): 64³
/// `f64` 7.4–8.0 → 5.6–6.1 µs, `f32` 3.7–4.0 → 3.1–3.2 µs; 48³ `f64` 4.5 → 2.7 µs, 40³ `f32` 1.6
/// → 1.1 µs. Larger products lose: 128³ `f64` 50 → 56 µs, 784×64·64×128 `f64` 146–166 →
/// 152–182 µs (a 64-deep panel of `b` 1 KiB per row apart maps onto a quarter of the L1 sets
/// and no longer stays in L1; the packed panel does). Packing only `b` (and reading `a` as
/// stored) was no better than packing both on those sizes.
const DIRECT_MAX: usize = 1 << 18;

/// How a product reaches the micro-kernels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Path {
    /// The direct path where it is faster (see [`DIRECT_MAX`]), else packed.
    Auto,
    /// Always packed ([`driver::run`]).
    #[cfg_attr(not(test), allow(dead_code, reason = "forced by the tests"))]
    Packed,
    /// Direct whenever the kernel has a direct path and `b`'s rows are contiguous.
    #[cfg_attr(not(test), allow(dead_code, reason = "forced by the tests"))]
    Direct,
}

impl Path {
    /// The direct block kernel of `K` for an `m×k×n` product whose `b` has column stride
    /// `b_sx`, or `None` for the packed path.
    pub(super) fn choose<K: Tile>(
        self,
        (m, k, n): (usize, usize, usize),
        b_sx: usize,
    ) -> Option<BlockFn<K::T>> {
        let wanted = match self {
            Self::Auto => m.saturating_mul(k).saturating_mul(n) <= DIRECT_MAX,
            Self::Packed => false,
            Self::Direct => true,
        };
        K::DIRECT.filter(|_| wanted && b_sx == 1)
    }
}

/// `c = a · b` (or `+=`) on the block `out`, directly (`direct`) or through the packing driver.
///
/// # Safety
/// As [`driver::run`]; `direct` is `K`'s direct kernel, chosen by [`Path::choose`].
pub(super) unsafe fn run_block<K: Tile>(
    k: usize,
    (a, b): (Panels<'_, K::T>, Panels<'_, K::T>),
    out: Out<K::T>,
    overwrite: bool,
    direct: Option<BlockFn<K::T>>,
) {
    match direct {
        // SAFETY: the caller's contract, which is `block`'s; `choose` checked `b.sx == 1`.
        Some(block) => unsafe { block(k, a, b, out, overwrite) },
        None => K::T::with_scratch(|scratch| {
            // SAFETY: the caller's contract, which is `driver::run`'s.
            unsafe { driver::run::<K>(k, a, b, out, scratch, overwrite) }
        }),
    }
}

/// Defines module `$module` with `block` (a [`BlockFn`] for `$t`): tiles of up to `$mr` rows
/// by `$nv` vectors of `$lanes` lanes, in the depth blocks of the packed kernel `$packed` (the
/// same tile), from the AVX-512F masked
/// `maskz_load` and `mask_store` intrinsics and `zero`, `splat`, `fma` (`a·b + c`), `add`.
/// `rows` and `vecs` list `1..=$mr` and `1..=$nv` (one tile instance each).
macro_rules! direct_kernel {
    (
        $module:ident: $t:ty, $vec:ty, $mask:ty, lanes $lanes:literal, mr $mr:literal,
        nv $nv:literal, packed $packed:ty, rows [$($r:literal)*], vecs [$($v:literal)*],
        zero $zero:path, maskz_load $load:path, mask_store $store:path, splat $splat:path,
        fma $fma:path, add $add:path $(,)?
    ) => {
        pub(super) mod $module {
            use super::{Out, Panels, Tile};

            /// The packed kernel's depth block: the sums of both paths split alike.
            const KC: usize = <$packed as Tile>::KC;

            /// One tile: `c` (row stride `ldc`) (`=`|`+=`) the product of `R` rows of `a`
            /// (element `(r, p)` at `a[r·sa[0] + p·sa[1]]`) and `V` vectors of columns of `b`
            /// (`(p, j)` at `b[p·ldb + j]`), `kc` deep; the last vector's lanes outside `mask`
            /// are neither read nor written.
            type TileFn = unsafe fn(usize, *const $t, [usize; 2], *const $t, usize, *mut $t, usize, $mask, bool);

            /// The elements each row of the widest tile spans.
            const NR: usize = $nv * $lanes;

            /// The `R×V` tile (see [`TileFn`]); each element sums from 0 in depth order.
            ///
            /// # Safety
            /// AVX-512F is available; `a`, `b` and `c` hold every element the tile reads or
            /// writes (the last vector only within `mask`), and `c` aliases neither.
            #[target_feature(enable = "avx512f")]
            #[allow(clippy::too_many_arguments)]
            unsafe fn tile<const R: usize, const V: usize>(
                kc: usize,
                a: *const $t,
                [ra, pa]: [usize; 2],
                b: *const $t,
                ldb: usize,
                c: *mut $t,
                ldc: usize,
                mask: $mask,
                overwrite: bool,
            ) {
                let lane_mask = |v: usize| if v + 1 == V { mask } else { <$mask>::MAX };
                let mut acc = [[$zero(); V]; R];
                let (mut a, mut b) = (a, b);
                for _ in 0..kc {
                    let mut bv = [$zero(); V];
                    for (v, x) in bv.iter_mut().enumerate() {
                        // SAFETY: lanes of this depth's row of `b` (within the mask for the
                        // last vector), which the caller vouches for.
                        *x = unsafe { $load(lane_mask(v), b.add(v * $lanes)) };
                    }
                    for (r, row) in acc.iter_mut().enumerate() {
                        // SAFETY: element `(r, p)` of `a`, which the caller vouches for.
                        let x = $splat(unsafe { *a.add(r * ra) });
                        for (acc, &y) in row.iter_mut().zip(&bv) {
                            *acc = $fma(x, y, *acc);
                        }
                    }
                    // Wrapping: after the last step these may point past the operands.
                    a = a.wrapping_add(pa);
                    b = b.wrapping_add(ldb);
                }
                for (r, row) in acc.iter().enumerate() {
                    for (v, &sum) in row.iter().enumerate() {
                        let m = lane_mask(v);
                        // SAFETY: lanes of row `r` of the tile of `c` (within the mask for
                        // the last vector), which the caller vouches for.
                        unsafe {
                            let p = c.add(r * ldc + v * $lanes);
                            let out = if overwrite { sum } else { $add($load(m, p), sum) };
                            $store(p, m, out);
                        }
                    }
                }
            }

            /// The tile instance of `rows` rows (`1..=MR`) by `V` vectors.
            fn with_rows<const V: usize>(rows: usize) -> TileFn {
                match rows {
                    $($r => tile::<$r, V>,)*
                    _ => unreachable!("tile rows"),
                }
            }

            /// The tile instance of `rows` rows (`1..=MR`) by `vecs` vectors (`1..=NV`).
            fn pick(rows: usize, vecs: usize) -> TileFn {
                match vecs {
                    $($v => with_rows::<$v>(rows),)*
                    _ => unreachable!("tile vectors"),
                }
            }

            /// [`BlockFn`](super::BlockFn): the block `out` of `c = a · b` (or `+=`), `k`
            /// deep, tile by tile from the operands as stored.
            ///
            /// # Safety
            /// As [`driver::run`](super::driver::run), with AVX-512F available and
            /// `b.sx == 1`.
            ///
            /// # Panics
            /// When the block reaches outside `a` or `b`.
            pub(crate) unsafe fn block(
                k: usize,
                a: Panels<'_, $t>,
                b: Panels<'_, $t>,
                out: Out<$t>,
                overwrite: bool,
            ) {
                const { assert!(<$packed as Tile>::MR == $mr && <$packed as Tile>::NR == NR) };
                let ((i0, m), (j0, n)) = (out.rows, out.cols);
                if m == 0 || n == 0 || k == 0 {
                    return;
                }
                assert!(b.sx == 1, "direct GEMM needs contiguous rows of b");
                let last_a = (i0 + m - 1) * a.sx + (k - 1) * a.sp;
                let last_b = (k - 1) * b.sp + j0 + n - 1;
                assert!(last_a < a.data.len() && last_b < b.data.len(), "block outside a or b");
                for pc in (0..k).step_by(KC) {
                    let kc = (k - pc).min(KC);
                    let overwrite = overwrite && pc == 0;
                    for jr in (0..n).step_by(NR) {
                        let nr = NR.min(n - jr);
                        let vecs = nr.div_ceil($lanes);
                        let mask = <$mask>::MAX >> (vecs * $lanes - nr);
                        let whole = pick($mr, vecs);
                        for ir in (0..m).step_by($mr) {
                            let rows = (m - ir).min($mr);
                            let tile = if rows == $mr { whole } else { pick(rows, vecs) };
                            let (i, j) = (i0 + ir, j0 + jr);
                            // SAFETY: AVX-512F per the caller; rows `i .. i + rows` of `a` at
                            // depths `pc .. pc + kc` and columns `j .. j + nr` of `b` lie inside
                            // the operands (asserted above: the block's last elements do); the
                            // tile's `rows × nr` elements lie inside the caller's block of `c`
                            // and the mask covers exactly the last `nr − (vecs − 1)·lanes`.
                            unsafe {
                                tile(
                                    kc,
                                    a.data.as_ptr().add(i * a.sx + pc * a.sp),
                                    [a.sx, a.sp],
                                    b.data.as_ptr().add(pc * b.sp + j),
                                    b.sp,
                                    out.c.add(i * out.ldc + j),
                                    out.ldc,
                                    mask,
                                    overwrite,
                                );
                            }
                        }
                    }
                }
            }
        }
    };
}

direct_kernel! {
    f32: f32, core::arch::x86_64::__m512, u16, lanes 16, mr 8, nv 2,
    packed super::super::microkernel_avx512::f32::Avx512F32,
    rows [1 2 3 4 5 6 7 8], vecs [1 2],
    zero core::arch::x86_64::_mm512_setzero_ps,
    maskz_load core::arch::x86_64::_mm512_maskz_loadu_ps,
    mask_store core::arch::x86_64::_mm512_mask_storeu_ps,
    splat core::arch::x86_64::_mm512_set1_ps,
    fma core::arch::x86_64::_mm512_fmadd_ps,
    add core::arch::x86_64::_mm512_add_ps,
}

direct_kernel! {
    f64: f64, core::arch::x86_64::__m512d, u8, lanes 8, mr 6, nv 4,
    packed super::super::microkernel_avx512::f64::Avx512F64,
    rows [1 2 3 4 5 6], vecs [1 2 3 4],
    zero core::arch::x86_64::_mm512_setzero_pd,
    maskz_load core::arch::x86_64::_mm512_maskz_loadu_pd,
    mask_store core::arch::x86_64::_mm512_mask_storeu_pd,
    splat core::arch::x86_64::_mm512_set1_pd,
    fma core::arch::x86_64::_mm512_fmadd_pd,
    add core::arch::x86_64::_mm512_add_pd,
}
