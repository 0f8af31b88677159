// Two small inline tensors whose broadcast sum (64 × 256 f32 = 64 KiB) is over the inline cap:
// `cargo build` names the cap and `Heap`, and its last note points at the `+` below.
use tensorial::prelude::*;

fn main() {
    let col = Tensor::<f32, (Const<64>, Bcast)>::zeros();
    let row = Tensor::<f32, Rank1<256>>::zeros();
    let grid = col + row;
    println!("{}", grid[[0, 0]]);
}
