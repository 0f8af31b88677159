//! AVX2 + FMA micro-kernels: 6 rows × 2 ymm vectors (12 accumulators of the 16 registers).
//!
//! Blocking chosen for real AVX2 machines (Haswell to Zen 3: 256–512 KiB L2, L3 of 8 MiB and
//! up), not only for the AVX-512 Xeon they were timed on (2 MiB L2): the packed `a` block
//! (`MC×KC`, 192 KiB for both types) fits a 256 KiB L2, and the `b` block (`KC×NC`: 2 MiB
//! `f32`, 4 MiB `f64`) lives in L3, as in BLIS's Haswell blocking (`NC` 4080 `f64`). `f64` takes
//! `NC` 2048 rather than 1024 so that a 2048-wide product packs `a` once instead of twice:
//! 2048³ on one thread 0.96–0.99 of the time in three alternating rounds (forced AVX2 on the
//! Xeon); 4×12 tiles (OpenBLAS Haswell's shape, with broadcasts) ran at 0.65× the speed.

pub(super) mod f32 {
    use core::arch::x86_64::{
        __m256, _mm256_add_ps, _mm256_fmadd_ps, _mm256_loadu_ps, _mm256_set1_ps, _mm256_setzero_ps,
        _mm256_storeu_ps,
    };
    super::super::microkernel::tile_kernel! {
        /// `f32`, AVX2 + FMA: 6×16 tiles.
        Avx2F32: f32, __m256, lanes 8, feature "avx2,fma",
        detect crate::ops::kernel::math::Isa::Avx2.is_available(),
        mr 6, nv 2, kc 256, mc 192, nc 2048,
        zero _mm256_setzero_ps, load _mm256_loadu_ps, store _mm256_storeu_ps,
        splat _mm256_set1_ps, fma _mm256_fmadd_ps, add _mm256_add_ps, c_lead 0, rows [1 2 3 4 5 6] vecs [1 2],
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
        splat _mm256_set1_pd, fma _mm256_fmadd_pd, add _mm256_add_pd, c_lead 0, rows [1 2 3 4] vecs [1 2 3],
        depth_loop depth_4x12,
    }

    /// `steps` steps of the 4×12 tile: `acc[r][v] += a[p·4 + r] · b[p·12 + 4v ..]` for each
    /// step `p` in order, one fused multiply-add each, in assembly: the 12 accumulators, the
    /// 3 vectors of `b` and the broadcast element of `a` take all 16 registers, and LLVM's
    /// register allocation of the same loop in Rust kept an accumulator on the stack (1.5× the
    /// time).
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
