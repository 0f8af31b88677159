// The seed case done right, plus the everyday typed API: a `static` literal, scalars on both
// sides, indexing and `select`.
use tensorial::prelude::*;

const N: usize = 4;

/// Per-feature scale, built at compile time.
static SCALE: Tensor<f32, Rank1<3>> = tensor![0.5, 1.0, 2.0];

fn main() {
    // (N, 784) - row_means[:, None], with heap storage as for the full 50 000-row batch.
    let x = Tensor::<f32, Rank2<N, 784>, Heap>::arange();
    let row_means = Tensor::<f32, Rank1<N>, Heap>::from_fn(|[i]| {
        x.as_slice()[i * 784..(i + 1) * 784].iter().sum::<f32>() / 784.0
    });
    let centered = &x - &row_means.new_axis::<1>();
    let _: &Tensor<f32, (Const<N>, Const<784>), Heap> = &centered;
    assert_eq!(centered.shape(), [N, 784]);
    assert_eq!(centered[[0, 0]], -391.5);
    assert_eq!(centered[[N - 1, 783]], 391.5);

    // Inline tensors, a static, and scalars on either side of an operator.
    let m = tensor![[1.0f32, -2.0, 3.0], [-4.0, 5.0, -6.0]];
    let scaled = 2.0 * (m * SCALE) - 1.0;
    assert_eq!(scaled.as_slice(), &[0.0, -5.0, 11.0, -5.0, 9.0, -25.0]);

    // In-place updates with broadcasting, and indexing.
    let mut acc = Tensor::<f32, Rank2<2, 3>>::zeros();
    acc += &SCALE;
    acc += 1.0;
    acc[[1, 2]] = -1.0;
    assert_eq!(acc.as_slice(), &[1.5, 2.0, 3.0, 1.5, 2.0, -1.0]);
    assert_eq!(acc[[0, 2]] + m[[1, 1]], 8.0);

    // np.where(m > 0, m, 0.0) and a broadcast comparison against a column.
    let relu = m.gt(0.0).select(&m, 0.0);
    assert_eq!(relu.as_slice(), &[1.0, 0.0, 3.0, 0.0, 5.0, 0.0]);
    let limits = tensor![2.0f32, 4.0].new_axis::<1>();
    let clipped = m.gt(&limits).select(&limits, &m);
    assert_eq!(clipped.as_slice(), &[1.0, -2.0, 2.0, -4.0, 4.0, -6.0]);
}
