// `1..-1` on 10 rows takes 8; a wrong annotation does not compile.
use tensorial::prelude::*;

fn main() {
    let z = Tensor::<u8, Rank2<10, 10>>::zeros();
    let _inner: View<'_, u8, Rank2<7, 8>> = s!(z[1..-1, 1..-1]);
}
