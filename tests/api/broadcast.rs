//! Broadcasting across every rank pair the impls cover: lhs rank 0..=6 × rhs rank 0..=6.
//!
//! Each case names an lhs shape, an rhs shape (a mix of `Const<N>` and `Bcast` axes), the
//! output shape type the compiler must infer and its dims; a second, all-`Const` pair of the
//! same ranks checks plain rank broadcasting (missing leading axes). Every result is compared
//! with the naive multi-index reference of `common::ref_zip` on random inputs.
// Borrowed operands (`&a + &b`) are exercised on purpose.
#![allow(clippy::op_ref)]

use crate::common;

use common::{
    Rng, assert_elems_eq, assert_matches, broadcast_dims, dims_of, random_nonzero, random_tensor,
    ref_zip, ref_zip_t,
};
use tensorial::{Bcast, Const, Heap, Shape, Tensor};

type C<const N: usize> = Const<N>;
type B = Bcast;

/// A per-test seed: FNV-1a of the test name.
fn seed_of(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

macro_rules! broadcast_cases {
    ($(
        $name:ident: $L:ty, $R:ty => $O:ty, $dims:expr;
        plain $LC:ty, $RC:ty => $OC:ty;
    )*) => {$(
        #[test]
        #[allow(clippy::float_cmp, clippy::too_many_lines)]
        fn $name() {
            let seed = seed_of(stringify!($name));
            let want_dims: <$O as Shape>::Idx = $dims;
            // The expected output type agrees with NumPy's rule on run-time dims.
            assert_eq!(
                broadcast_dims(&dims_of::<$L>(), &dims_of::<$R>()),
                want_dims.as_ref()
            );
            assert_eq!(<$O as Shape>::DIMS, want_dims);

            let a: Tensor<f64, $L> = random_tensor(seed);
            let b: Tensor<f64, $R> = random_nonzero(seed ^ 1);
            let ah: Tensor<f64, $L, Heap> = a.to_heap();
            let bh: Tensor<f64, $R, Heap> = b.to_heap();

            // `+`: every owned/borrowed form, both storage kinds, output type by annotation.
            let add = ref_zip_t(&a, &b, |x, y| x + y);
            let sum: Tensor<f64, $O> = &a + &b;
            assert_eq!(sum.shape(), want_dims);
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O> = a + &b;
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O> = &a + b;
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O> = a + b;
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O, Heap> = &ah + &b;
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O, Heap> = &a + &bh;
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O, Heap> = &ah + &bh;
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O, Heap> = ah.clone() + &b;
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O, Heap> = a + bh.clone();
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O, Heap> = ah.clone() + bh.clone();
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $O> = &b + &a;
            assert_matches(&sum, &ref_zip_t(&b, &a, |x, y| x + y));

            // Order-sensitive ops, both orders.
            let diff: Tensor<f64, $O> = &a - &b;
            assert_matches(&diff, &ref_zip_t(&a, &b, |x, y| x - y));
            let diff: Tensor<f64, $O, Heap> = &bh - a;
            assert_matches(&diff, &ref_zip_t(&b, &a, |x, y| x - y));
            let prod: Tensor<f64, $O> = a * &b;
            assert_matches(&prod, &ref_zip_t(&a, &b, |x, y| x * y));
            let quot: Tensor<f64, $O> = &a / &b;
            assert_matches(&quot, &ref_zip_t(&a, &b, |x, y| x / y));
            let quot: Tensor<f64, $O, Heap> = bh.clone() / &ah;
            assert_matches(&quot, &ref_zip_t(&b, &a, |x, y| x / y));
            let rem: Tensor<f64, $O> = &a % b;
            assert_matches(&rem, &ref_zip_t(&a, &b, |x, y| x % y));

            // `zip_map` with another element type on the right and a non-commutative closure.
            let bi: Tensor<i32, $R> = random_tensor(seed ^ 2);
            let z: Tensor<f64, $O> = a.zip_map(&bi, |x, y| x * 10.0 - f64::from(y));
            assert_matches(&z, &ref_zip_t(&a, &bi, |x, y| x * 10.0 - f64::from(y)));
            let z: Tensor<bool, $O, Heap> = ah.zip_map(bi, |x, y| x < f64::from(y));
            assert_matches(&z, &ref_zip_t(&a, &bi, |x, y| x < f64::from(y)));
            let z: Tensor<f64, $O> = b.zip_map(&a, |x, y| x - 2.0 * y);
            assert_matches(&z, &ref_zip_t(&b, &a, |x, y| x - 2.0 * y));

            // Scalars on either side keep the tensor's shape.
            let s: Tensor<f64, $L> = &a * 2.5 - 1.0;
            assert_matches(&s, &ref_zip_t(&a, &Tensor::<f64, ()>::scalar(0.0), |x, _| x * 2.5 - 1.0));
            let s: Tensor<f64, $R, Heap> = 3.0 / &bh;
            assert_matches(&s, &ref_zip_t(&b, &Tensor::<f64, ()>::scalar(0.0), |x, _| 3.0 / x));

            // All-`Const` shapes of the same ranks: only missing leading axes broadcast.
            let p: Tensor<f64, $LC> = random_tensor(seed ^ 3);
            let q: Tensor<f64, $RC> = random_tensor(seed ^ 4);
            let add = ref_zip_t(&p, &q, |x, y| x + y);
            let sum: Tensor<f64, $OC> = &p + &q;
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $OC> = p + q;
            assert_matches(&sum, &add);
            let sum: Tensor<f64, $OC, Heap> = p + q.to_heap();
            assert_matches(&sum, &add);
            let diff: Tensor<f64, $OC, Heap> = &q.to_heap() - p;
            assert_matches(&diff, &ref_zip_t(&q, &p, |x, y| x - y));
            // An owned heap lhs of the output's shape lends its buffer to the result.
            let ph = p.to_heap();
            let ptr = ph.as_slice().as_ptr();
            let sum: Tensor<f64, $OC, Heap> = ph + &q;
            assert_matches(&sum, &add);
            if dims_of::<$LC>() == dims_of::<$OC>() {
                assert_eq!(sum.as_slice().as_ptr(), ptr, "`x + &y` should reuse x's buffer");
            }
        }
    )*};
}

broadcast_cases! {
    l0_r0: (), () => (), [];
        plain (), () => ();
    l0_r1: (), (C<4>,) => (C<4>,), [4];
        plain (), (C<4>,) => (C<4>,);
    l0_r2: (), (B, C<4>) => (B, C<4>), [1, 4];
        plain (), (C<3>, C<4>) => (C<3>, C<4>);
    l0_r3: (), (B, B, C<4>) => (B, B, C<4>), [1, 1, 4];
        plain (), (C<2>, C<3>, C<4>) => (C<2>, C<3>, C<4>);
    l0_r4: (), (B, C<2>, C<3>, C<4>) => (B, C<2>, C<3>, C<4>), [1, 2, 3, 4];
        plain (), (C<3>, C<2>, C<3>, C<4>) => (C<3>, C<2>, C<3>, C<4>);
    l0_r5: (), (B, C<3>, B, C<3>, B) => (B, C<3>, B, C<3>, B), [1, 3, 1, 3, 1];
        plain (), (C<2>, C<3>, C<2>, C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l0_r6: (), (C<4>, C<2>, C<3>, C<2>, C<3>, B) => (C<4>, C<2>, C<3>, C<2>, C<3>, B), [4, 2, 3, 2, 3, 1];
        plain (), (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l1_r0: (B,), () => (B,), [1];
        plain (C<4>,), () => (C<4>,);
    l1_r1: (C<4>,), (B,) => (C<4>,), [4];
        plain (C<4>,), (C<4>,) => (C<4>,);
    l1_r2: (C<4>,), (C<3>, B) => (C<3>, C<4>), [3, 4];
        plain (C<4>,), (C<3>, C<4>) => (C<3>, C<4>);
    l1_r3: (B,), (B, C<3>, C<4>) => (B, C<3>, C<4>), [1, 3, 4];
        plain (C<4>,), (C<2>, C<3>, C<4>) => (C<2>, C<3>, C<4>);
    l1_r4: (B,), (B, C<2>, C<3>, C<4>) => (B, C<2>, C<3>, C<4>), [1, 2, 3, 4];
        plain (C<4>,), (C<3>, C<2>, C<3>, C<4>) => (C<3>, C<2>, C<3>, C<4>);
    l1_r5: (B,), (C<2>, C<3>, B, C<3>, C<4>) => (C<2>, C<3>, B, C<3>, C<4>), [2, 3, 1, 3, 4];
        plain (C<4>,), (C<2>, C<3>, C<2>, C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l1_r6: (C<4>,), (C<4>, B, B, C<2>, C<3>, B) => (C<4>, B, B, C<2>, C<3>, C<4>), [4, 1, 1, 2, 3, 4];
        plain (C<4>,), (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l2_r0: (C<3>, B), () => (C<3>, B), [3, 1];
        plain (C<3>, C<4>), () => (C<3>, C<4>);
    l2_r1: (C<3>, B), (C<4>,) => (C<3>, C<4>), [3, 4];
        plain (C<3>, C<4>), (C<4>,) => (C<3>, C<4>);
    l2_r2: (C<3>, B), (B, C<4>) => (C<3>, C<4>), [3, 4];
        plain (C<3>, C<4>), (C<3>, C<4>) => (C<3>, C<4>);
    l2_r3: (C<3>, B), (B, C<3>, C<4>) => (B, C<3>, C<4>), [1, 3, 4];
        plain (C<3>, C<4>), (C<2>, C<3>, C<4>) => (C<2>, C<3>, C<4>);
    l2_r4: (B, C<4>), (C<3>, C<2>, B, B) => (C<3>, C<2>, B, C<4>), [3, 2, 1, 4];
        plain (C<3>, C<4>), (C<3>, C<2>, C<3>, C<4>) => (C<3>, C<2>, C<3>, C<4>);
    l2_r5: (B, C<4>), (C<2>, C<3>, C<2>, B, B) => (C<2>, C<3>, C<2>, B, C<4>), [2, 3, 2, 1, 4];
        plain (C<3>, C<4>), (C<2>, C<3>, C<2>, C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l2_r6: (C<3>, B), (B, C<2>, C<3>, C<2>, C<3>, C<4>) => (B, C<2>, C<3>, C<2>, C<3>, C<4>), [1, 2, 3, 2, 3, 4];
        plain (C<3>, C<4>), (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l3_r0: (B, C<3>, B), () => (B, C<3>, B), [1, 3, 1];
        plain (C<2>, C<3>, C<4>), () => (C<2>, C<3>, C<4>);
    l3_r1: (B, C<3>, C<4>), (B,) => (B, C<3>, C<4>), [1, 3, 4];
        plain (C<2>, C<3>, C<4>), (C<4>,) => (C<2>, C<3>, C<4>);
    l3_r2: (C<2>, C<3>, B), (B, C<4>) => (C<2>, C<3>, C<4>), [2, 3, 4];
        plain (C<2>, C<3>, C<4>), (C<3>, C<4>) => (C<2>, C<3>, C<4>);
    l3_r3: (C<2>, C<3>, B), (B, C<3>, C<4>) => (C<2>, C<3>, C<4>), [2, 3, 4];
        plain (C<2>, C<3>, C<4>), (C<2>, C<3>, C<4>) => (C<2>, C<3>, C<4>);
    l3_r4: (C<2>, C<3>, B), (C<3>, B, C<3>, C<4>) => (C<3>, C<2>, C<3>, C<4>), [3, 2, 3, 4];
        plain (C<2>, C<3>, C<4>), (C<3>, C<2>, C<3>, C<4>) => (C<3>, C<2>, C<3>, C<4>);
    l3_r5: (C<2>, B, B), (C<2>, C<3>, C<2>, B, C<4>) => (C<2>, C<3>, C<2>, B, C<4>), [2, 3, 2, 1, 4];
        plain (C<2>, C<3>, C<4>), (C<2>, C<3>, C<2>, C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l3_r6: (C<2>, C<3>, B), (B, C<2>, C<3>, C<2>, B, C<4>) => (B, C<2>, C<3>, C<2>, C<3>, C<4>), [1, 2, 3, 2, 3, 4];
        plain (C<2>, C<3>, C<4>), (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l4_r0: (C<3>, B, B, C<4>), () => (C<3>, B, B, C<4>), [3, 1, 1, 4];
        plain (C<3>, C<2>, C<3>, C<4>), () => (C<3>, C<2>, C<3>, C<4>);
    l4_r1: (C<3>, B, B, C<4>), (B,) => (C<3>, B, B, C<4>), [3, 1, 1, 4];
        plain (C<3>, C<2>, C<3>, C<4>), (C<4>,) => (C<3>, C<2>, C<3>, C<4>);
    l4_r2: (B, C<2>, C<3>, C<4>), (C<3>, B) => (B, C<2>, C<3>, C<4>), [1, 2, 3, 4];
        plain (C<3>, C<2>, C<3>, C<4>), (C<3>, C<4>) => (C<3>, C<2>, C<3>, C<4>);
    l4_r3: (C<3>, C<2>, B, C<4>), (B, C<3>, C<4>) => (C<3>, C<2>, C<3>, C<4>), [3, 2, 3, 4];
        plain (C<3>, C<2>, C<3>, C<4>), (C<2>, C<3>, C<4>) => (C<3>, C<2>, C<3>, C<4>);
    l4_r4: (C<3>, B, B, C<4>), (B, C<2>, C<3>, B) => (C<3>, C<2>, C<3>, C<4>), [3, 2, 3, 4];
        plain (C<3>, C<2>, C<3>, C<4>), (C<3>, C<2>, C<3>, C<4>) => (C<3>, C<2>, C<3>, C<4>);
    l4_r5: (B, C<2>, C<3>, B), (C<2>, C<3>, B, B, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>), [2, 3, 2, 3, 4];
        plain (C<3>, C<2>, C<3>, C<4>), (C<2>, C<3>, C<2>, C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l4_r6: (B, C<2>, C<3>, C<4>), (C<4>, B, C<3>, C<2>, B, C<4>) => (C<4>, B, C<3>, C<2>, C<3>, C<4>), [4, 1, 3, 2, 3, 4];
        plain (C<3>, C<2>, C<3>, C<4>), (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l5_r0: (C<2>, B, C<2>, C<3>, C<4>), () => (C<2>, B, C<2>, C<3>, C<4>), [2, 1, 2, 3, 4];
        plain (C<2>, C<3>, C<2>, C<3>, C<4>), () => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l5_r1: (B, B, B, C<3>, B), (C<4>,) => (B, B, B, C<3>, C<4>), [1, 1, 1, 3, 4];
        plain (C<2>, C<3>, C<2>, C<3>, C<4>), (C<4>,) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l5_r2: (C<2>, C<3>, C<2>, B, B), (C<3>, B) => (C<2>, C<3>, C<2>, C<3>, B), [2, 3, 2, 3, 1];
        plain (C<2>, C<3>, C<2>, C<3>, C<4>), (C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l5_r3: (B, C<3>, C<2>, B, B), (C<2>, B, C<4>) => (B, C<3>, C<2>, B, C<4>), [1, 3, 2, 1, 4];
        plain (C<2>, C<3>, C<2>, C<3>, C<4>), (C<2>, C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l5_r4: (C<2>, B, B, C<3>, C<4>), (C<3>, C<2>, B, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>), [2, 3, 2, 3, 4];
        plain (C<2>, C<3>, C<2>, C<3>, C<4>), (C<3>, C<2>, C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l5_r5: (B, C<3>, C<2>, C<3>, C<4>), (C<2>, B, C<2>, C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>), [2, 3, 2, 3, 4];
        plain (C<2>, C<3>, C<2>, C<3>, C<4>), (C<2>, C<3>, C<2>, C<3>, C<4>) => (C<2>, C<3>, C<2>, C<3>, C<4>);
    l5_r6: (C<2>, C<3>, C<2>, B, B), (B, B, B, C<2>, C<3>, B) => (B, C<2>, C<3>, C<2>, C<3>, B), [1, 2, 3, 2, 3, 1];
        plain (C<2>, C<3>, C<2>, C<3>, C<4>), (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l6_r0: (C<4>, C<2>, C<3>, B, C<3>, C<4>), () => (C<4>, C<2>, C<3>, B, C<3>, C<4>), [4, 2, 3, 1, 3, 4];
        plain (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>), () => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l6_r1: (C<4>, C<2>, C<3>, B, C<3>, C<4>), (B,) => (C<4>, C<2>, C<3>, B, C<3>, C<4>), [4, 2, 3, 1, 3, 4];
        plain (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>), (C<4>,) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l6_r2: (C<4>, C<2>, B, C<2>, B, C<4>), (C<3>, B) => (C<4>, C<2>, B, C<2>, C<3>, C<4>), [4, 2, 1, 2, 3, 4];
        plain (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>), (C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l6_r3: (B, C<2>, C<3>, B, C<3>, C<4>), (C<2>, B, B) => (B, C<2>, C<3>, C<2>, C<3>, C<4>), [1, 2, 3, 2, 3, 4];
        plain (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>), (C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l6_r4: (B, C<2>, B, C<2>, C<3>, C<4>), (C<3>, B, C<3>, B) => (B, C<2>, C<3>, C<2>, C<3>, C<4>), [1, 2, 3, 2, 3, 4];
        plain (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>), (C<3>, C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l6_r5: (C<4>, B, B, B, B, C<4>), (B, C<3>, C<2>, C<3>, B) => (C<4>, B, C<3>, C<2>, C<3>, C<4>), [4, 1, 3, 2, 3, 4];
        plain (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>), (C<2>, C<3>, C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
    l6_r6: (C<4>, B, C<3>, C<2>, B, C<4>), (B, B, C<3>, B, C<3>, C<4>) => (C<4>, B, C<3>, C<2>, C<3>, C<4>), [4, 1, 3, 2, 3, 4];
        plain (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>), (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>) => (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>);
}

/// `*Assign` and `zip_assign`: the rhs broadcasts into the target's shape, which never changes.
macro_rules! assign_cases {
    ($($name:ident: $T:ty, $R:ty;)*) => {$(
        #[test]
        fn $name() {
            let seed = seed_of(stringify!($name));
            let t0: Tensor<f64, $T> = random_tensor(seed);
            let r: Tensor<f64, $R> = random_nonzero(seed ^ 1);
            let rh: Tensor<f64, $R, Heap> = r.to_heap();
            let ri: Tensor<i32, $R> = random_tensor(seed ^ 2);

            let mut t = t0;
            t += &r;
            assert_matches(&t, &ref_zip_t(&t0, &r, |x, y| x + y));
            let mut t = t0;
            t -= r;
            assert_matches(&t, &ref_zip_t(&t0, &r, |x, y| x - y));
            let mut t = t0;
            t *= &rh;
            assert_matches(&t, &ref_zip_t(&t0, &r, |x, y| x * y));
            let mut t = t0;
            t /= rh.clone();
            assert_matches(&t, &ref_zip_t(&t0, &r, |x, y| x / y));
            let mut t = t0;
            t %= &r;
            assert_matches(&t, &ref_zip_t(&t0, &r, |x, y| x % y));
            let mut t = t0;
            t -= 1.5;
            assert_matches(&t, &ref_zip_t(&t0, &r, |x, _| x - 1.5));

            let mut th: Tensor<f64, $T, Heap> = t0.to_heap();
            th -= &rh;
            assert_matches(&th, &ref_zip_t(&t0, &r, |x, y| x - y));
            let mut th: Tensor<f64, $T, Heap> = t0.to_heap();
            th /= &r;
            assert_matches(&th, &ref_zip_t(&t0, &r, |x, y| x / y));
            let mut th: Tensor<f64, $T, Heap> = t0.to_heap();
            th.zip_assign(&ri, |x, y| x * 3.0 - f64::from(y));
            assert_matches(&th, &ref_zip_t(&t0, &ri, |x, y| x * 3.0 - f64::from(y)));
            let mut t = t0;
            t.zip_assign(ri, |x, y| f64::from(y) / x);
            assert_matches(&t, &ref_zip_t(&t0, &ri, |x, y| f64::from(y) / x));

            let ti: Tensor<i32, $T> = random_tensor(seed ^ 3);
            let mut t = ti;
            t *= &ri;
            assert_matches(&t, &ref_zip_t(&ti, &ri, |x, y| x * y));
        }
    )*};
}

assign_cases! {
    t0_r0: (), ();
    t1_r0: (B,), ();
    t1_r1: (B,), (B,);
    t2_r0: (C<3>, C<4>), ();
    t2_r1: (C<3>, C<4>), (C<4>,);
    t2_r2: (C<3>, C<4>), (B, C<4>);
    t3_r0: (C<2>, C<3>, C<4>), ();
    t3_r1: (C<2>, C<3>, C<4>), (C<4>,);
    t3_r2: (B, C<3>, B), (C<3>, B);
    t3_r3: (C<2>, C<3>, C<4>), (C<2>, C<3>, B);
    t4_r0: (C<3>, C<2>, C<3>, C<4>), ();
    t4_r1: (C<3>, C<2>, C<3>, C<4>), (B,);
    t4_r2: (C<3>, C<2>, C<3>, C<4>), (B, C<4>);
    t4_r3: (B, B, C<3>, C<4>), (B, B, C<4>);
    t4_r4: (C<3>, C<2>, B, C<4>), (C<3>, C<2>, B, B);
    t5_r0: (B, B, C<2>, C<3>, C<4>), ();
    t5_r1: (C<2>, B, B, C<3>, C<4>), (B,);
    t5_r2: (B, C<3>, C<2>, C<3>, C<4>), (C<3>, B);
    t5_r3: (B, C<3>, C<2>, B, B), (C<2>, B, B);
    t5_r4: (C<2>, B, C<2>, B, C<4>), (B, C<2>, B, C<4>);
    t5_r5: (C<2>, C<3>, B, B, C<4>), (B, C<3>, B, B, C<4>);
    t6_r0: (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>), ();
    t6_r1: (C<4>, C<2>, C<3>, B, C<3>, C<4>), (B,);
    t6_r2: (C<4>, B, C<3>, C<2>, C<3>, C<4>), (C<3>, B);
    t6_r3: (C<4>, C<2>, C<3>, C<2>, B, C<4>), (C<2>, B, C<4>);
    t6_r4: (C<4>, C<2>, B, C<2>, C<3>, C<4>), (B, B, C<3>, C<4>);
    t6_r5: (C<4>, B, B, C<2>, C<3>, C<4>), (B, B, C<2>, B, B);
    t6_r6: (C<4>, C<2>, C<3>, C<2>, C<3>, C<4>), (C<4>, B, B, B, C<3>, B);
}

#[test]
fn const_one_axes_match_only_size_one() {
    // `Const<1>` × `Const<1>` is an ordinary equal-size pair.
    let a: Tensor<f64, (C<1>, C<3>)> = random_tensor(1);
    let b: Tensor<f64, (C<1>, C<3>)> = random_tensor(2);
    let c: Tensor<f64, (C<1>, C<3>)> = &a - &b;
    assert_matches(&c, &ref_zip_t(&a, &b, |x, y| x - y));
    // `Const<1>` against `Bcast` stays `Const<1>`; `Bcast` × `Bcast` stays `Bcast`.
    let d: Tensor<f64, (B, C<1>, B)> = random_tensor(3);
    let e: Tensor<f64, (C<4>, B, B)> = random_tensor(4);
    let f: Tensor<f64, (C<4>, C<1>, B)> = &d * &e;
    assert_eq!(f.shape(), [4, 1, 1]);
    assert_matches(&f, &ref_zip_t(&d, &e, |x, y| x * y));
}

#[test]
fn zero_size_axes_broadcast() {
    let a: Tensor<f64, (C<0>, C<3>)> = Tensor::zeros();
    let row: Tensor<f64, (C<3>,)> = random_tensor(5);
    let col: Tensor<f64, (C<0>, B)> = Tensor::zeros();
    let s: Tensor<f64, (C<0>, C<3>)> = &a + &row;
    assert_eq!(s.shape(), [0, 3]);
    assert!(s.is_empty() && s.as_slice().is_empty());
    let s: Tensor<f64, (C<0>, C<3>), Heap> = &row.to_heap() - &col;
    assert!(s.as_slice().is_empty());
    // `Bcast` stretches to size 0 as NumPy's size-1 axes do.
    let one: Tensor<f64, (B, C<3>)> = random_tensor(6);
    let s: Tensor<f64, (C<0>, C<3>)> = &one + &a;
    assert!(s.as_slice().is_empty());
    let mut z: Tensor<f64, (C<2>, C<0>)> = Tensor::zeros();
    z += &Tensor::<f64, (C<0>,)>::zeros();
    z += 1.0;
    assert_eq!(z.shape(), [2, 0]);
    let scalar_sum: Tensor<f64, (C<2>, C<0>)> = z * 2.0;
    assert!(scalar_sum.is_empty());
}

#[test]
fn rank0_with_everything() {
    let s = Tensor::<f64, ()>::scalar(1.5);
    let x: Tensor<f64, (C<2>, B, C<3>)> = random_tensor(7);
    let y: Tensor<f64, (C<2>, B, C<3>)> = &s - &x;
    assert_matches(&y, &ref_zip_t(&s, &x, |a, b| a - b));
    let y: Tensor<f64, (C<2>, B, C<3>)> = &x - s;
    assert_matches(&y, &ref_zip_t(&x, &s, |a, b| a - b));
    let t: Tensor<f64, ()> = s * s;
    assert_eq!(t.item(), 2.25);
}

/// The slice kernel `ops::kernel::zip_assign` (contiguous buffers, run-time dims) against
/// `ref_zip`, for every rhs that broadcasts into the target: scalars, rows, columns, size-1
/// axes in the middle, equal dims, and an empty target.
#[test]
fn kernel_zip_assign_matches_ref_zip() {
    use tensorial::ops::kernel::zip_assign;
    let cases: [(&[usize], &[usize]); 9] = [
        (&[2, 3, 4], &[]),
        (&[2, 3, 4], &[4]),
        (&[2, 3, 4], &[3, 1]),
        (&[2, 3, 4], &[1, 4]),
        (&[2, 3, 4], &[2, 1, 4]),
        (&[2, 3, 4], &[2, 3, 1]),
        (&[2, 3, 4], &[2, 3, 4]),
        (&[5], &[1]),
        (&[2, 0, 3], &[3]),
    ];
    let mut rng = Rng::new(seed_of("kernel_zip_assign_matches_ref_zip"));
    let f = |x: i64, y: i32| x * 3 - i64::from(y);
    for (dst_dims, b_dims) in cases {
        let dst0: Vec<i64> = (0..dst_dims.iter().product())
            .map(|_| rng.int(-100, 100))
            .collect();
        let b: Vec<i32> = (0..b_dims.iter().product())
            .map(|_| i32::try_from(rng.int(-100, 100)).unwrap())
            .collect();
        let (want_dims, want) = ref_zip((&dst0, dst_dims), (&b, b_dims), f);
        assert_eq!(want_dims, dst_dims, "the rhs must not stretch the target");
        let mut dst = dst0.clone();
        zip_assign(&mut dst, dst_dims, (&b, b_dims), f);
        assert_elems_eq(&dst, &want);
    }
}

#[test]
#[should_panic(expected = "does not broadcast")]
fn kernel_zip_assign_rejects_dims_that_do_not_broadcast() {
    let mut dst = [0; 6];
    tensorial::ops::kernel::zip_assign(&mut dst, &[2, 3], (&[1, 2], &[2]), |a: i32, b: i32| a + b);
}
