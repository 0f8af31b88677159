//! AVX-512F vocabulary (16 `f32` / 8 `f64` lanes) for the shared algorithms in `algo_f32.rs`
//! and `algo_f64.rs`. Every function requires `avx512f`, checked by the dispatcher.

use super::Func;
use core::arch::x86_64::{
    __m512, __m512d, __m512i, __mmask8, __mmask16, _CMP_EQ_OQ, _CMP_LT_OQ, _CMP_UNORD_Q,
    _mm512_add_epi32, _mm512_add_epi64, _mm512_add_pd, _mm512_add_ps, _mm512_and_si512,
    _mm512_castpd_si512, _mm512_castps_si512, _mm512_castsi512_pd, _mm512_castsi512_ps,
    _mm512_cmp_pd_mask, _mm512_cmp_ps_mask, _mm512_div_pd, _mm512_fmadd_pd, _mm512_fmadd_ps,
    _mm512_fnmadd_ps, _mm512_loadu_pd, _mm512_loadu_ps, _mm512_mask_blend_pd, _mm512_mask_blend_ps,
    _mm512_max_pd, _mm512_max_ps, _mm512_min_pd, _mm512_min_ps, _mm512_mul_pd, _mm512_mul_ps,
    _mm512_or_si512, _mm512_permutex2var_ps, _mm512_rcp14_ps, _mm512_set1_epi32, _mm512_set1_epi64,
    _mm512_set1_pd, _mm512_set1_ps, _mm512_slli_epi32, _mm512_slli_epi64, _mm512_sqrt_pd,
    _mm512_sqrt_ps, _mm512_srli_epi32, _mm512_srli_epi64, _mm512_storeu_pd, _mm512_storeu_ps,
    _mm512_sub_pd, _mm512_sub_ps,
};

/// `f32` lanes.
pub(super) mod f32s {
    #[allow(clippy::wildcard_imports)]
    use super::*;
    type E = f32;
    type V = __m512;
    type I = __m512i;
    type M = __mmask16;
    const N: usize = 16;

    /// Loads `N` lanes from the start of `s`.
    #[target_feature(enable = "avx512f")]
    #[inline]
    fn load(s: &[E]) -> V {
        assert!(s.len() >= N);
        // SAFETY: `s` holds at least `N` elements (asserted); `loadu` needs no alignment.
        unsafe { _mm512_loadu_ps(s.as_ptr()) }
    }

    /// Stores `N` lanes at the start of `d`.
    #[target_feature(enable = "avx512f")]
    #[inline]
    fn store(d: &mut [E], v: V) {
        assert!(d.len() >= N);
        // SAFETY: `d` holds at least `N` elements (asserted); `storeu` needs no alignment.
        unsafe { _mm512_storeu_ps(d.as_mut_ptr(), v) }
    }

    vocabulary! {
        [#[target_feature(enable = "avx512f")]]
        splat(x: E) -> V = _mm512_set1_ps(x);
        add(a: V, b: V) -> V = _mm512_add_ps(a, b);
        sub(a: V, b: V) -> V = _mm512_sub_ps(a, b);
        mul(a: V, b: V) -> V = _mm512_mul_ps(a, b);
        // `a / b` for finite non-zero `b` without the slow divider: a 14-bit reciprocal, the
        // quotient, one Newton correction with an exact FMA residual (within 0.51 ulp).
        div(a: V, b: V) -> V = {
            let r = _mm512_rcp14_ps(b);
            let q = _mm512_mul_ps(a, r);
            _mm512_fmadd_ps(r, _mm512_fnmadd_ps(b, q, a), q)
        };
        fma(a: V, b: V, c: V) -> V = _mm512_fmadd_ps(a, b, c);
        min(a: V, b: V) -> V = _mm512_min_ps(a, b);
        max(a: V, b: V) -> V = _mm512_max_ps(a, b);
        sqrt(a: V) -> V = _mm512_sqrt_ps(a);
        lt(a: V, b: V) -> M = _mm512_cmp_ps_mask::<_CMP_LT_OQ>(a, b);
        eq(a: V, b: V) -> M = _mm512_cmp_ps_mask::<_CMP_EQ_OQ>(a, b);
        is_nan(a: V) -> M = _mm512_cmp_ps_mask::<_CMP_UNORD_Q>(a, a);
        select(m: M, a: V, b: V) -> V = _mm512_mask_blend_ps(m, b, a);
        bits(a: V) -> I = _mm512_castps_si512(a);
        from_bits(a: I) -> V = _mm512_castsi512_ps(a);
        isplat(x: u32) -> I = _mm512_set1_epi32(x.cast_signed());
        iadd(a: I, b: I) -> I = _mm512_add_epi32(a, b);
        iand(a: I, b: I) -> I = _mm512_and_si512(a, b);
        ior(a: I, b: I) -> I = _mm512_or_si512(a, b);
        shl_mantissa(a: I) -> I = _mm512_slli_epi32::<23>(a);
        shr_mantissa(a: I) -> I = _mm512_srli_epi32::<23>(a);
        // Lane `i` gets `table[idx[i] % 32]`: one two-register permute.
        lookup(table: &[E; 32], idx: I) -> V =
            _mm512_permutex2var_ps(load(&table[..N]), idx, load(&table[N..]));
        tanh(x: V) -> V = tanh_by_table(x);
    }

    f32_kernels!(#[target_feature(enable = "avx512f")]);
    f32_tanh_table!(#[target_feature(enable = "avx512f")]);
}

/// `f64` lanes.
pub(super) mod f64s {
    #[allow(clippy::wildcard_imports)]
    use super::*;
    type E = f64;
    type V = __m512d;
    type I = __m512i;
    type M = __mmask8;
    const N: usize = 8;

    /// Loads `N` lanes from the start of `s`.
    #[target_feature(enable = "avx512f")]
    #[inline]
    fn load(s: &[E]) -> V {
        assert!(s.len() >= N);
        // SAFETY: `s` holds at least `N` elements (asserted); `loadu` needs no alignment.
        unsafe { _mm512_loadu_pd(s.as_ptr()) }
    }

    /// Stores `N` lanes at the start of `d`.
    #[target_feature(enable = "avx512f")]
    #[inline]
    fn store(d: &mut [E], v: V) {
        assert!(d.len() >= N);
        // SAFETY: `d` holds at least `N` elements (asserted); `storeu` needs no alignment.
        unsafe { _mm512_storeu_pd(d.as_mut_ptr(), v) }
    }

    vocabulary! {
        [#[target_feature(enable = "avx512f")]]
        splat(x: E) -> V = _mm512_set1_pd(x);
        add(a: V, b: V) -> V = _mm512_add_pd(a, b);
        sub(a: V, b: V) -> V = _mm512_sub_pd(a, b);
        mul(a: V, b: V) -> V = _mm512_mul_pd(a, b);
        div(a: V, b: V) -> V = _mm512_div_pd(a, b);
        fma(a: V, b: V, c: V) -> V = _mm512_fmadd_pd(a, b, c);
        min(a: V, b: V) -> V = _mm512_min_pd(a, b);
        max(a: V, b: V) -> V = _mm512_max_pd(a, b);
        sqrt(a: V) -> V = _mm512_sqrt_pd(a);
        lt(a: V, b: V) -> M = _mm512_cmp_pd_mask::<_CMP_LT_OQ>(a, b);
        eq(a: V, b: V) -> M = _mm512_cmp_pd_mask::<_CMP_EQ_OQ>(a, b);
        is_nan(a: V) -> M = _mm512_cmp_pd_mask::<_CMP_UNORD_Q>(a, a);
        select(m: M, a: V, b: V) -> V = _mm512_mask_blend_pd(m, b, a);
        bits(a: V) -> I = _mm512_castpd_si512(a);
        from_bits(a: I) -> V = _mm512_castsi512_pd(a);
        isplat(x: u64) -> I = _mm512_set1_epi64(x.cast_signed());
        iadd(a: I, b: I) -> I = _mm512_add_epi64(a, b);
        iand(a: I, b: I) -> I = _mm512_and_si512(a, b);
        ior(a: I, b: I) -> I = _mm512_or_si512(a, b);
        shl_mantissa(a: I) -> I = _mm512_slli_epi64::<52>(a);
        shr_mantissa(a: I) -> I = _mm512_srli_epi64::<52>(a);
    }

    f64_kernels!(#[target_feature(enable = "avx512f")]);
}
