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

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use crate::{Rank0, Rank1, Rank2, Rank3, SeededRng, Tensor};
    use alloc::string::{String, ToString};
    use core::fmt::Write;

    /// The JSON NumPy's `json.dumps(x.tolist())` would give, written by nested loops.
    fn naive_json(data: &[i32], dims: &[usize]) -> String {
        let mut out = String::new();
        if dims.is_empty() {
            write!(out, "{}", data[0]).unwrap();
            return out;
        }
        let inner: usize = dims[1..].iter().product();
        out.push('[');
        for i in 0..dims[0] {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&naive_json(&data[i * inner..(i + 1) * inner], &dims[1..]));
        }
        out.push(']');
        out
    }

    #[test]
    fn serializes_as_nested_lists() {
        let mut rng = SeededRng::new(6);
        let x = Tensor::<i32, Rank3<2, 3, 4>>::from_fn(|_| (rng.next_u64() % 200) as i32 - 100);
        let json = serde_json::to_string(&x).unwrap();
        assert_eq!(json, naive_json(x.as_slice(), &[2, 3, 4]));
        assert_eq!(
            serde_json::to_string(&Tensor::<i32, Rank0>::scalar(7)).unwrap(),
            "7"
        );
        assert_eq!(
            serde_json::to_string(&Tensor::<i32, Rank2<2, 0>>::zeros()).unwrap(),
            "[[],[]]"
        );
    }

    #[test]
    fn round_trips_inline_and_heap() {
        let mut rng = SeededRng::new(7);
        let x = Tensor::<f64, Rank3<3, 1, 5>>::randn(&mut rng);
        let json = serde_json::to_string(&x).unwrap();
        let back: Tensor<f64, Rank3<3, 1, 5>> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, x, "exact with serde_json`s `float_roundtrip`");
        #[cfg(feature = "alloc")]
        {
            let heap: Tensor<f64, Rank3<3, 1, 5>, crate::Heap> =
                serde_json::from_str(&json).unwrap();
            assert_eq!(heap, x);
        }
        let flags: Tensor<bool, Rank1<3>> = serde_json::from_str("[true, false, true]").unwrap();
        assert_eq!(flags.as_slice(), &[true, false, true]);
        let empty: Tensor<u8, Rank2<0, 3>> = serde_json::from_str("[]").unwrap();
        assert!(empty.is_empty());
    }

    #[test]
    fn wrong_lengths_and_ranks_are_errors_naming_the_axis() {
        type T = Tensor<i32, Rank2<2, 3>>;
        let cases = [
            (
                "[[1,2,3]]",
                "invalid length 1, expected 2 elements along axis 0 of a tensor of shape [2, 3]",
            ),
            (
                "[[1,2,3],[4,5,6],[7,8,9]]",
                "invalid length 3, expected 2 elements along axis 0",
            ),
            (
                "[[1,2,3],[4,5,6,7]]",
                "invalid length 4, expected 3 elements along axis 1",
            ),
            (
                "[1,2,3,4,5,6]",
                "invalid type: integer `1`, expected a sequence of 3 elements along axis 1",
            ),
            (
                "[[[1],[2],[3]],[[4],[5],[6]]]",
                "invalid type: sequence, expected i32",
            ),
            (
                "[[1,2,3],[4,5,\"6\"]]",
                "invalid type: string \"6\", expected i32",
            ),
            ("[[1,2,3],[4,5,null]]", "invalid type: null, expected i32"),
        ];
        for (json, want) in cases {
            let err = serde_json::from_str::<T>(json).unwrap_err().to_string();
            assert!(err.starts_with(want), "{json}: {err}");
        }
        let scalar = serde_json::from_str::<Tensor<i32, Rank0>>("[5]").unwrap_err();
        assert!(
            scalar
                .to_string()
                .starts_with("invalid type: sequence, expected i32")
        );
    }
}
