//! `nalgebra` interop (feature `nalgebra`): `SMatrix<T, R, C>` ↔ `Tensor<T, Rank2<R, C>>` and
//! `SVector<T, N>` ↔ `Tensor<T, Rank1<N>>`, both ways via `From`.
//!
//! nalgebra stores matrices column-major and tensors are row-major, so a conversion copies
//! element by element: `m[(i, j)]` becomes `t[[i, j]]`, never a reinterpretation of the buffer.

use crate::{Elem, Kind, Rank1, Rank2, Tensor};
use nalgebra::{SMatrix, SVector};

impl<T: Elem, const R: usize, const C: usize, K: Kind> From<&SMatrix<T, R, C>>
    for Tensor<T, Rank2<R, C>, K>
{
    /// The matrix as an `R × C` tensor: `t[[i, j]] == m[(i, j)]` (feature `nalgebra`).
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Tensor};
    /// let m = nalgebra::Matrix2x3::new(1, 2, 3, 4, 5, 6); // rows, as written
    /// let t = Tensor::<i32, Rank2<2, 3>>::from(&m);
    /// assert_eq!(t, tensor![[1, 2, 3], [4, 5, 6]]);
    /// ```
    fn from(m: &SMatrix<T, R, C>) -> Self {
        Tensor::from_fn(|[i, j]: [usize; 2]| m[(i, j)])
    }
}

impl<T: Elem, const R: usize, const C: usize, K: Kind> From<SMatrix<T, R, C>>
    for Tensor<T, Rank2<R, C>, K>
{
    /// The matrix as an `R × C` tensor (see `From<&SMatrix>`).
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let t: Tensor<f64, Rank2<2, 2>> = nalgebra::Matrix2::identity().into();
    /// assert_eq!(t, Tensor::<f64, Rank2<2, 2>>::eye());
    /// ```
    fn from(m: SMatrix<T, R, C>) -> Self {
        Self::from(&m)
    }
}

impl<T: Elem, const R: usize, const C: usize, K: Kind> From<&Tensor<T, Rank2<R, C>, K>>
    for SMatrix<T, R, C>
{
    /// The tensor as an `R × C` matrix: `m[(i, j)] == t[[i, j]]` (feature `nalgebra`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let t = tensor![[1.0, 2.0], [3.0, 4.0]];
    /// let m = nalgebra::Matrix2::from(&t);
    /// assert_eq!(m * m, nalgebra::Matrix2::new(7.0, 10.0, 15.0, 22.0));
    /// ```
    fn from(t: &Tensor<T, Rank2<R, C>, K>) -> Self {
        SMatrix::from_fn(|i, j| t[[i, j]])
    }
}

impl<T: Elem, const R: usize, const C: usize, K: Kind> From<Tensor<T, Rank2<R, C>, K>>
    for SMatrix<T, R, C>
{
    /// The tensor as an `R × C` matrix (see `From<&Tensor>`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let m: nalgebra::Matrix1x2<u8> = tensor![[1u8, 2]].into();
    /// assert_eq!(m, nalgebra::Matrix1x2::new(1, 2));
    /// ```
    fn from(t: Tensor<T, Rank2<R, C>, K>) -> Self {
        Self::from(&t)
    }
}

impl<T: Elem, const N: usize, K: Kind> From<&SVector<T, N>> for Tensor<T, Rank1<N>, K> {
    /// The column vector as a rank-1 tensor (feature `nalgebra`).
    ///
    /// ```
    /// use tensorial::{tensor, Rank1, Tensor};
    /// let t = Tensor::<f32, Rank1<3>>::from(&nalgebra::Vector3::new(1.0, 2.0, 3.0));
    /// assert_eq!(t, tensor![1.0, 2.0, 3.0]);
    /// ```
    fn from(v: &SVector<T, N>) -> Self {
        Tensor::from_fn(|[i]: [usize; 1]| v[i])
    }
}

impl<T: Elem, const N: usize, K: Kind> From<SVector<T, N>> for Tensor<T, Rank1<N>, K> {
    /// The column vector as a rank-1 tensor (see `From<&SVector>`).
    ///
    /// ```
    /// use tensorial::{tensor, Rank1, Tensor};
    /// let t: Tensor<i32, Rank1<2>> = nalgebra::Vector2::new(7, 8).into();
    /// assert_eq!(t, tensor![7, 8]);
    /// ```
    fn from(v: SVector<T, N>) -> Self {
        Self::from(&v)
    }
}

impl<T: Elem, const N: usize, K: Kind> From<&Tensor<T, Rank1<N>, K>> for SVector<T, N> {
    /// The rank-1 tensor as a column vector (feature `nalgebra`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let v = nalgebra::Vector3::from(&tensor![1.0, 2.0, 2.0]);
    /// assert_eq!(v.dot(&v), 9.0);
    /// ```
    fn from(t: &Tensor<T, Rank1<N>, K>) -> Self {
        SVector::from_fn(|i, _| t[[i]])
    }
}

impl<T: Elem, const N: usize, K: Kind> From<Tensor<T, Rank1<N>, K>> for SVector<T, N> {
    /// The rank-1 tensor as a column vector (see `From<&Tensor>`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let v: nalgebra::Vector2<i64> = tensor![3i64, 4].into();
    /// assert_eq!(v, nalgebra::Vector2::new(3, 4));
    /// ```
    fn from(t: Tensor<T, Rank1<N>, K>) -> Self {
        Self::from(&t)
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // conversions copy elements: exact equality is the claim
mod tests {
    use crate::{Rank1, Rank2, SeededRng, Tensor};
    use nalgebra::{SMatrix, SVector};

    #[test]
    fn matrices_keep_element_positions_both_ways() {
        let mut rng = SeededRng::new(3);
        let t = Tensor::<f64, Rank2<3, 5>>::randn(&mut rng);
        let m = SMatrix::<f64, 3, 5>::from(&t);
        for i in 0..3 {
            for j in 0..5 {
                assert_eq!(m[(i, j)], t[[i, j]]);
            }
        }
        // Column-major storage: the buffers differ, the elements do not.
        assert_eq!(m.as_slice()[1], t[[1, 0]]);
        assert_eq!(Tensor::<f64, Rank2<3, 5>>::from(m), t);
        #[cfg(feature = "alloc")]
        assert_eq!(Tensor::<f64, Rank2<3, 5>, crate::Heap>::from(&m), t);
    }

    #[test]
    fn products_agree_with_nalgebra() {
        let mut rng = SeededRng::new(4);
        let a = Tensor::<f64, Rank2<4, 3>>::randn(&mut rng);
        let b = Tensor::<f64, Rank2<3, 2>>::randn(&mut rng);
        let want = SMatrix::<f64, 4, 3>::from(&a) * SMatrix::<f64, 3, 2>::from(&b);
        let got = Tensor::<f64, Rank2<4, 2>>::from(want);
        let mine = a.matmul(&b);
        for (x, y) in got.iter().zip(mine.iter()) {
            assert!((x - y).abs() <= 1e-12 * (1.0 + y.abs()));
        }
    }

    #[test]
    fn vectors_round_trip() {
        let mut rng = SeededRng::new(5);
        let t = Tensor::<f32, Rank1<7>>::randn(&mut rng);
        let v = SVector::<f32, 7>::from(t);
        assert_eq!(v.as_slice(), t.as_slice());
        assert_eq!(Tensor::<f32, Rank1<7>>::from(v), t);
    }
}
