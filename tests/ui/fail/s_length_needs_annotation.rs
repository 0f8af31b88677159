// The length of `1..` depends on the axis size, which a macro cannot see: annotate it.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank1<6>>::zeros();
    let tail = s!(x[1..]);
    println!("{tail}");
}
