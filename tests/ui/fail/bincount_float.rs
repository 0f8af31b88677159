// Bins are counted by integer value: `bincount` on floats is a type error.
use tensorial::prelude::*;

fn main() {
    let x = tensor![0.5, 1.0, 1.5];
    let _counts = x.bincount::<3>();
}
