// (2, 3, 4) @ (3, 4, 5): the inner sizes agree, the batch sizes 2 and 3 do not.
use tensorial::prelude::*;

fn main() {
    let a = Tensor::<f32, Rank3<2, 3, 4>, Heap>::ones();
    let b = Tensor::<f32, Rank3<3, 4, 5>, Heap>::ones();
    let _c = a.matmul(&b);
}
