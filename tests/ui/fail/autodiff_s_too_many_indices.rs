// `s!` on a tracked value takes the tensor's indices and checks: three indices on a matrix.
use tensorial::autodiff::Var;
use tensorial::prelude::*;

fn main() {
    let x = Var::param(Tensor::<f64, Rank2<2, 3>>::zeros());
    let _y = s!(x[.., 1..3, 0]);
}
