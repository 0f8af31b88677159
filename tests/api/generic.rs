//! Shape-, storage- and element-generic helpers compile with `S: Shape`, `K: Kind` and
//! `T: FloatElem` alone (issue 8, item 5), and compute what the same ops compute on concrete
//! types (checked against naive loops on random inputs).
// Borrowed operands (`&a + &b`) are exercised on purpose.
#![allow(clippy::op_ref)]

use crate::common;

use common::{assert_close, random_tensor};
use tensorial::prelude::*;
use tensorial::{FloatElem, IntElem};

/// Size- and rank-generic: a scalar operand needs `S: Shape` alone.
fn scale<S: Shape>(x: &Tensor<f32, S, Heap>) -> Tensor<f32, S, Heap> {
    x * 2.0
}

/// Storage-generic: same-shape operands and scalars with `S: Shape, K: Kind`.
fn axpy<S: Shape, K: Kind>(
    a: f64,
    x: &Tensor<f64, S, K>,
    y: &Tensor<f64, S, K>,
) -> Tensor<f64, S, K> {
    a * x + y
}

/// Element-generic: one bound for the float element, the ops and the scalar methods.
fn normalize<T: FloatElem, S: Shape, K: Kind>(x: &Tensor<T, S, K>) -> Tensor<T, S, K> {
    let centered = x - x.mean();
    let eps = T::from(1e-12).unwrap();
    (centered.clone() / (centered.std() + eps)).exp().ln()
}

/// Element-generic integer code, owned operands on both sides.
fn square_plus_one<T: IntElem, S: Shape, K: Kind>(x: Tensor<T, S, K>) -> Tensor<T, S, K> {
    let y = x.clone() * x;
    y + T::one()
}

/// Every operator with a same-shape operand and a scalar, owned and borrowed, and `*Assign`.
fn all_ops<S: Shape, K: Kind>(x: &Tensor<f64, S, K>, y: &Tensor<f64, S, K>) -> Tensor<f64, S, K> {
    let mut z = (x + y) - (x * y) / 2.0 + 1.0;
    z += y;
    z -= x.clone();
    z *= 3.0;
    z /= 2.0;
    -z % 7.0
}

fn ref_all_ops(x: f64, y: f64) -> f64 {
    let mut z = (x + y) - (x * y) / 2.0 + 1.0;
    z += y;
    z -= x;
    z *= 3.0;
    z /= 2.0;
    -z % 7.0
}

#[test]
fn scalar_operand_with_shape_bound_only() {
    let x: Tensor<f32, Rank3<2, 3, 4>, Heap> = Tensor::arange();
    let y = scale(&x);
    let want: Vec<f32> = x.iter().map(|v| v * 2.0).collect();
    assert_eq!(y.as_slice(), want.as_slice());
}

#[test]
fn same_shape_operands_storage_generic() {
    let x: Tensor<f64, Rank2<3, 5>> = random_tensor(1);
    let y: Tensor<f64, Rank2<3, 5>> = random_tensor(2);
    let got = axpy(0.5, &x, &y);
    let want: Vec<f64> = x.iter().zip(&y).map(|(a, b)| 0.5 * a + b).collect();
    assert_close(got.as_slice(), &want, 0.0);
    let xh: Tensor<f64, Rank1<7>, Heap> = random_tensor(3);
    let yh: Tensor<f64, Rank1<7>, Heap> = random_tensor(4);
    let got = axpy(-2.0, &xh, &yh);
    let want: Vec<f64> = xh.iter().zip(&yh).map(|(a, b)| -2.0 * a + b).collect();
    assert_close(got.as_slice(), &want, 0.0);
}

#[test]
fn every_operator_generic() {
    let x: Tensor<f64, Rank3<2, 2, 3>, Heap> = random_tensor(5);
    let y: Tensor<f64, Rank3<2, 2, 3>, Heap> = random_tensor(6);
    let got = all_ops(&x, &y);
    let want: Vec<f64> = x.iter().zip(&y).map(|(&a, &b)| ref_all_ops(a, b)).collect();
    assert_close(got.as_slice(), &want, 1e-12);
}

#[test]
fn float_generic_normalize() {
    let x: Tensor<f64, Rank2<4, 6>> = random_tensor(7);
    let got = normalize(&x);
    let n = 24.0;
    let mean = x.iter().sum::<f64>() / n;
    let std = (x.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n).sqrt();
    let want: Vec<f64> = x.iter().map(|v| (v - mean) / (std + 1e-12)).collect();
    assert_close(got.as_slice(), &want, 1e-9);
    let x32 = x.cast::<f32>();
    let got32 = normalize(&x32);
    let want32: Vec<f64> = want.clone();
    let got32: Vec<f64> = got32.iter().map(|&v| f64::from(v)).collect();
    assert_close(&got32, &want32, 1e-4);
}

#[test]
fn int_generic() {
    let x = tensor![[1i64, -2, 3], [4, 5, -6]];
    assert_eq!(square_plus_one(x), x.map(|v| v * v + 1));
    let h = tensor![1u8, 2, 3].to_heap();
    assert_eq!(square_plus_one(h).as_slice(), &[2, 5, 10]);
}
