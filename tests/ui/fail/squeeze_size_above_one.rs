// Only a size-1 axis (`Bcast` or `Const<1>`) can be squeezed; axis 1 has size 3.
use tensorial::prelude::*;

fn main() {
    let x = tensor![[1.0, 2.0, 3.0]]; // (Const<1>, Const<3>)
    let _ok = x.squeeze::<0>();
    let _bad = x.squeeze::<1>();
}
