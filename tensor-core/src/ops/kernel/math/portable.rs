//! Portable vocabulary for the shared algorithms in `algo_f32.rs` and `algo_f64.rs`: fixed-size
//! arrays with elementwise loops that LLVM vectorizes for the build's baseline (SSE2 on `x86_64`,
//! NEON on aarch64). No intrinsics, no `std`; `fma` is a separate multiply and add.

use super::Func;
use num_traits::Float;

/// The vocabulary over `[$E; $N]` arrays, with `$U` the bits and `$mant` the mantissa width.
macro_rules! array_lanes {
    ($E:ty, $U:ty, $N:expr, $mant:expr) => {
        type E = $E;
        type V = [E; N];
        type I = [$U; N];
        type M = [bool; N];
        const N: usize = $N;

        /// Loads `N` lanes from the start of `s`.
        #[inline]
        fn load(s: &[E]) -> V {
            let s = &s[..N];
            core::array::from_fn(|i| s[i])
        }

        /// Stores `N` lanes at the start of `d`.
        #[inline]
        fn store(d: &mut [E], v: V) {
            d[..N].copy_from_slice(&v);
        }

        vocabulary! {
            []
            splat(x: E) -> V = [x; N];
            add(a: V, b: V) -> V = core::array::from_fn(|i| a[i] + b[i]);
            sub(a: V, b: V) -> V = core::array::from_fn(|i| a[i] - b[i]);
            mul(a: V, b: V) -> V = core::array::from_fn(|i| a[i] * b[i]);
            div(a: V, b: V) -> V = core::array::from_fn(|i| a[i] / b[i]);
            fma(a: V, b: V, c: V) -> V = core::array::from_fn(|i| a[i] * b[i] + c[i]);
            // `min`/`max` return `b` when either is NaN, as the x86 instructions do.
            min(a: V, b: V) -> V = core::array::from_fn(|i| if a[i] < b[i] { a[i] } else { b[i] });
            max(a: V, b: V) -> V = core::array::from_fn(|i| if a[i] > b[i] { a[i] } else { b[i] });
            sqrt(a: V) -> V = core::array::from_fn(|i| Float::sqrt(a[i]));
            lt(a: V, b: V) -> M = core::array::from_fn(|i| a[i] < b[i]);
            eq(a: V, b: V) -> M = core::array::from_fn(|i| a[i] == b[i]);
            is_nan(a: V) -> M = core::array::from_fn(|i| a[i].is_nan());
            select(m: M, a: V, b: V) -> V = core::array::from_fn(|i| if m[i] { a[i] } else { b[i] });
            bits(a: V) -> I = core::array::from_fn(|i| a[i].to_bits());
            from_bits(a: I) -> V = core::array::from_fn(|i| E::from_bits(a[i]));
            isplat(x: $U) -> I = [x; N];
            iadd(a: I, b: I) -> I = core::array::from_fn(|i| a[i].wrapping_add(b[i]));
            iand(a: I, b: I) -> I = core::array::from_fn(|i| a[i] & b[i]);
            ior(a: I, b: I) -> I = core::array::from_fn(|i| a[i] | b[i]);
            shl_mantissa(a: I) -> I = core::array::from_fn(|i| a[i] << $mant);
            shr_mantissa(a: I) -> I = core::array::from_fn(|i| a[i] >> $mant);
        }
    };
}

/// `f32` lanes.
pub(super) mod f32s {
    #[allow(clippy::wildcard_imports)]
    use super::*;
    array_lanes!(f32, u32, 8, 23);
    vocabulary! {
        []
        tanh(x: V) -> V = tanh_by_exp(x);
    }
    f32_kernels!();

    // The AVX-512 kernel's table-driven tanh over these lanes, so every machine tests it.
    vocabulary! {
        [#[cfg(test)]]
        lookup(table: &[E; 32], idx: I) -> V = core::array::from_fn(|i| table[idx[i] as usize % 32]);
    }
    f32_tanh_table!(#[cfg(test)]);

    #[cfg(test)]
    mod tests {
        use super::*;

        /// `tanh_by_table` within 2 ulp of the `f64` tanh on a dense sweep of `[-10, 10]`
        /// (every interval and its ends), exact on the specials (the full check over 10⁷ inputs
        /// runs on the AVX-512 kernel in `tests/math_accuracy.rs`).
        #[test]
        #[allow(clippy::cast_possible_truncation, clippy::float_cmp)]
        fn table_tanh_is_within_two_ulp() {
            let ulps = |y: f32, r: f64| {
                let binade = f32::from_bits((r as f32).abs().to_bits() & 0x7f80_0000);
                (f64::from(y) - r).abs() / f64::from(binade.next_up() - binade)
            };
            let mut worst = 0.0f64;
            for i in 0..40_000 / N {
                let x: V = core::array::from_fn(|k| {
                    -10.0 + f32::from(u16::try_from(i * N + k).unwrap()) * 5e-4
                });
                let y = tanh_by_table(x);
                for (&x, &y) in x.iter().zip(&y) {
                    worst = worst.max(ulps(y, f64::from(x).tanh()));
                }
            }
            assert!(worst <= 2.0, "{worst} ulp");
            let specials = [
                0.0,
                -0.0,
                1e-40,
                -1e-30,
                9.75,
                1e30,
                f32::INFINITY,
                f32::NEG_INFINITY,
            ];
            let y = tanh_by_table(specials);
            let want = [0.0, -0.0, 1e-40, -1e-30, 1.0, 1.0, 1.0, -1.0];
            assert_eq!(y.map(f32::to_bits), want.map(f32::to_bits));
            assert!(tanh_by_table([f32::NAN; N]).iter().all(|y| y.is_nan()));
        }
    }
}

/// `f64` lanes.
pub(super) mod f64s {
    #[allow(clippy::wildcard_imports)]
    use super::*;
    array_lanes!(f64, u64, 4, 52);
    f64_kernels!();
}
