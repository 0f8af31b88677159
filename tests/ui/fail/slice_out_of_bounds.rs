// NumPy `x[4:7]` on 6 rows silently returns 2 rows; here the length is in the type and checked.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<6, 2>>::zeros();
    let _rows = x.slice_len::<0, 4, 3, 1>();
}
