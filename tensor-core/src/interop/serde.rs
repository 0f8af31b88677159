//! `serde` support (feature `serde`): a tensor is nested sequences, one level per axis, as
//! NumPy's `x.tolist()` gives (`[[1.0, 2.0], [3.0, 4.0]]` in JSON); a rank-0 tensor is its
//! element. Deserializing checks every axis length against the type's shape.
//!
//! JSON has no NaN or infinity: `serde_json` writes them as `null`, which does not read back
//! into a float. Without `serde_json`'s feature `float_roundtrip`, its parser may read a float
//! one ulp off; with it, `f32`/`f64` tensors round-trip exactly.

use crate::{Elem, Kind, Shape, Tensor};
use core::fmt;
use serde::de::{self, DeserializeSeed, Expected, IgnoredAny, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Row-major `data` of shape `dims` as nested sequences.
struct Nested<'a, T> {
    data: &'a [T],
    dims: &'a [usize],
}

impl<T: Serialize> Serialize for Nested<'_, T> {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        let Some((&len, inner_dims)) = self.dims.split_first() else {
            return self.data[0].serialize(serializer);
        };
        let inner: usize = inner_dims.iter().product();
        let mut seq = serializer.serialize_seq(Some(len))?;
        for i in 0..len {
            seq.serialize_element(&Nested {
                data: &self.data[i * inner..(i + 1) * inner],
                dims: inner_dims,
            })?;
        }
        seq.end()
    }
}

impl<T: Elem + Serialize, S: Shape, K: Kind> Serialize for Tensor<T, S, K> {
    /// Nested sequences, one per axis (feature `serde`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1.5f32, 2.0, 3.0], [4.0, 5.0, 6.0]];
    /// assert_eq!(serde_json::to_string(&x).unwrap(), "[[1.5,2.0,3.0],[4.0,5.0,6.0]]");
    /// ```
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        Nested {
            data: self.as_slice(),
            dims: S::DIMS.as_ref(),
        }
        .serialize(serializer)
    }
}

/// Fills `out` (row-major, shape `dims[axis..]`) from nested sequences.
struct Fill<'a, T> {
    out: &'a mut [T],
    /// The whole shape, for error messages.
    dims: &'a [usize],
    axis: usize,
}

/// "`n` elements along axis `k` of shape [..]", for `invalid_length`.
struct AxisLength<'a> {
    dims: &'a [usize],
    axis: usize,
}

impl Expected for AxisLength<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} elements along axis {} of a tensor of shape {:?}",
            self.dims[self.axis], self.axis, self.dims
        )
    }
}

impl<'de, T: Elem + Deserialize<'de>> DeserializeSeed<'de> for Fill<'_, T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        if self.axis == self.dims.len() {
            self.out[0] = T::deserialize(deserializer)?;
            Ok(())
        } else {
            deserializer.deserialize_seq(self)
        }
    }
}

impl<'de, T: Elem + Deserialize<'de>> Visitor<'de> for Fill<'_, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a sequence of ")?;
        AxisLength {
            dims: self.dims,
            axis: self.axis,
        }
        .fmt(f)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let len = self.dims[self.axis];
        let expected = AxisLength {
            dims: self.dims,
            axis: self.axis,
        };
        let inner: usize = self.dims[self.axis + 1..].iter().product();
        for i in 0..len {
            let fill = Fill {
                out: &mut self.out[i * inner..(i + 1) * inner],
                dims: self.dims,
                axis: self.axis + 1,
            };
            if seq.next_element_seed(fill)?.is_none() {
                return Err(de::Error::invalid_length(i, &expected));
            }
        }
        let mut found = len;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            found += 1;
        }
        if found == len {
            Ok(())
        } else {
            Err(de::Error::invalid_length(found, &expected))
        }
    }
}

impl<'de, T: Elem + Deserialize<'de>, S: Shape, K: Kind> Deserialize<'de> for Tensor<T, S, K> {
    /// Nested sequences whose lengths match `S` (feature `serde`); a length or rank that does
    /// not is an error naming the axis and the shape.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let x: Tensor<f64, Rank2<2, 2>> = serde_json::from_str("[[1, 2], [3, 4.5]]").unwrap();
    /// assert_eq!(x.as_slice(), &[1.0, 2.0, 3.0, 4.5]);
    /// let err = serde_json::from_str::<Tensor<f64, Rank2<2, 2>>>("[[1, 2], [3]]").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid length 1, expected 2 elements along axis 1 of a tensor of shape [2, 2] at line 1 column 12"
    /// );
    /// ```
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut tensor = Self::default();
        Fill {
            out: tensor.as_mut_slice(),
            dims: S::DIMS.as_ref(),
            axis: 0,
        }
        .deserialize(deserializer)?;
        Ok(tensor)
    }
}
