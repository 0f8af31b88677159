//! Backward rules, one file per op family (mirroring `ops/`).

pub(super) mod arith;
pub(super) mod index;
pub(super) mod join;
mod linalg;
mod nn;
mod numpy_slice;
mod reduce;
mod shape;
mod stats;
mod unary;
