// NumPy: `x.sum(axis=2)` on a matrix raises AxisError at run time. Here the axis is part of the
// type and an axis past the rank does not compile.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<3, 4>>::ones();
    let _col_sums = x.sum_axis::<2>();
}
