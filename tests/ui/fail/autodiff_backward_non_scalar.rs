use tensorial::autodiff::Var;
use tensorial::prelude::*;

fn main() {
    let w = Var::param(Tensor::<f32, Rank2<2, 3>>::ones());
    let y = &w * &w;
    let _grads = y.backward();
}
