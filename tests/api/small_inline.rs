//! The one-loop paths of small inline tensors, chosen by the types (whole operands and scalars
//! of an elementwise op, `map`, `+=`, tiny `matmul`), against naive references on random
//! inputs, beside the same ops on heap tensors and views, which take the general kernels.
// Borrowed operands (`&a + &b`) are exercised on purpose.
#![allow(clippy::op_ref)]

use crate::common;

use common::{Rng, assert_elems_eq, assert_matches, random_tensor, ref_zip_t};
use tensorial::{
    Bcast, Buffer, Const, Heap, InlineBuf, Rank0, Rank1, Rank2, Rank3, Shape, Tensor, tensor,
};

type C<const N: usize> = Const<N>;
type B = Bcast;

/// Every operand pairing that runs as one loop: the same shape, a scalar on either side, an
/// operand with the output's element count but fewer or `Bcast` axes, and a rank-0 tensor.
#[test]
fn whole_and_scalar_operands_match_the_reference() {
    let a: Tensor<f64, Rank3<2, 3, 4>> = random_tensor(1);
    let b: Tensor<f64, Rank3<2, 3, 4>> = random_tensor(2);
    let s: Tensor<f64, Rank0> = random_tensor(3);
    let flat: Tensor<f64, Rank2<3, 4>> = random_tensor(4);
    let lifted: Tensor<f64, (B, C<3>, C<4>)> = random_tensor(5);

    assert_matches(&(&a + &b), &ref_zip_t(&a, &b, |x, y| x + y));
    assert_matches(&(a - b), &ref_zip_t(&a, &b, |x, y| x - y));
    assert_matches(&(&a * 2.5), &ref_zip_t(&a, &s.map(|_| 2.5), |x, y| x * y));
    assert_matches(&(2.5 / &a), &ref_zip_t(&s.map(|_| 2.5), &a, |x, y| x / y));
    assert_matches(&(&a % s), &ref_zip_t(&a, &s, |x, y| x % y));
    assert_matches(&(s - &a), &ref_zip_t(&s, &a, |x, y| x - y));
    // (B, 3, 4) with (3, 4): the same 12 elements in the same order.
    assert_matches(&(&lifted * &flat), &ref_zip_t(&lifted, &flat, |x, y| x * y));
    assert_matches(&(flat / lifted), &ref_zip_t(&flat, &lifted, |x, y| x / y));
    // zip_map, also with another output type.
    let gt = a.zip_map(&b, |x, y| x > y);
    assert_matches(&gt, &ref_zip_t(&a, &b, |x, y| x > y));
}

/// The one loop agrees with the general kernel (views, heap) bit for bit, including on NaN,
/// infinities and signed zeros.
#[test]
fn one_loop_agrees_with_the_general_kernels() {
    let mut rng = Rng::new(6);
    let special = [f32::NAN, f32::INFINITY, -0.0, 0.0, 1e-45, -3.5];
    let a = Tensor::<f32, Rank2<4, 6>>::from_fn(|[i, j]| {
        if (i + j) % 3 == 0 {
            special[(i + 2 * j) % special.len()]
        } else {
            #[allow(clippy::cast_possible_truncation)]
            let x = rng.uniform(-4.0, 4.0) as f32;
            x
        }
    });
    let b: Tensor<f32, Rank2<4, 6>> = a.map(|x| x * 0.5 - 1.0);
    let inline = &a * &b + 1.0;
    let heap = &a.to_heap() * &b + 1.0;
    let viewed = &a.view() * &b.view() + 1.0;
    let bits = |t: &[f32]| t.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(inline.as_slice()), bits(heap.as_slice()));
    assert_eq!(bits(inline.as_slice()), bits(viewed.as_slice()));
}

/// `+=` and friends with a whole or scalar right-hand side, and `map`/unary `-` on inline
/// tensors.
#[test]
fn assign_map_and_neg_match_the_reference() {
    let a: Tensor<i64, Rank2<3, 5>> = random_tensor(7);
    let b: Tensor<i64, Rank2<3, 5>> = random_tensor(8);
    let mut x = a;
    x += &b;
    assert_matches(&x, &ref_zip_t(&a, &b, |p, q| p + q));
    x *= 3;
    let want: Vec<i64> = a.iter().zip(&b).map(|(p, q)| (p + q) * 3).collect();
    assert_elems_eq(x.as_slice(), &want);
    let s: Tensor<i64, Rank0> = random_tensor(9);
    let mut y = a;
    y -= &s;
    assert_matches(&y, &ref_zip_t(&a, &s, |p, q| p - q));
    let row: Tensor<i64, (B, C<5>)> = random_tensor(10);
    let mut w = a;
    w += &row; // 5 elements onto 15: the general kernel
    assert_matches(&w, &ref_zip_t(&a, &row, |p, q| p + q));

    let squares = a.map(|v| v * v);
    assert_elems_eq(
        squares.as_slice(),
        &a.iter().map(|v| v * v).collect::<Vec<_>>(),
    );
    assert_elems_eq((-a).as_slice(), &a.iter().map(|v| -v).collect::<Vec<_>>());
    let mut z = a;
    z.map_inplace(|v| v - 1);
    assert_elems_eq(z.as_slice(), &a.iter().map(|v| v - 1).collect::<Vec<_>>());
}

/// `(m, k) @ (k, n)` by the textbook triple loop, each element summed `p = 0, 1, …` from zero.
fn ref_matmul(a: &[f64], b: &[f64], (m, k, n): (usize, usize, usize)) -> Vec<f64> {
    let mut c = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            c[i * n + j] = (0..k).fold(0.0, |s, p| s + a[i * k + p] * b[p * n + j]);
        }
    }
    c
}

/// Tiny products (matrix × matrix, vector × matrix, matrix × vector, vector · vector) on inline
/// and heap tensors and through `matmul_into`: the loop order of the reference, bit for bit.
#[test]
fn tiny_matmuls_match_the_loop_order_exactly() {
    let a: Tensor<f64, Rank2<3, 5>> = random_tensor(10);
    let b: Tensor<f64, Rank2<5, 4>> = random_tensor(11);
    let v: Tensor<f64, Rank1<5>> = random_tensor(12);
    let u: Tensor<f64, Rank1<3>> = random_tensor(13);
    let want = ref_matmul(a.as_slice(), b.as_slice(), (3, 5, 4));
    assert_elems_eq(a.matmul(&b).as_slice(), &want);
    assert_elems_eq(a.to_heap().matmul(&b).as_slice(), &want);
    let mut into = Tensor::<f64, Rank2<3, 4>, Heap>::zeros();
    a.matmul_into(&b, &mut into);
    assert_elems_eq(into.as_slice(), &want);
    let av = a.matmul(&v);
    assert_elems_eq(
        av.as_slice(),
        &ref_matmul(a.as_slice(), v.as_slice(), (3, 5, 1)),
    );
    let ua = u.matmul(&a);
    assert_elems_eq(
        ua.as_slice(),
        &ref_matmul(u.as_slice(), a.as_slice(), (1, 3, 5)),
    );
    let vv = v.matmul(&v);
    assert_elems_eq(
        vv.as_slice(),
        &ref_matmul(v.as_slice(), v.as_slice(), (1, 5, 1)),
    );
}

/// Empty products: `k = 0` gives zeros, `m = 0` or `n = 0` an empty tensor.
#[test]
fn tiny_matmuls_with_empty_axes() {
    let a = Tensor::<f32, Rank2<3, 0>>::zeros();
    let b = Tensor::<f32, Rank2<0, 2>>::zeros();
    assert_eq!(a.matmul(&b), Tensor::<f32, Rank2<3, 2>>::zeros());
    assert_eq!(a.to_heap().matmul(&b).as_slice(), &[0.0; 6]);
    let e = Tensor::<f32, Rank2<0, 3>>::zeros();
    assert!(e.matmul(&Tensor::<f32, Rank2<3, 2>>::ones()).is_empty());
    assert!(
        Tensor::<f32, Rank1<3>>::ones()
            .matmul(&Tensor::<f32, Rank2<3, 0>>::zeros())
            .is_empty()
    );
}

/// Integer products take the same path.
#[test]
fn tiny_integer_matmul() {
    let a = tensor![[1i32, -2, 3], [4, 5, -6]];
    let b = tensor![[7i32, 8], [9, -10], [11, 12]];
    assert_eq!(a.matmul(&b), tensor![[22, 64], [7, -90]]);
}

/// `InlineBuf::from_flat_fn` (the buffer behind the one loops, written without zeroing) calls
/// `f` once per element in row-major order, for every rank, and for empty shapes not at all.
#[test]
fn inline_buffers_from_flat_fn_write_every_element_once() {
    fn check<S: Shape>() {
        let mut calls = Vec::new();
        let buf = InlineBuf::<u32, S>::from_flat_fn(|i| {
            calls.push(i);
            u32::try_from(i).unwrap() * 3 + 1
        });
        assert_eq!(calls, (0..S::NUMEL).collect::<Vec<_>>());
        let want: Vec<u32> = (0..S::NUMEL)
            .map(|i| u32::try_from(i).unwrap() * 3 + 1)
            .collect();
        assert_eq!(buf.as_slice(), want.as_slice());
    }
    check::<Rank0>();
    check::<Rank1<7>>();
    check::<Rank2<3, 5>>();
    check::<(C<2>, B, C<3>)>();
    check::<Rank3<4, 0, 2>>();
    check::<(C<2>, C<3>, C<1>, C<2>, C<2>, C<2>)>();
}

/// A panic inside `f` unwinds cleanly out of a partly written buffer.
#[test]
fn inline_buffer_from_flat_fn_unwinds() {
    let caught = std::panic::catch_unwind(|| {
        InlineBuf::<f64, Rank2<4, 4>>::from_flat_fn(|i| {
            assert!(i < 9, "stop at 9");
            1.0
        })
    });
    assert!(caught.is_err());
}
