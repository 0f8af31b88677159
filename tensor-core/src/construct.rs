//! Constructors: `zeros`, `ones`, `full`, `from_fn`, `arange`, `eye`, `from_slice`, `From` arrays.

use crate::storage::{Kind, check_inline_cap};
use crate::{Const, Elem, LengthError, Shape, Tensor};
use num_traits::{AsPrimitive, One, Zero};

/// **Creation** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// A tensor of zeros (`T::default()`).
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let x = Tensor::<f32, Rank2<2, 3>>::zeros();
    /// assert!(x.iter().all(|&v| v == 0.0));
    /// ```
    #[must_use]
    pub fn zeros() -> Self {
        const { check_inline_cap::<T, S, K>() };
        Self::default()
    }

    /// A tensor of ones.
    ///
    /// ```
    /// use tensorial::{Rank1, Tensor};
    /// assert_eq!(Tensor::<i32, Rank1<3>>::ones().as_slice(), &[1, 1, 1]);
    /// ```
    #[must_use]
    pub fn ones() -> Self
    where
        T: One,
    {
        const { check_inline_cap::<T, S, K>() };
        Self::full(T::one())
    }

    /// A tensor with every element equal to `value`.
    ///
    /// ```
    /// use tensorial::{Rank1, Tensor};
    /// assert_eq!(Tensor::<f64, Rank1<2>>::full(0.5).as_slice(), &[0.5, 0.5]);
    /// ```
    #[must_use]
    pub fn full(value: T) -> Self {
        const { check_inline_cap::<T, S, K>() };
        Self::build(|out| out.fill(value))
    }

    /// A tensor whose element at each multi-index is `f(index)`, filled in row-major order.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let x = Tensor::<usize, Rank2<2, 3>>::from_fn(|[i, j]| 10 * i + j);
    /// assert_eq!(x.as_slice(), &[0, 1, 2, 10, 11, 12]);
    /// ```
    #[must_use]
    pub fn from_fn(mut f: impl FnMut(S::Idx) -> T) -> Self {
        const { check_inline_cap::<T, S, K>() };
        Self::build(|out| {
            out.iter_mut()
                .enumerate()
                .for_each(|(i, v)| *v = f(S::unravel(i)));
        })
    }

    /// `0, 1, 2, …` in row-major order (NumPy `np.arange(n).reshape(shape)`). Values are
    /// converted with `as`, so they wrap for small integer types.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let x = Tensor::<f32, Rank2<2, 3>>::arange();
    /// assert_eq!(x.as_slice(), &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
    /// ```
    #[must_use]
    pub fn arange() -> Self
    where
        usize: AsPrimitive<T>,
    {
        const { check_inline_cap::<T, S, K>() };
        Self::build(|out| out.iter_mut().enumerate().for_each(|(i, v)| *v = i.as_()))
    }

    /// A tensor holding a copy of `data` (row-major).
    ///
    /// # Errors
    /// [`LengthError`] naming both lengths when `data.len() != S::NUMEL`.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let x = Tensor::<i32, Rank2<2, 2>>::from_slice(&[1, 2, 3, 4]).unwrap();
    /// assert_eq!(x[[1, 0]], 3);
    /// assert!(Tensor::<i32, Rank2<2, 2>>::from_slice(&[1, 2, 3]).is_err());
    /// ```
    pub fn from_slice(data: &[T]) -> Result<Self, LengthError> {
        const { check_inline_cap::<T, S, K>() };
        if data.len() != S::NUMEL {
            return Err(LengthError {
                expected: S::NUMEL,
                found: data.len(),
            });
        }
        Ok(Self::build(|out| out.copy_from_slice(data)))
    }

    /// Zeros with the shape, element type and storage of `self` (NumPy `zeros_like`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1, 2].zeros_like().as_slice(), &[0, 0]);
    /// ```
    #[must_use]
    pub fn zeros_like(&self) -> Self {
        Self::zeros()
    }

    /// Ones with the shape, element type and storage of `self` (NumPy `ones_like`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1.5, 2.5].ones_like().as_slice(), &[1.0, 1.0]);
    /// ```
    #[must_use]
    pub fn ones_like(&self) -> Self
    where
        T: One,
    {
        Self::ones()
    }

    /// `value` everywhere, with the shape, element type and storage of `self` (NumPy `full_like`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1, 2].full_like(7).as_slice(), &[7, 7]);
    /// ```
    #[must_use]
    pub fn full_like(&self, value: T) -> Self {
        Self::full(value)
    }
}

/// **Creation** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, K: Kind> Tensor<T, (), K> {
    /// A rank-0 tensor holding `value`.
    ///
    /// ```
    /// use tensorial::{Tensor};
    /// let s = Tensor::<f64, ()>::scalar(2.5);
    /// assert_eq!((s.shape(), s.item()), ([], 2.5));
    /// ```
    #[must_use]
    pub fn scalar(value: T) -> Self {
        Self::full(value)
    }

    /// The single element of a rank-0 tensor (NumPy `x.item()`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor!(scalar 3).item(), 3);
    /// ```
    #[must_use]
    pub fn item(&self) -> T {
        self.as_slice()[0]
    }
}

/// **Creation** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + Zero + One, const N: usize, K: Kind> Tensor<T, (Const<N>, Const<N>), K> {
    /// The `N×N` identity matrix (NumPy `np.eye(N)`).
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let i = Tensor::<f32, Rank2<2, 2>>::eye();
    /// assert_eq!(i.as_slice(), &[1.0, 0.0, 0.0, 1.0]);
    /// ```
    #[must_use]
    pub fn eye() -> Self {
        const { check_inline_cap::<T, (Const<N>, Const<N>), K>() };
        Self::build_zeroed(|out| out.iter_mut().step_by(N + 1).for_each(|v| *v = T::one()))
    }
}

impl<T: Elem, S: Shape, K: Kind> TryFrom<&[T]> for Tensor<T, S, K> {
    type Error = LengthError;
    /// See [`Tensor::from_slice`].
    fn try_from(data: &[T]) -> Result<Self, LengthError> {
        Self::from_slice(data)
    }
}

#[cfg(feature = "alloc")]
impl<T: Elem, S: Shape, K: Kind> TryFrom<alloc::vec::Vec<T>> for Tensor<T, S, K> {
    type Error = LengthError;
    /// Copies the elements of a `Vec` whose length must be `S::NUMEL`.
    ///
    /// ```
    /// use tensorial::{Heap, Rank2, Tensor};
    /// let x: Tensor<u8, Rank2<2, 2>, Heap> = vec![1, 2, 3, 4].try_into().unwrap();
    /// assert_eq!(x.shape(), [2, 2]);
    /// ```
    fn try_from(data: alloc::vec::Vec<T>) -> Result<Self, LengthError> {
        Self::from_slice(&data)
    }
}

/// `From<[[..[T; N]..]]>` for each rank: nested arrays give the shape.
macro_rules! from_nested_arrays {
    ($($arr:ty => $($N:ident)+;)*) => {$(
        impl<T: Elem, $(const $N: usize,)+ K: Kind> From<$arr> for Tensor<T, ($(Const<$N>,)+), K> {
            fn from(array: $arr) -> Self {
                Self::build(|out| out.copy_from_slice(<($(Const<$N>,)+)>::flat(&array)))
            }
        }
    )*};
}

from_nested_arrays! {
    [T; A] => A;
    [[T; B]; A] => A B;
    [[[T; C]; B]; A] => A B C;
    [[[[T; D]; C]; B]; A] => A B C D;
    [[[[[T; E]; D]; C]; B]; A] => A B C D E;
    [[[[[[T; F]; E]; D]; C]; B]; A] => A B C D E F;
}
