//! Hand-picked `einsum!` edge cases the generated suite does not draw: operand expressions,
//! element types other than `f64`, empty axes, combined options, word-form variants, the
//! widest label sets, and rank-6 ellipsis blocks. Values are checked against the naive oracle.

use crate::common;

use common::einsum_oracle::{check_einsum as check, flat, naive_einsum_owned as oracle};
use tensorial::prelude::*;

#[test]
fn operand_expressions_with_commas_and_temporaries() {
    let mut rng = SeededRng::new(1);
    let a = Tensor::<f64, Rank2<4, 3>>::uniform(&mut rng, -1.0, 1.0);
    let b = Tensor::<f64, Rank2<3, 5>>::uniform(&mut rng, -1.0, 1.0);
    // A turbofish with commas inside an operand, a method-call temporary, an arithmetic one.
    let got: Tensor<f64, Rank2<2, 5>> = einsum!("ij,jk->ik", a.slice_len::<0, 1, 2, 2>(), &b);
    let want = oracle(
        "ij,jk->ik",
        &[flat(&a.slice_len::<0, 1, 2, 2>().to_tensor()), flat(&b)],
        &[2, 5],
    );
    check("slice operand", &got, &[2, 5], &want, 3);

    let got: Tensor<f64, Rank2<5, 4>> = einsum!("ji,jk->ik", b, a.t());
    let want = oracle("ji,jk->ik", &[flat(&b), flat(&a.t())], &[5, 4]);
    check("a.t() operand", &got, &[5, 4], &want, 3);

    let got: Tensor<f64, Rank0> = einsum!("ij,ij->", a + a, a);
    let want = oracle("ij,ij->", &[flat(&(a + a)), flat(&a)], &[]);
    check("sum operand", &got, &[], &want, 12);
    // A rank-0 result reads as a scalar three ways.
    assert_eq!(got[[]], got.as_slice()[0]);
    assert_eq!(got.item(), got.as_slice()[0]);

    // The same tensor twice, once by value and once by reference.
    let got: Tensor<f64, Rank2<4, 4>> = einsum!("ij,kj->ik", a, &a);
    let want = oracle("ij,kj->ik", &[flat(&a), flat(&a)], &[4, 4]);
    check("same operand twice", &got, &[4, 4], &want, 3);
}

#[test]
fn integer_and_f32_elements() {
    let a = Tensor::<i64, Rank2<2, 3>>::from_fn(|[i, j]| (i * 3 + j) as i64 - 2);
    let b = Tensor::<i64, Rank2<3, 2>>::from_fn(|[i, j]| (i * 2 + j) as i64 * 3 - 5);
    let got: Tensor<i64, Rank2<2, 2>> = einsum!("ij,jk->ik", a, b);
    let mut want = [0i64; 4];
    for i in 0..2 {
        for k in 0..2 {
            for j in 0..3 {
                want[i * 2 + k] += a[[i, j]] * b[[j, k]];
            }
        }
    }
    assert_eq!(got.as_slice(), &want);

    let sq = Tensor::<i32, Rank2<3, 3>>::from_fn(|[i, j]| (i * 3 + j) as i32);
    let trace: Tensor<i32, Rank0> = einsum!("ii->", sq);
    assert_eq!(trace.item(), 12);
    let diag: Tensor<i32, Rank1<3>> = einsum!("ii->i", &sq);
    assert_eq!(diag.as_slice(), &[0, 4, 8]);

    let u = Tensor::<u8, Rank1<3>>::from_fn(|[i]| i as u8 + 1);
    let outer: Tensor<u8, Rank2<3, 3>> = einsum!("i,j->ij", u, u);
    assert_eq!(outer.as_slice(), &[1, 2, 3, 2, 4, 6, 3, 6, 9]);

    let mut rng = SeededRng::new(2);
    let x = Tensor::<f32, Rank3<2, 3, 4>>::uniform(&mut rng, -1.0, 1.0);
    let w = Tensor::<f32, Rank2<4, 5>>::uniform(&mut rng, -1.0, 1.0);
    let got: Tensor<f32, Rank3<2, 3, 5>> = einsum!("btf,fh->bth", x, w);
    for b in 0..2 {
        for t in 0..3 {
            for h in 0..5 {
                let want: f32 = (0..4).map(|f| x[[b, t, f]] * w[[f, h]]).sum();
                assert!((got[[b, t, h]] - want).abs() <= 1e-5, "f32 at {b},{t},{h}");
            }
        }
    }
}

#[test]
fn empty_axes() {
    let a = Tensor::<f64, Rank2<3, 0>>::zeros();
    let b = Tensor::<f64, Rank2<0, 4>>::zeros();
    // Summing over an empty label gives zeros; an empty output label gives no elements.
    let got: Tensor<f64, Rank2<3, 4>> = einsum!("ij,jk->ik", a, b);
    assert_eq!(got.as_slice(), &[0.0; 12]);
    let got: Tensor<f64, Rank2<0, 3>> = einsum!("ij->ji", a);
    assert!(got.as_slice().is_empty());
    let total: Tensor<f64, Rank0> = einsum!("ij->", a);
    assert_eq!(total.item(), 0.0);
    let mut out = Tensor::<f64, Rank2<3, 4>>::full(f64::NAN);
    einsum_into!(&mut out, "ij,jk->ik", a, b);
    assert_eq!(out.as_slice(), &[0.0; 12]);
}

#[test]
fn broadcast_labels_with_order_and_bcast_output() {
    let mut rng = SeededRng::new(3);
    let a = Tensor::<f64, Rank2<6, 7>>::uniform(&mut rng, -1.0, 1.0);
    let b = Tensor::<f64, Rank2<7, 8>>::uniform(&mut rng, -1.0, 1.0);
    let c = Tensor::<f64, Rank2<8, 9>>::uniform(&mut rng, -1.0, 1.0);
    // Both options at once (pairwise: 6·7·8·9 > DIRECT_MAX).
    let got: Tensor<f64, Rank3<6, 2, 9>> =
        einsum!("ij,jk,kl->iml", a, &b, c; broadcast = [m], order = [(1, 2), (0, 1)]);
    let want = oracle("ij,jk,kl->iml", &[flat(&a), flat(&b), flat(&c)], &[6, 2, 9]);
    check("broadcast + order", &got, &[6, 2, 9], &want, 56);
    let path = einsum_path!("ij,jk,kl->il", a, &b, c; order = [(1, 2), (0, 1)]);
    assert!(!path.is_direct());
    assert_eq!(path.steps(), &[(1, 2), (0, 1)]);

    // An output-only label whose output axis is `Bcast`: size 1.
    let x = Tensor::<f64, Rank1<3>>::uniform(&mut rng, -1.0, 1.0);
    let got: Tensor<f64, (Const<3>, Bcast)> = einsum!("i->ij", x; broadcast = [j]);
    assert_eq!(got.as_slice(), x.as_slice());
    // ... and a repeated output-only label: the identity scaled.
    let s = Tensor::<f64, Rank0>::scalar(2.0);
    let got: Tensor<f64, Rank2<3, 3>> = einsum!("->jj", s; broadcast = [j]);
    assert_eq!(got, Tensor::<f64, Rank2<3, 3>>::eye() * 2.0);
}

#[test]
fn word_form_variants() {
    let mut rng = SeededRng::new(4);
    let x = Tensor::<f64, Rank3<2, 3, 4>>::uniform(&mut rng, -1.0, 1.0);
    let y = Tensor::<f64, Rank2<3, 4>>::uniform(&mut rng, -1.0, 1.0);
    // Ellipsis and a rank-0 output in the word form.
    let got: Tensor<f64, Rank2<2, 3>> = einsum!(... feat, ... feat -> ...; x, y);
    let want = oracle("...f,...f->...", &[flat(&x), flat(&y)], &[2, 3]);
    check("words with ellipsis", &got, &[2, 3], &want, 4);
    let got: Tensor<f64, Rank0> = einsum!(seq feat, seq feat -> ; y, y);
    let want = oracle("sf,sf->", &[flat(&y), flat(&y)], &[]);
    check("words, rank-0 output", &got, &[], &want, 12);
    // A rank-0 operand, an output-only word, a keyword as a label.
    let s = Tensor::<f64, Rank0>::scalar(0.5);
    let got: Tensor<f64, Rank3<3, 4, 2>> =
        einsum!(, seq feat -> seq feat rep; s, y; broadcast = [rep]);
    let want = oracle(",sf->sfr", &[flat(&s), flat(&y)], &[3, 4, 2]);
    check(
        "words, rank-0 operand + broadcast",
        &got,
        &[3, 4, 2],
        &want,
        1,
    );
    let got: Tensor<f64, Rank2<4, 3>> = einsum!(in out -> out in; y);
    let want = oracle("io->oi", &[flat(&y)], &[4, 3]);
    check("words, keyword labels", &got, &[4, 3], &want, 1);
}

#[test]
fn widest_label_sets() {
    // 40 distinct letters over 8 operands of rank 6 (label numbers past 32 in the masks),
    // most of size 1.
    let eq = "abcdef,fghijk,klmnop,pqrstu,uvwxyz,zABCDE,EFGHIJ,JKLMNa->aceFHL";
    let mut rng = SeededRng::new(5);
    let x0 = Tensor::<f64, (Const<2>, Const<1>, Const<2>, Const<1>, Const<1>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<2>, Const<1>, Const<1>, Const<1>, Const<1>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<1>, Const<1>, Const<1>, Const<1>, Const<1>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<2>, Const<1>, Const<1>, Const<1>, Const<1>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x4 = Tensor::<f64, (Const<1>, Const<1>, Const<1>, Const<1>, Const<1>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x5 = Tensor::<f64, (Const<1>, Const<1>, Const<1>, Const<1>, Const<1>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x6 = Tensor::<f64, (Const<2>, Const<2>, Const<1>, Const<2>, Const<1>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x7 = Tensor::<f64, (Const<1>, Const<1>, Const<2>, Const<1>, Const<1>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        eq,
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5),
            flat(&x6),
            flat(&x7),
        ],
        &[2, 2, 1, 2, 2, 2],
    );
    let got: Tensor<f64, (Const<2>, Const<2>, Const<1>, Const<2>, Const<2>, Const<2>)> = einsum!(
        "abcdef,fghijk,klmnop,pqrstu,uvwxyz,zABCDE,EFGHIJ,JKLMNa->aceFHL",
        x0,
        x1,
        x2,
        x3,
        x4,
        x5,
        x6,
        x7
    );
    check("40 labels", &got, &[2, 2, 1, 2, 2, 2], &want, 8);
}

#[test]
fn rank_six_ellipsis_blocks() {
    let mut rng = SeededRng::new(6);
    let x = Tensor::<f64, (Const<2>, Bcast, Const<3>, Const<1>, Const<2>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let y = Tensor::<f64, (Bcast, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let got: Tensor<f64, (Const<2>, Bcast, Const<3>, Const<1>, Const<3>, Const<2>)> =
        einsum!("...ij->...ji", x);
    let want = oracle("...ij->...ji", &[flat(&x)], &[2, 1, 3, 1, 3, 2]);
    check("rank-6 transpose", &got, &[2, 1, 3, 1, 3, 2], &want, 1);
    // Blocks of rank 4 and 1 broadcast to (2, 1, 3, 1): `Bcast` meets `Const<1>` (right-aligned)
    // and nothing, and stays `Bcast` where nothing else is.
    let got: Tensor<f64, (Const<2>, Bcast, Const<3>, Const<1>, Const<2>, Const<3>), Heap> =
        einsum!("...ij,...jk->...ik", x, y.to_heap());
    let want = oracle(
        "...ij,...jk->...ik",
        &[flat(&x), flat(&y)],
        &[2, 1, 3, 1, 2, 3],
    );
    check(
        "rank-6 batched product",
        &got,
        &[2, 1, 3, 1, 2, 3],
        &want,
        3,
    );
}
