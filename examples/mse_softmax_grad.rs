//! The gradient of the mean squared error after a softmax, for a batch, built by 3-D
//! broadcasting: "Gradient Calculation for the Mean Squared Error with Softmax", the last
//! function of the NumPy tutorial "Vectorization and Broadcasting with NumPy" (seed 000).
//!
//! Run with `cargo run --example mse_softmax_grad`.
//!
//! For one sample with logits `y`, target `t` and `s = softmax(y)` over `n` classes, the loss
//! is `mean((s - t)²)` and its gradient is
//! `dl/dy_j = 2/n · Σ_i (s_i - t_i) · s_i · (1{i=j} - s_j)`. The tutorial writes the terms of
//! the sum as a matrix `G = 2/n · L * M * R` and sums its rows; for a batch of `B` samples it
//! adds a leading batch axis and divides by `B` too (the loss is the mean over the batch):
//!
//! ```python
//! def gradient(input: np.ndarray, target: np.ndarray) -> np.ndarray:
//!     batch_size, classes = input.shape
//!     softmax = softmax_layer(input)
//!     L = softmax[:, None, :] - target[:, None, :]
//!     M = softmax[:, None, :]
//!     R = np.diag([1] * classes)[None, :, :] - softmax[:, :, None]
//!     G = 2.0 / (batch_size * classes) * L * M * R
//!     return np.sum(G, axis=2)
//! ```
//!
//! Each `None` is a [`Bcast`] axis here, so the shapes of `L`, `M`, `R` and `G` are checked by
//! the compiler: `(B, 1, C)`, `(B, 1, C)`, `(B, C, C)` are spelled `(B, Bcast, C)`,
//! `(B, Bcast, C)`, `(B, C, C)`.

use tensorial::SeededRng;
use tensorial::prelude::*;

/// The batched gradient, line by line as in the tutorial.
pub fn gradient<const B: usize, const C: usize>(
    input: Tensor<f64, Rank2<B, C>>,
    target: Tensor<f64, Rank2<B, C>>,
) -> Tensor<f64, Rank2<B, C>> {
    // softmax = softmax_layer(input)                                (B, C)
    let softmax = input.softmax::<1>();
    // L = softmax[:, None, :] - target[:, None, :]                  (B, Bcast, C)
    let l = softmax.new_axis::<1>() - target.new_axis::<1>();
    // M = softmax[:, None, :]                                       (B, Bcast, C)
    let m = softmax.new_axis::<1>();
    // R = np.diag([1] * classes)[None, :, :] - softmax[:, :, None]  (Bcast, C, C) - (B, C, Bcast)
    let r = Tensor::<f64, Rank1<C>>::ones().diag().new_axis::<0>() - softmax.new_axis::<2>();
    // G = 2.0 / (batch_size * classes) * L * M * R                  (B, C, C)
    let g = 2.0 / (B * C) as f64 * l * m * r;
    // np.sum(G, axis=2)                                             (B, C)
    g.sum_axis::<2>()
}

/// The tutorial's single-sample version, `gradient_one_example`, with 2-D broadcasting.
pub fn gradient_one_example<const C: usize>(
    input: Tensor<f64, Rank1<C>>,
    target: Tensor<f64, Rank1<C>>,
) -> Tensor<f64, Rank1<C>> {
    let softmax = input.softmax::<0>();
    // L = softmax[None, :] - target[None, :]
    let l = softmax.new_axis::<0>() - target.new_axis::<0>();
    // M = softmax[None, :]
    let m = softmax.new_axis::<0>();
    // R = np.diag([1] * classes) - softmax[:, None]
    let r = Tensor::<f64, Rank1<C>>::ones().diag() - softmax.new_axis::<1>();
    // G = (2.0 / classes) * L * M * R
    let g = 2.0 / C as f64 * l * m * r;
    g.sum_axis::<1>() // np.sum(G, axis=1)
}

/// The tutorial's first batched version: a loop over the samples.
pub fn gradient_loop<const B: usize, const C: usize>(
    input: Tensor<f64, Rank2<B, C>>,
    target: Tensor<f64, Rank2<B, C>>,
) -> Tensor<f64, Rank2<B, C>> {
    let mut gradient = input.zeros_like(); // np.zeros_like(input)
    for i in 0..B {
        // gradient[i] = gradient_one_example(input[i], target[i])
        let row = gradient_one_example(input.row(i).to_tensor(), target.row(i).to_tensor());
        gradient.row_mut(i).assign(row);
    }
    gradient / B as f64 // The simple method already divides by classes
}

/// The loss whose gradient this is: `mean((softmax(input) - target)²)` over all elements.
pub fn loss<const B: usize, const C: usize>(
    input: Tensor<f64, Rank2<B, C>>,
    target: Tensor<f64, Rank2<B, C>>,
) -> f64 {
    input.softmax::<1>().mse_loss(&target)
}

fn main() {
    const B: usize = 4;
    const C: usize = 5;
    let mut rng = SeededRng::new(42);
    let input = Tensor::<f64, Rank2<B, C>>::randn(&mut rng); //        log probabilities
    let labels = Tensor::<usize, Rank1<B>>::randint(&mut rng, 0, C);
    let target = labels.one_hot::<C>();
    println!("input =\n{input:.4}\ntarget =\n{target}");
    println!("loss = {:.6}", loss(input, target));

    let vectorized = gradient(input, target);
    let looped = gradient_loop(input, target);
    println!("gradient (3-D broadcasting) =\n{vectorized:.6}");
    println!("gradient (loop over the batch) =\n{looped:.6}");
    println!(
        "the two agree: {}",
        vectorized.allclose(&looped, 1e-12, 1e-15)
    );

    // Central finite differences of the loss, one logit at a time.
    let h = 1e-6;
    let numeric = Tensor::<f64, Rank2<B, C>>::from_fn(|idx| {
        let (mut up, mut down) = (input, input);
        up[idx] += h;
        down[idx] -= h;
        (loss(up, target) - loss(down, target)) / (2.0 * h)
    });
    println!("finite differences =\n{numeric:.6}");
    let worst = (vectorized - numeric).abs().max();
    println!("largest difference from finite differences: {worst:.1e}");
}
