// A `Const<1>` axis is an ordinary size-1 axis: it does not stretch to 3.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f64, Rank2<2, 3>>::arange();
    let col = Tensor::<f64, Rank2<2, 1>>::from_array([[10.0], [20.0]]);
    let _y = &x + &col;
}
