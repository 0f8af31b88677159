// A literal mixing rows and bare elements at the same level.
use tensorial::prelude::*;

fn main() {
    let _x = tensor![[1, 2], 3];
}
