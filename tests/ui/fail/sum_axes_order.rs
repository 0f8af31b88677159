// x.sum(axis=(2, 0)): give the axes in increasing order, the first non-negative. (`cargo build`;
// on a rank-3 tensor the same call is already a type error, as axis 2 of the rank-2 rest.)
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank4<2, 3, 4, 5>>::ones();
    let s = x.sum_axes::<2, 0>();
    println!("{s}");
}
