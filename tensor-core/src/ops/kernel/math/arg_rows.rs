//! `argmax`/`argmin` along contiguous `f32` rows of one vector up to [`MAX_ROW`] elements, a
//! row at a time in vector registers: the row's extreme by a vector fold (the last vector
//! overlapping the previous one) and a horizontal reduction, then the first lane equal to it
//! from the rows' compare masks joined in one `u64`. AVX-512 (rows of 16 and more) and AVX2
//! (8 and more), chosen with the math kernels' [`Isa`]; the portable path and other rows keep
//! the generic scans of `reduce_kernel`.
//!
//! As NumPy: ties give the first position, and a row holding a NaN gives its first NaN's.

use super::Isa;
use super::same_type::same;

/// Which extreme a kernel looks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Extreme {
    /// `argmax`.
    Max,
    /// `argmin`.
    Min,
}

/// Longest row the kernels take (the compare masks of a row then fit a `u64`).
pub(crate) const MAX_ROW: usize = 64;

/// Whether `isa` has a kernel for rows of `n` on this CPU.
pub(crate) fn supports(isa: Isa, n: usize) -> bool {
    let lanes = match isa {
        Isa::Avx512 => 16,
        Isa::Avx2 => 8,
        Isa::Portable => return false,
    };
    (lanes..=MAX_ROW).contains(&n) && isa.is_available()
}

/// `Some((isa, data as f32))` when `T` is `f32` and `isa`, the [active](super::active_isa)
/// kernels, take rows of `n`: then [`arg_rows`] computes the reduction.
pub(crate) fn rows_for<T: 'static>(data: &[T], n: usize) -> Option<(Isa, &[f32])> {
    let isa = super::active_isa();
    same::<T, f32>(data)
        .filter(|_| supports(isa, n))
        .map(|rows| (isa, rows))
}

/// `out[r]` = the position of the first `which` extreme of row `r` of `data` (rows of `n`), or
/// of its first NaN; on several threads for big inputs (each row is one thread's, so the
/// result does not depend on the split).
///
/// # Panics
/// When `!supports(isa, n)` or `data.len() != out.len() * n`.
#[cfg_attr(not(target_arch = "x86_64"), allow(unused_variables))] // no kernels there
pub(crate) fn arg_rows(isa: Isa, data: &[f32], n: usize, out: &mut [usize], which: Extreme) {
    assert!(supports(isa, n), "no {isa:?} kernel for rows of {n}");
    assert_eq!(data.len(), out.len() * n, "data length disagrees with dims");
    let grain = (crate::ops::reduce_kernel::PAR_GRAIN / n).max(1);
    crate::parallel::for_each_chunk_mut(out, grain, 1, |first, part| {
        let rows = &data[first * n..(first + part.len()) * n];
        match isa {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `supports` checked that the CPU has AVX-512F.
            Isa::Avx512 => unsafe { avx512::arg_rows(rows, n, part, which) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `supports` checked that the CPU has AVX2 (and FMA).
            Isa::Avx2 => unsafe { avx2::arg_rows(rows, n, part, which) },
            _ => unreachable!("checked by `supports`"),
        }
    });
}

/// Position of the first NaN of a row known to hold one.
#[cfg(target_arch = "x86_64")]
fn first_nan(row: &[f32]) -> usize {
    row.iter().position(|x| x.is_nan()).unwrap_or(0)
}

/// The kernel skeleton: `$V` lanes of `$L` floats, `load`, `pick_max`/`pick_min`, `unord`
/// (mask of lanes where either operand is NaN), `eq_mask` (lanes equal, as bits) and `splat_max`
/// / `splat_min` (the horizontal extreme in every lane), under `$feature`.
#[cfg(target_arch = "x86_64")]
macro_rules! arg_rows_kernel {
    ($feature:literal, $L:expr) => {
        /// [`super::arg_rows`] on the calling thread.
        #[target_feature(enable = $feature)]
        pub(super) fn arg_rows(rows: &[f32], n: usize, out: &mut [usize], which: super::Extreme) {
            match which {
                super::Extreme::Max => rows_with::<true>(rows, n, out),
                super::Extreme::Min => rows_with::<false>(rows, n, out),
            }
        }

        /// Rows of `n` (`$L..=MAX_ROW`): vectors at `0, L, 2L, …` and the last at `n − L`.
        #[target_feature(enable = $feature)]
        #[inline]
        fn rows_with<const MAX: bool>(rows: &[f32], n: usize, out: &mut [usize]) {
            let pick = |a, b| if MAX { pick_max(a, b) } else { pick_min(a, b) };
            let last = n - $L;
            // Without it one core reads these rows at a third of the memory bandwidth.
            let mut ahead = crate::ops::kernel::prefetch::Ahead::new(rows);
            for (r, (row, dst)) in rows.chunks_exact(n).zip(out).enumerate() {
                ahead.upto((r + 1) * n);
                let (head, tail) = (load(&row[..$L]), load(&row[last..]));
                let mut m = pick(head, tail);
                let mut nan = unord(head, tail);
                let mut off = $L;
                while off < last {
                    let v = load(&row[off..off + $L]);
                    m = pick(m, v);
                    nan |= unord(v, v);
                    off += $L;
                }
                if nan != 0 {
                    *dst = super::first_nan(row);
                    continue;
                }
                let e = if MAX { splat_max(m) } else { splat_min(m) };
                let mut mask = eq_mask(head, e) | eq_mask(tail, e) << last;
                let mut off = $L;
                while off < last {
                    mask |= eq_mask(load(&row[off..off + $L]), e) << off;
                    off += $L;
                }
                *dst = mask.trailing_zeros() as usize;
            }
        }
    };
}

#[cfg(target_arch = "x86_64")]
mod avx512 {
    use core::arch::x86_64::{
        __m512, _CMP_EQ_OQ, _CMP_UNORD_Q, _mm512_cmp_ps_mask, _mm512_loadu_ps, _mm512_max_ps,
        _mm512_min_ps, _mm512_reduce_max_ps, _mm512_reduce_min_ps, _mm512_set1_ps,
    };

    /// The first 16 floats of `s`.
    #[target_feature(enable = "avx512f")]
    #[inline]
    fn load(s: &[f32]) -> __m512 {
        assert!(s.len() >= 16);
        // SAFETY: `s` holds at least 16 elements (asserted); `loadu` needs no alignment.
        unsafe { _mm512_loadu_ps(s.as_ptr()) }
    }

    #[target_feature(enable = "avx512f")]
    #[inline]
    fn pick_max(a: __m512, b: __m512) -> __m512 {
        _mm512_max_ps(a, b)
    }

    #[target_feature(enable = "avx512f")]
    #[inline]
    fn pick_min(a: __m512, b: __m512) -> __m512 {
        _mm512_min_ps(a, b)
    }

    #[target_feature(enable = "avx512f")]
    #[inline]
    fn unord(a: __m512, b: __m512) -> u16 {
        _mm512_cmp_ps_mask::<_CMP_UNORD_Q>(a, b)
    }

    #[target_feature(enable = "avx512f")]
    #[inline]
    fn eq_mask(a: __m512, b: __m512) -> u64 {
        u64::from(_mm512_cmp_ps_mask::<_CMP_EQ_OQ>(a, b))
    }

    #[target_feature(enable = "avx512f")]
    #[inline]
    fn splat_max(a: __m512) -> __m512 {
        _mm512_set1_ps(_mm512_reduce_max_ps(a))
    }

    #[target_feature(enable = "avx512f")]
    #[inline]
    fn splat_min(a: __m512) -> __m512 {
        _mm512_set1_ps(_mm512_reduce_min_ps(a))
    }

    arg_rows_kernel!("avx512f", 16);
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use core::arch::x86_64::{
        __m128, __m256, _CMP_EQ_OQ, _CMP_UNORD_Q, _mm_max_ps, _mm_min_ps, _mm_movehl_ps,
        _mm_shuffle_ps, _mm256_broadcastss_ps, _mm256_castps256_ps128, _mm256_cmp_ps,
        _mm256_extractf128_ps, _mm256_loadu_ps, _mm256_max_ps, _mm256_min_ps, _mm256_movemask_ps,
    };

    /// The first 8 floats of `s`.
    #[target_feature(enable = "avx2")]
    #[inline]
    fn load(s: &[f32]) -> __m256 {
        assert!(s.len() >= 8);
        // SAFETY: `s` holds at least 8 elements (asserted); `loadu` needs no alignment.
        unsafe { _mm256_loadu_ps(s.as_ptr()) }
    }

    #[target_feature(enable = "avx2")]
    #[inline]
    fn pick_max(a: __m256, b: __m256) -> __m256 {
        _mm256_max_ps(a, b)
    }

    #[target_feature(enable = "avx2")]
    #[inline]
    fn pick_min(a: __m256, b: __m256) -> __m256 {
        _mm256_min_ps(a, b)
    }

    #[target_feature(enable = "avx2")]
    #[inline]
    fn bits(m: __m256) -> u64 {
        u64::from(_mm256_movemask_ps(m).cast_unsigned())
    }

    #[target_feature(enable = "avx2")]
    #[inline]
    fn unord(a: __m256, b: __m256) -> u64 {
        bits(_mm256_cmp_ps::<_CMP_UNORD_Q>(a, b))
    }

    #[target_feature(enable = "avx2")]
    #[inline]
    fn eq_mask(a: __m256, b: __m256) -> u64 {
        bits(_mm256_cmp_ps::<_CMP_EQ_OQ>(a, b))
    }

    /// `pick` of the 8 lanes, in every lane (no NaN among them).
    #[target_feature(enable = "avx2")]
    #[inline]
    fn splat(a: __m256, pick: impl Fn(__m128, __m128) -> __m128) -> __m256 {
        let h = pick(_mm256_castps256_ps128(a), _mm256_extractf128_ps::<1>(a));
        let h = pick(h, _mm_movehl_ps(h, h));
        let h = pick(h, _mm_shuffle_ps::<0b01>(h, h));
        _mm256_broadcastss_ps(h)
    }

    #[target_feature(enable = "avx2")]
    #[inline]
    fn splat_max(a: __m256) -> __m256 {
        splat(a, |a, b| _mm_max_ps(a, b))
    }

    #[target_feature(enable = "avx2")]
    #[inline]
    fn splat_min(a: __m256) -> __m256 {
        splat(a, |a, b| _mm_min_ps(a, b))
    }

    arg_rows_kernel!("avx2", 8);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SeededRng;
    use std::vec::Vec;

    /// The NumPy rule by a plain scan: the first NaN, else the first extreme.
    #[allow(clippy::float_cmp)]
    fn naive(row: &[f32], which: Extreme) -> usize {
        if let Some(k) = row.iter().position(|x| x.is_nan()) {
            return k;
        }
        let better = |x: f32, b: f32| match which {
            Extreme::Max => x > b,
            Extreme::Min => x < b,
        };
        (1..row.len()).fold(0, |at, k| if better(row[k], row[at]) { k } else { at })
    }

    /// Every available kernel against the scan: every row length it takes, ties (few distinct
    /// values, ±0), NaNs now and then (at the row's ends too), infinities, and enough rows for a
    /// split across threads.
    #[test]
    fn kernels_match_a_scan() {
        let mut rng = SeededRng::new(33);
        let isas: Vec<Isa> = Isa::ALL.into_iter().filter(|&i| supports(i, 16)).collect();
        for n in 1..=MAX_ROW + 1 {
            let rows = if n == 20 { 8000 } else { 37 }; // 8000 rows of 20: two threads
            let data: Vec<f32> = (0..rows * n)
                .map(|_| match rng.below(100) {
                    0 => f32::NAN,
                    1 => f32::INFINITY,
                    2 => f32::NEG_INFINITY,
                    3 => -0.0,
                    v => f32::from(u8::try_from(v % 9).unwrap()) - 4.0,
                })
                .collect();
            for which in [Extreme::Max, Extreme::Min] {
                let want: Vec<usize> = data.chunks_exact(n).map(|r| naive(r, which)).collect();
                for &isa in &isas {
                    if !supports(isa, n) {
                        continue;
                    }
                    crate::parallel::with_max_threads(2, || {
                        let mut got = std::vec![usize::MAX; rows];
                        arg_rows(isa, &data, n, &mut got, which);
                        assert_eq!(got, want, "{isa:?} {which:?} n = {n}");
                    });
                }
            }
        }
        assert!(!supports(Isa::Portable, 20) && !supports(Isa::detected(), MAX_ROW + 1));
    }

    /// Rows whose extreme or NaN sits in each position, alone: the masks' offsets are right.
    #[test]
    fn every_position_is_found() {
        for isa in Isa::ALL.into_iter().filter(|&i| supports(i, MAX_ROW)) {
            for n in [8, 16, 20, 24, 31, 33, 48, 64] {
                if !supports(isa, n) {
                    continue;
                }
                for k in 0..n {
                    for (which, special) in [
                        (Extreme::Max, 1.0),
                        (Extreme::Min, -1.0),
                        (Extreme::Max, f32::NAN),
                        (Extreme::Min, f32::NAN),
                    ] {
                        let mut row = std::vec![0.5f32; n];
                        row[k] = special;
                        let mut got = [usize::MAX];
                        arg_rows(isa, &row, n, &mut got, which);
                        assert_eq!(got[0], k, "{isa:?} {which:?} n = {n}, {special} at {k}");
                    }
                }
            }
        }
    }
}
