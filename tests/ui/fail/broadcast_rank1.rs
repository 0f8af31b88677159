// (3,) + (4,): vectors of different lengths do not broadcast (NumPy raises the same).
use tensorial::prelude::*;

fn main() {
    let a = tensor![1.0, 2.0, 3.0];
    let b = tensor![1.0, 2.0, 3.0, 4.0];
    let _sum = &a + &b;
}
