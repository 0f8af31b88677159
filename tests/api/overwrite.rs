//! Op outputs are written without a zeroing pass (`Tensor::build`): a freed heap buffer of the
//! same size comes back with its old bytes. Before each op, a garbage-filled tensor of the
//! output's size (256 KiB and up, so it is kept for reuse) is dropped, and the result is
//! checked against a naive reference: an element the op left unwritten would show the garbage.
//! Ops that leave zeros (`eye`, `diag`, `one_hot`, `bincount`, `average_axis`) must still show
//! zeros there.

use crate::common::{Rng, assert_close, assert_elems_eq, random_tensor_with};
use tensorial::{Elem, Heap, OneHot, Rank1, Rank2, Rank3, Shape, Take, Tensor};

/// Drops a heap tensor of shape `S` full of `value`, leaving its buffer for the next output of
/// that size. Tests run in parallel and share the kept buffers, so each check runs twice.
fn garbage<T: Elem, S: Shape>(value: T) {
    drop(Tensor::<T, S, Heap>::full(value));
}

type Sq = Rank2<256, 256>; // 256 KiB of f32
type Tall = Rank2<65536, 4>; // reductions along the last axis: 65536 outputs
type Wide = Rank2<4, 65536>; // ... along the first axis

fn f32s<S: Shape>(seed: u64) -> Tensor<f32, S, Heap> {
    random_tensor_with(seed, |r: &mut Rng| r.uniform(-3.0, 3.0) as f32)
}

fn close32(got: &[f32], want: &[f32], tol: f32) {
    assert_eq!(got.len(), want.len());
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= tol * (1.0 + w.abs()),
            "element {i}: {g} vs {w}"
        );
    }
}

/// Reduces each lane of `(outer, n, inner)` data with `f`.
fn lanes<T: Copy, O>(
    data: &[T],
    (outer, n, inner): (usize, usize, usize),
    f: impl Fn(&[T]) -> O,
) -> Vec<O> {
    let mut out = Vec::with_capacity(outer * inner);
    for o in 0..outer {
        for j in 0..inner {
            let lane: Vec<T> = (0..n).map(|k| data[(o * n + k) * inner + j]).collect();
            out.push(f(&lane));
        }
    }
    out
}

#[test]
fn elementwise_broadcast_scalar_map_and_cast() {
    let a = f32s::<Sq>(1);
    let row = f32s::<Rank1<256>>(2);
    let add: Vec<f32> = (0..256 * 256)
        .map(|i| a.as_slice()[i] + row.as_slice()[i % 256])
        .collect();
    let mul: Vec<f32> = a.iter().map(|&x| x * 2.5 - 1.0).collect();
    let ints: Tensor<i32, Sq, Heap> = random_tensor_with(3, |r| r.int(-1000, 1000) as i32);
    for _ in 0..2 {
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq((&a + &row).as_slice(), &add);
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq((&a * 2.5 - 1.0).as_slice(), &mul);
        garbage::<f32, Sq>(f32::NAN);
        let m = a.zip_map(&row, |x, y| x + y);
        assert_elems_eq(m.as_slice(), &add);
        garbage::<u32, Sq>(u32::MAX);
        let bits = a.map(f32::to_bits);
        assert!(bits.iter().zip(a.iter()).all(|(&b, &x)| b == x.to_bits()));
        garbage::<f32, Sq>(f32::NAN);
        let c = ints.cast::<f32>();
        assert!(c.iter().zip(ints.iter()).all(|(&c, &i)| c == i as f32));
        garbage::<i64, Sq>(-1);
        let wide = ints.cast::<i64>();
        assert!(
            wide.iter()
                .zip(ints.iter())
                .all(|(&w, &i)| w == i64::from(i))
        );
        garbage::<f32, Sq>(f32::NAN);
        let mask = a.gt(0.0);
        let sel = mask.select(&a, &row);
        let want: Vec<f32> = (0..256 * 256)
            .map(|i| {
                let x = a.as_slice()[i];
                if x > 0.0 { x } else { row.as_slice()[i % 256] }
            })
            .collect();
        assert_elems_eq(sel.as_slice(), &want);
    }
}

#[test]
fn unary_math_and_softmax() {
    let a = f32s::<Rank2<64, 1024>>(4);
    let tanh: Vec<f32> = a.iter().map(|x| x.tanh()).collect();
    let exp: Vec<f32> = a.iter().map(|x| x.exp()).collect();
    let sig: Vec<f32> = a.iter().map(|x| 1.0 / (1.0 + (-x).exp())).collect();
    let softmax_rows: Vec<f32> = {
        let rows = lanes(a.as_slice(), (64, 1024, 1), |l| {
            let m = l.iter().copied().fold(f32::MIN, f32::max);
            let s: f32 = l.iter().map(|x| (x - m).exp()).sum();
            (m, s)
        });
        (0..64 * 1024)
            .map(|i| {
                let (m, s) = rows[i / 1024];
                (a.as_slice()[i] - m).exp() / s
            })
            .collect()
    };
    let lse_cols = lanes(a.as_slice(), (1, 64, 1024), |l| {
        let m = l.iter().copied().fold(f32::MIN, f32::max);
        m + l.iter().map(|x| (x - m).exp()).sum::<f32>().ln()
    });
    let softmax_cols: Vec<f32> = (0..64 * 1024)
        .map(|i| (a.as_slice()[i] - lse_cols[i % 1024]).exp())
        .collect();
    let log_softmax_rows: Vec<f32> = softmax_rows.iter().map(|p| p.ln()).collect();
    for _ in 0..2 {
        garbage::<f32, Rank2<64, 1024>>(f32::NAN);
        close32(a.tanh().as_slice(), &tanh, 1e-6);
        garbage::<f32, Rank2<64, 1024>>(f32::NAN);
        close32(a.exp().as_slice(), &exp, 1e-6);
        garbage::<f32, Rank2<64, 1024>>(f32::NAN);
        close32(a.sigmoid().as_slice(), &sig, 1e-6);
        garbage::<f32, Rank2<64, 1024>>(f32::NAN);
        close32(a.softmax::<-1>().as_slice(), &softmax_rows, 1e-5);
        garbage::<f32, Rank2<64, 1024>>(f32::NAN);
        close32(a.softmax::<0>().as_slice(), &softmax_cols, 1e-5);
        garbage::<f32, Rank2<64, 1024>>(f32::NAN);
        close32(a.log_softmax::<-1>().as_slice(), &log_softmax_rows, 1e-5);
    }
    // logsumexp along the last axis, with an output big enough to be kept.
    let x: Tensor<f64, Rank2<32768, 8>, Heap> = random_tensor_with(5, |r| r.uniform(-9.0, 9.0));
    let want = lanes(x.as_slice(), (32768, 8, 1), |l| {
        let m = l.iter().copied().fold(f64::MIN, f64::max);
        m + l.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
    });
    for _ in 0..2 {
        garbage::<f64, Rank1<32768>>(f64::NAN);
        assert_close(x.logsumexp::<-1>().as_slice(), &want, 1e-12);
    }
}

#[test]
fn reductions_along_either_axis() {
    let tall = f32s::<Tall>(6);
    let wide = f32s::<Wide>(7);
    let sum = |l: &[f32]| l.iter().map(|&x| f64::from(x)).sum::<f64>() as f32;
    let max = |l: &[f32]| l.iter().copied().fold(f32::MIN, f32::max);
    let argmax = |l: &[f32]| (0..l.len()).fold(0, |b, k| if l[k] > l[b] { k } else { b });
    let (td, wd) = ((65536, 4, 1), (1, 4, 65536));
    for _ in 0..2 {
        garbage::<f32, Rank1<65536>>(f32::NAN);
        close32(
            tall.sum_axis::<1>().as_slice(),
            &lanes(tall.as_slice(), td, sum),
            1e-5,
        );
        garbage::<f32, Rank1<65536>>(f32::NAN);
        close32(
            wide.sum_axis::<0>().as_slice(),
            &lanes(wide.as_slice(), wd, sum),
            1e-5,
        );
        garbage::<f32, Rank1<65536>>(f32::NAN);
        let prod = |l: &[f32]| l.iter().product::<f32>();
        close32(
            tall.prod_axis::<1>().as_slice(),
            &lanes(tall.as_slice(), td, prod),
            1e-5,
        );
        garbage::<f32, Rank1<65536>>(f32::NAN);
        assert_elems_eq(
            tall.max_axis::<1>().as_slice(),
            &lanes(tall.as_slice(), td, max),
        );
        garbage::<f32, Rank1<65536>>(f32::NAN);
        assert_elems_eq(
            wide.max_axis::<0>().as_slice(),
            &lanes(wide.as_slice(), wd, max),
        );
        garbage::<usize, Rank1<65536>>(usize::MAX);
        let got = tall.argmax_axis::<1>();
        assert_elems_eq(got.as_slice(), &lanes(tall.as_slice(), td, argmax));
        garbage::<usize, Rank1<65536>>(usize::MAX);
        let got = wide.argmax_axis::<0>();
        assert_elems_eq(got.as_slice(), &lanes(wide.as_slice(), wd, argmax));
        garbage::<f32, Rank1<65536>>(f32::NAN);
        let var = |l: &[f32]| {
            let m = sum(l) / 4.0;
            l.iter().map(|x| (x - m) * (x - m)).sum::<f32>() / 4.0
        };
        close32(
            tall.var_axis::<1>().as_slice(),
            &lanes(tall.as_slice(), td, var),
            1e-4,
        );
        garbage::<bool, Rank1<65536>>(true);
        let any = tall.gt(2.9).any_axis::<1>();
        let want = lanes(tall.as_slice(), td, |l: &[f32]| l.iter().any(|&x| x > 2.9));
        assert_elems_eq(any.as_slice(), &want);
    }
    // argmax over rows of 20 `f32` (the vector kernels) and of 8 (the short-row kernel).
    let r20 = f32s::<Rank2<32768, 20>>(8);
    let r8 = f32s::<Rank2<32768, 8>>(9);
    for _ in 0..2 {
        garbage::<usize, Rank1<32768>>(usize::MAX);
        let want = lanes(r20.as_slice(), (32768, 20, 1), argmax);
        assert_elems_eq(r20.argmax_axis::<1>().as_slice(), &want);
        garbage::<usize, Rank1<32768>>(usize::MAX);
        let argmin = |l: &[f32]| (0..l.len()).fold(0, |b, k| if l[k] < l[b] { k } else { b });
        let want = lanes(r8.as_slice(), (32768, 8, 1), argmin);
        assert_elems_eq(r8.argmin_axis::<1>().as_slice(), &want);
    }
}

#[test]
fn layout_copies_and_gathers() {
    let a = f32s::<Sq>(10);
    let at = |i: usize, j: usize| a.as_slice()[i * 256 + j];
    let transposed: Vec<f32> = (0..256 * 256).map(|p| at(p % 256, p / 256)).collect();
    let flipped: Vec<f32> = (0..256 * 256).map(|p| at(255 - p / 256, p % 256)).collect();
    let idx: [usize; 256] = core::array::from_fn(|k| (k * 97 + 13) % 256);
    let taken: Vec<f32> = (0..256 * 256).map(|p| at(p / 256, idx[p % 256])).collect();
    let half = f32s::<Rank2<128, 256>>(11);
    let joined: Vec<f32> = half.iter().chain(half.iter()).copied().collect();
    let row = f32s::<Rank1<256>>(12);
    let rows: Vec<f32> = (0..256 * 256).map(|p| row.as_slice()[p % 256]).collect();
    let outer: Vec<f32> = (0..256 * 256)
        .map(|p| row.as_slice()[p / 256] * row.as_slice()[p % 256])
        .collect();
    for _ in 0..2 {
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq(a.t().as_slice(), &transposed);
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq(a.permute::<1, 0>().as_slice(), &transposed);
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq(a.swap_axes::<0, 1>().as_slice(), &transposed);
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq(a.flip::<0>().as_slice(), &flipped);
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq(a.take::<1>(idx).as_slice(), &taken);
        garbage::<f32, Sq>(f32::NAN);
        let cat: Tensor<f32, Sq, Heap> = Tensor::concatenate::<0>((&half, &half));
        assert_elems_eq(cat.as_slice(), &joined);
        garbage::<f32, Sq>(f32::NAN);
        let st: Tensor<f32, Rank3<2, 128, 256>, Heap> = Tensor::stack::<0>([&half, &half]);
        assert_elems_eq(st.as_slice(), &joined);
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq(row.broadcast_to::<Sq>().as_slice(), &rows);
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq(row.tile::<Sq>().as_slice(), &rows);
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq(row.outer(&row).as_slice(), &outer);
        garbage::<f32, Sq>(f32::NAN);
        assert_elems_eq(a.clone().as_slice(), a.as_slice());
        garbage::<f32, Sq>(f32::NAN);
        let strided = a.view().t().to_kind::<Heap>(); // a view's copy, through its strides
        assert_elems_eq(strided.as_slice(), &transposed);
        garbage::<f32, Sq>(f32::NAN);
        let copy = Tensor::<f32, Sq, Heap>::from_slice(a.as_slice()).unwrap();
        assert_elems_eq(copy.as_slice(), a.as_slice());
        garbage::<usize, Rank2<256, 128>>(usize::MAX);
        let order = a.argsort::<-1>();
        for (r, o) in order.as_slice().chunks_exact(256).enumerate() {
            let mut sorted: Vec<usize> = (0..256).collect();
            sorted.sort_by(|&x, &y| at(r, x).total_cmp(&at(r, y)));
            assert_eq!(o, sorted.as_slice());
        }
    }
}

/// Ops that leave elements at zero keep starting from zeroed storage.
#[test]
fn sparse_writers_still_start_from_zero() {
    let v = f32s::<Rank1<256>>(13);
    let labels: Tensor<usize, Rank1<256>, Heap> = random_tensor_with(14, |r| r.index(256));
    let counts: Tensor<usize, Rank1<32768>, Heap> = random_tensor_with(15, |r| r.index(100));
    for _ in 0..2 {
        garbage::<f32, Sq>(f32::NAN);
        let eye = Tensor::<f32, Sq, Heap>::eye();
        assert!((0..256 * 256).all(|p| eye.as_slice()[p] == f32::from(p % 257 == 0)));
        garbage::<f32, Sq>(f32::NAN);
        let d = v.diag();
        for p in 0..256 * 256 {
            let want = if p % 257 == 0 {
                v.as_slice()[p / 257]
            } else {
                0.0
            };
            assert_eq!(d.as_slice()[p].to_bits(), want.to_bits());
        }
        garbage::<f32, Sq>(f32::NAN);
        let hot: Tensor<f32, Sq, Heap> = labels.one_hot::<256>();
        for (row, &l) in hot.as_slice().chunks_exact(256).zip(labels.iter()) {
            assert!((0..256).all(|c| row[c] == f32::from(c == l)));
        }
        garbage::<usize, Rank1<32768>>(usize::MAX);
        let bins = counts.bincount::<32768>();
        let mut want = vec![0; 32768];
        counts.iter().for_each(|&c| want[c] += 1);
        assert_elems_eq(bins.as_slice(), &want);
    }
    let x: Tensor<f64, Rank2<4, 32768>, Heap> = random_tensor_with(16, |r| r.uniform(0.0, 1.0));
    let w = tensorial::tensor![1.0, 2.0, 3.0, 4.0];
    let want = lanes(x.as_slice(), (1, 4, 32768), |l: &[f64]| {
        (l[0] + 2.0 * l[1] + 3.0 * l[2] + 4.0 * l[3]) / 10.0
    });
    for _ in 0..2 {
        garbage::<f64, Rank1<32768>>(f64::NAN);
        assert_close(x.average_axis::<0>(&w).as_slice(), &want, 1e-12);
    }
}
