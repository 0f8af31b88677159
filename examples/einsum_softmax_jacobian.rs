//! The gradient of the negative log-likelihood after a softmax, built with `einsum!` as the
//! NumPy notebook "Einstein Summation" (seed 004) builds it, and checked against its closed
//! form `A - Y`; then seed 002's multi-head projection `np.einsum("btf,fnh->btnh", x, y)`.
//!
//! Run with `cargo run --example einsum_softmax_jacobian`.
//!
//! The notebook keeps examples in columns: logits `Z` and activations `A = softmax(Z)` are
//! `(n, b)` (`n` classes, `b` examples), so the softmax runs along axis 0. The Jacobian of one
//! column is `∂a_i/∂z_j = a_j·(1{i=j} - a_i)`; stacked over the batch it is the `(n, n, b)`
//! tensor `dAdZ[i, j, k]`, written as the sum of a diagonal and an off-diagonal part:
//!
//! ```python
//! dAdZ = np.einsum('jk,jk,ji->ijk', A, 1 - A, np.eye(n)) \
//!      + np.einsum('jk,ik,ji->ijk', -A, A, 1 - np.eye(n))
//! dLdA = -Y / A
//! dLdZ = np.einsum('ikj,kj->ij', dAdZ, dLdA)     # == A - Y for a one-hot Y
//! ```
//!
//! Here every label is a compile-time size: `A` with `jk` and `np.eye(n)` with `ji` must agree
//! on `j`, and `einsum!("ikj,kj->ij", ..)` only accepts a `dAdZ` whose two leading axes have the
//! size of `dLdA`'s first. The operands are borrowed, so `A` stays usable after each call.

use tensorial::prelude::*;
use tensorial::{SeededRng, einsum};

/// `dAdZ[i, j, k] = ∂A[i, k] / ∂Z[j, k]` for `A = softmax(Z, axis=0)`: the notebook's two
/// einsums, diagonal plus off-diagonal.
pub fn softmax_jacobian<const N: usize, const B: usize>(
    a: &Tensor<f64, Rank2<N, B>>,
) -> Tensor<f64, Rank3<N, N, B>> {
    let eye = Tensor::<f64, Rank2<N, N>>::eye(); //                 np.eye(n)
    // np.einsum('jk,jk,ji->ijk', A, 1 - A, np.eye(n))
    let diag = einsum!("jk,jk,ji->ijk", a, 1.0 - *a, eye);
    // np.einsum('jk,ik,ji->ijk', -A, A, 1 - np.eye(n))
    let offdiag = einsum!("jk,ik,ji->ijk", -*a, a, 1.0 - eye);
    diag + offdiag
}

/// `dLdA = -Y / A`: the gradient of `NLL(A, Y) = -Σ y·log a` with respect to `A`.
pub fn nll_gradient<const N: usize, const B: usize>(
    a: &Tensor<f64, Rank2<N, B>>,
    y: &Tensor<f64, Rank2<N, B>>,
) -> Tensor<f64, Rank2<N, B>> {
    -*y / *a
}

/// `dLdZ = np.einsum('ikj,kj->ij', dAdZ, dLdA)`: the chain rule, one Jacobian-vector product
/// per example `j`.
pub fn chain<const N: usize, const B: usize>(
    dadz: &Tensor<f64, Rank3<N, N, B>>,
    dlda: &Tensor<f64, Rank2<N, B>>,
) -> Tensor<f64, Rank2<N, B>> {
    einsum!("ikj,kj->ij", dadz, dlda)
}

/// The whole gradient `∂NLL/∂Z` for activations `A` and one-hot targets `Y`, through the
/// Jacobian.
pub fn nll_softmax_gradient<const N: usize, const B: usize>(
    a: &Tensor<f64, Rank2<N, B>>,
    y: &Tensor<f64, Rank2<N, B>>,
) -> Tensor<f64, Rank2<N, B>> {
    chain(&softmax_jacobian(a), &nll_gradient(a, y))
}

/// One-hot targets in the notebook's layout, `(n, b)`: column `k` is `eye(n)[labels[k]]`.
pub fn targets<const N: usize, const B: usize>(
    labels: &Tensor<usize, Rank1<B>>,
) -> Tensor<f64, Rank2<N, B>> {
    labels.one_hot::<N>().t() // (b, n) -> (n, b)
}

/// Seed 002's multi-head query projection: `(B, T, F)` activations times an `(F, N, H)` weight
/// give `(B, T, N, H)` queries, `np.einsum("btf,fnh->btnh", x, y)`.
pub fn queries<const B: usize, const T: usize, const F: usize, const N: usize, const H: usize>(
    x: &Tensor<f64, Rank3<B, T, F>>,
    y: &Tensor<f64, Rank3<F, N, H>>,
) -> Tensor<f64, Rank4<B, T, N, H>> {
    einsum!(batch seq feat, feat head dim -> batch seq head dim; x, y)
}

/// Seed 002's `x` (`B, T, F = 2, 3, 6`) as printed in the notebook.
pub fn seed_002_x() -> Tensor<f64, Rank3<2, 3, 6>> {
    tensor![
        [
            [
                -0.29043058,
                -0.17204584,
                -0.86158297,
                -0.49222998,
                1.92379191,
                2.60295596
            ],
            [
                -2.2531825,
                -0.789602,
                -1.65644952,
                -0.88949568,
                -1.39152864,
                1.01644512
            ],
            [
                -1.26310646,
                0.51355587,
                -1.57350882,
                1.99960548,
                0.92131171,
                -0.17867745
            ],
        ],
        [
            [
                0.79842856,
                -1.16912592,
                0.3913615,
                -1.91401799,
                -0.98391488,
                -1.24111122
            ],
            [
                0.72336014,
                -1.61726445,
                0.9428253,
                -0.72242463,
                -0.04507699,
                -1.00701907
            ],
            [
                0.5286586, 1.46150133, 2.42470648, 0.76790258, 1.22730962, 0.24688453
            ],
        ],
    ]
}

/// Seed 002's weights `y` (`F, N, H = 6, 2, 3`). The notebook's printout stops after the first
/// four `f` slices; the last two are ours (the notebook draws all of them with
/// `np.random.randn`).
pub fn seed_002_y() -> Tensor<f64, Rank3<6, 2, 3>> {
    tensor![
        [
            [-0.15635573, -0.06675993, 0.03178532],
            [-0.81575918, -0.63310438, 0.1893891]
        ],
        [
            [0.52726784, -0.35260767, -0.93815809],
            [-0.48407004, -0.12046975, 0.23237503]
        ],
        [
            [-0.89419184, -0.62368114, 0.02288441],
            [0.78529318, 1.04499723, -1.28382101]
        ],
        [
            [-0.40142172, -1.54149619, 0.45608341],
            [1.53528759, 0.18799954, -0.03939823]
        ],
        // not in the notebook's printout
        [[0.25, -0.5, 0.75], [-1.0, 1.25, -1.5]],
        [[1.5, -1.25, 1.0], [-0.75, 0.5, -0.25]],
    ]
}

fn main() {
    // The notebook's environment: 3 classes, a batch of 2, activations and targets by hand.
    let a = tensor![[0.2, 0.5], [0.5, 0.1], [0.3, 0.4]];
    let y = targets::<3, 2>(&tensor![0, 2]); // [[1, 0], [0, 0], [0, 1]]
    assert_eq!(y, tensor![[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]]);

    let dadz = softmax_jacobian(&a);
    // dAdZ.swapaxes(0, 2): one (n, n) Jacobian per example, as the notebook prints it.
    println!("dAdZ.swapaxes(0, 2) =\n{:.2}", dadz.swap_axes::<0, 2>());
    let by_hand = tensor![
        [
            [0.16, -0.10, -0.06],
            [-0.10, 0.25, -0.15],
            [-0.06, -0.15, 0.21]
        ],
        [
            [0.25, -0.05, -0.20],
            [-0.05, 0.09, -0.04],
            [-0.20, -0.04, 0.24]
        ],
    ];
    assert!(dadz.swap_axes::<0, 2>().allclose(&by_hand, 1e-12, 1e-15));

    let dlda = nll_gradient(&a, &y);
    println!("dLdA = -Y / A =\n{dlda}");
    let dldz = chain(&dadz, &dlda);
    println!("dLdZ = einsum('ikj,kj->ij', dAdZ, dLdA) =\n{dldz:.2}");
    println!("A - Y =\n{:.2}", a - y);
    assert!(dldz.allclose(&(a - y), 1e-12, 1e-15));
    assert!(dldz.allclose(&tensor![[-0.8, 0.5], [0.5, 0.1], [0.3, -0.6]], 1e-12, 1e-15));

    // The same on a real softmax: 10 classes, a batch of 8, random logits and labels.
    let mut rng = SeededRng::new(4);
    let z = Tensor::<f64, Rank2<10, 8>>::randn(&mut rng);
    let a = z.softmax::<0>(); // each column adds up to 1
    let y = targets::<10, 8>(&Tensor::randint(&mut rng, 0, 10));
    let dldz = nll_softmax_gradient(&a, &y);
    let worst = (dldz - (a - y)).abs().max();
    println!("10 classes x 8 examples: largest |einsum chain - (A - Y)| = {worst:.1e}");
    assert!(worst < 1e-12);

    // Seed 002: the multi-head projection, (B, T, F) x (F, N, H) -> (B, T, N, H).
    let (x, w) = (seed_002_x(), seed_002_y());
    let q = queries(&x, &w);
    println!("np.einsum(\"btf,fnh->btnh\", x, y) =\n{q:.4}");
    println!("shape {:?}", q.shape());
    assert_eq!(q.shape(), [2, 3, 2, 3]);
    let want: f64 = (0..6).map(|f| x[[1, 2, f]] * w[[f, 0, 1]]).sum();
    assert!((q[[1, 2, 0, 1]] - want).abs() < 1e-12);
    assert!(q.allclose(&einsum!("btf,fnh->btnh", x, w), 0.0, 0.0));
}
