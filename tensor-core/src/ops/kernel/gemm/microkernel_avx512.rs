//! AVX-512F micro-kernels: 14 rows × 2 zmm vectors (28 accumulators of the 32 registers).

pub(super) mod f32 {
    use core::arch::x86_64::{
        __m512, _mm512_add_ps, _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_set1_ps, _mm512_setzero_ps,
        _mm512_storeu_ps,
    };
    super::super::microkernel::tile_kernel! {
        /// `f32`, AVX-512F: 14×32 tiles.
        Avx512F32: f32, __m512, lanes 16, feature "avx512f",
        detect crate::ops::kernel::math::Isa::Avx512.is_available(),
        mr 14, nv 2, kc 256, mc 112, nc 2048,
        zero _mm512_setzero_ps, load _mm512_loadu_ps, store _mm512_storeu_ps,
        splat _mm512_set1_ps, fma _mm512_fmadd_ps, add _mm512_add_ps,
    }
}

pub(super) mod f64 {
    use core::arch::x86_64::{
        __m512d, _mm512_add_pd, _mm512_fmadd_pd, _mm512_loadu_pd, _mm512_set1_pd,
        _mm512_setzero_pd, _mm512_storeu_pd,
    };
    super::super::microkernel::tile_kernel! {
        /// `f64`, AVX-512F: 14×16 tiles.
        Avx512F64: f64, __m512d, lanes 8, feature "avx512f",
        detect crate::ops::kernel::math::Isa::Avx512.is_available(),
        mr 14, nv 2, kc 256, mc 112, nc 1024,
        zero _mm512_setzero_pd, load _mm512_loadu_pd, store _mm512_storeu_pd,
        splat _mm512_set1_pd, fma _mm512_fmadd_pd, add _mm512_add_pd,
    }
}
