// The NumPy tutorial mistake: centering the rows of an (N, 784) batch with its (N,) row means.
// `x - row_means` aligns `N` with `784`; NumPy raises "operands could not be broadcast together
// with shapes (50000,784) (50000,)". The fix is `row_means.new_axis::<1>()` (NumPy
// `row_means[:, None]`). Heap storage keeps the 157 MB batch off the stack.
use tensorial::prelude::*;

const N: usize = 50_000;

fn main() {
    let x = Tensor::<f32, Rank2<N, 784>, Heap>::zeros();
    let row_means = Tensor::<f32, Rank1<N>, Heap>::zeros();
    let _centered = &x - &row_means;
}
