// A forgotten comma between two rows of a literal.
use tensorial::prelude::*;

fn main() {
    let _x = tensor![[1, 2] [3, 4]];
}
