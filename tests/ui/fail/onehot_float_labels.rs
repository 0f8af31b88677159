// Class labels must be integers: one-hot encoding float "labels" is a type error.
use tensorial::prelude::*;

fn main() {
    let labels = tensor![0.0, 2.0, 1.0];
    let _y: Tensor<f32, _> = labels.one_hot::<3>();
}
