//! ReLU, sigmoid, softmax (plain and stable, along different axes) and layernorm on a
//! `(B, T, H)` batch: section "Let's use numpy!" of the NumPy tutorial on indexing and
//! broadcasting for neural networks (seed 002).
//!
//! Run with `cargo run --example activations`.
//!
//! Each function is written out with tensor ops as the tutorial writes it in NumPy, and
//! checked against the library's built-in version (`relu`, `sigmoid`, `softmax`,
//! `layernorm`). Random inputs come from our own generator, so the numbers differ from the
//! tutorial's.

use tensorial::SeededRng;
use tensorial::prelude::*;

/// `np.where(x > 0, x, 0)`, for any element type (the tutorial tests it on integers).
pub fn relu<const N: usize>(x: Tensor<i64, Rank1<N>>) -> Tensor<i64, Rank1<N>> {
    x.gt(0).select(x, 0)
}

/// `1 / (1 + np.exp(-x))`.
pub fn sigmoid<const N: usize>(x: Tensor<f64, Rank1<N>>) -> Tensor<f64, Rank1<N>> {
    1.0 / (1.0 + (-x).exp())
}

/// `softmax(x, axis=None)`: `exp / np.sum(exp)` over the whole array, so all values add up to 1.
pub fn softmax_all<const B: usize, const H: usize>(
    x: Tensor<f64, Rank2<B, H>>,
) -> Tensor<f64, Rank2<B, H>> {
    let exp = x.exp();
    exp / exp.sum()
}

/// `softmax(x, axis=0)`: each column adds up to 1. `sum_keepdims::<0>()` is
/// `np.sum(exp, axis=0, keepdims=True)`, shape `(Bcast, H)`.
pub fn softmax_axis0<const B: usize, const H: usize>(
    x: Tensor<f64, Rank2<B, H>>,
) -> Tensor<f64, Rank2<B, H>> {
    let exp = x.exp();
    exp / exp.sum_keepdims::<0>()
}

/// `softmax(x, axis=1)`: each row adds up to 1 (what a `(B, H)` batch needs). The sum has
/// shape `(B, Bcast)`.
pub fn softmax_axis1<const B: usize, const H: usize>(
    x: Tensor<f64, Rank2<B, H>>,
) -> Tensor<f64, Rank2<B, H>> {
    let exp = x.exp();
    exp / exp.sum_keepdims::<1>()
}

/// `stable_softmax(x, axis=-1)`: subtract each row's max first, so `exp` never overflows.
pub fn stable_softmax<const B: usize, const H: usize>(
    x: Tensor<f64, Rank2<B, H>>,
) -> Tensor<f64, Rank2<B, H>> {
    let mx = x.max_keepdims::<-1>(); //          np.max(x, axis=axis, keepdims=True)
    let exps = (x - mx).exp(); //                np.exp(x - mx)
    let sumexps = exps.sum_keepdims::<-1>(); //  np.sum(exps, axis=axis, keepdims=True)
    exps / sumexps
}

/// `layernorm(x)` over the last (feature) axis of a `(B, T, H)` batch, with the learnable
/// scale and shift fixed at 1 and 0.
pub fn layernorm<const B: usize, const T: usize, const H: usize>(
    x: Tensor<f64, Rank3<B, T, H>>,
) -> Tensor<f64, Rank3<B, T, H>> {
    let mean_bt = x.mean_keepdims::<-1>(); // np.mean(x, axis=-1, keepdims=True): (B, T, Bcast)
    let var_bt = x.var_keepdims::<-1>(); //   np.var(x, axis=-1, keepdims=True)
    let eps = 1e-8;
    // norm_x_BTH = (x - mean_BT) / np.sqrt(var_BT + eps)
    let norm_x_bth = (x - mean_bt) / (var_bt + eps).sqrt();
    let scale_h = Tensor::<f64, Rank1<H>>::ones(); //  np.ones((H,))
    let shift_h = Tensor::<f64, Rank1<H>>::zeros(); // np.zeros((H,))
    // (H,) broadcasts over B and T: no `scale_H[None, None, :]` needed
    norm_x_bth * scale_h + shift_h
}

fn main() {
    let mut rng = SeededRng::new(0);

    println!("### ReLU");
    for _ in 0..5 {
        // x = np.random.permutation(np.arange(-5, 5))
        let x = Tensor::<usize, Rank1<10>>::permutation(&mut rng).cast::<i64>() - 5;
        println!("x = {x}");
        println!("relu(x) = {}", relu(x));
        assert_eq!(relu(x), x.maximum(0)); // np.maximum(x, 0)
    }

    println!("\n### Sigmoid");
    for _ in 0..5 {
        let x = Tensor::<f64, Rank1<5>>::randn(&mut rng); // np.random.randn(5)
        println!("x = {x:.8}");
        println!("sigmoid(x) = {:.8}", sigmoid(x));
        assert!(sigmoid(x).allclose(&x.sigmoid(), 1e-12, 0.0));
    }
    for v in [0.0, f64::NEG_INFINITY, f64::INFINITY] {
        println!("sigmoid({v}) = {:?}", sigmoid(tensor![v])[[0]]);
    }

    println!("\n### Softmax");
    let x = tensor![[1.0, 1.0], [3.0, 0.0]];
    println!("x =\n{x}\nsoftmax(x) =\n{:.8}", softmax_all(x));
    let x = tensor![[1.0, 2.0], [3.0, 0.0]];
    println!("x =\n{x}\nsoftmax(x, axis=0) =\n{:.8}", softmax_axis0(x));
    println!("x =\n{x}\nsoftmax(x, axis=1) =\n{:.8}", softmax_axis1(x));

    // keepdims matters: without it the row sums (2,) broadcast along the wrong axis. With
    // B == H == 2 the shapes (2, 2) and (2,) are compatible, so neither NumPy nor the type
    // checker can catch it; with B != H it would not compile.
    let x = tensor![[1.0, 1.0], [3.0, 0.0]];
    println!("x =\n{x}");
    println!("np.sum(x, axis=1, keepdims=False) = {}", x.sum_axis::<1>());
    println!(
        "np.sum(x, axis=1, keepdims=True) =\n{}",
        x.sum_keepdims::<1>()
    );
    println!("Wrong: x / sum_nokeepdim =\n{:.8}", x / x.sum_axis::<1>());
    println!("Correct: x / sum_keepdim =\n{}", x / x.sum_keepdims::<1>());

    println!("\n### Stable softmax");
    for _ in 0..5 {
        let x = Tensor::<f64, Rank2<5, 10>>::randn(&mut rng);
        let (s1, s2) = (softmax_axis1(x), stable_softmax(x));
        assert!(s1.allclose(&s2, 1e-7, 0.0)); // np.testing.assert_allclose(s1, s2)
        assert!(s2.allclose(&x.softmax::<-1>(), 1e-12, 0.0));
    }
    println!("The two impls matched!");
    let big = tensor![[1000.0, 1001.0]];
    println!(
        "softmax([[1000, 1001]]) = {} (overflow), stable_softmax = {:.8}",
        softmax_axis1(big),
        stable_softmax(big)
    );

    println!("\n### LayerNorm");
    // scale and shift by large numbers so that we can see the effect of layernorm
    let x = Tensor::<f64, Rank3<2, 3, 4>>::randn(&mut rng) * 100.0 + 200.0;
    println!("x =\n{x:.8}");
    let y = layernorm(x);
    println!("layernorm(x) =\n{y:.8}");
    let (gamma, beta) = (
        Tensor::<f64, Rank1<4>>::ones(),
        Tensor::<f64, Rank1<4>>::zeros(),
    );
    let builtin = x.layernorm(&gamma, &beta, 1e-8);
    assert!(y.allclose(&builtin, 1e-9, 1e-12));
    println!("x.layernorm(gamma, beta, eps) matches");
}
