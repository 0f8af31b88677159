use tensorial::prelude::*;
use tensorial::einsum;

fn main() {
    let a = Tensor::<f32, Rank2<3, 4>>::ones();
    let b = Tensor::<f32, Rank2<4, 5>>::ones();
    let _ = einsum!(i j, j k -> i l; a, b);
}
