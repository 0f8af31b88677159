//! NN functions against naive per-lane references on random inputs, including inputs large
//! enough to overflow a naive `exp`.

mod common;

use common::{assert_close, dims_of, multi_indices, offset_of, random_tensor_with};
use tensorial::{Axis, Heap, Inline, Kind, Rank1, Rank2, Rank3, Shape, Tensor};

/// Applies `f` to every lane along `axis` of `data` (row-major dims), writing lane results back.
fn per_lane(data: &[f64], dims: &[usize], axis: usize, f: impl Fn(&[f64]) -> Vec<f64>) -> Vec<f64> {
    let mut out = vec![0.0; data.len()];
    let mut rest_dims = dims.to_vec();
    rest_dims.remove(axis);
    for rest in multi_indices(&rest_dims) {
        let offs: Vec<usize> = (0..dims[axis])
            .map(|k| {
                let mut idx = rest.clone();
                idx.insert(axis, k);
                offset_of(&idx, dims)
            })
            .collect();
        let lane: Vec<f64> = offs.iter().map(|&o| data[o]).collect();
        for (&o, v) in offs.iter().zip(f(&lane)) {
            out[o] = v;
        }
    }
    out
}

/// Softmax by the textbook formula in extended range: shift by the max, as any reference must
/// for inputs near 700.
fn naive_softmax(lane: &[f64]) -> Vec<f64> {
    let m = lane.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = lane.iter().map(|x| (x - m).exp()).collect();
    let s: f64 = e.iter().sum();
    e.iter().map(|v| v / s).collect()
}

fn naive_lse(lane: &[f64]) -> f64 {
    let m = lane.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    m + lane.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
}

fn check<S: Shape + Axis<AX>, K: Kind, const AX: isize>(seed: u64) {
    let axis = <S as Axis<AX>>::INDEX;
    let dims = dims_of::<S>();
    // Values up to ±800: exp overflows f64 without the max shift.
    let x: Tensor<f64, S, K> = random_tensor_with(seed, |r| r.uniform(-800.0, 800.0));
    let want = per_lane(x.as_slice(), &dims, axis, naive_softmax);
    assert_close(x.softmax::<AX>().as_slice(), &want, 1e-12);
    let want = per_lane(x.as_slice(), &dims, axis, |l| {
        let lse = naive_lse(l);
        l.iter().map(|v| v - lse).collect()
    });
    assert_close(x.log_softmax::<AX>().as_slice(), &want, 1e-12);
    let lse: Tensor<f64, <S as Axis<AX>>::Removed, K> = x.logsumexp::<AX>();
    let mut rest = dims.clone();
    rest.remove(axis);
    let want: Vec<f64> = multi_indices(&rest)
        .into_iter()
        .map(|r| {
            let lane: Vec<f64> = (0..dims[axis])
                .map(|k| {
                    let mut idx = r.clone();
                    idx.insert(axis, k);
                    x.as_slice()[offset_of(&idx, &dims)]
                })
                .collect();
            naive_lse(&lane)
        })
        .collect();
    assert_close(lse.as_slice(), &want, 1e-12);
}

#[test]
fn softmax_family_along_every_axis() {
    check::<Rank1<7>, Inline, 0>(1);
    check::<Rank2<4, 9>, Inline, 1>(2);
    check::<Rank2<4, 9>, Heap, 0>(3);
    check::<Rank3<2, 3, 5>, Heap, { -1 }>(4);
    check::<Rank3<2, 3, 5>, Inline, 1>(5);
    check::<Rank3<2, 3, 5>, Inline, { -3 }>(6);
}

#[test]
fn softmax_family_with_an_empty_axis_elsewhere() {
    // Lanes along a non-empty axis, but no lanes at all: the results are empty, nothing panics.
    check::<Rank3<2, 3, 0>, Heap, 1>(7);
    check::<Rank3<2, 3, 0>, Inline, 1>(8);
    check::<Rank3<0, 3, 2>, Inline, 1>(9);
    // The reduced axis is empty too, and so is every lane's statistic.
    check::<Rank3<0, 0, 3>, Heap, 1>(10);
}

#[test]
fn softmax_rows_sum_to_one_and_handle_infinities() {
    let x =
        Tensor::<f64, Rank2<2, 3>>::from_array([[f64::NEG_INFINITY, 0.0, 0.0], [1.0, 2.0, 3.0]]);
    let p = x.softmax::<1>();
    assert_eq!(p[[0, 0]], 0.0);
    assert_close(p.sum_axis::<1>().as_slice(), &[1.0, 1.0], 1e-15);
    let all_neg_inf = Tensor::<f64, Rank1<2>>::full(f64::NEG_INFINITY);
    assert_eq!(all_neg_inf.logsumexp::<0>().item(), f64::NEG_INFINITY);
}

#[test]
fn sigmoid_relu_clip_match_formulas() {
    let x: Tensor<f64, Rank2<6, 7>, Heap> = random_tensor_with(11, |r| r.uniform(-40.0, 40.0));
    let xs = x.as_slice();
    let sig: Vec<f64> = xs.iter().map(|v| 1.0 / (1.0 + (-v).exp())).collect();
    assert_close(x.sigmoid().as_slice(), &sig, 1e-12);
    let relu: Vec<f64> = xs.iter().map(|&v| if v > 0.0 { v } else { 0.0 }).collect();
    assert_close(x.relu().as_slice(), &relu, 0.0);
    let clip: Vec<f64> = xs.iter().map(|&v| v.clamp(-5.0, 5.0)).collect();
    assert_close(x.clip(-5.0, 5.0).as_slice(), &clip, 0.0);
    assert!(Tensor::<f64, Rank1<1>>::full(f64::NAN).clip(0.0, 1.0)[[0]].is_nan());
    assert!(Tensor::<f64, Rank1<1>>::full(f64::NAN).relu()[[0]].is_nan());
}

/// `relu` on the values where formulas differ, bit for bit, inline (the embedded programs'
/// path, vectorized when inlined) and on the heap, against `x < 0 ? 0 : x`.
#[test]
fn relu_special_values() {
    let special = [
        f32::NAN,
        -f32::NAN,
        -0.0,
        0.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
        -1.0,
        1.0,
        f32::MIN_POSITIVE,
        -f32::MIN_POSITIVE,
        f32::from_bits(1),
        f32::from_bits(0x8000_0001),
    ];
    let values: [f32; 48] = core::array::from_fn(|i| special[i % special.len()]);
    let want = values.map(|v| if v < 0.0 { 0.0 } else { v });
    let inline = Tensor::<f32, Rank1<48>>::from_array(values).relu();
    let heap = Tensor::<f32, Rank1<48>, Heap>::from_slice(&values)
        .expect("48 values")
        .relu();
    for got in [inline.as_slice(), heap.as_slice()] {
        for ((g, w), v) in got.iter().zip(&want).zip(&values) {
            assert_eq!(g.to_bits(), w.to_bits(), "relu({v:?}) = {g:?}, want {w:?}");
        }
    }
    assert!(inline.as_slice()[1].is_nan() && inline.as_slice()[2].is_sign_negative());
}

#[test]
fn layernorm_matches_naive() {
    let x: Tensor<f64, Rank3<2, 3, 8>, Heap> = random_tensor_with(12, |r| r.uniform(-3.0, 3.0));
    let g: Tensor<f64, Rank1<8>> = random_tensor_with(13, |r| r.uniform(0.5, 2.0));
    let b: Tensor<f64, Rank1<8>> = random_tensor_with(14, |r| r.uniform(-1.0, 1.0));
    let eps = 1e-5;
    let want = per_lane(x.as_slice(), &dims_of::<Rank3<2, 3, 8>>(), 2, |l| {
        let n = l.len() as f64;
        let m = l.iter().sum::<f64>() / n;
        let v = l.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / n;
        l.iter()
            .enumerate()
            .map(|(k, x)| (x - m) / (v + eps).sqrt() * g[[k]] + b[[k]])
            .collect()
    });
    assert_close(x.layernorm(&g, &b, eps).as_slice(), &want, 1e-12);
}

#[test]
fn losses_match_naive() {
    let a: Tensor<f64, Rank2<5, 4>> = random_tensor_with(15, |r| r.uniform(-3.0, 3.0));
    let t: Tensor<f64, Rank2<5, 4>, Heap> = random_tensor_with(16, |r| r.uniform(-3.0, 3.0));
    let mse = a
        .iter()
        .zip(t.iter())
        .map(|(x, y)| (x - y) * (x - y))
        .sum::<f64>()
        / 20.0;
    assert_close(&[a.mse_loss(&t)], &[mse], 1e-12);

    let labels = Tensor::<usize, Rank1<5>>::from_array([3, 0, 2, 2, 1]);
    let mut ce = 0.0;
    for i in 0..5 {
        let row: Vec<f64> = (0..4).map(|j| a[[i, j]]).collect();
        ce += naive_lse(&row) - row[labels[[i]]];
    }
    assert_close(&[a.cross_entropy(&labels)], &[ce / 5.0], 1e-12);

    let probs = t.softmax::<1>();
    let mut cep = 0.0;
    for i in 0..5 {
        let row: Vec<f64> = (0..4).map(|j| a[[i, j]]).collect();
        let lse = naive_lse(&row);
        cep -= (0..4).map(|j| probs[[i, j]] * (row[j] - lse)).sum::<f64>();
    }
    assert_close(&[a.cross_entropy_probs(&probs)], &[cep / 5.0], 1e-12);
}

#[test]
#[should_panic(expected = "label 4 is out of range for 4 classes")]
fn cross_entropy_rejects_bad_labels() {
    let logits = Tensor::<f64, Rank2<1, 4>>::zeros();
    let _ = logits.cross_entropy(&Tensor::<usize, Rank1<1>>::from_array([4]));
}

#[test]
#[allow(clippy::cast_possible_truncation)]
fn big_tensors_give_the_same_bits_on_one_thread_and_on_all() {
    use tensorial::parallel;
    // 300 × 1000 f32 is above the split threshold: with more than one core the rows (softmax
    // family) and the elements (exp, tanh, …) are split across threads; each element is
    // computed by the same kernel, so the results must not change by a bit.
    type Big = Tensor<f32, Rank2<300, 1000>, Heap>;
    let x: Big = random_tensor_with(11, |r| r.uniform(-40.0, 40.0) as f32);
    let run = |x: &Big| {
        let lse: Tensor<f32, Rank1<300>, Heap> = x.logsumexp::<1>();
        let cols: Tensor<f32, Rank1<1000>, Heap> = x.logsumexp::<0>();
        [
            x.exp(),
            x.tanh(),
            x.sigmoid(),
            x.abs().ln(),
            x.abs().sqrt(),
            x.softmax::<1>(),
            x.softmax::<0>(),
            x.log_softmax::<1>(),
        ]
        .map(|t| {
            t.as_slice()
                .iter()
                .map(|v| v.to_bits())
                .collect::<Vec<u32>>()
        })
        .into_iter()
        .chain([lse.as_slice(), cols.as_slice()].map(|s| s.iter().map(|v| v.to_bits()).collect()))
        .collect::<Vec<_>>()
    };
    parallel::set_max_threads(1);
    let one = run(&x);
    parallel::set_max_threads(0);
    let all = run(&x);
    assert!(one == all, "results differ between one thread and all");
    // And they are right: rows of the softmax sum to one, the log-softmax is its log.
    let p = x.softmax::<1>();
    let lp = x.log_softmax::<1>();
    for (row, lrow) in p.as_slice().chunks(1000).zip(lp.as_slice().chunks(1000)) {
        let total: f64 = row.iter().map(|&v| f64::from(v)).sum();
        assert!((total - 1.0).abs() < 1e-5, "row sums to {total}");
        for (&v, &l) in row.iter().zip(lrow) {
            assert!((f64::from(v).ln() - f64::from(l)).abs() < 1e-4 || v < 1e-30);
        }
    }
}
