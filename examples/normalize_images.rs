//! Per-image normalization of a batch of MNIST-sized images: the seed case of the NumPy
//! tutorial "Vectorization and Broadcasting with NumPy" (seed 000, section "Broadcasting").
//!
//! Run with `cargo run --release --example normalize_images` (a debug build works too, but
//! takes about half a minute for the 50 000 × 784 batch, against about a second).
//!
//! There is no MNIST here: the images are random, mostly black like MNIST digits, so the
//! numbers differ from the tutorial's, but every quantity it prints is printed.

use std::time::Instant;
use tensorial::SeededRng;
use tensorial::prelude::*;

/// The number of training images in the tutorial's MNIST split.
pub const N: usize = 50_000;
/// Pixels per image: 28 × 28, flattened.
pub const PIXELS: usize = 784;

/// A batch of `M` flattened images on the heap (`M × 784` floats never touch the stack).
pub type Images<const M: usize> = Tensor<f32, Rank2<M, PIXELS>, Heap>;

/// Random "images": 80 % black pixels, the rest uniform in `[0, 1)`, like MNIST's ink.
pub fn fake_mnist<const M: usize>(seed: u64) -> Images<M> {
    let mut rng = SeededRng::new(seed);
    let mut x = Images::<M>::rand(&mut rng);
    x.map_inplace(|v| if v < 0.8 { 0.0 } else { (v - 0.8) * 5.0 });
    x
}

/// The whole batch normalized by one mean and one standard deviation:
/// `(x_train - average) / standard_deviation`, where both are scalars (NumPy broadcasts a
/// scalar against any shape, and so do we).
pub fn normalize_global<const M: usize>(x: &Images<M>) -> Images<M> {
    let average = x.mean(); //                      np.average(x_train)
    let standard_deviation = x.std(); //            np.std(x_train)
    (x - average) / standard_deviation //           (x_train - average) / standard_deviation
}

/// Each image normalized by its own mean and standard deviation:
/// `(x_train - row_average) / row_standard_deviation` with `(M, 1)`-shaped statistics.
pub fn normalize_per_image<const M: usize>(x: &Images<M>) -> Images<M> {
    // row_average = np.average(x_train, axis=1)[:, None]            -> shape (M, 1)
    let row_average = x.mean_axis::<1>().new_axis::<1>();
    // row_standard_deviation = np.std(x_train, axis=1)[:, None]     -> shape (M, 1)
    let row_standard_deviation = x.std_axis::<1>().new_axis::<1>();

    // NumPy's first attempt, `(x_train - np.average(x_train, axis=1)) / ...`, fails at run
    // time with "operands could not be broadcast together with shapes (50000,784) (50000,)".
    // Here it fails `cargo check`: shapes `(Const<50000>, Const<784>)` and `(Const<50000>,)`
    // are not broadcast-compatible.

    // x_train_normalized = (x_train - row_average) / row_standard_deviation
    (x - &row_average) / &row_standard_deviation
}

/// Mean and standard deviation of each of the first 3 images (NumPy `x[:3].mean(axis=1)`,
/// `x[:3].std(axis=1)`), to show that they are now 0 and 1.
pub fn first_row_stats<const M: usize>(x: &Images<M>) -> [(f32, f32); 3] {
    let first = s!(x[..3]).to_tensor(); // x[:3], a (3, 784) copy (M >= 3 checked at build)
    let (means, stds) = (first.mean_axis::<1>(), first.std_axis::<1>());
    [0, 1, 2].map(|i| (means[[i]], stds[[i]]))
}

fn main() {
    if cfg!(debug_assertions) {
        println!(
            "Debug build: this takes about half a minute; `--release` takes about a second.\n"
        );
    }
    let start = Instant::now();
    let x_train = fake_mnist::<N>(0); // x_train = get_mnist_training_images()
    println!("x_train.shape = {:?}", x_train.shape());

    // Whole batch: scalars broadcast over the (50000, 784) matrix.
    let average = x_train.mean();
    let standard_deviation = x_train.std();
    println!("average, standard_deviation = {average} {standard_deviation}");
    let x_train_normalized = normalize_global(&x_train);
    let average_normalized = x_train_normalized.mean();
    let standard_deviation_normalized = x_train_normalized.std();
    println!(
        "average_normalized, standard_deviation_normalized = {:e} {}",
        average_normalized, standard_deviation_normalized
    );

    // Per image: the statistics need a broadcast axis, `[:, None]`.
    let row_average = x_train.mean_axis::<1>().new_axis::<1>();
    println!(
        "row_average.shape, x_train.shape = {:?} {:?}",
        row_average.shape(),
        x_train.shape()
    );
    let x_train_normalized = normalize_per_image(&x_train);
    println!("x_train_normalized =\n{x_train_normalized:.3}");
    for (i, (m, s)) in first_row_stats(&x_train_normalized).into_iter().enumerate() {
        println!("image {i}: mean {m:+.1e}, std {s:.6}");
    }
    println!("\n({:.1?} for the whole example)", start.elapsed());
}
