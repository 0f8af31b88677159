//! The `f32` algorithms, written once over a backend's vocabulary (`V` lanes, `M` masks, `I` bits,
//! `splat`, `fma`, `select`, …) and expanded inside each backend module by `f32_kernels!`, with
//! that backend's `#[target_feature]` attribute on every function. The backend names its `tanh`
//! in its vocabulary: `tanh_by_exp` below, or the table of `tanh_table.rs`.
//!
//! - `exp`: `e^x = 2^n · e^r` with `n = round(x·log2 e)` and `|r| ≤ ln2/2` (Cody–Waite reduction
//!   with a two-part `ln 2`), `e^r` by Cephes' `expf` polynomial, and `2^n` applied in two
//!   halves so overflow to `inf` and gradual underflow to subnormals round once.
//! - `ln`: `x = 2^k · m` with `m ∈ [√½, √2)` (subnormals pre-scaled by `2^23`), `ln(m)` by
//!   Cephes' `logf` polynomial in `f = m − 1`.
//! - `tanh` (`tanh_by_exp`): Cephes' `tanhf` odd polynomial below 0.625,
//!   `1 − 2 / (e^{2|x|} + 1)` above, `|x|` capped at 9.5 where `tanh` rounds to 1; the sign
//!   restored (`tanh(−0) = −0`). (Dropping the polynomial for `(e^{2|x|} − 1) / (e^{2|x|} + 1)`
//!   below 0.625 saves 5 of ~37 operations but reaches 2.3 ulp.)
//! - `sigmoid`: `1 / (1 + e^{−x})` for `x ≥ 0`, `e^x / (1 + e^x)` below, from one reduction of
//!   `−|x|` (numerator and denominator each rounded once).
//! - `sqrt`: the instruction (correctly rounded, as `f32::sqrt`).

macro_rules! f32_kernels {
    ($(#[$attr:meta])*) => {
        /// `1.5 · 2^23`: adding it rounds an `f32` below `2^22` in magnitude to an integer.
        const MAGIC: f32 = 12_582_912.0;
        const SIGN: u32 = 0x8000_0000;
        const LOG2E: f32 = core::f32::consts::LOG2_E;
        /// `ln 2` in two parts: `n · LN2_HI` is exact for the `n` that occur.
        const LN2_HI: f32 = 0.693_359_375;
        const LN2_LO: f32 = -2.121_944_4e-4;
        /// `(e^r − 1 − r) / r²` (Cephes `expf`), highest degree first.
        const EXP_P: [f32; 6] = [
            1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2,
            1.6666665459e-1, 5.0000001201e-1,
        ];
        /// `(tanh(x) − x) / x³` in `x²` on `[0, 0.625]` (Cephes `tanhf`), highest degree first.
        const TANH_P: [f32; 5] = [
            -5.70498872745e-3, 2.06390887954e-2, -5.37397155531e-2, 1.33314422036e-1,
            -3.33332819422e-1,
        ];
        /// `(ln(1 + f) − f + f²/2) / f³` (Cephes `logf`), highest degree first.
        const LOG_P: [f32; 9] = [
            7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1,
            1.4249322787e-1, -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1,
            3.3333331174e-1,
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

        /// `2^n` for integer-valued `n` in `-126..=127`.
        $(#[$attr])*
        #[inline]
        fn pow2(n: V) -> V {
            from_bits(shl_mantissa(iadd(bits(add(n, splat(MAGIC))), isplat(127))))
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
            let x = min(splat(90.0), max(splat(-110.0), x));
            let (q, n) = expm1_parts(x);
            scale(q, n)
        }

        /// `ln x`.
        $(#[$attr])*
        #[inline]
        fn ln(x: V) -> V {
            let tiny = lt(x, splat(f32::MIN_POSITIVE));
            let xs = select(tiny, mul(x, splat(8_388_608.0)), x);
            let ix = iadd(bits(xs), isplat(0x3f80_0000 - 0x3f35_04f3));
            let k = from_bits(ior(shr_mantissa(ix), isplat(MAGIC.to_bits())));
            let k = sub(k, splat(MAGIC + 127.0));
            let k = select(tiny, sub(k, splat(23.0)), k);
            let m = from_bits(iadd(iand(ix, isplat(0x007f_ffff)), isplat(0x3f35_04f3)));
            let f = sub(m, splat(1.0));
            let z = mul(f, f);
            let y = mul(mul(horner(f, LOG_P), f), z);
            let y = fma(k, splat(LN2_LO), y);
            let y = fma(z, splat(-0.5), y);
            let r = fma(k, splat(LN2_HI), add(f, y));
            let r = select(eq(x, splat(f32::INFINITY)), x, r);
            let r = select(eq(x, splat(0.0)), splat(f32::NEG_INFINITY), r);
            let r = select(lt(x, splat(0.0)), splat(f32::NAN), r);
            select(is_nan(x), x, r)
        }

        /// `tanh x`: Cephes' odd polynomial below 0.625, `1 − 2 / (e^{2|x|} + 1)` from there.
        $(#[$attr])*
        #[inline]
        #[allow(dead_code)] // the AVX-512 backend takes `tanh_by_table` instead
        fn tanh_by_exp(x: V) -> V {
            let a = min(splat(9.5), abs(x));
            // Below 0.625: Cephes' odd polynomial. From there: 1 − 2 / (e^{2|x|} + 1), where
            // the quotient is below ½ so the subtraction loses nothing.
            let z = mul(a, a);
            let small = fma(mul(a, z), horner(z, TANH_P), a);
            let (q, n) = expm1_parts(add(a, a));
            let p = pow2(n);
            let big = sub(splat(1.0), div(splat(2.0), fma(p, q, add(p, splat(1.0)))));
            with_sign_of(select(lt(a, splat(0.625)), small, big), x)
        }

        /// `1 / (1 + e^{−x})`: `e^{−|x|}` and `1 + e^{−|x|}` each rounded once from the
        /// reduced exponential, then `1 / (1 + e)` or `e / (1 + e)`.
        $(#[$attr])*
        #[inline]
        fn sigmoid(x: V) -> V {
            let (q, n) = expm1_parts(max(splat(-110.0), from_bits(ior(bits(x), isplat(SIGN)))));
            let p = pow2(max(n, splat(-125.0)));
            let den = fma(p, q, add(p, splat(1.0)));
            let num = select(lt(x, splat(0.0)), scale(q, n), splat(1.0));
            div(num, den)
        }

        kernel_entry_points!($(#[$attr])*);
    };
}
