// A rank-3 tensor has axes -3..=2; `-4` is out of range.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank3<2, 3, 4>>::zeros();
    let _y = x.swap_axes::<0, -4>();
}
