// Shapes go up to rank 6.
use tensorial::prelude::*;

fn main() {
    let _x = tensor![[[[[[[1.0, 2.0]]]]]]];
}
