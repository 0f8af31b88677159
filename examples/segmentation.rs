//! Arg max over the class axis of a semantic-segmentation output, then which classes occur and
//! how often: section "Vectorization" of the NumPy tutorial "Vectorization and Broadcasting
//! with NumPy" (seed 000).
//!
//! Run with `cargo run --example segmentation` (about 3 s in a debug build: the output has
//! 18 432 000 elements; `--release` is much faster).
//!
//! ```python
//! shape = (1280, 720, 20)
//! random_network_output = np.random.random(size=np.prod(shape)).reshape(shape)
//! python_arg_max = tensor_arg_max(random_network_output)
//! numpy_arg_max = np.argmax(random_network_output, axis=2)
//! np.sum(np.abs(python_arg_max - numpy_arg_max))
//! np.unique(numpy_arg_max)
//! np.bincount(random_argmax.reshape(-1))
//! random_argmax[random_argmax == 4] = 2
//! np.bincount(random_argmax.reshape(-1))
//! ```
//!
//! The network output is `f32` (what networks produce) rather than NumPy's default `f64`.

use std::time::Instant;
use tensorial::SeededRng;
use tensorial::prelude::*;

/// Image height, width and number of classes of the tutorial's segmentation network.
pub const HEIGHT: usize = 1280;
/// Image width.
pub const WIDTH: usize = 720;
/// Number of classes.
pub const CLASSES: usize = 20;

/// A `(H, W, C)` network output: one score per pixel and class, on the heap (74 MB).
pub type Scores<const H: usize, const W: usize, const C: usize> = Tensor<f32, Rank3<H, W, C>, Heap>;
/// A `(H, W)` map of predicted classes.
pub type Prediction<const H: usize, const W: usize> = Tensor<usize, Rank2<H, W>, Heap>;

/// The tutorial's loop version, `tensor_arg_max`: for each pixel, the first class with the
/// largest score (scores are in `[0, 1)`, so starting from 0 is safe, as in the tutorial).
pub fn tensor_arg_max<const H: usize, const W: usize, const C: usize>(
    scores: &Scores<H, W, C>,
) -> Prediction<H, W> {
    let mut arg_max = Prediction::<H, W>::zeros();
    for (pixel, out) in scores
        .as_slice()
        .chunks_exact(C)
        .zip(arg_max.as_mut_slice())
    {
        let (mut max_index, mut max_value) = (0, 0.0);
        for (k, &v) in pixel.iter().enumerate() {
            if v > max_value {
                (max_index, max_value) = (k, v);
            }
        }
        *out = max_index;
    }
    arg_max
}

/// The vectorized version: `np.argmax(random_network_output, axis=2)`.
pub fn predict<const H: usize, const W: usize, const C: usize>(
    scores: &Scores<H, W, C>,
) -> Prediction<H, W> {
    scores.argmax_axis::<2>()
}

/// Which classes a prediction contains, and how often.
pub struct ClassStatistics<const C: usize> {
    /// The classes that occur, sorted (`np.unique`).
    pub unique: Vec<usize>,
    /// How often each class occurs (`np.bincount(x.reshape(-1))`).
    pub counts: Tensor<usize, Rank1<C>, Heap>,
    /// The counts after relabelling class 4 as class 2 (`x[x == 4] = 2`).
    pub counts_after: Tensor<usize, Rank1<C>, Heap>,
}

/// `np.unique`, `np.bincount` and the relabelling of the tutorial. `bincount` counts the
/// whole tensor (no `reshape(-1)` needed), and the number of bins is in its type.
pub fn class_statistics<const C: usize, const H: usize, const W: usize>(
    prediction: &Prediction<H, W>,
) -> ClassStatistics<C> {
    let unique = prediction.unique(); //                   np.unique(numpy_arg_max)
    let counts = prediction.bincount::<C>(); //            np.bincount(random_argmax.reshape(-1))
    let mut relabelled = prediction.clone();
    relabelled.masked_fill(prediction.eq_elem(4), 2); //   random_argmax[random_argmax == 4] = 2
    let counts_after = relabelled.bincount::<C>(); //      np.bincount(random_argmax.reshape(-1))
    ClassStatistics {
        unique,
        counts,
        counts_after,
    }
}

fn main() {
    let start = Instant::now();
    let mut rng = SeededRng::new(0);
    // random_network_output = np.random.random(size=np.prod(shape)).reshape(shape)
    let random_network_output = Scores::<HEIGHT, WIDTH, CLASSES>::rand(&mut rng);
    println!(
        "random_network_output.shape = {:?}",
        random_network_output.shape()
    );

    let python_arg_max = tensor_arg_max(&random_network_output);
    let numpy_arg_max = predict(&random_network_output);
    // np.sum(np.abs(python_arg_max - numpy_arg_max)): `usize` cannot go negative, so we
    // count the pixels where the two differ instead.
    let differences = numpy_arg_max.ne_elem(&python_arg_max).cast::<usize>().sum();
    println!("pixels where the loop and argmax_axis disagree: {differences}");
    println!("numpy_arg_max =\n{numpy_arg_max}");

    let stats = class_statistics::<CLASSES, _, _>(&numpy_arg_max);
    println!("np.unique(numpy_arg_max) = {:?}", stats.unique);
    println!("np.bincount(random_argmax.reshape(-1)) =\n{}", stats.counts);
    println!("# Convert all the of the elements of class 4 to class 2");
    println!(
        "np.bincount(random_argmax.reshape(-1)) =\n{}",
        stats.counts_after
    );
    println!("\n({:.1?} for the whole example)", start.elapsed());
}
