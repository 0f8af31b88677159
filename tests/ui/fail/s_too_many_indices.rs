// NumPy: "too many indices for array: array is 2-dimensional, but 3 were indexed".
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<3, 4>>::zeros();
    let _v = s!(x[0, 1..3, ..]);
}
