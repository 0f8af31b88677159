//! Hostile `.npy`/`.npz` input: truncated files, wrong magic, lying lengths, absurd shapes,
//! corrupt archives, and 10 000+ deterministic single-byte and truncation mutations of valid
//! files. Every case returns an error or a tensor; none panics, and no single allocation
//! exceeds a small bound (the header limit), whatever sizes the file claims.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::Ordering;
use tensorial::io::{Error, npy::MAX_HEADER_LEN};
use tensorial::prelude::*;

#[path = "common/peak_alloc.rs"]
mod peak_alloc;
use peak_alloc::{LARGEST, PeakAlloc};

#[global_allocator]
static GLOBAL: PeakAlloc = PeakAlloc;

/// Allocations the loaders may make whatever the file says: the header (bounded by
/// `MAX_HEADER_LEN`, and by the bytes present), the inflater's buffers, the read chunk.
const ALLOCATION_BOUND: usize = MAX_HEADER_LEN + (1 << 20);

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/io")
        .join(name);
    std::fs::read(path).unwrap()
}

/// Loads `.npy` bytes as each tensor type its fixture could be, by bytes and by reader.
fn load_npy(bytes: &[u8]) -> bool {
    let mut ok = false;
    ok |= Tensor::<f32, Rank2<2, 3>>::from_npy_bytes(bytes).is_ok();
    ok |= Tensor::<f32, Rank2<2, 3>, Heap>::read_npy_from(bytes).is_ok();
    ok |= Tensor::<f64, Rank3<2, 3, 4>>::from_npy_bytes(bytes).is_ok();
    ok |= Tensor::<bool, Rank2<2, 3>>::from_npy_bytes(bytes).is_ok();
    ok |= Tensor::<i16, Rank2<3, 2>>::from_npy_bytes(bytes).is_ok();
    ok
}

/// Opens `.npz` bytes and loads every member as each type the fixtures hold.
#[cfg(feature = "npz")]
fn load_npz(bytes: &[u8]) -> bool {
    use tensorial::io::{DType, npz::Npz};
    let Ok(mut npz) = Npz::from_bytes(bytes) else {
        return false;
    };
    let names: Vec<String> = npz.names().map(String::from).collect();
    let mut ok = false;
    for name in &names {
        // The type the header names (if the fixtures hold it), and one that mismatches.
        let Ok(header) = npz.header(name) else {
            continue;
        };
        ok |= match header.dtype {
            DType::I64 => npz.tensor::<i64, Rank2<2, 3>>(name).is_ok(),
            DType::Bool => npz.tensor::<bool, Rank2<2, 3>>(name).is_ok(),
            DType::F64 => npz.tensor::<f64, ()>(name).is_ok(),
            DType::U8 => npz.tensor::<u8, Rank1<10>>(name).is_ok(),
            _ => false,
        };
        ok |= npz.tensor::<f32, Rank2<100, 100>>(name).is_ok();
    }
    ok
}

/// Runs `load` on single-byte mutations of `original` at `positions` and on truncations to
/// `lengths`; returns the number of cases. Truncations must all fail.
fn mutate(
    name: &str,
    original: &[u8],
    positions: impl Iterator<Item = usize>,
    lengths: impl Iterator<Item = usize>,
    load: fn(&[u8]) -> bool,
) -> usize {
    let mut cases = 0;
    let mut bytes = original.to_vec();
    for at in positions {
        let b = original[at];
        for v in [0x00, 0xFF, b ^ 0x01, b ^ 0x80, b.wrapping_add(1)] {
            bytes[at] = v;
            if catch_unwind(AssertUnwindSafe(|| load(&bytes))).is_err() {
                panic!("{name}: byte {at} set to {v:#04x} panicked");
            }
            cases += 1;
        }
        bytes[at] = b;
    }
    for len in lengths {
        match catch_unwind(AssertUnwindSafe(|| load(&original[..len]))) {
            Err(_) => panic!("{name}: truncation to {len} bytes panicked"),
            Ok(true) => panic!("{name}: truncation to {len} bytes loaded"),
            Ok(false) => cases += 1,
        }
    }
    cases
}

#[test]
fn ten_thousand_mutations_never_panic_nor_overallocate() {
    let mut cases = 0;
    for name in [
        "f4_le.npy",
        "f4_be.npy",
        "fortran_f8.npy",
        "fortran_be_i2.npy",
        "b1_le.npy",
        "v3_f4.npy",
    ] {
        let file = fixture(name);
        assert!(load_npy(&file), "{name} loads unmutated");
        cases += mutate(name, &file, 0..file.len(), 0..file.len(), load_npy);
    }
    #[cfg(feature = "npz")]
    {
        let file = fixture("savez.npz");
        assert!(load_npz(&file));
        cases += mutate("savez.npz", &file, 0..file.len(), 0..file.len(), load_npz);
        // The deflated archive: every byte of its structure (headers at both ends) and every
        // 97th of its compressed data; truncations in steps of 7.
        let file = fixture("savez_compressed.npz");
        assert!(load_npz(&file));
        let n = file.len();
        let positions = (0..400).chain((400..n - 400).step_by(97)).chain(n - 400..n);
        cases += mutate(
            "savez_compressed.npz",
            &file,
            positions,
            (0..n).step_by(7),
            load_npz,
        );
    }
    println!("{cases} mutations");
    assert!(
        cases >= if cfg!(feature = "npz") { 10_000 } else { 4_000 },
        "{cases} mutations"
    );
    let largest = LARGEST.load(Ordering::Relaxed);
    assert!(
        largest <= ALLOCATION_BOUND,
        "an allocation of {largest} bytes"
    );
}

/// `.npy` bytes with `header` as the dict (padded as NumPy pads) and `data` after it.
fn npy_with_header(version: u8, header: &str, data: &[u8]) -> Vec<u8> {
    let mut out = b"\x93NUMPY".to_vec();
    out.extend_from_slice(&[version, 0]);
    let len_bytes = if version == 1 { 2 } else { 4 };
    let len = header.len() + 1;
    out.extend_from_slice(&u32::try_from(len).unwrap().to_le_bytes()[..len_bytes]);
    out.extend_from_slice(header.as_bytes());
    out.push(b'\n');
    out.extend_from_slice(data);
    out
}

fn load_f32_2x3(bytes: &[u8]) -> Result<Tensor<f32, Rank2<2, 3>>, Error> {
    Tensor::from_npy_bytes(bytes)
}

#[test]
fn named_hostile_cases() {
    let good = fixture("f4_le.npy");
    // Wrong magic.
    let mut bad = good.clone();
    bad[1] = b'X';
    let err = load_f32_2x3(&bad).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid .npy: the file does not start with the .npy magic"
    );
    // An unknown version.
    let mut bad = good.clone();
    bad[6] = 4;
    assert!(matches!(load_f32_2x3(&bad), Err(Error::Unsupported { .. })));
    // A header length past the end of the file, and one past the limit.
    let mut bad = good.clone();
    bad[8..10].copy_from_slice(&0xFFFFu16.to_le_bytes());
    assert!(
        matches!(load_f32_2x3(&bad), Err(Error::Io(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof)
    );
    let bad = npy_with_header(2, "", &[]);
    let mut bad = bad[..8].to_vec();
    bad.extend_from_slice(&u32::MAX.to_le_bytes());
    let err = load_f32_2x3(&bad).unwrap_err();
    assert!(err.to_string().contains("exceeds the limit"), "{err}");
    // A header shorter than it says: the dict is cut.
    let mut bad = good.clone();
    bad[8] -= 40;
    assert!(matches!(load_f32_2x3(&bad), Err(Error::Invalid { .. })));
    // Data shorter and longer than the shape.
    assert!(load_f32_2x3(&good[..good.len() - 1]).is_err());
    let mut long = good.clone();
    long.push(0);
    let err = load_f32_2x3(&long).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid .npy: 1 bytes after the data the header announces"
    );
    // Absurd shapes: overflowing usize, or its byte size overflowing.
    for shape in [
        "(18446744073709551616,)",
        "(4294967296, 4294967296)",
        "(18446744073709551615, 2)",
    ] {
        let header = format!("{{'descr': '<f4', 'fortran_order': False, 'shape': {shape}, }}");
        let err = load_f32_2x3(&npy_with_header(1, &header, &[])).unwrap_err();
        assert!(matches!(err, Error::Invalid { .. }), "{shape}: {err}");
    }
    // A valid but huge shape is refused by the type before anything is allocated.
    let header = "{'descr': '<f4', 'fortran_order': False, 'shape': (1000000000, 1000000), }";
    let err = load_f32_2x3(&npy_with_header(1, header, &[])).unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected f32 of shape (2, 3), found f32 of shape (1000000000, 1000000)"
    );
    // Unknown dtypes and invalid bools.
    for descr in ["<c8", "|O", "<U3", "<M8[ns]", "", "<f3"] {
        let header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': (2, 3), }}");
        let err = load_f32_2x3(&npy_with_header(1, &header, &[0; 24])).unwrap_err();
        assert!(
            matches!(err, Error::UnsupportedDType { .. }),
            "{descr}: {err}"
        );
    }
    let header = "{'descr': '|b1', 'fortran_order': False, 'shape': (2,), }";
    let err =
        Tensor::<bool, Rank1<2>>::from_npy_bytes(&npy_with_header(1, header, &[1, 2])).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid data: bool byte 2 is neither 0 nor 1"
    );
    // A version 3.0 header that is not UTF-8, a version 1.0 header that is not ASCII.
    let header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
    let mut bad = npy_with_header(3, header, &[0; 24]);
    bad[14] = 0xFF;
    assert!(load_f32_2x3(&bad).is_err());
    // The same non-ASCII header is refused as such in 1.0 and 2.0, and parsed in 3.0 (where
    // only its dtype is unknown).
    let non_ascii = header.replace("<f4", "<f4\u{e9}");
    for version in [1, 2] {
        let err = load_f32_2x3(&npy_with_header(version, &non_ascii, &[0; 24])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid .npy header: a version 1.0/2.0 header must be ASCII"
        );
    }
    let err = load_f32_2x3(&npy_with_header(3, &non_ascii, &[0; 24])).unwrap_err();
    assert!(matches!(err, Error::UnsupportedDType { .. }), "{err}");
    assert!(load_f32_2x3(&npy_with_header(3, header, &[0; 24])).is_ok());
}

#[cfg(feature = "npz")]
#[test]
fn corrupt_archives() {
    use tensorial::io::npz::Npz;
    let good = fixture("savez.npz");
    // A flipped data byte fails the CRC.
    let at = good.windows(6).position(|w| w == b"\x93NUMPY").unwrap() + 130;
    let mut bad = good.clone();
    bad[at] ^= 1;
    let err = Npz::from_bytes(&bad)
        .unwrap()
        .tensor::<i64, Rank2<2, 3>>("a")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid .npz (zip): CRC mismatch in member `a.npy`"
    );
    // Not a zip archive, and an empty file.
    assert!(Npz::from_bytes(b"").is_err());
    assert!(Npz::from_bytes(&fixture("f4_le.npy")).is_err());
    // A directory offset past the end.
    let mut bad = good.clone();
    let end = bad.len() - 22;
    bad[end + 16..end + 20].copy_from_slice(&0x7FFF_FFF0u32.to_le_bytes());
    assert!(Npz::from_bytes(&bad).is_err());
}

#[cfg(feature = "npz")]
#[test]
fn deflate_bombs_stop_at_the_tensor_size() {
    use tensorial::io::npz::{Npz, NpzWriter};
    // 64 MB of zeros deflate to ~64 KB; loading them as a 10-element tensor stops at the
    // header (the shape differs) and never inflates the rest.
    let mut out = NpzWriter::new_compressed(Vec::new());
    out.add("x", &Tensor::<u8, Rank1<{ 64 << 20 }>, Heap>::zeros())
        .unwrap();
    let bytes = out.finish().unwrap();
    assert!(bytes.len() < 200_000, "{}", bytes.len());
    LARGEST.store(0, Ordering::Relaxed);
    let err = Npz::from_bytes(&bytes)
        .unwrap()
        .tensor::<u8, Rank1<10>>("x")
        .unwrap_err();
    assert!(matches!(err, Error::Mismatch { .. }), "{err}");
    assert!(LARGEST.load(Ordering::Relaxed) <= ALLOCATION_BOUND);
}
