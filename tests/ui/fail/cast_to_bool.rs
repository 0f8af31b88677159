// Numbers do not cast to `bool` (Rust's `as` has no such cast): compare instead.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank1<3>>::arange();
    let _mask = x.cast::<bool>();
}
