// Tensors of element types files do not store cannot be saved or loaded.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<usize, Rank1<3>>::zeros();
    let _bytes = x.to_npy_bytes();
    let _y = Tensor::<i128, Rank1<3>>::from_npy_bytes(&[]);
}
