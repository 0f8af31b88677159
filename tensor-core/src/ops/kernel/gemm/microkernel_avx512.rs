//! AVX-512F micro-kernels: `f32` 8 rows × 2 zmm vectors (16 accumulators), `f64` 6 rows × 4
//! zmm vectors (24 accumulators, 29 of the 32 registers in use).
//!
//! The `f32` shape was measured, not derived: on the 2-core Sapphire Rapids Xeon of the benches,
//! alternating runs of the two builds, 8×32 took 0.72–0.81 of the time of the earlier 14×32 on
//! every size from 64³ to 2048³ and on the skinny MLP products, one thread and two (for example
//! 2048³ on one thread 94.8 against 124.4 ms). For `f64`, 6×32 took 0.85–0.95 of the time of
//! the earlier 14×16 on 64³ and 64×128·128×784 (fewer wasted rows at batch sizes of 64: 66
//! computed rows against 70) and 0.92–1.0 on 1024³ and 2048³, in three alternating rounds on
//! one thread; 8×24 was between the two, and 8×16 0–7 % slower than 14×16.
//!
//! Measured later for `f32` on the same machine (2048³ on one thread, alternating builds, the
//! machine shared): 8×48 (24 accumulators, the shape of OpenBLAS's kernel) 4–11 % slower than
//! 8×32, also with `KC` 128; 12×32 (24 accumulators) the same on 512³–2048³ but 6–17 % slower on
//! 256³ and 64×784·784×128 (72 computed rows for 64); 6×64 with `KC` 256 0.95–0.98 on 2048³
//! but 3–4 % slower on 64×784·784×128. Fetching the tile of `c` into L1 24 steps before the end
//! (`c_lead`, after a fetch into L2 at the start) took 1024³ and 2048³ to 0.95–0.99 of the time
//! of a fetch into L1 at the start, other sizes unchanged (within ±2 %); `f64` gained nothing
//! from it and keeps the fetch at the start.
//!
//! `f64` 2048³, looked at again (one thread; each change built separately and alternated with
//! the unchanged build in one window, medians of 6–12 rounds whose single ratios spread ±5 %):
//! the compiled depth loop keeps its 24 accumulators, 4 vectors of `b` and the broadcasts in
//! registers with no stack access (no assembly loop needed, unlike AVX2 `f64`); 94 % of the
//! kernel's samples fall in that loop and 4.5 % in writing the tile of `c`, the packing takes
//! ~4 % of the product. The kernel runs at 96–100 GFLOP/s from 256³ to 2048³, where 24
//! independent FMA chains reach 120. Nothing tried beat the kernel as it is by more than the
//! noise without a loss elsewhere: instances for partial tiles (`rows`/`vecs`) 0.98 on 2048³
//! but 1.02 on 784×64·64×128 and 1.006–1.011 on 256³–1024³; `NC` 2048 0.98, 0.98 and 1.03 in
//! three windows; `KC` 384 or 512 (`NC` 1024 or 2048) 0.96–1.04 depending on the window; `KC`
//! 128 with `MC` 240 1.10, `KC` 192 with `MC` 162 1.05; 12×16 tiles (OpenBLAS's 16×12 `dgemm`
//! shape mirrored, a 32 KiB panel of `b`) 1.05–1.07; a prefetch of `b` 4, 8 or 16 steps ahead in
//! the loop 1.01–1.04; `c_lead` 24 0.99; panels of `a` outside those of `b` (the `b` block in L2:
//! `NC` 256–512) 0.99–1.03. Against OpenBLAS 0.3.31 (NumPy, its own kernel choice) in the same
//! window: 0.989 on one thread, 0.992 on two.

pub(super) mod f32 {
    use core::arch::x86_64::{
        __m512, _mm512_add_ps, _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_set1_ps, _mm512_setzero_ps,
        _mm512_storeu_ps,
    };
    super::super::microkernel::tile_kernel! {
        /// `f32`, AVX-512F: 8×32 tiles.
        Avx512F32: f32, __m512, lanes 16, feature "avx512f",
        detect crate::ops::kernel::math::Isa::Avx512.is_available(),
        mr 8, nv 2, kc 256, mc 112, nc 2048, wide 1024 mc 448,
        zero _mm512_setzero_ps, load _mm512_loadu_ps, store _mm512_storeu_ps,
        splat _mm512_set1_ps, fma _mm512_fmadd_ps, add _mm512_add_ps, c_lead 24,
        direct super::super::direct::f32::block,
    }
}

pub(super) mod f64 {
    use core::arch::x86_64::{
        __m512d, _mm512_add_pd, _mm512_fmadd_pd, _mm512_loadu_pd, _mm512_set1_pd,
        _mm512_setzero_pd, _mm512_storeu_pd,
    };
    super::super::microkernel::tile_kernel! {
        /// `f64`, AVX-512F: 6×32 tiles.
        Avx512F64: f64, __m512d, lanes 8, feature "avx512f",
        detect crate::ops::kernel::math::Isa::Avx512.is_available(),
        mr 6, nv 4, kc 256, mc 120, nc 1024,
        zero _mm512_setzero_pd, load _mm512_loadu_pd, store _mm512_storeu_pd,
        splat _mm512_set1_pd, fma _mm512_fmadd_pd, add _mm512_add_pd, c_lead 0,
        direct super::super::direct::f64::block,
    }
}
