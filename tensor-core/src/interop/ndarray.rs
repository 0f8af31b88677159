//! `ndarray` interop (feature `ndarray`): tensors as `ArrayView`s without a copy, arrays of any
//! layout into tensors with the shape checked.

use crate::{Elem, Kind, Shape, ShapeError, Tensor};
use ndarray::{ArrayBase, ArrayView, ArrayViewMut, Data, Dimension, IntoDimension};

/// The `ndarray` dimension type of shape `S`: `Ix2` for a rank-2 shape.
type NdDim<S> = <<S as Shape>::Idx as IntoDimension>::Dim;

impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K>
where
    S::Idx: IntoDimension,
{
    /// This tensor as an `ndarray` view of the same shape, without copying (feature `ndarray`).
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Tensor};
    /// let x: Tensor<f32, Rank2<2, 3>> = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    /// let v: ndarray::ArrayView2<f32> = x.as_ndarray();
    /// assert_eq!(v.shape(), &[2, 3]);
    /// assert_eq!(v[[1, 2]], 6.0);
    /// assert_eq!(v.sum_axis(ndarray::Axis(0)), ndarray::arr1(&[5.0, 7.0, 9.0]));
    /// ```
    #[must_use]
    #[allow(clippy::missing_panics_doc)] // the buffer always has the shape's length
    pub fn as_ndarray(&self) -> ArrayView<'_, T, NdDim<S>> {
        ArrayView::from_shape(S::DIMS.into_dimension(), self.as_slice())
            .expect("a tensor's buffer holds exactly its shape's elements, row-major")
    }

    /// This tensor as a mutable `ndarray` view: writes change the tensor (feature `ndarray`).
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Tensor};
    /// let mut x: Tensor<i32, Rank2<2, 2>> = tensor![[1, 2], [3, 4]];
    /// x.as_ndarray_mut().column_mut(0).fill(0);
    /// assert_eq!(x, tensor![[0, 2], [0, 4]]);
    /// ```
    #[must_use]
    #[allow(clippy::missing_panics_doc)] // the buffer always has the shape's length
    pub fn as_ndarray_mut(&mut self) -> ArrayViewMut<'_, T, NdDim<S>> {
        ArrayViewMut::from_shape(S::DIMS.into_dimension(), self.as_mut_slice())
            .expect("a tensor's buffer holds exactly its shape's elements, row-major")
    }
}

/// Copies `array` (any strides, in logical row-major order) into a tensor of shape `S`.
fn from_ndarray<T, S, K, A, D>(array: &ArrayBase<A, D>) -> Result<Tensor<T, S, K>, ShapeError>
where
    T: Elem,
    S: Shape,
    K: Kind,
    A: Data<Elem = T>,
    D: Dimension,
{
    if array.shape() != S::DIMS.as_ref() {
        return Err(ShapeError {
            expected: S::DIMS.as_ref().to_vec(),
            found: array.shape().to_vec(),
        });
    }
    Ok(Tensor::build(|out| match array.as_slice() {
        Some(data) => out.copy_from_slice(data),
        None => out.iter_mut().zip(array.iter()).for_each(|(o, &v)| *o = v),
    }))
}

impl<T: Elem, S: Shape, K: Kind, A: Data<Elem = T>, D: Dimension> TryFrom<ArrayBase<A, D>>
    for Tensor<T, S, K>
{
    type Error = ShapeError;

    /// Copies an `Array`, `ArrayView` (any strides: transposed, sliced, reversed) or any other
    /// `ndarray` array into a tensor; its shape must equal `S` (feature `ndarray`).
    ///
    /// ```
    /// use tensorial::{Rank2, ShapeError, Tensor};
    /// let a = ndarray::Array2::from_shape_fn((3, 2), |(i, j)| (10 * i + j) as f64);
    /// let t = Tensor::<f64, Rank2<2, 3>>::try_from(a.t()).unwrap(); // a transposed view
    /// assert_eq!(t.as_slice(), &[0.0, 10.0, 20.0, 1.0, 11.0, 21.0]);
    /// let err = Tensor::<f64, Rank2<2, 3>>::try_from(a).unwrap_err();
    /// assert_eq!(err, ShapeError { expected: vec![2, 3], found: vec![3, 2] });
    /// ```
    fn try_from(array: ArrayBase<A, D>) -> Result<Self, ShapeError> {
        from_ndarray(&array)
    }
}

impl<T: Elem, S: Shape, K: Kind, A: Data<Elem = T>, D: Dimension> TryFrom<&ArrayBase<A, D>>
    for Tensor<T, S, K>
{
    type Error = ShapeError;

    /// As `TryFrom<ArrayBase>`, borrowing the array.
    ///
    /// ```
    /// use tensorial::{Heap, Rank1, Tensor};
    /// let a = ndarray::Array1::<i32>::from_vec(vec![1, 2, 3]);
    /// let t = Tensor::<i32, Rank1<3>, Heap>::try_from(&a).unwrap();
    /// assert_eq!(t.as_slice(), &[1, 2, 3]);
    /// ```
    fn try_from(array: &ArrayBase<A, D>) -> Result<Self, ShapeError> {
        from_ndarray(array)
    }
}

#[cfg(test)]
#[allow(
    clippy::float_cmp,
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap
)] // exact copies; small test values
mod tests {
    use crate::{Heap, Rank0, Rank1, Rank2, Rank3, SeededRng, ShapeError, Tensor};
    use alloc::string::ToString;
    use alloc::vec;
    use alloc::vec::Vec;
    use ndarray::{Array, ArrayD, IxDyn, ShapeBuilder, s};

    #[test]
    fn views_have_the_tensor_shape_and_elements() {
        let mut rng = SeededRng::new(1);
        let x = Tensor::<f32, Rank3<2, 3, 4>, Heap>::randn(&mut rng);
        let v = x.as_ndarray();
        assert_eq!(v.shape(), &[2, 3, 4]);
        for (idx, &e) in x.indexed_iter() {
            assert_eq!(v[idx], e);
        }
        assert_eq!(v.as_ptr(), x.as_slice().as_ptr(), "a view, not a copy");
        let s = Tensor::<i8, Rank0>::scalar(5);
        assert_eq!(s.as_ndarray().into_scalar(), &5);
    }

    #[test]
    fn mutable_views_write_the_tensor() {
        let mut x = Tensor::<i64, Rank2<3, 4>>::arange();
        x.as_ndarray_mut().slice_mut(s![.., 1]).fill(-1);
        for (idx, &e) in x.indexed_iter() {
            let want = if idx[1] == 1 {
                -1
            } else {
                (idx[0] * 4 + idx[1]) as i64
            };
            assert_eq!(e, want);
        }
    }

    #[test]
    fn arrays_of_any_layout_convert_in_logical_order() {
        let mut rng = SeededRng::new(2);
        let base = Array::from_shape_fn((4, 6, 5), |_| rng.next_u64() as u32);
        let naive = |a: &ndarray::ArrayView3<u32>| {
            let mut out = Vec::new();
            for i in 0..a.shape()[0] {
                for j in 0..a.shape()[1] {
                    for k in 0..a.shape()[2] {
                        out.push(a[[i, j, k]]);
                    }
                }
            }
            out
        };
        let contiguous = base.slice(s![1..3, .., ..]);
        let t = Tensor::<u32, Rank3<2, 6, 5>>::try_from(contiguous).unwrap();
        assert_eq!(t.as_slice(), naive(&contiguous));
        let strided = base.slice(s![..;-2, 1..;2, ..;3]);
        let t = Tensor::<u32, Rank3<2, 3, 2>>::try_from(strided).unwrap();
        assert_eq!(t.as_slice(), naive(&strided));
        let permuted = base.view().permuted_axes([2, 0, 1]);
        let t = Tensor::<u32, Rank3<5, 4, 6>, Heap>::try_from(permuted).unwrap();
        assert_eq!(t.as_slice(), naive(&permuted));
        let fortran = Array::from_shape_vec((4, 6, 5).f(), base.iter().copied().collect()).unwrap();
        let t = Tensor::<u32, Rank3<4, 6, 5>>::try_from(&fortran).unwrap();
        assert_eq!(t.as_slice(), naive(&fortran.view()));
    }

    #[test]
    fn wrong_shapes_and_ranks_are_errors_naming_both() {
        let a = ArrayD::<f32>::zeros(IxDyn(&[2, 3, 1]));
        let err = Tensor::<f32, Rank2<2, 3>>::try_from(&a).unwrap_err();
        assert_eq!(
            err,
            ShapeError {
                expected: vec![2, 3],
                found: vec![2, 3, 1]
            }
        );
        assert_eq!(err.to_string(), "expected shape [2, 3], found [2, 3, 1]");
        let b = Array::<f32, _>::zeros(4);
        assert!(Tensor::<f32, Rank1<5>>::try_from(b).is_err());
        let dynamic = ArrayD::<f32>::ones(IxDyn(&[2, 3]));
        let t = Tensor::<f32, Rank2<2, 3>>::try_from(dynamic).unwrap();
        assert_eq!(t, Tensor::<f32, Rank2<2, 3>>::ones());
    }

    #[test]
    fn round_trip_through_an_owned_array() {
        let x = Tensor::<f64, Rank2<3, 2>>::arange();
        let owned = x.as_ndarray().to_owned();
        assert_eq!(Tensor::<f64, Rank2<3, 2>>::try_from(owned).unwrap(), x);
        // ndarray's own `From<&impl AsRef<[T]>>` gives the flat rank-1 view.
        let flat = ndarray::ArrayView1::from(&x);
        assert_eq!(flat.shape(), &[6]);
    }
}
