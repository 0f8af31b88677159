// Elementwise comparison of (2, 3) with (2,): axes are aligned from the right, 3 vs 2.
use tensorial::prelude::*;

fn main() {
    let x = tensor![[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]];
    let thresholds = tensor![2.0, 4.0];
    let _mask = x.gt(&thresholds);
}
