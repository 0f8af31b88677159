//! Shared test helpers: a tiny deterministic RNG, random tensors, and naive reference
//! implementations (multi-index loops) written independently of the library's kernels.
//!
//! Each integration test file compiles this module separately and uses a different subset.
#![allow(dead_code)]

pub mod einsum_oracle;

use tensorial::{Elem, Kind, Shape, Tensor};

/// SplitMix64: small, fast, deterministic, good enough for test inputs.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        #[allow(clippy::cast_precision_loss)]
        let x = (self.next_u64() >> 11) as f64;
        x / (1u64 << 53) as f64
    }

    /// Uniform in `[lo, hi)`.
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Uniform integer in `[lo, hi]`.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        assert!(lo <= hi);
        #[allow(clippy::cast_sign_loss, clippy::cast_possible_wrap)]
        let span = (hi - lo) as u64 + 1;
        #[allow(clippy::cast_possible_wrap)]
        let off = (self.next_u64() % span) as i64;
        lo + off
    }

    /// Uniform index in `[0, n)`.
    pub fn index(&mut self, n: usize) -> usize {
        #[allow(clippy::cast_possible_truncation)]
        let i = (self.next_u64() % n as u64) as usize;
        i
    }

    pub fn bool(&mut self) -> bool {
        self.next_u64() & 1 == 1
    }

    /// A value of magnitude in `[0.5, 4)` with a random sign: safe as a divisor.
    pub fn nonzero(&mut self) -> f64 {
        let m = self.uniform(0.5, 4.0);
        if self.bool() { m } else { -m }
    }
}

/// Element types the helpers can draw at random.
pub trait RandomElem: Elem {
    fn random(rng: &mut Rng) -> Self;
}

impl RandomElem for f64 {
    fn random(rng: &mut Rng) -> Self {
        rng.uniform(-10.0, 10.0)
    }
}

impl RandomElem for f32 {
    fn random(rng: &mut Rng) -> Self {
        #[allow(clippy::cast_possible_truncation)]
        let x = rng.uniform(-10.0, 10.0) as f32;
        x
    }
}

impl RandomElem for i32 {
    fn random(rng: &mut Rng) -> Self {
        i32::try_from(rng.int(-1000, 1000)).unwrap()
    }
}

impl RandomElem for i64 {
    fn random(rng: &mut Rng) -> Self {
        rng.int(-1_000_000, 1_000_000)
    }
}

impl RandomElem for u8 {
    fn random(rng: &mut Rng) -> Self {
        u8::try_from(rng.int(0, 255)).unwrap()
    }
}

impl RandomElem for bool {
    fn random(rng: &mut Rng) -> Self {
        rng.bool()
    }
}

/// A tensor of random elements, filled through `Tensor::from_fn`.
pub fn random_tensor<T: RandomElem, S: Shape, K: Kind>(seed: u64) -> Tensor<T, S, K> {
    let mut rng = Rng::new(seed);
    Tensor::from_fn(|_| T::random(&mut rng))
}

/// A tensor whose elements are drawn by `draw`.
pub fn random_tensor_with<T: Elem, S: Shape, K: Kind>(
    seed: u64,
    mut draw: impl FnMut(&mut Rng) -> T,
) -> Tensor<T, S, K> {
    let mut rng = Rng::new(seed);
    Tensor::from_fn(|_| draw(&mut rng))
}

/// An f64 tensor with no element near zero (for divisors).
pub fn random_nonzero<S: Shape, K: Kind>(seed: u64) -> Tensor<f64, S, K> {
    random_tensor_with(seed, Rng::nonzero)
}

// ---------------------------------------------------------------------------------------------
// Naive references
// ---------------------------------------------------------------------------------------------

/// The dims of a shape type, as a `Vec` (the type's `DIMS` constant).
pub fn dims_of<S: Shape>() -> Vec<usize> {
    S::DIMS.as_ref().to_vec()
}

/// NumPy's broadcasting rule on run-time dims: right-aligned, missing or size-1 axes stretch.
///
/// # Panics
/// When the dims are incompatible.
pub fn broadcast_dims(a: &[usize], b: &[usize]) -> Vec<usize> {
    let rank = a.len().max(b.len());
    let mut out = vec![0; rank];
    for k in 0..rank {
        // k counts from the right.
        let x = if k < a.len() { a[a.len() - 1 - k] } else { 1 };
        let y = if k < b.len() { b[b.len() - 1 - k] } else { 1 };
        let n = if x == y {
            x
        } else if x == 1 {
            y
        } else if y == 1 {
            x
        } else {
            panic!("dims {a:?} and {b:?} do not broadcast");
        };
        out[rank - 1 - k] = n;
    }
    out
}

/// Every multi-index of `dims` in row-major order (one empty index for rank 0, none if empty).
pub fn multi_indices(dims: &[usize]) -> Vec<Vec<usize>> {
    if dims.contains(&0) {
        return Vec::new();
    }
    let mut all = Vec::new();
    let mut idx = vec![0; dims.len()];
    loop {
        all.push(idx.clone());
        // odometer increment, last axis fastest
        let mut axis = dims.len();
        loop {
            if axis == 0 {
                return all;
            }
            axis -= 1;
            idx[axis] += 1;
            if idx[axis] < dims[axis] {
                break;
            }
            idx[axis] = 0;
        }
    }
}

/// Row-major offset of `idx` in `dims` (no bounds check beyond debug asserts).
pub fn offset_of(idx: &[usize], dims: &[usize]) -> usize {
    assert_eq!(idx.len(), dims.len());
    let mut off = 0;
    for (&i, &n) in idx.iter().zip(dims) {
        assert!(i < n, "index {idx:?} out of bounds for {dims:?}");
        off = off * n + i;
    }
    off
}

/// Offset in an operand of dims `dims` of the element that output index `out_idx` reads:
/// right-aligned, size-1 axes read index 0, missing leading axes are ignored.
pub fn source_offset(out_idx: &[usize], dims: &[usize]) -> usize {
    assert!(dims.len() <= out_idx.len());
    let lead = out_idx.len() - dims.len();
    let idx: Vec<usize> = dims
        .iter()
        .enumerate()
        .map(|(k, &n)| if n == 1 { 0 } else { out_idx[lead + k] })
        .collect();
    offset_of(&idx, dims)
}

/// Naive broadcast of `f(a, b)`: returns the output dims and elements (row-major).
pub fn ref_zip<A: Copy, B: Copy, O>(
    (a, a_dims): (&[A], &[usize]),
    (b, b_dims): (&[B], &[usize]),
    f: impl Fn(A, B) -> O,
) -> (Vec<usize>, Vec<O>) {
    assert_eq!(a.len(), a_dims.iter().product::<usize>());
    assert_eq!(b.len(), b_dims.iter().product::<usize>());
    let out_dims = broadcast_dims(a_dims, b_dims);
    let out = multi_indices(&out_dims)
        .iter()
        .map(|idx| f(a[source_offset(idx, a_dims)], b[source_offset(idx, b_dims)]))
        .collect();
    (out_dims, out)
}

/// [`ref_zip`] on two tensors.
pub fn ref_zip_t<A: Elem, SA: Shape, KA: Kind, B: Elem, SB: Shape, KB: Kind, O>(
    a: &Tensor<A, SA, KA>,
    b: &Tensor<B, SB, KB>,
    f: impl Fn(A, B) -> O,
) -> (Vec<usize>, Vec<O>) {
    ref_zip(
        (a.as_slice(), &dims_of::<SA>()),
        (b.as_slice(), &dims_of::<SB>()),
        f,
    )
}

/// Naive three-way broadcast of `f(a, b, c)` (for `select`).
pub fn ref_zip3<A: Copy, B: Copy, C: Copy, O>(
    (a, a_dims): (&[A], &[usize]),
    (b, b_dims): (&[B], &[usize]),
    (c, c_dims): (&[C], &[usize]),
    f: impl Fn(A, B, C) -> O,
) -> (Vec<usize>, Vec<O>) {
    let out_dims = broadcast_dims(&broadcast_dims(a_dims, b_dims), c_dims);
    let out = multi_indices(&out_dims)
        .iter()
        .map(|idx| {
            f(
                a[source_offset(idx, a_dims)],
                b[source_offset(idx, b_dims)],
                c[source_offset(idx, c_dims)],
            )
        })
        .collect();
    (out_dims, out)
}

/// Naive `broadcast_to`: the source read at every index of `out_dims`.
pub fn ref_broadcast_to<T: Copy>(src: &[T], src_dims: &[usize], out_dims: &[usize]) -> Vec<T> {
    assert_eq!(
        broadcast_dims(src_dims, out_dims),
        out_dims,
        "{src_dims:?} does not stretch to {out_dims:?}"
    );
    multi_indices(out_dims)
        .iter()
        .map(|idx| src[source_offset(idx, src_dims)])
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Assertions
// ---------------------------------------------------------------------------------------------

/// Equal, or both NaN (the only values unequal to themselves).
#[allow(clippy::eq_op)]
pub fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    a == b || (a != a && b != b)
}

/// Exact elementwise equality (NaN matches NaN), with the first mismatch in the message.
#[track_caller]
pub fn assert_elems_eq<T: PartialEq + core::fmt::Debug>(got: &[T], want: &[T]) {
    assert_eq!(got.len(), want.len(), "length differs");
    if let Some(i) = (0..got.len()).find(|&i| !same(&got[i], &want[i])) {
        panic!(
            "element {i} differs: got {:?}, want {:?}\n got: {got:?}\nwant: {want:?}",
            got[i], want[i]
        );
    }
}

/// Checks a tensor against a reference `(dims, elements)` pair: the shape and every element.
#[track_caller]
pub fn assert_matches<T: Elem, S: Shape, K: Kind>(
    got: &Tensor<T, S, K>,
    (want_dims, want): &(Vec<usize>, Vec<T>),
) {
    assert_eq!(got.shape().as_ref(), want_dims.as_slice(), "shape differs");
    assert_elems_eq(got.as_slice(), want);
}

/// Float closeness: relative `tol` (absolute near zero); NaN matches NaN, infinities exactly.
#[track_caller]
pub fn assert_close(got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "length differs");
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        let ok = if w.is_nan() || w.is_infinite() {
            same(&g, &w)
        } else {
            (g - w).abs() <= tol * w.abs().max(1.0)
        };
        assert!(ok, "element {i}: got {g:?}, want {w:?} (tol {tol})");
    }
}

/// Compile-time proof that `value` has type `T` (a failed annotation does not compile).
pub fn has_type<T>(_: &T) {}
