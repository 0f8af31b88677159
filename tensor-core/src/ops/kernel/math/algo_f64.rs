//! The `f64` algorithms, written once over a backend's vocabulary and expanded inside each
//! backend module by `f64_kernels!` (see `algo_f32.rs` for the scheme).
//!
//! - `exp`: the reduction of the `f32` version with fdlibm's two-part `ln 2`; `e^r − 1` by its
//!   Taylor polynomial to degree 13 (truncation below `5·10⁻¹⁸` relative for `|r| ≤ ln2/2`).
//! - `ln`: fdlibm's `log`: `m ∈ [√½, √2)`, `s = f / (2 + f)` and its `Lg1..Lg7` polynomial.
//! - `tanh`: Cephes' rational function below 0.625, `1 − 2 / (e^{2|x|} + 1)` above, `|x|`
//!   capped at 19.5 where `tanh` rounds to 1.
//! - `sigmoid`, `sqrt`: as for `f32`.

macro_rules! f64_kernels {
    ($(#[$attr:meta])*) => {
        /// `1.5 · 2^52`: adding it rounds an `f64` below `2^51` in magnitude to an integer.
        const MAGIC: f64 = 6_755_399_441_055_744.0;
        /// `2^52`: its bits, or-ed with a small integer `e`, are the float `2^52 + e`.
        const TWO_52: f64 = 4_503_599_627_370_496.0;
        const SIGN: u64 = 0x8000_0000_0000_0000;
        const LOG2E: f64 = core::f64::consts::LOG2_E;
        /// `ln 2` in two parts (fdlibm): `n · LN2_HI` is exact for `|n| < 2^11`.
        const LN2_HI: f64 = 6.93147180369123816490e-01;
        const LN2_LO: f64 = 1.90821492927058770002e-10;
        /// `(e^r − 1 − r) / r²`: `1/13!, 1/12!, …, 1/2!`.
        const EXP_P: [f64; 12] = [
            1.0 / 6_227_020_800.0, 1.0 / 479_001_600.0, 1.0 / 39_916_800.0, 1.0 / 3_628_800.0,
            1.0 / 362_880.0, 1.0 / 40_320.0, 1.0 / 5_040.0, 1.0 / 720.0, 1.0 / 120.0,
            1.0 / 24.0, 1.0 / 6.0, 0.5,
        ];
        /// Cephes `tanh`: `tanh(x) = x + x·s·P(s)/Q(s)`, `s = x²`, on `[0, 0.625]`; `Q` is
        /// monic (`TANH_Q` holds its lower terms after the leading 1, `TANH_Q0` the constant).
        const TANH_P: [f64; 3] = [
            -9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3,
        ];
        const TANH_Q: [f64; 3] = [1.0, 1.12811678491632931402e2, 2.23548839060100448583e3];
        const TANH_Q0: f64 = 4.84406305325125486048e3;
        /// fdlibm `log`'s `Lg1..Lg7`, split into the odd and even terms of its polynomial.
        const LG_ODD: [f64; 4] = [
            1.479819860511658591e-01, 1.818357216161805012e-01, 2.857142874366239149e-01,
            6.666666666666735130e-01,
        ];
        const LG_EVEN: [f64; 3] = [
            1.531383769920937332e-01, 2.222219843214978396e-01, 3.999999999940941908e-01,
        ];

        /// `|x|`.
        $(#[$attr])*
        #[inline]
        fn abs(x: V) -> V {
            from_bits(iand(bits(x), isplat(!SIGN)))
        }

        /// `mag` (non-negative) with the sign of `x`.
        $(#[$attr])*
        #[inline]
        fn with_sign_of(mag: V, x: V) -> V {
            from_bits(ior(bits(mag), iand(bits(x), isplat(SIGN))))
        }

        /// `Σ c_i r^i`, coefficients highest degree first.
        $(#[$attr])*
        #[inline]
        fn horner<const K: usize>(r: V, c: [E; K]) -> V {
            let mut y = splat(c[0]);
            for &c in &c[1..] {
                y = fma(y, r, splat(c));
            }
            y
        }

        /// `2^n` for integer-valued `n` in `-1022..=1023`.
        $(#[$attr])*
        #[inline]
        fn pow2(n: V) -> V {
            from_bits(shl_mantissa(iadd(bits(add(n, splat(MAGIC))), isplat(1023))))
        }

        /// `2^n · (1 + q)` for integer-valued `n` (at most 250 in magnitude for `f32`, 2000
        /// for `f64`), as `(2^h + 2^h·q) · 2^(n−h)` with `h ≈ n/2`: one rounding for normal
        /// results, and overflow or gradual underflow for the others.
        $(#[$attr])*
        #[inline]
        fn scale(q: V, n: V) -> V {
            let h = sub(fma(n, splat(0.5), splat(MAGIC)), splat(MAGIC));
            let a = pow2(h);
            mul(fma(a, q, a), pow2(sub(n, h)))
        }

        /// `(q, n)` with `e^x = 2^n · (1 + q)`, `n` an integer and `q = e^r − 1`, `|r| ≤ ln2/2`.
        $(#[$attr])*
        #[inline]
        fn expm1_parts(x: V) -> (V, V) {
            let n = sub(fma(x, splat(LOG2E), splat(MAGIC)), splat(MAGIC));
            let r = fma(n, splat(-LN2_HI), x);
            let r = fma(n, splat(-LN2_LO), r);
            (fma(horner(r, EXP_P), mul(r, r), r), n)
        }

        /// `e^x`.
        $(#[$attr])*
        #[inline]
        fn exp(x: V) -> V {
            // `max`/`min` return their second operand when one is NaN: NaN passes through.
            let x = min(splat(720.0), max(splat(-760.0), x));
            let (q, n) = expm1_parts(x);
            scale(q, n)
        }

        /// `ln x`.
        $(#[$attr])*
        #[inline]
        fn ln(x: V) -> V {
            let tiny = lt(x, splat(f64::MIN_POSITIVE));
            let xs = select(tiny, mul(x, splat(18_014_398_509_481_984.0)), x);
            let ix = iadd(bits(xs), isplat(0x3ff0_0000_0000_0000 - 0x3fe6_a09e_667f_3bcd));
            let k = from_bits(ior(shr_mantissa(ix), isplat(TWO_52.to_bits())));
            let k = sub(k, splat(TWO_52 + 1023.0));
            let k = select(tiny, sub(k, splat(54.0)), k);
            let m = iadd(iand(ix, isplat(0x000f_ffff_ffff_ffff)), isplat(0x3fe6_a09e_667f_3bcd));
            let f = sub(from_bits(m), splat(1.0));
            let hfsq = mul(splat(0.5), mul(f, f));
            let s = div(f, add(splat(2.0), f));
            let z = mul(s, s);
            let w = mul(z, z);
            let big_r = add(mul(z, horner(w, LG_ODD)), mul(w, horner(w, LG_EVEN)));
            let r = fma(k, splat(LN2_LO), mul(s, add(hfsq, big_r)));
            let r = add(sub(r, hfsq), f);
            let r = fma(k, splat(LN2_HI), r);
            let r = select(eq(x, splat(f64::INFINITY)), x, r);
            let r = select(eq(x, splat(0.0)), splat(f64::NEG_INFINITY), r);
            let r = select(lt(x, splat(0.0)), splat(f64::NAN), r);
            select(is_nan(x), x, r)
        }

        /// `tanh x`.
        $(#[$attr])*
        #[inline]
        fn tanh(x: V) -> V {
            let a = min(splat(19.5), abs(x));
            // Below 0.625: Cephes' rational `a + a·s·P(s)/Q(s)`, `s = a²`. From there:
            // 1 − 2 / (e^{2|x|} + 1). One division serves both.
            let s = mul(a, a);
            let (q, n) = expm1_parts(add(a, a));
            let p = pow2(n);
            let small = lt(a, splat(0.625));
            let num = select(small, horner(s, TANH_P), splat(2.0));
            let qs = fma(s, horner(s, TANH_Q), splat(TANH_Q0));
            let den = select(small, qs, fma(p, q, add(p, splat(1.0))));
            let d = div(num, den);
            let d = select(small, fma(mul(a, s), d, a), sub(splat(1.0), d));
            with_sign_of(d, x)
        }

        /// `1 / (1 + e^{−x})`: `e^{−|x|}` and `1 + e^{−|x|}` each rounded once from the
        /// reduced exponential, then `1 / (1 + e)` or `e / (1 + e)`.
        $(#[$attr])*
        #[inline]
        fn sigmoid(x: V) -> V {
            let (q, n) = expm1_parts(max(splat(-760.0), from_bits(ior(bits(x), isplat(SIGN)))));
            let p = pow2(max(n, splat(-1000.0)));
            let den = fma(p, q, add(p, splat(1.0)));
            let num = select(lt(x, splat(0.0)), scale(q, n), splat(1.0));
            div(num, den)
        }

        kernel_entry_points!($(#[$attr])*);
    };
}
