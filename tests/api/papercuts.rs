//! Issue 8, item 9 and the checked gather of item 6: `bool` casts, `count_nonzero`, two-axis
//! reductions, weighted averages, `tile`, `dot_nd` (NumPy `np.dot`), `bcast_axis`, `try_take`,
//! each against a naive loop on random data from `SeededRng`.

use crate::common;

use common::{assert_close, multi_indices, offset_of};
use tensorial::prelude::*; // `Kind` is in the prelude
use tensorial::{Bcast, IndexRangeError};

fn rng(seed: u64) -> SeededRng {
    SeededRng::new(seed)
}

/// Both storage kinds, through one generic body.
fn kinds(check: impl Fn(u64, bool)) {
    check(1, false);
    check(2, true);
}

#[test]
fn bool_casts_to_every_number_type_in_one_call() {
    let a = Tensor::<i32, Rank2<6, 7>>::randint(&mut rng(1), 0, 3);
    let b = Tensor::<i32, Rank2<6, 7>>::randint(&mut rng(2), 0, 3);
    let hits = a.eq_elem(&b);
    let want: Vec<f32> = a
        .iter()
        .zip(b.iter())
        .map(|(x, y)| if x == y { 1.0 } else { 0.0 })
        .collect();
    assert_eq!(hits.cast::<f32>().as_slice(), &want[..]);
    assert_eq!(
        hits.cast::<u8>().as_slice(),
        &want.iter().map(|&v| v as u8).collect::<Vec<_>>()[..]
    );
    assert_eq!(hits.cast::<bool>(), hits);
    let accuracy = hits.cast::<f64>().mean();
    let count = want.iter().filter(|&&v| v == 1.0).count();
    assert!((accuracy - count as f64 / 42.0).abs() < 1e-12);
}

#[test]
fn count_nonzero_matches_a_loop() {
    let x = Tensor::<i32, Rank3<3, 4, 5>, Heap>::randint(&mut rng(3), -2, 3);
    assert_eq!(x.count_nonzero(), x.iter().filter(|&&v| v != 0).count());
    let f = x.cast::<f64>();
    assert_eq!(f.count_nonzero(), x.count_nonzero());
    assert_eq!(
        x.gt(0).count_nonzero(),
        x.iter().filter(|&&v| v > 0).count()
    );
}

/// Naive `x.sum(axis=(a, b))` on run-time dims.
fn ref_sum_axes(x: &[f64], dims: &[usize], a: usize, b: usize) -> (Vec<usize>, Vec<f64>) {
    let out_dims: Vec<usize> = dims
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != a && i != b)
        .map(|(_, &d)| d)
        .collect();
    let mut out = vec![0.0; out_dims.iter().product()];
    for idx in multi_indices(dims) {
        let kept: Vec<usize> = idx
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != a && i != b)
            .map(|(_, &v)| v)
            .collect();
        out[offset_of(&kept, &out_dims)] += x[offset_of(&idx, dims)];
    }
    (out_dims, out)
}

#[test]
fn sum_and_mean_over_two_axes_match_a_loop() {
    let x = Tensor::<f64, Rank4<3, 4, 2, 5>, Heap>::uniform(&mut rng(4), -1.0, 1.0);
    let s: Tensor<f64, Rank2<4, 5>, Heap> = x.sum_axes::<0, 2>();
    let (dims, want) = ref_sum_axes(x.as_slice(), &[3, 4, 2, 5], 0, 2);
    assert_eq!(dims, [4, 5]);
    assert_close(s.as_slice(), &want, 1e-12);
    let s: Tensor<f64, Rank2<3, 2>, Heap> = x.sum_axes::<1, -1>();
    assert_close(
        s.as_slice(),
        &ref_sum_axes(x.as_slice(), &[3, 4, 2, 5], 1, 3).1,
        1e-12,
    );
    let m = x.mean_axes::<0, 2>();
    let want: Vec<f64> = want.iter().map(|v| v / 6.0).collect();
    assert_close(m.as_slice(), &want, 1e-12);
    let small = Tensor::<f64, Rank3<2, 3, 4>>::uniform(&mut rng(5), -1.0, 1.0);
    let (_, want) = ref_sum_axes(small.as_slice(), &[2, 3, 4], 0, 1);
    assert_close(small.sum_axes::<0, 1>().as_slice(), &want, 1e-12);
}

#[test]
fn weighted_averages_match_a_loop() {
    kinds(|seed, heap| {
        let x = Tensor::<f64, Rank3<3, 4, 5>, Heap>::uniform(&mut rng(seed), -1.0, 1.0);
        let w = Tensor::<f64, Rank1<4>>::uniform(&mut rng(seed + 10), 0.1, 1.0);
        let got = if heap {
            x.average_axis::<1>(&w.to_heap().view())
        } else {
            x.average_axis::<-2>(&w)
        };
        let wsum: f64 = w.iter().sum();
        for i in 0..3 {
            for k in 0..5 {
                let want: f64 = (0..4).map(|j| x[[i, j, k]] * w[[j]]).sum::<f64>() / wsum;
                assert!((got[[i, k]] - want).abs() < 1e-12);
            }
        }
        let wf = Tensor::<f64, Rank3<3, 4, 5>, Heap>::uniform(&mut rng(seed + 20), 0.1, 1.0);
        let num: f64 = x.iter().zip(wf.iter()).map(|(a, b)| a * b).sum();
        assert!((x.average(&wf) - num / wf.iter().sum::<f64>()).abs() < 1e-12);
    });
    // Equal weights give the mean.
    let x = Tensor::<f64, Rank2<4, 3>>::uniform(&mut rng(6), -1.0, 1.0);
    assert_close(
        x.average_axis::<0>(&Tensor::<f64, Rank1<4>>::full(2.0))
            .as_slice(),
        x.mean_axis::<0>().as_slice(),
        1e-12,
    );
}

#[test]
fn tile_matches_a_loop() {
    let x = Tensor::<i32, Rank2<2, 3>>::randint(&mut rng(7), -9, 10);
    let t = x.tile::<Rank3<2, 4, 9>>(); // np.tile(x, (2, 2, 3))
    for idx in multi_indices(&[2, 4, 9]) {
        assert_eq!(t[[idx[0], idx[1], idx[2]]], x[[idx[1] % 2, idx[2] % 3]]);
    }
    let h = x.to_heap().tile::<Rank2<2, 3>>();
    assert_eq!(h, x);
    let v = Tensor::<f64, Rank1<3>, Heap>::uniform(&mut rng(8), -1.0, 1.0);
    let r = v.tile::<Rank2<2, 6>>();
    for (k, &e) in r.iter().enumerate() {
        assert_eq!(e, v[[k % 3]]);
    }
}

#[test]
fn dot_nd_is_numpy_dot_for_every_right_rank() {
    let a = Tensor::<f64, Rank3<2, 3, 4>>::uniform(&mut rng(9), -1.0, 1.0);
    // Rank 3: out[i, j, l, m] = Σ_k a[i, j, k] b[l, k, m].
    let b = Tensor::<f64, Rank3<5, 4, 6>, Heap>::uniform(&mut rng(10), -1.0, 1.0);
    let c: Tensor<f64, (Const<2>, Const<3>, Const<5>, Const<6>), Heap> = a.dot_nd(&b);
    for idx in multi_indices(&[2, 3, 5, 6]) {
        let [i, j, l, m] = [idx[0], idx[1], idx[2], idx[3]];
        let want: f64 = (0..4).map(|k| a[[i, j, k]] * b[[l, k, m]]).sum();
        assert!((c[[i, j, l, m]] - want).abs() < 1e-12);
    }
    // Rank 4 with a `Bcast` batch axis.
    let b4 = Tensor::<f64, (Const<2>, Bcast, Const<4>, Const<3>)>::uniform(&mut rng(11), -1.0, 1.0);
    let c4 = a.dot_nd(&b4);
    assert_eq!(c4.shape(), [2, 3, 2, 1, 3]);
    for idx in multi_indices(&[2, 3, 2, 3]) {
        let [i, j, p, m] = [idx[0], idx[1], idx[2], idx[3]];
        let want: f64 = (0..4).map(|k| a[[i, j, k]] * b4[[p, 0, k, m]]).sum();
        assert!((c4[[i, j, p, 0, m]] - want).abs() < 1e-12);
    }
    // Rank 5: three batch axes, contracted axis and batch axes found from the end.
    let a2 = Tensor::<f64, Rank2<2, 4>>::uniform(&mut rng(40), -1.0, 1.0);
    let b5 = Tensor::<f64, Rank5<2, 3, 2, 4, 3>, Heap>::uniform(&mut rng(41), -1.0, 1.0);
    let c5 = a2.dot_nd(&b5);
    assert_eq!(c5.shape(), [2, 2, 3, 2, 3]);
    for idx in multi_indices(&[2, 2, 3, 2, 3]) {
        let [i, p, q, r, m] = [idx[0], idx[1], idx[2], idx[3], idx[4]];
        let want: f64 = (0..4).map(|k| a2[[i, k]] * b5[[p, q, r, k, m]]).sum();
        assert!((c5[[i, p, q, r, m]] - want).abs() < 1e-12);
    }
    // Ranks 1 and 2 are `tensordot`.
    let m2 = Tensor::<f64, Rank2<4, 2>>::uniform(&mut rng(12), -1.0, 1.0);
    assert_eq!(a.dot_nd(&m2), a.tensordot(&m2));
    let v = Tensor::<f64, Rank1<4>>::uniform(&mut rng(13), -1.0, 1.0);
    assert_eq!(a.dot_nd(&v), a.tensordot(&v));
}

#[test]
fn bcast_axis_turns_n_by_1_data_into_a_broadcasting_column() {
    let y = Tensor::<f64, Rank2<5, 1>, Heap>::uniform(&mut rng(14), -1.0, 1.0);
    let x = Tensor::<f64, Rank2<5, 3>, Heap>::uniform(&mut rng(15), -1.0, 1.0);
    let col: Tensor<f64, (Const<5>, Bcast), Heap> = y.clone().bcast_axis::<-1>();
    let d = &x - &col;
    for i in 0..5 {
        for j in 0..3 {
            assert_eq!(d[[i, j]], x[[i, j]] - y[[i, 0]]);
        }
    }
    let row = Tensor::<i32, Rank2<1, 4>>::arange().bcast_axis::<0>();
    assert_eq!(
        (row + Tensor::<i32, Rank2<2, 4>>::zeros()).as_slice(),
        &[0, 1, 2, 3, 0, 1, 2, 3]
    );
}

#[test]
fn try_take_returns_the_first_index_out_of_range() {
    let x = Tensor::<f64, Rank2<4, 3>>::uniform(&mut rng(16), -1.0, 1.0);
    let idx = Tensor::<i64, Rank1<6>>::randint(&mut rng(17), 0, 4);
    let got = x.try_take::<0>(&idx).unwrap();
    assert_eq!(got, x.take::<0>(&idx));
    let bad = tensor![0_i64, 2, 4, -1];
    assert_eq!(
        x.try_take::<0>(&bad).unwrap_err(),
        IndexRangeError {
            offset: 2,
            value: 4,
            bound: 4
        }
    );
    assert_eq!(x.try_take::<1>([0_i8, -1]).unwrap_err().offset, 1);
    assert!(x.to_heap().try_take::<-1>([2u8, 1, 0]).is_ok());
}

#[test]
fn kind_is_in_the_prelude() {
    fn numel<K: Kind>(x: &Tensor<f32, Rank2<2, 3>, K>) -> usize {
        x.len()
    }
    assert_eq!(numel(&Tensor::<f32, Rank2<2, 3>, Heap>::zeros()), 6);
}
