//! safetensors without a copy: tensors borrowed as views from bytes in memory and from
//! memory-mapped files (feature `mmap`) equal what the reading path loads; wrong types and
//! names, misaligned data and invalid `bool` bytes are errors, and views are full operands.

use tensorial::einsum;
use tensorial::io::Error;
use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
use tensorial::prelude::*;

/// `bytes` copied to a place `shift` bytes past an 8-byte boundary (the buffer owns it).
fn placed(bytes: &[u8], shift: usize) -> (Vec<u8>, std::ops::Range<usize>) {
    let mut buf = vec![0u8; bytes.len() + 16];
    let at = buf.as_ptr().align_offset(8) + shift;
    buf[at..at + bytes.len()].copy_from_slice(bytes);
    (buf, at..at + bytes.len())
}

/// A file of `f32` tensors `w` and `e` (empty), `u8` tensor `m` and `bool` tensor `b`, its
/// header padded with `pad` extra spaces (the writer pads to a multiple of 8; a reference
/// reader accepts any).
fn file_with_header_padding(pad: usize) -> Vec<u8> {
    let w = Tensor::<f32, Rank2<3, 5>>::arange();
    let m = tensor![[1u8, 2], [3, 4]];
    let b = tensor![true, false, true];
    let bytes = SafetensorsWriter::new()
        .add("w", &w)
        .unwrap()
        .add("m", &m)
        .unwrap()
        .add("b", &b)
        .unwrap()
        .add("e", &Tensor::<f32, Rank2<0, 3>>::zeros())
        .unwrap()
        .to_bytes();
    let len = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let mut out = ((len + pad) as u64).to_le_bytes().to_vec();
    out.extend_from_slice(&bytes[8..8 + len]);
    out.resize(out.len() + pad, b' ');
    out.extend_from_slice(&bytes[8 + len..]);
    out
}

#[test]
fn views_of_bytes_equal_loaded_tensors_and_are_operands() {
    let mut rng = SeededRng::new(5);
    let w = Tensor::<f32, Rank2<16, 8>, Heap>::randn(&mut rng);
    let x = Tensor::<f32, Rank1<8>>::randn(&mut rng);
    let bytes = SafetensorsWriter::new().add("w", &w).unwrap().to_bytes();
    let (buf, range) = placed(&bytes, 0);
    let st = Safetensors::from_bytes(&buf[range]).unwrap();
    let v = st.view::<f32, Rank2<16, 8>>("w").unwrap();
    assert_eq!(v, w);
    // Each op on the view against a naive loop over the written tensor.
    let naive_sum: f64 = w.iter().map(|&a| f64::from(a)).sum();
    assert!((f64::from(v.sum()) - naive_sum).abs() < 1e-4);
    let h = v.matmul(&x);
    let naive: Vec<f32> = (0..16)
        .map(|i| (0..8).map(|j| w[[i, j]] * x[[j]]).sum())
        .collect();
    for (i, (a, b)) in h.iter().zip(&naive).enumerate() {
        assert!((a - b).abs() < 1e-4, "row {i}: {a} vs {b}");
    }
    let e: Tensor<f32, Rank1<16>, Heap> = einsum!("ij,j->i", v, &x);
    assert!(e.iter().zip(&naive).all(|(a, b)| (a - b).abs() < 1e-4));
    let doubled = &v * 2.0;
    assert!(doubled.iter().zip(w.iter()).all(|(a, b)| *a == 2.0 * b));
}

#[test]
fn view_errors_name_the_tensor_and_both_sides() {
    let bytes = file_with_header_padding(0);
    let (buf, range) = placed(&bytes, 0);
    let st = Safetensors::from_bytes(&buf[range]).unwrap();
    let err = st.view::<f32, Rank2<5, 3>>("w").unwrap_err();
    assert_eq!(
        err.to_string(),
        "array `w`: expected f32 of shape (5, 3), found f32 of shape (3, 5)"
    );
    let err = st.view::<i32, Rank2<3, 5>>("w").unwrap_err();
    assert_eq!(
        err.to_string(),
        "array `w`: expected i32 of shape (3, 5), found f32 of shape (3, 5)"
    );
    let err = st.view::<f32, Rank1<1>>("nope").unwrap_err();
    assert_eq!(
        err.to_string(),
        "no array named `nope` (the file holds: `e`, `w`, `b`, `m`)"
    );
}

#[test]
fn misaligned_data_is_an_error_for_views_and_loads_by_copy() {
    let w = Tensor::<f32, Rank2<3, 5>>::arange();
    for pad in 1..8 {
        let bytes = file_with_header_padding(pad);
        let (buf, range) = placed(&bytes, 0);
        let mut st = Safetensors::from_bytes(&buf[range]).unwrap();
        let header_len = u64::from_le_bytes(bytes[..8].try_into().unwrap());
        let start = 8 + header_len + st.info("w").unwrap().data_offsets.0;
        if pad % 4 == 0 {
            assert_eq!(st.view::<f32, Rank2<3, 5>>("w").unwrap(), w);
        } else {
            let err = st.view::<f32, Rank2<3, 5>>("w").unwrap_err();
            assert!(matches!(err, Error::Unsupported { .. }), "{err}");
            assert_eq!(
                err.to_string(),
                format!(
                    "unsupported safetensors view: tensor `w` (f32) starts at byte {start} of \
                     the file, not aligned to 4 bytes: load a copy with `tensor`"
                )
            );
        }
        // No bytes or one-byte elements are always aligned; the copying path always loads.
        assert!(st.view::<f32, Rank2<0, 3>>("e").unwrap().is_empty());
        assert_eq!(
            st.view::<u8, Rank2<2, 2>>("m").unwrap(),
            tensor![[1, 2], [3, 4]]
        );
        assert_eq!(st.tensor::<f32, Rank2<3, 5>>("w").unwrap(), w);
    }
    // Aligned in the file but not in memory: the address is what counts.
    let bytes = file_with_header_padding(0);
    let (buf, range) = placed(&bytes, 2);
    let st = Safetensors::from_bytes(&buf[range]).unwrap();
    let err = st.view::<f32, Rank2<3, 5>>("w").unwrap_err();
    assert!(err.to_string().contains("not aligned to 4 bytes"), "{err}");
}

#[test]
fn bool_views_check_their_bytes() {
    let mut bytes = file_with_header_padding(0);
    let (buf, range) = placed(&bytes, 0);
    let st = Safetensors::from_bytes(&buf[range]).unwrap();
    assert_eq!(
        st.view::<bool, Rank1<3>>("b").unwrap(),
        tensor![true, false, true]
    );
    let header_len = u64::from_le_bytes(bytes[..8].try_into().unwrap());
    let last = 8 + header_len + st.info("b").unwrap().data_offsets.1 - 1;
    bytes[usize::try_from(last).unwrap()] = 2;
    let (buf, range) = placed(&bytes, 0);
    let st = Safetensors::from_bytes(&buf[range]).unwrap();
    let err = st.view::<bool, Rank1<3>>("b").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid data: bool byte 2 is neither 0 nor 1"
    );
}

/// Bytes that lose their last byte when told to: a source whose length changes after its
/// header was checked.
struct Shrinking {
    bytes: Vec<u8>,
    shrunk: std::rc::Rc<std::cell::Cell<bool>>,
}

impl AsRef<[u8]> for Shrinking {
    fn as_ref(&self) -> &[u8] {
        let cut = usize::from(self.shrunk.get());
        &self.bytes[..self.bytes.len() - cut]
    }
}

#[test]
fn a_source_shorter_than_its_checked_header_is_an_error_not_a_read_past_its_end() {
    let shrunk = std::rc::Rc::default();
    let bytes = file_with_header_padding(0);
    let source = Shrinking {
        bytes,
        shrunk: std::rc::Rc::clone(&shrunk),
    };
    let st = Safetensors::new(std::io::Cursor::new(source)).unwrap();
    assert!(st.view::<u8, Rank2<2, 2>>("m").is_ok());
    shrunk.set(true);
    let err = st.view::<u8, Rank2<2, 2>>("m").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid safetensors view: tensor `m` lies past the end of the bytes"
    );
}

#[cfg(feature = "mmap")]
mod mapped {
    use super::*;
    use std::path::{Path, PathBuf};
    use tensorial::View;
    use tensorial::io::{DType, IoElem};

    /// Checks that view `name` of `st` equals the tensor the reading path loads.
    fn view_equals_read<B: AsRef<[u8]>, T: IoElem, S: Shape>(
        st: &mut Safetensors<std::io::Cursor<B>>,
        name: &str,
    ) {
        let read = st.tensor::<T, S>(name).unwrap();
        let view: View<'_, T, S, Heap> = st.view::<T, S>(name).unwrap();
        assert!(
            view.iter()
                .zip(read.iter())
                .all(|(a, b)| a.to_string() == b.to_string())
        );
        assert_eq!(
            view.as_slice().unwrap().len(),
            S::NUMEL,
            "{name} is contiguous"
        );
    }

    /// A temp dir of this test process, removed when dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(tag: &str) -> Self {
            let dir =
                std::env::temp_dir().join(format!("tensorial-mmap-{tag}-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            Self(dir)
        }

        fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
            let path = self.0.join(name);
            std::fs::write(&path, bytes).unwrap();
            path
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/io")
            .join(name)
    }

    /// Maps `path`; the tests never change a file while it is mapped.
    fn map(
        path: &Path,
    ) -> Result<Safetensors<std::io::Cursor<tensorial::io::safetensors::MappedFile>>, Error> {
        // SAFETY: files of this test's own temp dir or committed fixtures, unchanged while mapped.
        unsafe { Safetensors::map(path) }
    }

    #[test]
    fn python_fixtures_mapped_equal_the_reading_path() {
        let path = fixture("st_dtypes.safetensors");
        let mut st = map(&path).unwrap();
        let mut read = Safetensors::open(&path).unwrap();
        assert_eq!(st.tensors(), read.tensors());
        assert_eq!(st.metadata(), read.metadata());
        view_equals_read::<_, f32, Rank2<3, 4>>(&mut st, "f32");
        view_equals_read::<_, f64, Rank3<2, 3, 2>>(&mut st, "f64");
        view_equals_read::<_, i8, Rank1<7>>(&mut st, "i8");
        view_equals_read::<_, i16, Rank2<2, 5>>(&mut st, "i16");
        view_equals_read::<_, i32, Rank1<4>>(&mut st, "i32");
        view_equals_read::<_, i64, Rank2<2, 2>>(&mut st, "i64");
        view_equals_read::<_, u8, Rank2<2, 3>>(&mut st, "u8");
        view_equals_read::<_, u16, Rank1<3>>(&mut st, "u16");
        view_equals_read::<_, u32, Rank1<2>>(&mut st, "u32");
        view_equals_read::<_, u64, Rank1<2>>(&mut st, "u64");
        view_equals_read::<_, bool, Rank2<2, 3>>(&mut st, "bool");
        view_equals_read::<_, f32, Rank0>(&mut st, "scalar");
        view_equals_read::<_, f32, Rank1<4>>(&mut st, "special"); // NaN compared as text
        view_equals_read::<_, f32, Rank2<0, 3>>(&mut st, "empty");
        let f32s = read.tensor::<f32, Rank2<3, 4>>("f32").unwrap();
        assert_eq!(st.view::<f32, Rank2<3, 4>>("f32").unwrap(), f32s);
        let err = st.view::<f32, Rank1<2>>("f16").unwrap_err();
        assert_eq!(
            err.to_string(),
            "array `f16`: expected f32 of shape (2,), found f16 of shape (2,)"
        );
        assert_eq!(st.info("u8").unwrap().dtype, Some(DType::U8));
        let small = fixture("st_small.safetensors");
        let st = map(&small).unwrap();
        let w = Safetensors::open(&small)
            .unwrap()
            .tensor::<f32, Rank2<2, 3>>("w")
            .unwrap();
        assert_eq!(st.view::<f32, Rank2<2, 3>>("w").unwrap(), w);
        assert_eq!(st.into_inner().get_ref().len(), 160);
    }

    #[test]
    fn mapped_misaligned_files_load_by_copy_and_bad_files_are_errors() {
        let dir = TempDir::new("misaligned");
        let path = dir.write("pad1.safetensors", &file_with_header_padding(1));
        let mut st = map(&path).unwrap();
        let err = st.view::<f32, Rank2<3, 5>>("w").unwrap_err();
        assert!(err.to_string().contains("not aligned to 4 bytes"), "{err}");
        let w = st.tensor::<f32, Rank2<3, 5>>("w").unwrap();
        assert_eq!(w, Tensor::<f32, Rank2<3, 5>>::arange());
        assert_eq!(
            st.view::<bool, Rank1<3>>("b").unwrap(),
            tensor![true, false, true]
        );

        let empty = dir.write("empty.safetensors", b"");
        let err = map(&empty).unwrap_err();
        assert!(err.to_string().contains("too short"), "{err}");
        let err = map(&dir.0.join("missing.safetensors")).unwrap_err();
        assert!(matches!(err, Error::Io(_)), "{err}");
    }

    #[test]
    fn a_large_mapped_tensor_is_a_view_of_the_file() {
        let dir = TempDir::new("large");
        let x = Tensor::<f32, Rank2<500, 784>, Heap>::from_fn(|[i, j]| (i * 784 + j) as f32);
        let path = dir.0.join("large.safetensors");
        SafetensorsWriter::new()
            .add("x", &x)
            .unwrap()
            .save(&path)
            .unwrap();
        let st = map(&path).unwrap();
        let v = st.view::<f32, Rank2<500, 784>>("x").unwrap();
        assert_eq!(v, x);
        let naive: f64 = (0..500 * 784).map(|i| i as f64).sum();
        assert!((f64::from(v.sum()) - naive).abs() / naive < 1e-5);
        assert_eq!(v.sum_axis::<0>(), x.sum_axis::<0>());
    }
}
