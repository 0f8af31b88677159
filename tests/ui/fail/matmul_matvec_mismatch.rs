// (2, 3) @ (4,): the vector's length differs from the matrix's column count.
use tensorial::prelude::*;

fn main() {
    let w = Tensor::<f64, Rank2<2, 3>>::ones();
    let x = Tensor::<f64, Rank1<4>>::ones();
    let _y = w.matmul(&x);
}
