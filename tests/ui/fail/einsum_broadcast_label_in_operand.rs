use tensorial::prelude::*;
use tensorial::einsum;

fn main() {
    let v = Tensor::<f32, Rank1<3>>::ones();
    let _: Tensor<f32, Rank2<3, 3>> = einsum!("i->ij", v; broadcast = [i]);
}
