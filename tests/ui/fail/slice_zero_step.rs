// A zero step never advances.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<i32, Rank1<5>>::arange();
    let _v = x.slice_len::<0, 0, 2, 0>();
}
