//! Reductions, elementwise math and `matmul` on views (issue 8, item 4), against the same ops
//! on a copied tensor and against naive loops, on strided, stepped and reversed views.

use crate::common;

use common::{assert_close, random_tensor};
use tensorial::prelude::*;

#[test]
fn reductions_on_views_match_copies() {
    let x: Tensor<f64, Rank3<4, 5, 6>, Heap> = random_tensor(21);
    // Reversed, stepped and permuted: no view here is contiguous.
    let v = x
        .view()
        .flip::<0>()
        .slice_len::<2, 5, 3, -2>()
        .permute::<2, 0, 1>();
    let c = v.to_tensor();
    let naive: f64 = v.iter().sum();
    assert_close(&[v.sum()], &[naive], 1e-12);
    assert_eq!(v.sum(), c.sum());
    assert_eq!(v.mean(), c.mean());
    assert_eq!(v.var(), c.var());
    assert_eq!(v.std(), c.std());
    assert_eq!(v.norm(), c.norm());
    assert_eq!(v.prod(), c.prod());
    assert_eq!(v.max(), v.iter().copied().fold(f64::NEG_INFINITY, f64::max));
    assert_eq!(v.min(), v.iter().copied().fold(f64::INFINITY, f64::min));
    assert_eq!((v.argmax(), v.argmin()), (c.argmax(), c.argmin()));
    assert_eq!(v.sum_axis::<1>(), c.sum_axis::<1>());
    assert_eq!(v.sum_keepdims::<-1>(), c.sum_keepdims::<-1>());
    assert_eq!(v.mean_axis::<0>(), c.mean_axis::<0>());
    assert_eq!(v.mean_keepdims::<2>(), c.mean_keepdims::<2>());
    assert_eq!(v.max_axis::<2>(), c.max_axis::<2>());
    assert_eq!(v.max_keepdims::<0>(), c.max_keepdims::<0>());
    assert_eq!(v.min_axis::<1>(), c.min_axis::<1>());
    assert_eq!(v.argmax_axis::<0>(), c.argmax_axis::<0>());
    assert_eq!(v.argmin_axis::<-1>(), c.argmin_axis::<-1>());
}

#[test]
fn elementwise_math_on_views_matches_copies() {
    let x: Tensor<f64, Rank2<5, 7>> = random_tensor(22);
    let v = x.view().slice_len::<1, 6, 3, -3>().t();
    let c = v.to_tensor();
    assert_eq!(v.exp(), c.exp());
    assert_eq!(v.abs().ln(), c.abs().ln());
    assert_eq!(v.abs().sqrt(), c.abs().sqrt());
    assert_eq!(v.tanh(), c.tanh());
    assert_eq!((v.sin(), v.cos()), (c.sin(), c.cos()));
    assert_eq!(v.recip(), c.recip());
    assert_eq!(
        (v.floor(), v.ceil(), v.round()),
        (c.floor(), c.ceil(), c.round())
    );
    let want: Vec<f64> = v.iter().map(|a| a.exp()).collect();
    assert_close(v.exp().as_slice(), &want, 1e-12);
    assert_eq!(v.abs(), c.map(f64::abs));
}

#[test]
fn matmul_of_transposed_view() {
    let x: Tensor<f64, Rank2<6, 4>, Heap> = random_tensor(23);
    let y: Tensor<f64, Rank2<6, 3>, Heap> = random_tensor(24);
    let got = x.view().t().matmul(&y);
    // Naive xᵀy.
    for i in 0..4 {
        for j in 0..3 {
            let want: f64 = (0..6).map(|k| x[[k, i]] * y[[k, j]]).sum();
            assert_close(&[got[[i, j]]], &[want], 1e-12);
        }
    }
    assert_eq!(got, x.t().matmul(&y));
    // A stepped, reversed view on the left.
    let v = x.view().slice_len::<0, 5, 3, -2>();
    let w: Tensor<f64, Rank2<4, 2>, Heap> = random_tensor(25);
    assert_eq!(v.matmul(&w), v.to_tensor().matmul(&w));
}

#[test]
fn einsum_takes_transposed_and_reversed_views() {
    let x: Tensor<f64, Rank2<3, 4>> = random_tensor(26);
    let xt = x.view().t();
    assert_eq!(einsum!("ij,jk->ik", xt, x), x.t().matmul(&x));
    let rev = x.view().flip::<0>().slice_len::<1, 3, 2, -2>();
    assert_eq!(einsum!("ij->j", rev), rev.to_tensor().sum_axis::<0>());
}
