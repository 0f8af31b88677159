//! The three freestanding programs of `examples/embedded/` against the same algorithms run on
//! the host through the normal API (heap tensors, `f64`, autodiff), compared with the
//! transcripts the programs print (`examples/embedded/expected/*.txt`; CI runs the programs and
//! checks they still print exactly these).
//!
//! Tolerances: the digits' predicted classes are compared exactly; the Kalman states (device
//! `f32`, host `f64`) within `1e-4·(1 + |x|)`; the on-device training losses (device
//! hand-written pullbacks, host autodiff, both `f32`) within `1e-4` relative, and the
//! accuracies exactly.

use tensorial::autodiff::Var;
use tensorial::prelude::*;

#[allow(dead_code)]
mod digits_data {
    include!("../examples/embedded/src/digits_data.rs");
}

const DIGITS: &str = include_str!("../examples/embedded/expected/digits.txt");
const KALMAN: &str = include_str!("../examples/embedded/expected/kalman.txt");
const LEARN: &str = include_str!("../examples/embedded/expected/learn.txt");

/// The `f32` values printed as `(0x…)` in a line of a transcript, from their bits.
fn floats(line: &str) -> Vec<f32> {
    line.split("(0x")
        .skip(1)
        .map(|s| f32::from_bits(u32::from_str_radix(&s[..8], 16).unwrap()))
        .collect()
}

/// The lines of a transcript starting with `prefix`.
fn lines<'a>(transcript: &'a str, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    transcript.lines().filter(move |l| l.starts_with(prefix))
}

#[test]
fn digits_on_the_device_are_classified_as_on_the_host() {
    use digits_data::{B1, B2, HOST_PREDICTIONS, IMAGES, LABELS, W1, W2};
    const N: usize = 40;
    let x = IMAGES.to_heap().cast::<f32>() / 16.0; //             (40, 64), one batch
    let hidden = (x.matmul(&W1.to_heap()) + B1).relu();
    let predicted = (hidden.matmul(&W2.to_heap()) + B2).argmax_axis::<1>();
    assert_eq!(
        predicted.cast::<u8>().as_slice(),
        HOST_PREDICTIONS.as_slice()
    );

    let device: Vec<usize> = lines(DIGITS, "image ")
        .map(|l| {
            l.split("predicted ")
                .nth(1)
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    assert_eq!(device.len(), N);
    assert_eq!(device, predicted.as_slice());
    let right = predicted
        .iter()
        .zip(LABELS.iter())
        .filter(|(p, l)| **p == usize::from(**l))
        .count();
    assert!(DIGITS.contains(&format!("correct: {right}/{N}, same as the host: {N}/{N}")));
    // The first 32 test images (all right) and 8 the host gets wrong: the device agrees on both.
    assert_eq!(right, 32);
}

/// The Kalman filter of `examples/embedded/src/kalman.rs` in `f64` with heap tensors: the same
/// track, noise, model and start; the states after every step.
fn kalman_on_the_host() -> Vec<[f64; 4]> {
    const STEPS: usize = 100;
    let (dt, sigma, accel) = (0.1f32, 0.5f32, 0.05f32);
    let t = Tensor::<f32, Rank1<STEPS>, Heap>::arange() * dt;
    let truth = t.new_axis::<1>() * tensor![1.5f32, 0.8] + tensor![1.0f32, -2.0];
    let noise = Tensor::<f32, Rank2<STEPS, 2>, Heap>::normal(&mut SeededRng::new(3), 0.0, sigma);
    let z = (truth + noise).cast::<f64>();

    let (dt, v, q) = (f64::from(dt), f64::from(sigma * sigma), f64::from(accel));
    let f = Tensor::<f64, Rank2<4, 4>, Heap>::from_fn(|[i, j]| {
        if i == j {
            1.0
        } else if j == i + 2 {
            dt
        } else {
            0.0
        }
    });
    let h = Tensor::<f64, Rank2<2, 4>, Heap>::from_fn(|[i, j]| if i == j { 1.0 } else { 0.0 });
    let (a, b, c) = (q * dt.powi(3) / 3.0, q * dt * dt / 2.0, q * dt);
    let q = tensor![
        [a, 0.0, b, 0.0],
        [0.0, a, 0.0, b],
        [b, 0.0, c, 0.0],
        [0.0, b, 0.0, c]
    ]
    .to_heap();
    let r = Tensor::<f64, Rank2<2, 2>, Heap>::eye() * v;

    let mut x = tensor![z[[0, 0]], z[[0, 1]], 0.0, 0.0].to_heap();
    let mut p = tensor![
        [v, 0.0, 0.0, 0.0],
        [0.0, v, 0.0, 0.0],
        [0.0, 0.0, 4.0, 0.0],
        [0.0, 0.0, 0.0, 4.0]
    ]
    .to_heap();
    let mut states = vec![[0.0; 4]];
    for i in 1..STEPS {
        let xp = f.matmul(&x);
        let pp = f.matmul(&p).matmul(&f.t()) + &q;
        let y = tensor![z[[i, 0]], z[[i, 1]]] - h.matmul(&xp);
        let s = h.matmul(&pp).matmul(&h.t()) + &r;
        let det = s[[0, 0]] * s[[1, 1]] - s[[0, 1]] * s[[1, 0]];
        let s_inv = tensor![[s[[1, 1]], -s[[0, 1]]], [-s[[1, 0]], s[[0, 0]]]] / det;
        let gain = pp.matmul(&h.t()).matmul(&s_inv.to_heap());
        x = &xp + gain.matmul(&y);
        p = &pp - gain.matmul(&h).matmul(&pp);
        states.push(x.as_slice().try_into().unwrap());
    }
    states
}

#[test]
fn the_kalman_filter_on_the_device_tracks_as_on_the_host() {
    let host = kalman_on_the_host();
    let mut compared = 0;
    for line in lines(KALMAN, "step ") {
        let i: usize = line[5..line.find(':').unwrap()].parse().unwrap();
        let device = floats(line);
        assert_eq!(device.len(), 4, "{line}");
        for (d, h) in device.iter().zip(host[i]) {
            assert!(
                (f64::from(*d) - h).abs() <= 1e-4 * (1.0 + h.abs()),
                "step {i}: {d} vs {h}"
            );
        }
        compared += 1;
    }
    assert_eq!(compared, 5);
    // The filter is better than the raw measurements, on the device as here.
    let rms = floats(lines(KALMAN, "rms error").next().unwrap());
    assert!(rms[1] < rms[0] / 2.0, "{rms:?}");
}

/// The network of `examples/embedded/src/learn.rs`, trained with autodiff: the losses at the
/// steps the device reports, and the train and test accuracies.
fn learning_on_the_host() -> (Vec<(usize, f32)>, f32, f32) {
    const N: usize = 64;
    fn samples<const B: usize>(
        rng: &mut SeededRng,
    ) -> (
        Tensor<f32, Rank2<B, 2>, Heap>,
        Tensor<usize, Rank1<B>, Heap>,
    ) {
        let x = Tensor::<f32, Rank2<B, 2>, Heap>::uniform(rng, -1.0, 1.0);
        let inside = (&x * &x).sum_axis::<1>().lt(0.5);
        (x, inside.select(1, 0))
    }
    let mut rng = SeededRng::new(21);
    let (x, labels) = samples::<N>(&mut rng);
    let mut w1 = Tensor::<f32, Rank2<2, 16>>::uniform(&mut rng, -1.732_050_8, 1.732_050_8);
    let mut w2 = Tensor::<f32, Rank2<16, 2>>::uniform(&mut rng, -0.612_372_4, 0.612_372_4);
    let (mut b1, mut b2) = (
        Tensor::<f32, Rank1<16>>::zeros(),
        Tensor::<f32, Rank1<2>>::zeros(),
    );
    let mut losses = Vec::new();
    for step in 0..300 {
        let (vw1, vb1, vw2, vb2) = (
            Var::param(w1),
            Var::param(b1),
            Var::param(w2),
            Var::param(b2),
        );
        let hidden = (Var::constant(x.clone()).matmul(&vw1) + &vb1).relu();
        let loss = (hidden.matmul(&vw2) + &vb2).cross_entropy(&labels);
        let grads = loss.backward();
        if step % 50 == 0 || step == 299 {
            losses.push((step, loss.item()));
        }
        w1 -= grads.wrt(&vw1) * 0.5;
        b1 -= grads.wrt(&vb1) * 0.5;
        w2 -= grads.wrt(&vw2) * 0.5;
        b2 -= grads.wrt(&vb2) * 0.5;
    }
    let accuracy = |x: &Tensor<f32, Rank2<N, 2>, Heap>, labels: &Tensor<usize, Rank1<N>, Heap>| {
        let logits = (x.matmul(&w1) + b1).relu().matmul(&w2) + b2;
        logits
            .argmax_axis::<1>()
            .eq_elem(labels)
            .cast::<f32>()
            .mean()
    };
    let train = accuracy(&x, &labels);
    let (test_x, test_labels) = samples::<128>(&mut SeededRng::new(22));
    let logits = (test_x.matmul(&w1) + b1).relu().matmul(&w2) + b2;
    let test = logits
        .argmax_axis::<1>()
        .eq_elem(&test_labels)
        .cast::<f32>()
        .mean();
    (losses, train, test)
}

#[test]
fn learning_on_the_device_follows_autodiff_on_the_host() {
    let (losses, train, test) = learning_on_the_host();
    let device: Vec<(usize, f32)> = lines(LEARN, "step ")
        .map(|l| (l[5..l.find(':').unwrap()].parse().unwrap(), floats(l)[0]))
        .collect();
    assert_eq!(device.len(), losses.len());
    for ((ds, dl), (hs, hl)) in device.iter().zip(&losses) {
        assert_eq!(ds, hs);
        assert!(
            (dl - hl).abs() <= 1e-4 * hl.abs(),
            "step {ds}: loss {dl} on the device, {hl} here"
        );
    }
    assert!(losses.last().unwrap().1 < losses[0].1 / 3.0, "{losses:?}");
    let accuracies = floats(lines(LEARN, "accuracy").next().unwrap());
    assert_eq!(accuracies, [train, test]);
}
