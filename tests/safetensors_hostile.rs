//! Hostile safetensors input: deterministic single-byte mutations and truncations of files the
//! Python package wrote never panic, and never make the loader allocate more than a small
//! bound, whatever the header claims.

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
    let Ok(mut st) = Safetensors::from_bytes(bytes) else {
        return false;
    };
    for t in st.tensors() {
        let _ = (t.dtype, t.shape.iter().sum::<usize>(), t.data_offsets);
    }
    let _ = (st.metadata().len(), st.names().count());
    let _ = st.tensor::<f32, Rank2<2, 3>>("w");
    let _ = st.tensor::<i64, Rank1<2>>("b");
    let _ = st.tensor::<f32, Rank2<3, 4>>("f32");
    let _ = st.tensor::<f64, Rank3<2, 3, 2>>("f64");
    let _ = st.tensor::<i8, Rank1<7>>("i8");
    let _ = st.tensor::<i16, Rank2<2, 5>>("i16");
    let _ = st.tensor::<u64, Rank1<2>>("u64");
    let _ = st.tensor::<bool, Rank2<2, 3>>("bool");
    let _ = st.tensor::<f32, Rank0>("scalar");
    let _ = st.tensor::<f32, Rank2<0, 3>>("empty");
    let _ = st.tensor::<f32, Rank1<2>>("f16");
    true
}

/// Bytes written over each position: bit flips and the bytes JSON and lengths turn on.
fn replacements(original: u8) -> impl Iterator<Item = u8> {
    let flips = (0..8).map(move |bit| original ^ (1 << bit));
    let specials = *b"\x00\xff\"{}[],:09-\\ \x80";
    flips.chain(specials).filter(move |&b| b != original)
}

#[test]
fn mutations_and_truncations_never_panic_or_allocate_without_bound() {
    let mut tried = 0;
    let mut accepted = 0;
    for seed in [SMALL, DTYPES] {
        assert!(exercise(seed), "the unmutated seed loads");
        let mut run = |bytes: &[u8], what: &str| {
            let outcome = catch_unwind(AssertUnwindSafe(|| exercise(bytes)));
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
    println!(
        "{tried} mutated files, {accepted} accepted, largest allocation {} bytes",
        LARGEST.load(Ordering::Relaxed)
    );
    assert!(tried >= 10_000, "{tried} mutations");
    // Mutated data bytes keep a valid file; mutated header bytes mostly do not.
    assert!(
        accepted > 1000 && accepted < tried / 2,
        "{accepted} of {tried} accepted"
    );
    let largest = LARGEST.load(Ordering::Relaxed);
    assert!(largest < 1 << 20, "an allocation of {largest} bytes");
}
