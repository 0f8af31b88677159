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
        mr 6, nv 2, kc 256, mc 96, nc 2048,
        zero _mm256_setzero_ps, load _mm256_loadu_ps, store _mm256_storeu_ps,
        splat _mm256_set1_ps, fma _mm256_fmadd_ps, add _mm256_add_ps, c_lead 0, rows [1 2 3 4 5],
    }
}

pub(super) mod f64 {
    use core::arch::x86_64::{
        __m256d, _mm256_add_pd, _mm256_fmadd_pd, _mm256_loadu_pd, _mm256_set1_pd,
        _mm256_setzero_pd, _mm256_storeu_pd,
    };
    super::super::microkernel::tile_kernel! {
        /// `f64`, AVX2 + FMA: 6×8 tiles.
        Avx2F64: f64, __m256d, lanes 4, feature "avx2,fma",
        detect crate::ops::kernel::math::Isa::Avx2.is_available(),
        mr 6, nv 2, kc 256, mc 96, nc 2048,
        zero _mm256_setzero_pd, load _mm256_loadu_pd, store _mm256_storeu_pd,
        splat _mm256_set1_pd, fma _mm256_fmadd_pd, add _mm256_add_pd, c_lead 0, rows [1 2 3 4 5],
    }
}
