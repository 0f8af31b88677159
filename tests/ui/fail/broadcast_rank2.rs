// (2, 3) + (2, 4): the last axes differ.
use tensorial::prelude::*;

fn main() {
    let a = Tensor::<f32, Rank2<2, 3>>::ones();
    let b = Tensor::<f32, Rank2<2, 4>>::ones();
    let _sum = &a + &b;
}
