//! The four ways NumPy spells a matrix product (`np.dot`, `np.matmul`, `@`, `np.einsum`) and
//! where they differ: section "Matrix Multiplication" of the NumPy tutorial on indexing and
//! broadcasting for neural networks (seed 002).
//!
//! Run with `cargo run --example matmul_spellings`.
//!
//! | NumPy | here | sums over |
//! |---|---|---|
//! | `np.matmul(x, y)`, `x @ y` | `x.matmul(&y)` | last axis of `x`, second-to-last of `y`; leading axes: a batch |
//! | `np.dot(x, y)`, `y` of rank 1 or 2 | `x.tensordot(&y)` | last axis of `x`, first of `y` |
//! | `np.dot(x, y)`, `y` of rank 3 | `x.tensordot(&y.swap_axes::<0, 1>())` | last axis of `x`, second-to-last of `y` |
//! | `np.einsum("btf,fnh->btnh", x, y)` | `x.tensordot(&y)` | last axis of `x`, first of `y` |
//!
//! Rust has no `@` operator (and `*` is elementwise), so `x @ y` is `x.matmul(&y)` as well.
//! A typed `einsum!` macro is a later issue; until then its products are written with
//! `tensordot` and `matmul`, and its reductions with `sum_axis`, `sum` and `t`.
//!
//! The difference to NumPy is in the types: each spelling's result shape is computed by the
//! compiler, and a product whose axes do not line up is a compile error instead of a run-time
//! error or, worse, a silently wrong result when two sizes happen to be equal.

use tensorial::SeededRng;
use tensorial::prelude::*;

/// A batch `(B, F)` projected to `(B, H)` by a weight `(F, H)`, in the tutorial's four
/// spellings: `np.dot`, `np.matmul`, `@` and `np.einsum("bf,fh->bh")`.
pub fn projections<const B: usize, const F: usize, const H: usize>(
    x: Tensor<f64, Rank2<B, F>>,
    y: Tensor<f64, Rank2<F, H>>,
) -> [Tensor<f64, Rank2<B, H>>; 4] {
    [
        x.tensordot(&y), // np.dot(x, y)
        x.matmul(&y),    // np.matmul(x, y)
        x.matmul(&y),    // x @ y
        x.tensordot(&y), // np.einsum("bf,fh->bh", x, y)
    ]
}

/// A batch `(B, F)` projected to one logit each by a weight vector `(F,)`, in the same four
/// spellings (`np.einsum("bf,f->b")` for the last).
pub fn logits<const B: usize, const F: usize>(
    x: Tensor<f64, Rank2<B, F>>,
    y: Tensor<f64, Rank1<F>>,
) -> [Tensor<f64, Rank1<B>>; 4] {
    [x.tensordot(&y), x.matmul(&y), x.matmul(&y), x.tensordot(&y)]
}

/// `np.matmul(x, y)` for `x: (B, T, F)` and `y: (N, F, H)`: a *batch* of `B` products
/// `(T, F) @ (F, H)`, which needs `N == B` and gives `(B, T, H)`, not the `(B, T, N, H)`
/// multi-head queries the tutorial wants. The signature spells `y` as `(B, F, H)`: with
/// `N != B` the call does not compile (NumPy fails at run time).
pub fn queries_matmul<const B: usize, const T: usize, const F: usize, const H: usize>(
    x: Tensor<f64, Rank3<B, T, F>>,
    y: Tensor<f64, Rank3<B, F, H>>,
) -> Tensor<f64, Rank3<B, T, H>> {
    x.matmul(&y)
}

/// `np.dot(x, y)` for `x: (B, T, F)` and `y: (N, F, H)`: `np.dot` contracts the
/// second-to-last axis of `y`, giving `(B, T, N, H)`. `tensordot` contracts the first, so `y`
/// is turned into `(F, N, H)` first (`x.tensordot(&y)` itself would not compile: `F` and `N`
/// differ in type).
pub fn queries_dot<
    const B: usize,
    const T: usize,
    const F: usize,
    const N: usize,
    const H: usize,
>(
    x: Tensor<f64, Rank3<B, T, F>>,
    y: Tensor<f64, Rank3<N, F, H>>,
) -> Tensor<f64, Rank4<B, T, N, H>> {
    x.tensordot(&y.swap_axes::<0, 1>())
}

/// `np.einsum("btf,fnh->btnh", x, y)` for `x: (B, T, F)` and `y: (F, N, H)`.
pub fn queries_einsum<
    const B: usize,
    const T: usize,
    const F: usize,
    const N: usize,
    const H: usize,
>(
    x: Tensor<f64, Rank3<B, T, F>>,
    y: Tensor<f64, Rank3<F, N, H>>,
) -> Tensor<f64, Rank4<B, T, N, H>> {
    x.tensordot(&y)
}

fn main() {
    let mut rng = SeededRng::new(2);
    let names = [
        "np.dot(x, y)",
        "np.matmul(x, y)",
        "x@y",
        "np.einsum(\"bf,fh->bh\", x, y)",
    ];

    println!("### (B, F) x (F, H) -> (B, H)");
    let x = Tensor::<f64, Rank2<2, 3>>::randn(&mut rng);
    let y = Tensor::<f64, Rank2<3, 4>>::randn(&mut rng);
    println!("x =\n{x:.8}\ny =\n{y:.8}\n");
    for (name, p) in names.iter().zip(projections(x, y)) {
        println!("{name} =\n{p:.8}");
    }

    println!("\n### (B, F) x (F,) -> (B,)");
    let x = Tensor::<f64, Rank2<2, 3>>::randn(&mut rng);
    let y = Tensor::<f64, Rank1<3>>::randn(&mut rng);
    println!("x =\n{x:.8}\ny = {y:.8}\n");
    let names = [
        "np.dot(x, y)",
        "np.matmul(x, y)",
        "x@y",
        "np.einsum(\"bf,f->b\", x, y)",
    ];
    for (name, p) in names.iter().zip(logits(x, y)) {
        println!("{name} = {p:.8}");
    }

    // B, T, F, N, H = 2, 3, 6, 2, 3
    println!("\n### (B, T, F) x (N, F, H): matmul is a batched product, not what we want");
    let x = Tensor::<f64, Rank3<2, 3, 6>>::randn(&mut rng);
    let y = Tensor::<f64, Rank3<2, 6, 3>>::randn(&mut rng);
    let q = queries_matmul(x, y);
    println!("np.matmul(x, y) =\n{q:.8}");
    println!(
        "np.matmul(x, y).shape = {:?}  (B, T, H): it only ran because B == N",
        q.shape()
    );

    println!("\n### np.dot contracts the second-to-last axis of y: (B, T, N, H)");
    // `x.tensordot(&y)` does not compile here: it would sum the last axis of x (F, a
    // `Const<6>`) against the first axis of y (N, a `Const<2>`), and the error says the two
    // shapes "cannot be contracted".
    let q = queries_dot(x, y);
    println!("np.dot(x, y).shape = {:?}", q.shape());
    println!(
        "np.dot(x, y)[0, 0] =\n{:.8}",
        q.index_axis::<0>(0).index_axis::<0>(0)
    );

    println!("\n### einsum with y of shape (F, N, H), where np.dot would fail");
    let x = Tensor::<f64, Rank3<2, 3, 6>>::randn(&mut rng);
    let y = Tensor::<f64, Rank3<6, 2, 3>>::randn(&mut rng);
    let q = queries_einsum(x, y);
    println!("x.shape = {:?}\ny.shape = {:?}", x.shape(), y.shape());
    println!("np.einsum(\"btf,fnh->btnh\", x, y).shape = {:?}", q.shape());
    println!("np.einsum(\"btf,fnh->btnh\", x, y) =\n{q:.8}");

    println!("\n### Einsum reductions, spelled with reductions");
    let x = Tensor::<f64, Rank2<2, 3>>::randn(&mut rng);
    println!("x =\n{x:.8}");
    println!("# sum over an axis");
    println!(
        "np.sum(x, axis=1) = np.einsum(\"ab->a\", x) = {:.8}",
        x.sum_axis::<1>()
    );
    println!("# global sum");
    println!("np.sum(x) = np.einsum(\"ab->\", x) = {:.8}", x.sum());
    println!("# transpose");
    // The tutorial prints `np.reshape(x, (3, 2))` next to the transpose: the same elements in
    // the same order under a new shape, which is not a transpose.
    println!("np.reshape(x, (3, 2)) =\n{:.8}", x.reshape::<Rank2<3, 2>>());
    println!("np.einsum(\"ab->ba\", x) = x.T =\n{:.8}", x.t());
}
