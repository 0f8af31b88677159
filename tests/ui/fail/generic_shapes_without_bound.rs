// Two different generic shapes do not broadcast without a bound; the same shape, or a scalar,
// needs none.
use tensorial::prelude::*;

fn same<S: Shape, K: Kind>(a: &Tensor<f32, S, K>, b: &Tensor<f32, S, K>) -> Tensor<f32, S, K> {
    a * 2.0 + b
}

fn different<S1: Shape, S2: Shape>(a: &Tensor<f32, S1>, b: &Tensor<f32, S2>) {
    let _ = a + b;
}

fn main() {
    let x = tensor![1.0f32, 2.0];
    let _ = same(&x, &x);
    different(&x, &x);
}
