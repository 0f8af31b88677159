// An f32 tensor times an f64 scalar variable.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank1<3>>::ones();
    let scale: f64 = 0.5;
    let _y = &x * scale;
}
