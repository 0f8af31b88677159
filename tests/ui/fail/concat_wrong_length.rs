// 2 + 1 rows make 3, not 4. Checked after monomorphization (`cargo build`).
use tensorial::prelude::*;

fn main() {
    let a = Tensor::<f32, Rank2<2, 3>>::zeros();
    let b = Tensor::<f32, Rank2<1, 3>>::zeros();
    let c: Tensor<f32, Rank2<4, 3>> = Tensor::concatenate::<0>((&a, &b));
    println!("{c}");
}
