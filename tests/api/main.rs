//! The API test suite in one test binary: one module per family (broadcasting, reductions,
//! views, einsum, autodiff, …), each against naive references on random inputs.
//!
//! One binary instead of one per file: each test binary links the whole crate, and the shared
//! generic instantiations compile once, which keeps a cold `cargo test --workspace` short.
//! Tests that change process-wide state (the global allocator, the thread cap) and the slow or
//! specially-run suites keep their own binaries in `tests/`.

#[path = "../common/mod.rs"]
mod common;

mod autodiff;
mod broadcast;
mod construct;
mod create;
mod einsum;
mod einsum_edges;
mod einsum_oracle;
mod elementwise;
mod format;
mod gather;
mod generic;
mod init;
mod inline_cap;
mod linalg;
mod optim;
mod overwrite;
mod papercuts;
mod reduce;
mod shape_ops;
mod slicing;
mod small_inline;
mod sort;
mod view_axes;
mod view_math;
mod views;
mod windows;
