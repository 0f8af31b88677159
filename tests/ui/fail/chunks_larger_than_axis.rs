// Minibatches of 64 from 50 samples: not one full chunk.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<50, 8>, Heap>::zeros();
    for batch in x.chunks::<0, 64>() {
        println!("{batch}");
    }
}
