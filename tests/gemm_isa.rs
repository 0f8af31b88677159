//! Large matrix products on every instruction set this CPU has, forced one after the other
//! with `math::set_isa` (the packed GEMM follows it): AVX-512F, AVX2 + FMA and the portable
//! path each match naive loops. Its own test binary, since `set_isa` is process-wide.
use tensorial::ops::kernel::math::{self, Isa};
use tensorial::{Heap, Rank2, SeededRng, Tensor};

/// `a · b` by the textbook triple loop, in f64.
fn naive<const M: usize, const K: usize, const N: usize>(a: &[f64], b: &[f64]) -> Vec<f64> {
    let mut c = vec![0.0; M * N];
    for i in 0..M {
        for j in 0..N {
            c[i * N + j] = (0..K).map(|p| a[i * K + p] * b[p * N + j]).sum();
        }
    }
    c
}

macro_rules! check {
    ($t:ty, $m:literal, $k:literal, $n:literal, $tol:expr, $rng:expr, $isa:expr) => {{
        let a = Tensor::<$t, Rank2<$m, $k>, Heap>::uniform(&mut $rng, -1.0, 1.0);
        let b = Tensor::<$t, Rank2<$k, $n>, Heap>::uniform(&mut $rng, -1.0, 1.0);
        let wide = |x: &[$t]| x.iter().map(|&v| f64::from(v)).collect::<Vec<f64>>();
        let want = naive::<$m, $k, $n>(&wide(a.as_slice()), &wide(b.as_slice()));
        let c = a.matmul(&b);
        for (x, (&got, &want)) in c.as_slice().iter().zip(&want).enumerate() {
            let err = (f64::from(got) - want).abs();
            assert!(
                err <= $tol,
                "{:?} {}: element {x}: {got} vs {want}",
                $isa,
                stringify!($t)
            );
        }
    }};
}

#[test]
fn every_isa_computes_the_same_products() {
    let mut rng = SeededRng::new(41);
    for isa in Isa::ALL.into_iter().filter(|isa| isa.is_available()) {
        math::set_isa(Some(isa));
        assert_eq!(math::active_isa(), isa);
        // Odd sizes: edge tiles on every side; 97·131·75 multiply-adds take the packed GEMM
        // (packing both operands).
        check!(f32, 97, 131, 75, 1e-4, rng, isa);
        check!(f64, 97, 131, 75, 1e-12, rng, isa);
        check!(f32, 64, 784, 128, 1e-4, rng, isa);
        // Up to 64³: the direct (unpacked) path on AVX-512, with edge tiles on both sides.
        check!(f32, 64, 64, 64, 1e-4, rng, isa);
        check!(f64, 64, 64, 64, 1e-12, rng, isa);
        check!(f32, 37, 41, 53, 1e-4, rng, isa);
        check!(f64, 37, 41, 53, 1e-12, rng, isa);
        check!(f64, 64, 784, 128, 1e-12, rng, isa);
    }
    math::set_isa(None);
}
