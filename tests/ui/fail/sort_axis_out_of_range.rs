// A rank-2 tensor has axes 0, 1 (or -2, -1): argsort along axis -3 does not exist.
use tensorial::prelude::*;

fn main() {
    let x = tensor![[3, 1, 2], [6, 5, 4]];
    let _idx = x.argsort::<-3>();
}
