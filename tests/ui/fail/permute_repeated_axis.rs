// Axis 0 and axis -3 are the same axis of a rank-3 tensor: not a permutation.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank3<2, 3, 4>>::zeros();
    let y = x.permute::<0, -3, 2>();
    println!("{y}");
}
