// Three vectors stacked along a new axis 0 give 3 rows, not 2.
use tensorial::prelude::*;

fn main() {
    let (a, b, c) = (tensor![1, 2], tensor![3, 4], tensor![5, 6]);
    let _s: Tensor<i32, Rank2<2, 2>> = Tensor::stack::<0>([a, b, c]);
}
