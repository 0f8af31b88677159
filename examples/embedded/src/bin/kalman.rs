//! Runs the Kalman filter over the synthetic track.
#![no_std]
#![no_main]

tensorial_embedded::entry!(tensorial_embedded::kalman::run);
