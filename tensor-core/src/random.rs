//! Seeded random tensors from a small portable generator (xoshiro256++), with or without `std`.
//!
//! [`SeededRng`] is xoshiro256++ (Blackman & Vigna, 2019) seeded through `SplitMix64`: 32 bytes
//! of state, no allocation, the same stream on every platform. Normals use the Box–Muller
//! transform (`ln`, `sqrt`, `sin`, `cos` come from `libm` without `std`).
//!
//! | NumPy (`rng = np.random.default_rng(0)`) | `tensorial` (`let mut rng = SeededRng::new(0);`) |
//! |---|---|
//! | `rng.random((2, 3))` | `Tensor::<f64, Rank2<2, 3>>::rand(&mut rng)` |
//! | `rng.uniform(-1, 1, (2, 3))` | `Tensor::<f64, Rank2<2, 3>>::uniform(&mut rng, -1.0, 1.0)` |
//! | `rng.standard_normal((2, 3))` | `Tensor::<f64, Rank2<2, 3>>::randn(&mut rng)` |
//! | `rng.normal(5, 2, (2, 3))` | `Tensor::<f64, Rank2<2, 3>>::normal(&mut rng, 5.0, 2.0)` |
//! | `rng.integers(0, 10, (2, 3))` | `Tensor::<i64, Rank2<2, 3>>::randint(&mut rng, 0, 10)` |
//! | `rng.permutation(5)` | `Tensor::<usize, Rank1<5>>::permutation(&mut rng)` |
//! | `rng.shuffle(x)` | `x.shuffle(&mut rng)` |
//!
//! The streams differ from NumPy's (PCG64); only the distributions agree.

use crate::storage::{Kind, check_inline_cap};
use crate::{Const, Elem, Shape, Tensor};
use num_traits::Float;

/// A small, fast, seedable pseudo-random generator: xoshiro256++ seeded with `SplitMix64`.
///
/// Not cryptographically secure. The same seed gives the same numbers on every platform and
/// with or without `std`. Tensors are filled in row-major order, so a seed determines a
/// tensor regardless of its storage kind.
///
/// ```
/// use tensorial::{Rank2, SeededRng, Tensor};
/// let mut rng = SeededRng::new(42);
/// let w = Tensor::<f32, Rank2<3, 4>>::randn(&mut rng);
/// let again = Tensor::<f32, Rank2<3, 4>>::randn(&mut SeededRng::new(42));
/// assert_eq!(w, again);
/// ```
///
/// # `rand` interop
/// With the feature `rand_core`, `SeededRng` implements `rand_core::Rng` (0.10), so the
/// methods and distributions of `rand::Rng` work on it, and `rand_core::SeedableRng`
/// (`seed_from_u64(s)` is the same stream as `SeededRng::new(s)`; `from_rng` seeds it from any
/// other generator).
///
/// ```
/// # #[cfg(feature = "rand_core")] {
/// use rand_core::{Rng, SeedableRng};
/// use tensorial::SeededRng;
/// fn roll(rng: &mut impl Rng) -> u32 { rng.next_u32() % 6 }
/// let mut rng = SeededRng::seed_from_u64(3);
/// assert_eq!(rng, SeededRng::new(3));
/// assert!(roll(&mut rng) < 6);
/// let mut other = SeededRng::from_rng(&mut rng);
/// assert_ne!(other.next_u64(), rng.next_u64());
/// # }
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SeededRng {
    s: [u64; 4],
    /// The second normal deviate of the last Box–Muller pair.
    spare_normal: Option<f64>,
}

/// One `SplitMix64` step: advances `state` and returns the next output.
const fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl SeededRng {
    /// A generator whose 256-bit state is expanded from `seed` by `SplitMix64`, as the
    /// xoshiro authors recommend (the state is never all zero).
    ///
    /// ```
    /// use tensorial::SeededRng;
    /// let (mut a, mut b) = (SeededRng::new(7), SeededRng::new(7));
    /// assert_eq!(a.next_u64(), b.next_u64());
    /// assert_ne!(SeededRng::new(7).next_u64(), SeededRng::new(8).next_u64());
    /// ```
    #[must_use]
    pub const fn new(seed: u64) -> Self {
        let mut sm = seed;
        Self {
            s: [
                splitmix64(&mut sm),
                splitmix64(&mut sm),
                splitmix64(&mut sm),
                splitmix64(&mut sm),
            ],
            spare_normal: None,
        }
    }

    #[cfg(test)]
    const fn from_state(s: [u64; 4]) -> Self {
        Self {
            s,
            spare_normal: None,
        }
    }

    /// The next 64 random bits.
    ///
    /// ```
    /// use tensorial::SeededRng;
    /// let mut rng = SeededRng::new(0);
    /// assert_ne!(rng.next_u64(), rng.next_u64());
    /// ```
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// The next 32 random bits (the high half of [`next_u64`](Self::next_u64)).
    ///
    /// ```
    /// use tensorial::SeededRng;
    /// let x = SeededRng::new(1).next_u32();
    /// assert_eq!(u64::from(x), SeededRng::new(1).next_u64() >> 32);
    /// ```
    #[allow(clippy::cast_possible_truncation)]
    pub fn next_u32(&mut self) -> u32 {
        (self.next_u64() >> 32) as u32
    }

    /// A uniform `f64` in `[0, 1)`, a multiple of 2⁻⁵³.
    ///
    /// ```
    /// use tensorial::SeededRng;
    /// let mut rng = SeededRng::new(3);
    /// assert!((0..1000).map(|_| rng.next_f64()).all(|u| (0.0..1.0).contains(&u)));
    /// ```
    #[allow(clippy::cast_precision_loss)]
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1_u64 << 53) as f64)
    }

    /// A uniform `f32` in `[0, 1)`, a multiple of 2⁻²⁴.
    ///
    /// ```
    /// use tensorial::SeededRng;
    /// let mut rng = SeededRng::new(3);
    /// assert!((0..1000).map(|_| rng.next_f32()).all(|u| (0.0..1.0).contains(&u)));
    /// ```
    #[allow(clippy::cast_precision_loss)]
    pub fn next_f32(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 * (1.0 / (1_u32 << 24) as f32)
    }

    /// A uniform integer in `0..n`, without modulo bias (Lemire's multiply-and-reject).
    ///
    /// # Panics
    /// When `n == 0`.
    ///
    /// ```
    /// use tensorial::SeededRng;
    /// let mut rng = SeededRng::new(5);
    /// assert!((0..1000).all(|_| rng.below(6) < 6));
    /// ```
    #[allow(clippy::cast_possible_truncation)]
    pub fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "SeededRng::below(0): the range 0..0 is empty");
        let mut m = u128::from(self.next_u64()) * u128::from(n);
        if (m as u64) < n {
            let threshold = n.wrapping_neg() % n;
            while (m as u64) < threshold {
                m = u128::from(self.next_u64()) * u128::from(n);
            }
        }
        (m >> 64) as u64
    }

    /// A standard normal deviate (mean 0, standard deviation 1), by the Box–Muller transform.
    /// Each transform yields two deviates; the second is kept for the next call.
    ///
    /// ```
    /// use tensorial::SeededRng;
    /// let mut rng = SeededRng::new(11);
    /// let mean = (0..10_000).map(|_| rng.normal()).sum::<f64>() / 10_000.0;
    /// assert!(mean.abs() < 0.05);
    /// ```
    pub fn normal(&mut self) -> f64 {
        if let Some(z) = self.spare_normal.take() {
            return z;
        }
        // u1 in (0, 1] so that ln(u1) is finite.
        let u1 = 1.0 - self.next_f64();
        let u2 = self.next_f64();
        let r = Float::sqrt(-2.0 * Float::ln(u1));
        let (sin, cos) = Float::sin_cos(core::f64::consts::TAU * u2);
        self.spare_normal = Some(r * sin);
        r * cos
    }

    /// Shuffles `values` in place (Fisher–Yates): every permutation is equally likely.
    ///
    /// ```
    /// use tensorial::SeededRng;
    /// let mut v = [1, 2, 3, 4, 5];
    /// SeededRng::new(9).shuffle(&mut v);
    /// v.sort();
    /// assert_eq!(v, [1, 2, 3, 4, 5]);
    /// ```
    #[allow(clippy::cast_possible_truncation)]
    pub fn shuffle<T>(&mut self, values: &mut [T]) {
        for i in (1..values.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            values.swap(i, j);
        }
    }
}

/// Float element types of random tensors: `f32` and `f64`.
///
/// ```
/// use tensorial::{RandomFloat, SeededRng};
/// let u = f32::sample_unit(&mut SeededRng::new(0));
/// assert!((0.0..1.0).contains(&u));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a float type, so it cannot hold uniform or normal random values",
    label = "`rand`, `uniform`, `randn` and `normal` fill `f32` or `f64` tensors",
    note = "for random integers use `randint`"
)]
pub trait RandomFloat: Elem + Float {
    /// A uniform value in `[0, 1)`.
    fn sample_unit(rng: &mut SeededRng) -> Self;
    /// A standard normal value.
    fn sample_normal(rng: &mut SeededRng) -> Self;
}

impl RandomFloat for f64 {
    fn sample_unit(rng: &mut SeededRng) -> Self {
        rng.next_f64()
    }
    fn sample_normal(rng: &mut SeededRng) -> Self {
        rng.normal()
    }
}

impl RandomFloat for f32 {
    fn sample_unit(rng: &mut SeededRng) -> Self {
        rng.next_f32()
    }
    #[allow(clippy::cast_possible_truncation)]
    fn sample_normal(rng: &mut SeededRng) -> Self {
        rng.normal() as f32
    }
}

/// Integer element types of random tensors: the primitive integers up to 64 bits.
///
/// ```
/// use tensorial::{RandomInt, SeededRng};
/// let d = i8::sample_range(&mut SeededRng::new(0), -3, 3);
/// assert!((-3..3).contains(&d));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an integer type `randint` can draw",
    label = "`randint` fills tensors of integers up to 64 bits",
    note = "for random floats use `rand`, `uniform`, `randn` or `normal`"
)]
pub trait RandomInt: Elem + PartialOrd {
    /// A uniform value in `low..high` (which must not be empty).
    fn sample_range(rng: &mut SeededRng, low: Self, high: Self) -> Self;
}

macro_rules! random_ints {
    ($($t:ty)*) => {$(
        impl RandomInt for $t {
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                clippy::cast_possible_wrap,
                clippy::cast_lossless
            )]
            fn sample_range(rng: &mut SeededRng, low: Self, high: Self) -> Self {
                debug_assert!(low < high);
                // Every type here fits in i128, and the span in u64.
                let span = (high as i128 - low as i128) as u64;
                (low as i128 + rng.below(span) as i128) as Self
            }
        }
    )*};
}

random_ints!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize);

/// **Random (`SeededRng`)** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Uniform values in `[0, 1)` (NumPy `rng.random(shape)`, legacy `np.random.rand`).
    ///
    /// ```
    /// use tensorial::{Rank2, SeededRng, Tensor};
    /// let x = Tensor::<f64, Rank2<2, 3>>::rand(&mut SeededRng::new(0));
    /// assert!(x.iter().all(|&v| (0.0..1.0).contains(&v)));
    /// ```
    #[must_use]
    pub fn rand(rng: &mut SeededRng) -> Self
    where
        T: RandomFloat,
    {
        const { check_inline_cap::<T, S, K>() };
        Self::build(|out| {
            for v in out {
                *v = T::sample_unit(rng);
            }
        })
    }

    /// Uniform values in `[low, high)`, up to rounding (NumPy `rng.uniform(low, high, shape)`).
    ///
    /// ```
    /// use tensorial::{Heap, Rank2, SeededRng, Tensor};
    /// let x = Tensor::<f32, Rank2<100, 10>, Heap>::uniform(&mut SeededRng::new(0), -1.0, 1.0);
    /// assert!(x.iter().all(|&v| (-1.0..1.0).contains(&v)));
    /// ```
    #[must_use]
    pub fn uniform(rng: &mut SeededRng, low: T, high: T) -> Self
    where
        T: RandomFloat,
    {
        const { check_inline_cap::<T, S, K>() };
        let span = high - low;
        Self::build(|out| {
            for v in out {
                *v = low + span * T::sample_unit(rng);
            }
        })
    }

    /// Standard normal values (NumPy `rng.standard_normal(shape)`, legacy `np.random.randn`).
    ///
    /// To scale them where the type comes from context (a struct field, a return type), use
    /// [`normal`](Self::normal): `w: Tensor::normal(&mut rng, 0.0, 0.01)` infers the shape,
    /// while `Tensor::randn(&mut rng) * 0.01` cannot (the product's type is computed from the
    /// operands', so the compiler asks for a turbofish on `randn`).
    ///
    /// ```
    /// use tensorial::{Rank1, SeededRng, Tensor};
    /// let x = Tensor::<f64, Rank1<4>>::randn(&mut SeededRng::new(0));
    /// assert!(x.iter().all(|v| v.is_finite()));
    /// ```
    #[must_use]
    pub fn randn(rng: &mut SeededRng) -> Self
    where
        T: RandomFloat,
    {
        const { check_inline_cap::<T, S, K>() };
        Self::build(|out| {
            for v in out {
                *v = T::sample_normal(rng);
            }
        })
    }

    /// Normal values with the given mean and standard deviation (NumPy
    /// `rng.normal(mean, std, shape)`, or `np.random.randn(*shape) * std + mean`).
    ///
    /// ```
    /// use tensorial::{Heap, Rank1, Rank2, SeededRng, Tensor};
    /// let x = Tensor::<f64, Rank1<1000>>::normal(&mut SeededRng::new(0), 5.0, 0.1);
    /// assert!((x.iter().sum::<f64>() / 1000.0 - 5.0).abs() < 0.02);
    ///
    /// // The shape comes from the field: `W = np.random.randn(784, 128) * 0.01`.
    /// struct Layer { w: Tensor<f32, Rank2<784, 128>, Heap> }
    /// let layer = Layer { w: Tensor::normal(&mut SeededRng::new(1), 0.0, 0.01) };
    /// assert!(layer.w.iter().all(|v| v.abs() < 0.1));
    /// ```
    #[must_use]
    pub fn normal(rng: &mut SeededRng, mean: T, std: T) -> Self
    where
        T: RandomFloat,
    {
        const { check_inline_cap::<T, S, K>() };
        Self::build(|out| {
            for v in out {
                *v = mean + std * T::sample_normal(rng);
            }
        })
    }

    /// Uniform integers in `low..high`, `high` excluded (NumPy `rng.integers(low, high, shape)`,
    /// legacy `np.random.randint`). Unbiased for every range.
    ///
    /// # Panics
    /// When `low >= high` (the range is empty).
    ///
    /// ```
    /// use tensorial::{Rank2, SeededRng, Tensor};
    /// let x = Tensor::<i32, Rank2<3, 2>>::randint(&mut SeededRng::new(0), 3, 10);
    /// assert!(x.iter().all(|&v| (3..10).contains(&v)));
    /// ```
    #[must_use]
    #[track_caller]
    pub fn randint(rng: &mut SeededRng, low: T, high: T) -> Self
    where
        T: RandomInt,
    {
        const { check_inline_cap::<T, S, K>() };
        assert!(
            low < high,
            "randint: the range {low}..{high} is empty (high is excluded)"
        );
        Self::build(|out| {
            for v in out {
                *v = T::sample_range(rng, low, high);
            }
        })
    }
}

/// **Random (`SeededRng`)** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, const N: usize, K: Kind> Tensor<T, (Const<N>,), K> {
    /// Shuffles the elements in place; every order is equally likely (NumPy `rng.shuffle(x)`).
    ///
    /// ```
    /// use tensorial::{tensor, SeededRng};
    /// let mut x = tensor![1, 2, 3, 4];
    /// x.shuffle(&mut SeededRng::new(1));
    /// assert_eq!(x.iter().sum::<i32>(), 10);
    /// ```
    pub fn shuffle(&mut self, rng: &mut SeededRng) {
        rng.shuffle(self.as_mut_slice());
    }
}

/// **Random (`SeededRng`)** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<const N: usize, K: Kind> Tensor<usize, (Const<N>,), K> {
    /// A random permutation of `0..N` (NumPy `rng.permutation(N)`).
    ///
    /// ```
    /// use tensorial::{Rank1, SeededRng, Tensor};
    /// let p = Tensor::<usize, Rank1<5>>::permutation(&mut SeededRng::new(0));
    /// let mut seen = p.as_slice().to_vec();
    /// seen.sort();
    /// assert_eq!(seen, [0, 1, 2, 3, 4]);
    /// ```
    #[must_use]
    pub fn permutation(rng: &mut SeededRng) -> Self {
        const { check_inline_cap::<usize, (Const<N>,), K>() };
        let mut p = Self::arange();
        p.shuffle(rng);
        p
    }
}

/// Feature `rand_core`: the `rand` ecosystem bridge.
#[cfg(feature = "rand_core")]
mod rand_bridge {
    use super::SeededRng;
    use core::convert::Infallible;

    impl rand_core::TryRng for SeededRng {
        type Error = Infallible;

        fn try_next_u32(&mut self) -> Result<u32, Infallible> {
            Ok(self.next_u32())
        }
        fn try_next_u64(&mut self) -> Result<u64, Infallible> {
            Ok(self.next_u64())
        }
        fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
            rand_core::utils::fill_bytes_via_next_word(dst, || Ok(self.next_u64()))
        }
    }

    impl rand_core::SeedableRng for SeededRng {
        type Seed = [u8; 32];

        /// The state is the seed's four little-endian words; an all-zero seed (which would
        /// make xoshiro output only zeros) is replaced by `SeededRng::new(0)`.
        fn from_seed(seed: [u8; 32]) -> Self {
            let s: [u64; 4] = rand_core::utils::read_words(&seed);
            if s == [0; 4] {
                return Self::new(0);
            }
            Self {
                s,
                spare_normal: None,
            }
        }

        /// Same as [`SeededRng::new`].
        fn seed_from_u64(seed: u64) -> Self {
            Self::new(seed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SeededRng;

    /// The reference implementation's first outputs from the state `[1, 2, 3, 4]` (as in the
    /// test vectors of `rand_xoshiro`).
    #[test]
    fn xoshiro256plusplus_reference_vector() {
        let mut rng = SeededRng::from_state([1, 2, 3, 4]);
        let expected: [u64; 10] = [
            41_943_041,
            58_720_359,
            3_588_806_011_781_223,
            3_591_011_842_654_386,
            9_228_616_714_210_784_205,
            9_973_669_472_204_895_162,
            14_011_001_112_246_962_877,
            12_406_186_145_184_390_807,
            15_849_039_046_786_891_736,
            10_450_023_813_501_588_000,
        ];
        for want in expected {
            assert_eq!(rng.next_u64(), want);
        }
    }

    /// `SplitMix64` from seed 1234567: the first outputs of the reference C code.
    #[test]
    fn splitmix64_reference_vector() {
        let mut state = 1_234_567;
        let got: [u64; 3] = core::array::from_fn(|_| super::splitmix64(&mut state));
        assert_eq!(
            got,
            [
                6_457_827_717_110_365_317,
                3_203_168_211_198_807_973,
                9_817_491_932_198_370_423
            ]
        );
    }

    #[cfg(feature = "rand_core")]
    #[test]
    fn rand_core_bridge_uses_the_same_stream() {
        use rand_core::{Rng, SeedableRng};
        let (mut a, mut b) = (SeededRng::new(9), SeededRng::new(9));
        let mut bytes = [0_u8; 12];
        Rng::fill_bytes(&mut a, &mut bytes);
        let (w0, w1) = (b.next_u64().to_le_bytes(), b.next_u64().to_le_bytes());
        assert_eq!((&bytes[..8], &bytes[8..]), (&w0[..], &w1[..4]));
        assert_eq!(Rng::next_u32(&mut a), b.next_u32());
        assert_eq!(SeededRng::from_seed([0; 32]), SeededRng::new(0));
        let mut seed = [0_u8; 32];
        (seed[0], seed[8], seed[16], seed[24]) = (1, 2, 3, 4);
        assert_eq!(
            SeededRng::from_seed(seed),
            SeededRng::from_state([1, 2, 3, 4])
        );
        assert_eq!(SeededRng::seed_from_u64(5), SeededRng::new(5));
    }

    #[test]
    fn below_is_unbiased_and_in_range() {
        let mut rng = SeededRng::new(1);
        let mut counts = [0_u32; 3];
        for _ in 0..30_000 {
            counts[usize::try_from(rng.below(3)).unwrap()] += 1;
        }
        assert!(
            counts.iter().all(|&c| (9_500..10_500).contains(&c)),
            "{counts:?}"
        );
        // A span close to 2^64 exercises the rejection branch.
        let n = u64::MAX / 3 * 2;
        assert!((0..1000).all(|_| rng.below(n) < n));
    }
}
