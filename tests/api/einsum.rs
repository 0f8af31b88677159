//! Hand-written `einsum!` cases, each against plain loops on random values, on both execution
//! paths (tiny sizes run as the generated loop nest, larger ones pairwise on the GEMM).

use tensorial::prelude::*;
use tensorial::{einsum, einsum_into, einsum_path};

fn rand<S: Shape, K: tensorial::Kind>(seed: u64) -> Tensor<f64, S, K> {
    Tensor::uniform(&mut SeededRng::new(seed), -1.0, 1.0)
}

/// `|a − b| ≤ 1e-12·(1 + terms)·(1 + |b|)` element by element.
fn close(got: &[f64], want: &[f64], terms: usize) {
    assert_eq!(got.len(), want.len(), "lengths");
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let tol = 1e-12 * (1 + terms) as f64 * (1.0 + w.abs());
        assert!((g - w).abs() <= tol, "element {i}: got {g}, want {w}");
    }
}

/// `c[i, k] = Σ_j a[i, j]·b[j, k]` by loops.
fn matmul_loops(a: &[f64], b: &[f64], (m, k, n): (usize, usize, usize)) -> Vec<f64> {
    let mut c = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            for p in 0..k {
                c[i * n + j] += a[i * k + p] * b[p * n + j];
            }
        }
    }
    c
}

#[test]
fn matrix_product_on_both_paths() {
    let (a, b) = (
        rand::<Rank2<3, 4>, Inline>(1),
        rand::<Rank2<4, 5>, Inline>(2),
    );
    let c = einsum!("ij,jk->ik", a, b);
    assert!(einsum_path!("ij,jk->ik", a, b).is_direct());
    close(
        c.as_slice(),
        &matmul_loops(a.as_slice(), b.as_slice(), (3, 4, 5)),
        4,
    );

    let (a, b) = (
        rand::<Rank2<33, 17>, Heap>(3),
        rand::<Rank2<17, 40>, Heap>(4),
    );
    let c: Tensor<f64, Rank2<33, 40>, Heap> = einsum!("ij,jk->ik", &a, &b);
    assert!(!einsum_path!("ij,jk->ik", a, b).is_direct());
    close(
        c.as_slice(),
        &matmul_loops(a.as_slice(), b.as_slice(), (33, 17, 40)),
        17,
    );
    // Output transposed: the GEMM swaps its operands and still writes in place.
    let ct = einsum!("ij,jk->ki", a, b);
    close(ct.as_slice(), c.t().as_slice(), 17);
}

#[test]
fn implicit_output_sorts_the_labels_that_appear_once() {
    let a = rand::<Rank2<3, 4>, Inline>(5);
    let t = einsum!("ji", a); // NumPy: output "ij", a transpose
    assert_eq!(t, a.t());
    let b = rand::<Rank2<4, 2>, Inline>(6);
    close(
        einsum!("ij,jk", a, b).as_slice(),
        a.matmul(&b).as_slice(),
        4,
    );
}

#[test]
fn diagonal_trace_and_repeated_labels() {
    for seed in 0..2 {
        let a = rand::<Rank2<4, 4>, Inline>(seed);
        let diag = einsum!("ii->i", a);
        let want: Vec<f64> = (0..4).map(|i| a[[i, i]]).collect();
        close(diag.as_slice(), &want, 0);
        let trace = einsum!("ii->", a);
        close(&[trace.item()], &[want.iter().sum()], 4);

        // Pairwise path: a (3, 3, 40) with a repeated label against (40, 30).
        let x = rand::<Rank3<3, 3, 40>, Heap>(seed + 10);
        let y = rand::<Rank2<40, 30>, Heap>(seed + 20);
        let z = einsum!("iij,jk->ik", x, y);
        let mut want = vec![0.0; 3 * 30];
        for i in 0..3 {
            for j in 0..40 {
                for k in 0..30 {
                    want[i * 30 + k] += x[[i, i, j]] * y[[j, k]];
                }
            }
        }
        close(z.as_slice(), &want, 40);
    }
}

#[test]
fn batch_outer_hadamard_and_scalar_products() {
    let a = rand::<Rank3<6, 7, 8>, Heap>(30);
    let b = rand::<Rank3<6, 8, 9>, Heap>(31);
    let c = einsum!("bij,bjk->bik", a, b);
    for batch in 0..6 {
        let want = matmul_loops(
            &a.as_slice()[batch * 56..][..56],
            &b.as_slice()[batch * 72..][..72],
            (7, 8, 9),
        );
        close(&c.as_slice()[batch * 63..][..63], &want, 8);
    }
    let (u, v) = (rand::<Rank1<50>, Heap>(32), rand::<Rank1<60>, Heap>(33));
    let outer = einsum!("i,j->ij", u, v);
    close(outer.as_slice(), u.outer(&v).as_slice(), 0);
    let (p, q) = (
        rand::<Rank2<40, 60>, Heap>(34),
        rand::<Rank2<40, 60>, Heap>(35),
    );
    close(
        einsum!("ij,ij->ij", p, q).as_slice(),
        (&p * &q).as_slice(),
        0,
    );
    let dot: Tensor<f64, Rank0, Heap> = einsum!("i,i->", u, u);
    close(&[dot.item()], &[u.dot(&u)], 50);
}

#[test]
fn ellipsis_blocks_broadcast_by_the_crate_rules() {
    // (2, Bcast, 3, 4) and (5, 4, 6): blocks (2, Bcast) and (5,) broadcast to (2, 5).
    let a = rand::<(Const<2>, Bcast, Const<3>, Const<4>), Inline>(40);
    let b = rand::<Rank3<5, 4, 6>, Inline>(41);
    let c: Tensor<f64, Rank4<2, 5, 3, 6>> = einsum!("...ij,...jk->...ik", a, b);
    for (x, y) in [(0, 0), (1, 4), (1, 2)] {
        let want = matmul_loops(
            &a.as_slice()[x * 12..][..12],
            &b.as_slice()[y * 24..][..24],
            (3, 4, 6),
        );
        close(&c.as_slice()[(x * 5 + y) * 18..][..18], &want, 4);
    }
    // An ellipsis missing from the output is summed.
    let s: Tensor<f64, Rank2<3, 4>> = einsum!("...ij->ij", a);
    let want: Vec<f64> = (0..12)
        .map(|e| a.as_slice()[e] + a.as_slice()[12 + e])
        .collect();
    close(s.as_slice(), &want, 2);
}

#[test]
fn bcast_axes_stretch_under_a_label() {
    let col = rand::<(Const<3>, Bcast), Inline>(50); // a column that stretches along j
    let m = rand::<Rank2<5, 4>, Inline>(51);
    let y = einsum!("ij,jk->ik", col, m);
    let mut want = vec![0.0; 12];
    for i in 0..3 {
        for j in 0..5 {
            for k in 0..4 {
                want[i * 4 + k] += col[[i, 0]] * m[[j, k]];
            }
        }
    }
    close(y.as_slice(), &want, 5);
}

#[test]
fn word_labels_and_the_seed_projection() {
    // Seed 002: (B, T, F) · (F, N, H) → (B, T, N, H), a single GEMM with no copies.
    let x = rand::<Rank3<2, 5, 16>, Heap>(60);
    let w = rand::<Rank3<16, 4, 8>, Heap>(61);
    let q = einsum!(batch seq feat, feat head dim -> batch seq head dim; x, w);
    close(q.as_slice(), x.tensordot(&w).as_slice(), 16);
    close(einsum!("btf,fnh->btnh", x, w).as_slice(), q.as_slice(), 0);
}

#[test]
fn output_only_and_repeated_output_labels() {
    let v = rand::<Rank1<3>, Inline>(70);
    let rows: Tensor<f64, Rank2<3, 4>> = einsum!("i->ij", v; broadcast = [j]);
    for i in 0..3 {
        for j in 0..4 {
            assert_eq!(rows[[i, j]], v[[i]]);
        }
    }
    let d = einsum!("i->ii", v);
    for i in 0..3 {
        for j in 0..3 {
            assert_eq!(d[[i, j]], if i == j { v[[i]] } else { 0.0 });
        }
    }
    // Same on the pairwise path (heap, large enough).
    let big = rand::<Rank1<60>, Heap>(71);
    let d = einsum!("i,i->ii", big, big);
    for i in 0..60 {
        assert_eq!(d[[i, i]], big[[i]] * big[[i]]);
        assert_eq!(d[[i, (i + 1) % 60]], 0.0);
    }
}

#[test]
fn chains_pick_the_cheap_order_and_accept_an_override() {
    let a = rand::<Rank2<8, 30>, Heap>(80);
    let b = rand::<Rank2<30, 30>, Heap>(81);
    let c = rand::<Rank2<30, 2>, Heap>(82);
    let want = a.matmul(&b).matmul(&c);
    let path = einsum_path!("ij,jk,kl->il", a, b, c);
    assert_eq!(path.steps(), &[(1, 2), (0, 1)]);
    assert_eq!(path.flops(), 2 * (30 * 30 * 2 + 8 * 30 * 2));
    close(
        einsum!("ij,jk,kl->il", a, b, c).as_slice(),
        want.as_slice(),
        60,
    );
    let forced = einsum!("ij,jk,kl->il", a, b, c; order = [(0, 1), (0, 1)]);
    close(forced.as_slice(), want.as_slice(), 60);
    let report = path.to_string();
    assert!(
        report.contains("Complete contraction:  ij,jk,kl->il"),
        "{report}"
    );
}

#[test]
fn into_views_and_integers() {
    let a = rand::<Rank2<4, 6>, Inline>(90);
    let mut out = Tensor::<f64, Rank2<6, 6>, Heap>::full(7.0);
    einsum_into!(&mut out, "ji,jk->ik", a, a);
    close(out.as_slice(), a.t().matmul(&a).as_slice(), 4);
    // A column view (strided) as an operand.
    let col = a.col(2);
    let s = einsum!("i,i->", col, col);
    let want: f64 = (0..4).map(|i| a[[i, 2]] * a[[i, 2]]).sum();
    close(&[s.item()], &[want], 4);
    let m = tensor![[1, 2], [3, 4]];
    assert_eq!(einsum!("ij,jk->ik", m, m).as_slice(), &[7, 10, 15, 22]);
    assert_eq!(einsum!("ii", m).item(), 5);
}

#[test]
fn private_labels_are_summed_on_the_pairwise_path() {
    let a = rand::<Rank2<20, 30>, Heap>(100);
    let b = rand::<Rank2<30, 40>, Heap>(101);
    // k is private to b and not kept: b's rows are summed before the product.
    let r = einsum!("ij,jk->i", a, b);
    let want: Vec<f64> = (0..20)
        .map(|i| {
            (0..30)
                .map(|j| a[[i, j]] * (0..40).map(|k| b[[j, k]]).sum::<f64>())
                .sum()
        })
        .collect();
    close(r.as_slice(), &want, 1200);
    // One operand, large: a sum over the middle axis.
    let x = rand::<Rank3<10, 30, 20>, Heap>(102);
    let s = einsum!("ijk->ik", x);
    let want: Vec<f64> = (0..200)
        .map(|e| (0..30).map(|j| x[[e / 20, j, e % 20]]).sum())
        .collect();
    close(s.as_slice(), &want, 30);
    // Four operands with a private label each.
    let (p, q) = (
        rand::<Rank2<12, 13>, Heap>(103),
        rand::<Rank3<13, 14, 3>, Heap>(104),
    );
    let (u, v) = (
        rand::<Rank2<14, 15>, Heap>(105),
        rand::<Rank2<15, 2>, Heap>(106),
    );
    let got = einsum!("ij,jkx,kl,ly->i", p, q, u, v);
    let qs: Vec<f64> = (0..13 * 14)
        .map(|e| (0..3).map(|x| q[[e / 14, e % 14, x]]).sum())
        .collect();
    let vs: Vec<f64> = (0..15).map(|l| v[[l, 0]] + v[[l, 1]]).collect();
    let want: Vec<f64> = (0..12)
        .map(|i| {
            let mut s = 0.0;
            for j in 0..13 {
                for k in 0..14 {
                    for l in 0..15 {
                        s += p[[i, j]] * qs[j * 14 + k] * u[[k, l]] * vs[l];
                    }
                }
            }
            s
        })
        .collect();
    close(got.as_slice(), &want, 13 * 14 * 15 * 6);
}

/// `einsum!` writes its output without zeroing it first, into a reused buffer's old values
/// when one of the same size was just freed (kept buffers are 256 KiB and up): a NaN-filled
/// tensor of the output's shape is dropped right before each call, for a product written by the
/// GEMM, a permuted output, a label summed away, an output-only (broadcast) label and a repeated
/// output label (whose off-diagonal zeros must be written too).
#[test]
fn outputs_are_overwritten_when_their_buffer_is_reused() {
    fn garbage<S: Shape>() {
        drop(Tensor::<f64, S, Heap>::full(f64::NAN));
    }
    let a = rand::<Rank2<200, 30>, Heap>(11);
    let b = rand::<Rank2<30, 180>, Heap>(12);
    let want = matmul_loops(a.as_slice(), b.as_slice(), (200, 30, 180));
    for _ in 0..2 {
        garbage::<Rank2<200, 180>>();
        close(einsum!("ij,jk->ik", &a, &b).as_slice(), &want, 30);
        garbage::<Rank2<180, 200>>();
        let t: Tensor<f64, Rank2<180, 200>, Heap> = einsum!("ij,jk->ki", &a, &b);
        close(t.as_slice(), a.matmul(&b).t().as_slice(), 30);
    }
    let x = rand::<Rank3<180, 200, 2>, Heap>(13);
    garbage::<Rank2<180, 200>>();
    let s: Tensor<f64, Rank2<180, 200>, Heap> = einsum!("ijk->ij", &x);
    close(s.as_slice(), x.sum_axis::<2>().as_slice(), 2);
    let v = rand::<Rank1<256>, Heap>(14);
    garbage::<Rank2<256, 256>>();
    let bcast: Tensor<f64, Rank2<256, 256>, Heap> = einsum!("i->ij", &v; broadcast = [j]);
    garbage::<Rank2<256, 256>>();
    let diag: Tensor<f64, Rank2<256, 256>, Heap> = einsum!("i->ii", &v);
    for i in 0..256 {
        for j in 0..256 {
            assert_eq!(bcast[[i, j]], v[[i]]);
            assert_eq!(diag[[i, j]], if i == j { v[[i]] } else { 0.0 });
        }
    }
}
