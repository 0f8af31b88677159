// A matrix has axes 0 and 1 (or -2 and -1): there is no axis 2 to index.
use tensorial::prelude::*;

fn main() {
    let x = tensor![[1, 2, 3], [4, 5, 6]];
    let _col = x.index_axis::<2>(0);
}
