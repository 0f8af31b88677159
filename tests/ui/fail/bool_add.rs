// `+` on bool tensors: bool has no addition (NumPy's `|` is the logical or).
use tensorial::prelude::*;

fn main() {
    let a = tensor![true, false];
    let b = tensor![false, false];
    let _c = &a + &b;
}
