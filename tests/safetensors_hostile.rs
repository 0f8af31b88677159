//! Hostile safetensors input: deterministic single-byte mutations and truncations of files the
//! Python package wrote never panic, and never make the loader allocate more than a small
//! bound, whatever the header claims; read from bytes, and (feature `mmap`) mapped from files.

use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::Ordering;
use tensorial::io::safetensors::Safetensors;
use tensorial::prelude::*;

#[path = "common/peak_alloc.rs"]
mod peak_alloc;
use peak_alloc::{LARGEST, PeakAlloc};

#[global_allocator]
static GLOBAL: PeakAlloc = PeakAlloc;

const SMALL: &[u8] = include_bytes!("data/io/st_small.safetensors");
const DTYPES: &[u8] = include_bytes!("data/io/st_dtypes.safetensors");

/// Opens `bytes`, lists it, and loads every tensor the seed file holds with its true type.
/// Returns whether the header was accepted.
fn exercise(bytes: &[u8]) -> bool {
    Safetensors::from_bytes(bytes).is_ok_and(load_all)
}

/// Lists `st`, then loads every tensor the seed files hold with its true type, copied and
/// viewed. Returns `true`.
fn load_all<B: AsRef<[u8]>>(mut st: Safetensors<Cursor<B>>) -> bool {
    for t in st.tensors() {
        let _ = (t.dtype, t.shape.iter().sum::<usize>(), t.data_offsets);
    }
    let _ = (st.metadata().len(), st.names().count());
    macro_rules! load {
        ($($T:ty, $S:ty, $name:literal;)*) => {$(
            let _ = st.tensor::<$T, $S>($name);
            if let Ok(v) = st.view::<$T, $S>($name) {
                let _ = v.iter().count();
            }
        )*};
    }
    load! {
        f32, Rank2<2, 3>, "w";
        i64, Rank1<2>, "b";
        f32, Rank2<3, 4>, "f32";
        f64, Rank3<2, 3, 2>, "f64";
        i8, Rank1<7>, "i8";
        i16, Rank2<2, 5>, "i16";
        u64, Rank1<2>, "u64";
        bool, Rank2<2, 3>, "bool";
        f32, Rank0, "scalar";
        f32, Rank2<0, 3>, "empty";
        f32, Rank1<2>, "f16";
    }
    true
}

/// Bytes written over each position: bit flips and the bytes JSON and lengths turn on.
fn replacements(original: u8) -> impl Iterator<Item = u8> {
    let flips = (0..8).map(move |bit| original ^ (1 << bit));
    let specials = *b"\x00\xff\"{}[],:09-\\ \x80";
    flips.chain(specials).filter(move |&b| b != original)
}

/// Runs `load` on every truncation and single-byte mutation of the seed files; returns the
/// number of files tried and accepted. A panic fails the test, naming the mutation.
fn mutations(mut load: impl FnMut(&[u8]) -> bool) -> (usize, usize) {
    let mut tried = 0;
    let mut accepted = 0;
    for seed in [SMALL, DTYPES] {
        assert!(load(seed), "the unmutated seed loads");
        let mut run = |bytes: &[u8], what: &str| {
            let outcome = catch_unwind(AssertUnwindSafe(|| load(bytes)));
            let ok = outcome.unwrap_or_else(|_| panic!("panicked on {what}"));
            tried += 1;
            accepted += usize::from(ok);
        };
        for len in 0..seed.len() {
            run(&seed[..len], &format!("truncation to {len} bytes"));
        }
        let mut bytes = seed.to_vec();
        for pos in 0..seed.len() {
            for b in replacements(seed[pos]) {
                bytes[pos] = b;
                run(&bytes, &format!("byte {pos} = {b:#04x}"));
            }
            bytes[pos] = seed[pos];
        }
    }
    (tried, accepted)
}

/// Checks the counts of [`mutations`]: at least 10 000 files, mutated data bytes kept valid
/// files and mutated header bytes mostly did not.
fn check_counts(tried: usize, accepted: usize) {
    assert!(tried >= 10_000, "{tried} mutations");
    assert!(
        accepted > 1000 && accepted < tried / 2,
        "{accepted} of {tried} accepted"
    );
}

#[test]
fn mutations_and_truncations_never_panic_or_allocate_without_bound() {
    let (tried, accepted) = mutations(exercise);
    println!(
        "{tried} mutated files, {accepted} accepted, largest allocation {} bytes",
        LARGEST.load(Ordering::Relaxed)
    );
    check_counts(tried, accepted);
    let largest = LARGEST.load(Ordering::Relaxed);
    assert!(largest < 1 << 20, "an allocation of {largest} bytes");
}

/// The same mutations written to files of a temp dir of this test and memory-mapped.
#[cfg(feature = "mmap")]
#[test]
fn mapped_mutations_and_truncations_never_panic() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("tensorial-mmap-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mutated.safetensors");
    let (tried, accepted) = mutations(|bytes| {
        // Overwritten in place, not truncated first: ext4 flushes a file truncated to 0 and
        // rewritten when it is closed, which would make this test wait on the disk.
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(false)
            .open(&path)
            .unwrap();
        file.write_all(bytes).unwrap();
        file.set_len(bytes.len() as u64).unwrap();
        drop(file);
        // SAFETY: the file is this test's own, rewritten only after the mapping is dropped.
        unsafe { Safetensors::map(&path) }.is_ok_and(load_all)
    });
    std::fs::remove_dir_all(&dir).unwrap();
    println!("{tried} mutated files mapped, {accepted} accepted");
    check_counts(tried, accepted);
}
