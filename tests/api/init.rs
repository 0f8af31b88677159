//! The weight initialisers, statistically: over 131 072 draws, the mean, the variance, the
//! range (uniform) and the mass within one standard deviation (normal) match the distribution
//! each promises, with fan-in and fan-out read from the weight's type.

use tensorial::prelude::*;

/// The sample's mean, variance (about the true mean 0), largest magnitude and the fraction of
/// values within `sigma` of 0.
fn stats(values: impl Iterator<Item = f64>, sigma: f64) -> (f64, f64, f64, f64) {
    let (mut n, mut sum, mut sq, mut max, mut inside) = (0.0, 0.0, 0.0, 0.0_f64, 0.0);
    for v in values {
        n += 1.0;
        sum += v;
        sq += v * v;
        max = max.max(v.abs());
        if v.abs() < sigma {
            inside += 1.0;
        }
    }
    (sum / n, sq / n, max, inside / n)
}

/// Checks a sample against a zero-mean distribution of variance `var`: the mean within 5
/// standard errors, the variance within 5 standard errors of the sample variance
/// (`var·√((κ − 1)/n)`, κ the kurtosis: 1.8 uniform, 3 normal).
fn check(values: &[f64], var: f64, uniform: bool) {
    let n = values.len() as f64;
    let sigma = var.sqrt();
    let (mean, got_var, max, inside) = stats(values.iter().copied(), sigma);
    assert!(
        mean.abs() < 5.0 * sigma / n.sqrt(),
        "mean {mean}, σ {sigma}"
    );
    let kurtosis: f64 = if uniform { 1.8 } else { 3.0 };
    let var_tol = 5.0 * var * ((kurtosis - 1.0) / n).sqrt();
    assert!(
        (got_var - var).abs() < var_tol,
        "variance {got_var}, want {var} ± {var_tol}"
    );
    if uniform {
        // U(−a, a): a = σ√3; P(|x| < σ) = 1/√3.
        let a = sigma * 3f64.sqrt();
        assert!(max <= a && max > 0.999 * a, "max |w| {max}, bound {a}");
        assert!((inside - 1.0 / 3f64.sqrt()).abs() < 0.01, "{inside}");
    } else {
        // N(0, σ²): P(|x| < σ) = erf(1/√2) = 0.6827; tails beyond 4σ exist but are rare.
        assert!((inside - 0.682_689_5).abs() < 0.01, "{inside}");
        assert!(
            max > 3.5 * sigma && max < 6.0 * sigma,
            "max |w| {max}, σ {sigma}"
        );
    }
}

fn f64s<T: tensorial::Elem + Into<f64>, S: Shape, K: tensorial::Kind>(
    t: &Tensor<T, S, K>,
) -> Vec<f64> {
    t.iter().map(|&v| v.into()).collect()
}

type Tall = Rank2<512, 256>;
type Wide = Rank2<256, 512>;

/// One initialiser: drawn as an `f64` tall weight and an `f32` wide one, with the variance
/// each should have. He reads fan-in, the first axis, so tall and wide differ there.
struct Case {
    name: &'static str,
    tall: fn(&mut SeededRng) -> Tensor<f64, Tall, Heap>,
    wide: fn(&mut SeededRng) -> Tensor<f32, Wide, Heap>,
    var: (f64, f64),
    uniform: bool,
}

#[test]
fn distributions_match_their_definitions() {
    let xavier = 2.0 / (512.0 + 256.0);
    let cases = [
        Case {
            name: "xavier_uniform",
            tall: Tensor::xavier_uniform,
            wide: Tensor::xavier_uniform,
            var: (xavier, xavier),
            uniform: true,
        },
        Case {
            name: "xavier_normal",
            tall: Tensor::xavier_normal,
            wide: Tensor::xavier_normal,
            var: (xavier, xavier),
            uniform: false,
        },
        Case {
            name: "kaiming_uniform",
            tall: Tensor::kaiming_uniform,
            wide: Tensor::kaiming_uniform,
            var: (2.0 / 512.0, 2.0 / 256.0),
            uniform: true,
        },
        Case {
            name: "kaiming_normal",
            tall: Tensor::kaiming_normal,
            wide: Tensor::kaiming_normal,
            var: (2.0 / 512.0, 2.0 / 256.0),
            uniform: false,
        },
    ];
    for (seed, case) in (1..).zip(cases) {
        let rng = &mut SeededRng::new(seed);
        eprintln!("{}", case.name);
        check(&f64s(&(case.tall)(rng)), case.var.0, case.uniform);
        check(&f64s(&(case.wide)(rng)), case.var.1, case.uniform);
    }
}

/// A seed determines the weights, whatever the storage kind; another seed changes them.
#[test]
fn seeded_and_storage_independent() {
    let a = Tensor::<f32, Rank2<64, 32>>::kaiming_uniform(&mut SeededRng::new(7));
    let b = Tensor::<f32, Rank2<64, 32>, Heap>::kaiming_uniform(&mut SeededRng::new(7));
    let c = Tensor::<f32, Rank2<64, 32>>::kaiming_uniform(&mut SeededRng::new(8));
    assert_eq!(a, b);
    assert_ne!(a, c);
    // Same stream as `uniform` with the He bound √(6/64).
    let bound = (6.0_f32 / 64.0).sqrt();
    let u = Tensor::<f32, Rank2<64, 32>>::uniform(&mut SeededRng::new(7), -bound, bound);
    assert_eq!(a, u);
}

/// Empty axes give an empty weight, not a division by zero.
#[test]
fn empty_weights() {
    let w = Tensor::<f64, Rank2<0, 4>>::xavier_normal(&mut SeededRng::new(0));
    assert!(w.is_empty());
    let w = Tensor::<f64, Rank2<3, 0>>::kaiming_uniform(&mut SeededRng::new(0));
    assert!(w.is_empty());
}
