// Each malformed index gets its own message, at the index.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank3<2, 3, 4>>::zeros();
    let _a = s!(x[..;0]);
    let _b = s!(x[1..=2]);
    let _c = s!(x[..., 0, ...]);
    let start = 1;
    let _d = s!(x[start..3]);
    let _e = s!(x);
}
