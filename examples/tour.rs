//! A tour of tensorial: literals, typed shapes, broadcasting, elementwise math, big heap tensors.
//!
//! Run with `cargo run --release --example tour`.

use tensorial::prelude::*;

/// Small weights can live in a `static`: inline tensors need no allocator.
static W: Tensor<f32, Rank2<2, 3>> = tensor![[0.5, -1.0, 2.0], [1.5, 0.0, -0.5]];

fn main() {
    // Literals: the nested brackets give the shape, the literals the element type.
    let x = tensor![[1.0f32, 2.0, 3.0], [4.0, 5.0, 6.0]]; // Tensor<f32, Rank2<2, 3>>
    println!("x =\n{x}\nshape {:?}", x.shape());

    // Elementwise ops broadcast like NumPy: (2, 3) * (3,) and scalars on either side.
    // Small inline tensors are `Copy`, so they are used by value; heap tensors by reference.
    let scale = tensor![1.0f32, 10.0, 100.0];
    let y = 2.0 * (x * scale) - 1.0;
    println!("2 * x * [1, 10, 100] - 1 =\n{y}");

    // A size-1 axis that broadcasts is spelled `Bcast`: NumPy's `m[:, None]` is `new_axis::<1>()`.
    let row_sums = tensor![6.0f32, 15.0]; // (2,)
    // `x / row_sums` does not compile: shapes (2, 3) and (2,) are not broadcast-compatible.
    let shares = x / row_sums.new_axis::<1>(); // (2, 3) / (2, Bcast)
    println!("each row divided by its sum =\n{shares:.3}");

    // Math, comparisons and select.
    let h = (W * x).tanh();
    let relu = h.maximum(0.0);
    let mask = h.gt(0.0);
    println!("relu(tanh(W * x)) =\n{relu:.4}\npositive?\n{mask}");
    println!("where(h > 0, h, -1) =\n{:.4}", mask.select(&h, -1.0));

    // Big tensors use heap storage and never touch the stack.
    const N: usize = 50_000;
    let images =
        Tensor::<f32, Rank2<N, 784>, Heap>::from_fn(|[i, j]| ((i * 31 + j * 7) % 256) as f32);
    let means = Tensor::<f32, Rank1<N>, Heap>::from_fn(|[i]| {
        let row = &images.as_slice()[i * 784..(i + 1) * 784];
        row.iter().sum::<f32>() / 784.0
    });
    let centered = &images - &means.new_axis::<1>(); // (50000, 784) - (50000, Bcast)
    println!(
        "first centered image, first pixels: {:?}",
        &centered.as_slice()[..5]
    );
    println!("centered =\n{centered:.1}");
}
