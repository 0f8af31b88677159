// Asking for the 5 largest of an axis of length 4 fails at build time (a post-monomorphization
// check: `cargo build` reports it, `cargo check` does not).
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<3, 4>>::zeros();
    let (_values, _indices) = x.topk::<5, 1>();
}
