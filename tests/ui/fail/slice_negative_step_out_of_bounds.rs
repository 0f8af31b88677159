// Going backwards from index 2 with step -2 reaches index -2: NumPy would wrap, this does not compile.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<i32, Rank1<5>>::arange();
    let _rev = x.slice_len::<0, 2, 3, -2>();
}
