// A matrix is indexed with two indices, not three.
use tensorial::prelude::*;

fn main() {
    let t = tensor![[1, 2, 3], [4, 5, 6]];
    let _v = t[[1, 2, 3]];
}
