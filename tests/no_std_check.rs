//! The `#![no_std]`, allocator-free crate `ci/no-std-check` against a naive f32 computation.

mod common;

use common::random_tensor;
use tensorial::{Const, Tensor};

/// The weights `ci/no-std-check` keeps in a `static`, written out independently.
const W: [[f32; 3]; 2] = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];

/// `tanh(W - mean(W, axis=1)[:, None]) * 2 + bias`, with explicit loops.
fn naive(bias: &[f32; 3]) -> [[f32; 3]; 2] {
    let mut out = [[0.0; 3]; 2];
    for i in 0..2 {
        let mean = W[i].iter().sum::<f32>() / 3.0;
        for j in 0..3 {
            out[i][j] = (W[i][j] - mean).tanh() * 2.0 + bias[j];
        }
    }
    out
}

#[test]
fn weights_static_is_the_documented_matrix() {
    assert_eq!(no_std_check::WEIGHTS.as_array(), &W);
    assert_eq!(no_std_check::WEIGHTS.shape(), [2, 3]);
}

#[test]
fn normalized_features_matches_naive_f32() {
    for seed in 0..20 {
        let bias: Tensor<f32, (Const<3>,)> = random_tensor(seed);
        let got = no_std_check::normalized_features(bias);
        let want = naive(&[bias[[0]], bias[[1]], bias[[2]]]);
        for i in 0..2 {
            for j in 0..3 {
                let (g, w) = (got[[i, j]], want[i][j]);
                assert!(
                    (g - w).abs() <= 1e-6 * w.abs().max(1.0),
                    "seed {seed}, [{i}, {j}]: got {g}, want {w}"
                );
            }
        }
    }
    // Hand-checked: zero bias, the middle column is tanh(0) = 0.
    let got = no_std_check::normalized_features(Tensor::zeros());
    assert_eq!(got[[0, 1]], 0.0);
    assert_eq!(got[[1, 1]], 0.0);
    assert!((got[[0, 0]] + 2.0 * 1.0_f32.tanh()).abs() < 1e-6);
}

#[test]
fn einsum_chain_matches_naive_f32() {
    let a: Tensor<f32, tensorial::Rank2<4, 16>> = random_tensor(1);
    let b: Tensor<f32, tensorial::Rank2<16, 16>> = random_tensor(2);
    let c: Tensor<f32, tensorial::Rank2<16, 3>> = random_tensor(3);
    let got = no_std_check::chain(&a, &b, &c);
    for i in 0..4 {
        for l in 0..3 {
            let mut want = 0.0f32;
            for j in 0..16 {
                for k in 0..16 {
                    want += a[[i, j]] * b[[j, k]] * c[[k, l]];
                }
            }
            let g = got[[i, l]];
            assert!(
                (g - want).abs() <= 1e-4 * want.abs().max(1.0),
                "[{i}, {l}]: got {g}, want {want}"
            );
        }
    }
}
