//! Backward rules, one file per op family (mirroring `ops/`).

pub(super) mod arith;
mod index;
mod linalg;
mod nn;
mod reduce;
mod shape;
mod stats;
mod unary;
