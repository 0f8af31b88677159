//! AVX2 + FMA micro-kernels: 6 rows × 2 ymm vectors (12 accumulators of the 16 registers).

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
        splat _mm256_set1_ps, fma _mm256_fmadd_ps, add _mm256_add_ps,
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
        mr 6, nv 2, kc 256, mc 96, nc 1024,
        zero _mm256_setzero_pd, load _mm256_loadu_pd, store _mm256_storeu_pd,
        splat _mm256_set1_pd, fma _mm256_fmadd_pd, add _mm256_add_pd,
    }
}
