// Input that is not a literal at all must be a compile error, not a proc-macro panic.
use tensorial::prelude::*;

fn main() {
    let _x = tensor![1, 2; 3, 4];
}
