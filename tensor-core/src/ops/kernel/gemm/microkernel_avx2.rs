//! AVX2 + FMA micro-kernels: `f32` 6 rows × 2 ymm vectors, `f64` 4 rows × 3 ymm vectors (12
//! accumulators of the 16 registers each).
//!
//! Blocking chosen for real AVX2 machines (Haswell to Zen 3: 256–512 KiB L2, 32 KiB L1d, L3 of
//! 8 MiB and up), not only for the AVX-512 Xeon they were timed on (2 MiB L2, 48 KiB L1d): the
//! packed `a` block (`MC×KC`: 96 KiB `f32`, 192 KiB `f32` beside a wide `b` and `f64`) fits a
//! 256 KiB L2, the `b` panel (`KC×NR`: 16 KiB `f32`, 24 KiB `f64`, as OpenBLAS's Haswell
//! `dgemm` keeps in L1) a 32 KiB L1, and the `b` block (`KC×NC`: 2 MiB `f32`, 4 MiB `f64`)
//! lives in L3, as in BLIS's Haswell blocking (`NC` 4080 `f64`). `NC` holds 2048 columns, so
//! that a 2048-wide product packs `a` once (`f64`: 2048³ on one thread 0.96–0.99 of the time
//! of `NC` 1024).
//!
//! Measured with the AVX2 kernels forced on the Xeon (one thread, old and new builds
//! alternated in one window, medians of 6 rounds unless noted; the machine shared, so ±2 %):
//! - **`f64` 4×12** (OpenBLAS Haswell's `dgemm` shape: per step 3 vectors of `b` and 4
//!   broadcasts for 12 fused multiply-adds, against 2 and 6 for 6×8, and 4 elements of `a`
//!   streamed from L2 instead of 6): 0.98 of the time of 6×8 on 512³ and 1024³, 0.975 on 2048³,
//!   0.97 on 64×784·784×128. The same loop compiled from Rust ran at 1.5× the time (LLVM kept an
//!   accumulator on the stack), hence `depth_4x12` in assembly; unrolled 4 times it was no
//!   faster. `f32` 4×24 (the same loop, 24 KiB of `b`) was 0.3–0.8 % slower on 512³–2048³ and
//!   5 % on 64×784·784×128, so `f32` stays 6×16.
//! - **Partial tiles** in whole vectors get their own instance ([`Tile::tile_part`]): the last 4
//!   rows of a batch of 64 (`f32` 6-row tiles) and the last 8 columns of 128 (`f64` 12-column
//!   tiles) no longer compute a whole tile into a buffer. 64×784·784×128: `f32` 0.98, `f64` 0.97
//!   (6-row tiles, rows only).
//! - **`f32` row block 192 beside more than 1024 columns of `b`** (`a` block 192 KiB, as
//!   `f64`'s): 2048³ 0.975–0.986 in three windows (each panel of `b` comes from L3 once per row
//!   block). 192 rows for every product made 512³ 1–2 % slower on the Xeon, whose L2 holds
//!   `b` there, so 512³ and 1024³ keep 96.
//! - **Against OpenBLAS 0.3.31's Haswell kernels** (NumPy with `OPENBLAS_CORETYPE=Haswell`, one
//!   thread; same window, 6 alternating rounds, medians of the per-round ratios): `f32` 512³
//!   0.95, 1024³ 0.94, 2048³ 0.98, 64×784·784×128 0.95; `f64` 0.97, 0.97, 0.97 and 0.90 (before
//!   these changes: 0.98, 0.98, 1.025, 1.023 and 1.005, 1.007, 1.025, 0.99).
//! - Tried and dropped: `KC` 320 and 384 for `f32` (±1 %); row blocks 144 and 168 (within the
//!   noise); a prefetch of the next panel of `b` into L2 spread over the tiles of the current
//!   one (`f32` 1–2 % slower, `f64` 0–2.5 % faster, 4 rounds); a prefetch of `a` 512 bytes
//!   ahead in the depth loop (2048³ `f64` 0.98 but 64×784·784×128 2–3 % slower); the packing
//!   compiled for AVX2 (64×784·784×128 0.4–0.7 % slower).
//!
//! [`Tile::tile_part`]: super::microkernel::Tile::tile_part

pub(super) mod f32 {
    use core::arch::x86_64::{
        __m256, _mm256_add_ps, _mm256_fmadd_ps, _mm256_loadu_ps, _mm256_set1_ps, _mm256_setzero_ps,
        _mm256_storeu_ps,
    };
    super::super::microkernel::tile_kernel! {
        /// `f32`, AVX2 + FMA: 6×16 tiles.
        Avx2F32: f32, __m256, lanes 8, feature "avx2,fma",
        detect crate::ops::kernel::math::Isa::Avx2.is_available(),
        mr 6, nv 2, kc 256, mc 96, nc 2048, wide 1024 mc 192,
        zero _mm256_setzero_ps, load _mm256_loadu_ps, store _mm256_storeu_ps,
        splat _mm256_set1_ps, fma _mm256_fmadd_ps, add _mm256_add_ps, c_lead 0,
        rows [1 2 3 4 5 6] vecs [1 2],
    }
}

pub(super) mod f64 {
    use core::arch::x86_64::{
        __m256d, _mm256_add_pd, _mm256_fmadd_pd, _mm256_loadu_pd, _mm256_set1_pd,
        _mm256_setzero_pd, _mm256_storeu_pd,
    };
    super::super::microkernel::tile_kernel! {
        /// `f64`, AVX2 + FMA: 4×12 tiles.
        Avx2F64: f64, __m256d, lanes 4, feature "avx2,fma",
        detect crate::ops::kernel::math::Isa::Avx2.is_available(),
        mr 4, nv 3, kc 256, mc 96, nc 2052,
        zero _mm256_setzero_pd, load _mm256_loadu_pd, store _mm256_storeu_pd,
        splat _mm256_set1_pd, fma _mm256_fmadd_pd, add _mm256_add_pd, c_lead 0,
        rows [1 2 3 4] vecs [1 2 3], depth_loop depth_4x12,
    }

    /// `steps` steps of the 4×12 tile of [`Avx2F64`], in assembly: `acc[r][v] += a[p·4 + r] ·
    /// b[p·12 + 4v ..]` for each step `p` in order, one fused multiply-add each, as the compiled
    /// loop of the other kernels. The 12 accumulators, the 3 vectors of `b` and the broadcast
    /// element of `a` take all 16 registers; LLVM's register allocation of the same loop in
    /// Rust kept an accumulator on the stack (1.5× the time).
    ///
    /// # Safety
    /// AVX2 and FMA are available; `a` points to `steps·4` readable elements, `b` to
    /// `steps·12`.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn depth_4x12(steps: usize, a: *const f64, b: *const f64, acc: &mut [[__m256d; 3]; 4]) {
        if steps == 0 {
            return;
        }
        let [
            [mut c00, mut c01, mut c02],
            [mut c10, mut c11, mut c12],
            [mut c20, mut c21, mut c22],
            [mut c30, mut c31, mut c32],
        ] = *acc;
        // SAFETY: reads `steps` steps of 4 elements at `a` and 12 at `b` (the caller's
        // contract), writes only the named registers and the flags.
        unsafe {
            core::arch::asm!(
                ".p2align 6",
                "2:",
                "vmovupd {b0}, ymmword ptr [{b}]",
                "vmovupd {b1}, ymmword ptr [{b} + 32]",
                "vmovupd {b2}, ymmword ptr [{b} + 64]",
                "vbroadcastsd {x}, qword ptr [{a}]",
                "vfmadd231pd {c00}, {x}, {b0}",
                "vfmadd231pd {c01}, {x}, {b1}",
                "vfmadd231pd {c02}, {x}, {b2}",
                "vbroadcastsd {x}, qword ptr [{a} + 8]",
                "vfmadd231pd {c10}, {x}, {b0}",
                "vfmadd231pd {c11}, {x}, {b1}",
                "vfmadd231pd {c12}, {x}, {b2}",
                "vbroadcastsd {x}, qword ptr [{a} + 16]",
                "vfmadd231pd {c20}, {x}, {b0}",
                "vfmadd231pd {c21}, {x}, {b1}",
                "vfmadd231pd {c22}, {x}, {b2}",
                "vbroadcastsd {x}, qword ptr [{a} + 24]",
                "vfmadd231pd {c30}, {x}, {b0}",
                "vfmadd231pd {c31}, {x}, {b1}",
                "vfmadd231pd {c32}, {x}, {b2}",
                "add {a}, 32",
                "add {b}, 96",
                "dec {k}",
                "jnz 2b",
                a = inout(reg) a => _,
                b = inout(reg) b => _,
                k = inout(reg) steps => _,
                b0 = out(ymm_reg) _,
                b1 = out(ymm_reg) _,
                b2 = out(ymm_reg) _,
                x = out(ymm_reg) _,
                c00 = inout(ymm_reg) c00,
                c01 = inout(ymm_reg) c01,
                c02 = inout(ymm_reg) c02,
                c10 = inout(ymm_reg) c10,
                c11 = inout(ymm_reg) c11,
                c12 = inout(ymm_reg) c12,
                c20 = inout(ymm_reg) c20,
                c21 = inout(ymm_reg) c21,
                c22 = inout(ymm_reg) c22,
                c30 = inout(ymm_reg) c30,
                c31 = inout(ymm_reg) c31,
                c32 = inout(ymm_reg) c32,
                options(nostack, readonly),
            );
        }
        *acc = [
            [c00, c01, c02],
            [c10, c11, c12],
            [c20, c21, c22],
            [c30, c31, c32],
        ];
    }
}
