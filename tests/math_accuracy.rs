//! Accuracy of the vector kernels (`tensorial::ops::kernel::math`) against std, for every
//! instruction set this CPU runs and for the portable kernel.
//!
//! Inputs per function and type: a stride through every bit pattern (all exponents, subnormals,
//! ±0, ±inf, NaNs), a dense uniform sweep of the range where the function is not saturated,
//! random points, and the edges (overflow and underflow thresholds of `exp`, `tanh` saturation,
//! subnormals for `ln`) with their bit neighbours. `cargo test --release --test math_accuracy`
//! (a CI step) checks 10⁷ inputs per function, type and kernel; a debug build checks 10⁵.
//!
//! Errors are in units in the last place of the result: for `f32` against the `f64` std
//! function (rounded, effectively the correctly rounded result); for `f64` against the `f64` std
//! function (glibc's/libm's, itself within about 1 ulp), the sigmoid reference being std's
//! `1 / (1 + exp(-x))` (or `exp(x) / (1 + exp(x))` below 0).

use tensorial::SeededRng;
use tensorial::ops::kernel::math::{Func, Isa, MathFloat};

/// Inputs per function, type and kernel.
const POINTS: usize = if cfg!(debug_assertions) {
    100_000
} else {
    10_000_000
};

/// The float types under test.
trait Float: MathFloat + Copy + PartialEq + PartialOrd + core::fmt::Debug + Default {
    const NAME: &'static str;
    /// Bits of the type.
    const BITS: u32;
    fn from_bits64(bits: u64) -> Self;
    fn from_f64(x: f64) -> Self;
    fn to_f64(self) -> f64;
    /// The reference value in `f64` (`f32`: computed in `f64`; `f64`: std's result).
    fn reference(func: Func, x: Self) -> f64;
    /// The distance from the reference value, in ulps of the result type at that value.
    fn ulps(y: Self, r: f64) -> f64;
    /// Largest finite, smallest positive subnormal, smallest positive normal.
    const EDGES: [Self; 3];
    fn next_up(self) -> Self;
    fn next_down(self) -> Self;
}

fn sigmoid64(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

fn apply64(func: Func, x: f64) -> f64 {
    match func {
        Func::Exp => x.exp(),
        Func::Ln => x.ln(),
        Func::Tanh => x.tanh(),
        Func::Sigmoid => sigmoid64(x),
        Func::Sqrt => x.sqrt(),
    }
}

impl Float for f32 {
    const NAME: &'static str = "f32";
    const BITS: u32 = 32;
    const EDGES: [f32; 3] = [f32::MAX, f32::from_bits(1), f32::MIN_POSITIVE];
    #[allow(clippy::cast_possible_truncation)]
    fn from_bits64(bits: u64) -> f32 {
        f32::from_bits(bits as u32)
    }
    #[allow(clippy::cast_possible_truncation)]
    fn from_f64(x: f64) -> f32 {
        x as f32
    }
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    fn reference(func: Func, x: f32) -> f64 {
        apply64(func, f64::from(x))
    }
    #[allow(clippy::cast_possible_truncation)]
    fn ulps(y: f32, r: f64) -> f64 {
        let rounded = r as f32;
        // The spacing of floats in the binade of the result (subnormal spacing below it).
        let binade = f32::from_bits(rounded.abs().to_bits() & 0x7f80_0000);
        let ulp = f64::from(binade.next_up() - binade);
        (f64::from(y) - r).abs() / ulp
    }
    fn next_up(self) -> f32 {
        f32::next_up(self)
    }
    fn next_down(self) -> f32 {
        f32::next_down(self)
    }
}

impl Float for f64 {
    const NAME: &'static str = "f64";
    const BITS: u32 = 64;
    const EDGES: [f64; 3] = [f64::MAX, f64::from_bits(1), f64::MIN_POSITIVE];
    fn from_bits64(bits: u64) -> f64 {
        f64::from_bits(bits)
    }
    fn from_f64(x: f64) -> f64 {
        x
    }
    fn to_f64(self) -> f64 {
        self
    }
    fn reference(func: Func, x: f64) -> f64 {
        apply64(func, x)
    }
    fn ulps(y: f64, r: f64) -> f64 {
        let binade = f64::from_bits(r.abs().to_bits() & 0x7ff0_0000_0000_0000);
        let ulp = binade.next_up() - binade;
        (y - r).abs() / ulp
    }
    fn next_up(self) -> f64 {
        f64::next_up(self)
    }
    fn next_down(self) -> f64 {
        f64::next_down(self)
    }
}

/// Interesting points (checked with their bit neighbours): where `exp` overflows, leaves the
/// normal range and underflows to 0; where `tanh` rounds to 1; the kernels' clamps and branch
/// points (and the interval ends of the `f32` tanh table); the ends of `ln`'s mantissa
/// reduction.
fn thresholds<T: Float>() -> Vec<T> {
    let [max, min_sub, min_pos] = T::EDGES.map(T::to_f64);
    let one = T::from_f64(1.0);
    let eps = one.to_f64() - one.next_down().to_f64();
    let mut t = vec![
        max.ln(),
        min_pos.ln(),
        min_sub.ln(),
        (min_sub / 2.0).ln(),
        0.5 * (4.0 / eps).ln(),
        core::f64::consts::LN_2 / 2.0,
        core::f64::consts::LN_2 / 4.0,
        core::f64::consts::FRAC_1_SQRT_2,
        core::f64::consts::SQRT_2,
        0.5,
        1.0,
        2.0,
        1e-4,
        1e-30,
    ];
    t.extend([0.55, 0.625, 9.5, 9.75, 19.5, 90.0, 110.0, 720.0, 760.0]);
    // The interval ends of the table-driven `f32` tanh (width 0.3125).
    t.extend((0..32u8).map(|n| (f64::from(n) + 0.5) * 0.3125));
    t.into_iter().map(T::from_f64).collect()
}

/// Where each function is not saturated (the dense uniform sweep).
fn busy_range(func: Func, bits: u32) -> (f64, f64) {
    match (func, bits) {
        (Func::Exp, 32) => (-110.0, 90.0),
        (Func::Exp, _) => (-760.0, 720.0),
        (Func::Tanh, 32) => (-10.0, 10.0),
        (Func::Tanh, _) => (-20.0, 20.0),
        (Func::Sigmoid, 32) => (-110.0, 20.0),
        (Func::Sigmoid, _) => (-760.0, 40.0),
        (Func::Ln | Func::Sqrt, _) => (0.0, 4.0),
    }
}

/// The inputs: edges and thresholds with neighbours, a bit-pattern stride, a uniform sweep of
/// the busy range, random bit patterns.
fn inputs<T: Float>(func: Func) -> Vec<T> {
    let mut xs = Vec::with_capacity(POINTS);
    let zero = T::from_f64(0.0);
    let mut specials = vec![
        zero,
        T::from_f64(-0.0),
        T::from_f64(f64::INFINITY),
        T::from_f64(f64::NEG_INFINITY),
        T::from_f64(f64::NAN),
        T::from_f64(-f64::NAN),
    ];
    for e in T::EDGES.into_iter().chain(thresholds::<T>()) {
        for v in [e, T::from_f64(-e.to_f64())] {
            let (mut up, mut down) = (v, v);
            specials.push(v);
            for _ in 0..64 {
                up = up.next_up();
                down = down.next_down();
                specials.extend([up, down]);
            }
        }
    }
    xs.extend(specials);
    let quarter = POINTS / 4;
    // Every exponent and sign: a stride through the bit patterns.
    let stride = if T::BITS == 32 {
        (1u64 << 32) / quarter as u64
    } else {
        u64::MAX / quarter as u64
    };
    xs.extend((0..quarter as u64).map(|i| T::from_bits64(i.wrapping_mul(stride) | (i & 1))));
    // Dense in the range where the function varies.
    let (lo, hi) = busy_range(func, T::BITS);
    #[allow(clippy::cast_precision_loss)]
    let step = (hi - lo) / (2 * quarter) as f64;
    #[allow(clippy::cast_precision_loss)]
    xs.extend((0..2 * quarter).map(|i| T::from_f64(lo + step * i as f64)));
    // Random bit patterns, and random points near zero (small magnitudes, subnormals).
    let mut rng = SeededRng::new(9);
    while xs.len() < POINTS {
        let bits = rng.next_u64();
        let x = T::from_bits64(bits);
        xs.push(x);
        let small = T::from_f64(x.to_f64() * 1e-20);
        xs.push(small);
    }
    xs
}

/// The worst error of `isa` on `func` over `xs` (in ulps) against `refs`, after checking that
/// special values are exactly std's; panics with the first offending input.
fn worst_ulps<T: Float>(isa: Isa, func: Func, xs: &[T], refs: &[f64]) -> (f64, T) {
    let mut ys = vec![T::default(); xs.len()];
    T::map_with(isa, func, xs, &mut ys);
    let mut worst = (0.0f64, T::default());
    for ((&x, &y), &r) in xs.iter().zip(&ys).zip(refs) {
        let rounded = T::from_f64(r);
        let exact = r.is_nan() || rounded.to_f64().is_infinite() || r == 0.0;
        if exact {
            let same = (r.is_nan() && y.to_f64().is_nan())
                || (y == rounded
                    && y.to_f64().is_sign_negative() == rounded.to_f64().is_sign_negative());
            assert!(
                same,
                "{isa:?} {func:?}({x:?}) = {y:?} but std gives {rounded:?} ({})",
                T::NAME
            );
            continue;
        }
        assert!(
            y.to_f64().is_finite() || y == rounded,
            "{isa:?} {func:?}({x:?}) = {y:?}, std {r:e} ({})",
            T::NAME
        );
        let e = T::ulps(y, r);
        if e > worst.0 {
            worst = (e, x);
        }
    }
    worst
}

/// The documented bound (ulps) of `func` on type `T`.
fn bound(func: Func, bits: u32) -> f64 {
    match (func, bits) {
        // f32 against the exact value (the f64 reference): the rounding itself is 0.5 ulp.
        (Func::Sqrt, 32) => 0.5,
        (Func::Exp | Func::Ln, 32) => 1.5,
        (Func::Tanh, 32) => 2.0,
        (Func::Sigmoid, 32) => 2.5,
        // f64 against std, which is itself not correctly rounded.
        (Func::Sqrt, _) => 0.0,
        (Func::Exp | Func::Ln, _) => 1.0,
        (Func::Tanh | Func::Sigmoid, _) => 2.0,
    }
}

fn check<T: Float>() {
    let mut failures = Vec::new();
    for func in Func::ALL {
        let xs = inputs::<T>(func);
        let refs: Vec<f64> = xs.iter().map(|&x| T::reference(func, x)).collect();
        for isa in Isa::ALL.into_iter().filter(|isa| isa.is_available()) {
            let (worst, at) = worst_ulps(isa, func, &xs, &refs);
            println!(
                "{} {func:?} {isa:?}: max {worst:.3} ulp at {at:?} over {} inputs",
                T::NAME,
                xs.len()
            );
            if worst > bound(func, T::BITS) {
                failures.push(format!(
                    "{} {func:?} {isa:?}: {worst} ulp at {at:?}, bound {}",
                    T::NAME,
                    bound(func, T::BITS)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn f32_kernels_are_within_their_bounds() {
    check::<f32>();
}

#[test]
fn f64_kernels_are_within_their_bounds() {
    check::<f64>();
}

#[test]
fn kernels_agree_on_every_slice_length() {
    // Tails (lengths not a multiple of the lanes) go through a padded block: same results.
    let mut rng = SeededRng::new(3);
    let xs: Vec<f32> = (0..100).map(|_| rng.next_f32() * 40.0 - 20.0).collect();
    for isa in Isa::ALL.into_iter().filter(|isa| isa.is_available()) {
        for func in Func::ALL {
            let mut whole = vec![0.0; xs.len()];
            f32::map_with(isa, func, &xs, &mut whole);
            let whole: Vec<u32> = whole.iter().map(|y| y.to_bits()).collect();
            let bits = |ys: Vec<f32>| ys.iter().map(|y| y.to_bits()).collect::<Vec<_>>();
            for len in 0..xs.len() {
                let mut part = vec![0.0; len];
                f32::map_with(isa, func, &xs[..len], &mut part);
                assert_eq!(bits(part), whole[..len], "{isa:?} {func:?} length {len}");
                let mut inplace = xs[..len].to_vec();
                f32::map_inplace_with(isa, func, &mut inplace);
                assert_eq!(
                    bits(inplace),
                    whole[..len],
                    "{isa:?} {func:?} in place, length {len}"
                );
            }
        }
    }
}
