//! The register-blocked tile kernel, written once as a macro over an instruction set's vector
//! type and intrinsics, and what every kernel provides to the driver ([`Tile`]).

use super::PackedFloat;
use super::pack::Panels;

/// A micro-kernel and its blocking: computes an `MR×NR` tile of `c` from packed panels.
///
/// Blocking (BLIS names): the driver packs `KC×NC` blocks of `b` and `MC×KC` blocks of `a`;
/// the micro-kernel runs over one `MR`-row panel of packed `a` and one `NR`-column panel of
/// packed `b`, `kc` deep, holding the whole tile in registers.
pub(crate) trait Tile {
    /// The element type.
    type T: PackedFloat;
    /// Rows of the tile (broadcast elements of `a` per step).
    const MR: usize;
    /// Columns of the tile (vector lanes of `b` per step).
    const NR: usize;
    /// Depth block: a `KC×NR` panel of `b` stays in L1 while the `a` panels stream past.
    const KC: usize;
    /// Row block: the packed `MC×KC` block of `a` stays in L2.
    const MC: usize;
    /// Column block: the packed `KC×NC` block of `b`.
    const NC: usize;
    /// Lanes of one vector: the columns of `b` per load.
    const LANES: usize;
    /// Row block when a block of `b` more than [`Tile::WIDE`] columns wide is packed
    /// ([`driver::row_block`](super::driver::row_block)); `MC` unless the kernel sets it.
    const MC_WIDE: usize = Self::MC;
    /// The width of `b`'s block above which the row block is [`Tile::MC_WIDE`].
    const WIDE: usize = Self::NC;

    /// The same tile computed from unpacked operands ([`direct`](super::direct)), if this
    /// instruction set has it.
    const DIRECT: Option<super::direct::BlockFn<Self::T>> = None;

    /// Whether this CPU runs the kernel.
    fn available() -> bool;

    /// [`Panels::pack`] of rows of `a` into panels of `MR`.
    fn pack_a(a: Panels<'_, Self::T>, x: (usize, usize), p: (usize, usize), out: &mut [Self::T]);

    /// [`Panels::pack`] of columns of `b` into panels of `NR`.
    fn pack_b(b: Panels<'_, Self::T>, x: (usize, usize), p: (usize, usize), out: &mut [Self::T]);

    /// `c[r·ldc + j] (=|+=) Σ_p a[p·MR + r] · b[p·NR + j]` for `r < MR`, `j < NR`, `p < kc`:
    /// overwrites when `overwrite`, else adds the sum to `c`. Each element's sum starts from 0
    /// and adds the products in order `p = 0, 1, …` (one fused multiply-add each).
    ///
    /// # Safety
    /// [`Tile::available`] is true; `a` points to `kc·MR` readable elements, `b` to `kc·NR`,
    /// and `c` to an `MR×NR` tile of row stride `ldc` that is valid for reads and writes and
    /// aliases neither.
    unsafe fn tile(
        kc: usize,
        a: *const Self::T,
        b: *const Self::T,
        c: *mut Self::T,
        ldc: usize,
        overwrite: bool,
    );

    /// [`Tile::tile`] for the first `rows` rows (`1 ≤ rows ≤ MR`) and the first `vecs` vectors
    /// of [`Tile::LANES`] columns (`1 ≤ vecs ≤ NR / LANES`) of the tile only, from the same
    /// packed panels (`MR` and `NR` elements per step): writes `rows × vecs·LANES` elements of
    /// `c` and returns `true`, or returns `false` without touching `c` when the kernel has no
    /// instance for that part (the driver then computes a whole tile into a buffer). Each
    /// element is the same sum in the same order as from [`Tile::tile`].
    ///
    /// # Safety
    /// As [`Tile::tile`], with `c` valid for a `rows × vecs·LANES` tile.
    #[allow(clippy::too_many_arguments)]
    unsafe fn tile_part(
        (rows, vecs): (usize, usize),
        kc: usize,
        a: *const Self::T,
        b: *const Self::T,
        c: *mut Self::T,
        ldc: usize,
        overwrite: bool,
    ) -> bool {
        let _ = (rows, vecs, kc, a, b, c, ldc, overwrite);
        false
    }
}

/// Defines a [`Tile`] kernel: `$name` for element `$t` on vectors `$vec` of `$lanes` lanes,
/// `$mr` rows by `$nv` vectors, compiled with `#[target_feature(enable = $feature)]` (`wide`
/// and `mc` set [`Tile::WIDE`] and [`Tile::MC_WIDE`]; `c_lead` is the number of steps before
/// the end at which the tile's lines of `c` are fetched into L1, 0 for at the start), from the
/// instruction set's `zero`, `load`, `store`, `splat`, `fma` (`a·b + c`) and `add` intrinsics;
/// `direct` names its [`Tile::DIRECT`] kernel, if any; `rows` and `vecs` list the row counts
/// `1..=mr` and vector counts `1..=nv` that get their own instance of a part of the tile
/// ([`Tile::tile_part`]), if any; `depth_loop` names a hand-written
/// depth loop for whole tiles (`unsafe fn(steps, a, b, &mut acc)`, the same fused multiply-adds
/// in the same order), used instead of the compiled one.
macro_rules! tile_kernel {
    (
        $(#[$doc:meta])*
        $name:ident: $t:ty, $vec:ty, lanes $lanes:literal, feature $feature:literal,
        detect $detect:expr, mr $mr:literal, nv $nv:literal, kc $kc:literal, mc $mc:literal,
        nc $nc:literal, $(wide $wide:literal mc $mc_wide:literal,)? zero $zero:path, load $load:path, store $store:path,
        splat $splat:path, fma $fma:path, add $add:path, c_lead $c_lead:literal
        $(, direct $direct:path)? $(, rows [$($rows:literal)*] vecs [$($vecs:literal)*])? $(, depth_loop $depth:path)? $(,)?
    ) => {
        $(#[$doc])*
        pub(crate) struct $name;

        impl $crate::ops::kernel::gemm::microkernel::Tile for $name {
            type T = $t;
            const MR: usize = $mr;
            const NR: usize = $nv * $lanes;
            const KC: usize = $kc;
            const MC: usize = $mc;
            const NC: usize = $nc;
            const LANES: usize = $lanes;
            $(const MC_WIDE: usize = $mc_wide;
            const WIDE: usize = $wide;)?
            $(const DIRECT: Option<$crate::ops::kernel::gemm::direct::BlockFn<$t>> = Some($direct);)?

            fn available() -> bool {
                $detect
            }

            fn pack_a(
                a: $crate::ops::kernel::gemm::pack::Panels<'_, $t>,
                x: (usize, usize),
                p: (usize, usize),
                out: &mut [$t],
            ) {
                a.pack::<$mr>(x, p, out);
            }

            fn pack_b(
                b: $crate::ops::kernel::gemm::pack::Panels<'_, $t>,
                x: (usize, usize),
                p: (usize, usize),
                out: &mut [$t],
            ) {
                b.pack::<{ $nv * $lanes }>(x, p, out);
            }

            #[inline]
            unsafe fn tile(kc: usize, a: *const $t, b: *const $t, c: *mut $t, ldc: usize, overwrite: bool) {
                // SAFETY: the caller guarantees `available()` (the target features) and the
                // pointer ranges `tile` documents, which are exactly those `run` reads and writes.
                unsafe { run::<$mr, $nv>(kc, a, b, c, ldc, overwrite) }
            }

            $(
            #[inline]
            unsafe fn tile_part(
                (rows, vecs): (usize, usize),
                kc: usize,
                a: *const $t,
                b: *const $t,
                c: *mut $t,
                ldc: usize,
                overwrite: bool,
            ) -> bool {
                /// The instance of `rows` rows by `V` vectors, if any.
                fn with_rows<const V: usize>(rows: usize) -> Option<RunFn> {
                    match rows {
                        $($rows => Some(run::<$rows, V>),)*
                        _ => None,
                    }
                }
                let part = match vecs {
                    $($vecs => with_rows::<$vecs>(rows),)*
                    _ => None,
                };
                // SAFETY: as for `tile`, with `c` valid for the `rows × vecs·LANES` elements
                // `run::<rows, vecs>` writes (the caller's contract).
                part.map(|run| unsafe { run(kc, a, b, c, ldc, overwrite) }).is_some()
            }
            )?
        }

        /// The signature of [`run`].
        #[allow(dead_code, reason = "only kernels with part instances name it")]
        type RunFn = unsafe fn(usize, *const $t, *const $t, *mut $t, usize, bool);

        /// The body of the kernel, compiled for its instruction set: the first `R` rows and
        /// `V` vectors of the tile (`R ≤ MR`, `V ≤ NV`; the packed panels hold `MR` and `NR`
        /// elements per step).
        ///
        /// # Safety
        /// As [`Tile::tile`](crate::ops::kernel::gemm::microkernel::Tile::tile), with `c`
        /// valid for an `R × V·LANES` tile.
        #[target_feature(enable = $feature)]
        unsafe fn run<const R: usize, const V: usize>(kc: usize, a: *const $t, b: *const $t, c: *mut $t, ldc: usize, overwrite: bool) {
            // The tile of `c` is read or written only after the `kc` steps. With `c_lead` 0,
            // its lines are asked for into L1 now; else into L2 now and into L1 `c_lead` steps
            // before the end (rows `ldc` apart share L1 sets at power-of-two widths, where
            // lines fetched at the start are evicted by the panels before they are used).
            const C_LEAD: usize = $c_lead;
            const { assert!(R >= 1 && R <= $mr && V >= 1 && V <= $nv) };
            let prefetch_c = |into_l1: bool| {
                use core::arch::x86_64::{_MM_HINT_T0, _MM_HINT_T1, _mm_prefetch};
                for r in 0..R {
                    // SAFETY: prefetching reads nothing and cannot fault; the addresses are
                    // the first and last element of row `r` of the tile.
                    unsafe {
                        let first = c.add(r * ldc);
                        let last = first.add(V * $lanes - 1);
                        if into_l1 {
                            _mm_prefetch::<_MM_HINT_T0>(first.cast());
                            _mm_prefetch::<_MM_HINT_T0>(last.cast());
                        } else {
                            _mm_prefetch::<_MM_HINT_T1>(first.cast());
                            _mm_prefetch::<_MM_HINT_T1>(last.cast());
                        }
                    }
                }
            };
            prefetch_c(C_LEAD == 0);
            let mut acc: [[$vec; V]; R] = [[$zero(); V]; R];
            let mut a = a;
            let mut b = b;
            let early = kc.saturating_sub(C_LEAD);
            for (from, to) in [(0, early), (early, kc)] {
                if C_LEAD > 0 && from == early {
                    prefetch_c(true);
                }
                // Pad to a 64-byte boundary before the loop, so the loop's place in the cache
                // lines no longer depends on where the linker puts the function: the AVX2 kernels'
                // loops then start on the boundary. Left to the linker, the AVX2 `f64` loop began
                // 16, 32 or 48 bytes past it in some builds and ran 5–6 % slower (1024³ and
                // 512³, unchanged code; six builds, alternating runs).
                // SAFETY: an assembler directive: no-op padding that touches no register,
                // memory or flag.
                unsafe { core::arch::asm!(".p2align 6", options(nomem, nostack, preserves_flags)) };
                $(
                if R == $mr && V == $nv {
                    let acc = acc.as_mut_ptr().cast::<[[$vec; $nv]; $mr]>();
                    // SAFETY: `R == MR` and `V == NV`, so `acc` is an `MR × NV` array; `a` and `b` point to
                    // the `to − from` steps left of the packed panels (`MR` and `NR` elements
                    // each); the target features are this function's.
                    unsafe {
                        $depth(to - from, a, b, &mut *acc);
                        a = a.add((to - from) * $mr);
                        b = b.add((to - from) * $nv * $lanes);
                    }
                    continue;
                }
                )?
                for _ in from..to {
                    let mut bv: [$vec; V] = [$zero(); V];
                    for (v, x) in bv.iter_mut().enumerate() {
                        // SAFETY: `b` points into the `kc·NR` packed elements: vector
                        // `v < V ≤ NV` of this step's NR.
                        *x = unsafe { $load(b.add(v * $lanes)) };
                    }
                    for (r, row) in acc.iter_mut().enumerate() {
                        // SAFETY: `a` points into the `kc·MR` packed elements: row `r < R ≤ MR`
                        // of this step's MR.
                        let x = $splat(unsafe { *a.add(r) });
                        for (acc, &y) in row.iter_mut().zip(&bv) {
                            *acc = $fma(x, y, *acc);
                        }
                    }
                    // SAFETY: one step further inside (or one past the end of) the packed panels.
                    unsafe {
                        a = a.add($mr);
                        b = b.add($nv * $lanes);
                    }
                }
            }
            for (r, row) in acc.iter().enumerate() {
                for (v, &sum) in row.iter().enumerate() {
                    // SAFETY: element (r, v·lanes) of the R×V·lanes tile of `c`, and the `lanes`
                    // after it in the same row, are inside the tile the caller vouched for.
                    unsafe {
                        let p = c.add(r * ldc + v * $lanes);
                        let out = if overwrite { sum } else { $add($load(p), sum) };
                        $store(p, out);
                    }
                }
            }
        }
    };
}

pub(super) use tile_kernel;
