use tensorial::autodiff::Var;
use tensorial::prelude::*;

fn main() {
    let w = Var::param(Tensor::<f32, Rank2<2, 3>>::ones());
    let grads = w.sum().backward();
    let _g: Tensor<f32, Rank2<3, 2>> = grads.wrt(&w);
}
