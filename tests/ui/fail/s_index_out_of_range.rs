// NumPy: "index -4 is out of bounds for axis 0 with size 3", at run time.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<3, 5>>::zeros();
    let _row = s!(x[-4]);
}
