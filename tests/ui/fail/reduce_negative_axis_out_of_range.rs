// Negative axes count from the end: a rank-2 tensor has axes -1 and -2, not -3.
use tensorial::prelude::*;

fn main() {
    let logits = Tensor::<f32, Rank2<3, 4>>::zeros();
    let _p = logits.softmax::<{ -3 }>();
}
