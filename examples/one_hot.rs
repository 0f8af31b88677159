//! Class labels to one-hot vectors: "Example: Transforming Class Labels to One-Hot Encoded
//! Vectors" of the NumPy tutorial "Vectorization and Broadcasting with NumPy" (seed 000).
//!
//! Run with `cargo run --example one_hot`.
//!
//! ```python
//! def labels_to_one_hot(labels: np.ndarray, classes: int) -> np.ndarray:
//!     one_hot = np.zeros((labels.size, classes))
//!     one_hot[np.arange(labels.size), labels] = 1
//!     return one_hot
//! ```
//!
//! The number of classes is a type parameter here, so the result's shape `(N, C)` is known
//! to the compiler, and a label outside `0..C` panics naming it (NumPy raises an
//! `IndexError`, except for negative labels, which silently wrap around).

use tensorial::prelude::*;
use tensorial::{IndexElem, SeededRng};

/// The tutorial's function, line by line: zeros, then fancy-index assignment of ones.
pub fn labels_to_one_hot<const N: usize, const C: usize>(
    labels: &Tensor<usize, Rank1<N>>,
) -> Tensor<f64, Rank2<N, C>> {
    let mut one_hot = Tensor::<f64, Rank2<N, C>>::zeros(); //  np.zeros((labels.size, classes))
    let rows = Tensor::<usize, Rank1<N>>::arange(); //         np.arange(labels.size)
    one_hot.put_at((&rows, labels), 1.0); //                   one_hot[rows, labels] = 1
    one_hot
}

/// The same in one call (NumPy `np.eye(classes)[labels]`); works for labels of any integer
/// type and any shape: `(B, T)` labels give `(B, T, C)`.
pub fn one_hot_builtin<I: IndexElem, const N: usize, const C: usize>(
    labels: &Tensor<I, Rank1<N>>,
) -> Tensor<f64, Rank2<N, C>> {
    labels.one_hot::<C>()
}

fn main() {
    // "if we have an image which could be one of five classes, and has true label three, then
    // we need to transform `3` to `[0,0,0,1,0]`"
    let three = tensor![3usize];
    println!(
        "labels_to_one_hot([3], 5) =\n{}",
        labels_to_one_hot::<1, 5>(&three)
    );

    let labels = tensor![3usize, 0, 4, 1, 3, 2];
    let one_hot = labels_to_one_hot::<6, 5>(&labels);
    println!("labels = {labels}");
    println!("labels_to_one_hot(labels, 5) =\n{one_hot}");
    assert_eq!(one_hot, one_hot_builtin::<_, 6, 5>(&labels));
    println!("labels.one_hot::<5>() gives the same");

    // Back again: the class is the position of the one (NumPy `one_hot.argmax(axis=1)`).
    println!("one_hot.argmax(axis=1) = {}", one_hot.argmax_axis::<1>());

    // MNIST-sized: 50 000 `u8` labels of 10 digits, one-hot on the heap.
    let mut rng = SeededRng::new(7);
    let digits = Tensor::<u8, Rank1<50_000>, Heap>::randint(&mut rng, 0, 10);
    let targets: Tensor<f32, _, Heap> = digits.one_hot::<10>(); // (50000, 10)
    println!(
        "\ndigits.shape = {:?}, one_hot.shape = {:?}, first rows:\n{}",
        digits.shape(),
        targets.shape(),
        s!(targets[..3])
    );
    println!(
        "per-class counts (column sums) = {}",
        targets.sum_axis::<0>()
    );
}
