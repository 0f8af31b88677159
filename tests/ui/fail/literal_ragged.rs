// Rows of a literal must have the same length.
use tensorial::prelude::*;

fn main() {
    let _x = tensor![[1, 2, 3], [4, 5]];
}
