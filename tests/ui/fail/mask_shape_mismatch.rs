// NumPy `x[mask] = 0` with a mask whose shape does not broadcast to x's.
use tensorial::prelude::*;

fn main() {
    let mut x = Tensor::<i32, Rank2<2, 4>>::zeros();
    let mask = tensor![true, false, true];
    x.masked_fill(&mask, 7);
}
