// broadcast_to: a (3,) vector cannot be stretched to (2, 4).
use tensorial::prelude::*;

fn main() {
    let v = tensor![1, 2, 3];
    let _m = v.broadcast_to::<Rank2<2, 4>>();
}
