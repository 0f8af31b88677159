// (B, T, F) · (N, F, H): tensordot contracts the last axis of the left operand with the FIRST
// axis of the right one (np.tensordot(x, w, axes=1)), so F = 6 meets N = 2.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank3<2, 3, 6>>::ones();
    let w = Tensor::<f32, Rank3<2, 6, 3>>::ones();
    let _q = x.tensordot(&w);
}
