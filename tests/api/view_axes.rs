//! View forms of `new_axis`, `permute`, `t` and `swap_axes` (no copy) against the copying
//! `Tensor` forms, on random data and on strided, stepped and reversed views (issue 8, item 4).
// Borrowed operands (`&a + &b`) are exercised on purpose.
#![allow(clippy::op_ref)]

use crate::common;

use common::random_tensor;
use tensorial::prelude::*;

#[test]
fn permute_views_match_copies() {
    let x: Tensor<f64, Rank4<2, 3, 4, 5>, Heap> = random_tensor(11);
    assert_eq!(x.view().permute::<3, 1, 0, 2>(), x.permute::<3, 1, 0, 2>());
    assert_eq!(
        x.view().permute::<-1, -2, -3, -4>(),
        x.permute::<3, 2, 1, 0>()
    );
    assert_eq!(x.view().swap_axes::<1, -1>(), x.swap_axes::<1, -1>());
    // A reversed, stepped view: permuting it equals permuting its copy.
    let v = x.view().flip::<1>().slice_len::<2, 3, 2, -2>();
    let copy = v.to_tensor();
    assert_eq!(v.permute::<2, 0, 3, 1>(), copy.permute::<2, 0, 3, 1>());
    assert_eq!(v.swap_axes::<0, 2>(), copy.swap_axes::<0, 2>());
    // Views of permuted views compose.
    assert_eq!(v.permute::<1, 0, 3, 2>().permute::<1, 0, 3, 2>(), copy);
}

#[test]
fn transpose_view_of_column_slices() {
    let x: Tensor<i64, Rank2<5, 7>> = random_tensor(12);
    assert_eq!(x.view().t(), x.t());
    let cols = x.view().slice_len::<1, 6, 3, -3>(); // x[:, 6::-3]
    assert_eq!(cols.t(), cols.to_tensor().t());
    assert_eq!(cols.t().t(), cols);
    // A transposed view is an operand like any other.
    let sum = &x.view().t() + &x.t();
    assert_eq!(sum, x.t().map(|v| v.wrapping_mul(2)));
}

#[test]
fn new_axis_on_borrowed_heap_tensor() {
    let x: Tensor<f64, Rank2<6, 4>, Heap> = random_tensor(13);
    let m: Tensor<f64, Rank1<6>, Heap> = random_tensor(14);
    let borrowed = &m;
    let got = &x - borrowed.view().new_axis::<1>();
    let want = &x - &m.clone().new_axis::<1>();
    assert_eq!(got, want);
    for i in 0..6 {
        for j in 0..4 {
            assert_eq!(got[[i, j]], x[[i, j]] - m[[i]]);
        }
    }
    // Every position, on a reversed stepped view.
    let v = x.view().slice_len::<0, 5, 3, -2>();
    let c = v.to_tensor();
    assert_eq!(v.new_axis::<0>(), c.clone().new_axis::<0>());
    assert_eq!(v.new_axis::<1>(), c.clone().new_axis::<1>());
    assert_eq!(v.new_axis::<2>(), c.clone().new_axis::<2>());
    assert_eq!(v.new_axis::<2>().shape(), [3, 4, 1]);
}
