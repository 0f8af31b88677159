// NumPy clamps `x[:, 1:9]` on 5 columns to `x[:, 1:5]`; here the bound is an error.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<3, 5>>::zeros();
    let _v = s!(x[.., 1..9]);
}
