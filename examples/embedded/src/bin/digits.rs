//! Classifies the carried test digits with the weights in flash.
#![no_std]
#![no_main]

tensorial_embedded::entry!(tensorial_embedded::digits::run);
