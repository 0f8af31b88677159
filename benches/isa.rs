//! Prints the instruction-set level and thread count this build sees at run time, as the
//! crate's kernels choose them (`is_x86_feature_detected!`, `parallel::max_threads`), for the
//! header of `docs/benchmarks.md` (`benches/run_all.sh` runs `cargo bench --bench isa`).

fn main() {
    println!("- ISA detected at run time: {}", isa());
    println!(
        "- threads used by big operations: {} (`TENSORIAL_NUM_THREADS` = {})",
        tensorial::parallel::max_threads(),
        std::env::var("TENSORIAL_NUM_THREADS").unwrap_or_else(|_| "unset".into())
    );
}

#[cfg(target_arch = "x86_64")]
fn isa() -> String {
    let level = if is_x86_feature_detected!("avx512f")
        && is_x86_feature_detected!("avx512bw")
        && is_x86_feature_detected!("avx512vl")
    {
        "AVX-512 (x86-64-v4)"
    } else if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
        "AVX2 + FMA (x86-64-v3)"
    } else {
        "SSE2 (x86-64 baseline)"
    };
    let flags = [
        ("avx512f", is_x86_feature_detected!("avx512f")),
        ("avx512bw", is_x86_feature_detected!("avx512bw")),
        ("avx512vl", is_x86_feature_detected!("avx512vl")),
        ("avx2", is_x86_feature_detected!("avx2")),
        ("fma", is_x86_feature_detected!("fma")),
    ];
    let present: Vec<&str> = flags.iter().filter(|f| f.1).map(|f| f.0).collect();
    format!("{level}; flags: {}", present.join(", "))
}

#[cfg(not(target_arch = "x86_64"))]
fn isa() -> String {
    format!("{} (no x86 run-time dispatch)", std::env::consts::ARCH)
}
