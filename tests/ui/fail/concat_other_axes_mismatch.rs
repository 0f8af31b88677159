// Stacking rows of width 3 and width 4 along axis 0: the other axis must match.
use tensorial::prelude::*;

fn main() {
    let a = Tensor::<f32, Rank2<2, 3>>::zeros();
    let b = Tensor::<f32, Rank2<1, 4>>::zeros();
    let _c: Tensor<f32, Rank2<3, 3>> = Tensor::concatenate::<0>((&a, &b));
}
