//! Backward rules, one file per op family (mirroring `ops/`).

pub(super) mod arith;
mod linalg;
mod nn;
mod reduce;
mod unary;
