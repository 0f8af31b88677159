// An integer literal on the left of a float tensor: NumPy's `3 * x`. Element types never
// convert implicitly, and the error says so instead of listing rustc's `Mul` impls.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<2, 3>>::ones();
    let _y = 3 * x;
    let n = Tensor::<i64, Rank1<3>>::arange();
    let _m = 1.5 - &n;
}
