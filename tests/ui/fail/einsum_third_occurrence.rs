use tensorial::prelude::*;
use tensorial::einsum;

fn main() {
    let a = Tensor::<f32, Rank2<2, 3>>::ones();
    let b = Tensor::<f32, Rank2<3, 4>>::ones();
    let c = Tensor::<f32, Rank2<5, 4>>::ones();
    let _ = einsum!("ij,jk,jk->i", a, b, c);
}
