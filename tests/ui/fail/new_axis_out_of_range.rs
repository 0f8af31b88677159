// A (3,) vector has positions 0 and 1 for a new axis; 2 is past the end.
use tensorial::prelude::*;

fn main() {
    let v = tensor![1.0, 2.0, 3.0];
    let _c = v.new_axis::<2>();
}
