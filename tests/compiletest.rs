//! UI tests: programs that must not compile, with the error a user sees, and programs that must.
//!
//! The `.stderr` snapshots under `tests/ui/fail/` are written for rustc 1.95.0, the compiler
//! pinned in `rust-toolchain.toml`; another compiler version may word or lay out errors
//! differently. After a deliberate change to a diagnostic, regenerate them with
//!
//! ```text
//! TRYBUILD=overwrite cargo test --test compiletest
//! ```
//!
//! and read every changed `.stderr` before committing it.
//!
//! The pass cases sit in the same `TestCases` so that trybuild runs `cargo build` rather than
//! `cargo check`, which also surfaces errors raised only at monomorphization.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
