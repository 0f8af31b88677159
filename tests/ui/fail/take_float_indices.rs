// Gathering with an index tensor of floats: indices must be integers.
use tensorial::prelude::*;

fn main() {
    let x = tensor![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    let order = tensor![2.0f32, 0.0, 1.0];
    let _rows = x.take::<0>(&order);
}
