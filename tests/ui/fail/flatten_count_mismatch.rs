// Flattening a (2, 3) tensor gives 6 elements, not 5.
use tensorial::prelude::*;

fn main() {
    let x = tensor![[1, 2, 3], [4, 5, 6]];
    let f: Tensor<i32, Rank1<5>> = x.flatten();
    println!("{f}");
}
