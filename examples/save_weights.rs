//! Save a small model's weights as safetensors and load them back by name, shapes checked.
//!
//! ```text
//! cargo run --example save_weights [-- PATH]
//! ```
//!
//! Python reads the file: `safetensors.numpy.load_file(PATH)` (scripts/
//! check_safetensors_python.py runs this example and checks every value).

use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
use tensorial::prelude::*;

fn main() -> Result<(), tensorial::io::Error> {
    let path = std::env::args().nth(1).map_or_else(
        || std::env::temp_dir().join("tensorial-weights.safetensors"),
        Into::into,
    );

    // Values by formula of the flat index, so another program can check them.
    let w1 = Tensor::<f32, Rank2<784, 16>, Heap>::from_fn(|[i, j]| (i * 16 + j) as f32 * 0.5 - 1.0);
    let b1 = Tensor::<f64, Rank1<16>>::from_fn(|[i]| i as f64 * 0.25);
    let mask = Tensor::<bool, Rank2<2, 3>>::from_fn(|[i, j]| (i * 3 + j) % 3 == 0);
    let step = Tensor::<i64, Rank0>::scalar(-42);

    let mut out = SafetensorsWriter::new();
    out.add("fc1.weight", &w1)?.add("fc1.bias", &b1)?;
    out.add("mask", &mask)?.add("step", &step)?;
    out.metadata("format", "np")
        .metadata("written_by", "tensorial");
    out.save(&path)?;
    println!("wrote {}", path.display());

    let mut st = Safetensors::open(&path)?;
    for t in st.tensors() {
        println!("  {:<12} {:<4} {:?}", t.name, t.dtype_name, t.shape);
    }
    let w = st.tensor::<f32, Rank2<784, 16>>("fc1.weight")?;
    assert_eq!(w, w1);
    // A shape the file does not hold is an error naming both shapes.
    let err = st.tensor::<f32, Rank2<16, 784>>("fc1.weight").unwrap_err();
    println!("{err}");
    Ok(())
}
