use tensorial::prelude::*;
use tensorial::einsum;

fn main() {
    let a = Tensor::<f32, Rank2<3, 4>>::ones();
    let _ = einsum!("i1->i", a);
}
