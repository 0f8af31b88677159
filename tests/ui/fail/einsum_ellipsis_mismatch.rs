use tensorial::prelude::*;
use tensorial::einsum;

fn main() {
    let a = Tensor::<f32, Rank3<2, 3, 4>>::ones();
    let b = Tensor::<f32, Rank3<7, 4, 5>>::ones();
    let _ = einsum!("...ij,...jk->...ik", a, b);
}
