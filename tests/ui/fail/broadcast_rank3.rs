// (2, 3, 4) * (2, 5, 4): the middle axes differ.
use tensorial::prelude::*;

fn main() {
    let images = Tensor::<f32, Rank3<2, 3, 4>>::ones();
    let mask = Tensor::<f32, Rank3<2, 5, 4>>::zeros();
    let _masked = &images * &mask;
}
