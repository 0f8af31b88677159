//! A streaming confusion matrix with counts and row-normalized views: "Advanced Examples /
//! Confusion Matrix" of the NumPy tutorial "Vectorization and Broadcasting with NumPy"
//! (seed 000).
//!
//! Run with `cargo run --example confusion_matrix`.
//!
//! ```python
//! class ConfusionMatrix:
//!     def __init__(self, classes: int):
//!         self.confusion_matrix = np.zeros((classes, classes))
//!
//!     def add_observations(self, predicted_labels, true_labels) -> None:
//!         for true_label, predicted_label in zip(true_labels, predicted_labels):
//!             self.confusion_matrix[true_label, predicted_label] += 1
//!
//!     def get(self, normalized: bool) -> np.ndarray:
//!         if normalized:
//!             # We assume no row is empty
//!             return self.confusion_matrix / np.sum(self.confusion_matrix, axis=1)[:, None]
//!         return self.confusion_matrix.astype(np.int32)
//! ```
//!
//! The tutorial "has not come across a way to add elements more efficiently than in an
//! explicit for loop": that way is `np.add.at(cm, (true, predicted), 1)`, which is
//! [`add_at`](tensorial::Tensor::add_at) here. (`cm[true, predicted] += 1` would count a
//! repeated pair once.) The number of classes is a type parameter, and `get` becomes two
//! methods because the two results have different element types.

use tensorial::SeededRng;
use tensorial::prelude::*;

/// Counts of (true class, predicted class) pairs over every batch seen so far.
#[derive(Clone, Debug, Default)]
pub struct ConfusionMatrix<const C: usize> {
    /// `counts[[i, j]]`: how many observations of class `i` were predicted as class `j`.
    counts: Tensor<u32, Rank2<C, C>>,
}

impl<const C: usize> ConfusionMatrix<C> {
    /// An empty matrix (NumPy `np.zeros((classes, classes))`).
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one batch of `M` observations: `counts[true[k], predicted[k]] += 1` for every
    /// `k`, repeated pairs included (NumPy `np.add.at(cm, (true_labels, predicted_labels), 1)`).
    pub fn add_observations<const M: usize>(
        &mut self,
        predicted_labels: &Tensor<usize, Rank1<M>>,
        true_labels: &Tensor<usize, Rank1<M>>,
    ) {
        self.counts.add_at((true_labels, predicted_labels), 1);
    }

    /// The same with a scatter-add along one axis: the pair `(i, j)` is element `i * C + j`
    /// of the flattened matrix (NumPy `np.add.at(cm.reshape(-1), true * C + predicted, 1)`).
    pub fn add_observations_flat<const M: usize, const CC: usize>(
        &mut self,
        predicted_labels: &Tensor<usize, Rank1<M>>,
        true_labels: &Tensor<usize, Rank1<M>>,
    ) {
        let pair = *true_labels * C + *predicted_labels; // true * C + predicted
        let mut flat = self.counts.flatten::<CC>(); //      cm.reshape(-1), CC = C * C
        flat.index_add::<0, _>(&pair, 1);
        self.counts = flat.reshape();
    }

    /// The counts as a copy (NumPy `get(normalized=False)`: `astype(np.int32)` copies).
    pub fn counts(&self) -> Tensor<i32, Rank2<C, C>> {
        self.counts.cast::<i32>()
    }

    /// Each row divided by its sum: row `i` is how class `i` was predicted (NumPy
    /// `get(normalized=True)`). A class never observed gives a row of NaN, as in NumPy.
    pub fn normalized(&self) -> Tensor<f64, Rank2<C, C>> {
        let counts = self.counts.cast::<f64>();
        // confusion_matrix / np.sum(confusion_matrix, axis=1)[:, None]
        counts / counts.sum_axis::<1>().new_axis::<1>()
    }
}

fn main() {
    // Basic testing of the functionality
    let mut confusion_matrix = ConfusionMatrix::<2>::new();
    confusion_matrix.add_observations(&tensor![1, 1, 0, 0, 0], &tensor![1, 1, 1, 0, 0]);
    println!(
        "confusion_matrix.get(normalized=False) =\n{}",
        confusion_matrix.counts()
    );
    println!(
        "confusion_matrix.get(normalized=True) =\n{:.8}",
        confusion_matrix.normalized()
    );

    // Streaming: a 4-class classifier that is right 70 % of the time, seen in batches of 16.
    let mut rng = SeededRng::new(3);
    let mut cm = ConfusionMatrix::<4>::new();
    for _ in 0..25 {
        let truth = Tensor::<usize, Rank1<16>>::randint(&mut rng, 0, 4);
        let guess = Tensor::<usize, Rank1<16>>::randint(&mut rng, 0, 4);
        let right = Tensor::<f64, Rank1<16>>::rand(&mut rng).lt(0.7);
        let predicted = right.select(&truth, &guess); // np.where(right, truth, guess)
        cm.add_observations(&predicted, &truth);
    }
    let counts = cm.counts();
    println!("\nafter 25 batches of 16:\ncounts =\n{counts}");
    println!("normalized =\n{:.3}", cm.normalized());

    // Views into the result: a row, a column, the diagonal.
    println!("class 2 was predicted as: {}", counts.row(2)); //   counts[2]
    println!("predicted as class 2:     {}", counts.col(2)); //   counts[:, 2]
    let recall = cm.normalized().diag(); //                       np.diag(normalized)
    println!("per-class recall (diagonal of normalized) = {recall:.3}");
    println!(
        "accuracy = {:.3}",
        counts.diag().sum() as f64 / counts.sum() as f64
    );

    // The scatter-add spelling counts the same.
    let mut flat = ConfusionMatrix::<2>::new();
    flat.add_observations_flat::<5, 4>(&tensor![1, 1, 0, 0, 0], &tensor![1, 1, 1, 0, 0]);
    assert_eq!(flat.counts(), confusion_matrix.counts());
    println!("\nindex_add on the flattened matrix gives the same counts");
}
