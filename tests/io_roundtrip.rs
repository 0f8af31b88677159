//! Tensors written by the crate load back bit for bit, big-endian files decode as a naive
//! byte-reversal says, and `scripts/check_npy_roundtrip.py` reads the files the last test
//! writes with NumPy (`TENSORIAL_IO_OUT=DIR` keeps them in `DIR`).

use tensorial::io::npy::Header;
use tensorial::io::{ByteOrder, IoElem};
use tensorial::prelude::*;

/// Random bits as a value of each element type (every bit pattern, NaNs included).
trait FromBits: IoElem {
    fn from_bits(bits: u64) -> Self;
    /// The value's little-endian bytes (the naive reference of the encoders).
    fn le_bytes(self) -> Vec<u8>;
}

macro_rules! from_bits {
    ($($t:ty: $bits:expr;)*) => {$(
        impl FromBits for $t {
            fn from_bits(bits: u64) -> Self {
                let f: fn(u64) -> $t = $bits;
                f(bits)
            }
            fn le_bytes(self) -> Vec<u8> {
                self.to_le_bytes().to_vec()
            }
        }
    )*};
}

#[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)]
mod bits {
    use super::FromBits;
    from_bits! {
        i8: |b| b as i8; i16: |b| b as i16; i32: |b| b as i32; i64: |b| b as i64;
        u8: |b| b as u8; u16: |b| b as u16; u32: |b| b as u32; u64: |b| b;
        f32: |b| f32::from_bits(b as u32); f64: f64::from_bits;
    }
}

impl FromBits for bool {
    fn from_bits(bits: u64) -> Self {
        bits & 1 == 1
    }
    fn le_bytes(self) -> Vec<u8> {
        vec![u8::from(self)]
    }
}

fn random<T: FromBits, S: Shape, K: Kind>(rng: &mut SeededRng) -> Tensor<T, S, K> {
    let mut t = Tensor::<T, S, K>::default();
    t.iter_mut().for_each(|v| *v = T::from_bits(rng.next_u64()));
    t
}

/// Bit-exact comparison (NaN payloads included) through the little-endian bytes.
fn same_bits<T: FromBits>(a: &[T], b: &[T]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.le_bytes() == y.le_bytes())
}

fn check_type<T: FromBits>(rng: &mut SeededRng) {
    let x = random::<T, Rank3<3, 5, 7>, Inline>(rng);
    // Written bytes: the header, then each element's little-endian bytes (naive reference).
    let bytes = x.to_npy_bytes();
    let expected: Vec<u8> = x.iter().flat_map(|v| v.le_bytes()).collect();
    assert_eq!(&bytes[bytes.len() - expected.len()..], &expected[..]);
    let back = Tensor::<T, Rank3<3, 5, 7>, Heap>::from_npy_bytes(&bytes).unwrap();
    assert!(same_bits(back.as_slice(), x.as_slice()));
    // A big-endian file: the same header with '>' and every element's bytes reversed.
    let header = Header {
        byte_order: ByteOrder::Big,
        ..Header::read_from(&mut &bytes[..]).unwrap()
    };
    let mut be = header.to_bytes();
    be.extend(x.iter().flat_map(|v| v.le_bytes().into_iter().rev()));
    let back = Tensor::<T, Rank3<3, 5, 7>>::from_npy_bytes(&be).unwrap();
    assert!(
        same_bits(back.as_slice(), x.as_slice()),
        "big-endian {:?}",
        T::DTYPE
    );
}

#[test]
fn random_tensors_round_trip_bit_for_bit_in_both_byte_orders() {
    let mut rng = SeededRng::new(10);
    for _ in 0..4 {
        check_type::<bool>(&mut rng);
        check_type::<i8>(&mut rng);
        check_type::<i16>(&mut rng);
        check_type::<i32>(&mut rng);
        check_type::<i64>(&mut rng);
        check_type::<u8>(&mut rng);
        check_type::<u16>(&mut rng);
        check_type::<u32>(&mut rng);
        check_type::<u64>(&mut rng);
        check_type::<f32>(&mut rng);
        check_type::<f64>(&mut rng);
    }
}

#[test]
fn big_heap_tensors_cross_read_chunks() {
    // 3 MB: several 1 MiB read chunks, through a file, and a byte-swapped copy.
    let mut rng = SeededRng::new(11);
    let x = random::<f32, Rank2<1000, 750>, Heap>(&mut rng);
    let path = std::env::temp_dir().join(format!("tensorial-io-big-{}.npy", std::process::id()));
    x.write_npy(&path).unwrap();
    let back = Tensor::<f32, Rank2<1000, 750>, Heap>::read_npy(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert!(same_bits(back.as_slice(), x.as_slice()));
}

/// The script's per-item-size scale of integer values (as `tests/io_fixtures.rs`).
fn scaled(i: usize, size: usize, signed: bool) -> i128 {
    let scale = [37, 4099, 16_777_259, 1_099_511_627_791][size.trailing_zeros() as usize];
    let i = i as i128;
    if signed { (i - 2) * scale } else { i * scale }
}

/// Writes the files `scripts/check_npy_roundtrip.py` checks with NumPy (values as in
/// `scripts/gen_io_fixtures.py`), and reads them back.
#[test]
fn files_for_numpy() {
    let dir = std::env::var_os("TENSORIAL_IO_OUT").map_or_else(
        || std::env::temp_dir().join(format!("tensorial-io-out-{}", std::process::id())),
        std::path::PathBuf::from,
    );
    std::fs::create_dir_all(&dir).unwrap();
    macro_rules! write_dtype {
        ($($t:ty, $code:literal, $value:expr;)*) => {$(
            let value: fn(usize) -> $t = $value;
            let x = Tensor::<$t, Rank2<2, 3>>::from_fn(|[r, c]| value(r * 3 + c));
            let path = dir.join(concat!($code, ".npy"));
            x.write_npy(&path).unwrap();
            assert_eq!(Tensor::<$t, Rank2<2, 3>>::read_npy(&path).unwrap(), x);
        )*};
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    {
        write_dtype! {
            bool, "b1", |i| i % 3 == 0;
            i8, "i1", |i| scaled(i, 1, true) as i8;
            i16, "i2", |i| scaled(i, 2, true) as i16;
            i32, "i4", |i| scaled(i, 4, true) as i32;
            i64, "i8", |i| scaled(i, 8, true) as i64;
            u8, "u1", |i| scaled(i, 1, false) as u8;
            u16, "u2", |i| scaled(i, 2, false) as u16;
            u32, "u4", |i| scaled(i, 4, false) as u32;
            u64, "u8", |i| scaled(i, 8, false) as u64;
            f32, "f4", |i| (i as f32 - 2.5) * 0.5;
            f64, "f8", |i| (i as f64 - 2.5) * 0.5;
        }
    }
    let rank6 = Tensor::<u16, Rank6<1, 2, 1, 3, 1, 2>>::arange();
    rank6.write_npy(dir.join("rank6_u2.npy")).unwrap();
    Tensor::<f64, ()>::full(7.5)
        .write_npy(dir.join("scalar_f8.npy"))
        .unwrap();
    Tensor::<f32, Rank2<0, 3>>::zeros()
        .write_npy(dir.join("empty_f4.npy"))
        .unwrap();
    let big = Tensor::<f32, Rank2<100, 100>, Heap>::from_fn(|[r, c]| (r * 100 + c) as f32 * 0.25);
    big.write_npy(dir.join("big_f4.npy")).unwrap();
    #[cfg(feature = "npz")]
    {
        use tensorial::io::npz::{Npz, NpzWriter};
        let a = Tensor::<i64, Rank2<2, 3>>::from_fn(|[r, c]| scaled(r * 3 + c, 8, true) as i64);
        let b = Tensor::<bool, Rank2<2, 3>>::from_fn(|[r, c]| (r * 3 + c) % 3 == 0);
        let labels = Tensor::<u8, Rank1<10>>::from_fn(|[i]| u8::try_from(i * 37 % 256).unwrap());
        let mut out = NpzWriter::create(dir.join("savez.npz")).unwrap();
        out.add("a", &a).unwrap();
        out.add("b", &b).unwrap();
        out.add("s", &Tensor::<f64, ()>::full(7.5)).unwrap();
        out.finish().unwrap();
        let mut out = NpzWriter::create_compressed(dir.join("savez_compressed.npz")).unwrap();
        out.add("w", &big).unwrap();
        out.add("labels", &labels).unwrap();
        out.finish().unwrap();
        let mut npz = Npz::open(dir.join("savez.npz")).unwrap();
        assert_eq!(npz.tensor::<i64, Rank2<2, 3>>("a").unwrap(), a);
        assert_eq!(npz.tensor::<bool, Rank2<2, 3>>("b").unwrap(), b);
        let mut npz = Npz::open(dir.join("savez_compressed.npz")).unwrap();
        assert_eq!(npz.tensor::<f32, Rank2<100, 100>>("w").unwrap(), big);
        assert_eq!(npz.tensor::<u8, Rank1<10>>("labels").unwrap(), labels);
    }
    if std::env::var_os("TENSORIAL_IO_OUT").is_none() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
