// An array of same-shape parts 3 wide cannot make rows 4 wide.
use tensorial::prelude::*;

fn main() {
    let a = Tensor::<f32, Rank2<2, 3>>::zeros();
    let _c: Tensor<f32, Rank2<4, 4>> = Tensor::concatenate::<0>([&a, &a]);
}
