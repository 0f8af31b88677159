// A ragged row two levels down.
use tensorial::prelude::*;

fn main() {
    let _x = tensor![[[1, 2], [3, 4]], [[5, 6], [7]]];
}
