//! The package that holds tensorial's criterion benches (`[[bench]]` targets beside this file).
//! Run them through `benches/run_all.sh` or a `benches/run_*.sh` script: each runs the Rust bench
//! beside its NumPy/PyTorch anchor in the same run and prints the ratios.
