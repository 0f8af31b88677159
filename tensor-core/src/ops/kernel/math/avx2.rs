//! AVX2 + FMA vocabulary (8 `f32` / 4 `f64` lanes) for the shared algorithms in `algo_f32.rs`
//! and `algo_f64.rs`. Every function requires `avx2` and `fma`, checked by the dispatcher.

use super::Func;
use core::arch::x86_64::{
    __m256, __m256d, __m256i, _CMP_EQ_OQ, _CMP_LT_OQ, _CMP_UNORD_Q, _mm256_add_epi32,
    _mm256_add_epi64, _mm256_add_pd, _mm256_add_ps, _mm256_and_si256, _mm256_blendv_pd,
    _mm256_blendv_ps, _mm256_castpd_si256, _mm256_castps_si256, _mm256_castsi256_pd,
    _mm256_castsi256_ps, _mm256_cmp_pd, _mm256_cmp_ps, _mm256_div_pd, _mm256_fmadd_pd,
    _mm256_fmadd_ps, _mm256_fnmadd_ps, _mm256_loadu_pd, _mm256_loadu_ps, _mm256_max_pd,
    _mm256_max_ps, _mm256_min_pd, _mm256_min_ps, _mm256_mul_pd, _mm256_mul_ps, _mm256_or_si256,
    _mm256_rcp_ps, _mm256_set1_epi32, _mm256_set1_epi64x, _mm256_set1_pd, _mm256_set1_ps,
    _mm256_slli_epi32, _mm256_slli_epi64, _mm256_sqrt_pd, _mm256_sqrt_ps, _mm256_srli_epi32,
    _mm256_srli_epi64, _mm256_storeu_pd, _mm256_storeu_ps, _mm256_sub_pd, _mm256_sub_ps,
};

/// `f32` lanes.
pub(super) mod f32s {
    #[allow(clippy::wildcard_imports)]
    use super::*;
    type E = f32;
    type V = __m256;
    type I = __m256i;
    type M = __m256;
    const N: usize = 8;

    /// Loads `N` lanes from the start of `s`.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn load(s: &[E]) -> V {
        assert!(s.len() >= N);
        // SAFETY: `s` holds at least `N` elements (asserted); `loadu` needs no alignment.
        unsafe { _mm256_loadu_ps(s.as_ptr()) }
    }

    /// Stores `N` lanes at the start of `d`.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn store(d: &mut [E], v: V) {
        assert!(d.len() >= N);
        // SAFETY: `d` holds at least `N` elements (asserted); `storeu` needs no alignment.
        unsafe { _mm256_storeu_ps(d.as_mut_ptr(), v) }
    }

    vocabulary! {
        [#[target_feature(enable = "avx2,fma")]]
        splat(x: E) -> V = _mm256_set1_ps(x);
        add(a: V, b: V) -> V = _mm256_add_ps(a, b);
        sub(a: V, b: V) -> V = _mm256_sub_ps(a, b);
        mul(a: V, b: V) -> V = _mm256_mul_ps(a, b);
        // `a / b` for finite non-zero `b` without the slow divider: a 12-bit reciprocal, one
        // Newton step on it, the quotient, one Newton correction with an exact FMA residual.
        div(a: V, b: V) -> V = {
            let r = _mm256_rcp_ps(b);
            let r = _mm256_fmadd_ps(r, _mm256_fnmadd_ps(b, r, _mm256_set1_ps(1.0)), r);
            let q = _mm256_mul_ps(a, r);
            _mm256_fmadd_ps(r, _mm256_fnmadd_ps(b, q, a), q)
        };
        fma(a: V, b: V, c: V) -> V = _mm256_fmadd_ps(a, b, c);
        min(a: V, b: V) -> V = _mm256_min_ps(a, b);
        max(a: V, b: V) -> V = _mm256_max_ps(a, b);
        sqrt(a: V) -> V = _mm256_sqrt_ps(a);
        lt(a: V, b: V) -> M = _mm256_cmp_ps::<_CMP_LT_OQ>(a, b);
        eq(a: V, b: V) -> M = _mm256_cmp_ps::<_CMP_EQ_OQ>(a, b);
        is_nan(a: V) -> M = _mm256_cmp_ps::<_CMP_UNORD_Q>(a, a);
        select(m: M, a: V, b: V) -> V = _mm256_blendv_ps(b, a, m);
        bits(a: V) -> I = _mm256_castps_si256(a);
        from_bits(a: I) -> V = _mm256_castsi256_ps(a);
        isplat(x: u32) -> I = _mm256_set1_epi32(x.cast_signed());
        iadd(a: I, b: I) -> I = _mm256_add_epi32(a, b);
        iand(a: I, b: I) -> I = _mm256_and_si256(a, b);
        ior(a: I, b: I) -> I = _mm256_or_si256(a, b);
        shl_mantissa(a: I) -> I = _mm256_slli_epi32::<23>(a);
        shr_mantissa(a: I) -> I = _mm256_srli_epi32::<23>(a);
        tanh(x: V) -> V = tanh_by_exp(x);
    }

    f32_kernels!(#[target_feature(enable = "avx2,fma")]);
}

/// `f64` lanes.
pub(super) mod f64s {
    #[allow(clippy::wildcard_imports)]
    use super::*;
    type E = f64;
    type V = __m256d;
    type I = __m256i;
    type M = __m256d;
    const N: usize = 4;

    /// Loads `N` lanes from the start of `s`.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn load(s: &[E]) -> V {
        assert!(s.len() >= N);
        // SAFETY: `s` holds at least `N` elements (asserted); `loadu` needs no alignment.
        unsafe { _mm256_loadu_pd(s.as_ptr()) }
    }

    /// Stores `N` lanes at the start of `d`.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn store(d: &mut [E], v: V) {
        assert!(d.len() >= N);
        // SAFETY: `d` holds at least `N` elements (asserted); `storeu` needs no alignment.
        unsafe { _mm256_storeu_pd(d.as_mut_ptr(), v) }
    }

    vocabulary! {
        [#[target_feature(enable = "avx2,fma")]]
        splat(x: E) -> V = _mm256_set1_pd(x);
        add(a: V, b: V) -> V = _mm256_add_pd(a, b);
        sub(a: V, b: V) -> V = _mm256_sub_pd(a, b);
        mul(a: V, b: V) -> V = _mm256_mul_pd(a, b);
        div(a: V, b: V) -> V = _mm256_div_pd(a, b);
        fma(a: V, b: V, c: V) -> V = _mm256_fmadd_pd(a, b, c);
        min(a: V, b: V) -> V = _mm256_min_pd(a, b);
        max(a: V, b: V) -> V = _mm256_max_pd(a, b);
        sqrt(a: V) -> V = _mm256_sqrt_pd(a);
        lt(a: V, b: V) -> M = _mm256_cmp_pd::<_CMP_LT_OQ>(a, b);
        eq(a: V, b: V) -> M = _mm256_cmp_pd::<_CMP_EQ_OQ>(a, b);
        is_nan(a: V) -> M = _mm256_cmp_pd::<_CMP_UNORD_Q>(a, a);
        select(m: M, a: V, b: V) -> V = _mm256_blendv_pd(b, a, m);
        bits(a: V) -> I = _mm256_castpd_si256(a);
        from_bits(a: I) -> V = _mm256_castsi256_pd(a);
        isplat(x: u64) -> I = _mm256_set1_epi64x(x.cast_signed());
        iadd(a: I, b: I) -> I = _mm256_add_epi64(a, b);
        iand(a: I, b: I) -> I = _mm256_and_si256(a, b);
        ior(a: I, b: I) -> I = _mm256_or_si256(a, b);
        shl_mantissa(a: I) -> I = _mm256_slli_epi64::<52>(a);
        shr_mantissa(a: I) -> I = _mm256_srli_epi64::<52>(a);
    }

    f64_kernels!(#[target_feature(enable = "avx2,fma")]);
}
