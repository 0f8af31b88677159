//! The two training steps of `benches/train_step.rs` (autodiff and by hand) update the weights
//! alike from the same start, and both agree with a naive f64 loop implementation: the
//! benchmark compares the same work.

#[allow(dead_code)]
#[path = "../benches/train_step/mlp.rs"]
mod mlp;

use mlp::{BATCH, CLASSES, HIDDEN, INPUTS, LR, Params};
use tensorial::autodiff::Var;

/// The parameters flattened, in the order W1, b1, W2, b2.
fn flat(p: &Params) -> Vec<f64> {
    [
        p.w1.as_slice(),
        p.b1.as_slice(),
        p.w2.as_slice(),
        p.b2.as_slice(),
    ]
    .concat()
    .into_iter()
    .map(f64::from)
    .collect()
}

/// `after − before`, per parameter element.
fn delta(before: &[f64], after: &[f64]) -> Vec<f64> {
    after.iter().zip(before).map(|(a, b)| a - b).collect()
}

/// Asserts `|a − b| <= tol · max|b|` elementwise, naming the first element that differs.
fn assert_close(what: &str, a: &[f64], b: &[f64], tol: f64) {
    assert_eq!(a.len(), b.len());
    let scale = b.iter().fold(0f64, |m, v| m.max(v.abs()));
    assert!(scale > 0.0, "{what}: all zero");
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        assert!(
            (x - y).abs() <= tol * scale,
            "{what}: element {i}: {x} vs {y} (scale {scale})"
        );
    }
}

/// One step in f64 with plain loops over the flat data: the oracle. Returns the loss and the
/// updated parameters (flattened like [`flat`]).
#[allow(clippy::needless_range_loop)]
fn naive_step(p: &Params, x: &[f32], labels: &[usize]) -> (f64, Vec<f64>) {
    let w: Vec<f64> = flat(p);
    let (w1, rest) = w.split_at(INPUTS * HIDDEN);
    let (b1, rest) = rest.split_at(HIDDEN);
    let (w2, b2) = rest.split_at(HIDDEN * CLASSES);
    let x: Vec<f64> = x.iter().copied().map(f64::from).collect();
    let (mut gw1, mut gb1) = (vec![0.0; w1.len()], vec![0.0; HIDDEN]);
    let (mut gw2, mut gb2) = (vec![0.0; w2.len()], vec![0.0; CLASSES]);
    let mut loss = 0.0;
    for r in 0..BATCH {
        let xr = &x[r * INPUTS..(r + 1) * INPUTS];
        let z1: Vec<f64> = (0..HIDDEN)
            .map(|j| b1[j] + (0..INPUTS).map(|i| xr[i] * w1[i * HIDDEN + j]).sum::<f64>())
            .collect();
        let h: Vec<f64> = z1.iter().map(|&z| z.max(0.0)).collect();
        let logits: Vec<f64> = (0..CLASSES)
            .map(|c| b2[c] + (0..HIDDEN).map(|j| h[j] * w2[j * CLASSES + c]).sum::<f64>())
            .collect();
        let m = logits.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
        let total: f64 = logits.iter().map(|l| (l - m).exp()).sum();
        loss += (m + total.ln() - logits[labels[r]]) / BATCH as f64;
        // ∂loss/∂logits for this row.
        let d: Vec<f64> = (0..CLASSES)
            .map(|c| {
                ((logits[c] - m).exp() / total - f64::from(u8::from(c == labels[r]))) / BATCH as f64
            })
            .collect();
        for j in 0..HIDDEN {
            let mut dh = 0.0;
            for c in 0..CLASSES {
                gw2[j * CLASSES + c] += h[j] * d[c];
                dh += d[c] * w2[j * CLASSES + c];
            }
            let dz = if z1[j] > 0.0 { dh } else { 0.0 };
            gb1[j] += dz;
            for i in 0..INPUTS {
                gw1[i * HIDDEN + j] += xr[i] * dz;
            }
        }
        for c in 0..CLASSES {
            gb2[c] += d[c];
        }
    }
    let grads = [gw1, gb1, gw2, gb2].concat();
    let lr = f64::from(LR);
    (
        loss,
        w.iter().zip(&grads).map(|(w, g)| w - lr * g).collect(),
    )
}

#[test]
fn autodiff_and_hand_steps_update_the_weights_alike() {
    let (x, labels) = mlp::data();
    let xv = Var::constant(x.clone());
    let start = mlp::init();
    let (mut a, mut h) = (start.clone(), start.clone());
    let mut losses = Vec::new();
    for step in 0..5 {
        let before = flat(&a);
        let la = mlp::autodiff_step(&mut a, &xv, &labels);
        let lh = mlp::hand_step(&mut h, &x, &labels);
        assert!(
            (la - lh).abs() <= 1e-6 * lh.abs(),
            "step {step}: loss {la} vs {lh}"
        );
        let (fa, fh) = (flat(&a), flat(&h));
        // The weights within f32 rounding, and the updates themselves (much smaller than the
        // weights) to a few f32 ulps of the weights.
        assert_close(&format!("step {step}: weights"), &fa, &fh, 1e-6);
        assert_close(
            &format!("step {step}: updates"),
            &delta(&before, &fa),
            &delta(&before, &fh),
            1e-3,
        );
        losses.push(lh);
    }
    assert!(
        losses.windows(2).all(|w| w[1] < w[0]),
        "the loss falls: {losses:?}"
    );
}

#[test]
fn both_steps_match_a_naive_f64_step() {
    let (x, labels) = mlp::data();
    let start = mlp::init();
    let (want_loss, want) = naive_step(&start, x.as_slice(), labels.as_slice());
    let before = flat(&start);
    // Ten classes and small initial weights: the loss starts near ln 10.
    assert!((want_loss - 10f64.ln()).abs() < 0.1, "{want_loss}");
    let mut h = start.clone();
    let lh = mlp::hand_step(&mut h, &x, &labels);
    let mut a = start;
    let la = mlp::autodiff_step(&mut a, &Var::constant(x), &labels);
    for (name, loss, p) in [("hand", lh, &h), ("autodiff", la, &a)] {
        assert!(
            (f64::from(loss) - want_loss).abs() < 1e-5,
            "{name}: loss {loss} vs {want_loss}"
        );
        let got = flat(p);
        assert_close(&format!("{name}: weights"), &got, &want, 1e-6);
        assert_close(
            &format!("{name}: updates"),
            &delta(&before, &got),
            &delta(&before, &want),
            1e-3,
        );
    }
}
