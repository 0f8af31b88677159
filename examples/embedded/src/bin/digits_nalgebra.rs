//! The digits inference with nalgebra, for the figures.
#![no_std]
#![no_main]

tensorial_embedded::entry!(digits_nalgebra);

fn digits_nalgebra() -> i32 {
    tensorial_embedded::digits::run_with(tensorial_embedded::nalgebra_versions::digits_classify)
}
