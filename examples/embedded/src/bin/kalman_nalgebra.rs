//! The Kalman filter with nalgebra, for the figures.
#![no_std]
#![no_main]

tensorial_embedded::entry!(
    tensorial_embedded::kalman::run_with::<tensorial_embedded::nalgebra_versions::NBelief>
);
