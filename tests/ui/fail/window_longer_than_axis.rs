// A window longer than its axis cannot fit at any start.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<3, 4>>::zeros();
    let start = 0;
    let _w = x.window::<0, 5>(start);
}
