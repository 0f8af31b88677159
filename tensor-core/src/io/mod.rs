//! Getting tensors in and out of the program: files, and Rust source for weights in flash.

pub mod rust_source;
