// 10 samples in batches of 4 leave 2, not 3.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<10, 8>>::zeros();
    let _rest: View<'_, f32, Rank2<3, 8>> = x.chunks::<0, 4>().remainder();
}
