use tensorial::prelude::*;
use tensorial::einsum;

fn main() {
    let col = Tensor::<f32, Rank2<3, 1>>::ones(); // Const<1>: an ordinary axis of size 1
    let m = Tensor::<f32, Rank2<5, 4>>::ones();
    let _ = einsum!("ij,jk->ik", col, m);
}
