//! The naive `einsum` oracle of `common::einsum_oracle` against hand-written loops.
//!
//! The generated `einsum!` tests trust the oracle, so each form it handles is checked here
//! against the loop a person would write for that one equation, on random values.

use crate::common;

use common::Rng;
use common::einsum_oracle::naive_einsum;

fn random(rng: &mut Rng, n: usize) -> Vec<f64> {
    (0..n).map(|_| rng.uniform(-1.0, 1.0)).collect()
}

/// Exact equality is expected where the oracle adds the same products in the same order;
/// elsewhere a small relative tolerance.
#[track_caller]
fn close(got: &[f64], want: &[f64]) {
    assert_eq!(got.len(), want.len(), "length differs");
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= 1e-12 * (1.0 + w.abs()),
            "element {i}: got {g}, want {w}"
        );
    }
}

#[test]
fn matmul() {
    let mut rng = Rng::new(1);
    let (m, k, n) = (3, 4, 5);
    let a = random(&mut rng, m * k);
    let b = random(&mut rng, k * n);
    let mut want = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            for l in 0..k {
                want[i * n + j] += a[i * k + l] * b[l * n + j];
            }
        }
    }
    let inputs: [(&[f64], &[usize]); 2] = [(&a, &[m, k]), (&b, &[k, n])];
    close(&naive_einsum("ij,jk->ik", &inputs, &[m, n]), &want);
    // Implicit output, spaces, and the transposed result.
    close(&naive_einsum("ij, jk", &inputs, &[m, n]), &want);
    let mut want_t = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            want_t[j * m + i] = want[i * n + j];
        }
    }
    close(&naive_einsum("ij,jk->ki", &inputs, &[n, m]), &want_t);
}

#[test]
fn trace_and_diagonal() {
    let mut rng = Rng::new(2);
    let n = 4;
    let a = random(&mut rng, n * n);
    let trace: f64 = (0..n).map(|i| a[i * n + i]).sum();
    let diag: Vec<f64> = (0..n).map(|i| a[i * n + i]).collect();
    let input: [(&[f64], &[usize]); 1] = [(&a, &[n, n])];
    close(&naive_einsum("ii->", &input, &[]), &[trace]);
    close(&naive_einsum("ii", &input, &[]), &[trace]);
    close(&naive_einsum("ii->i", &input, &[n]), &diag);

    // `iij,jk->ik`: the diagonal of the first two axes, then a product.
    let (m, p) = (3, 2);
    let x = random(&mut rng, n * n * m);
    let y = random(&mut rng, m * p);
    let mut want = vec![0.0; n * p];
    for i in 0..n {
        for k in 0..p {
            for j in 0..m {
                want[i * p + k] += x[(i * n + i) * m + j] * y[j * p + k];
            }
        }
    }
    let inputs: [(&[f64], &[usize]); 2] = [(&x, &[n, n, m]), (&y, &[m, p])];
    close(&naive_einsum("iij,jk->ik", &inputs, &[n, p]), &want);
}

#[test]
fn outer_hadamard_and_sums() {
    let mut rng = Rng::new(3);
    let (m, n) = (3, 5);
    let u = random(&mut rng, m);
    let v = random(&mut rng, n);
    let mut outer = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            outer[i * n + j] = u[i] * v[j];
        }
    }
    let inputs: [(&[f64], &[usize]); 2] = [(&u, &[m]), (&v, &[n])];
    close(&naive_einsum("i,j->ij", &inputs, &[m, n]), &outer);
    close(&naive_einsum("i,j", &inputs, &[m, n]), &outer);

    let a = random(&mut rng, m * n);
    let b = random(&mut rng, m * n);
    let hadamard: Vec<f64> = a.iter().zip(&b).map(|(x, y)| x * y).collect();
    let inputs: [(&[f64], &[usize]); 2] = [(&a, &[m, n]), (&b, &[m, n])];
    close(&naive_einsum("ij,ij->ij", &inputs, &[m, n]), &hadamard);
    let total: f64 = hadamard.iter().sum();
    close(&naive_einsum("ij,ij->", &inputs, &[]), &[total]);
    close(&naive_einsum("ij,ij", &inputs, &[]), &[total]);

    let row_sums: Vec<f64> = (0..m).map(|i| a[i * n..(i + 1) * n].iter().sum()).collect();
    close(&naive_einsum("ij->i", &[(&a, &[m, n])], &[m]), &row_sums);

    // A rank-0 operand scales.
    let s = [2.5];
    let scaled: Vec<f64> = a.iter().map(|x| x * 2.5).collect();
    let inputs: [(&[f64], &[usize]); 2] = [(&s, &[]), (&a, &[m, n])];
    close(&naive_einsum(",ij->ij", &inputs, &[m, n]), &scaled);
}

#[test]
fn transpose_and_implicit_order() {
    let mut rng = Rng::new(4);
    let (m, n, p) = (2, 3, 4);
    let a = random(&mut rng, m * n * p);
    // `ijk->kij`
    let mut want = vec![0.0; m * n * p];
    for i in 0..m {
        for j in 0..n {
            for k in 0..p {
                want[(k * m + i) * n + j] = a[(i * n + j) * p + k];
            }
        }
    }
    let input: [(&[f64], &[usize]); 1] = [(&a, &[m, n, p])];
    close(&naive_einsum("ijk->kij", &input, &[p, m, n]), &want);
    // Implicit output sorts the labels: `jki` is `jki->ijk`, so axis (0, 1, 2) of the input
    // becomes axis (1, 2, 0) of the output: the same permutation as `ijk->kij`.
    close(&naive_einsum("jki", &input, &[p, m, n]), &want);
    // Uppercase sorts before lowercase: `aB` is `aB->Ba`, a transpose.
    let b = random(&mut rng, m * n);
    let mut b_t = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            b_t[j * m + i] = b[i * n + j];
        }
    }
    close(&naive_einsum("aB", &[(&b, &[m, n])], &[n, m]), &b_t);
}

#[test]
fn output_only_and_repeated_output_labels() {
    let mut rng = Rng::new(5);
    let (m, n) = (3, 4);
    let x = random(&mut rng, m);
    // `i->ij`: each row repeats x[i].
    let mut want = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            want[i * n + j] = x[i];
        }
    }
    close(&naive_einsum("i->ij", &[(&x, &[m])], &[m, n]), &want);
    // `i->ii`: x on the diagonal, zeros elsewhere.
    let mut diag = vec![0.0; m * m];
    for i in 0..m {
        diag[i * m + i] = x[i];
    }
    close(&naive_einsum("i->ii", &[(&x, &[m])], &[m, m]), &diag);
    // `->jj` from a scalar: the identity scaled.
    let s = [1.5];
    let mut eye = vec![0.0; n * n];
    for j in 0..n {
        eye[j * n + j] = 1.5;
    }
    close(&naive_einsum("->jj", &[(&s, &[])], &[n, n]), &eye);
}

#[test]
fn size_one_axes_stretch() {
    let mut rng = Rng::new(6);
    let (m, k, n) = (3, 4, 2);
    // `ij,jk->ik` with a of dims (3, 1): its j axis stretches to 4 and is read at 0.
    let a = random(&mut rng, m);
    let b = random(&mut rng, k * n);
    let mut want = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            for l in 0..k {
                want[i * n + j] += a[i] * b[l * n + j];
            }
        }
    }
    let inputs: [(&[f64], &[usize]); 2] = [(&a, &[m, 1]), (&b, &[k, n])];
    close(&naive_einsum("ij,jk->ik", &inputs, &[m, n]), &want);
    // A label whose axes are all size 1 has size 1.
    let inputs: [(&[f64], &[usize]); 2] = [(&a, &[m, 1]), (&a, &[1, m])];
    let want: Vec<f64> = (0..m)
        .flat_map(|i| (0..m).map(move |l| (i, l)))
        .map(|(i, l)| a[i] * a[l])
        .collect();
    close(&naive_einsum("ij,jk->ijk", &inputs, &[m, 1, m]), &want);
}

#[test]
fn ellipsis_broadcasts_right_aligned() {
    let mut rng = Rng::new(7);
    // `...ij,...jk->...ik` with batch dims (2, 3) and (3,) (right-aligned): a batched matmul
    // whose second operand is shared across the leading batch axis.
    let (b0, b1, m, k, n) = (2, 3, 2, 4, 3);
    let a = random(&mut rng, b0 * b1 * m * k);
    let b = random(&mut rng, b1 * k * n);
    let mut want = vec![0.0; b0 * b1 * m * n];
    for p in 0..b0 {
        for q in 0..b1 {
            for i in 0..m {
                for j in 0..n {
                    for l in 0..k {
                        want[((p * b1 + q) * m + i) * n + j] +=
                            a[((p * b1 + q) * m + i) * k + l] * b[(q * k + l) * n + j];
                    }
                }
            }
        }
    }
    let inputs: [(&[f64], &[usize]); 2] = [(&a, &[b0, b1, m, k]), (&b, &[b1, k, n])];
    close(
        &naive_einsum("...ij,...jk->...ik", &inputs, &[b0, b1, m, n]),
        &want,
    );
    // Implicit output puts the ellipsis first: `...ij,...jk` sums j and keeps `...ik`.
    close(
        &naive_einsum("...ij,...jk", &inputs, &[b0, b1, m, n]),
        &want,
    );

    // A size-1 axis inside the block stretches: batch dims (1, 3) and (2, 1).
    let c = random(&mut rng, b1 * m);
    let d = random(&mut rng, b0 * m);
    let mut want = vec![0.0; b0 * b1];
    for p in 0..b0 {
        for q in 0..b1 {
            for i in 0..m {
                want[p * b1 + q] += c[q * m + i] * d[p * m + i];
            }
        }
    }
    let inputs: [(&[f64], &[usize]); 2] = [(&c, &[1, b1, m]), (&d, &[b0, 1, m])];
    close(&naive_einsum("...i,...i->...", &inputs, &[b0, b1]), &want);
    // The ellipsis at the end of one term and at the start of the other.
    let e = random(&mut rng, m * b1);
    let mut want = vec![0.0; b1];
    for q in 0..b1 {
        for i in 0..m {
            want[q] += e[i * b1 + q] * c[q * m + i];
        }
    }
    let inputs: [(&[f64], &[usize]); 2] = [(&e, &[m, b1]), (&c, &[b1, m])];
    close(&naive_einsum("i...,...i->...", &inputs, &[b1]), &want);
}

#[test]
fn many_operands() {
    let mut rng = Rng::new(8);
    let (a, b, c, d) = (2, 3, 4, 2);
    let x = random(&mut rng, a * b);
    let y = random(&mut rng, b * c);
    let z = random(&mut rng, c * d);
    let w = random(&mut rng, d);
    // `ij,jk,kl,l->i`
    let mut want = vec![0.0; a];
    for i in 0..a {
        for j in 0..b {
            for k in 0..c {
                for l in 0..d {
                    want[i] += x[i * b + j] * y[j * c + k] * z[k * d + l] * w[l];
                }
            }
        }
    }
    let inputs: [(&[f64], &[usize]); 4] = [(&x, &[a, b]), (&y, &[b, c]), (&z, &[c, d]), (&w, &[d])];
    close(&naive_einsum("ij,jk,kl,l->i", &inputs, &[a]), &want);
}

#[test]
#[should_panic(expected = "label Char('j') has sizes 3 and 4")]
fn size_mismatch_panics() {
    let a = [0.0; 6];
    let b = [0.0; 8];
    let _ = naive_einsum("ij,jk->ik", &[(&a, &[2, 3]), (&b, &[4, 2])], &[2, 2]);
}
