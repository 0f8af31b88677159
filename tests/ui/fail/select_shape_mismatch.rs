// np.where(mask, a, b) with a branch whose shape does not broadcast with the mask.
use tensorial::prelude::*;

fn main() {
    let x = tensor![[-1.0, 2.0, -3.0], [4.0, -5.0, 6.0]];
    let fallback = tensor![0.0, 0.0];
    let _relu = x.gt(0.0).select(&x, &fallback);
}
