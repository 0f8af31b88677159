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

/// Whole reductions of contiguous views read the elements in place: a whole tensor's view, a
/// row, a contiguous slab, against the copied tensor (bit for bit) and naive folds; with and
/// without NaNs, short and long (the in-order and the vectorized argmax paths).
#[test]
fn whole_reductions_of_contiguous_views_match_the_tensor() {
    fn check<S: Shape>(seed: u64, nan_at: Option<usize>) {
        let mut x: Tensor<f64, S, Heap> = random_tensor(seed);
        if let Some(i) = nan_at {
            x.as_mut_slice()[i] = f64::NAN;
        }
        let v = x.view();
        assert!(
            v.as_slice().is_some(),
            "a whole tensor's view is contiguous"
        );
        let same = |a: f64, b: f64| a.to_bits() == b.to_bits();
        assert!(same(v.sum(), x.sum()) && same(v.mean(), x.mean()));
        assert!(same(v.var(), x.var()) && same(v.std(), x.std()));
        assert!(same(v.norm(), x.norm()) && same(v.prod(), x.prod()));
        assert!(same(v.max(), x.max()) && same(v.min(), x.min()));
        assert_eq!((v.argmax(), v.argmin()), (x.argmax(), x.argmin()));
        // Naive folds: NumPy's NaN rules and first positions.
        let xs = x.as_slice();
        let naive_max = xs.iter().copied().fold(f64::NEG_INFINITY, |m, e| {
            if m.is_nan() || e.is_nan() {
                f64::NAN
            } else {
                m.max(e)
            }
        });
        assert!(same(v.max(), naive_max) || (v.max().is_nan() && naive_max.is_nan()));
        let first_nan = xs.iter().position(|e| e.is_nan());
        let naive_argmax = first_nan
            .unwrap_or_else(|| (0..xs.len()).fold(0, |b, i| if xs[i] > xs[b] { i } else { b }));
        assert_eq!(v.argmax(), naive_argmax);
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        assert_close(&[v.mean()], &[mean], 1e-12);
    }
    check::<Rank2<3, 4>>(1, None);
    check::<Rank2<3, 4>>(2, Some(7));
    check::<Rank2<40, 50>>(3, None);
    check::<Rank2<40, 50>>(4, Some(1234));
    check::<Rank1<1>>(5, None);

    // A row and a slab of rows are contiguous too.
    let x: Tensor<f32, Rank2<30, 70>, Heap> = random_tensor(6);
    let row = x.row(17);
    assert!(row.as_slice().is_some());
    assert_eq!(row.max(), row.to_tensor().max());
    assert_eq!(row.argmin(), row.to_tensor().argmin());
    assert_eq!(row.var().to_bits(), row.to_tensor().var().to_bits());
    let slab = x.view().slice_len::<0, 10, 5, 1>();
    assert!(slab.as_slice().is_some());
    assert_eq!(slab.mean().to_bits(), slab.to_tensor().mean().to_bits());
    assert_eq!(slab.argmax(), slab.to_tensor().argmax());
}

/// Axis reductions of contiguous views read the elements in place, with the tensor's result
/// bit for bit, on every axis, and against naive loops.
#[test]
fn axis_reductions_of_contiguous_views_match_the_tensor() {
    let x: Tensor<f64, Rank3<6, 5, 7>, Heap> = random_tensor(31);
    let slab = x.view().slice_len::<0, 1, 4, 1>(); // rows 1..5: contiguous
    assert!(slab.as_slice().is_some());
    let c = slab.to_tensor();
    macro_rules! same {
        ($($m:ident($ax:expr))*) => {$(
            assert_eq!(slab.$m::<{ $ax }>(), c.$m::<{ $ax }>(), stringify!($m($ax)));
        )*};
    }
    same!(sum_axis(0) sum_axis(1) sum_keepdims(-1) prod_axis(2) prod_keepdims(0));
    same!(mean_axis(1) mean_keepdims(2) var_axis(0) var_keepdims(-1) std_axis(2));
    same!(std_keepdims(1) norm_axis(1) norm_keepdims(0) max_axis(2) max_keepdims(1));
    same!(min_axis(0) min_keepdims(2) argmax_axis(1) argmax_keepdims(-1));
    same!(argmin_axis(2) argmin_keepdims(0));
    // Naive loops over the view's own indices.
    let (sums, maxes) = (slab.sum_axis::<1>(), slab.argmax_axis::<2>());
    for i in 0..4 {
        for k in 0..7 {
            let want: f64 = (0..5).map(|j| x[[i + 1, j, k]]).sum();
            assert_close(&[sums[[i, k]]], &[want], 1e-12);
        }
        for j in 0..5 {
            let best = (0..7).fold(0, |b, k| {
                if x[[i + 1, j, k]] > x[[i + 1, j, b]] {
                    k
                } else {
                    b
                }
            });
            assert_eq!(maxes[[i, j]], best);
        }
    }
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
