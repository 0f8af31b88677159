// np.tile repeats whole copies: 7 columns cannot hold copies of 3. (`cargo build`.)
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<i32, Rank2<2, 3>>::arange();
    let t = x.tile::<Rank2<4, 7>>();
    println!("{t}");
}
