// `acc += batch` with acc (3,) and batch (2, 3): the result would be (2, 3), which does not fit
// into `acc` (NumPy: "non-broadcastable output operand with shape (3,)").
use tensorial::prelude::*;

fn main() {
    let mut acc = Tensor::<f32, Rank1<3>>::zeros();
    let batch = Tensor::<f32, Rank2<2, 3>>::ones();
    acc += &batch;
}
