//! Vectorized `exp`, `ln`, `tanh`, `sigmoid` and `sqrt` over `f32`/`f64` slices, with an AVX-512
//! kernel, an AVX2 + FMA kernel and a portable one, chosen at run time.
//!
//! The tensor methods ([`Tensor::exp`](crate::Tensor::exp), `ln`, `tanh`, `sqrt`,
//! [`sigmoid`](crate::Tensor::sigmoid), `softmax`, `log_softmax`, `logsumexp`) and their
//! autodiff rules run on these kernels; this module exposes them for slices.
//!
//! # Choice of kernel
//! [`Isa::detected`] is the best instruction set the CPU has: under `std` it asks
//! `is_x86_feature_detected!` once (AVX-512F, else AVX2 with FMA, else portable); without `std`
//! it uses what the build enables (`-C target-feature`). [`set_isa`] forces a lower one
//! process-wide (to compare kernels or reproduce another machine's results). Each kernel is
//! the same algorithm over the lanes of its instruction set; the portable one is written over
//! fixed-size arrays that LLVM vectorizes for the build's baseline, with separate multiplies
//! and adds where the others use FMA. One exception: the AVX-512 `f32` `tanh` evaluates a
//! polynomial per interval of `|x|` with coefficients picked per lane from a 32-entry table by
//! a permute (no exponential, no division; about 20 operations per 16 lanes against ~37 for the
//! exponential-based one, which AVX2 and the portable kernel keep: a 32-entry table costs them
//! a gather or 7 shuffles per coefficient).
//!
//! `argmax`/`argmin` along the last axis of `f32` tensors use the same choice: rows of one
//! vector (16 floats on AVX-512, 8 on AVX2) up to 64 are reduced a row at a time in vector
//! registers; [`set_isa`] forces those kernels too.
//!
//! # Accuracy
//! Checked by `tests/math_accuracy.rs` over 10⁷ inputs per function, type and kernel
//! (a stride through every bit pattern, a dense sweep where the function varies, random
//! points, and the edges: subnormals, ±0, ±inf, NaN, the overflow and underflow thresholds of
//! `exp`, the saturation of `tanh`). Bounds in units in the last place of the result, with the
//! largest error measured on any kernel in brackets:
//!
//! | function | `f32`, against the exact value | `f64`, against std |
//! |---|---|---|
//! | `exp` | 1.5 ulp (1.01) | 1 ulp (1.0) |
//! | `ln` | 1.5 ulp (0.83) | 1 ulp (1.0) |
//! | `tanh` | 2 ulp (1.16; AVX-512 table 0.99) | 2 ulp (2.0) |
//! | `sigmoid` | 2.5 ulp (2.23) | 2 ulp (2.0) |
//! | `sqrt` | correctly rounded, as std | identical to std |
//!
//! The `f32` reference is the `f64` std function (exact to well below an `f32` ulp); the `f64`
//! one is std's `f64` function, itself up to about 1 ulp off (2 for glibc's `tanh`), and
//! `1 / (1 + exp(-x))` (`exp(x) / (1 + exp(x))` below 0) for `sigmoid`. `sigmoid` in `f32`
//! exceeds 2 ulp where `e^{−|x|}` and the result sit at opposite ends of their binades.
//!
//! Special values follow std: `exp(-inf) = 0`, `exp(inf) = inf`, `exp` overflows to `inf`
//! above 88.72 (`f32`) / 709.78 (`f64`) and underflows through subnormals to 0 below
//! −103.97 / −745.13; `ln(0) = -inf`, `ln(x < 0) = NaN`, `ln(inf) = inf`; `tanh(±inf) = ±1`,
//! `tanh(-0) = -0`; `sigmoid(-inf) = 0`, `sigmoid(inf) = 1`; NaN in gives NaN out.
//!
//! ```
//! use tensorial::ops::kernel::math::{self, Func};
//! let x = [0.0f32, 1.0, -1.0, 88.0];
//! let mut y = [0.0f32; 4];
//! math::map(Func::Exp, &x, &mut y);
//! assert_eq!(y[0], 1.0);
//! assert!((y[1] - core::f32::consts::E).abs() <= f32::EPSILON * 3.0);
//! ```

#![allow(clippy::unreadable_literal, clippy::excessive_precision)]

use core::sync::atomic::{AtomicU8, Ordering};

/// One vocabulary function per line, `name(args) -> type = body;`, each `#[inline]` and with
/// the attributes in the leading brackets (the backend's `#[target_feature]`).
macro_rules! vocabulary {
    ([$($attr:tt)*] $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty = $body:expr; $($rest:tt)*) => {
        $($attr)*
        #[inline]
        fn $name($($arg: $ty),*) -> $ret {
            $body
        }
        vocabulary!([$($attr)*] $($rest)*);
    };
    ([$($attr:tt)*]) => {};
}

/// `dst[i] = f(src[i])` over `N` lanes at a time; the tail goes through a zero-padded block.
macro_rules! lanes_map {
    ($src:ident, $dst:ident, $f:ident) => {{
        let mut s = $src.chunks_exact(N);
        let mut d = $dst.chunks_exact_mut(N);
        for (s, d) in (&mut s).zip(&mut d) {
            store(d, $f(load(s)));
        }
        let (s, d) = (s.remainder(), d.into_remainder());
        if !s.is_empty() {
            let mut block = [0.0; N];
            block[..s.len()].copy_from_slice(s);
            let y = $f(load(&block));
            store(&mut block, y);
            d.copy_from_slice(&block[..d.len()]);
        }
    }};
}

/// `buf[i] = f(buf[i])` over `N` lanes at a time.
macro_rules! lanes_update {
    ($buf:ident, $f:ident) => {{
        let mut chunks = $buf.chunks_exact_mut(N);
        for c in &mut chunks {
            let y = $f(load(c));
            store(c, y);
        }
        let rest = chunks.into_remainder();
        if !rest.is_empty() {
            let mut block = [0.0; N];
            block[..rest.len()].copy_from_slice(rest);
            let y = $f(load(&block));
            store(&mut block, y);
            let n = rest.len();
            rest.copy_from_slice(&block[..n]);
        }
    }};
}

/// A backend's `map` and `map_inplace`: one loop per function, with its attributes.
macro_rules! kernel_entry_points {
    ($(#[$attr:meta])*) => {
        /// `dst[i] = func(src[i])`; the slices have the same length.
        $(#[$attr])*
        pub(in crate::ops::kernel::math) fn map(func: Func, src: &[E], dst: &mut [E]) {
            match func {
                Func::Exp => lanes_map!(src, dst, exp),
                Func::Ln => lanes_map!(src, dst, ln),
                Func::Tanh => lanes_map!(src, dst, tanh),
                Func::Sigmoid => lanes_map!(src, dst, sigmoid),
                Func::Sqrt => lanes_map!(src, dst, sqrt),
            }
        }

        /// `buf[i] = func(buf[i])`.
        $(#[$attr])*
        pub(in crate::ops::kernel::math) fn map_inplace(func: Func, buf: &mut [E]) {
            match func {
                Func::Exp => lanes_update!(buf, exp),
                Func::Ln => lanes_update!(buf, ln),
                Func::Tanh => lanes_update!(buf, tanh),
                Func::Sigmoid => lanes_update!(buf, sigmoid),
                Func::Sqrt => lanes_update!(buf, sqrt),
            }
        }
    };
}

pub(crate) mod arg_rows;
#[macro_use]
mod algo_f32;
#[macro_use]
mod algo_f64;
#[macro_use]
mod tanh_table;
#[cfg(target_arch = "x86_64")]
mod avx2;
#[cfg(target_arch = "x86_64")]
mod avx512;
mod portable;
mod same_type;

use same_type::{same, same_mut};

/// A function the kernels compute.
///
/// ```
/// use tensorial::ops::kernel::math::{self, Func};
/// let mut y = [4.0f64, 9.0];
/// math::map_inplace(Func::Sqrt, &mut y);
/// assert_eq!(y, [2.0, 3.0]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Func {
    /// `e^x`.
    Exp,
    /// Natural logarithm.
    Ln,
    /// Hyperbolic tangent.
    Tanh,
    /// `1 / (1 + e^{-x})`.
    Sigmoid,
    /// Square root (correctly rounded, as std).
    Sqrt,
}

impl Func {
    /// Every function, for tests and benches.
    pub const ALL: [Func; 5] = [Func::Exp, Func::Ln, Func::Tanh, Func::Sigmoid, Func::Sqrt];
}

/// An instruction set the kernels are compiled for.
///
/// ```
/// use tensorial::ops::kernel::math::Isa;
/// assert!(Isa::Portable.is_available());
/// assert!(Isa::detected().is_available());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Isa {
    /// Plain Rust over small arrays, vectorized by LLVM for the build's target (every CPU).
    Portable = 1,
    /// x86-64 AVX2 with FMA: 8 `f32` or 4 `f64` lanes.
    Avx2 = 2,
    /// x86-64 AVX-512F: 16 `f32` or 8 `f64` lanes.
    Avx512 = 3,
}

impl Isa {
    /// Every instruction set, lowest first.
    pub const ALL: [Isa; 3] = [Isa::Portable, Isa::Avx2, Isa::Avx512];

    /// Whether this CPU (and build) can run the kernel.
    #[must_use]
    pub fn is_available(self) -> bool {
        match self {
            Isa::Portable => true,
            Isa::Avx2 => has_avx2(),
            Isa::Avx512 => has_avx512(),
        }
    }

    /// The best available instruction set (detected once).
    #[must_use]
    pub fn detected() -> Isa {
        static DETECTED: AtomicU8 = AtomicU8::new(0);
        match DETECTED.load(Ordering::Relaxed) {
            0 => {
                let isa = *Isa::ALL
                    .iter()
                    .rev()
                    .find(|isa| isa.is_available())
                    .unwrap_or(&Isa::Portable);
                DETECTED.store(isa as u8, Ordering::Relaxed);
                isa
            }
            level => Isa::from_level(level),
        }
    }

    fn from_level(level: u8) -> Isa {
        match level {
            3 => Isa::Avx512,
            2 => Isa::Avx2,
            _ => Isa::Portable,
        }
    }
}

#[cfg(all(target_arch = "x86_64", feature = "std"))]
fn has_avx2() -> bool {
    std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma")
}

#[cfg(all(target_arch = "x86_64", feature = "std"))]
fn has_avx512() -> bool {
    std::is_x86_feature_detected!("avx512f")
}

#[cfg(not(all(target_arch = "x86_64", feature = "std")))]
fn has_avx2() -> bool {
    cfg!(all(
        target_arch = "x86_64",
        target_feature = "avx2",
        target_feature = "fma"
    ))
}

#[cfg(not(all(target_arch = "x86_64", feature = "std")))]
fn has_avx512() -> bool {
    cfg!(all(target_arch = "x86_64", target_feature = "avx512f"))
}

/// The instruction set forced by [`set_isa`]; 0 when not set.
static FORCED: AtomicU8 = AtomicU8::new(0);

/// Forces the kernels of `isa` for every later call, process-wide (`None` restores
/// [`Isa::detected`]). Results change by at most the bounds in the [module docs](self).
///
/// # Panics
/// When `isa` is not available on this CPU.
///
/// ```
/// use tensorial::ops::kernel::math::{self, Isa};
/// math::set_isa(Some(Isa::Portable));
/// assert_eq!(math::active_isa(), Isa::Portable);
/// math::set_isa(None);
/// assert_eq!(math::active_isa(), Isa::detected());
/// ```
pub fn set_isa(isa: Option<Isa>) {
    if let Some(isa) = isa {
        assert!(isa.is_available(), "{isa:?} is not available on this CPU");
    }
    FORCED.store(isa.map_or(0, |isa| isa as u8), Ordering::Relaxed);
}

/// The instruction set the kernels use now: the one [`set_isa`] forced, else
/// [`Isa::detected`].
///
/// ```
/// assert!(tensorial::ops::kernel::math::active_isa().is_available());
/// ```
#[must_use]
pub fn active_isa() -> Isa {
    match FORCED.load(Ordering::Relaxed) {
        0 => Isa::detected(),
        level => Isa::from_level(level),
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for f32 {}
    impl Sealed for f64 {}
}

/// `f32` and `f64`: the element types with vector kernels.
pub trait MathFloat: Copy + Send + Sync + sealed::Sealed {
    /// `dst[i] = func(src[i])` with the kernel of `isa`.
    ///
    /// # Panics
    /// When the slices differ in length or `isa` is not available.
    ///
    /// ```
    /// use tensorial::ops::kernel::math::{Func, Isa, MathFloat};
    /// let mut y = [0.0f32; 3];
    /// f32::map_with(Isa::Portable, Func::Tanh, &[0.0, 100.0, -100.0], &mut y);
    /// assert_eq!(y, [0.0, 1.0, -1.0]);
    /// ```
    fn map_with(isa: Isa, func: Func, src: &[Self], dst: &mut [Self]);

    /// `buf[i] = func(buf[i])` with the kernel of `isa`.
    ///
    /// # Panics
    /// When `isa` is not available.
    ///
    /// ```
    /// use tensorial::ops::kernel::math::{Func, Isa, MathFloat};
    /// let mut y = [1.0f64, 0.0];
    /// f64::map_inplace_with(Isa::Portable, Func::Ln, &mut y);
    /// assert_eq!(y, [0.0, f64::NEG_INFINITY]);
    /// ```
    fn map_inplace_with(isa: Isa, func: Func, buf: &mut [Self]);
}

macro_rules! math_float {
    ($($t:ty => $lanes:ident;)*) => {$(
        impl MathFloat for $t {
            fn map_with(isa: Isa, func: Func, src: &[Self], dst: &mut [Self]) {
                assert_eq!(src.len(), dst.len(), "source and destination lengths differ");
                match isa {
                    #[cfg(target_arch = "x86_64")]
                    Isa::Avx512 if has_avx512() => {
                        // SAFETY: the CPU has AVX-512F (checked by the guard).
                        unsafe { avx512::$lanes::map(func, src, dst) }
                    }
                    #[cfg(target_arch = "x86_64")]
                    Isa::Avx2 if has_avx2() => {
                        // SAFETY: the CPU has AVX2 and FMA (checked by the guard).
                        unsafe { avx2::$lanes::map(func, src, dst) }
                    }
                    Isa::Portable => portable::$lanes::map(func, src, dst),
                    _ => panic!("{isa:?} is not available on this CPU"),
                }
            }

            fn map_inplace_with(isa: Isa, func: Func, buf: &mut [Self]) {
                match isa {
                    #[cfg(target_arch = "x86_64")]
                    Isa::Avx512 if has_avx512() => {
                        // SAFETY: the CPU has AVX-512F (checked by the guard).
                        unsafe { avx512::$lanes::map_inplace(func, buf) }
                    }
                    #[cfg(target_arch = "x86_64")]
                    Isa::Avx2 if has_avx2() => {
                        // SAFETY: the CPU has AVX2 and FMA (checked by the guard).
                        unsafe { avx2::$lanes::map_inplace(func, buf) }
                    }
                    Isa::Portable => portable::$lanes::map_inplace(func, buf),
                    _ => panic!("{isa:?} is not available on this CPU"),
                }
            }
        }
    )*};
}

math_float! {
    f32 => f32s;
    f64 => f64s;
}

/// `dst[i] = func(src[i])` with the [active](active_isa) kernel, on the calling thread.
///
/// # Panics
/// When the slices differ in length.
///
/// ```
/// use tensorial::ops::kernel::math::{self, Func};
/// let mut p = [0.0f64; 2];
/// math::map(Func::Sigmoid, &[0.0, f64::INFINITY], &mut p);
/// assert_eq!(p, [0.5, 1.0]);
/// ```
pub fn map<T: MathFloat>(func: Func, src: &[T], dst: &mut [T]) {
    T::map_with(active_isa(), func, src, dst);
}

/// `buf[i] = func(buf[i])` with the [active](active_isa) kernel, on the calling thread.
///
/// ```
/// use tensorial::ops::kernel::math::{self, Func};
/// let mut x = [0.0f32, -0.0];
/// math::map_inplace(Func::Tanh, &mut x);
/// assert!(x[1] == 0.0 && x[1].is_sign_negative());
/// ```
pub fn map_inplace<T: MathFloat>(func: Func, buf: &mut [T]) {
    T::map_inplace_with(active_isa(), func, buf);
}

/// Elements per task when a map is split across cores (each element costs a few ns at most,
/// so smaller tasks would cost more to hand out than they save). Measured on the 2-core
/// AVX-512 Xeon (`benches/run_math.sh`, quiet machine): with 2¹⁵, `exp` of (64, 1024) took
/// 0.037 ms on two threads against 0.023 ms on one; so tensors below 2¹⁸ elements stay whole.
pub(crate) const GRAIN: usize = 1 << 17;

/// [`map`] split across cores for long slices ([`crate::parallel`]); bit-identical to [`map`].
pub(crate) fn par_map<T: MathFloat>(func: Func, src: &[T], dst: &mut [T]) {
    assert_eq!(
        src.len(),
        dst.len(),
        "source and destination lengths differ"
    );
    let isa = active_isa();
    crate::parallel::for_each_chunk_mut(dst, GRAIN, 64, |offset, dst| {
        T::map_with(isa, func, &src[offset..offset + dst.len()], dst);
    });
}

/// [`map_inplace`] split across cores for long slices; bit-identical to [`map_inplace`].
pub(crate) fn par_map_inplace<T: MathFloat>(func: Func, buf: &mut [T]) {
    let isa = active_isa();
    crate::parallel::for_each_chunk_mut(buf, GRAIN, 64, |_, chunk| {
        T::map_inplace_with(isa, func, chunk);
    });
}

/// `dst[i] = func(src[i])`: the vector kernels for `f32`/`f64` (split across cores for long
/// slices), `scalar` for other element types.
pub(crate) fn par_map_or<T: crate::Elem + 'static>(
    func: Func,
    src: &[T],
    dst: &mut [T],
    scalar: impl Fn(T) -> T + Sync,
) {
    if let (Some(src), Some(dst)) = (same::<T, f32>(src), same_mut::<T, f32>(dst)) {
        par_map(func, src, dst);
    } else if let (Some(src), Some(dst)) = (same::<T, f64>(src), same_mut::<T, f64>(dst)) {
        par_map(func, src, dst);
    } else {
        super::map(dst, src, scalar);
    }
}

/// `buf[i] = func(buf[i])`: the vector kernels for `f32`/`f64` (split across cores for long
/// slices), `scalar` for other element types.
pub(crate) fn par_map_inplace_or<T: Copy + 'static>(
    func: Func,
    buf: &mut [T],
    scalar: impl Fn(T) -> T,
) {
    if let Some(buf) = same_mut::<T, f32>(buf) {
        par_map_inplace(func, buf);
    } else if let Some(buf) = same_mut::<T, f64>(buf) {
        par_map_inplace(func, buf);
    } else {
        for v in buf.iter_mut() {
            *v = scalar(*v);
        }
    }
}

/// [`par_map_inplace_or`] on the calling thread (for work already split across cores).
pub(crate) fn map_inplace_or<T: Copy + 'static>(
    func: Func,
    buf: &mut [T],
    scalar: impl Fn(T) -> T,
) {
    if let Some(buf) = same_mut::<T, f32>(buf) {
        map_inplace(func, buf);
    } else if let Some(buf) = same_mut::<T, f64>(buf) {
        map_inplace(func, buf);
    } else {
        for v in buf.iter_mut() {
            *v = scalar(*v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::{vec, vec::Vec};

    #[test]
    fn levels_round_trip() {
        for isa in Isa::ALL {
            assert_eq!(Isa::from_level(isa as u8), isa);
        }
    }

    /// The detected instruction set is the best available one, also once cached.
    #[test]
    fn detects_the_best_available_isa() {
        let best = *Isa::ALL
            .iter()
            .rev()
            .find(|isa| isa.is_available())
            .unwrap();
        assert_eq!((Isa::detected(), Isa::detected()), (best, best));
    }

    #[cfg(all(target_arch = "x86_64", feature = "std"))]
    #[test]
    fn availability_is_the_cpu_features() {
        let avx2 = std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma");
        let avx512 = std::is_x86_feature_detected!("avx512f");
        assert_eq!(
            Isa::ALL.map(Isa::is_available),
            [true, avx2, avx512],
            "Portable, Avx2, Avx512"
        );
    }

    /// The `*_or` entry points run the vector kernel for `f32`/`f64` (never the scalar
    /// fallback, which here returns a marker) and the fallback for other types.
    #[test]
    fn floats_take_the_kernels_and_other_types_the_fallback() {
        fn check<T: MathFloat + crate::Elem + PartialEq + core::fmt::Debug>(xs: &[T], marker: T) {
            let mut want = xs.to_vec();
            map(Func::Exp, xs, &mut want);
            assert!(!want.contains(&marker));
            let mut got = xs.to_vec();
            par_map_or(Func::Exp, xs, &mut got, |_| marker);
            assert_eq!(got, want);
            let mut got = xs.to_vec();
            par_map_inplace_or(Func::Exp, &mut got, |_| marker);
            assert_eq!(got, want);
            let mut got = xs.to_vec();
            map_inplace_or(Func::Exp, &mut got, |_| marker);
            assert_eq!(got, want);
        }
        let xs: Vec<f32> = (0..100u16).map(|i| f32::from(i) * 0.1 - 5.0).collect();
        check(&xs, -1.0f32);
        let xs: Vec<f64> = (0..100u16).map(|i| f64::from(i) * 0.1 - 5.0).collect();
        check(&xs, -1.0f64);

        let ints: Vec<i32> = (0..100).collect();
        let mut out = vec![0; 100];
        par_map_or(Func::Exp, &ints, &mut out, |x| x * 10);
        assert!(out.iter().zip(&ints).all(|(&o, &x)| o == x * 10));
        let mut buf = ints.clone();
        par_map_inplace_or(Func::Exp, &mut buf, |x| x + 1);
        assert!(buf.iter().zip(&ints).all(|(&o, &x)| o == x + 1));
        let mut buf = ints.clone();
        map_inplace_or(Func::Exp, &mut buf, |x| x - 1);
        assert!(buf.iter().zip(&ints).all(|(&o, &x)| o == x - 1));
    }

    /// Long slices split across threads give the one-call result, bit for bit.
    #[test]
    fn split_maps_match_one_call() {
        let bits = |xs: &[f32]| xs.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        let n = 3 * GRAIN + 123;
        let xs: Vec<f32> = (0..n)
            .map(|i| f32::from(u16::try_from(i % 1000).unwrap()) * 0.01 - 5.0)
            .collect();
        let mut want = vec![0.0; n];
        map(Func::Tanh, &xs, &mut want);
        crate::parallel::with_max_threads(4, || {
            let mut got = vec![0.0; n];
            par_map(Func::Tanh, &xs, &mut got);
            assert_eq!(bits(&got), bits(&want));
            let mut buf = xs.clone();
            par_map_inplace(Func::Tanh, &mut buf);
            assert_eq!(bits(&buf), bits(&want));
        });
    }
}
