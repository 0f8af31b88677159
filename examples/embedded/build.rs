//! Links the programs without the C runtime or libc: `_start` is ours (`src/rt.rs`), and
//! nothing else may be pulled in. Only for the x86-64 Linux host; a Cortex-M build takes its
//! linker script from its runtime crate instead.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if os == "linux" && arch == "x86_64" {
        for arg in ["-nostartfiles", "-nostdlib", "-static"] {
            println!("cargo:rustc-link-arg-bins={arg}");
        }
    }
}
