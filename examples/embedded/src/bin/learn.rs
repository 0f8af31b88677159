//! Trains the small network on the device.
#![no_std]
#![no_main]

tensorial_embedded::entry!(tensorial_embedded::learn::run);
