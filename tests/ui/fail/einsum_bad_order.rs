use tensorial::prelude::*;
use tensorial::einsum;

fn main() {
    let a = Tensor::<f32, Rank2<3, 4>>::ones();
    let _ = einsum!("ij,jk,kl->il", a, a.t(), a; order = [(0, 1), (1, 2)]);
}
