// A (2, 3) tensor has 6 elements; (4, 2) holds 8. Checked after monomorphization, so the
// error comes from `cargo build` (this suite builds because it holds a pass case).
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<2, 3>>::arange();
    let y: Tensor<f32, Rank2<4, 2>> = x.reshape();
    println!("{y}");
}
