//! serde (feature `serde`): tensors as nested JSON lists, as NumPy's `json.dumps(x.tolist())`
//! writes them, and every axis length checked on the way back.
#![cfg(feature = "serde")]

use std::fmt::Write;
use tensorial::prelude::*;

/// The JSON `json.dumps(x.tolist(), separators=(",", ":"))` gives, written by nested loops.
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
    let empty = Tensor::<i32, Rank2<2, 0>>::zeros();
    assert_eq!(serde_json::to_string(&empty).unwrap(), "[[],[]]");
}

#[test]
fn round_trips_inline_and_heap() {
    let mut rng = SeededRng::new(7);
    let x = Tensor::<f64, Rank3<3, 1, 5>>::randn(&mut rng);
    let json = serde_json::to_string(&x).unwrap();
    let back: Tensor<f64, Rank3<3, 1, 5>> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, x, "exact with serde_json's `float_roundtrip`");
    let heap: Tensor<f64, Rank3<3, 1, 5>, Heap> = serde_json::from_str(&json).unwrap();
    assert_eq!(heap, x);
    let big = Tensor::<f32, Rank2<300, 70>, Heap>::randn(&mut rng);
    let back: Tensor<f32, Rank2<300, 70>, Heap> =
        serde_json::from_str(&serde_json::to_string(&big).unwrap()).unwrap();
    assert_eq!(back, big);
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
            "[[1,2,3],[4,5]]",
            "invalid length 2, expected 3 elements along axis 1",
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
        (
            "{\"shape\":[2,3]}",
            "invalid type: map, expected a sequence of 2 elements along axis 0",
        ),
        (
            "[[1,2,3],[4,5,3000000000]]",
            "invalid value: integer `3000000000`, expected i32",
        ),
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
    // JSON has no NaN: serde_json writes `null`, which does not read back as a float.
    let nan = serde_json::to_string(&tensor![f64::NAN]).unwrap();
    assert_eq!(nan, "[null]");
    assert!(serde_json::from_str::<Tensor<f64, Rank1<1>>>(&nan).is_err());
}
