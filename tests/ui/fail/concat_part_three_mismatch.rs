// Three parts along axis -2: the third is 6 wide where the output is 5, so it is named.
use tensorial::prelude::*;

fn main() {
    let a = Tensor::<f32, Rank3<2, 3, 5>>::zeros();
    let b = Tensor::<f32, Rank3<2, 1, 5>>::zeros();
    let c = Tensor::<f32, Rank3<2, 4, 6>>::zeros();
    let _d: Tensor<f32, Rank3<2, 8, 5>> = Tensor::concatenate::<-2>((&a, &b, &c));
}
