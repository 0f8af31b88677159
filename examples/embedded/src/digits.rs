//! Inference: the 64-32-10 digits MLP of `examples/train_digits.rs`, its weights and a few test
//! images written by `examples/export_weights.rs` into `digits_data.rs` as `static` tensors
//! (read-only data: flash on a microcontroller, no copy into RAM).

use crate::out;
use tensorial::{Rank1, Tensor};

#[allow(clippy::unreadable_literal)] // generated: every digit of the shortest round-trip form
mod data {
    include!("digits_data.rs");
}
pub use data::{B1, B2, HOST_PREDICTIONS, IMAGES, LABELS, W1, W2};

/// Pixels per image.
pub const PIXELS: usize = 64;

/// The logits of one image of raw pixel counts 0..=16: `relu(x·W1 + b1)·W2 + b2` with
/// `x = image / 16`, as in training. Each layer is one `matmul_add`: its sums start at the bias,
/// so no pass zeroes them and no second pass adds `b` (fewer instructions and bytes than
/// `x.matmul(&W1) + B1`; `benches/run_embedded.sh`).
#[inline(never)]
pub fn logits(image: &[u8; PIXELS]) -> Tensor<f32, Rank1<10>> {
    let x = Tensor::<u8, Rank1<PIXELS>>::from_array(*image).map(|p| f32::from(p) / 16.0);
    let hidden = x.matmul_add(&W1, B1).relu(); // (32,)
    hidden.matmul_add(&W2, B2) //              (10,)
}

/// The predicted digit of one image.
pub fn classify(image: &[u8; PIXELS]) -> usize {
    logits(image).argmax()
}

/// Prints `label` and `part/whole`.
fn fraction(label: &str, part: usize, whole: usize) {
    out::text(label);
    out::uint(part);
    out::text("/");
    out::uint(whole);
}

/// Classifies the carried test images with [`classify`].
pub fn run() -> i32 {
    run_with(classify)
}

/// Classifies the carried test images with `classify`; exit status 0 when every prediction is
/// the host's.
pub fn run_with(classify: fn(&[u8; PIXELS]) -> usize) -> i32 {
    let (mut right, mut same) = (0, 0);
    for (i, image) in IMAGES.as_array().iter().enumerate() {
        let predicted = classify(image);
        let (label, host) = (usize::from(LABELS[[i]]), usize::from(HOST_PREDICTIONS[[i]]));
        right += usize::from(predicted == label);
        same += usize::from(predicted == host);
        out::text("image ");
        out::uint(i);
        out::text(": label ");
        out::uint(label);
        out::text(", predicted ");
        out::uint(predicted);
        out::text(if predicted == host {
            " (as on the host)\n"
        } else {
            " (host differs)\n"
        });
    }
    let n = IMAGES.shape()[0];
    fraction("correct: ", right, n);
    fraction(", same as the host: ", same, n);
    out::text("\n");
    i32::from(same != n)
}
