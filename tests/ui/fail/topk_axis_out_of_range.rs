// A rank-2 tensor has axes 0, 1 (or -2, -1): axis 2 does not exist.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<3, 4>>::zeros();
    let (_values, _indices) = x.topk::<2, 2>();
}
