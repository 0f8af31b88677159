// (2, 3) @ (4, 5): the inner sizes 3 and 4 differ.
use tensorial::prelude::*;

fn main() {
    let a = Tensor::<f32, Rank2<2, 3>>::ones();
    let b = Tensor::<f32, Rank2<4, 5>>::ones();
    let _c = a.matmul(&b);
}
