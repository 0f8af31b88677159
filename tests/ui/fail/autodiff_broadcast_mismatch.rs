use tensorial::autodiff::Var;
use tensorial::prelude::*;

fn main() {
    let w = Var::param(Tensor::<f32, Rank2<2, 3>>::ones());
    let b = Var::param(Tensor::<f32, Rank1<2>>::ones());
    let _ = &w + &b;
}
