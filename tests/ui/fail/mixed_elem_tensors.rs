// f32 + f64 tensors: element types never convert implicitly.
use tensorial::prelude::*;

fn main() {
    let a = Tensor::<f32, Rank1<3>>::ones();
    let b = Tensor::<f64, Rank1<3>>::ones();
    let _sum = &a + &b;
}
