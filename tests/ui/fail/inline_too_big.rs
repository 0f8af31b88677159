// A 157 MB tensor with the default (inline) storage would land on the stack: `cargo build`
// rejects it and points to `Heap`. (A post-monomorphization check: this suite also holds a
// pass case, so trybuild builds instead of only checking.)
use tensorial::prelude::*;

fn main() {
    let images = Tensor::<f32, Rank2<50_000, 784>>::zeros();
    println!("{}", images[[0, 0]]);
}
