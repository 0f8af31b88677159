//! Ops on tensors big enough to be split across threads, and to be written with streaming
//! stores: elementwise results are bit-identical with one thread and with all, and equal to
//! naive loops; reductions are too (they keep each output's order whatever the split), and
//! close to an f64 reference.
// `as` is the reference for `cast`, and element counts become f64 exactly.
#![allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]

use std::sync::Mutex;
use tensorial::parallel::set_max_threads;
use tensorial::{Bcast, Const, Heap, Rank1, Rank2, Rank3, SeededRng, Tensor};

/// `set_max_threads` is process-wide: tests that change it take turns.
static THREADS: Mutex<()> = Mutex::new(());

/// Runs `op` with one thread and with the default thread count, checks the two results are
/// the same bits, and returns the one-thread result.
fn same_on_all_threads<R: PartialEq + core::fmt::Debug>(op: impl Fn() -> R) -> R {
    let _turn = THREADS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    set_max_threads(1);
    let one = op();
    set_max_threads(0);
    let all = op();
    set_max_threads(3); // an odd cap (the pool may have fewer threads)
    let three = op();
    set_max_threads(0);
    assert!(
        one == all && one == three,
        "results differ between thread counts"
    );
    one
}

fn bits(xs: &[f32]) -> Vec<u32> {
    xs.iter().map(|x| x.to_bits()).collect()
}

// (2100, 2048) f32 is 17.2 MB: above the streaming threshold, and split across threads.
const R: usize = 2100;
const C: usize = 2048;
type Big = Tensor<f32, Rank2<R, C>, Heap>;

fn uniform<S: tensorial::Shape>(seed: u64) -> Tensor<f32, S, Heap> {
    Tensor::uniform(&mut SeededRng::new(seed), -4.0, 4.0)
}

#[test]
fn broadcast_ops_into_new_existing_and_in_place_outputs() {
    let a: Big = uniform(1);
    let col: Tensor<f32, (Const<R>, Bcast), Heap> = uniform(2);
    let row: Tensor<f32, Rank1<C>, Heap> = uniform(3);
    let (x, c, r) = (a.as_slice(), col.as_slice(), row.as_slice());
    let want_col: Vec<f32> = (0..R * C).map(|i| x[i] - c[i / C]).collect();
    let want_row: Vec<f32> = (0..R * C).map(|i| x[i] * r[i % C]).collect();

    let got = same_on_all_threads(|| bits((&a - &col).as_slice()));
    assert_eq!(got, bits(&want_col));
    let got = same_on_all_threads(|| {
        let mut out = Big::full(7.0);
        a.sub_into(&col, &mut out);
        bits(out.as_slice())
    });
    assert_eq!(got, bits(&want_col));
    let got = same_on_all_threads(|| {
        let mut y = a.clone();
        y *= &row;
        bits(y.as_slice())
    });
    assert_eq!(got, bits(&want_row));
    // A scalar, and an owned left operand whose buffer is reused.
    let got = same_on_all_threads(|| bits((a.clone() / 3.0).as_slice()));
    assert_eq!(got, bits(&x.iter().map(|v| v / 3.0).collect::<Vec<_>>()));
}

#[test]
fn strided_operands_split_inside_rows() {
    // Rows read backwards: the inner axis has stride -1, the general indexed path.
    let a: Big = uniform(4);
    let b: Big = uniform(5);
    let t = a.view().flip::<1>();
    let (x, y) = (a.as_slice(), b.as_slice());
    let want: Vec<f32> = (0..R * C)
        .map(|i| x[i / C * C + C - 1 - i % C] + y[i])
        .collect();
    let got = same_on_all_threads(|| bits((t + &b).as_slice()));
    assert_eq!(got, bits(&want));
}

#[test]
fn maps_casts_and_selects() {
    let a: Big = uniform(6);
    let b: Big = uniform(7);
    let x = a.as_slice();
    let got = same_on_all_threads(|| bits(a.map(|v| v * v - 1.0).as_slice()));
    assert_eq!(
        got,
        bits(&x.iter().map(|v| v * v - 1.0).collect::<Vec<_>>())
    );
    let got = same_on_all_threads(|| a.cast::<i16>().as_slice().to_vec());
    assert_eq!(got, x.iter().map(|&v| v as i16).collect::<Vec<_>>());
    let got = same_on_all_threads(|| {
        let mut y = a.clone();
        y.map_inplace(f32::abs);
        bits(y.as_slice())
    });
    assert_eq!(got, bits(&x.iter().map(|v| v.abs()).collect::<Vec<_>>()));

    let mask = a.gt(&b);
    let want: Vec<f32> = x
        .iter()
        .zip(b.as_slice())
        .map(|(&p, &q)| p.max(q))
        .collect();
    let got = same_on_all_threads(|| bits(mask.select(&a, &b).as_slice()));
    assert_eq!(got, bits(&want));
    let got = same_on_all_threads(|| {
        let mut out = Big::zeros();
        mask.select_into(&a, &b, &mut out);
        bits(out.as_slice())
    });
    assert_eq!(got, bits(&want));
    let relu: Vec<f32> = x.iter().map(|&v| if v > 0.0 { v } else { 0.0 }).collect();
    let got = same_on_all_threads(|| {
        let mut out = Big::full(1.0);
        a.gt(0.0).select_into(&a, 0.0, &mut out);
        bits(out.as_slice())
    });
    assert_eq!(got, bits(&relu));
}

/// Each `got` within `tol` of `want` (absolute: f32 sums of thousands of terms in `[-4, 4)`).
fn close(got: &[f32], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len());
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        assert!(
            (f64::from(g) - w).abs() <= tol,
            "output {i}: {g} against {w}"
        );
    }
}

#[test]
fn reductions_are_deterministic_and_accurate() {
    let a: Big = uniform(8);
    let x = a.as_slice();
    let row_sums: Vec<f64> = x
        .chunks_exact(C)
        .map(|r| r.iter().map(|&v| f64::from(v)).sum())
        .collect();
    let col_sums: Vec<f64> = (0..C)
        .map(|j| (0..R).map(|i| f64::from(x[i * C + j])).sum())
        .collect();
    let got = same_on_all_threads(|| bits(a.sum_axis::<1>().as_slice()));
    close(
        &got.iter().map(|&b| f32::from_bits(b)).collect::<Vec<_>>(),
        &row_sums,
        1e-3,
    );
    let got = same_on_all_threads(|| bits(a.sum_axis::<0>().as_slice()));
    close(
        &got.iter().map(|&b| f32::from_bits(b)).collect::<Vec<_>>(),
        &col_sums,
        1e-2,
    );
    let total: f64 = row_sums.iter().sum();
    let got = same_on_all_threads(|| a.sum().to_bits());
    close(&[f32::from_bits(got)], &[total], 0.05);
    let got = same_on_all_threads(|| a.var().to_bits());
    let mean = total / (R * C) as f64;
    let var = x
        .iter()
        .map(|&v| (f64::from(v) - mean).powi(2))
        .sum::<f64>()
        / (R * C) as f64;
    close(&[f32::from_bits(got)], &[var], 1e-4);

    let max_rows: Vec<f32> = x
        .chunks_exact(C)
        .map(|r| r.iter().copied().fold(f32::MIN, f32::max))
        .collect();
    let argmax_rows: Vec<usize> = x
        .chunks_exact(C)
        .zip(&max_rows)
        .map(|(r, m)| r.iter().position(|v| v == m).unwrap())
        .collect();
    assert_eq!(
        same_on_all_threads(|| bits(a.max_axis::<1>().as_slice())),
        bits(&max_rows)
    );
    assert_eq!(
        same_on_all_threads(|| a.argmax_axis::<1>().as_slice().to_vec()),
        argmax_rows
    );
    let max = max_rows.iter().copied().fold(f32::MIN, f32::max);
    assert_eq!(same_on_all_threads(|| a.max().to_bits()), max.to_bits());
    let at = x.iter().position(|&v| v == max).unwrap();
    assert_eq!(same_on_all_threads(|| a.argmax()), at);
}

#[test]
fn reductions_along_a_middle_axis() {
    // (40, 300, 70) along axis 1: outputs split by `outer` and by column ranges.
    let a: Tensor<f32, Rank3<40, 300, 70>, Heap> = uniform(9);
    let x = a.as_slice();
    let at = |o: usize, k: usize, j: usize| x[(o * 300 + k) * 70 + j];
    let sums: Vec<f64> = (0..40 * 70)
        .map(|p| (0..300).map(|k| f64::from(at(p / 70, k, p % 70))).sum())
        .collect();
    let got = same_on_all_threads(|| bits(a.mean_axis::<1>().as_slice()));
    let means: Vec<f64> = sums.iter().map(|s| s / 300.0).collect();
    close(
        &got.iter().map(|&b| f32::from_bits(b)).collect::<Vec<_>>(),
        &means,
        1e-4,
    );
    let argmin: Vec<usize> = (0..40 * 70)
        .map(|p| {
            let lane: Vec<f32> = (0..300).map(|k| at(p / 70, k, p % 70)).collect();
            let m = lane.iter().copied().fold(f32::MAX, f32::min);
            lane.iter().position(|&v| v == m).unwrap()
        })
        .collect();
    assert_eq!(
        same_on_all_threads(|| a.argmin_axis::<1>().as_slice().to_vec()),
        argmin
    );
}

/// The optimisers update a large parameter (and its state) split across threads, as
/// `zip_assign` splits it: the same bits as one thread, and as the update written out per
/// element.
#[test]
fn optimiser_steps_split_like_one_thread() {
    use tensorial::autodiff::optim::{Adam, AdamState, Optimizer, Sgd, SgdState};
    type W = Tensor<f32, Rank2<784, 128>, Heap>;
    let (p0, g): (W, W) = (uniform(21), uniform(22));
    let sgd = Sgd::new(0.1).with_momentum(0.9).with_weight_decay(0.01);
    let (p, b) = same_on_all_threads(|| {
        let (mut p, mut state) = (p0.clone(), SgdState::default());
        sgd.step(&mut p, &g, &mut state);
        sgd.step(&mut p, &g, &mut state);
        (
            bits(p.as_slice()),
            bits(state.momentum_buffer().unwrap().as_slice()),
        )
    });
    let mut want = (p0.as_slice().to_vec(), vec![0f32; g.len()]);
    for _ in 0..2 {
        for ((p, b), &g) in want.0.iter_mut().zip(&mut want.1).zip(g.as_slice()) {
            let d = g + 0.01 * *p;
            *b = 0.9 * *b + d;
            *p -= 0.1 * *b;
        }
    }
    assert_eq!((p, b), (bits(&want.0), bits(&want.1)));
    let plain = same_on_all_threads(|| {
        let mut p = p0.clone();
        Sgd::new(0.1).step(&mut p, &g, &mut SgdState::default());
        bits(p.as_slice())
    });
    let want: Vec<f32> = p0
        .iter()
        .zip(g.as_slice())
        .map(|(p, g)| p - 0.1 * (g + 0.0 * p))
        .collect();
    assert_eq!(plain, bits(&want));
    let adam = Adam::new(0.01).with_weight_decay(0.1);
    same_on_all_threads(|| {
        let (mut p, mut state) = (p0.clone(), AdamState::default());
        adam.step(&mut p, &g, &mut state);
        adam.step(&mut p, &g, &mut state);
        let [m, v] = [state.exp_avg(), state.exp_avg_sq()].map(|t| bits(t.as_slice()));
        (bits(p.as_slice()), m, v)
    });
}
