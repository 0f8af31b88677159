// NumPy `x[5::-1]` on 5 elements quietly starts from the last one; here START = 5 is past the end
// and does not compile, even though going down from it would end at index 0.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<i32, Rank1<5>>::arange();
    let _rev = x.slice_len::<0, 5, 6, -1>();
}
