//! Files written by NumPy (`scripts/gen_io_fixtures.py`, committed in `tests/data/io/`) load
//! with the values the script documents, and the crate writes the same bytes as `np.save`.

use tensorial::io::{DType, Error};
use tensorial::prelude::*;

fn path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/io")
        .join(name)
}

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(path(name)).unwrap()
}

/// The script's per-item-size scale of integer values.
fn scale(size: usize) -> i128 {
    match size {
        1 => 37,
        2 => 4099,
        4 => 16_777_259,
        _ => 1_099_511_627_791,
    }
}

/// Loads `CODE_le.npy` and `CODE_be.npy` as `(2, 3)` tensors by path, reader and bytes, inline
/// and on the heap, and checks each element against `value(i)`.
macro_rules! check_dtype {
    ($($t:ty, $code:literal, $value:expr;)*) => {$(
        for suffix in ["le", "be"] {
            let name = format!("{}_{suffix}.npy", $code);
            let value: fn(usize) -> $t = $value;
            let expected = Tensor::<$t, Rank2<2, 3>>::from_fn(|[r, c]| value(r * 3 + c));
            let by_path = Tensor::<$t, Rank2<2, 3>, Heap>::read_npy(path(&name)).unwrap();
            let by_bytes = Tensor::<$t, Rank2<2, 3>>::from_npy_bytes(&bytes(&name)).unwrap();
            let by_reader = Tensor::<$t, Rank2<2, 3>>::read_npy_from(&bytes(&name)[..]).unwrap();
            assert_eq!(by_path, expected, "{name}");
            assert_eq!(by_bytes, expected, "{name}");
            assert_eq!(by_reader, expected, "{name}");
            if suffix == "le" {
                assert_eq!(expected.to_npy_bytes(), bytes(&name), "np.save bytes of {name}");
            }
        }
    )*};
}

#[test]
fn every_dtype_in_both_byte_orders() {
    fn int(i: usize, size: usize, signed: bool) -> i128 {
        let i = i as i128;
        if signed {
            (i - 2) * scale(size)
        } else {
            i * scale(size)
        }
    }
    check_dtype! {
        bool, "b1", |i| i % 3 == 0;
        i8, "i1", |i| int(i, 1, true) as i8;
        i16, "i2", |i| int(i, 2, true) as i16;
        i32, "i4", |i| int(i, 4, true) as i32;
        i64, "i8", |i| int(i, 8, true) as i64;
        u8, "u1", |i| int(i, 1, false) as u8;
        u16, "u2", |i| int(i, 2, false) as u16;
        u32, "u4", |i| int(i, 4, false) as u32;
        u64, "u8", |i| int(i, 8, false) as u64;
        f32, "f4", |i| (i as f32 - 2.5) * 0.5;
        f64, "f8", |i| (i as f64 - 2.5) * 0.5;
    }
}

#[test]
fn format_versions_two_and_three() {
    let expected = Tensor::<f32, Rank2<2, 3>>::from_fn(|[r, c]| ((r * 3 + c) as f32 - 2.5) * 0.5);
    for name in ["v2_f4.npy", "v3_f4.npy"] {
        assert_eq!(bytes(name)[6], if name.starts_with("v2") { 2 } else { 3 });
        assert_eq!(
            Tensor::<f32, Rank2<2, 3>>::from_npy_bytes(&bytes(name)).unwrap(),
            expected
        );
    }
}

#[test]
fn fortran_order_is_transposed_on_load() {
    let x = Tensor::<f64, Rank3<2, 3, 4>, Heap>::read_npy(path("fortran_f8.npy")).unwrap();
    let expected =
        Tensor::<f64, Rank3<2, 3, 4>>::from_fn(|[a, b, c]| (100 * a + 10 * b + c) as f64);
    assert_eq!(x, expected);
    let y = Tensor::<i16, Rank2<3, 2>>::read_npy(path("fortran_be_i2.npy")).unwrap();
    assert_eq!(
        y,
        Tensor::<i16, Rank2<3, 2>>::from_fn(|[a, b]| i16::try_from(10 * a + b).unwrap())
    );
}

#[test]
fn scalar_empty_special_and_multi_chunk_arrays() {
    let s = Tensor::<f64, ()>::read_npy(path("scalar_f8.npy")).unwrap();
    assert_eq!(s.item(), 7.5);
    assert_eq!(s.to_npy_bytes(), bytes("scalar_f8.npy"));
    let e = Tensor::<f32, Rank2<0, 3>>::read_npy(path("empty_f4.npy")).unwrap();
    assert_eq!(e.to_npy_bytes(), bytes("empty_f4.npy"));
    let sp = Tensor::<f32, Rank1<6>>::read_npy(path("special_f4.npy")).unwrap();
    let v = sp.as_slice();
    assert!(v[0].is_nan());
    assert_eq!(&v[1..3], &[f32::INFINITY, f32::NEG_INFINITY]);
    assert!(v[3] == 0.0 && v[3].is_sign_negative());
    assert_eq!(v[4].to_bits(), 1, "the smallest subnormal");
    assert_eq!(v[5], 3.402_823_5e38);
    assert_eq!(
        sp.to_npy_bytes(),
        bytes("special_f4.npy"),
        "NaN and inf are kept bit for bit"
    );
    let big = Tensor::<f32, Rank2<100, 100>, Heap>::read_npy(path("big_f4.npy")).unwrap();
    assert_eq!(
        big,
        Tensor::<f32, Rank2<100, 100>, Heap>::from_fn(|[r, c]| (r * 100 + c) as f32 * 0.25)
    );
    assert_eq!(big.to_npy_bytes(), bytes("big_f4.npy"));
}

#[test]
fn unsupported_dtypes_and_mismatches_are_named() {
    let err = Tensor::<f32, Rank1<3>>::read_npy(path("complex_c8.npy")).unwrap_err();
    assert!(
        matches!(&err, Error::UnsupportedDType { dtype, .. } if dtype == "'<c8'"),
        "{err}"
    );
    let err = Tensor::<f32, Rank1<3>>::read_npy(path("half_f2.npy")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected f32 of shape (3,), found f16 of shape (3,)"
    );
    let err = Tensor::<f32, Rank1<2>>::read_npy(path("structured.npy")).unwrap_err();
    assert!(matches!(err, Error::UnsupportedDType { .. }), "{err}");
    let err = Tensor::<f32, Rank2<3, 2>>::read_npy(path("f8_le.npy")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected f32 of shape (3, 2), found f64 of shape (2, 3)"
    );
    let Error::Mismatch { found, .. } = err else {
        unreachable!()
    };
    assert_eq!(found.dtype, DType::F64);
    // The rank must match exactly, and a `Bcast` axis takes a file axis of size 1.
    assert!(Tensor::<f32, Rank3<1, 2, 3>>::read_npy(path("f4_le.npy")).is_err());
    assert!(Tensor::<f32, Rank1<6>>::read_npy(path("f4_le.npy")).is_err());
    let x = Tensor::<f64, (Bcast,)>::from_npy_bytes(&tensor![2.5f64].to_npy_bytes()).unwrap();
    assert_eq!(x.as_slice(), &[2.5]);
}

#[cfg(feature = "npz")]
mod npz {
    use super::*;
    use tensorial::io::npz::Npz;

    #[test]
    fn savez_stored() {
        let mut npz = Npz::open(path("savez.npz")).unwrap();
        assert_eq!(npz.names().collect::<Vec<_>>(), ["a", "b", "s"]);
        let a = npz.tensor::<i64, Rank2<2, 3>>("a").unwrap();
        assert_eq!(
            a,
            Tensor::<i64, Rank2<2, 3>>::from_fn(
                |[r, c]| (r as i64 * 3 + c as i64 - 2) * 1_099_511_627_791
            )
        );
        let b = npz.tensor::<bool, Rank2<2, 3>>("b").unwrap();
        assert_eq!(
            b,
            Tensor::<bool, Rank2<2, 3>>::from_fn(|[r, c]| (r * 3 + c) % 3 == 0)
        );
        let mut s = Tensor::<f64, ()>::zeros();
        npz.read_into("s.npy", &mut s).unwrap();
        assert_eq!(s.item(), 7.5);
        let err = npz.tensor::<f64, Rank1<3>>("missing").unwrap_err();
        assert_eq!(
            err.to_string(),
            "no array named `missing` (the file holds: `a`, `b`, `s`)"
        );
    }

    #[test]
    fn savez_compressed_deflated() {
        let file = bytes("savez_compressed.npz");
        let mut npz = Npz::from_bytes(&file).unwrap();
        let w = npz.tensor::<f32, Rank2<100, 100>>("w").unwrap();
        assert_eq!(
            w,
            Tensor::<f32, Rank2<100, 100>, Heap>::from_fn(|[r, c]| (r * 100 + c) as f32 * 0.25)
        );
        let labels = npz.tensor::<u8, Rank1<10>>("labels").unwrap();
        assert_eq!(
            labels,
            Tensor::<u8, Rank1<10>>::from_fn(|[i]| u8::try_from(i * 37 % 256).unwrap())
        );
        let err = npz.tensor::<f64, Rank2<100, 100>>("w").unwrap_err();
        assert_eq!(
            err.to_string(),
            "array `w`: expected f64 of shape (100, 100), found f32 of shape (100, 100)"
        );
    }
}
