use tensorial::prelude::*;
use tensorial::einsum;

fn main() {
    let a = Tensor::<f32, Rank2<3, 4>>::ones();
    let v = Tensor::<f32, Rank1<4>>::ones();
    let _ = einsum!("ij,jk->ik", a, v);
}
