//! A `#![no_std]` crate without `alloc` using inline tensors, `tensor!` in a `static`,
//! broadcasting, elementwise math and `einsum!`. CI builds it; the root tests call it.
#![no_std]

use tensor_core::{Bcast, Const, Rank2, Tensor, einsum, tensor};

/// A weight matrix in flash.
pub static WEIGHTS: Tensor<f32, Rank2<2, 3>> = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];

/// `tanh(W - row_means[:, None]) * 2 + bias`, all inline.
pub fn normalized_features(bias: Tensor<f32, (Const<3>,)>) -> Tensor<f32, Rank2<2, 3>> {
    let means: Tensor<f32, (Const<2>, Bcast)> = Tensor::from_array([[2.0], [5.0]]);
    let centered = WEIGHTS - means;
    centered.tanh() * 2.0 + bias
}

/// `a @ b @ c` as one `einsum!`. Without `alloc` every einsum runs as one loop nest with
/// compile-time trip counts (no intermediate buffers); with it, this one runs pairwise.
pub fn chain(
    a: &Tensor<f32, Rank2<4, 16>>,
    b: &Tensor<f32, Rank2<16, 16>>,
    c: &Tensor<f32, Rank2<16, 3>>,
) -> Tensor<f32, Rank2<4, 3>> {
    einsum!("ij,jk,kl->il", a, b, c)
}

/// With `--features bare` this crate is its own panic runtime, which only compiles when no
/// dependency links `std`.
#[cfg(feature = "bare")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
