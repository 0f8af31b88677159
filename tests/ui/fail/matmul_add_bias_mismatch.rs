// A linear layer `x·W + b` with x (4, 3), W (3, 5) and a bias of 4 values: the product is
// (4, 5), and a (4,) bias does not broadcast to it (it would have to be (5,), or (4, Bcast)
// for one value per row).
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<4, 3>>::ones();
    let w = Tensor::<f32, Rank2<3, 5>>::ones();
    let b = Tensor::<f32, Rank1<4>>::zeros();
    let _y = x.matmul_add(&w, &b);
}
