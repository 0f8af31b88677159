// A vector has only axis 0 (or -1).
use tensorial::prelude::*;

fn main() {
    let v = tensor![1, 2, 3];
    let _r = v.flip::<1>();
}
