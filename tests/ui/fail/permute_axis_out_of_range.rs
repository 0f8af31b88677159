// A matrix has axes 0 and 1 (or -2 and -1); there is no axis 2.
use tensorial::prelude::*;

fn main() {
    let x = tensor![[1, 2, 3], [4, 5, 6]];
    let _y = x.permute::<2, 0>();
}
