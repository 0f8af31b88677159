//! Freestanding programs on tensorial: `#![no_std]`, no allocator, no libc. Each program is a
//! binary in `src/bin/` that names its `run` function in [`entry!`]; the algorithms are plain
//! functions over inline tensors, the platform is `rt`.
//!
//! - [`digits`]: the digits MLP trained on the host, its weights `static` tensors in flash.
//! - [`kalman`]: a constant-velocity Kalman filter over a synthetic noisy track.
//! - [`learn`]: a 2-16-2 network trained on the device, gradients from `einsum!` pullbacks.
#![no_std]

pub mod digits;
pub mod kalman;
pub mod learn;
#[cfg(feature = "nalgebra")]
pub mod nalgebra_versions;
pub mod out;
pub mod rt;
