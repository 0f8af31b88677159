//! Pairwise squared distances of 10 random points and each point's 2 nearest neighbours, by
//! broadcasting `(10, 1, 2) - (1, 10, 2)`: the closing "nearest points" example of the NumPy
//! tutorial on vectorization (seed 003, after "Python Data Science Handbook").
//!
//! Run with `cargo run --example nearest_neighbours`.
//!
//! ```python
//! rand = np.random.RandomState(42)
//! X = rand.rand(10, 2)
//! dist_sq = np.sum((X[:, np.newaxis, :] - X[np.newaxis, :, :]) ** 2, axis=-1)
//! dist_sq.diagonal()
//! nearests = np.argsort(dist_sq, axis=1)
//! K = 2
//! nearest_partition = np.argpartition(dist_sq, K + 1, axis=1)
//! print(nearest_partition[:, :K+1])
//! ```
//!
//! The random points differ from NumPy's (another generator), so the printed indices do too.

use tensorial::SeededRng;
use tensorial::prelude::*;

/// `dist_sq[i, j]`: the squared distance between points `i` and `j`.
pub fn pairwise_sq_distances<const N: usize, const D: usize>(
    x: Tensor<f64, Rank2<N, D>>,
) -> Tensor<f64, Rank2<N, N>> {
    // X[:, np.newaxis, :] is (N, 1, D) and X[np.newaxis, :, :] is (1, N, D); the size-1 axes
    // are `Bcast`, so the difference is (N, N, D): every point minus every point.
    let diff = x.new_axis::<1>() - x.new_axis::<0>();
    diff.powi(2).sum_axis::<-1>() // np.sum(... ** 2, axis=-1)
}

/// Each point's `K` nearest neighbours, nearest first, as a `(N, K)` index matrix. Column 0
/// of `bottomk::<{K + 1}>` is the point itself (distance 0), so `KP1 = K + 1` smallest
/// distances are taken and column 0 is dropped. (Stable Rust cannot compute `K + 1` in a
/// type, so both are parameters: `nearest::<2, 3, _>`.)
pub fn nearest<const K: usize, const KP1: usize, const N: usize>(
    dist_sq: &Tensor<f64, Rank2<N, N>>,
) -> Tensor<usize, Rank2<N, K>> {
    let (_, indices) = dist_sq.bottomk::<KP1, 1>(); // argsort(dist_sq, axis=1)[:, :K+1]
    indices.slice_len::<1, 1, K, 1>().to_tensor() //       [:, 1:K+1]
}

fn main() {
    let mut rand = SeededRng::new(42); //                     rand = np.random.RandomState(42)
    let x = Tensor::<f64, Rank2<10, 2>>::rand(&mut rand); //  X = rand.rand(10, 2)
    println!("X =\n{x:.4}");

    let dist_sq = pairwise_sq_distances(x);
    println!("dist_sq =\n{dist_sq:.3}");
    println!("dist_sq.diagonal() = {}", dist_sq.diag());

    let nearests = dist_sq.argsort::<1>(); // np.argsort(dist_sq, axis=1)
    println!("nearests =\n{nearests}");

    const K: usize = 2;
    // np.argpartition(dist_sq, K + 1, axis=1)[:, :K+1]: the K + 1 smallest in some order.
    let nearest_partition = dist_sq.argpartition::<1>(K + 1);
    println!(
        "nearest_partition[:, :K+1] =\n{}",
        nearest_partition.slice_len::<1, 0, { K + 1 }, 1>()
    );
    // The same K + 1 in sorted order, with the point itself first: PyTorch `topk(K + 1,
    // largest=False)`.
    let (distances, _) = dist_sq.bottomk::<{ K + 1 }, 1>();
    println!("their squared distances, sorted =\n{distances:.3}");
    let neighbours = nearest::<K, { K + 1 }, _>(&dist_sq);
    for (i, pair) in neighbours.as_slice().chunks(K).enumerate() {
        println!("point {i}: nearest neighbours {pair:?}");
    }
}
