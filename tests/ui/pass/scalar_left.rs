// Scalars of the element type work on the left of tensors, views and references.
use tensorial::prelude::*;

fn main() {
    let x = Tensor::<f32, Rank2<2, 3>>::ones();
    let a = 1.0 - x;
    let b = 2.0 * &x;
    let c = 0.5 / x.row(1);
    let n = Tensor::<i64, Rank1<3>>::arange();
    let d = 3 * n;
    let n1 = n + 1;
    let e = 10 % &n1.view();
    let h = Tensor::<f64, Rank1<3>, Heap>::ones();
    let f = 1.0 + &h;
    assert_eq!((a.sum(), b.sum(), c.sum(), d.sum(), f.sum()), (0.0, 12.0, 1.5, 9, 6.0));
    assert_eq!(e.as_slice(), &[0, 0, 1]);
}
