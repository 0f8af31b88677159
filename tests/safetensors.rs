//! safetensors: fixtures written by the Python `safetensors` package (scripts/
//! gen_safetensors_fixtures.py) load with every value checked by its formula; files written
//! here load back; every class of malformed header is an error.

use tensorial::io::safetensors::{MAX_HEADER_LEN, Safetensors, SafetensorsWriter};
use tensorial::io::{DType, Error};
use tensorial::prelude::*;

const DTYPES: &[u8] = include_bytes!("data/io/st_dtypes.safetensors");

fn fixture() -> Safetensors<std::io::Cursor<&'static [u8]>> {
    Safetensors::from_bytes(DTYPES).unwrap()
}

/// Element `i` of fixture tensor `name`, by the formula of the generating script.
fn check<T: tensorial::io::IoElem, S: Shape>(name: &str, formula: impl Fn(i64) -> T) {
    let x = fixture().tensor::<T, S>(name).unwrap();
    for (i, &v) in x.iter().enumerate() {
        assert_eq!(v, formula(i as i64), "{name}[{i}]");
    }
}

#[test]
fn python_fixture_values_match_their_formulas() {
    check::<f32, Rank2<3, 4>>("f32", |i| (i as f64 * 0.1 - 2.5) as f32);
    check::<f64, Rank3<2, 3, 2>>("f64", |i| i as f64 * 0.1 - 2.5);
    check::<i8, Rank1<7>>("i8", |i| ((i * 37) % 256 - 128) as i8);
    check::<i16, Rank2<2, 5>>("i16", |i| (i * 1000 - 5000) as i16);
    check::<i32, Rank1<4>>("i32", |i| (i * 123_456_789 - 200_000_000) as i32);
    check::<i64, Rank2<2, 2>>("i64", |i| (i - 2) * (1 << 40) + 7);
    check::<u8, Rank2<2, 3>>("u8", |i| (i * 50) as u8);
    check::<u16, Rank1<3>>("u16", |i| (i * 30000) as u16);
    check::<u32, Rank1<2>>("u32", |i| (i * 4_000_000_000) as u32);
    check::<u64, Rank1<2>>("u64", |i| (i as u64) * (1 << 63) + 1);
    check::<bool, Rank2<2, 3>>("bool", |i| i % 3 == 0);
    check::<f32, Rank0>("scalar", |_| 2.5);
    check::<u8, Rank1<1>>("layer.0/attn \"q\" é", |_| 7);
    let empty = fixture().tensor::<f32, Rank2<0, 3>>("empty").unwrap();
    assert!(empty.is_empty());
}

#[test]
fn nan_and_infinities_are_data_and_kept() {
    let x = fixture().tensor::<f32, Rank1<4>>("special").unwrap();
    assert!(x[[0]].is_nan());
    assert_eq!(x[[1]], f32::INFINITY);
    assert_eq!(x[[2]], f32::NEG_INFINITY);
    assert_eq!(x[[3]].to_bits(), (-0.0f32).to_bits());
}

#[test]
fn listing_gives_names_dtypes_shapes_and_metadata() {
    let st = fixture();
    assert_eq!(st.tensors().len(), 16);
    let f16 = st.info("f16").unwrap();
    assert_eq!(
        (f16.dtype_name, f16.dtype, f16.shape.as_slice()),
        ("F16", Some(DType::F16), &[2][..])
    );
    let scalar = st.info("scalar").unwrap();
    assert!(scalar.shape.is_empty());
    assert_eq!(scalar.data_offsets.1 - scalar.data_offsets.0, 4);
    let meta = st.metadata();
    assert_eq!(meta.len(), 2);
    assert!(meta.contains(&("format".into(), "np".into())));
    assert!(meta.contains(&("source".into(), "gen_safetensors_fixtures.py".into())));
}

#[test]
fn wrong_types_and_names_are_errors_naming_both_sides() {
    let mut st = fixture();
    let err = st.tensor::<f32, Rank2<4, 3>>("f32").unwrap_err();
    assert_eq!(
        err.to_string(),
        "array `f32`: expected f32 of shape (4, 3), found f32 of shape (3, 4)"
    );
    let err = st.tensor::<f32, Rank1<2>>("f16").unwrap_err();
    assert_eq!(
        err.to_string(),
        "array `f16`: expected f32 of shape (2,), found f16 of shape (2,)"
    );
    let err = st.tensor::<f64, Rank2<3, 4>>("f32").unwrap_err();
    assert!(matches!(err, Error::Mismatch { .. }), "{err}");
    let err = st.tensor::<f32, Rank1<1>>("missing").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("no array named `missing` (the file holds: `"),
        "{err}"
    );
}

#[test]
fn files_read_from_disk_and_written_here_round_trip() {
    let mut rng = SeededRng::new(11);
    let w = Tensor::<f32, Rank2<64, 33>, Heap>::randn(&mut rng);
    let b = Tensor::<f64, Rank1<33>>::randn(&mut rng);
    let mask = Tensor::<bool, Rank2<3, 3>>::from_fn(|[i, j]| i == j);
    let steps = Tensor::<i16, Rank0>::scalar(-3);
    let path =
        std::env::temp_dir().join(format!("tensorial-test-{}.safetensors", std::process::id()));
    let mut out = SafetensorsWriter::new();
    out.add("w", &w).unwrap().add("b", &b).unwrap();
    out.add("mask", &mask)
        .unwrap()
        .add("steps", &steps)
        .unwrap();
    out.metadata("quote \" and \\ and \n", "é");
    out.save(&path).unwrap();
    let mut st = Safetensors::open(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(st.tensor::<f32, Rank2<64, 33>>("w").unwrap(), w);
    assert_eq!(st.tensor::<f64, Rank1<33>>("b").unwrap(), b);
    assert_eq!(st.tensor::<bool, Rank2<3, 3>>("mask").unwrap(), mask);
    let mut s = Tensor::<i16, Rank0>::zeros();
    st.read_into("steps", &mut s).unwrap();
    assert_eq!(s, steps);
    assert_eq!(
        st.metadata(),
        [("quote \" and \\ and \n".into(), "é".into())]
    );
    // Larger elements first, so each tensor is aligned to its element size in the file.
    let names: Vec<&str> = st.names().collect();
    assert_eq!(names, ["b", "w", "steps", "mask"]);
    // The data section starts at a multiple of 8 (see the padding test below).
    for t in st.tensors() {
        let size = t.dtype.unwrap().size() as u64;
        assert_eq!(t.data_offsets.0 % size, 0, "{}", t.name);
    }
}

#[test]
fn written_headers_are_padded_json_the_reference_layout_uses() {
    let x = tensorial::tensor![[1u8, 2, 3]];
    let bytes = SafetensorsWriter::new().add("x", &x).unwrap().to_bytes();
    let len = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    assert_eq!(len % 8, 0);
    let header = std::str::from_utf8(&bytes[8..8 + len]).unwrap();
    assert_eq!(
        header.trim_end(),
        r#"{"x":{"dtype":"U8","shape":[1,3],"data_offsets":[0,3]}}"#
    );
    assert_eq!(&bytes[8 + len..], &[1, 2, 3]);
}

/// A file whose header is `json` and whose data section has `data` bytes.
fn file(json: &str, data: usize) -> Vec<u8> {
    let mut out = (json.len() as u64).to_le_bytes().to_vec();
    out.extend_from_slice(json.as_bytes());
    out.resize(out.len() + data, 0);
    out
}

fn invalid(bytes: &[u8]) -> String {
    match Safetensors::from_bytes(bytes) {
        Ok(_) => panic!("accepted {:?}", String::from_utf8_lossy(bytes)),
        Err(e) => e.to_string(),
    }
}

fn entry(name: &str, dtype: &str, shape: &str, begin: u64, end: u64) -> String {
    format!(r#""{name}":{{"dtype":"{dtype}","shape":{shape},"data_offsets":[{begin},{end}]}}"#)
}

#[test]
fn malformed_lengths_are_errors_before_any_allocation() {
    assert!(invalid(b"").contains("too short"));
    assert!(invalid(&[1, 0, 0]).contains("too short"));
    let mut huge = u64::MAX.to_le_bytes().to_vec();
    huge.extend_from_slice(b"{}");
    assert!(invalid(&huge).contains("exceeds the limit"));
    let mut just_over = (MAX_HEADER_LEN + 1).to_le_bytes().to_vec();
    just_over.extend_from_slice(b"{}");
    assert!(invalid(&just_over).contains("exceeds the limit"));
    // A header that claims more than the file holds: a lie about its length.
    let mut lie = 1000u64.to_le_bytes().to_vec();
    lie.extend_from_slice(b"{}");
    assert_eq!(
        invalid(&lie),
        "invalid safetensors header: header length 1000 exceeds the file's 10 bytes"
    );
}

#[test]
fn malformed_json_is_an_error() {
    for json in [
        "",
        "{",
        "[]",
        "{\"a\":}",
        "{\"a\":{}} x",
        "{\"a\" {}}",
        "{'a':{}}",
        "{\"a\":{\"dtype\":\"F32\",}}",
        "\u{0}",
    ] {
        let msg = invalid(&file(json, 0));
        assert!(
            msg.starts_with("invalid safetensors header:"),
            "{json}: {msg}"
        );
    }
    let mut bad_utf8 = 2u64.to_le_bytes().to_vec();
    bad_utf8.extend_from_slice(&[0xff, 0xfe]);
    assert!(invalid(&bad_utf8).contains("not UTF-8"));
    let deep = format!("{{\"a\":{{\"x\":{}{}}}}}", "[".repeat(200), "]".repeat(200));
    assert!(invalid(&file(&deep, 0)).contains("nested too deeply"));
}

#[test]
fn missing_repeated_and_unknown_fields() {
    let cases = [
        (
            r#"{"a":{"dtype":"F32","shape":[1]}}"#,
            "tensor `a` has no `data_offsets`",
        ),
        (
            r#"{"a":{"shape":[1],"data_offsets":[0,4]}}"#,
            "tensor `a` has no `dtype`",
        ),
        (
            r#"{"a":{"dtype":"F32","data_offsets":[0,4]}}"#,
            "tensor `a` has no `shape`",
        ),
        (
            r#"{"a":{"dtype":"F32","dtype":"F32","shape":[1],"data_offsets":[0,4]}}"#,
            "field `dtype` appears twice",
        ),
        (
            r#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}}"#,
            "more than 2 numbers",
        ),
        (
            r#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0]}}"#,
            "needs 2 numbers",
        ),
        (
            r#"{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}"#,
            "non-negative integer",
        ),
        (
            r#"{"a":{"dtype":"F32","shape":[1.0],"data_offsets":[0,4]}}"#,
            "non-negative integer",
        ),
        (
            r#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,"4"]}}"#,
            "non-negative integer",
        ),
        (
            r#"{"a":{"dtype":"Q7","shape":[1],"data_offsets":[0,4]}}"#,
            "unknown dtype `Q7`",
        ),
        (
            r#"{"a":{"dtype":32,"shape":[1],"data_offsets":[0,4]}}"#,
            "expected a string",
        ),
        (r#"{"__metadata__":{"k":1}}"#, "metadata `k`"),
        (
            r#"{"__metadata__":{},"__metadata__":{}}"#,
            "`__metadata__` appears twice",
        ),
        (
            r#"{"__metadata__":{"k":"v","k":"w"}}"#,
            "metadata key `k` appears twice",
        ),
        (r#"{"a":[]}"#, "expected `{`"),
    ];
    for (json, want) in cases {
        let msg = invalid(&file(json, 4));
        assert!(msg.contains(want), "{json}: {msg}");
    }
    let two = format!(
        "{{{},{}}}",
        entry("a", "F32", "[1]", 0, 4),
        entry("a", "F32", "[1]", 4, 8)
    );
    assert!(invalid(&file(&two, 8)).contains("tensor `a` appears twice"));
    // Unknown fields inside an entry are skipped; `null` metadata is accepted.
    let extra = r#"{"__metadata__":null,"a":{"dtype":"F32","note":{"x":[1,2.5e3,null]},"shape":[1],"data_offsets":[0,4]}}"#;
    assert!(Safetensors::from_bytes(&file(extra, 4)).is_ok());
}

#[test]
fn offsets_must_tile_the_data_exactly() {
    let header = |entries: &[String]| format!("{{{}}}", entries.join(","));
    let cases = [
        // out of range: past the end of the data
        (vec![entry("a", "F32", "[2]", 0, 8)], 4, "past its end"),
        (
            vec![entry("a", "F32", "[1]", 0, 4)],
            8,
            "cover 4 bytes of data, the file holds 8",
        ),
        // not matching dtype × shape
        (
            vec![entry("a", "F32", "[2]", 0, 4)],
            4,
            "takes 8 bytes, its data_offsets [0, 4] span 4",
        ),
        (vec![entry("a", "F64", "[1]", 0, 4)], 4, "takes 8 bytes"),
        // end before begin
        (
            vec![entry("a", "U8", "[0]", 4, 0), entry("b", "U8", "[4]", 0, 4)],
            4,
            "end before they begin",
        ),
        // overlap and gap
        (
            vec![entry("a", "U8", "[4]", 0, 4), entry("b", "U8", "[4]", 2, 6)],
            6,
            "overlaps the previous tensor",
        ),
        (
            vec![entry("a", "U8", "[2]", 0, 2), entry("b", "U8", "[2]", 4, 6)],
            6,
            "leaves a gap",
        ),
        (vec![entry("a", "U8", "[4]", 4, 8)], 8, "leaves a gap"),
        // the same range twice
        (
            vec![entry("a", "U8", "[4]", 0, 4), entry("b", "U8", "[4]", 0, 4)],
            4,
            "overlaps",
        ),
        // overflowing shapes and offsets
        (
            vec![entry("a", "F32", "[4294967296,4294967296]", 0, 4)],
            4,
            "overflows",
        ),
        (
            vec![entry(
                "a",
                "U8",
                "[18446744073709551615]",
                0,
                18446744073709551615,
            )],
            4,
            "overflows",
        ),
        (
            vec![entry("a", "U8", "[1]", 0, 18446744073709551615)],
            4,
            "span 18446744073709551615",
        ),
        (vec![entry("a", "F4", "[3]", 0, 2)], 2, "overflows"),
    ];
    for (entries, data, want) in cases {
        let json = header(&entries);
        let msg = invalid(&file(&json, data));
        assert!(msg.contains(want), "{json}: {msg}");
    }
}

#[test]
fn dtypes_without_an_element_type_list_but_do_not_load() {
    let json = format!("{{{}}}", entry("q", "F8_E4M3", "[2,2]", 0, 4));
    let bytes = file(&json, 4);
    let mut st = Safetensors::from_bytes(&bytes).unwrap();
    assert_eq!(st.info("q").unwrap().dtype, None);
    let err = st.tensor::<u8, Rank2<2, 2>>("q").unwrap_err();
    assert!(matches!(err, Error::UnsupportedDType { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with("array `q`: unsupported dtype F8_E4M3"),
        "{err}"
    );
}

#[test]
fn bool_bytes_other_than_0_and_1_are_errors() {
    let json = format!("{{{}}}", entry("m", "BOOL", "[2]", 0, 2));
    let mut bytes = file(&json, 2);
    *bytes.last_mut().unwrap() = 2;
    let err = Safetensors::from_bytes(&bytes)
        .unwrap()
        .tensor::<bool, Rank1<2>>("m")
        .unwrap_err();
    assert!(err.to_string().contains("neither 0 nor 1"), "{err}");
}

#[test]
fn metadata_keys_are_replaced_and_names_escaped_as_json_dumps_escapes_them() {
    let x = tensorial::tensor![7u8];
    let mut out = SafetensorsWriter::new();
    out.add("a b\u{1}", &x).unwrap();
    out.metadata("format", "pt").metadata("format", "np");
    let bytes = out.to_bytes();
    let len = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header = std::str::from_utf8(&bytes[8..8 + len]).unwrap();
    // A space is written as it is; a control character as `\u00XX`, as Python's json.dumps.
    assert_eq!(
        header.trim_end(),
        r#"{"__metadata__":{"format":"np"},"a b\u0001":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}"#
    );
    let st = Safetensors::from_bytes(&bytes).unwrap();
    assert_eq!(st.metadata(), [("format".into(), "np".into())]);
    assert_eq!(st.names().collect::<Vec<_>>(), ["a b\u{1}"]);
    // Debug lists the tensors and the metadata, not the reader.
    let debug = format!("{st:?}");
    assert!(debug.starts_with("Safetensors { tensors: ["), "{debug}");
    assert!(debug.contains(r#""a b\u{1}""#), "{debug}");
    assert!(
        debug.ends_with(r#"metadata: [("format", "np")], .. }"#),
        "{debug}"
    );
}
