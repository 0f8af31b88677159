//! Generated `einsum!` cases checked against the naive oracle (issue 6, item 5).
//!
//! GENERATED FILE, do not edit: change `scripts/gen_einsum_tests.py` and run
//! `python3 scripts/gen_einsum_tests.py` (`--check` tells whether this file is up to date).
//!
//! Each `case_NNN` draws its operands from `SeededRng::new(seed)`, calls the macro with the
//! output type written out, and compares with `common::einsum_oracle::naive_einsum` on the
//! same elements: `|got - want| <= 1e-12 * (1 + terms) * (1 + |want|)`, where `terms` is the
//! number of products summed into each output element. Cases without output-only labels also
//! check the plan of `einsum_path!`: direct loops up to `DIRECT_MAX` = 2048 iterations,
//! pairwise contractions above, and the user's `order`. A `#[test]` runs 10 cases and
//! reports every failing one.
//!
//! Without the `alloc` feature every contraction runs as one loop nest, and `H` (the storage
//! of the "heap" operands) is `Inline`:
//! `cargo test --no-default-features --test einsum_generated` checks that path too.
//!
//! Coverage (370 cases; a case counts once per feature it has):
//! - Bcast axis stretching against a sized label  135
//! - Bcast output axis (label all-Bcast)           26
//! - Bcast stretching inside the ellipsis block    40
//! - Const<1> axis                                 75
//! - GEMM-sized pairwise step (m*k*n >= 32^3)       8
//! - Heap operand                                 199
//! - direct loops (loop count <= DIRECT_MAX)      166
//! - ellipsis                                      97
//! - ellipsis not leading                          63
//! - ellipsis ranks differ between operands        81
//! - form=into                                     20
//! - form=order                                    30
//! - form=str                                     308
//! - form=words                                    12
//! - implicit output                               51
//! - implicit output with uppercase labels         14
//! - label private to one operand, summed         209
//! - operand passed &View                          58
//! - operand passed View                          133
//! - operand passed by reference                  311
//! - operand passed by value                      256
//! - operand rank 0 (letters)                      38
//! - operand rank 1 (letters)                     151
//! - operand rank 2 (letters)                     256
//! - operand rank 3 (letters)                     251
//! - operand rank 4 (letters)                     173
//! - operands=1                                    26
//! - operands=2                                    85
//! - operands=3                                   102
//! - operands=4                                   121
//! - operands=5                                     7
//! - operands=6..8                                 29
//! - output permutation                           130
//! - output-only label (broadcast = [..])          56
//! - pairwise path (loop count > DIRECT_MAX)      204
//! - pairwise path, 3+ operands (planned order)   181
//! - rank-0 operand                                26
//! - rank-0 output                                 42
//! - repeated input label (diagonal)              108
//! - repeated output label (diagonal embed)        35
//! - strided View (step 2 or -1)                   65
//! - summed label                                 338

mod common;

use common::einsum_oracle::{check_einsum as check, flat, naive_einsum_owned as oracle, run_cases};
use tensorial::prelude::*; // einsum!, einsum_into!, einsum_path! come from the prelude

/// The storage of the operands drawn as heap tensors.
#[cfg(feature = "alloc")]
type H = Heap;
#[cfg(not(feature = "alloc"))]
type H = Inline;
/// Without `alloc`, every contraction is one loop nest.
const NO_ALLOC: bool = !cfg!(feature = "alloc");

#[test]
fn cases_000_009() {
    run_cases(&[
        ("case_000", case_000),
        ("case_001", case_001),
        ("case_002", case_002),
        ("case_003", case_003),
        ("case_004", case_004),
        ("case_005", case_005),
        ("case_006", case_006),
        ("case_007", case_007),
        ("case_008", case_008),
        ("case_009", case_009),
    ]);
}

/// `abaa,ba,aba->a` on (Const<3>, Const<3>, Const<3>, Const<3>), (Bcast, Const<3>), (Const<3>, Bcast, Const<3>) -> (Const<3>,)
fn case_000() {
    let mut rng = SeededRng::new(1000);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Bcast, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<1, 0, 3, 2>();
    let x2 = Tensor::<f64, (Const<3>, Bcast, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "abaa,ba,aba->a",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[3],
    );
    let path = einsum_path!("abaa,ba,aba->a", &x0, x1, x2);
    assert!(path.is_direct(), "case 0 (direct): abaa,ba,aba->a");
    let got: Tensor<f64, (Const<3>,), H> = einsum!("abaa,ba,aba->a", &x0, x1, x2);
    check("case 0 (direct): abaa,ba,aba->a", &got, &[3], &want, 3);
}

/// `vv,rbbm,,sfr->vs` on (Const<4>, Const<4>), (Const<3>, Const<5>, Const<5>, Const<3>), (), (Const<5>, Const<3>, Const<3>) -> (Const<4>, Const<5>)
fn case_001() {
    let mut rng = SeededRng::new(1001);
    let x0 = Tensor::<f64, (Const<4>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vv,rbbm,,sfr->vs",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 5],
    );
    let path = einsum_path!("vv,rbbm,,sfr->vs", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 1 (pairwise): vv,rbbm,,sfr->vs"
    );
    let got: Tensor<f64, (Const<4>, Const<5>), H> = einsum!("vv,rbbm,,sfr->vs", &x0, &x1, &x2, &x3);
    check(
        "case 1 (pairwise): vv,rbbm,,sfr->vs",
        &got,
        &[4, 5],
        &want,
        135,
    );
}

/// `r,inr,re->rn` on (Const<3>,), (Const<5>, Const<4>, Const<3>), (Const<3>, Const<2>) -> (Const<3>, Const<4>)
fn case_002() {
    let mut rng = SeededRng::new(1002);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>, Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<1, 3, 4, -1>();
    let s2 = Tensor::<f64, (Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<1>();
    let want = oracle(
        "r,inr,re->rn",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2.to_tensor())],
        &[3, 4],
    );
    let path = einsum_path!("r,inr,re->rn", &x0, x1, x2);
    assert!(path.is_direct(), "case 2 (direct): r,inr,re->rn");
    let got: Tensor<f64, (Const<3>, Const<4>), H> = einsum!("r,inr,re->rn", &x0, x1, x2);
    check("case 2 (direct): r,inr,re->rn", &got, &[3, 4], &want, 10);
}

/// `apg,p,gp,wsag->F` on (Const<5>, Const<4>, Const<3>), (Const<4>,), (Const<3>, Const<4>), (Const<3>, Const<4>, Const<5>, Const<3>) -> (Const<4>,)
fn case_003() {
    let mut rng = SeededRng::new(1003);
    let s0 = Tensor::<f64, (Const<5>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<3>, Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let want = oracle(
        "apg,p,gp,wsag->F",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[4],
    );
    let got: Tensor<f64, (Const<4>,)> =
        einsum!("apg,p,gp,wsag->F", &x0, &x1, x2, &x3; broadcast = [F]);
    check(
        "case 3 (pairwise): apg,p,gp,wsag->F",
        &got,
        &[4],
        &want,
        720,
    );
}

/// `Qh,h->hh` on (Const<4>, Const<3>), (Const<3>,) -> (Const<3>, Const<3>)
fn case_004() {
    let mut rng = SeededRng::new(1004);
    let x0 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("Qh,h->hh", &[flat(&x0), flat(&x1)], &[3, 3]);
    let path = einsum_path!("Qh,h->hh", x0, &x1);
    assert!(path.is_direct(), "case 4 (direct): Qh,h->hh");
    let got: Tensor<f64, (Const<3>, Const<3>)> = einsum!("Qh,h->hh", x0, &x1);
    check("case 4 (direct): Qh,h->hh", &got, &[3, 3], &want, 4);
}

/// `...z,...fstp,...sj->...jz` on (Const<2>,), (Const<5>, Const<5>, Const<1>, Const<5>, Const<2>, Const<1>), (Const<5>, Const<5>, Const<5>, Const<5>) -> (Const<5>, Const<5>, Const<5>, Const<2>)
fn case_005() {
    let mut rng = SeededRng::new(1005);
    let s0 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 0, 2, 2>();
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<1>, Const<5>, Const<2>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s2 = Tensor::<f64, (Const<5>, Const<5>, Const<5>, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<3, 0, 5, 1>();
    let want = oracle(
        "...z,...fstp,...sj->...jz",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2.to_tensor())],
        &[5, 5, 5, 2],
    );
    let path = einsum_path!("...z,...fstp,...sj->...jz", &x0, x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 5 (pairwise): ...z,...fstp,...sj->...jz"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<5>, Const<2>), H> =
        einsum!("...z,...fstp,...sj->...jz", &x0, x1, x2);
    check(
        "case 5 (pairwise): ...z,...fstp,...sj->...jz",
        &got,
        &[5, 5, 5, 2],
        &want,
        10,
    );
}

/// `qc,qu->uq` on (Bcast, Const<4>), (Const<4>, Const<4>) -> (Const<4>, Const<4>)
fn case_006() {
    let mut rng = SeededRng::new(1006);
    let x0 = Tensor::<f64, (Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("qc,qu->uq", &[flat(&x0), flat(&x1)], &[4, 4]);
    let path = einsum_path!("qc,qu->uq", x0, x1);
    assert!(path.is_direct(), "case 6 (direct): qc,qu->uq");
    let got: Tensor<f64, (Const<4>, Const<4>)> = einsum!("qc,qu->uq", x0, x1);
    check("case 6 (direct): qc,qu->uq", &got, &[4, 4], &want, 4);
}

/// `...twmq,...qwm,...qmw,...tmw->...t` on (Const<4>, Const<5>, Const<5>, Const<4>), (Const<5>, Bcast, Const<1>, Const<4>, Const<5>, Const<5>), (Const<5>, Const<2>, Const<1>, Const<4>, Const<5>, Const<5>), (Bcast, Const<2>, Bcast, Const<4>, Const<5>, Const<5>) -> (Const<5>, Const<2>, Const<1>, Const<4>)
fn case_007() {
    let mut rng = SeededRng::new(1007);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>, Bcast, Const<1>, Const<4>, Const<5>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.view().flip::<2>();
    let x2 = Tensor::<f64, (Const<5>, Const<2>, Const<1>, Const<4>, Const<5>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s3 = Tensor::<f64, (Bcast, Const<2>, Bcast, Const<4>, Const<5>, Const<7>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = s3.slice_len::<5, 2, 5, 1>();
    let want = oracle(
        "...twmq,...qwm,...qmw,...tmw->...t",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[5, 2, 1, 4],
    );
    let path = einsum_path!("...twmq,...qwm,...qmw,...tmw->...t", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 7 (pairwise): ...twmq,...qwm,...qmw,...tmw->...t"
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<1>, Const<4>), H> =
        einsum!("...twmq,...qwm,...qmw,...tmw->...t", &x0, x1, x2, &x3);
    check(
        "case 7 (pairwise): ...twmq,...qwm,...qmw,...tmw->...t",
        &got,
        &[5, 2, 1, 4],
        &want,
        100,
    );
}

/// `ho,o,j,joh` on (Const<3>, Const<4>), (Const<4>,), (Const<5>,), (Const<5>, Const<4>, Const<3>) -> ()
fn case_008() {
    let mut rng = SeededRng::new(1008);
    let s0 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 0, 3, 2>();
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ho,o,j,joh",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let path = einsum_path!("ho,o,j,joh", x0, &x1, &x2, &x3);
    assert!(path.is_direct(), "case 8 (direct): ho,o,j,joh");
    let got: Tensor<f64, ()> = einsum!("ho,o,j,joh", x0, &x1, &x2, &x3);
    check("case 8 (direct): ho,o,j,joh", &got, &[], &want, 60);
}

/// `zhm,wmu->zmch` on (Const<4>, Const<5>, Const<3>), (Const<5>, Const<3>, Const<3>) -> (Const<4>, Const<3>, Const<4>, Const<5>)
fn case_009() {
    let mut rng = SeededRng::new(1009);
    let s0 = Tensor::<f64, (Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zhm,wmu->zmch",
        &[flat(&x0.to_tensor()), flat(&x1)],
        &[4, 3, 4, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<4>, Const<5>)> =
        einsum!("zhm,wmu->zmch", x0, &x1; broadcast = [c]);
    check(
        "case 9 (pairwise): zhm,wmu->zmch",
        &got,
        &[4, 3, 4, 5],
        &want,
        15,
    );
}

#[test]
fn cases_010_019() {
    run_cases(&[
        ("case_010", case_010),
        ("case_011", case_011),
        ("case_012", case_012),
        ("case_013", case_013),
        ("case_014", case_014),
        ("case_015", case_015),
        ("case_016", case_016),
        ("case_017", case_017),
        ("case_018", case_018),
        ("case_019", case_019),
    ]);
}

/// `ppp,pp->` on (Const<4>, Const<4>, Const<4>), (Const<4>, Const<4>) -> ()
fn case_010() {
    let mut rng = SeededRng::new(1010);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ppp,pp->", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!("ppp,pp->", &x0, &x1);
    assert!(path.is_direct(), "case 10 (direct): ppp,pp->");
    let got: Tensor<f64, (), H> = einsum!("ppp,pp->", &x0, &x1);
    check("case 10 (direct): ppp,pp->", &got, &[], &want, 4);
}

/// `...w,...pw,...wtfz->...ftp` on (Bcast, Const<5>, Const<4>), (Bcast, Const<5>, Const<4>), (Bcast, Bcast, Const<4>, Const<3>, Const<5>, Const<3>) -> (Bcast, Const<5>, Const<5>, Const<3>, Const<5>)
fn case_011() {
    let mut rng = SeededRng::new(1011);
    let x0 = Tensor::<f64, (Bcast, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Bcast, Bcast, Const<4>, Const<3>, Const<5>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = s2.slice_len::<5, 1, 3, 1>();
    let want = oracle(
        "...w,...pw,...wtfz->...ftp",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[1, 5, 5, 3, 5],
    );
    let path = einsum_path!("...w,...pw,...wtfz->...ftp", x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 11 (pairwise): ...w,...pw,...wtfz->...ftp"
    );
    let got: Tensor<f64, (Bcast, Const<5>, Const<5>, Const<3>, Const<5>)> =
        einsum!("...w,...pw,...wtfz->...ftp", x0, &x1, &x2);
    check(
        "case 11 (pairwise): ...w,...pw,...wtfz->...ftp",
        &got,
        &[1, 5, 5, 3, 5],
        &want,
        12,
    );
}

/// `lpz,plc,czl,zp->p` on (Bcast, Bcast, Const<2>), (Const<2>, Const<3>, Bcast), (Bcast, Bcast, Bcast), (Bcast, Bcast) -> (Const<2>,)
fn case_012() {
    let mut rng = SeededRng::new(1012);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<3>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "lpz,plc,czl,zp->p",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2],
    );
    let path = einsum_path!("lpz,plc,czl,zp->p", x0, &x1, &x2, &x3);
    assert!(path.is_direct(), "case 12 (direct): lpz,plc,czl,zp->p");
    let got: Tensor<f64, (Const<2>,), H> = einsum!("lpz,plc,czl,zp->p", x0, &x1, &x2, &x3);
    check("case 12 (direct): lpz,plc,czl,zp->p", &got, &[2], &want, 6);
}

/// `...rzr,...dyr,...y->...ry` on (Const<5>, Const<2>, Const<4>, Const<5>, Const<4>, Const<5>), (Const<5>, Const<3>, Const<5>), (Const<3>,) -> (Const<5>, Const<2>, Const<4>, Const<5>, Const<3>)
fn case_013() {
    let mut rng = SeededRng::new(1013);
    let s0 =
        Tensor::<f64, (Const<5>, Const<2>, Const<4>, Const<5>, Const<4>, Const<5>), H>::uniform(
            &mut rng, -1.0, 1.0,
        );
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...rzr,...dyr,...y->...ry",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[5, 2, 4, 5, 3],
    );
    let path = einsum_path!("...rzr,...dyr,...y->...ry", x0, &x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 13 (pairwise): ...rzr,...dyr,...y->...ry"
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<4>, Const<5>, Const<3>), H> =
        einsum!("...rzr,...dyr,...y->...ry", x0, &x1, x2);
    check(
        "case 13 (pairwise): ...rzr,...dyr,...y->...ry",
        &got,
        &[5, 2, 4, 5, 3],
        &want,
        20,
    );
}

/// `l,ld,lpd->dn` on (Const<3>,), (Const<3>, Const<5>), (Const<3>, Const<3>, Const<5>) -> (Const<5>, Const<3>)
fn case_014() {
    let mut rng = SeededRng::new(1014);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<9>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<1, 0, 5, 2>();
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "l,ld,lpd->dn",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[5, 3],
    );
    let got: Tensor<f64, (Const<5>, Const<3>)> =
        einsum!("l,ld,lpd->dn", &x0, &x1, x2; broadcast = [n]);
    check("case 14 (direct): l,ld,lpd->dn", &got, &[5, 3], &want, 9);
}

/// `...Tgzr,...,...Trzn` on (Const<4>, Const<5>, Const<5>, Const<2>), (Const<5>,), (Const<5>, Const<4>, Const<2>, Const<5>, Const<4>) -> (Const<5>, Const<5>, Const<4>)
fn case_015() {
    let mut rng = SeededRng::new(1015);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<2>, Const<5>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...Tgzr,...,...Trzn",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 5, 4],
    );
    let path = einsum_path!("...Tgzr,...,...Trzn", x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 15 (pairwise): ...Tgzr,...,...Trzn"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<4>)> =
        einsum!("...Tgzr,...,...Trzn", x0, &x1, &x2);
    check(
        "case 15 (pairwise): ...Tgzr,...,...Trzn",
        &got,
        &[5, 5, 4],
        &want,
        40,
    );
}

/// `oo->` on (Const<3>, Const<3>) -> ()
fn case_016() {
    let mut rng = SeededRng::new(1016);
    let s0 = Tensor::<f64, (Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 2, 3, 1>();
    let want = oracle("oo->", &[flat(&x0.to_tensor())], &[]);
    let path = einsum_path!("oo->", x0);
    assert!(path.is_direct(), "case 16 (direct): oo->");
    let got: Tensor<f64, ()> = einsum!("oo->", x0);
    check("case 16 (direct): oo->", &got, &[], &want, 3);
}

/// `bzl,lute,lz,tz->u` on (Const<4>, Const<5>, Const<5>), (Const<5>, Const<3>, Const<5>, Const<3>), (Const<5>, Const<5>), (Const<5>, Const<5>) -> (Const<3>,)
fn case_017() {
    let mut rng = SeededRng::new(1017);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "bzl,lute,lz,tz->u",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3],
    );
    let path = einsum_path!("bzl,lute,lz,tz->u", x0, x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 17 (pairwise): bzl,lute,lz,tz->u"
    );
    let got: Tensor<f64, (Const<3>,), H> = einsum!("bzl,lute,lz,tz->u", x0, x1, &x2, &x3);
    check(
        "case 17 (pairwise): bzl,lute,lz,tz->u",
        &got,
        &[3],
        &want,
        1500,
    );
}

/// `aauw->` on (Const<3>, Const<3>, Const<3>, Const<1>) -> ()
fn case_018() {
    let mut rng = SeededRng::new(1018);
    let s0 =
        Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<3, 0, 1, 1>();
    let want = oracle("aauw->", &[flat(&x0.to_tensor())], &[]);
    let path = einsum_path!("aauw->", &x0);
    assert!(path.is_direct(), "case 18 (direct): aauw->");
    let got: Tensor<f64, (), H> = einsum!("aauw->", &x0);
    check("case 18 (direct): aauw->", &got, &[], &want, 9);
}

/// `umh,sam,a,ahm->axz` on (Const<2>, Const<5>, Const<2>), (Const<3>, Const<3>, Const<5>), (Const<3>,), (Const<3>, Const<2>, Const<5>) -> (Const<3>, Const<4>, Const<4>)
fn case_019() {
    let mut rng = SeededRng::new(1019);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<3>, Const<2>, Const<7>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<2, 0, 5, 1>();
    let want = oracle(
        "umh,sam,a,ahm->axz",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[3, 4, 4],
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<4>), H> =
        einsum!("umh,sam,a,ahm->axz", x0, x1, x2, x3; broadcast = [x, z]);
    check(
        "case 19 (pairwise): umh,sam,a,ahm->axz",
        &got,
        &[3, 4, 4],
        &want,
        60,
    );
}

#[test]
fn cases_020_029() {
    run_cases(&[
        ("case_020", case_020),
        ("case_021", case_021),
        ("case_022", case_022),
        ("case_023", case_023),
        ("case_024", case_024),
        ("case_025", case_025),
        ("case_026", case_026),
        ("case_027", case_027),
        ("case_028", case_028),
        ("case_029", case_029),
    ]);
}

/// `sw->w` on (Const<3>, Const<2>) -> (Const<2>,)
fn case_020() {
    let mut rng = SeededRng::new(1020);
    let x0 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("sw->w", &[flat(&x0)], &[2]);
    let path = einsum_path!("sw->w", &x0);
    assert!(path.is_direct(), "case 20 (direct): sw->w");
    let got: Tensor<f64, (Const<2>,)> = einsum!("sw->w", &x0);
    check("case 20 (direct): sw->w", &got, &[2], &want, 3);
}

/// `Ett,titt,firt,vhfi->vEi` on (Const<5>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<4>, Const<3>), (Const<5>, Const<2>, Const<3>, Const<3>) -> (Const<5>, Const<5>, Const<3>)
fn case_021() {
    let mut rng = SeededRng::new(1021);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<10>, Const<2>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<0, 0, 5, 2>();
    let want = oracle(
        "Ett,titt,firt,vhfi->vEi",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[5, 5, 3],
    );
    let path = einsum_path!("Ett,titt,firt,vhfi->vEi", x0, &x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 21 (pairwise): Ett,titt,firt,vhfi->vEi"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<3>), H> =
        einsum!("Ett,titt,firt,vhfi->vEi", x0, &x1, &x2, x3);
    check(
        "case 21 (pairwise): Ett,titt,firt,vhfi->vEi",
        &got,
        &[5, 5, 3],
        &want,
        72,
    );
}

/// `z,hzv->hz` on (Const<5>,), (Const<5>, Const<5>, Const<4>) -> (Const<5>, Const<5>)
fn case_022() {
    let mut rng = SeededRng::new(1022);
    let x0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>, Const<6>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<1, 0, 5, 1>();
    let want = oracle("z,hzv->hz", &[flat(&x0), flat(&x1.to_tensor())], &[5, 5]);
    let path = einsum_path!("z,hzv->hz", x0, x1);
    assert!(path.is_direct(), "case 22 (direct): z,hzv->hz");
    let got: Tensor<f64, (Const<5>, Const<5>), H> = einsum!("z,hzv->hz", x0, x1);
    check("case 22 (direct): z,hzv->hz", &got, &[5, 5], &want, 4);
}

/// `pnq,np,vpcn,fcfg->gezpc` on (Const<2>, Const<5>, Const<4>), (Const<5>, Const<2>), (Const<4>, Const<2>, Const<3>, Const<5>), (Const<2>, Const<3>, Const<2>, Const<5>) -> (Const<5>, Const<1>, Const<1>, Const<2>, Const<3>)
fn case_023() {
    let mut rng = SeededRng::new(1023);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<2>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<3>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "pnq,np,vpcn,fcfg->gezpc",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 1, 1, 2, 3],
    );
    let got: Tensor<f64, (Const<5>, Const<1>, Const<1>, Const<2>, Const<3>)> =
        einsum!("pnq,np,vpcn,fcfg->gezpc", &x0, &x1, &x2, x3; broadcast = [e, z]);
    check(
        "case 23 (pairwise): pnq,np,vpcn,fcfg->gezpc",
        &got,
        &[5, 1, 1, 2, 3],
        &want,
        160,
    );
}

/// `ll->` on (Const<3>, Const<3>) -> ()
fn case_024() {
    let mut rng = SeededRng::new(1024);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ll->", &[flat(&x0)], &[]);
    let path = einsum_path!("ll->", &x0);
    assert!(path.is_direct(), "case 24 (direct): ll->");
    let got: Tensor<f64, ()> = einsum!("ll->", &x0);
    check("case 24 (direct): ll->", &got, &[], &want, 3);
}

/// `ht...,...eh,...inth,...h->ne...h` on (Const<4>, Const<3>, Const<5>, Const<3>), (Const<5>, Bcast, Const<3>, Const<4>), (Const<1>, Const<4>, Const<3>, Const<4>), (Const<4>,) -> (Const<4>, Const<3>, Const<5>, Const<3>, Const<4>)
fn case_025() {
    let mut rng = SeededRng::new(1025);
    let s0 =
        Tensor::<f64, (Const<4>, Const<3>, Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<5>, Bcast, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ht...,...eh,...inth,...h->ne...h",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 3, 5, 3, 4],
    );
    let path = einsum_path!("ht...,...eh,...inth,...h->ne...h", x0, &x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 25 (pairwise): ht...,...eh,...inth,...h->ne...h"
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<5>, Const<3>, Const<4>), H> =
        einsum!("ht...,...eh,...inth,...h->ne...h", x0, &x1, &x2, x3);
    check(
        "case 25 (pairwise): ht...,...eh,...inth,...h->ne...h",
        &got,
        &[4, 3, 5, 3, 4],
        &want,
        3,
    );
}

/// `,t,tttt,ttt->tt` on (), (Const<3>,), (Bcast, Bcast, Bcast, Bcast), (Const<3>, Const<3>, Const<3>) -> (Const<3>, Const<3>)
fn case_026() {
    let mut rng = SeededRng::new(1026);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast, Bcast, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        ",t,tttt,ttt->tt",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 3],
    );
    let path = einsum_path!(",t,tttt,ttt->tt", &x0, &x1, x2, &x3);
    assert!(path.is_direct(), "case 26 (direct): ,t,tttt,ttt->tt");
    let got: Tensor<f64, (Const<3>, Const<3>), H> =
        tensorial::einsum!(",t,tttt,ttt->tt", &x0, &x1, x2, &x3);
    check("case 26 (direct): ,t,tttt,ttt->tt", &got, &[3, 3], &want, 1);
}

/// `w...msg,...js,...,mgw...->...swg` on (Const<3>, Bcast, Const<2>, Const<4>, Const<5>), (Const<5>, Const<4>), (Bcast, Bcast), (Const<2>, Const<5>, Const<3>, Const<2>, Const<3>) -> (Const<2>, Const<3>, Const<4>, Const<3>, Const<5>)
fn case_027() {
    let mut rng = SeededRng::new(1027);
    let x0 = Tensor::<f64, (Const<3>, Bcast, Const<2>, Const<4>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<2>, Const<5>, Const<3>, Const<2>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = s3.view().flip::<4>();
    let want = oracle(
        "w...msg,...js,...,mgw...->...swg",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[2, 3, 4, 3, 5],
    );
    let path = einsum_path!("w...msg,...js,...,mgw...->...swg", x0, &x1, x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 27 (pairwise): w...msg,...js,...,mgw...->...swg"
    );
    let got: Tensor<f64, (Const<2>, Const<3>, Const<4>, Const<3>, Const<5>)> =
        einsum!("w...msg,...js,...,mgw...->...swg", x0, &x1, x2, x3);
    check(
        "case 27 (pairwise): w...msg,...js,...,mgw...->...swg",
        &got,
        &[2, 3, 4, 3, 5],
        &want,
        10,
    );
}

/// `e,e` on (Const<2>,), (Const<2>,) -> ()
fn case_028() {
    let mut rng = SeededRng::new(1028);
    let s0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("e,e", &[flat(&x0.to_tensor()), flat(&x1)], &[]);
    let path = einsum_path!("e,e", x0, &x1);
    assert!(path.is_direct(), "case 28 (direct): e,e");
    let got: Tensor<f64, ()> = einsum!("e,e", x0, &x1);
    check("case 28 (direct): e,e", &got, &[], &want, 2);
}

/// `lq,ql,aqu,bly->bu` on (Const<5>, Const<4>), (Const<4>, Const<5>), (Const<2>, Const<4>, Const<3>), (Const<5>, Bcast, Const<4>) -> (Const<5>, Const<3>)
fn case_029() {
    let mut rng = SeededRng::new(1029);
    let s0 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let s1 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 3, 4, -1>();
    let s2 = Tensor::<f64, (Const<2>, Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<1, 3, 4, -1>();
    let x3 = Tensor::<f64, (Const<5>, Bcast, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "lq,ql,aqu,bly->bu",
        &[
            flat(&x0.to_tensor()),
            flat(&x1.to_tensor()),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[5, 3],
    );
    let path = einsum_path!("lq,ql,aqu,bly->bu", x0, x1, x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 29 (pairwise): lq,ql,aqu,bly->bu"
    );
    let got: Tensor<f64, (Const<5>, Const<3>), H> = einsum!("lq,ql,aqu,bly->bu", x0, x1, x2, x3);
    check(
        "case 29 (pairwise): lq,ql,aqu,bly->bu",
        &got,
        &[5, 3],
        &want,
        160,
    );
}

#[test]
fn cases_030_039() {
    run_cases(&[
        ("case_030", case_030),
        ("case_031", case_031),
        ("case_032", case_032),
        ("case_033", case_033),
        ("case_034", case_034),
        ("case_035", case_035),
        ("case_036", case_036),
        ("case_037", case_037),
        ("case_038", case_038),
        ("case_039", case_039),
    ]);
}

/// `,sm,->` on (), (Const<3>, Const<1>), () -> ()
fn case_030() {
    let mut rng = SeededRng::new(1030);
    let x0 = Tensor::<f64, (), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(",sm,->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let path = einsum_path!(",sm,->", x0, &x1, &x2);
    assert!(path.is_direct(), "case 30 (direct): ,sm,->");
    let got: Tensor<f64, (), H> = einsum!(",sm,->", x0, &x1, &x2);
    check("case 30 (direct): ,sm,->", &got, &[], &want, 3);
}

/// `...nx,c...w,...cnw,...nxcr->cn...x` on (Const<5>, Const<4>, Const<4>, Bcast), (Const<3>, Const<2>), (Const<4>, Const<3>, Const<4>, Const<2>), (Const<5>, Bcast, Const<4>, Const<4>, Const<3>, Const<2>) -> (Const<3>, Const<4>, Const<5>, Const<4>, Const<4>)
fn case_031() {
    let mut rng = SeededRng::new(1031);
    let x0 = Tensor::<f64, (Const<5>, Const<4>, Const<4>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<3>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Bcast, Const<4>, Const<4>, Const<3>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...nx,c...w,...cnw,...nxcr->cn...x",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 4, 5, 4, 4],
    );
    let path = einsum_path!("...nx,c...w,...cnw,...nxcr->cn...x", x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 31 (pairwise): ...nx,c...w,...cnw,...nxcr->cn...x"
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<5>, Const<4>, Const<4>), H> =
        einsum!("...nx,c...w,...cnw,...nxcr->cn...x", x0, &x1, &x2, &x3);
    check(
        "case 31 (pairwise): ...nx,c...w,...cnw,...nxcr->cn...x",
        &got,
        &[3, 4, 5, 4, 4],
        &want,
        4,
    );
}

/// `t,tt,ttt->t` on (Bcast,), (Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>) -> (Const<3>,)
fn case_032() {
    let mut rng = SeededRng::new(1032);
    let s0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "t,tt,ttt->t",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[3],
    );
    let path = einsum_path!("t,tt,ttt->t", &x0, x1, &x2);
    assert!(path.is_direct(), "case 32 (direct): t,tt,ttt->t");
    let got: Tensor<f64, (Const<3>,)> = einsum!("t,tt,ttt->t", &x0, x1, &x2);
    check("case 32 (direct): t,tt,ttt->t", &got, &[3], &want, 1);
}

/// `cxxe,oi,ihe,oe->hxo` on (Const<4>, Const<5>, Const<5>, Const<5>), (Const<2>, Const<4>), (Const<4>, Const<5>, Const<5>), (Const<2>, Const<5>) -> (Const<5>, Const<5>, Const<2>)
fn case_033() {
    let mut rng = SeededRng::new(1033);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 2, 2, -1>();
    let x2 = Tensor::<f64, (Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<3>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<0, 0, 2, 2>();
    let want = oracle(
        "cxxe,oi,ihe,oe->hxo",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[5, 5, 2],
    );
    let path = einsum_path!("cxxe,oi,ihe,oe->hxo", x0, &x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 33 (pairwise): cxxe,oi,ihe,oe->hxo"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<2>), H> =
        einsum!("cxxe,oi,ihe,oe->hxo", x0, &x1, x2, &x3);
    check(
        "case 33 (pairwise): cxxe,oi,ihe,oe->hxo",
        &got,
        &[5, 5, 2],
        &want,
        80,
    );
}

/// `blq,l,wl->olebwq` on (Const<2>, Const<2>, Const<4>), (Const<2>,), (Const<3>, Const<2>) -> (Const<3>, Const<2>, Const<1>, Const<2>, Const<3>, Const<4>)
fn case_034() {
    let mut rng = SeededRng::new(1034);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "blq,l,wl->olebwq",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[3, 2, 1, 2, 3, 4],
    );
    let got: Tensor<f64, (Const<3>, Const<2>, Const<1>, Const<2>, Const<3>, Const<4>)> =
        tensorial::einsum!("blq,l,wl->olebwq", x0, x1, &x2; broadcast = [o, e]);
    check(
        "case 34 (direct): blq,l,wl->olebwq",
        &got,
        &[3, 2, 1, 2, 3, 4],
        &want,
        1,
    );
}

/// `ltcp,wdbp,wlc` on (Const<4>, Const<5>, Const<5>, Bcast), (Const<5>, Const<5>, Const<4>, Const<1>), (Const<5>, Const<4>, Bcast) -> (Const<4>, Const<5>, Const<5>)
fn case_035() {
    let mut rng = SeededRng::new(1035);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<10>, Const<5>, Const<4>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 0, 5, 2>();
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ltcp,wdbp,wlc",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[4, 5, 5],
    );
    let path = einsum_path!("ltcp,wdbp,wlc", x0, x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 35 (pairwise): ltcp,wdbp,wlc"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<5>)> = einsum!("ltcp,wdbp,wlc", x0, x1, x2);
    check(
        "case 35 (pairwise): ltcp,wdbp,wlc",
        &got,
        &[4, 5, 5],
        &want,
        100,
    );
}

/// `ixn,ni->xx` on (Const<4>, Const<3>, Const<4>), (Const<4>, Const<4>) -> (Const<3>, Const<3>)
fn case_036() {
    let mut rng = SeededRng::new(1036);
    let s0 = Tensor::<f64, (Const<4>, Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<1>();
    let x1 = Tensor::<f64, (Const<4>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ixn,ni->xx", &[flat(&x0.to_tensor()), flat(&x1)], &[3, 3]);
    let path = einsum_path!("ixn,ni->xx", x0, &x1);
    assert!(path.is_direct(), "case 36 (direct): ixn,ni->xx");
    let got: Tensor<f64, (Const<3>, Const<3>), H> = einsum!("ixn,ni->xx", x0, &x1);
    check("case 36 (direct): ixn,ni->xx", &got, &[3, 3], &want, 16);
}

/// `isn,ti,rt->sb` on (Const<4>, Const<4>, Const<4>), (Const<5>, Const<4>), (Const<3>, Const<5>) -> (Const<4>, Const<3>)
fn case_037() {
    let mut rng = SeededRng::new(1037);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("isn,ti,rt->sb", &[flat(&x0), flat(&x1), flat(&x2)], &[4, 3]);
    let got: Tensor<f64, (Const<4>, Const<3>)> =
        einsum!("isn,ti,rt->sb", &x0, &x1, &x2; broadcast = [b]);
    check(
        "case 37 (pairwise): isn,ti,rt->sb",
        &got,
        &[4, 3],
        &want,
        240,
    );
}

/// `ffy...,...fyy` on (Const<4>, Const<4>, Bcast, Const<3>, Const<4>, Const<2>), (Const<2>, Const<4>, Const<5>, Const<5>) -> (Const<3>, Const<4>, Const<2>)
fn case_038() {
    let mut rng = SeededRng::new(1038);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Bcast, Const<3>, Const<4>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<2>, Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ffy...,...fyy", &[flat(&x0), flat(&x1)], &[3, 4, 2]);
    let path = einsum_path!("ffy...,...fyy", &x0, x1);
    assert!(path.is_direct(), "case 38 (direct): ffy...,...fyy");
    let got: Tensor<f64, (Const<3>, Const<4>, Const<2>)> = einsum!("ffy...,...fyy", &x0, x1);
    check(
        "case 38 (direct): ffy...,...fyy",
        &got,
        &[3, 4, 2],
        &want,
        20,
    );
}

/// `...zdly,...yl,...nlyz->...n` on (Const<3>, Const<4>, Const<3>, Bcast, Const<3>), (Const<3>, Const<4>), (Const<3>, Const<5>, Const<4>, Const<3>, Const<4>) -> (Const<3>, Const<5>)
fn case_039() {
    let mut rng = SeededRng::new(1039);
    let x0 = Tensor::<f64, (Const<3>, Const<4>, Const<3>, Bcast, Const<3>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<5>, Const<4>, Const<3>, Const<4>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...zdly,...yl,...nlyz->...n",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[3, 5],
    );
    let path = einsum_path!("...zdly,...yl,...nlyz->...n", &x0, x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 39 (pairwise): ...zdly,...yl,...nlyz->...n"
    );
    let got: Tensor<f64, (Const<3>, Const<5>), H> =
        einsum!("...zdly,...yl,...nlyz->...n", &x0, x1, &x2);
    check(
        "case 39 (pairwise): ...zdly,...yl,...nlyz->...n",
        &got,
        &[3, 5],
        &want,
        144,
    );
}

#[test]
fn cases_040_049() {
    run_cases(&[
        ("case_040", case_040),
        ("case_041", case_041),
        ("case_042", case_042),
        ("case_043", case_043),
        ("case_044", case_044),
        ("case_045", case_045),
        ("case_046", case_046),
        ("case_047", case_047),
        ("case_048", case_048),
        ("case_049", case_049),
    ]);
}

/// `q,Mq->M` on (Const<1>,), (Const<1>, Const<1>) -> (Const<1>,)
fn case_040() {
    let mut rng = SeededRng::new(1040);
    let x0 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("q,Mq->M", &[flat(&x0), flat(&x1)], &[1]);
    let path = einsum_path!("q,Mq->M", &x0, &x1);
    assert!(path.is_direct(), "case 40 (direct): q,Mq->M");
    let got: Tensor<f64, (Const<1>,)> = einsum!("q,Mq->M", &x0, &x1);
    check("case 40 (direct): q,Mq->M", &got, &[1], &want, 1);
}

/// `...zJyy,...yizJ->zJ...` on (Const<4>, Const<5>, Bcast, Const<4>, Const<4>), (Const<3>, Const<4>, Const<4>, Const<4>, Bcast, Const<4>) -> (Const<5>, Const<4>, Const<3>, Const<4>)
fn case_041() {
    let mut rng = SeededRng::new(1041);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Bcast, Const<4>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<3>, Const<4>, Const<4>, Const<4>, Bcast, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...zJyy,...yizJ->zJ...",
        &[flat(&x0), flat(&x1)],
        &[5, 4, 3, 4],
    );
    let path = einsum_path!("...zJyy,...yizJ->zJ...", x0, x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 41 (pairwise): ...zJyy,...yizJ->zJ..."
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<3>, Const<4>)> =
        einsum!("...zJyy,...yizJ->zJ...", x0, x1);
    check(
        "case 41 (pairwise): ...zJyy,...yizJ->zJ...",
        &got,
        &[5, 4, 3, 4],
        &want,
        16,
    );
}

/// `lv,lmb->` on (Const<4>, Const<4>), (Const<4>, Const<3>, Const<2>) -> ()
fn case_042() {
    let mut rng = SeededRng::new(1042);
    let x0 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("lv,lmb->", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!("lv,lmb->", &x0, &x1);
    assert!(path.is_direct(), "case 42 (direct): lv,lmb->");
    let got: Tensor<f64, (), H> = einsum!("lv,lmb->", &x0, &x1);
    check("case 42 (direct): lv,lmb->", &got, &[], &want, 96);
}

/// `...,y...ds,...ydos->...dyew` on (), (Const<4>, Const<3>, Const<4>, Const<5>, Const<2>), (Const<3>, Const<4>, Const<4>, Const<5>, Const<3>, Const<2>) -> (Const<3>, Const<4>, Const<5>, Const<4>, Const<3>, Const<1>)
fn case_043() {
    let mut rng = SeededRng::new(1043);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<4>, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<3>, Const<4>, Const<4>, Const<5>, Const<3>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...,y...ds,...ydos->...dyew",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[3, 4, 5, 4, 3, 1],
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<5>, Const<4>, Const<3>, Const<1>)> =
        einsum!("...,y...ds,...ydos->...dyew", &x0, &x1, &x2; broadcast = [e, w]);
    check(
        "case 43 (pairwise): ...,y...ds,...ydos->...dyew",
        &got,
        &[3, 4, 5, 4, 3, 1],
        &want,
        6,
    );
}

/// `u,u->` on (Const<4>,), (Const<4>,) -> ()
fn case_044() {
    let mut rng = SeededRng::new(1044);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("u,u->", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!("u,u->", &x0, &x1);
    assert!(path.is_direct(), "case 44 (direct): u,u->");
    let got: Tensor<f64, ()> = einsum!("u,u->", &x0, &x1);
    check("case 44 (direct): u,u->", &got, &[], &want, 4);
}

/// `uit,t,tx,dvxi->vuxi` on (Const<4>, Const<5>, Const<5>), (Const<5>,), (Const<5>, Const<1>), (Const<5>, Const<5>, Const<1>, Const<5>) -> (Const<5>, Const<4>, Const<1>, Const<5>)
fn case_045() {
    let mut rng = SeededRng::new(1045);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 =
        Tensor::<f64, (Const<5>, Const<5>, Const<1>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "uit,t,tx,dvxi->vuxi",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 4, 1, 5],
    );
    let path = einsum_path!("uit,t,tx,dvxi->vuxi", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 45 (pairwise): uit,t,tx,dvxi->vuxi"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<1>, Const<5>), H> =
        einsum!("uit,t,tx,dvxi->vuxi", &x0, x1, x2, &x3);
    check(
        "case 45 (pairwise): uit,t,tx,dvxi->vuxi",
        &got,
        &[5, 4, 1, 5],
        &want,
        25,
    );
}

/// `op,ep,e,mie->eo` on (Const<4>, Bcast), (Bcast, Const<5>), (Const<2>,), (Const<2>, Bcast, Const<2>) -> (Const<2>, Const<4>)
fn case_046() {
    let mut rng = SeededRng::new(1046);
    let x0 = Tensor::<f64, (Const<4>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<1>();
    let s2 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 1, 2, -1>();
    let x3 = Tensor::<f64, (Const<2>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "op,ep,e,mie->eo",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[2, 4],
    );
    let path = einsum_path!("op,ep,e,mie->eo", &x0, x1, x2, x3);
    assert!(path.is_direct(), "case 46 (direct): op,ep,e,mie->eo");
    let got: Tensor<f64, (Const<2>, Const<4>), H> = einsum!("op,ep,e,mie->eo", &x0, x1, x2, x3);
    check(
        "case 46 (direct): op,ep,e,mie->eo",
        &got,
        &[2, 4],
        &want,
        10,
    );
}

/// `...ebim,...sbg` on (Bcast, Const<3>, Const<4>, Const<2>, Const<3>), (Const<5>, Const<5>, Const<4>, Const<2>) -> (Const<5>, Const<3>, Const<2>, Const<2>, Const<3>, Const<5>)
fn case_047() {
    let mut rng = SeededRng::new(1047);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Const<4>, Const<2>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 =
        Tensor::<f64, (Const<5>, Const<5>, Const<4>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...ebim,...sbg",
        &[flat(&x0), flat(&x1)],
        &[5, 3, 2, 2, 3, 5],
    );
    let path = einsum_path!("...ebim,...sbg", x0, &x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 47 (pairwise): ...ebim,...sbg"
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Const<2>, Const<2>, Const<3>, Const<5>), H> =
        einsum!("...ebim,...sbg", x0, &x1);
    check(
        "case 47 (pairwise): ...ebim,...sbg",
        &got,
        &[5, 3, 2, 2, 3, 5],
        &want,
        4,
    );
}

/// `eho,h` on (Const<2>, Const<5>, Const<2>), (Const<5>,) -> (Const<2>, Const<2>)
fn case_048() {
    let mut rng = SeededRng::new(1048);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<10>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 1, 5, 2>();
    let want = oracle("eho,h", &[flat(&x0), flat(&x1.to_tensor())], &[2, 2]);
    let path = einsum_path!("eho,h", &x0, x1);
    assert!(path.is_direct(), "case 48 (direct): eho,h");
    let got: Tensor<f64, (Const<2>, Const<2>)> = einsum!("eho,h", &x0, x1);
    check("case 48 (direct): eho,h", &got, &[2, 2], &want, 5);
}

/// `cx,xADh,cDfb,bx->bD` on (Const<3>, Const<3>), (Bcast, Const<2>, Const<5>, Const<3>), (Const<3>, Const<5>, Const<2>, Const<4>), (Const<4>, Const<3>) -> (Const<4>, Const<5>)
fn case_049() {
    let mut rng = SeededRng::new(1049);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<2>, Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 =
        Tensor::<f64, (Const<3>, Const<5>, Const<2>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "cx,xADh,cDfb,bx->bD",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 5],
    );
    let path = einsum_path!("cx,xADh,cDfb,bx->bD", &x0, x1, x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 49 (pairwise): cx,xADh,cDfb,bx->bD"
    );
    let got: Tensor<f64, (Const<4>, Const<5>), H> = einsum!("cx,xADh,cDfb,bx->bD", &x0, x1, x2, x3);
    check(
        "case 49 (pairwise): cx,xADh,cDfb,bx->bD",
        &got,
        &[4, 5],
        &want,
        108,
    );
}

#[test]
fn cases_050_059() {
    run_cases(&[
        ("case_050", case_050),
        ("case_051", case_051),
        ("case_052", case_052),
        ("case_053", case_053),
        ("case_054", case_054),
        ("case_055", case_055),
        ("case_056", case_056),
        ("case_057", case_057),
        ("case_058", case_058),
        ("case_059", case_059),
    ]);
}

/// `wt,ntwf,nwf->` on (Const<3>, Const<4>), (Const<1>, Const<4>, Const<3>, Const<2>), (Const<1>, Const<3>, Const<2>) -> ()
fn case_050() {
    let mut rng = SeededRng::new(1050);
    let x0 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<4>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("wt,ntwf,nwf->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let path = einsum_path!("wt,ntwf,nwf->", x0, &x1, &x2);
    assert!(path.is_direct(), "case 50 (direct): wt,ntwf,nwf->");
    let got: Tensor<f64, (), H> = einsum!("wt,ntwf,nwf->", x0, &x1, &x2);
    check("case 50 (direct): wt,ntwf,nwf->", &got, &[], &want, 24);
}

/// `...hn,...hvpn,...vhs,hs...pa->...sah` on (Const<2>, Const<5>), (Const<1>, Const<2>, Const<5>, Const<5>, Const<5>), (Bcast, Const<5>, Const<1>, Const<5>, Const<2>, Const<5>), (Const<2>, Const<5>, Const<5>, Bcast, Const<5>, Const<3>) -> (Bcast, Const<5>, Const<1>, Const<5>, Const<3>, Const<2>)
fn case_051() {
    let mut rng = SeededRng::new(1051);
    let x0 = Tensor::<f64, (Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<2>, Const<5>, Const<5>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s2 = Tensor::<f64, (Bcast, Const<5>, Const<1>, Const<5>, Const<2>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = s2.view();
    let x3 = Tensor::<f64, (Const<2>, Const<5>, Const<5>, Bcast, Const<5>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...hn,...hvpn,...vhs,hs...pa->...sah",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[1, 5, 1, 5, 3, 2],
    );
    let path = einsum_path!("...hn,...hvpn,...vhs,hs...pa->...sah", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 51 (pairwise): ...hn,...hvpn,...vhs,hs...pa->...sah"
    );
    let got: Tensor<f64, (Bcast, Const<5>, Const<1>, Const<5>, Const<3>, Const<2>)> =
        einsum!("...hn,...hvpn,...vhs,hs...pa->...sah", &x0, &x1, &x2, &x3);
    check(
        "case 51 (pairwise): ...hn,...hvpn,...vhs,hs...pa->...sah",
        &got,
        &[1, 5, 1, 5, 3, 2],
        &want,
        125,
    );
}

/// `...k,...,...kykk,...ykk->...` on (Bcast, Bcast, Bcast), (Const<3>, Const<3>), (Bcast, Bcast, Bcast, Bcast, Bcast), (Bcast, Const<5>, Const<5>) -> (Const<3>, Const<3>)
fn case_052() {
    let mut rng = SeededRng::new(1052);
    let x0 = Tensor::<f64, (Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast, Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Bcast, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...k,...,...kykk,...ykk->...",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 3],
    );
    let path = einsum_path!("...k,...,...kykk,...ykk->...", &x0, &x1, &x2, x3);
    assert!(
        path.is_direct(),
        "case 52 (direct): ...k,...,...kykk,...ykk->..."
    );
    let got: Tensor<f64, (Const<3>, Const<3>), H> =
        einsum!("...k,...,...kykk,...ykk->...", &x0, &x1, &x2, x3);
    check(
        "case 52 (direct): ...k,...,...kykk,...ykk->...",
        &got,
        &[3, 3],
        &want,
        5,
    );
}

/// `zaz,uxrx,qzu` on (Const<3>, Const<4>, Const<3>), (Const<4>, Const<3>, Const<3>, Const<3>), (Const<5>, Const<3>, Const<4>) -> (Const<4>, Const<5>, Const<3>)
fn case_053() {
    let mut rng = SeededRng::new(1053);
    let x0 = Tensor::<f64, (Const<3>, Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zaz,uxrx,qzu",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 5, 3],
    );
    let path = einsum_path!("zaz,uxrx,qzu", &x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 53 (pairwise): zaz,uxrx,qzu"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<3>), H> =
        einsum!("zaz,uxrx,qzu", &x0, &x1, &x2);
    check(
        "case 53 (pairwise): zaz,uxrx,qzu",
        &got,
        &[4, 5, 3],
        &want,
        36,
    );
}

/// `f->z` on (Const<3>,) -> (Const<3>,)
fn case_054() {
    let mut rng = SeededRng::new(1054);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("f->z", &[flat(&x0)], &[3]);
    let got: Tensor<f64, (Const<3>,)> = einsum!("f->z", &x0; broadcast = [z]);
    check("case 54 (direct): f->z", &got, &[3], &want, 3);
}

/// `lat,Lbba,iL,H` on (Const<4>, Const<4>, Const<5>), (Bcast, Const<3>, Const<3>, Const<4>), (Const<2>, Const<2>), (Const<3>,) -> (Const<3>, Const<2>, Const<4>, Const<5>)
fn case_055() {
    let mut rng = SeededRng::new(1055);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<3>, Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "lat,Lbba,iL,H",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 2, 4, 5],
    );
    let path = einsum_path!("lat,Lbba,iL,H", &x0, x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 55 (pairwise): lat,Lbba,iL,H"
    );
    let got: Tensor<f64, (Const<3>, Const<2>, Const<4>, Const<5>), H> =
        einsum!("lat,Lbba,iL,H", &x0, x1, &x2, &x3);
    check(
        "case 55 (pairwise): lat,Lbba,iL,H",
        &got,
        &[3, 2, 4, 5],
        &want,
        24,
    );
}

/// `uh,ur,rxhr,hurx->rhr` on (Const<3>, Const<2>), (Const<3>, Const<1>), (Bcast, Const<2>, Const<2>, Bcast), (Const<2>, Const<3>, Const<1>, Const<2>) -> (Const<1>, Const<2>, Const<1>)
fn case_056() {
    let mut rng = SeededRng::new(1056);
    let x0 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Bcast, Const<2>, Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<2, 1, 2, -1>();
    let s3 = Tensor::<f64, (Const<2>, Const<3>, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view().flip::<0>();
    let want = oracle(
        "uh,ur,rxhr,hurx->rhr",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3.to_tensor()),
        ],
        &[1, 2, 1],
    );
    let path = einsum_path!("uh,ur,rxhr,hurx->rhr", &x0, x1, x2, x3);
    assert!(path.is_direct(), "case 56 (direct): uh,ur,rxhr,hurx->rhr");
    let got: Tensor<f64, (Const<1>, Const<2>, Const<1>)> =
        einsum!("uh,ur,rxhr,hurx->rhr", &x0, x1, x2, x3);
    check(
        "case 56 (direct): uh,ur,rxhr,hurx->rhr",
        &got,
        &[1, 2, 1],
        &want,
        6,
    );
}

/// `wkv...m,...k,...kuw->...vkm` on (Const<3>, Const<2>, Const<5>, Const<5>), (Const<2>,), (Const<4>, Const<2>, Const<5>, Const<3>) -> (Const<4>, Const<5>, Const<2>, Const<5>)
fn case_057() {
    let mut rng = SeededRng::new(1057);
    let x0 =
        Tensor::<f64, (Const<3>, Const<2>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<2>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "wkv...m,...k,...kuw->...vkm",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 5, 2, 5],
    );
    let path = einsum_path!("wkv...m,...k,...kuw->...vkm", &x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 57 (pairwise): wkv...m,...k,...kuw->...vkm"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<2>, Const<5>), H> =
        einsum!("wkv...m,...k,...kuw->...vkm", &x0, &x1, &x2);
    check(
        "case 57 (pairwise): wkv...m,...k,...kuw->...vkm",
        &got,
        &[4, 5, 2, 5],
        &want,
        15,
    );
}

/// `rs,r->ss` on (Const<2>, Bcast), (Const<2>,) -> (Bcast, Bcast)
fn case_058() {
    let mut rng = SeededRng::new(1058);
    let x0 = Tensor::<f64, (Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("rs,r->ss", &[flat(&x0), flat(&x1)], &[1, 1]);
    let path = einsum_path!("rs,r->ss", &x0, &x1);
    assert!(path.is_direct(), "case 58 (direct): rs,r->ss");
    let got: Tensor<f64, (Bcast, Bcast)> = einsum!("rs,r->ss", &x0, &x1);
    check("case 58 (direct): rs,r->ss", &got, &[1, 1], &want, 2);
}

/// `vga,ka,ygkj->hyth` on (Const<4>, Const<3>, Const<4>), (Const<4>, Const<4>), (Const<2>, Const<3>, Const<4>, Const<4>) -> (Const<2>, Const<2>, Const<1>, Const<2>)
fn case_059() {
    let mut rng = SeededRng::new(1059);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<3>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vga,ka,ygkj->hyth",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[2, 2, 1, 2],
    );
    let got: Tensor<f64, (Const<2>, Const<2>, Const<1>, Const<2>)> =
        einsum!("vga,ka,ygkj->hyth", x0, x1, &x2; broadcast = [h, t]);
    check(
        "case 59 (pairwise): vga,ka,ygkj->hyth",
        &got,
        &[2, 2, 1, 2],
        &want,
        768,
    );
}

#[test]
fn cases_060_069() {
    run_cases(&[
        ("case_060", case_060),
        ("case_061", case_061),
        ("case_062", case_062),
        ("case_063", case_063),
        ("case_064", case_064),
        ("case_065", case_065),
        ("case_066", case_066),
        ("case_067", case_067),
        ("case_068", case_068),
        ("case_069", case_069),
    ]);
}

/// `ma` on (Const<2>, Const<2>) -> (Const<2>, Const<2>)
fn case_060() {
    let mut rng = SeededRng::new(1060);
    let x0 = Tensor::<f64, (Const<2>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ma", &[flat(&x0)], &[2, 2]);
    let path = einsum_path!("ma", x0);
    assert!(path.is_direct(), "case 60 (direct): ma");
    let got: Tensor<f64, (Const<2>, Const<2>), H> = einsum!("ma", x0);
    check("case 60 (direct): ma", &got, &[2, 2], &want, 1);
}

/// `bb,beq,abr,mrg->aem` on (Const<2>, Const<2>), (Const<2>, Const<5>, Const<5>), (Const<5>, Const<2>, Const<2>), (Const<3>, Const<2>, Const<2>) -> (Const<5>, Const<5>, Const<3>)
fn case_061() {
    let mut rng = SeededRng::new(1061);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<2>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<2>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "bb,beq,abr,mrg->aem",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 5, 3],
    );
    let path = einsum_path!("bb,beq,abr,mrg->aem", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 61 (pairwise): bb,beq,abr,mrg->aem"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<3>), H> =
        einsum!("bb,beq,abr,mrg->aem", &x0, &x1, &x2, &x3);
    check(
        "case 61 (pairwise): bb,beq,abr,mrg->aem",
        &got,
        &[5, 5, 3],
        &want,
        40,
    );
}

/// `ee->e` on (Const<3>, Const<3>) -> (Const<3>,)
fn case_062() {
    let mut rng = SeededRng::new(1062);
    let s0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let want = oracle("ee->e", &[flat(&x0.to_tensor())], &[3]);
    let path = einsum_path!("ee->e", x0);
    assert!(path.is_direct(), "case 62 (direct): ee->e");
    let got: Tensor<f64, (Const<3>,)> = einsum!("ee->e", x0);
    check("case 62 (direct): ee->e", &got, &[3], &want, 1);
}

/// `vkzi,jkz->kiaz` on (Const<4>, Const<3>, Const<5>, Const<5>), (Const<3>, Const<3>, Const<5>) -> (Const<3>, Const<5>, Const<4>, Const<5>)
fn case_063() {
    let mut rng = SeededRng::new(1063);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("vkzi,jkz->kiaz", &[flat(&x0), flat(&x1)], &[3, 5, 4, 5]);
    let got: Tensor<f64, (Const<3>, Const<5>, Const<4>, Const<5>)> =
        einsum!("vkzi,jkz->kiaz", x0, &x1; broadcast = [a]);
    check(
        "case 63 (pairwise): vkzi,jkz->kiaz",
        &got,
        &[3, 5, 4, 5],
        &want,
        12,
    );
}

/// `et,ter->rter` on (Bcast, Const<5>), (Const<5>, Const<3>, Const<4>) -> (Const<4>, Const<5>, Const<3>, Const<4>)
fn case_064() {
    let mut rng = SeededRng::new(1064);
    let x0 = Tensor::<f64, (Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("et,ter->rter", &[flat(&x0), flat(&x1)], &[4, 5, 3, 4]);
    let path = einsum_path!("et,ter->rter", &x0, &x1);
    assert!(path.is_direct(), "case 64 (direct): et,ter->rter");
    let got: Tensor<f64, (Const<4>, Const<5>, Const<3>, Const<4>)> =
        einsum!("et,ter->rter", &x0, &x1);
    check(
        "case 64 (direct): et,ter->rter",
        &got,
        &[4, 5, 3, 4],
        &want,
        1,
    );
}

/// `Ds,XsDq,jfsD,qja->qpdXDj` on (Const<2>, Const<3>), (Const<1>, Const<3>, Bcast, Const<5>), (Const<5>, Const<1>, Const<3>, Const<2>), (Const<5>, Const<5>, Const<4>) -> (Const<5>, Const<3>, Const<4>, Const<1>, Const<2>, Const<5>)
fn case_065() {
    let mut rng = SeededRng::new(1065);
    let x0 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<3>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<1>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Ds,XsDq,jfsD,qja->qpdXDj",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 3, 4, 1, 2, 5],
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Const<4>, Const<1>, Const<2>, Const<5>)> =
        einsum!("Ds,XsDq,jfsD,qja->qpdXDj", x0, &x1, &x2, x3; broadcast = [p, d]);
    check(
        "case 65 (pairwise): Ds,XsDq,jfsD,qja->qpdXDj",
        &got,
        &[5, 3, 4, 1, 2, 5],
        &want,
        12,
    );
}

/// `ss,s,ss->` on (Bcast, Bcast), (Const<3>,), (Const<3>, Const<3>) -> ()
fn case_066() {
    let mut rng = SeededRng::new(1066);
    let x0 = Tensor::<f64, (Bcast, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ss,s,ss->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let path = einsum_path!("ss,s,ss->", &x0, x1, x2);
    assert!(path.is_direct(), "case 66 (direct): ss,s,ss->");
    let got: Tensor<f64, (), H> = einsum!("ss,s,ss->", &x0, x1, x2);
    check("case 66 (direct): ss,s,ss->", &got, &[], &want, 3);
}

/// `gu...,...,...px,...p->...p` on (Const<4>, Const<3>, Const<5>, Const<5>), (Const<1>, Bcast, Const<5>), (Const<5>, Const<2>), (Bcast, Const<5>, Const<5>, Const<5>) -> (Const<1>, Const<5>, Const<5>, Const<5>)
fn case_067() {
    let mut rng = SeededRng::new(1067);
    let s0 = Tensor::<f64, (Const<8>, Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 1, 4, 2>();
    let x1 = Tensor::<f64, (Const<1>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<10>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 1, 5, 2>();
    let x3 = Tensor::<f64, (Bcast, Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "gu...,...,...px,...p->...p",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[1, 5, 5, 5],
    );
    let path = einsum_path!("gu...,...,...px,...p->...p", &x0, &x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 67 (pairwise): gu...,...,...px,...p->...p"
    );
    let got: Tensor<f64, (Const<1>, Const<5>, Const<5>, Const<5>)> =
        einsum!("gu...,...,...px,...p->...p", &x0, &x1, x2, &x3);
    check(
        "case 67 (pairwise): gu...,...,...px,...p->...p",
        &got,
        &[1, 5, 5, 5],
        &want,
        24,
    );
}

/// `VVVV,,VVV` on (Const<1>, Const<1>, Const<1>, Const<1>), (), (Const<1>, Const<1>, Const<1>) -> ()
fn case_068() {
    let mut rng = SeededRng::new(1068);
    let x0 =
        Tensor::<f64, (Const<1>, Const<1>, Const<1>, Const<1>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("VVVV,,VVV", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let path = einsum_path!("VVVV,,VVV", x0, &x1, x2);
    assert!(path.is_direct(), "case 68 (direct): VVVV,,VVV");
    let got: Tensor<f64, (), H> = einsum!("VVVV,,VVV", x0, &x1, x2);
    check("case 68 (direct): VVVV,,VVV", &got, &[], &want, 1);
}

/// `ls...,...sGgy->...sl` on (Const<3>, Const<4>, Const<4>, Bcast), (Bcast, Const<1>, Const<4>, Const<4>, Const<4>, Const<3>) -> (Const<4>, Const<1>, Const<4>, Const<3>)
fn case_069() {
    let mut rng = SeededRng::new(1069);
    let x0 = Tensor::<f64, (Const<3>, Const<4>, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<1>, Const<4>, Const<4>, Const<4>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "ls...,...sGgy->...sl",
        &[flat(&x0), flat(&x1)],
        &[4, 1, 4, 3],
    );
    let path = einsum_path!("ls...,...sGgy->...sl", x0, &x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 69 (pairwise): ls...,...sGgy->...sl"
    );
    let got: Tensor<f64, (Const<4>, Const<1>, Const<4>, Const<3>)> =
        einsum!("ls...,...sGgy->...sl", x0, &x1);
    check(
        "case 69 (pairwise): ls...,...sGgy->...sl",
        &got,
        &[4, 1, 4, 3],
        &want,
        48,
    );
}

#[test]
fn cases_070_079() {
    run_cases(&[
        ("case_070", case_070),
        ("case_071", case_071),
        ("case_072", case_072),
        ("case_073", case_073),
        ("case_074", case_074),
        ("case_075", case_075),
        ("case_076", case_076),
        ("case_077", case_077),
        ("case_078", case_078),
        ("case_079", case_079),
    ]);
}

/// `e,e->` on (Const<3>,), (Const<3>,) -> ()
fn case_070() {
    let mut rng = SeededRng::new(1070);
    let x0 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("e,e->", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!("e,e->", &x0, &x1);
    assert!(path.is_direct(), "case 70 (direct): e,e->");
    let got: Tensor<f64, (), H> = einsum!("e,e->", &x0, &x1);
    check("case 70 (direct): e,e->", &got, &[], &want, 3);
}

/// `...uwr,...orub,...aro,ax...->...uxa` on (Bcast, Bcast, Const<2>, Const<4>, Const<4>), (Bcast, Const<5>, Const<2>, Const<4>, Const<2>, Const<2>), (Bcast, Bcast, Const<4>, Const<4>, Const<2>), (Const<4>, Const<5>) -> (Bcast, Const<5>, Const<2>, Const<5>, Const<4>)
fn case_071() {
    let mut rng = SeededRng::new(1071);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<2>, Const<4>, Const<4>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Bcast, Const<5>, Const<2>, Const<4>, Const<2>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Bcast, Bcast, Const<4>, Const<4>, Const<2>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...uwr,...orub,...aro,ax...->...uxa",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[1, 5, 2, 5, 4],
    );
    let path = einsum_path!("...uwr,...orub,...aro,ax...->...uxa", x0, x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 71 (pairwise): ...uwr,...orub,...aro,ax...->...uxa"
    );
    let got: Tensor<f64, (Bcast, Const<5>, Const<2>, Const<5>, Const<4>), H> =
        einsum!("...uwr,...orub,...aro,ax...->...uxa", x0, x1, &x2, x3);
    check(
        "case 71 (pairwise): ...uwr,...orub,...aro,ax...->...uxa",
        &got,
        &[1, 5, 2, 5, 4],
        &want,
        64,
    );
}

/// `bz,zb,br->brz` on (Const<3>, Bcast), (Const<4>, Const<3>), (Const<3>, Const<2>) -> (Const<3>, Const<2>, Const<4>)
fn case_072() {
    let mut rng = SeededRng::new(1072);
    let x0 = Tensor::<f64, (Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "bz,zb,br->brz",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[3, 2, 4],
    );
    let path = einsum_path!("bz,zb,br->brz", &x0, x1, x2);
    assert!(path.is_direct(), "case 72 (direct): bz,zb,br->brz");
    let got: Tensor<f64, (Const<3>, Const<2>, Const<4>)> = einsum!("bz,zb,br->brz", &x0, x1, x2);
    check(
        "case 72 (direct): bz,zb,br->brz",
        &got,
        &[3, 2, 4],
        &want,
        1,
    );
}

/// `plp,lkf,l,cfcb` on (Const<4>, Const<4>, Const<4>), (Const<4>, Const<2>, Const<5>), (Const<4>,), (Const<5>, Const<5>, Const<5>, Const<4>) -> (Const<4>, Const<2>)
fn case_073() {
    let mut rng = SeededRng::new(1073);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 =
        Tensor::<f64, (Const<5>, Const<5>, Const<5>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "plp,lkf,l,cfcb",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 2],
    );
    let path = einsum_path!("plp,lkf,l,cfcb", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 73 (pairwise): plp,lkf,l,cfcb"
    );
    let got: Tensor<f64, (Const<4>, Const<2>), H> = einsum!("plp,lkf,l,cfcb", &x0, x1, x2, &x3);
    check(
        "case 73 (pairwise): plp,lkf,l,cfcb",
        &got,
        &[4, 2],
        &want,
        400,
    );
}

/// `iy,yjei,yel->ledyj` on (Const<5>, Const<4>), (Const<4>, Const<5>, Const<3>, Const<5>), (Const<4>, Const<3>, Const<3>) -> (Const<3>, Const<3>, Const<2>, Const<4>, Const<5>)
fn case_074() {
    let mut rng = SeededRng::new(1074);
    let x0 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<2, 2, 3, -1>();
    let want = oracle(
        "iy,yjei,yel->ledyj",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[3, 3, 2, 4, 5],
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<2>, Const<4>, Const<5>)> =
        einsum!("iy,yjei,yel->ledyj", &x0, x1, x2; broadcast = [d]);
    check(
        "case 74 (direct): iy,yjei,yel->ledyj",
        &got,
        &[3, 3, 2, 4, 5],
        &want,
        5,
    );
}

/// `fuU,utlo,lot,lof` on (Const<5>, Const<5>, Const<2>), (Const<5>, Const<4>, Const<3>, Const<5>), (Const<3>, Const<5>, Const<4>), (Const<3>, Const<5>, Const<5>) -> (Const<2>,)
fn case_075() {
    let mut rng = SeededRng::new(1075);
    let x0 = Tensor::<f64, (Const<5>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 =
        Tensor::<f64, (Const<5>, Const<4>, Const<3>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<5>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fuU,utlo,lot,lof",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2],
    );
    let path = einsum_path!("fuU,utlo,lot,lof", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 75 (pairwise): fuU,utlo,lot,lof"
    );
    let got: Tensor<f64, (Const<2>,), H> = einsum!("fuU,utlo,lot,lof", &x0, &x1, &x2, &x3);
    check(
        "case 75 (pairwise): fuU,utlo,lot,lof",
        &got,
        &[2],
        &want,
        1500,
    );
}

/// `cXX,cX->` on (Const<5>, Const<2>, Const<2>), (Const<5>, Const<2>) -> ()
fn case_076() {
    let mut rng = SeededRng::new(1076);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("cXX,cX->", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!("cXX,cX->", &x0, &x1);
    assert!(path.is_direct(), "case 76 (direct): cXX,cX->");
    let got: Tensor<f64, ()> = einsum!("cXX,cX->", &x0, &x1);
    check("case 76 (direct): cXX,cX->", &got, &[], &want, 10);
}

/// `cwku,pk,pcu->jurkp` on (Const<2>, Const<2>, Const<5>, Const<3>), (Const<5>, Bcast), (Const<5>, Const<2>, Bcast) -> (Const<3>, Const<3>, Const<3>, Const<5>, Const<5>)
fn case_077() {
    let mut rng = SeededRng::new(1077);
    let s0 =
        Tensor::<f64, (Const<2>, Const<2>, Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let x1 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "cwku,pk,pcu->jurkp",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[3, 3, 3, 5, 5],
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<3>, Const<5>, Const<5>), H> =
        einsum!("cwku,pk,pcu->jurkp", &x0, x1, x2; broadcast = [j, r]);
    check(
        "case 77 (pairwise): cwku,pk,pcu->jurkp",
        &got,
        &[3, 3, 3, 5, 5],
        &want,
        4,
    );
}

/// `,E,EE->sE` on (), (Const<4>,), (Const<4>, Const<4>) -> (Const<3>, Const<4>)
fn case_078() {
    let mut rng = SeededRng::new(1078);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(",E,EE->sE", &[flat(&x0), flat(&x1), flat(&x2)], &[3, 4]);
    let got: Tensor<f64, (Const<3>, Const<4>)> =
        einsum!(",E,EE->sE", &x0, &x1, &x2; broadcast = [s]);
    check("case 78 (direct): ,E,EE->sE", &got, &[3, 4], &want, 1);
}

/// `...x,...gkix,...x,...gkx->...` on (Const<2>, Const<4>, Const<5>), (Const<2>, Const<4>, Const<2>, Const<3>, Const<2>, Const<5>), (Const<5>, Const<2>, Const<4>, Const<5>), (Bcast, Const<2>, Bcast, Bcast, Const<3>, Const<5>) -> (Const<5>, Const<2>, Const<4>)
fn case_079() {
    let mut rng = SeededRng::new(1079);
    let x0 = Tensor::<f64, (Const<2>, Const<4>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let s1 =
        Tensor::<f64, (Const<2>, Const<4>, Const<2>, Const<3>, Const<2>, Const<5>), H>::uniform(
            &mut rng, -1.0, 1.0,
        );
    let x1 = s1.view().flip::<3>();
    let s2 = Tensor::<f64, (Const<5>, Const<3>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<1, 0, 2, 2>();
    let x3 = Tensor::<f64, (Bcast, Const<2>, Bcast, Bcast, Const<3>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...x,...gkix,...x,...gkx->...",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[5, 2, 4],
    );
    let path = einsum_path!("...x,...gkix,...x,...gkx->...", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 79 (pairwise): ...x,...gkix,...x,...gkx->..."
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<4>), H> =
        einsum!("...x,...gkix,...x,...gkx->...", &x0, x1, x2, &x3);
    check(
        "case 79 (pairwise): ...x,...gkix,...x,...gkx->...",
        &got,
        &[5, 2, 4],
        &want,
        60,
    );
}

#[test]
fn cases_080_089() {
    run_cases(&[
        ("case_080", case_080),
        ("case_081", case_081),
        ("case_082", case_082),
        ("case_083", case_083),
        ("case_084", case_084),
        ("case_085", case_085),
        ("case_086", case_086),
        ("case_087", case_087),
        ("case_088", case_088),
        ("case_089", case_089),
    ]);
}

/// `sgeg,esgs->gs` on (Const<4>, Const<3>, Const<5>, Const<3>), (Const<5>, Const<4>, Const<3>, Const<4>) -> (Const<3>, Const<4>)
fn case_080() {
    let mut rng = SeededRng::new(1080);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("sgeg,esgs->gs", &[flat(&x0), flat(&x1)], &[3, 4]);
    let path = einsum_path!("sgeg,esgs->gs", &x0, &x1);
    assert!(path.is_direct(), "case 80 (direct): sgeg,esgs->gs");
    let got: Tensor<f64, (Const<3>, Const<4>)> = einsum!("sgeg,esgs->gs", &x0, &x1);
    check("case 80 (direct): sgeg,esgs->gs", &got, &[3, 4], &want, 5);
}

/// `ee,epf,mpid,i->imd` on (Bcast, Bcast), (Const<5>, Const<2>, Const<3>), (Const<5>, Const<2>, Const<5>, Const<3>), (Const<5>,) -> (Const<5>, Const<5>, Const<3>)
fn case_081() {
    let mut rng = SeededRng::new(1081);
    let x0 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<1, 1, 2, -1>();
    let x3 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ee,epf,mpid,i->imd",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[5, 5, 3],
    );
    let path = einsum_path!("ee,epf,mpid,i->imd", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 81 (pairwise): ee,epf,mpid,i->imd"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<3>), H> =
        einsum!("ee,epf,mpid,i->imd", &x0, &x1, &x2, &x3);
    check(
        "case 81 (pairwise): ee,epf,mpid,i->imd",
        &got,
        &[5, 5, 3],
        &want,
        30,
    );
}

/// `qyv,ve->q` on (Const<3>, Const<3>, Const<5>), (Const<5>, Const<4>) -> (Const<3>,)
fn case_082() {
    let mut rng = SeededRng::new(1082);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 4, 5, -1>();
    let want = oracle("qyv,ve->q", &[flat(&x0), flat(&x1.to_tensor())], &[3]);
    let path = einsum_path!("qyv,ve->q", &x0, &x1);
    assert!(path.is_direct(), "case 82 (direct): qyv,ve->q");
    let got: Tensor<f64, (Const<3>,)> = einsum!("qyv,ve->q", &x0, &x1);
    check("case 82 (direct): qyv,ve->q", &got, &[3], &want, 60);
}

/// `sX,cfs,csX->gfcq` on (Bcast, Const<2>), (Const<5>, Const<5>, Const<5>), (Const<5>, Const<5>, Const<2>) -> (Const<3>, Const<5>, Const<5>, Const<3>)
fn case_083() {
    let mut rng = SeededRng::new(1083);
    let x0 = Tensor::<f64, (Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<10>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<1, 0, 5, 2>();
    let want = oracle(
        "sX,cfs,csX->gfcq",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[3, 5, 5, 3],
    );
    let got: Tensor<f64, (Const<3>, Const<5>, Const<5>, Const<3>), H> =
        einsum!("sX,cfs,csX->gfcq", x0, &x1, &x2; broadcast = [g, q]);
    check(
        "case 83 (pairwise): sX,cfs,csX->gfcq",
        &got,
        &[3, 5, 5, 3],
        &want,
        10,
    );
}

/// `mz,zm->zzm` on (Const<5>, Const<1>), (Const<1>, Const<5>) -> (Const<1>, Const<1>, Const<5>)
fn case_084() {
    let mut rng = SeededRng::new(1084);
    let x0 = Tensor::<f64, (Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("mz,zm->zzm", &[flat(&x0), flat(&x1)], &[1, 1, 5]);
    let path = einsum_path!("mz,zm->zzm", x0, &x1);
    assert!(path.is_direct(), "case 84 (direct): mz,zm->zzm");
    let got: Tensor<f64, (Const<1>, Const<1>, Const<5>)> = einsum!("mz,zm->zzm", x0, &x1);
    check("case 84 (direct): mz,zm->zzm", &got, &[1, 1, 5], &want, 1);
}

/// `zmjN,mqs,jH,jHzm->qeHj` on (Const<3>, Const<2>, Const<1>, Const<5>), (Const<2>, Const<4>, Const<5>), (Const<1>, Const<5>), (Const<1>, Const<5>, Const<3>, Const<2>) -> (Const<4>, Const<2>, Const<5>, Const<1>)
fn case_085() {
    let mut rng = SeededRng::new(1085);
    let x0 = Tensor::<f64, (Const<3>, Const<2>, Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<1>, Const<5>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zmjN,mqs,jH,jHzm->qeHj",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 2, 5, 1],
    );
    let got: Tensor<f64, (Const<4>, Const<2>, Const<5>, Const<1>)> =
        einsum!("zmjN,mqs,jH,jHzm->qeHj", &x0, &x1, &x2, x3; broadcast = [e]);
    check(
        "case 85 (pairwise): zmjN,mqs,jH,jHzm->qeHj",
        &got,
        &[4, 2, 5, 1],
        &want,
        150,
    );
}

/// `hh,vkh,vvk,v->vk` on (Bcast, Bcast), (Const<4>, Const<4>, Const<5>), (Const<4>, Const<4>, Const<4>), (Const<4>,) -> (Const<4>, Const<4>)
fn case_086() {
    let mut rng = SeededRng::new(1086);
    let x0 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<2>();
    let x2 = Tensor::<f64, (Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "hh,vkh,vvk,v->vk",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[4, 4],
    );
    let path = einsum_path!("hh,vkh,vvk,v->vk", x0, x1, x2, &x3);
    assert!(path.is_direct(), "case 86 (direct): hh,vkh,vvk,v->vk");
    let got: Tensor<f64, (Const<4>, Const<4>)> = einsum!("hh,vkh,vvk,v->vk", x0, x1, x2, &x3);
    check(
        "case 86 (direct): hh,vkh,vvk,v->vk",
        &got,
        &[4, 4],
        &want,
        5,
    );
}

/// `...qrl,...jl,...lu->qj...` on (Bcast, Const<5>, Const<4>, Const<3>), (Const<5>, Bcast, Const<4>, Const<3>), (Const<1>, Const<3>, Const<2>) -> (Const<5>, Const<4>, Const<5>, Const<1>)
fn case_087() {
    let mut rng = SeededRng::new(1087);
    let x0 = Tensor::<f64, (Bcast, Const<5>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Bcast, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...qrl,...jl,...lu->qj...",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 4, 5, 1],
    );
    let path = einsum_path!("...qrl,...jl,...lu->qj...", &x0, x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 87 (pairwise): ...qrl,...jl,...lu->qj..."
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<5>, Const<1>)> =
        einsum!("...qrl,...jl,...lu->qj...", &x0, x1, &x2);
    check(
        "case 87 (pairwise): ...qrl,...jl,...lu->qj...",
        &got,
        &[5, 4, 5, 1],
        &want,
        24,
    );
}

/// `,fj` on (), (Const<2>, Const<5>) -> (Const<2>, Const<5>)
fn case_088() {
    let mut rng = SeededRng::new(1088);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let want = oracle(",fj", &[flat(&x0), flat(&x1.to_tensor())], &[2, 5]);
    let path = einsum_path!(",fj", x0, &x1);
    assert!(path.is_direct(), "case 88 (direct): ,fj");
    let got: Tensor<f64, (Const<2>, Const<5>)> = einsum!(",fj", x0, &x1);
    check("case 88 (direct): ,fj", &got, &[2, 5], &want, 1);
}

/// `xjl...z,...jlxu,...juxl->...juz` on (Const<5>, Const<2>, Const<2>, Const<5>, Bcast, Const<4>), (Const<2>, Const<2>, Const<5>, Const<5>), (Const<5>, Const<5>, Const<2>, Const<5>, Const<5>, Const<2>) -> (Const<5>, Const<5>, Const<2>, Const<5>, Const<4>)
fn case_089() {
    let mut rng = SeededRng::new(1089);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<2>, Const<5>, Bcast, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 =
        Tensor::<f64, (Const<2>, Const<2>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<5>, Const<2>, Const<5>, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "xjl...z,...jlxu,...juxl->...juz",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 5, 2, 5, 4],
    );
    let path = einsum_path!("xjl...z,...jlxu,...juxl->...juz", &x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 89 (pairwise): xjl...z,...jlxu,...juxl->...juz"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<2>, Const<5>, Const<4>), H> =
        einsum!("xjl...z,...jlxu,...juxl->...juz", &x0, &x1, &x2);
    check(
        "case 89 (pairwise): xjl...z,...jlxu,...juxl->...juz",
        &got,
        &[5, 5, 2, 5, 4],
        &want,
        10,
    );
}

#[test]
fn cases_090_099() {
    run_cases(&[
        ("case_090", case_090),
        ("case_091", case_091),
        ("case_092", case_092),
        ("case_093", case_093),
        ("case_094", case_094),
        ("case_095", case_095),
        ("case_096", case_096),
        ("case_097", case_097),
        ("case_098", case_098),
        ("case_099", case_099),
    ]);
}

/// `e,eee->` on (Const<4>,), (Const<4>, Const<4>, Const<4>) -> ()
fn case_090() {
    let mut rng = SeededRng::new(1090);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("e,eee->", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!("e,eee->", &x0, &x1);
    assert!(path.is_direct(), "case 90 (direct): e,eee->");
    let got: Tensor<f64, ()> = einsum!("e,eee->", &x0, &x1);
    check("case 90 (direct): e,eee->", &got, &[], &want, 4);
}

/// `...tqaw,...hia,h...ia->...qa` on (Bcast, Const<3>, Const<2>, Const<4>, Const<5>), (Const<2>, Const<5>, Const<2>, Const<4>), (Const<5>, Const<2>, Const<2>, Const<4>) -> (Const<2>, Const<2>, Const<4>)
fn case_091() {
    let mut rng = SeededRng::new(1091);
    let s0 = Tensor::<f64, (Bcast, Const<3>, Const<2>, Const<4>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<2>, Const<5>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 =
        Tensor::<f64, (Const<5>, Const<2>, Const<2>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...tqaw,...hia,h...ia->...qa",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[2, 2, 4],
    );
    let path = einsum_path!("...tqaw,...hia,h...ia->...qa", x0, &x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 91 (pairwise): ...tqaw,...hia,h...ia->...qa"
    );
    let got: Tensor<f64, (Const<2>, Const<2>, Const<4>), H> =
        einsum!("...tqaw,...hia,h...ia->...qa", x0, &x1, x2);
    check(
        "case 91 (pairwise): ...tqaw,...hia,h...ia->...qa",
        &got,
        &[2, 2, 4],
        &want,
        150,
    );
}

/// `z,zw->w` on (Bcast,), (Const<2>, Const<3>) -> (Const<3>,)
fn case_092() {
    let mut rng = SeededRng::new(1092);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 1, 2, 2>();
    let want = oracle("z,zw->w", &[flat(&x0), flat(&x1.to_tensor())], &[3]);
    let path = einsum_path!("z,zw->w", &x0, x1);
    assert!(path.is_direct(), "case 92 (direct): z,zw->w");
    let got: Tensor<f64, (Const<3>,), H> = einsum!("z,zw->w", &x0, x1);
    check("case 92 (direct): z,zw->w", &got, &[3], &want, 2);
}

/// `...nn,...lbnd->...lbd` on (Const<2>, Const<5>, Const<5>, Const<2>, Const<2>), (Const<5>, Const<5>, Const<5>, Const<5>, Const<2>, Const<2>) -> (Const<2>, Const<5>, Const<5>, Const<5>, Const<5>, Const<2>)
fn case_093() {
    let mut rng = SeededRng::new(1093);
    let s0 = Tensor::<f64, (Const<2>, Const<5>, Const<5>, Const<4>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x0 = s0.slice_len::<3, 1, 2, 1>();
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<5>, Const<5>, Const<2>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...nn,...lbnd->...lbd",
        &[flat(&x0.to_tensor()), flat(&x1)],
        &[2, 5, 5, 5, 5, 2],
    );
    let path = einsum_path!("...nn,...lbnd->...lbd", x0, x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 93 (pairwise): ...nn,...lbnd->...lbd"
    );
    let got: Tensor<f64, (Const<2>, Const<5>, Const<5>, Const<5>, Const<5>, Const<2>)> =
        einsum!("...nn,...lbnd->...lbd", x0, x1);
    check(
        "case 93 (pairwise): ...nn,...lbnd->...lbd",
        &got,
        &[2, 5, 5, 5, 5, 2],
        &want,
        2,
    );
}

/// `vnhd->rdmv` on (Const<5>, Const<2>, Const<2>, Bcast) -> (Const<2>, Bcast, Const<1>, Const<5>)
fn case_094() {
    let mut rng = SeededRng::new(1094);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<2>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("vnhd->rdmv", &[flat(&x0)], &[2, 1, 1, 5]);
    let got: Tensor<f64, (Const<2>, Bcast, Const<1>, Const<5>), H> =
        einsum!("vnhd->rdmv", x0; broadcast = [r, m]);
    check(
        "case 94 (direct): vnhd->rdmv",
        &got,
        &[2, 1, 1, 5],
        &want,
        4,
    );
}

/// `...xo,...z,...jzxo,...haj` on (Const<4>, Const<3>), (Const<3>,), (Bcast, Bcast, Const<5>, Const<3>, Const<4>, Const<3>), (Const<5>, Const<4>, Const<5>) -> (Bcast, Bcast, Const<4>, Const<5>)
fn case_095() {
    let mut rng = SeededRng::new(1095);
    let x0 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 0, 3, 1>();
    let x2 = Tensor::<f64, (Bcast, Bcast, Const<5>, Const<3>, Const<4>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<5>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...xo,...z,...jzxo,...haj",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[1, 1, 4, 5],
    );
    let path = einsum_path!("...xo,...z,...jzxo,...haj", x0, x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 95 (pairwise): ...xo,...z,...jzxo,...haj"
    );
    let got: Tensor<f64, (Bcast, Bcast, Const<4>, Const<5>)> =
        tensorial::einsum!("...xo,...z,...jzxo,...haj", x0, x1, &x2, x3);
    check(
        "case 95 (pairwise): ...xo,...z,...jzxo,...haj",
        &got,
        &[1, 1, 4, 5],
        &want,
        180,
    );
}

/// `z->zz` on (Const<2>,) -> (Const<2>, Const<2>)
fn case_096() {
    let mut rng = SeededRng::new(1096);
    let x0 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("z->zz", &[flat(&x0)], &[2, 2]);
    let path = einsum_path!("z->zz", x0);
    assert!(path.is_direct(), "case 96 (direct): z->zz");
    let got: Tensor<f64, (Const<2>, Const<2>), H> = einsum!("z->zz", x0);
    check("case 96 (direct): z->zz", &got, &[2, 2], &want, 1);
}

/// `igfv,evzn->ne` on (Const<3>, Const<3>, Const<4>, Const<3>), (Const<4>, Const<3>, Const<4>, Const<3>) -> (Const<3>, Const<4>)
fn case_097() {
    let mut rng = SeededRng::new(1097);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("igfv,evzn->ne", &[flat(&x0), flat(&x1)], &[3, 4]);
    let path = einsum_path!("igfv,evzn->ne", &x0, x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 97 (pairwise): igfv,evzn->ne"
    );
    let got: Tensor<f64, (Const<3>, Const<4>)> = einsum!("igfv,evzn->ne", &x0, x1);
    check(
        "case 97 (pairwise): igfv,evzn->ne",
        &got,
        &[3, 4],
        &want,
        432,
    );
}

/// `...en,...nni,...,b...` on (Const<3>, Bcast, Const<4>, Const<2>), (Const<2>, Const<2>, Const<3>), (Bcast,), (Const<2>, Const<3>, Const<5>) -> (Const<3>, Const<5>, Const<2>, Const<4>, Const<3>)
fn case_098() {
    let mut rng = SeededRng::new(1098);
    let x0 = Tensor::<f64, (Const<3>, Bcast, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...en,...nni,...,b...",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 5, 2, 4, 3],
    );
    let path = einsum_path!("...en,...nni,...,b...", &x0, &x1, &x2, &x3);
    assert!(path.is_direct(), "case 98 (direct): ...en,...nni,...,b...");
    let got: Tensor<f64, (Const<3>, Const<5>, Const<2>, Const<4>, Const<3>)> =
        einsum!("...en,...nni,...,b...", &x0, &x1, &x2, &x3);
    check(
        "case 98 (direct): ...en,...nni,...,b...",
        &got,
        &[3, 5, 2, 4, 3],
        &want,
        2,
    );
}

/// `...dx,...dcx,...ehx->x...ce` on (Const<5>, Const<1>, Const<2>, Const<5>, Const<2>), (Const<5>, Const<5>, Const<2>), (Const<5>, Const<1>, Const<2>, Const<3>, Const<5>, Const<2>) -> (Const<2>, Const<5>, Const<1>, Const<2>, Const<5>, Const<3>)
fn case_099() {
    let mut rng = SeededRng::new(1099);
    let x0 = Tensor::<f64, (Const<5>, Const<1>, Const<2>, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<1>, Const<2>, Const<3>, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...dx,...dcx,...ehx->x...ce",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[2, 5, 1, 2, 5, 3],
    );
    let path = einsum_path!("...dx,...dcx,...ehx->x...ce", x0, x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 99 (pairwise): ...dx,...dcx,...ehx->x...ce"
    );
    let got: Tensor<f64, (Const<2>, Const<5>, Const<1>, Const<2>, Const<5>, Const<3>), H> =
        einsum!("...dx,...dcx,...ehx->x...ce", x0, x1, x2);
    check(
        "case 99 (pairwise): ...dx,...dcx,...ehx->x...ce",
        &got,
        &[2, 5, 1, 2, 5, 3],
        &want,
        25,
    );
}

#[test]
fn cases_100_109() {
    run_cases(&[
        ("case_100", case_100),
        ("case_101", case_101),
        ("case_102", case_102),
        ("case_103", case_103),
        ("case_104", case_104),
        ("case_105", case_105),
        ("case_106", case_106),
        ("case_107", case_107),
        ("case_108", case_108),
        ("case_109", case_109),
    ]);
}

/// `xooo,xoxx,x,->x` on (Const<5>, Const<1>, Const<1>, Const<1>), (Const<5>, Const<1>, Const<5>, Const<5>), (Const<5>,), () -> (Const<5>,)
fn case_100() {
    let mut rng = SeededRng::new(1100);
    let x0 = Tensor::<f64, (Const<5>, Const<1>, Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<1>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<7>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 2, 5, 1>();
    let s3 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let want = oracle(
        "xooo,xoxx,x,->x",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3.to_tensor()),
        ],
        &[5],
    );
    let path = einsum_path!("xooo,xoxx,x,->x", &x0, &x1, x2, x3);
    assert!(path.is_direct(), "case 100 (direct): xooo,xoxx,x,->x");
    let got: Tensor<f64, (Const<5>,), H> = einsum!("xooo,xoxx,x,->x", &x0, &x1, x2, x3);
    check("case 100 (direct): xooo,xoxx,x,->x", &got, &[5], &want, 1);
}

/// `...ee,...fe,...uuvd,...d->...e` on (Const<5>, Const<3>, Const<3>), (Const<5>, Const<2>, Const<3>), (Const<5>, Const<4>, Const<4>, Const<4>, Const<5>), (Bcast, Const<5>) -> (Const<5>, Const<3>)
fn case_101() {
    let mut rng = SeededRng::new(1101);
    let s0 = Tensor::<f64, (Const<7>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 4, 5, -1>();
    let x1 = Tensor::<f64, (Const<5>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<4>, Const<4>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...ee,...fe,...uuvd,...d->...e",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 3],
    );
    let path = einsum_path!("...ee,...fe,...uuvd,...d->...e", x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 101 (pairwise): ...ee,...fe,...uuvd,...d->...e"
    );
    let got: Tensor<f64, (Const<5>, Const<3>)> =
        einsum!("...ee,...fe,...uuvd,...d->...e", x0, x1, x2, &x3);
    check(
        "case 101 (pairwise): ...ee,...fe,...uuvd,...d->...e",
        &got,
        &[5, 3],
        &want,
        160,
    );
}

/// `h,h,th,thr->h` on (Const<2>,), (Const<2>,), (Const<2>, Const<2>), (Const<2>, Const<2>, Const<5>) -> (Const<2>,)
fn case_102() {
    let mut rng = SeededRng::new(1102);
    let x0 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "h,h,th,thr->h",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2],
    );
    let path = einsum_path!("h,h,th,thr->h", x0, &x1, &x2, &x3);
    assert!(path.is_direct(), "case 102 (direct): h,h,th,thr->h");
    let got: Tensor<f64, (Const<2>,), H> = einsum!("h,h,th,thr->h", x0, &x1, &x2, &x3);
    check("case 102 (direct): h,h,th,thr->h", &got, &[2], &want, 10);
}

/// `wfc,xnu->mcnwuz` on (Const<2>, Const<5>, Const<5>), (Const<2>, Const<2>, Const<2>) -> (Const<4>, Const<5>, Const<2>, Const<2>, Const<2>, Const<2>)
fn case_103() {
    let mut rng = SeededRng::new(1103);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "wfc,xnu->mcnwuz",
        &[flat(&x0), flat(&x1)],
        &[4, 5, 2, 2, 2, 2],
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<2>, Const<2>, Const<2>, Const<2>)> =
        einsum!("wfc,xnu->mcnwuz", &x0, x1; broadcast = [m, z]);
    check(
        "case 103 (pairwise): wfc,xnu->mcnwuz",
        &got,
        &[4, 5, 2, 2, 2, 2],
        &want,
        10,
    );
}

/// `eee,eee->ee` on (Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>) -> (Const<3>, Const<3>)
fn case_104() {
    let mut rng = SeededRng::new(1104);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("eee,eee->ee", &[flat(&x0), flat(&x1)], &[3, 3]);
    let path = einsum_path!("eee,eee->ee", x0, &x1);
    assert!(path.is_direct(), "case 104 (direct): eee,eee->ee");
    let got: Tensor<f64, (Const<3>, Const<3>)> = einsum!("eee,eee->ee", x0, &x1);
    check("case 104 (direct): eee,eee->ee", &got, &[3, 3], &want, 1);
}

/// `...cdhg,g...k,k...nd->...gk` on (Const<5>, Const<1>, Const<4>, Const<5>, Const<2>, Const<4>), (Const<4>, Const<5>, Bcast, Const<2>), (Const<2>, Const<3>, Const<5>) -> (Const<5>, Const<1>, Const<4>, Const<2>)
fn case_105() {
    let mut rng = SeededRng::new(1105);
    let x0 = Tensor::<f64, (Const<5>, Const<1>, Const<4>, Const<5>, Const<2>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<4>, Const<5>, Bcast, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...cdhg,g...k,k...nd->...gk",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 1, 4, 2],
    );
    let path = einsum_path!("...cdhg,g...k,k...nd->...gk", &x0, x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 105 (pairwise): ...cdhg,g...k,k...nd->...gk"
    );
    let got: Tensor<f64, (Const<5>, Const<1>, Const<4>, Const<2>), H> =
        einsum!("...cdhg,g...k,k...nd->...gk", &x0, x1, x2);
    check(
        "case 105 (pairwise): ...cdhg,g...k,k...nd->...gk",
        &got,
        &[5, 1, 4, 2],
        &want,
        120,
    );
}

/// `j,jjjj->j` on (Bcast,), (Const<2>, Const<2>, Const<2>, Const<2>) -> (Const<2>,)
fn case_106() {
    let mut rng = SeededRng::new(1106);
    let s0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("j,jjjj->j", &[flat(&x0.to_tensor()), flat(&x1)], &[2]);
    let path = einsum_path!("j,jjjj->j", &x0, x1);
    assert!(path.is_direct(), "case 106 (direct): j,jjjj->j");
    let got: Tensor<f64, (Const<2>,)> = einsum!("j,jjjj->j", &x0, x1);
    check("case 106 (direct): j,jjjj->j", &got, &[2], &want, 1);
}

/// `...kery,...cny->...rc` on (Const<3>, Const<2>, Const<4>, Const<5>), (Const<3>, Const<3>, Const<4>, Const<5>) -> (Const<3>, Const<4>, Const<3>)
fn case_107() {
    let mut rng = SeededRng::new(1107);
    let x0 =
        Tensor::<f64, (Const<3>, Const<2>, Const<4>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...kery,...cny->...rc", &[flat(&x0), flat(&x1)], &[3, 4, 3]);
    let path = einsum_path!("...kery,...cny->...rc", x0, x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 107 (pairwise): ...kery,...cny->...rc"
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<3>), H> =
        einsum!("...kery,...cny->...rc", x0, x1);
    check(
        "case 107 (pairwise): ...kery,...cny->...rc",
        &got,
        &[3, 4, 3],
        &want,
        120,
    );
}

/// `tn` on (Const<5>, Const<4>) -> (Const<4>, Const<5>)
fn case_108() {
    let mut rng = SeededRng::new(1108);
    let x0 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("tn", &[flat(&x0)], &[4, 5]);
    let path = einsum_path!("tn", x0);
    assert!(path.is_direct(), "case 108 (direct): tn");
    let got: Tensor<f64, (Const<4>, Const<5>)> = einsum!("tn", x0);
    check("case 108 (direct): tn", &got, &[4, 5], &want, 1);
}

/// `vte,ek,ge,wtAe->ewAk` on (Const<4>, Const<5>, Const<3>), (Const<3>, Const<4>), (Const<2>, Const<3>), (Const<5>, Const<5>, Const<1>, Const<3>) -> (Const<3>, Const<5>, Const<1>, Const<4>)
fn case_109() {
    let mut rng = SeededRng::new(1109);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<2>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>, Const<1>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vte,ek,ge,wtAe->ewAk",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[3, 5, 1, 4],
    );
    let path = einsum_path!("vte,ek,ge,wtAe->ewAk", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 109 (pairwise): vte,ek,ge,wtAe->ewAk"
    );
    let got: Tensor<f64, (Const<3>, Const<5>, Const<1>, Const<4>), H> =
        einsum!("vte,ek,ge,wtAe->ewAk", &x0, x1, x2, &x3);
    check(
        "case 109 (pairwise): vte,ek,ge,wtAe->ewAk",
        &got,
        &[3, 5, 1, 4],
        &want,
        40,
    );
}

#[test]
fn cases_110_119() {
    run_cases(&[
        ("case_110", case_110),
        ("case_111", case_111),
        ("case_112", case_112),
        ("case_113", case_113),
        ("case_114", case_114),
        ("case_115", case_115),
        ("case_116", case_116),
        ("case_117", case_117),
        ("case_118", case_118),
        ("case_119", case_119),
    ]);
}

/// `s,eus` on (Const<4>,), (Const<3>, Const<2>, Const<4>) -> (Const<3>, Const<2>)
fn case_110() {
    let mut rng = SeededRng::new(1110);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("s,eus", &[flat(&x0), flat(&x1)], &[3, 2]);
    let path = einsum_path!("s,eus", &x0, &x1);
    assert!(path.is_direct(), "case 110 (direct): s,eus");
    let got: Tensor<f64, (Const<3>, Const<2>)> = einsum!("s,eus", &x0, &x1);
    check("case 110 (direct): s,eus", &got, &[3, 2], &want, 4);
}

/// `...bk,...bkaq` on (Bcast, Const<5>, Const<4>, Const<4>, Const<4>), (Const<4>, Const<4>, Const<4>, Const<5>, Const<4>) -> (Bcast, Const<5>, Const<4>, Const<5>, Const<4>)
fn case_111() {
    let mut rng = SeededRng::new(1111);
    let x0 = Tensor::<f64, (Bcast, Const<5>, Const<4>, Const<4>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<4>, Const<4>, Const<4>, Const<5>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle("...bk,...bkaq", &[flat(&x0), flat(&x1)], &[1, 5, 4, 5, 4]);
    let path = einsum_path!("...bk,...bkaq", &x0, &x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 111 (pairwise): ...bk,...bkaq"
    );
    let got: Tensor<f64, (Bcast, Const<5>, Const<4>, Const<5>, Const<4>)> =
        einsum!("...bk,...bkaq", &x0, &x1);
    check(
        "case 111 (pairwise): ...bk,...bkaq",
        &got,
        &[1, 5, 4, 5, 4],
        &want,
        16,
    );
}

/// `xF,xio->oi` on (Bcast, Const<3>), (Const<5>, Const<1>, Const<4>) -> (Const<4>, Const<1>)
fn case_112() {
    let mut rng = SeededRng::new(1112);
    let x0 = Tensor::<f64, (Bcast, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<1>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("xF,xio->oi", &[flat(&x0), flat(&x1)], &[4, 1]);
    let path = einsum_path!("xF,xio->oi", x0, &x1);
    assert!(path.is_direct(), "case 112 (direct): xF,xio->oi");
    let got: Tensor<f64, (Const<4>, Const<1>)> = einsum!("xF,xio->oi", x0, &x1);
    check("case 112 (direct): xF,xio->oi", &got, &[4, 1], &want, 15);
}

/// `rru,rrq,qmd,drw->erwqcd` on (Const<3>, Const<3>, Const<2>), (Const<3>, Const<3>, Const<2>), (Const<2>, Const<3>, Const<2>), (Const<2>, Const<3>, Const<5>) -> (Const<3>, Const<3>, Const<5>, Const<2>, Const<4>, Const<2>)
fn case_113() {
    let mut rng = SeededRng::new(1113);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<4>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<0, 1, 2, 1>();
    let want = oracle(
        "rru,rrq,qmd,drw->erwqcd",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[3, 3, 5, 2, 4, 2],
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<5>, Const<2>, Const<4>, Const<2>), H> =
        einsum!("rru,rrq,qmd,drw->erwqcd", &x0, &x1, &x2, x3; broadcast = [e, c]);
    check(
        "case 113 (pairwise): rru,rrq,qmd,drw->erwqcd",
        &got,
        &[3, 3, 5, 2, 4, 2],
        &want,
        6,
    );
}

/// `d,dye->ymi` on (Const<3>,), (Const<3>, Const<4>, Const<5>) -> (Const<4>, Const<1>, Const<4>)
fn case_114() {
    let mut rng = SeededRng::new(1114);
    let s0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 2, 3, -1>();
    let s1 = Tensor::<f64, (Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 0, 3, 1>();
    let want = oracle(
        "d,dye->ymi",
        &[flat(&x0.to_tensor()), flat(&x1.to_tensor())],
        &[4, 1, 4],
    );
    let got: Tensor<f64, (Const<4>, Const<1>, Const<4>)> =
        einsum!("d,dye->ymi", x0, x1; broadcast = [m, i]);
    check("case 114 (direct): d,dye->ymi", &got, &[4, 1, 4], &want, 15);
}

/// `...Uxj,...Rj,...bjU` on (Const<2>, Const<5>, Const<5>, Const<5>, Const<3>), (Const<2>, Const<5>, Const<4>, Const<3>), (Const<3>, Const<3>, Const<5>) -> (Const<2>, Const<5>, Const<4>, Const<3>, Const<5>)
fn case_115() {
    let mut rng = SeededRng::new(1115);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<5>, Const<5>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s1 = Tensor::<f64, (Const<3>, Const<5>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 0, 2, 1>();
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...Uxj,...Rj,...bjU",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[2, 5, 4, 3, 5],
    );
    let path = einsum_path!("...Uxj,...Rj,...bjU", &x0, &x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 115 (pairwise): ...Uxj,...Rj,...bjU"
    );
    let got: Tensor<f64, (Const<2>, Const<5>, Const<4>, Const<3>, Const<5>)> =
        einsum!("...Uxj,...Rj,...bjU", &x0, &x1, x2);
    check(
        "case 115 (pairwise): ...Uxj,...Rj,...bjU",
        &got,
        &[2, 5, 4, 3, 5],
        &want,
        15,
    );
}

/// `fk,fn,n->` on (Const<1>, Const<3>), (Bcast, Const<5>), (Const<5>,) -> ()
fn case_116() {
    let mut rng = SeededRng::new(1116);
    let x0 = Tensor::<f64, (Const<1>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("fk,fn,n->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let path = einsum_path!("fk,fn,n->", x0, &x1, &x2);
    assert!(path.is_direct(), "case 116 (direct): fk,fn,n->");
    let got: Tensor<f64, ()> = einsum!("fk,fn,n->", x0, &x1, &x2);
    check("case 116 (direct): fk,fn,n->", &got, &[], &want, 15);
}

/// `wpid,,kix,kwW->w` on (Const<3>, Const<5>, Const<5>, Const<4>), (), (Const<5>, Const<5>, Const<4>), (Const<5>, Const<3>, Const<2>) -> (Const<3>,)
fn case_117() {
    let mut rng = SeededRng::new(1117);
    let x0 =
        Tensor::<f64, (Const<3>, Const<5>, Const<5>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<5>, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<2, 2, 4, 1>();
    let x3 = Tensor::<f64, (Const<5>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "wpid,,kix,kwW->w",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[3],
    );
    let path = einsum_path!("wpid,,kix,kwW->w", x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 117 (pairwise): wpid,,kix,kwW->w"
    );
    let got: Tensor<f64, (Const<3>,), H> = einsum!("wpid,,kix,kwW->w", x0, &x1, &x2, &x3);
    check(
        "case 117 (pairwise): wpid,,kix,kwW->w",
        &got,
        &[3],
        &want,
        4000,
    );
}

/// `...snk->k...` on (Const<2>, Const<3>, Const<5>, Const<5>, Bcast) -> (Bcast, Const<2>, Const<3>)
fn case_118() {
    let mut rng = SeededRng::new(1118);
    let x0 = Tensor::<f64, (Const<2>, Const<3>, Const<5>, Const<5>, Bcast)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle("...snk->k...", &[flat(&x0)], &[1, 2, 3]);
    let path = einsum_path!("...snk->k...", x0);
    assert!(path.is_direct(), "case 118 (direct): ...snk->k...");
    let got: Tensor<f64, (Bcast, Const<2>, Const<3>)> = einsum!("...snk->k...", x0);
    check(
        "case 118 (direct): ...snk->k...",
        &got,
        &[1, 2, 3],
        &want,
        25,
    );
}

/// `...quq,...bqni->nbq...` on (Const<2>, Const<3>, Const<2>, Const<5>, Const<2>), (Const<2>, Const<3>, Const<4>, Bcast, Const<5>, Const<2>) -> (Const<5>, Const<4>, Const<2>, Const<2>, Const<3>)
fn case_119() {
    let mut rng = SeededRng::new(1119);
    let x0 = Tensor::<f64, (Const<2>, Const<3>, Const<2>, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<2>, Const<3>, Const<4>, Bcast, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...quq,...bqni->nbq...",
        &[flat(&x0), flat(&x1)],
        &[5, 4, 2, 2, 3],
    );
    let path = einsum_path!("...quq,...bqni->nbq...", x0, &x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 119 (pairwise): ...quq,...bqni->nbq..."
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<2>, Const<2>, Const<3>)> =
        einsum!("...quq,...bqni->nbq...", x0, &x1);
    check(
        "case 119 (pairwise): ...quq,...bqni->nbq...",
        &got,
        &[5, 4, 2, 2, 3],
        &want,
        10,
    );
}

#[test]
fn cases_120_129() {
    run_cases(&[
        ("case_120", case_120),
        ("case_121", case_121),
        ("case_122", case_122),
        ("case_123", case_123),
        ("case_124", case_124),
        ("case_125", case_125),
        ("case_126", case_126),
        ("case_127", case_127),
        ("case_128", case_128),
        ("case_129", case_129),
    ]);
}

/// `KAf,fA,sA->KfAs` on (Const<5>, Const<2>, Const<2>), (Const<2>, Const<2>), (Const<5>, Const<2>) -> (Const<5>, Const<2>, Const<2>, Const<5>)
fn case_120() {
    let mut rng = SeededRng::new(1120);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "KAf,fA,sA->KfAs",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 2, 2, 5],
    );
    let path = einsum_path!("KAf,fA,sA->KfAs", &x0, x1, x2);
    assert!(path.is_direct(), "case 120 (direct): KAf,fA,sA->KfAs");
    let got: Tensor<f64, (Const<5>, Const<2>, Const<2>, Const<5>)> =
        einsum!("KAf,fA,sA->KfAs", &x0, x1, x2);
    check(
        "case 120 (direct): KAf,fA,sA->KfAs",
        &got,
        &[5, 2, 2, 5],
        &want,
        1,
    );
}

/// `ddg,bd,tqd,ggda` on (Const<4>, Const<4>, Const<5>), (Const<3>, Const<4>), (Const<2>, Const<4>, Const<4>), (Const<5>, Const<5>, Const<4>, Const<5>) -> (Const<5>, Const<3>, Const<4>, Const<2>)
fn case_121() {
    let mut rng = SeededRng::new(1121);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ddg,bd,tqd,ggda",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 3, 4, 2],
    );
    let path = einsum_path!("ddg,bd,tqd,ggda", x0, &x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 121 (pairwise): ddg,bd,tqd,ggda"
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Const<4>, Const<2>), H> =
        einsum!("ddg,bd,tqd,ggda", x0, &x1, x2, &x3);
    check(
        "case 121 (pairwise): ddg,bd,tqd,ggda",
        &got,
        &[5, 3, 4, 2],
        &want,
        20,
    );
}

/// `j->` on (Bcast,) -> ()
fn case_122() {
    let mut rng = SeededRng::new(1122);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("j->", &[flat(&x0)], &[]);
    let path = einsum_path!("j->", x0);
    assert!(path.is_direct(), "case 122 (direct): j->");
    let got: Tensor<f64, ()> = einsum!("j->", x0);
    check("case 122 (direct): j->", &got, &[], &want, 1);
}

/// `lqk,k,kdws->kwuqd` on (Const<3>, Const<3>, Const<3>), (Const<3>,), (Const<3>, Const<3>, Const<4>, Const<5>) -> (Const<3>, Const<4>, Const<4>, Const<3>, Const<3>)
fn case_123() {
    let mut rng = SeededRng::new(1123);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "lqk,k,kdws->kwuqd",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[3, 4, 4, 3, 3],
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<4>, Const<3>, Const<3>)> =
        einsum!("lqk,k,kdws->kwuqd", &x0, x1, &x2; broadcast = [u]);
    check(
        "case 123 (pairwise): lqk,k,kdws->kwuqd",
        &got,
        &[3, 4, 4, 3, 3],
        &want,
        15,
    );
}

/// `PPP,P->ii` on (Const<2>, Const<2>, Const<2>), (Const<2>,) -> (Const<4>, Const<4>)
fn case_124() {
    let mut rng = SeededRng::new(1124);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("PPP,P->ii", &[flat(&x0), flat(&x1)], &[4, 4]);
    let got: Tensor<f64, (Const<4>, Const<4>)> = einsum!("PPP,P->ii", &x0, x1; broadcast = [i]);
    check("case 124 (direct): PPP,P->ii", &got, &[4, 4], &want, 2);
}

/// `...nci,...ncbo,...molo,ic...l->...blmn` on (Const<3>, Const<1>, Const<5>, Const<2>, Const<5>), (Const<1>, Const<5>, Const<2>, Const<2>, Const<4>), (Bcast, Const<5>, Const<4>, Const<1>, Const<4>), (Const<5>, Const<2>, Const<3>, Const<1>, Const<1>) -> (Const<3>, Const<1>, Const<2>, Const<1>, Const<5>, Const<5>)
fn case_125() {
    let mut rng = SeededRng::new(1125);
    let x0 = Tensor::<f64, (Const<3>, Const<1>, Const<5>, Const<2>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<1>, Const<5>, Const<2>, Const<2>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Bcast, Const<5>, Const<4>, Const<1>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<5>, Const<2>, Const<3>, Const<1>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...nci,...ncbo,...molo,ic...l->...blmn",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 1, 2, 1, 5, 5],
    );
    let path = einsum_path!("...nci,...ncbo,...molo,ic...l->...blmn", x0, x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 125 (pairwise): ...nci,...ncbo,...molo,ic...l->...blmn"
    );
    let got: Tensor<f64, (Const<3>, Const<1>, Const<2>, Const<1>, Const<5>, Const<5>)> =
        einsum!("...nci,...ncbo,...molo,ic...l->...blmn", x0, x1, &x2, &x3);
    check(
        "case 125 (pairwise): ...nci,...ncbo,...molo,ic...l->...blmn",
        &got,
        &[3, 1, 2, 1, 5, 5],
        &want,
        40,
    );
}

/// `Q,QQ->Q` on (Bcast,), (Const<2>, Const<2>) -> (Const<2>,)
fn case_126() {
    let mut rng = SeededRng::new(1126);
    let x0 = Tensor::<f64, (Bcast,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("Q,QQ->Q", &[flat(&x0), flat(&x1)], &[2]);
    let path = einsum_path!("Q,QQ->Q", &x0, &x1);
    assert!(path.is_direct(), "case 126 (direct): Q,QQ->Q");
    let got: Tensor<f64, (Const<2>,), H> = einsum!("Q,QQ->Q", &x0, &x1);
    check("case 126 (direct): Q,QQ->Q", &got, &[2], &want, 1);
}

/// `...onqi,...viq->...nqo` on (Const<2>, Const<5>, Const<2>, Const<3>), (Const<3>, Const<5>, Const<4>, Const<2>, Const<3>, Const<2>) -> (Const<3>, Const<5>, Const<4>, Const<5>, Const<2>, Const<2>)
fn case_127() {
    let mut rng = SeededRng::new(1127);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<4>, Const<2>, Const<3>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...onqi,...viq->...nqo",
        &[flat(&x0), flat(&x1)],
        &[3, 5, 4, 5, 2, 2],
    );
    let path = einsum_path!("...onqi,...viq->...nqo", &x0, &x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 127 (pairwise): ...onqi,...viq->...nqo"
    );
    let got: Tensor<f64, (Const<3>, Const<5>, Const<4>, Const<5>, Const<2>, Const<2>)> =
        einsum!("...onqi,...viq->...nqo", &x0, &x1);
    check(
        "case 127 (pairwise): ...onqi,...viq->...nqo",
        &got,
        &[3, 5, 4, 5, 2, 2],
        &want,
        6,
    );
}

/// `i,` on (Const<1>,), () -> (Const<1>,)
fn case_128() {
    let mut rng = SeededRng::new(1128);
    let x0 = Tensor::<f64, (Const<1>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("i,", &[flat(&x0), flat(&x1)], &[1]);
    let path = einsum_path!("i,", x0, &x1);
    assert!(path.is_direct(), "case 128 (direct): i,");
    let got: Tensor<f64, (Const<1>,), H> = einsum!("i,", x0, &x1);
    check("case 128 (direct): i,", &got, &[1], &want, 1);
}

/// `cx,zxy,x,hznx->xc` on (Const<5>, Const<5>), (Const<2>, Const<5>, Const<5>), (Const<5>,), (Const<4>, Const<2>, Const<5>, Const<5>) -> (Const<5>, Const<5>)
fn case_129() {
    let mut rng = SeededRng::new(1129);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<2>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "cx,zxy,x,hznx->xc",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 5],
    );
    let path = einsum_path!("cx,zxy,x,hznx->xc", x0, &x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 129 (pairwise): cx,zxy,x,hznx->xc"
    );
    let got: Tensor<f64, (Const<5>, Const<5>), H> = einsum!("cx,zxy,x,hznx->xc", x0, &x1, &x2, x3);
    check(
        "case 129 (pairwise): cx,zxy,x,hznx->xc",
        &got,
        &[5, 5],
        &want,
        200,
    );
}

#[test]
fn cases_130_139() {
    run_cases(&[
        ("case_130", case_130),
        ("case_131", case_131),
        ("case_132", case_132),
        ("case_133", case_133),
        ("case_134", case_134),
        ("case_135", case_135),
        ("case_136", case_136),
        ("case_137", case_137),
        ("case_138", case_138),
        ("case_139", case_139),
    ]);
}

/// `bsrr,rsb->` on (Const<2>, Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>, Const<2>) -> ()
fn case_130() {
    let mut rng = SeededRng::new(1130);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<2>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 1, 2, 1>();
    let want = oracle("bsrr,rsb->", &[flat(&x0), flat(&x1.to_tensor())], &[]);
    let path = einsum_path!("bsrr,rsb->", x0, x1);
    assert!(path.is_direct(), "case 130 (direct): bsrr,rsb->");
    let got: Tensor<f64, (), H> = einsum!("bsrr,rsb->", x0, x1);
    check("case 130 (direct): bsrr,rsb->", &got, &[], &want, 8);
}

/// `...mgb,...bgs,...msg,...sm->...s` on (Bcast, Const<5>, Const<4>, Const<5>), (Const<5>, Const<4>, Const<3>), (Bcast, Const<5>, Const<3>, Const<4>), (Const<4>, Const<2>, Const<3>, Const<5>) -> (Const<4>, Const<2>, Const<3>)
fn case_131() {
    let mut rng = SeededRng::new(1131);
    let x0 = Tensor::<f64, (Bcast, Const<5>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<5>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<4>, Const<2>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view().flip::<0>();
    let want = oracle(
        "...mgb,...bgs,...msg,...sm->...s",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[4, 2, 3],
    );
    let path = einsum_path!("...mgb,...bgs,...msg,...sm->...s", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 131 (pairwise): ...mgb,...bgs,...msg,...sm->...s"
    );
    let got: Tensor<f64, (Const<4>, Const<2>, Const<3>)> =
        einsum!("...mgb,...bgs,...msg,...sm->...s", &x0, &x1, &x2, &x3);
    check(
        "case 131 (pairwise): ...mgb,...bgs,...msg,...sm->...s",
        &got,
        &[4, 2, 3],
        &want,
        100,
    );
}

/// `OO,O,OOOO,OO->O` on (Bcast, Bcast), (Const<2>,), (Const<2>, Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>) -> (Const<2>,)
fn case_132() {
    let mut rng = SeededRng::new(1132);
    let x0 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<0>();
    let x2 = Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "OO,O,OOOO,OO->O",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[2],
    );
    let path = einsum_path!("OO,O,OOOO,OO->O", &x0, x1, &x2, x3);
    assert!(path.is_direct(), "case 132 (direct): OO,O,OOOO,OO->O");
    let got: Tensor<f64, (Const<2>,)> = einsum!("OO,O,OOOO,OO->O", &x0, x1, &x2, x3);
    check("case 132 (direct): OO,O,OOOO,OO->O", &got, &[2], &want, 1);
}

/// `wuzw,ywul->znuw` on (Const<5>, Const<3>, Const<4>, Const<5>), (Const<4>, Const<5>, Const<3>, Const<5>) -> (Const<4>, Const<4>, Const<3>, Const<5>)
fn case_133() {
    let mut rng = SeededRng::new(1133);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("wuzw,ywul->znuw", &[flat(&x0), flat(&x1)], &[4, 4, 3, 5]);
    let got: Tensor<f64, (Const<4>, Const<4>, Const<3>, Const<5>)> =
        einsum!("wuzw,ywul->znuw", &x0, x1; broadcast = [n]);
    check(
        "case 133 (pairwise): wuzw,ywul->znuw",
        &got,
        &[4, 4, 3, 5],
        &want,
        20,
    );
}

/// `qaV,V,qV,qhV->hfqA` on (Bcast, Const<5>, Const<4>), (Const<4>,), (Const<3>, Const<4>), (Const<3>, Const<2>, Const<4>) -> (Const<2>, Const<1>, Const<3>, Const<1>)
fn case_134() {
    let mut rng = SeededRng::new(1134);
    let x0 = Tensor::<f64, (Bcast, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "qaV,V,qV,qhV->hfqA",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2, 1, 3, 1],
    );
    let got: Tensor<f64, (Const<2>, Const<1>, Const<3>, Const<1>), H> =
        einsum!("qaV,V,qV,qhV->hfqA", x0, x1, &x2, &x3; broadcast = [f, A]);
    check(
        "case 134 (direct): qaV,V,qV,qhV->hfqA",
        &got,
        &[2, 1, 3, 1],
        &want,
        20,
    );
}

/// `Kv,RKe,KvR,vkge` on (Const<5>, Const<2>), (Const<3>, Const<5>, Const<4>), (Const<5>, Const<2>, Const<3>), (Const<2>, Const<5>, Const<5>, Const<4>) -> (Const<5>, Const<5>)
fn case_135() {
    let mut rng = SeededRng::new(1135);
    let x0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<5>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Kv,RKe,KvR,vkge",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 5],
    );
    let path = einsum_path!("Kv,RKe,KvR,vkge", x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 135 (pairwise): Kv,RKe,KvR,vkge"
    );
    let got: Tensor<f64, (Const<5>, Const<5>)> = einsum!("Kv,RKe,KvR,vkge", x0, &x1, &x2, &x3);
    check(
        "case 135 (pairwise): Kv,RKe,KvR,vkge",
        &got,
        &[5, 5],
        &want,
        120,
    );
}

/// `edd->dd` on (Const<5>, Const<4>, Const<4>) -> (Const<4>, Const<4>)
fn case_136() {
    let mut rng = SeededRng::new(1136);
    let x0 = Tensor::<f64, (Const<5>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("edd->dd", &[flat(&x0)], &[4, 4]);
    let path = einsum_path!("edd->dd", &x0);
    assert!(path.is_direct(), "case 136 (direct): edd->dd");
    let got: Tensor<f64, (Const<4>, Const<4>)> = tensorial::einsum!("edd->dd", &x0);
    check("case 136 (direct): edd->dd", &got, &[4, 4], &want, 5);
}

/// `...st,sjt...,W...xs->...js` on (Bcast, Bcast, Const<3>, Const<2>), (Const<3>, Const<5>, Const<2>, Const<3>, Const<3>), (Const<4>, Const<2>, Bcast) -> (Const<3>, Const<3>, Const<5>, Const<3>)
fn case_137() {
    let mut rng = SeededRng::new(1137);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<5>, Const<2>, Const<3>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.view();
    let s2 = Tensor::<f64, (Const<5>, Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 0, 4, 1>();
    let want = oracle(
        "...st,sjt...,W...xs->...js",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2.to_tensor())],
        &[3, 3, 5, 3],
    );
    let path = einsum_path!("...st,sjt...,W...xs->...js", &x0, x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 137 (pairwise): ...st,sjt...,W...xs->...js"
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<5>, Const<3>)> =
        einsum!("...st,sjt...,W...xs->...js", &x0, x1, x2);
    check(
        "case 137 (pairwise): ...st,sjt...,W...xs->...js",
        &got,
        &[3, 3, 5, 3],
        &want,
        16,
    );
}

/// `a...ww,a...->...a` on (Const<4>, Const<4>, Const<3>, Const<2>, Const<2>), (Const<4>, Const<4>, Const<3>) -> (Const<4>, Const<3>, Const<4>)
fn case_138() {
    let mut rng = SeededRng::new(1138);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<3>, Const<2>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<4>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("a...ww,a...->...a", &[flat(&x0), flat(&x1)], &[4, 3, 4]);
    let path = einsum_path!("a...ww,a...->...a", x0, x1);
    assert!(path.is_direct(), "case 138 (direct): a...ww,a...->...a");
    let got: Tensor<f64, (Const<4>, Const<3>, Const<4>)> = einsum!("a...ww,a...->...a", x0, x1);
    check(
        "case 138 (direct): a...ww,a...->...a",
        &got,
        &[4, 3, 4],
        &want,
        2,
    );
}

/// `...h,...fih,i...g->iafg...` on (Const<5>, Const<3>, Const<4>), (Const<5>, Const<3>, Const<4>, Const<1>, Const<4>), (Bcast, Bcast, Const<3>, Const<5>) -> (Const<1>, Const<3>, Const<4>, Const<5>, Const<5>, Const<3>)
fn case_139() {
    let mut rng = SeededRng::new(1139);
    let s0 = Tensor::<f64, (Const<5>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<4>, Const<1>, Const<4>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s2 = Tensor::<f64, (Bcast, Bcast, Const<3>, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<3, 0, 5, 1>();
    let want = oracle(
        "...h,...fih,i...g->iafg...",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2.to_tensor())],
        &[1, 3, 4, 5, 5, 3],
    );
    let got: Tensor<f64, (Const<1>, Const<3>, Const<4>, Const<5>, Const<5>, Const<3>), H> =
        einsum!("...h,...fih,i...g->iafg...", x0, x1, x2; broadcast = [a]);
    check(
        "case 139 (pairwise): ...h,...fih,i...g->iafg...",
        &got,
        &[1, 3, 4, 5, 5, 3],
        &want,
        4,
    );
}

#[test]
fn cases_140_149() {
    run_cases(&[
        ("case_140", case_140),
        ("case_141", case_141),
        ("case_142", case_142),
        ("case_143", case_143),
        ("case_144", case_144),
        ("case_145", case_145),
        ("case_146", case_146),
        ("case_147", case_147),
        ("case_148", case_148),
        ("case_149", case_149),
    ]);
}

/// `,g->` on (), (Const<5>,) -> ()
fn case_140() {
    let mut rng = SeededRng::new(1140);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(",g->", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!(",g->", x0, x1);
    assert!(path.is_direct(), "case 140 (direct): ,g->");
    let got: Tensor<f64, (), H> = einsum!(",g->", x0, x1);
    check("case 140 (direct): ,g->", &got, &[], &want, 5);
}

/// `ypaa,prjz,pz,rz` on (Const<3>, Const<4>, Const<5>, Const<5>), (Const<4>, Const<2>, Const<5>, Const<4>), (Const<4>, Const<4>), (Const<2>, Const<4>) -> (Const<5>, Const<3>)
fn case_141() {
    let mut rng = SeededRng::new(1141);
    let x0 = Tensor::<f64, (Const<3>, Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>, Const<2>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<2>, Const<8>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<1, 1, 4, 2>();
    let want = oracle(
        "ypaa,prjz,pz,rz",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[5, 3],
    );
    let path = einsum_path!("ypaa,prjz,pz,rz", x0, x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 141 (pairwise): ypaa,prjz,pz,rz"
    );
    let got: Tensor<f64, (Const<5>, Const<3>), H> = einsum!("ypaa,prjz,pz,rz", x0, x1, &x2, x3);
    check(
        "case 141 (pairwise): ypaa,prjz,pz,rz",
        &got,
        &[5, 3],
        &want,
        160,
    );
}

/// `xx,xx->x` on (Const<4>, Const<4>), (Const<4>, Const<4>) -> (Const<4>,)
fn case_142() {
    let mut rng = SeededRng::new(1142);
    let x0 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("xx,xx->x", &[flat(&x0), flat(&x1)], &[4]);
    let path = einsum_path!("xx,xx->x", &x0, &x1);
    assert!(path.is_direct(), "case 142 (direct): xx,xx->x");
    let got: Tensor<f64, (Const<4>,)> = einsum!("xx,xx->x", &x0, &x1);
    check("case 142 (direct): xx,xx->x", &got, &[4], &want, 1);
}

/// `sp,sxq,tqsf->sptmfd` on (Const<2>, Const<5>), (Const<2>, Const<4>, Const<3>), (Const<3>, Bcast, Const<2>, Const<3>) -> (Const<2>, Const<5>, Const<3>, Const<4>, Const<3>, Const<2>)
fn case_143() {
    let mut rng = SeededRng::new(1143);
    let x0 = Tensor::<f64, (Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Bcast, Const<2>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "sp,sxq,tqsf->sptmfd",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[2, 5, 3, 4, 3, 2],
    );
    let got: Tensor<f64, (Const<2>, Const<5>, Const<3>, Const<4>, Const<3>, Const<2>), H> =
        einsum!("sp,sxq,tqsf->sptmfd", &x0, x1, &x2; broadcast = [m, d]);
    check(
        "case 143 (pairwise): sp,sxq,tqsf->sptmfd",
        &got,
        &[2, 5, 3, 4, 3, 2],
        &want,
        12,
    );
}

/// `sgj,,jg->` on (Bcast, Const<2>, Const<4>), (), (Const<4>, Const<2>) -> ()
fn case_144() {
    let mut rng = SeededRng::new(1144);
    let x0 = Tensor::<f64, (Bcast, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("sgj,,jg->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let path = einsum_path!("sgj,,jg->", x0, &x1, &x2);
    assert!(path.is_direct(), "case 144 (direct): sgj,,jg->");
    let got: Tensor<f64, ()> = tensorial::einsum!("sgj,,jg->", x0, &x1, &x2);
    check("case 144 (direct): sgj,,jg->", &got, &[], &want, 8);
}

/// `...ec,...yjj,...rxy->...jer` on (Const<4>, Const<5>, Const<4>, Const<5>, Const<1>), (Const<4>, Const<5>, Const<4>, Const<3>, Const<1>, Const<1>), (Const<4>, Const<2>, Const<4>, Const<3>) -> (Const<4>, Const<5>, Const<4>, Const<1>, Const<5>, Const<2>)
fn case_145() {
    let mut rng = SeededRng::new(1145);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<4>, Const<5>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 =
        Tensor::<f64, (Const<4>, Const<5>, Const<4>, Const<3>, Const<1>, Const<1>), H>::uniform(
            &mut rng, -1.0, 1.0,
        );
    let s2 = Tensor::<f64, (Const<7>, Const<2>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 0, 4, 2>();
    let want = oracle(
        "...ec,...yjj,...rxy->...jer",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[4, 5, 4, 1, 5, 2],
    );
    let path = einsum_path!("...ec,...yjj,...rxy->...jer", &x0, x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 145 (pairwise): ...ec,...yjj,...rxy->...jer"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<4>, Const<1>, Const<5>, Const<2>), H> =
        einsum!("...ec,...yjj,...rxy->...jer", &x0, x1, &x2);
    check(
        "case 145 (pairwise): ...ec,...yjj,...rxy->...jer",
        &got,
        &[4, 5, 4, 1, 5, 2],
        &want,
        12,
    );
}

/// `qpg,pg,qp,p->qp` on (Bcast, Const<5>, Const<1>), (Const<5>, Const<1>), (Bcast, Bcast), (Const<5>,) -> (Bcast, Const<5>)
fn case_146() {
    let mut rng = SeededRng::new(1146);
    let x0 = Tensor::<f64, (Bcast, Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let x3 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "qpg,pg,qp,p->qp",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[1, 5],
    );
    let path = einsum_path!("qpg,pg,qp,p->qp", x0, x1, x2, &x3);
    assert!(path.is_direct(), "case 146 (direct): qpg,pg,qp,p->qp");
    let got: Tensor<f64, (Bcast, Const<5>), H> = einsum!("qpg,pg,qp,p->qp", x0, x1, x2, &x3);
    check(
        "case 146 (direct): qpg,pg,qp,p->qp",
        &got,
        &[1, 5],
        &want,
        1,
    );
}

/// `co...v,...ocv,...covp,...oc` on (Const<4>, Const<4>, Bcast, Const<3>, Const<5>), (Const<4>, Const<3>, Const<4>, Const<4>, Const<5>), (Const<3>, Const<4>, Const<4>, Const<5>, Const<3>), (Bcast, Const<3>, Const<4>, Const<4>) -> (Const<4>, Const<3>, Const<3>)
fn case_147() {
    let mut rng = SeededRng::new(1147);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Bcast, Const<3>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s1 = Tensor::<f64, (Const<8>, Const<3>, Const<4>, Const<4>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.slice_len::<0, 0, 4, 2>();
    let x2 = Tensor::<f64, (Const<3>, Const<4>, Const<4>, Const<5>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Bcast, Const<3>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "co...v,...ocv,...covp,...oc",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[4, 3, 3],
    );
    let path = einsum_path!("co...v,...ocv,...covp,...oc", x0, x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 147 (pairwise): co...v,...ocv,...covp,...oc"
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<3>)> =
        einsum!("co...v,...ocv,...covp,...oc", x0, x1, &x2, &x3);
    check(
        "case 147 (pairwise): co...v,...ocv,...covp,...oc",
        &got,
        &[4, 3, 3],
        &want,
        80,
    );
}

/// `vsev,ev` on (Const<3>, Const<2>, Const<3>, Const<3>), (Const<3>, Const<3>) -> (Const<2>,)
fn case_148() {
    let mut rng = SeededRng::new(1148);
    let x0 = Tensor::<f64, (Const<3>, Const<2>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("vsev,ev", &[flat(&x0), flat(&x1)], &[2]);
    let path = einsum_path!("vsev,ev", &x0, x1);
    assert!(path.is_direct(), "case 148 (direct): vsev,ev");
    let got: Tensor<f64, (Const<2>,)> = einsum!("vsev,ev", &x0, x1);
    check("case 148 (direct): vsev,ev", &got, &[2], &want, 9);
}

/// `kbju,dj,tbu,tb->tkj` on (Const<4>, Const<3>, Const<5>, Const<3>), (Const<3>, Bcast), (Const<4>, Const<3>, Const<3>), (Const<4>, Const<3>) -> (Const<4>, Const<4>, Const<5>)
fn case_149() {
    let mut rng = SeededRng::new(1149);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view().flip::<0>();
    let want = oracle(
        "kbju,dj,tbu,tb->tkj",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[4, 4, 5],
    );
    let path = einsum_path!("kbju,dj,tbu,tb->tkj", x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 149 (pairwise): kbju,dj,tbu,tb->tkj"
    );
    let got: Tensor<f64, (Const<4>, Const<4>, Const<5>), H> =
        einsum!("kbju,dj,tbu,tb->tkj", x0, &x1, &x2, &x3);
    check(
        "case 149 (pairwise): kbju,dj,tbu,tb->tkj",
        &got,
        &[4, 4, 5],
        &want,
        27,
    );
}

#[test]
fn cases_150_159() {
    run_cases(&[
        ("case_150", case_150),
        ("case_151", case_151),
        ("case_152", case_152),
        ("case_153", case_153),
        ("case_154", case_154),
        ("case_155", case_155),
        ("case_156", case_156),
        ("case_157", case_157),
        ("case_158", case_158),
        ("case_159", case_159),
    ]);
}

/// `,w->` on (), (Const<5>,) -> ()
fn case_150() {
    let mut rng = SeededRng::new(1150);
    let s0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(",w->", &[flat(&x0.to_tensor()), flat(&x1)], &[]);
    let path = einsum_path!(",w->", x0, &x1);
    assert!(path.is_direct(), "case 150 (direct): ,w->");
    let got: Tensor<f64, ()> = einsum!(",w->", x0, &x1);
    check("case 150 (direct): ,w->", &got, &[], &want, 5);
}

/// `...,...hen,...ney->...` on (Const<2>, Const<4>), (Const<4>, Const<5>, Const<4>, Const<3>), (Const<3>, Const<2>, Const<4>, Const<3>, Bcast, Const<5>) -> (Const<3>, Const<2>, Const<4>)
fn case_151() {
    let mut rng = SeededRng::new(1151);
    let x0 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<6>, Const<2>, Const<4>, Const<3>, Bcast, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = s2.slice_len::<0, 1, 3, 2>();
    let want = oracle(
        "...,...hen,...ney->...",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[3, 2, 4],
    );
    let path = einsum_path!("...,...hen,...ney->...", &x0, x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 151 (pairwise): ...,...hen,...ney->..."
    );
    let got: Tensor<f64, (Const<3>, Const<2>, Const<4>)> =
        einsum!("...,...hen,...ney->...", &x0, x1, x2);
    check(
        "case 151 (pairwise): ...,...hen,...ney->...",
        &got,
        &[3, 2, 4],
        &want,
        300,
    );
}

/// `f,ef,eL,o` on (Bcast,), (Bcast, Const<2>), (Const<4>, Const<2>), (Bcast,) -> (Const<2>, Bcast)
fn case_152() {
    let mut rng = SeededRng::new(1152);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 3, 4, -1>();
    let x3 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "f,ef,eL,o",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[2, 1],
    );
    let path = einsum_path!("f,ef,eL,o", x0, x1, x2, x3);
    assert!(path.is_direct(), "case 152 (direct): f,ef,eL,o");
    let got: Tensor<f64, (Const<2>, Bcast)> = einsum!("f,ef,eL,o", x0, x1, x2, x3);
    check("case 152 (direct): f,ef,eL,o", &got, &[2, 1], &want, 8);
}

/// `...vcdv,...ppd,...kp->...vp` on (Const<4>, Const<2>, Const<3>, Const<4>), (Const<4>, Const<4>, Const<3>), (Const<4>, Const<5>, Const<2>, Const<3>, Const<4>) -> (Const<4>, Const<5>, Const<2>, Const<4>, Const<4>)
fn case_153() {
    let mut rng = SeededRng::new(1153);
    let x0 = Tensor::<f64, (Const<4>, Const<2>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<5>, Const<2>, Const<3>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...vcdv,...ppd,...kp->...vp",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 5, 2, 4, 4],
    );
    let path = einsum_path!("...vcdv,...ppd,...kp->...vp", &x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 153 (pairwise): ...vcdv,...ppd,...kp->...vp"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<2>, Const<4>, Const<4>)> =
        einsum!("...vcdv,...ppd,...kp->...vp", &x0, &x1, &x2);
    check(
        "case 153 (pairwise): ...vcdv,...ppd,...kp->...vp",
        &got,
        &[4, 5, 2, 4, 4],
        &want,
        18,
    );
}

/// `rsp,s->srm` on (Const<3>, Const<2>, Const<5>), (Const<2>,) -> (Const<2>, Const<3>, Const<1>)
fn case_154() {
    let mut rng = SeededRng::new(1154);
    let x0 = Tensor::<f64, (Const<3>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("rsp,s->srm", &[flat(&x0), flat(&x1)], &[2, 3, 1]);
    let got: Tensor<f64, (Const<2>, Const<3>, Const<1>)> =
        einsum!("rsp,s->srm", &x0, &x1; broadcast = [m]);
    check("case 154 (direct): rsp,s->srm", &got, &[2, 3, 1], &want, 5);
}

/// `,c,vs,vfah` on (), (Const<4>,), (Const<5>, Const<2>), (Const<5>, Const<3>, Const<5>, Const<4>) -> (Const<5>, Const<4>, Const<3>, Const<4>, Const<2>)
fn case_155() {
    let mut rng = SeededRng::new(1155);
    let s0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let s1 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 0, 4, 1>();
    let x2 = Tensor::<f64, (Const<5>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<3>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        ",c,vs,vfah",
        &[
            flat(&x0.to_tensor()),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3),
        ],
        &[5, 4, 3, 4, 2],
    );
    let path = einsum_path!(",c,vs,vfah", x0, x1, x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 155 (pairwise): ,c,vs,vfah"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<3>, Const<4>, Const<2>), H> =
        einsum!(",c,vs,vfah", x0, x1, x2, x3);
    check(
        "case 155 (pairwise): ,c,vs,vfah",
        &got,
        &[5, 4, 3, 4, 2],
        &want,
        5,
    );
}

/// `VVV,V->` on (Const<2>, Const<2>, Const<2>), (Const<2>,) -> ()
fn case_156() {
    let mut rng = SeededRng::new(1156);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("VVV,V->", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!("VVV,V->", &x0, x1);
    assert!(path.is_direct(), "case 156 (direct): VVV,V->");
    let got: Tensor<f64, (), H> = einsum!("VVV,V->", &x0, x1);
    check("case 156 (direct): VVV,V->", &got, &[], &want, 2);
}

/// `...mzSw,...wS,...Sws,...zw->...Ss` on (Const<3>, Const<5>, Bcast, Const<3>, Bcast), (Const<4>, Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>, Const<4>), (Const<4>, Bcast, Const<5>, Const<3>) -> (Const<4>, Const<3>, Const<3>, Const<4>)
fn case_157() {
    let mut rng = SeededRng::new(1157);
    let x0 = Tensor::<f64, (Const<3>, Const<5>, Bcast, Const<3>, Bcast), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 =
        Tensor::<f64, (Const<4>, Const<3>, Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Bcast, Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...mzSw,...wS,...Sws,...zw->...Ss",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 3, 3, 4],
    );
    let path = einsum_path!("...mzSw,...wS,...Sws,...zw->...Ss", &x0, x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 157 (pairwise): ...mzSw,...wS,...Sws,...zw->...Ss"
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<3>, Const<4>), H> =
        tensorial::einsum!("...mzSw,...wS,...Sws,...zw->...Ss", &x0, x1, &x2, x3);
    check(
        "case 157 (pairwise): ...mzSw,...wS,...Sws,...zw->...Ss",
        &got,
        &[4, 3, 3, 4],
        &want,
        75,
    );
}

/// `AaF,au->uA` on (Const<2>, Const<2>, Const<5>), (Const<2>, Const<5>) -> (Const<5>, Const<2>)
fn case_158() {
    let mut rng = SeededRng::new(1158);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("AaF,au->uA", &[flat(&x0), flat(&x1)], &[5, 2]);
    let path = einsum_path!("AaF,au->uA", x0, x1);
    assert!(path.is_direct(), "case 158 (direct): AaF,au->uA");
    let got: Tensor<f64, (Const<5>, Const<2>), H> = einsum!("AaF,au->uA", x0, x1);
    check("case 158 (direct): AaF,au->uA", &got, &[5, 2], &want, 10);
}

/// `...myza,...yfma,zfy...,...zo->ofhj...` on (Const<3>, Const<2>, Bcast, Const<5>, Const<4>), (Const<3>, Const<2>, Const<3>, Const<2>, Const<4>), (Const<5>, Bcast, Bcast, Const<4>, Const<3>), (Const<5>, Bcast) -> (Bcast, Const<3>, Const<1>, Const<3>, Const<4>, Const<3>)
fn case_159() {
    let mut rng = SeededRng::new(1159);
    let x0 = Tensor::<f64, (Const<3>, Const<2>, Bcast, Const<5>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s1 = Tensor::<f64, (Const<3>, Const<2>, Const<3>, Const<2>, Const<7>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.slice_len::<4, 0, 4, 2>();
    let s2 = Tensor::<f64, (Const<7>, Bcast, Bcast, Const<4>, Const<3>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = s2.slice_len::<0, 4, 5, -1>();
    let x3 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...myza,...yfma,zfy...,...zo->ofhj...",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[1, 3, 1, 3, 4, 3],
    );
    let got: Tensor<f64, (Bcast, Const<3>, Const<1>, Const<3>, Const<4>, Const<3>), H> =
        einsum!("...myza,...yfma,zfy...,...zo->ofhj...", x0, x1, &x2, x3; broadcast = [h, j]);
    check(
        "case 159 (pairwise): ...myza,...yfma,zfy...,...zo->ofhj...",
        &got,
        &[1, 3, 1, 3, 4, 3],
        &want,
        80,
    );
}

#[test]
fn cases_160_169() {
    run_cases(&[
        ("case_160", case_160),
        ("case_161", case_161),
        ("case_162", case_162),
        ("case_163", case_163),
        ("case_164", case_164),
        ("case_165", case_165),
        ("case_166", case_166),
        ("case_167", case_167),
        ("case_168", case_168),
        ("case_169", case_169),
    ]);
}

/// `ss->` on (Bcast, Bcast) -> ()
fn case_160() {
    let mut rng = SeededRng::new(1160);
    let x0 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ss->", &[flat(&x0)], &[]);
    let path = einsum_path!("ss->", &x0);
    assert!(path.is_direct(), "case 160 (direct): ss->");
    let got: Tensor<f64, ()> = einsum!("ss->", &x0);
    check("case 160 (direct): ss->", &got, &[], &want, 1);
}

/// `zzua,cuap,fzfa,fyy->yfauz` on (Const<1>, Const<1>, Const<5>, Const<5>), (Const<3>, Const<5>, Bcast, Const<5>), (Const<3>, Const<1>, Const<3>, Const<5>), (Const<3>, Const<2>, Const<2>) -> (Const<2>, Const<3>, Const<5>, Const<5>, Const<1>)
fn case_161() {
    let mut rng = SeededRng::new(1161);
    let x0 = Tensor::<f64, (Const<1>, Const<1>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Bcast, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<1>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<3>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<1, 1, 2, 1>();
    let want = oracle(
        "zzua,cuap,fzfa,fyy->yfauz",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[2, 3, 5, 5, 1],
    );
    let path = einsum_path!("zzua,cuap,fzfa,fyy->yfauz", x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 161 (pairwise): zzua,cuap,fzfa,fyy->yfauz"
    );
    let got: Tensor<f64, (Const<2>, Const<3>, Const<5>, Const<5>, Const<1>), H> =
        einsum!("zzua,cuap,fzfa,fyy->yfauz", x0, x1, x2, &x3);
    check(
        "case 161 (pairwise): zzua,cuap,fzfa,fyy->yfauz",
        &got,
        &[2, 3, 5, 5, 1],
        &want,
        15,
    );
}

/// `or,g->` on (Const<3>, Const<5>), (Const<5>,) -> ()
fn case_162() {
    let mut rng = SeededRng::new(1162);
    let s0 = Tensor::<f64, (Const<3>, Const<6>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 0, 5, 1>();
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("or,g->", &[flat(&x0.to_tensor()), flat(&x1)], &[]);
    let path = einsum_path!("or,g->", x0, &x1);
    assert!(path.is_direct(), "case 162 (direct): or,g->");
    let got: Tensor<f64, (), H> = tensorial::einsum!("or,g->", x0, &x1);
    check("case 162 (direct): or,g->", &got, &[], &want, 75);
}

/// `Iepr,pi,ieq->IeYipr` on (Const<5>, Const<3>, Const<2>, Const<4>), (Const<2>, Const<4>), (Const<4>, Const<3>, Const<5>) -> (Const<5>, Const<3>, Const<1>, Const<4>, Const<2>, Const<4>)
fn case_163() {
    let mut rng = SeededRng::new(1163);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Iepr,pi,ieq->IeYipr",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 3, 1, 4, 2, 4],
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Const<1>, Const<4>, Const<2>, Const<4>)> =
        einsum!("Iepr,pi,ieq->IeYipr", &x0, &x1, &x2; broadcast = [Y]);
    check(
        "case 163 (pairwise): Iepr,pi,ieq->IeYipr",
        &got,
        &[5, 3, 1, 4, 2, 4],
        &want,
        5,
    );
}

/// `nc,ncv->cc` on (Const<3>, Const<2>), (Const<3>, Const<2>, Const<2>) -> (Const<2>, Const<2>)
fn case_164() {
    let mut rng = SeededRng::new(1164);
    let x0 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<2, 1, 2, 1>();
    let want = oracle("nc,ncv->cc", &[flat(&x0), flat(&x1.to_tensor())], &[2, 2]);
    let path = einsum_path!("nc,ncv->cc", &x0, x1);
    assert!(path.is_direct(), "case 164 (direct): nc,ncv->cc");
    let got: Tensor<f64, (Const<2>, Const<2>)> = einsum!("nc,ncv->cc", &x0, x1);
    check("case 164 (direct): nc,ncv->cc", &got, &[2, 2], &want, 6);
}

/// `va...,fxav...,...,...->...xva` on (Const<5>, Const<4>, Const<5>, Bcast), (Const<1>, Const<5>, Const<4>, Const<5>), (Bcast, Const<5>), (Const<5>, Const<5>) -> (Const<5>, Const<5>, Const<5>, Const<5>, Const<4>)
fn case_165() {
    let mut rng = SeededRng::new(1165);
    let s0 = Tensor::<f64, (Const<5>, Const<4>, Const<5>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 =
        Tensor::<f64, (Const<1>, Const<5>, Const<4>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "va...,fxav...,...,...->...xva",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 5, 5, 5, 4],
    );
    let path = einsum_path!("va...,fxav...,...,...->...xva", x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 165 (pairwise): va...,fxav...,...,...->...xva"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<5>, Const<5>, Const<4>), H> =
        einsum!("va...,fxav...,...,...->...xva", x0, x1, x2, &x3);
    check(
        "case 165 (pairwise): va...,fxav...,...,...->...xva",
        &got,
        &[5, 5, 5, 5, 4],
        &want,
        1,
    );
}

/// `st,t,t->` on (Const<2>, Bcast), (Bcast,), (Const<2>,) -> ()
fn case_166() {
    let mut rng = SeededRng::new(1166);
    let x0 = Tensor::<f64, (Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("st,t,t->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let path = einsum_path!("st,t,t->", x0, &x1, &x2);
    assert!(path.is_direct(), "case 166 (direct): st,t,t->");
    let got: Tensor<f64, ()> = einsum!("st,t,t->", x0, &x1, &x2);
    check("case 166 (direct): st,t,t->", &got, &[], &want, 4);
}

/// `...wn,...g,...wje->...ge` on (Const<4>, Const<4>, Bcast, Const<3>, Const<2>), (Const<3>, Const<3>), (Bcast, Const<3>, Const<2>, Const<5>) -> (Const<4>, Const<4>, Const<3>, Const<3>, Const<5>)
fn case_167() {
    let mut rng = SeededRng::new(1167);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Bcast, Const<3>, Const<2>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<3>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...wn,...g,...wje->...ge",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 4, 3, 3, 5],
    );
    let path = einsum_path!("...wn,...g,...wje->...ge", x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 167 (pairwise): ...wn,...g,...wje->...ge"
    );
    let got: Tensor<f64, (Const<4>, Const<4>, Const<3>, Const<3>, Const<5>), H> =
        einsum!("...wn,...g,...wje->...ge", x0, &x1, &x2);
    check(
        "case 167 (pairwise): ...wn,...g,...wje->...ge",
        &got,
        &[4, 4, 3, 3, 5],
        &want,
        12,
    );
}

/// `nn,nn,n,nn` on (Const<3>, Const<3>), (Const<3>, Const<3>), (Const<3>,), (Bcast, Bcast) -> ()
fn case_168() {
    let mut rng = SeededRng::new(1168);
    let s0 = Tensor::<f64, (Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let x1 = Tensor::<f64, (Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "nn,nn,n,nn",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let path = einsum_path!("nn,nn,n,nn", x0, x1, x2, &x3);
    assert!(path.is_direct(), "case 168 (direct): nn,nn,n,nn");
    let got: Tensor<f64, (), H> = einsum!("nn,nn,n,nn", x0, x1, x2, &x3);
    check("case 168 (direct): nn,nn,n,nn", &got, &[], &want, 3);
}

/// `...Et,...t,...twu->...wE` on (Const<1>, Const<3>, Const<5>, Const<4>, Const<5>), (Bcast, Const<3>, Const<5>, Const<5>), (Const<1>, Const<3>, Const<5>, Const<5>, Const<4>, Const<4>) -> (Const<1>, Const<3>, Const<5>, Const<4>, Const<4>)
fn case_169() {
    let mut rng = SeededRng::new(1169);
    let x0 = Tensor::<f64, (Const<1>, Const<3>, Const<5>, Const<4>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s1 = Tensor::<f64, (Bcast, Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<1>, Const<3>, Const<5>, Const<5>, Const<4>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...Et,...t,...twu->...wE",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[1, 3, 5, 4, 4],
    );
    let path = einsum_path!("...Et,...t,...twu->...wE", &x0, x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 169 (pairwise): ...Et,...t,...twu->...wE"
    );
    let got: Tensor<f64, (Const<1>, Const<3>, Const<5>, Const<4>, Const<4>)> =
        tensorial::einsum!("...Et,...t,...twu->...wE", &x0, x1, &x2);
    check(
        "case 169 (pairwise): ...Et,...t,...twu->...wE",
        &got,
        &[1, 3, 5, 4, 4],
        &want,
        20,
    );
}

#[test]
fn cases_170_179() {
    run_cases(&[
        ("case_170", case_170),
        ("case_171", case_171),
        ("case_172", case_172),
        ("case_173", case_173),
        ("case_174", case_174),
        ("case_175", case_175),
        ("case_176", case_176),
        ("case_177", case_177),
        ("case_178", case_178),
        ("case_179", case_179),
    ]);
}

/// `p,p->` on (Const<2>,), (Const<2>,) -> ()
fn case_170() {
    let mut rng = SeededRng::new(1170);
    let x0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("p,p->", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!("p,p->", &x0, &x1);
    assert!(path.is_direct(), "case 170 (direct): p,p->");
    let got: Tensor<f64, (), H> = einsum!("p,p->", &x0, &x1);
    check("case 170 (direct): p,p->", &got, &[], &want, 2);
}

/// `...vl,...ljwh->w...` on (Const<3>, Bcast), (Const<1>, Const<5>, Const<4>, Const<3>, Const<5>, Const<5>) -> (Const<5>, Const<1>, Const<5>)
fn case_171() {
    let mut rng = SeededRng::new(1171);
    let s0 = Tensor::<f64, (Const<4>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 3, 3, -1>();
    let s1 = Tensor::<f64, (Const<1>, Const<6>, Const<4>, Const<3>, Const<5>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.slice_len::<1, 5, 5, -1>();
    let want = oracle(
        "...vl,...ljwh->w...",
        &[flat(&x0.to_tensor()), flat(&x1.to_tensor())],
        &[5, 1, 5],
    );
    let path = einsum_path!("...vl,...ljwh->w...", x0, x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 171 (pairwise): ...vl,...ljwh->w..."
    );
    let got: Tensor<f64, (Const<5>, Const<1>, Const<5>), H> =
        einsum!("...vl,...ljwh->w...", x0, x1);
    check(
        "case 171 (pairwise): ...vl,...ljwh->w...",
        &got,
        &[5, 1, 5],
        &want,
        180,
    );
}

/// `iii,i,iiii,i->i` on (Bcast, Bcast, Bcast), (Const<2>,), (Const<2>, Const<2>, Const<2>, Const<2>), (Const<2>,) -> (Const<2>,)
fn case_172() {
    let mut rng = SeededRng::new(1172);
    let s0 = Tensor::<f64, (Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "iii,i,iiii,i->i",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[2],
    );
    let path = einsum_path!("iii,i,iiii,i->i", x0, &x1, &x2, &x3);
    assert!(path.is_direct(), "case 172 (direct): iii,i,iiii,i->i");
    let got: Tensor<f64, (Const<2>,), H> = einsum!("iii,i,iiii,i->i", x0, &x1, &x2, &x3);
    check("case 172 (direct): iii,i,iiii,i->i", &got, &[2], &want, 1);
}

/// `jeeb,ggj,ej,vyj->ave` on (Const<2>, Const<4>, Const<4>, Const<5>), (Const<5>, Const<5>, Const<2>), (Const<4>, Const<2>), (Const<3>, Const<3>, Const<2>) -> (Const<2>, Const<3>, Const<4>)
fn case_173() {
    let mut rng = SeededRng::new(1173);
    let s0 = Tensor::<f64, (Const<2>, Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<3>, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let want = oracle(
        "jeeb,ggj,ej,vyj->ave",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[2, 3, 4],
    );
    let got: Tensor<f64, (Const<2>, Const<3>, Const<4>), H> =
        einsum!("jeeb,ggj,ej,vyj->ave", x0, &x1, x2, x3; broadcast = [a]);
    check(
        "case 173 (pairwise): jeeb,ggj,ej,vyj->ave",
        &got,
        &[2, 3, 4],
        &want,
        150,
    );
}

/// `d,dt,d,qd->zt` on (Const<5>,), (Const<5>, Const<3>), (Const<5>,), (Const<3>, Const<5>) -> (Const<1>, Const<3>)
fn case_174() {
    let mut rng = SeededRng::new(1174);
    let s0 = Tensor::<f64, (Const<7>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 1, 5, 1>();
    let x1 = Tensor::<f64, (Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<6>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 1, 5, 1>();
    let x3 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "d,dt,d,qd->zt",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[1, 3],
    );
    let got: Tensor<f64, (Const<1>, Const<3>), H> =
        einsum!("d,dt,d,qd->zt", x0, x1, x2, &x3; broadcast = [z]);
    check("case 174 (direct): d,dt,d,qd->zt", &got, &[1, 3], &want, 15);
}

/// `aygw,aqcy,qg,yqw` on (Const<5>, Const<3>, Const<5>, Const<3>), (Const<5>, Const<5>, Const<2>, Const<3>), (Const<5>, Const<5>), (Const<3>, Const<5>, Const<3>) -> (Const<2>,)
fn case_175() {
    let mut rng = SeededRng::new(1175);
    let x0 =
        Tensor::<f64, (Const<5>, Const<3>, Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "aygw,aqcy,qg,yqw",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2],
    );
    let path = einsum_path!("aygw,aqcy,qg,yqw", x0, x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 175 (pairwise): aygw,aqcy,qg,yqw"
    );
    let got: Tensor<f64, (Const<2>,), H> = einsum!("aygw,aqcy,qg,yqw", x0, x1, &x2, &x3);
    check(
        "case 175 (pairwise): aygw,aqcy,qg,yqw",
        &got,
        &[2],
        &want,
        1125,
    );
}

/// `tlyt->lly` on (Const<2>, Bcast, Const<3>, Const<2>) -> (Bcast, Bcast, Const<3>)
fn case_176() {
    let mut rng = SeededRng::new(1176);
    let x0 = Tensor::<f64, (Const<2>, Bcast, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("tlyt->lly", &[flat(&x0)], &[1, 1, 3]);
    let path = einsum_path!("tlyt->lly", &x0);
    assert!(path.is_direct(), "case 176 (direct): tlyt->lly");
    let got: Tensor<f64, (Bcast, Bcast, Const<3>), H> = einsum!("tlyt->lly", &x0);
    check("case 176 (direct): tlyt->lly", &got, &[1, 1, 3], &want, 2);
}

/// `oqvx,qnkv,xn->vqno` on (Const<3>, Const<5>, Const<5>, Const<5>), (Const<5>, Const<5>, Const<2>, Bcast), (Const<5>, Const<5>) -> (Const<5>, Const<5>, Const<5>, Const<3>)
fn case_177() {
    let mut rng = SeededRng::new(1177);
    let x0 = Tensor::<f64, (Const<3>, Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<2>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<6>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 0, 5, 1>();
    let want = oracle(
        "oqvx,qnkv,xn->vqno",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[5, 5, 5, 3],
    );
    let path = einsum_path!("oqvx,qnkv,xn->vqno", &x0, &x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 177 (pairwise): oqvx,qnkv,xn->vqno"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<5>, Const<3>), H> =
        einsum!("oqvx,qnkv,xn->vqno", &x0, &x1, x2);
    check(
        "case 177 (pairwise): oqvx,qnkv,xn->vqno",
        &got,
        &[5, 5, 5, 3],
        &want,
        10,
    );
}

/// `f,fV,fVVf,Vf->fV` on (Const<5>,), (Const<5>, Const<5>), (Const<5>, Const<5>, Const<5>, Const<5>), (Const<5>, Const<5>) -> (Const<5>, Const<5>)
fn case_178() {
    let mut rng = SeededRng::new(1178);
    let x0 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 =
        Tensor::<f64, (Const<5>, Const<5>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "f,fV,fVVf,Vf->fV",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 5],
    );
    let path = einsum_path!("f,fV,fVVf,Vf->fV", x0, &x1, &x2, x3);
    assert!(path.is_direct(), "case 178 (direct): f,fV,fVVf,Vf->fV");
    let got: Tensor<f64, (Const<5>, Const<5>), H> = einsum!("f,fV,fVVf,Vf->fV", x0, &x1, &x2, x3);
    check(
        "case 178 (direct): f,fV,fVVf,Vf->fV",
        &got,
        &[5, 5],
        &want,
        1,
    );
}

/// `Z...,Zy...y,...Ag,...Ag->Avfy...` on (Bcast, Const<2>, Const<5>), (Const<2>, Const<2>, Const<2>, Const<5>, Const<2>), (Const<2>, Const<5>, Const<4>, Const<2>), (Bcast, Const<5>, Const<4>, Const<2>) -> (Const<4>, Const<4>, Const<4>, Const<2>, Const<2>, Const<5>)
fn case_179() {
    let mut rng = SeededRng::new(1179);
    let x0 = Tensor::<f64, (Bcast, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<5>, Const<2>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<2>, Const<5>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Bcast, Const<5>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Z...,Zy...y,...Ag,...Ag->Avfy...",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 4, 4, 2, 2, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<4>, Const<4>, Const<2>, Const<2>, Const<5>), H> =
        einsum!("Z...,Zy...y,...Ag,...Ag->Avfy...", &x0, x1, &x2, &x3; broadcast = [v, f]);
    check(
        "case 179 (pairwise): Z...,Zy...y,...Ag,...Ag->Avfy...",
        &got,
        &[4, 4, 4, 2, 2, 5],
        &want,
        4,
    );
}

#[test]
fn cases_180_189() {
    run_cases(&[
        ("case_180", case_180),
        ("case_181", case_181),
        ("case_182", case_182),
        ("case_183", case_183),
        ("case_184", case_184),
        ("case_185", case_185),
        ("case_186", case_186),
        ("case_187", case_187),
        ("case_188", case_188),
        ("case_189", case_189),
    ]);
}

/// `jrs,rh,jr,sjh->rhj` on (Const<2>, Const<1>, Const<4>), (Const<1>, Const<3>), (Bcast, Const<1>), (Const<4>, Const<2>, Const<3>) -> (Const<1>, Const<3>, Const<2>)
fn case_180() {
    let mut rng = SeededRng::new(1180);
    let x0 = Tensor::<f64, (Const<2>, Const<1>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "jrs,rh,jr,sjh->rhj",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[1, 3, 2],
    );
    let path = einsum_path!("jrs,rh,jr,sjh->rhj", x0, x1, &x2, x3);
    assert!(path.is_direct(), "case 180 (direct): jrs,rh,jr,sjh->rhj");
    let got: Tensor<f64, (Const<1>, Const<3>, Const<2>), H> =
        einsum!("jrs,rh,jr,sjh->rhj", x0, x1, &x2, x3);
    check(
        "case 180 (direct): jrs,rh,jr,sjh->rhj",
        &got,
        &[1, 3, 2],
        &want,
        4,
    );
}

/// `n...n,...ynd,nntx...,...->...nyx` on (Const<3>, Const<3>), (Bcast, Const<5>, Const<3>, Const<3>, Const<2>), (Const<3>, Const<3>, Const<4>, Const<4>, Const<4>, Const<5>), () -> (Const<4>, Const<5>, Const<3>, Const<3>, Const<4>)
fn case_181() {
    let mut rng = SeededRng::new(1181);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<5>, Const<3>, Const<3>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 =
        Tensor::<f64, (Const<3>, Const<3>, Const<4>, Const<4>, Const<4>, Const<5>), H>::uniform(
            &mut rng, -1.0, 1.0,
        );
    let x3 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "n...n,...ynd,nntx...,...->...nyx",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 5, 3, 3, 4],
    );
    let path = einsum_path!("n...n,...ynd,nntx...,...->...nyx", &x0, &x1, x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 181 (pairwise): n...n,...ynd,nntx...,...->...nyx"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<3>, Const<3>, Const<4>), H> =
        einsum!("n...n,...ynd,nntx...,...->...nyx", &x0, &x1, x2, x3);
    check(
        "case 181 (pairwise): n...n,...ynd,nntx...,...->...nyx",
        &got,
        &[4, 5, 3, 3, 4],
        &want,
        8,
    );
}

/// `lxxx,xl->lx` on (Const<4>, Const<2>, Const<2>, Const<2>), (Bcast, Const<4>) -> (Const<4>, Const<2>)
fn case_182() {
    let mut rng = SeededRng::new(1182);
    let x0 = Tensor::<f64, (Const<4>, Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("lxxx,xl->lx", &[flat(&x0), flat(&x1)], &[4, 2]);
    let path = einsum_path!("lxxx,xl->lx", &x0, x1);
    assert!(path.is_direct(), "case 182 (direct): lxxx,xl->lx");
    let got: Tensor<f64, (Const<4>, Const<2>)> = einsum!("lxxx,xl->lx", &x0, x1);
    check("case 182 (direct): lxxx,xl->lx", &got, &[4, 2], &want, 1);
}

/// `ktro,ky,yogt->owgz` on (Const<5>, Const<2>, Const<2>, Const<5>), (Const<5>, Const<2>), (Const<2>, Const<5>, Const<2>, Const<2>) -> (Const<5>, Const<2>, Const<2>, Const<3>)
fn case_183() {
    let mut rng = SeededRng::new(1183);
    let x0 =
        Tensor::<f64, (Const<5>, Const<2>, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<5>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ktro,ky,yogt->owgz",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 2, 2, 3],
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<2>, Const<3>), H> =
        einsum!("ktro,ky,yogt->owgz", &x0, x1, x2; broadcast = [w, z]);
    check(
        "case 183 (pairwise): ktro,ky,yogt->owgz",
        &got,
        &[5, 2, 2, 3],
        &want,
        40,
    );
}

/// `n,dpan,ea->aap` on (Bcast,), (Const<5>, Const<3>, Const<5>, Const<2>), (Const<3>, Const<5>) -> (Const<5>, Const<5>, Const<3>)
fn case_184() {
    let mut rng = SeededRng::new(1184);
    let x0 = Tensor::<f64, (Bcast,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "n,dpan,ea->aap",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 5, 3],
    );
    let path = einsum_path!("n,dpan,ea->aap", &x0, &x1, &x2);
    assert!(path.is_direct(), "case 184 (direct): n,dpan,ea->aap");
    let got: Tensor<f64, (Const<5>, Const<5>, Const<3>), H> =
        einsum!("n,dpan,ea->aap", &x0, &x1, &x2);
    check(
        "case 184 (direct): n,dpan,ea->aap",
        &got,
        &[5, 5, 3],
        &want,
        30,
    );
}

/// `b...e,...,...eoCt,C...J->...JbC` on (Bcast, Const<3>, Const<3>, Bcast), (Const<3>,), (Const<4>, Const<4>, Const<4>, Const<4>), (Const<4>, Const<3>, Const<3>, Const<1>) -> (Const<3>, Const<3>, Const<1>, Bcast, Const<4>)
fn case_185() {
    let mut rng = SeededRng::new(1185);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 =
        Tensor::<f64, (Const<4>, Const<4>, Const<4>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<3>, Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "b...e,...,...eoCt,C...J->...JbC",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 3, 1, 1, 4],
    );
    let path = einsum_path!("b...e,...,...eoCt,C...J->...JbC", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 185 (pairwise): b...e,...,...eoCt,C...J->...JbC"
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<1>, Bcast, Const<4>), H> =
        einsum!("b...e,...,...eoCt,C...J->...JbC", &x0, &x1, &x2, &x3);
    check(
        "case 185 (pairwise): b...e,...,...eoCt,C...J->...JbC",
        &got,
        &[3, 3, 1, 1, 4],
        &want,
        64,
    );
}

/// `ku,ku,uku,ukuk->ku` on (Const<2>, Bcast), (Const<2>, Const<2>), (Const<2>, Bcast, Const<2>), (Const<2>, Const<2>, Const<2>, Const<2>) -> (Const<2>, Const<2>)
fn case_186() {
    let mut rng = SeededRng::new(1186);
    let s0 = Tensor::<f64, (Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 1, 2, -1>();
    let x1 = Tensor::<f64, (Const<2>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<2>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let s3 = Tensor::<f64, (Const<2>, Const<4>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<1, 2, 2, 1>();
    let want = oracle(
        "ku,ku,uku,ukuk->ku",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3.to_tensor()),
        ],
        &[2, 2],
    );
    let path = einsum_path!("ku,ku,uku,ukuk->ku", &x0, &x1, x2, &x3);
    assert!(path.is_direct(), "case 186 (direct): ku,ku,uku,ukuk->ku");
    let got: Tensor<f64, (Const<2>, Const<2>), H> =
        einsum!("ku,ku,uku,ukuk->ku", &x0, &x1, x2, &x3);
    check(
        "case 186 (direct): ku,ku,uku,ukuk->ku",
        &got,
        &[2, 2],
        &want,
        1,
    );
}

/// `wa...y,...aiyz,zw...a->...zi` on (Const<5>, Const<5>, Const<3>, Const<3>, Const<3>, Const<1>), (Const<5>, Const<4>, Bcast, Const<5>), (Const<5>, Const<5>, Const<5>) -> (Const<3>, Const<3>, Const<3>, Const<5>, Const<4>)
fn case_187() {
    let mut rng = SeededRng::new(1187);
    let s0 = Tensor::<f64, (Const<5>, Const<5>, Const<3>, Const<3>, Const<3>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<2>();
    let want = oracle(
        "wa...y,...aiyz,zw...a->...zi",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2.to_tensor())],
        &[3, 3, 3, 5, 4],
    );
    let path = einsum_path!("wa...y,...aiyz,zw...a->...zi", x0, x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 187 (pairwise): wa...y,...aiyz,zw...a->...zi"
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<3>, Const<5>, Const<4>)> =
        einsum!("wa...y,...aiyz,zw...a->...zi", x0, x1, &x2);
    check(
        "case 187 (pairwise): wa...y,...aiyz,zw...a->...zi",
        &got,
        &[3, 3, 3, 5, 4],
        &want,
        25,
    );
}

/// `,ta,t` on (), (Const<3>, Const<4>), (Const<3>,) -> (Const<4>,)
fn case_188() {
    let mut rng = SeededRng::new(1188);
    let x0 = Tensor::<f64, (), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(",ta,t", &[flat(&x0), flat(&x1), flat(&x2)], &[4]);
    let path = einsum_path!(",ta,t", &x0, x1, &x2);
    assert!(path.is_direct(), "case 188 (direct): ,ta,t");
    let got: Tensor<f64, (Const<4>,), H> = einsum!(",ta,t", &x0, x1, &x2);
    check("case 188 (direct): ,ta,t", &got, &[4], &want, 3);
}

/// `nhzq,jih,nqjz,zhvi->vhi` on (Const<5>, Const<5>, Const<4>, Bcast), (Const<2>, Const<5>, Const<5>), (Const<5>, Const<2>, Const<2>, Const<4>), (Const<4>, Const<5>, Const<5>, Const<5>) -> (Const<5>, Const<5>, Const<5>)
fn case_189() {
    let mut rng = SeededRng::new(1189);
    let s0 = Tensor::<f64, (Const<5>, Const<5>, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let x1 = Tensor::<f64, (Const<2>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<2>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "nhzq,jih,nqjz,zhvi->vhi",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 5, 5],
    );
    let path = einsum_path!("nhzq,jih,nqjz,zhvi->vhi", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 189 (pairwise): nhzq,jih,nqjz,zhvi->vhi"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<5>)> =
        einsum!("nhzq,jih,nqjz,zhvi->vhi", &x0, x1, x2, &x3);
    check(
        "case 189 (pairwise): nhzq,jih,nqjz,zhvi->vhi",
        &got,
        &[5, 5, 5],
        &want,
        80,
    );
}

#[test]
fn cases_190_199() {
    run_cases(&[
        ("case_190", case_190),
        ("case_191", case_191),
        ("case_192", case_192),
        ("case_193", case_193),
        ("case_194", case_194),
        ("case_195", case_195),
        ("case_196", case_196),
        ("case_197", case_197),
        ("case_198", case_198),
        ("case_199", case_199),
    ]);
}

/// `urd,ux,q->` on (Const<3>, Const<4>, Const<4>), (Bcast, Const<2>), (Const<5>,) -> ()
fn case_190() {
    let mut rng = SeededRng::new(1190);
    let s0 = Tensor::<f64, (Const<5>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 2, 3, 1>();
    let x1 = Tensor::<f64, (Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "urd,ux,q->",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[],
    );
    let path = einsum_path!("urd,ux,q->", x0, x1, x2);
    assert!(path.is_direct(), "case 190 (direct): urd,ux,q->");
    let got: Tensor<f64, ()> = einsum!("urd,ux,q->", x0, x1, x2);
    check("case 190 (direct): urd,ux,q->", &got, &[], &want, 480);
}

/// `...xcb,...mc,...cjx->...cb` on (Bcast, Const<2>, Const<2>, Const<2>), (Const<5>, Const<5>, Const<2>), (Const<5>, Const<5>, Const<2>, Const<4>, Const<2>) -> (Const<5>, Const<5>, Const<2>, Const<2>)
fn case_191() {
    let mut rng = SeededRng::new(1191);
    let x0 = Tensor::<f64, (Bcast, Const<2>, Const<2>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<5>, Const<2>, Const<4>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...xcb,...mc,...cjx->...cb",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 5, 2, 2],
    );
    let path = einsum_path!("...xcb,...mc,...cjx->...cb", x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 191 (pairwise): ...xcb,...mc,...cjx->...cb"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<2>, Const<2>), H> =
        einsum!("...xcb,...mc,...cjx->...cb", x0, &x1, &x2);
    check(
        "case 191 (pairwise): ...xcb,...mc,...cjx->...cb",
        &got,
        &[5, 5, 2, 2],
        &want,
        40,
    );
}

/// `vy,vor,vry->y` on (Bcast, Const<1>), (Const<2>, Const<1>, Bcast), (Const<2>, Const<3>, Const<1>) -> (Const<1>,)
fn case_192() {
    let mut rng = SeededRng::new(1192);
    let x0 = Tensor::<f64, (Bcast, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>, Const<1>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<2>, Const<3>, Const<1>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vy,vor,vry->y",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[1],
    );
    let path = einsum_path!("vy,vor,vry->y", x0, &x1, x2);
    assert!(path.is_direct(), "case 192 (direct): vy,vor,vry->y");
    let got: Tensor<f64, (Const<1>,), H> = einsum!("vy,vor,vry->y", x0, &x1, x2);
    check("case 192 (direct): vy,vor,vry->y", &got, &[1], &want, 6);
}

/// `cc,jac,jf,uae->cff` on (Const<3>, Const<3>), (Const<5>, Const<3>, Const<3>), (Const<5>, Const<4>), (Const<3>, Const<3>, Const<5>) -> (Const<3>, Const<4>, Const<4>)
fn case_193() {
    let mut rng = SeededRng::new(1193);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "cc,jac,jf,uae->cff",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 4, 4],
    );
    let path = einsum_path!("cc,jac,jf,uae->cff", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 193 (pairwise): cc,jac,jf,uae->cff"
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<4>)> =
        einsum!("cc,jac,jf,uae->cff", &x0, x1, x2, &x3);
    check(
        "case 193 (pairwise): cc,jac,jf,uae->cff",
        &got,
        &[3, 4, 4],
        &want,
        225,
    );
}

/// `xVnP,Pb,b->gVnP` on (Const<5>, Const<2>, Const<4>, Const<2>), (Const<2>, Const<3>), (Const<3>,) -> (Const<4>, Const<2>, Const<4>, Const<2>)
fn case_194() {
    let mut rng = SeededRng::new(1194);
    let x0 =
        Tensor::<f64, (Const<5>, Const<2>, Const<4>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "xVnP,Pb,b->gVnP",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 2, 4, 2],
    );
    let got: Tensor<f64, (Const<4>, Const<2>, Const<4>, Const<2>), H> =
        einsum!("xVnP,Pb,b->gVnP", &x0, &x1, &x2; broadcast = [g]);
    check(
        "case 194 (direct): xVnP,Pb,b->gVnP",
        &got,
        &[4, 2, 4, 2],
        &want,
        15,
    );
}

/// `ygM,gxM,Mkv,Mg` on (Const<4>, Const<2>, Const<4>), (Const<2>, Const<4>, Const<4>), (Const<4>, Const<5>, Const<5>), (Const<4>, Const<2>) -> (Const<5>, Const<5>, Const<4>, Const<4>)
fn case_195() {
    let mut rng = SeededRng::new(1195);
    let s0 = Tensor::<f64, (Const<4>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<2>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<1, 0, 2, 2>();
    let want = oracle(
        "ygM,gxM,Mkv,Mg",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[5, 5, 4, 4],
    );
    let path = einsum_path!("ygM,gxM,Mkv,Mg", x0, x1, x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 195 (pairwise): ygM,gxM,Mkv,Mg"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<4>, Const<4>)> =
        einsum!("ygM,gxM,Mkv,Mg", x0, x1, x2, x3);
    check(
        "case 195 (pairwise): ygM,gxM,Mkv,Mg",
        &got,
        &[5, 5, 4, 4],
        &want,
        8,
    );
}

/// `d,d,d->` on (Const<2>,), (Const<2>,), (Const<2>,) -> ()
fn case_196() {
    let mut rng = SeededRng::new(1196);
    let x0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 1, 2, 1>();
    let x2 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "d,d,d->",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[],
    );
    let path = einsum_path!("d,d,d->", &x0, &x1, x2);
    assert!(path.is_direct(), "case 196 (direct): d,d,d->");
    let got: Tensor<f64, ()> = einsum!("d,d,d->", &x0, &x1, x2);
    check("case 196 (direct): d,d,d->", &got, &[], &want, 2);
}

/// `b,ab,dcb,zbdi->c` on (Const<5>,), (Const<3>, Const<5>), (Const<5>, Const<4>, Const<5>), (Const<3>, Const<5>, Const<5>, Const<5>) -> (Const<4>,)
fn case_197() {
    let mut rng = SeededRng::new(1197);
    let x0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 =
        Tensor::<f64, (Const<3>, Const<6>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<1, 4, 5, -1>();
    let want = oracle(
        "b,ab,dcb,zbdi->c",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[4],
    );
    let path = einsum_path!("b,ab,dcb,zbdi->c", &x0, x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 197 (pairwise): b,ab,dcb,zbdi->c"
    );
    let got: Tensor<f64, (Const<4>,), H> = einsum!("b,ab,dcb,zbdi->c", &x0, x1, &x2, x3);
    check(
        "case 197 (pairwise): b,ab,dcb,zbdi->c",
        &got,
        &[4],
        &want,
        1125,
    );
}

/// `xm...,mx...,...m->...x` on (Const<4>, Const<2>, Const<4>), (Const<2>, Const<4>, Const<4>, Const<4>), (Const<2>,) -> (Const<4>, Const<4>, Const<4>)
fn case_198() {
    let mut rng = SeededRng::new(1198);
    let x0 = Tensor::<f64, (Const<4>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "xm...,mx...,...m->...x",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 4, 4],
    );
    let path = einsum_path!("xm...,mx...,...m->...x", &x0, &x1, x2);
    assert!(
        path.is_direct(),
        "case 198 (direct): xm...,mx...,...m->...x"
    );
    let got: Tensor<f64, (Const<4>, Const<4>, Const<4>)> =
        einsum!("xm...,mx...,...m->...x", &x0, &x1, x2);
    check(
        "case 198 (direct): xm...,mx...,...m->...x",
        &got,
        &[4, 4, 4],
        &want,
        2,
    );
}

/// `...jcz,...lrjy->...rrz` on (Bcast, Const<3>, Const<3>), (Const<5>, Const<4>, Const<4>, Const<2>, Const<3>, Const<3>) -> (Const<5>, Const<4>, Const<2>, Const<2>, Const<3>)
fn case_199() {
    let mut rng = SeededRng::new(1199);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Const<4>, Const<2>, Const<3>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...jcz,...lrjy->...rrz",
        &[flat(&x0), flat(&x1)],
        &[5, 4, 2, 2, 3],
    );
    let path = einsum_path!("...jcz,...lrjy->...rrz", &x0, &x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 199 (pairwise): ...jcz,...lrjy->...rrz"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<2>, Const<2>, Const<3>)> =
        einsum!("...jcz,...lrjy->...rrz", &x0, &x1);
    check(
        "case 199 (pairwise): ...jcz,...lrjy->...rrz",
        &got,
        &[5, 4, 2, 2, 3],
        &want,
        108,
    );
}

#[test]
fn cases_200_209() {
    run_cases(&[
        ("case_200", case_200),
        ("case_201", case_201),
        ("case_202", case_202),
        ("case_203", case_203),
        ("case_204", case_204),
        ("case_205", case_205),
        ("case_206", case_206),
        ("case_207", case_207),
        ("case_208", case_208),
        ("case_209", case_209),
    ]);
}

/// `j,ljr,ljg->ja` on (Const<2>,), (Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>, Const<2>) -> (Const<2>, Const<2>)
fn case_200() {
    let mut rng = SeededRng::new(1200);
    let x0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("j,ljr,ljg->ja", &[flat(&x0), flat(&x1), flat(&x2)], &[2, 2]);
    let got: Tensor<f64, (Const<2>, Const<2>)> =
        einsum!("j,ljr,ljg->ja", x0, &x1, x2; broadcast = [a]);
    check("case 200 (direct): j,ljr,ljg->ja", &got, &[2, 2], &want, 8);
}

/// `iiga,eg,dedo,aoo->kie` on (Const<5>, Const<5>, Const<2>, Const<5>), (Const<4>, Const<2>), (Const<5>, Const<4>, Const<5>, Const<3>), (Const<5>, Const<3>, Const<3>) -> (Const<2>, Const<5>, Const<4>)
fn case_201() {
    let mut rng = SeededRng::new(1201);
    let s0 =
        Tensor::<f64, (Const<5>, Const<7>, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 0, 5, 1>();
    let x1 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<2>();
    let x3 = Tensor::<f64, (Const<5>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "iiga,eg,dedo,aoo->kie",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[2, 5, 4],
    );
    let got: Tensor<f64, (Const<2>, Const<5>, Const<4>), H> =
        einsum!("iiga,eg,dedo,aoo->kie", &x0, x1, x2, x3; broadcast = [k]);
    check(
        "case 201 (pairwise): iiga,eg,dedo,aoo->kie",
        &got,
        &[2, 5, 4],
        &want,
        150,
    );
}

/// `h,ehw->h` on (Const<2>,), (Const<4>, Const<2>, Bcast) -> (Const<2>,)
fn case_202() {
    let mut rng = SeededRng::new(1202);
    let s0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<4>, Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("h,ehw->h", &[flat(&x0.to_tensor()), flat(&x1)], &[2]);
    let path = einsum_path!("h,ehw->h", &x0, x1);
    assert!(path.is_direct(), "case 202 (direct): h,ehw->h");
    let got: Tensor<f64, (Const<2>,)> = einsum!("h,ehw->h", &x0, x1);
    check("case 202 (direct): h,ehw->h", &got, &[2], &want, 4);
}

/// `trrz,wzxb,rw->lnrzt` on (Const<5>, Const<2>, Const<2>, Const<4>), (Const<2>, Const<4>, Const<4>, Const<3>), (Const<2>, Const<2>) -> (Const<4>, Const<3>, Const<2>, Const<4>, Const<5>)
fn case_203() {
    let mut rng = SeededRng::new(1203);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<4>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "trrz,wzxb,rw->lnrzt",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 3, 2, 4, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<2>, Const<4>, Const<5>)> =
        einsum!("trrz,wzxb,rw->lnrzt", x0, x1, &x2; broadcast = [l, n]);
    check(
        "case 203 (pairwise): trrz,wzxb,rw->lnrzt",
        &got,
        &[4, 3, 2, 4, 5],
        &want,
        24,
    );
}

/// `TuuT,TuT,uTuT->` on (Const<1>, Const<5>, Const<5>, Const<1>), (Const<1>, Const<5>, Const<1>), (Const<5>, Const<1>, Const<5>, Const<1>) -> ()
fn case_204() {
    let mut rng = SeededRng::new(1204);
    let s0 = Tensor::<f64, (Const<1>, Const<5>, Const<6>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<2, 1, 5, 1>();
    let x1 = Tensor::<f64, (Const<1>, Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<1>, Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let want = oracle(
        "TuuT,TuT,uTuT->",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2.to_tensor())],
        &[],
    );
    let path = einsum_path!("TuuT,TuT,uTuT->", x0, &x1, &x2);
    assert!(path.is_direct(), "case 204 (direct): TuuT,TuT,uTuT->");
    let got: Tensor<f64, ()> = einsum!("TuuT,TuT,uTuT->", x0, &x1, &x2);
    check("case 204 (direct): TuuT,TuT,uTuT->", &got, &[], &want, 5);
}

/// `iupa,nihy,h,udy->duya` on (Const<4>, Bcast, Const<3>, Const<3>), (Const<3>, Const<4>, Const<3>, Const<4>), (Const<3>,), (Const<1>, Const<2>, Const<4>) -> (Const<2>, Const<1>, Const<4>, Const<3>)
fn case_205() {
    let mut rng = SeededRng::new(1205);
    let s0 = Tensor::<f64, (Const<4>, Bcast, Const<6>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<2, 0, 3, 2>();
    let x1 = Tensor::<f64, (Const<3>, Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<1>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "iupa,nihy,h,udy->duya",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[2, 1, 4, 3],
    );
    let path = einsum_path!("iupa,nihy,h,udy->duya", x0, x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 205 (pairwise): iupa,nihy,h,udy->duya"
    );
    let got: Tensor<f64, (Const<2>, Const<1>, Const<4>, Const<3>)> =
        einsum!("iupa,nihy,h,udy->duya", x0, x1, &x2, &x3);
    check(
        "case 205 (pairwise): iupa,nihy,h,udy->duya",
        &got,
        &[2, 1, 4, 3],
        &want,
        108,
    );
}

/// `n,hnn,nhn->` on (Bcast,), (Bcast, Const<3>, Const<3>), (Bcast, Bcast, Bcast) -> ()
fn case_206() {
    let mut rng = SeededRng::new(1206);
    let s0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Bcast, Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "n,hnn,nhn->",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[],
    );
    let path = einsum_path!("n,hnn,nhn->", x0, &x1, x2);
    assert!(path.is_direct(), "case 206 (direct): n,hnn,nhn->");
    let got: Tensor<f64, (), H> = einsum!("n,hnn,nhn->", x0, &x1, x2);
    check("case 206 (direct): n,hnn,nhn->", &got, &[], &want, 3);
}

/// `...vlan,...lye,...evly,y...` on (Const<4>, Const<2>, Const<3>, Const<3>), (Const<2>, Const<3>, Const<4>), (Const<3>, Const<4>, Const<4>, Const<2>, Const<3>), (Const<3>, Const<3>) -> (Const<3>, Const<3>, Const<3>)
fn case_207() {
    let mut rng = SeededRng::new(1207);
    let x0 = Tensor::<f64, (Const<4>, Const<2>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<4>, Const<4>, Const<2>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...vlan,...lye,...evly,y...",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 3, 3],
    );
    let path = einsum_path!("...vlan,...lye,...evly,y...", x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 207 (pairwise): ...vlan,...lye,...evly,y..."
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<3>)> =
        einsum!("...vlan,...lye,...evly,y...", x0, &x1, &x2, &x3);
    check(
        "case 207 (pairwise): ...vlan,...lye,...evly,y...",
        &got,
        &[3, 3, 3],
        &want,
        96,
    );
}

/// `zr,zcr,c,c` on (Const<2>, Const<2>), (Const<2>, Const<1>, Const<2>), (Const<1>,), (Bcast,) -> ()
fn case_208() {
    let mut rng = SeededRng::new(1208);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Bcast,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zr,zcr,c,c",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let path = einsum_path!("zr,zcr,c,c", x0, &x1, &x2, x3);
    assert!(path.is_direct(), "case 208 (direct): zr,zcr,c,c");
    let got: Tensor<f64, (), H> = tensorial::einsum!("zr,zcr,c,c", x0, &x1, &x2, x3);
    check("case 208 (direct): zr,zcr,c,c", &got, &[], &want, 4);
}

/// `wlRe,ybi->iRby` on (Const<5>, Const<3>, Const<4>, Const<4>), (Const<5>, Const<1>, Const<5>) -> (Const<5>, Const<4>, Const<1>, Const<5>)
fn case_209() {
    let mut rng = SeededRng::new(1209);
    let x0 =
        Tensor::<f64, (Const<5>, Const<3>, Const<4>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>, Const<1>, Const<10>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<2, 1, 5, 2>();
    let want = oracle(
        "wlRe,ybi->iRby",
        &[flat(&x0), flat(&x1.to_tensor())],
        &[5, 4, 1, 5],
    );
    let path = einsum_path!("wlRe,ybi->iRby", &x0, x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 209 (pairwise): wlRe,ybi->iRby"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<1>, Const<5>), H> =
        einsum!("wlRe,ybi->iRby", &x0, x1);
    check(
        "case 209 (pairwise): wlRe,ybi->iRby",
        &got,
        &[5, 4, 1, 5],
        &want,
        60,
    );
}

#[test]
fn cases_210_219() {
    run_cases(&[
        ("case_210", case_210),
        ("case_211", case_211),
        ("case_212", case_212),
        ("case_213", case_213),
        ("case_214", case_214),
        ("case_215", case_215),
        ("case_216", case_216),
        ("case_217", case_217),
        ("case_218", case_218),
        ("case_219", case_219),
    ]);
}

/// `u->` on (Const<4>,) -> ()
fn case_210() {
    let mut rng = SeededRng::new(1210);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("u->", &[flat(&x0)], &[]);
    let path = einsum_path!("u->", &x0);
    assert!(path.is_direct(), "case 210 (direct): u->");
    let got: Tensor<f64, ()> = einsum!("u->", &x0);
    check("case 210 (direct): u->", &got, &[], &want, 4);
}

/// `...wut,...nuk,w...u,...kw->...ukn` on (Bcast, Bcast, Const<2>, Const<5>, Const<4>), (Const<2>, Bcast, Const<5>, Const<5>, Const<5>), (Const<2>, Const<3>, Const<5>), (Const<5>, Const<2>) -> (Const<2>, Const<3>, Const<5>, Const<5>, Const<5>)
fn case_211() {
    let mut rng = SeededRng::new(1211);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<2>, Const<5>, Const<4>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<2>, Bcast, Const<5>, Const<5>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<2>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...wut,...nuk,w...u,...kw->...ukn",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2, 3, 5, 5, 5],
    );
    let path = einsum_path!("...wut,...nuk,w...u,...kw->...ukn", x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 211 (pairwise): ...wut,...nuk,w...u,...kw->...ukn"
    );
    let got: Tensor<f64, (Const<2>, Const<3>, Const<5>, Const<5>, Const<5>), H> =
        einsum!("...wut,...nuk,w...u,...kw->...ukn", x0, &x1, &x2, &x3);
    check(
        "case 211 (pairwise): ...wut,...nuk,w...u,...kw->...ukn",
        &got,
        &[2, 3, 5, 5, 5],
        &want,
        8,
    );
}

/// `ih,h,ndht->hd` on (Const<2>, Bcast), (Const<2>,), (Const<3>, Bcast, Const<2>, Const<3>) -> (Const<2>, Bcast)
fn case_212() {
    let mut rng = SeededRng::new(1212);
    let x0 = Tensor::<f64, (Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Bcast, Const<2>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ih,h,ndht->hd", &[flat(&x0), flat(&x1), flat(&x2)], &[2, 1]);
    let path = einsum_path!("ih,h,ndht->hd", x0, x1, &x2);
    assert!(path.is_direct(), "case 212 (direct): ih,h,ndht->hd");
    let got: Tensor<f64, (Const<2>, Bcast), H> = einsum!("ih,h,ndht->hd", x0, x1, &x2);
    check("case 212 (direct): ih,h,ndht->hd", &got, &[2, 1], &want, 18);
}

/// `...qq,...zkq,...rkq,...qqq` on (Const<5>, Const<2>, Const<2>), (Bcast, Bcast, Const<5>, Const<4>, Const<2>), (Const<4>, Const<5>, Const<3>, Const<4>, Const<2>), (Const<4>, Bcast, Const<2>, Const<2>, Const<2>) -> (Const<4>, Const<5>, Const<3>, Const<5>)
fn case_213() {
    let mut rng = SeededRng::new(1213);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 =
        Tensor::<f64, (Bcast, Bcast, Const<5>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<5>, Const<3>, Const<4>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<4>, Bcast, Const<2>, Const<2>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...qq,...zkq,...rkq,...qqq",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 5, 3, 5],
    );
    let path = einsum_path!("...qq,...zkq,...rkq,...qqq", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 213 (pairwise): ...qq,...zkq,...rkq,...qqq"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<3>, Const<5>)> =
        einsum!("...qq,...zkq,...rkq,...qqq", &x0, x1, x2, &x3);
    check(
        "case 213 (pairwise): ...qq,...zkq,...rkq,...qqq",
        &got,
        &[4, 5, 3, 5],
        &want,
        8,
    );
}

/// `W->nI` on (Const<1>,) -> (Const<1>, Const<3>)
fn case_214() {
    let mut rng = SeededRng::new(1214);
    let x0 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("W->nI", &[flat(&x0)], &[1, 3]);
    let got: Tensor<f64, (Const<1>, Const<3>)> = einsum!("W->nI", &x0; broadcast = [n, I]);
    check("case 214 (direct): W->nI", &got, &[1, 3], &want, 1);
}

/// `...gr,hg...,hbx...G` on (Const<5>, Const<2>, Const<3>), (Const<4>, Const<2>), (Const<4>, Const<2>, Const<3>, Bcast, Const<4>) -> (Const<5>, Const<4>, Const<2>, Const<3>, Const<3>)
fn case_215() {
    let mut rng = SeededRng::new(1215);
    let s0 = Tensor::<f64, (Const<5>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 1, 2, -1>();
    let x1 = Tensor::<f64, (Const<4>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<2>, Const<3>, Bcast, Const<4>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...gr,hg...,hbx...G",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[5, 4, 2, 3, 3],
    );
    let path = einsum_path!("...gr,hg...,hbx...G", x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 215 (pairwise): ...gr,hg...,hbx...G"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<2>, Const<3>, Const<3>), H> =
        einsum!("...gr,hg...,hbx...G", x0, &x1, &x2);
    check(
        "case 215 (pairwise): ...gr,hg...,hbx...G",
        &got,
        &[5, 4, 2, 3, 3],
        &want,
        8,
    );
}

/// `,kZ,kZkk,k->ZZ` on (), (Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>, Const<3>), (Const<3>,) -> (Const<3>, Const<3>)
fn case_216() {
    let mut rng = SeededRng::new(1216);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        ",kZ,kZkk,k->ZZ",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 3],
    );
    let path = einsum_path!(",kZ,kZkk,k->ZZ", &x0, x1, x2, &x3);
    assert!(path.is_direct(), "case 216 (direct): ,kZ,kZkk,k->ZZ");
    let got: Tensor<f64, (Const<3>, Const<3>)> =
        tensorial::einsum!(",kZ,kZkk,k->ZZ", &x0, x1, x2, &x3);
    check("case 216 (direct): ,kZ,kZkk,k->ZZ", &got, &[3, 3], &want, 3);
}

/// `rbPq,OkbP,dP->bO` on (Const<3>, Const<5>, Const<5>, Const<5>), (Const<5>, Const<3>, Const<5>, Bcast), (Const<2>, Const<5>) -> (Const<5>, Const<5>)
fn case_217() {
    let mut rng = SeededRng::new(1217);
    let x0 = Tensor::<f64, (Const<3>, Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<5>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "rbPq,OkbP,dP->bO",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 5],
    );
    let path = einsum_path!("rbPq,OkbP,dP->bO", &x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 217 (pairwise): rbPq,OkbP,dP->bO"
    );
    let got: Tensor<f64, (Const<5>, Const<5>), H> = einsum!("rbPq,OkbP,dP->bO", &x0, &x1, &x2);
    check(
        "case 217 (pairwise): rbPq,OkbP,dP->bO",
        &got,
        &[5, 5],
        &want,
        450,
    );
}

/// `ajt...,...tj,ajt...a->...ta` on (Const<4>, Const<3>, Const<1>, Const<2>, Const<2>), (Const<2>, Const<2>, Bcast, Bcast), (Const<4>, Bcast, Const<1>, Const<2>, Const<2>, Const<4>) -> (Const<2>, Const<2>, Const<1>, Const<4>)
fn case_218() {
    let mut rng = SeededRng::new(1218);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<1>, Const<2>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Bcast, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Bcast, Const<1>, Const<2>, Const<2>, Const<4>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "ajt...,...tj,ajt...a->...ta",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[2, 2, 1, 4],
    );
    let path = einsum_path!("ajt...,...tj,ajt...a->...ta", x0, &x1, &x2);
    assert!(
        path.is_direct(),
        "case 218 (direct): ajt...,...tj,ajt...a->...ta"
    );
    let got: Tensor<f64, (Const<2>, Const<2>, Const<1>, Const<4>), H> =
        einsum!("ajt...,...tj,ajt...a->...ta", x0, &x1, &x2);
    check(
        "case 218 (direct): ajt...,...tj,ajt...a->...ta",
        &got,
        &[2, 2, 1, 4],
        &want,
        3,
    );
}

/// `...qgk,gk...,...qkg,...pg->...p` on (Const<4>, Const<4>, Bcast), (Const<4>, Const<5>, Const<4>, Const<2>, Const<4>), (Const<4>, Bcast, Const<5>, Const<4>), (Const<2>, Const<4>, Const<4>, Const<4>) -> (Const<4>, Const<2>, Const<4>, Const<4>)
fn case_219() {
    let mut rng = SeededRng::new(1219);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>, Const<4>, Const<2>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s2 = Tensor::<f64, (Const<8>, Bcast, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 0, 4, 2>();
    let x3 = Tensor::<f64, (Const<2>, Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...qgk,gk...,...qkg,...pg->...p",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[4, 2, 4, 4],
    );
    let path = einsum_path!("...qgk,gk...,...qkg,...pg->...p", x0, &x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 219 (pairwise): ...qgk,gk...,...qkg,...pg->...p"
    );
    let got: Tensor<f64, (Const<4>, Const<2>, Const<4>, Const<4>)> =
        einsum!("...qgk,gk...,...qkg,...pg->...p", x0, &x1, x2, &x3);
    check(
        "case 219 (pairwise): ...qgk,gk...,...qkg,...pg->...p",
        &got,
        &[4, 2, 4, 4],
        &want,
        80,
    );
}

#[test]
fn cases_220_229() {
    run_cases(&[
        ("case_220", case_220),
        ("case_221", case_221),
        ("case_222", case_222),
        ("case_223", case_223),
        ("case_224", case_224),
        ("case_225", case_225),
        ("case_226", case_226),
        ("case_227", case_227),
        ("case_228", case_228),
        ("case_229", case_229),
    ]);
}

/// `p,VT,VpT,m->pm` on (Const<5>,), (Const<4>, Const<5>), (Const<4>, Const<5>, Const<5>), (Const<3>,) -> (Const<5>, Const<3>)
fn case_220() {
    let mut rng = SeededRng::new(1220);
    let x0 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "p,VT,VpT,m->pm",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 3],
    );
    let path = einsum_path!("p,VT,VpT,m->pm", x0, x1, &x2, &x3);
    assert!(path.is_direct(), "case 220 (direct): p,VT,VpT,m->pm");
    let got: Tensor<f64, (Const<5>, Const<3>), H> = einsum!("p,VT,VpT,m->pm", x0, x1, &x2, &x3);
    check(
        "case 220 (direct): p,VT,VpT,m->pm",
        &got,
        &[5, 3],
        &want,
        20,
    );
}

/// `...ssK,...QQQr,...KQ,g...iKr->rsQ...g` on (Const<2>, Const<2>, Const<3>), (Const<4>, Const<3>, Const<3>, Const<3>, Const<4>), (Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>, Const<4>) -> (Const<4>, Const<2>, Const<3>, Const<4>, Const<3>)
fn case_221() {
    let mut rng = SeededRng::new(1221);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<3>, Const<3>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 =
        Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...ssK,...QQQr,...KQ,g...iKr->rsQ...g",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 2, 3, 4, 3],
    );
    let path = einsum_path!("...ssK,...QQQr,...KQ,g...iKr->rsQ...g", x0, &x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 221 (pairwise): ...ssK,...QQQr,...KQ,g...iKr->rsQ...g"
    );
    let got: Tensor<f64, (Const<4>, Const<2>, Const<3>, Const<4>, Const<3>), H> =
        einsum!("...ssK,...QQQr,...KQ,g...iKr->rsQ...g", x0, &x1, &x2, x3);
    check(
        "case 221 (pairwise): ...ssK,...QQQr,...KQ,g...iKr->rsQ...g",
        &got,
        &[4, 2, 3, 4, 3],
        &want,
        9,
    );
}

/// `q,zqa->q` on (Const<1>,), (Const<5>, Const<1>, Const<2>) -> (Const<1>,)
fn case_222() {
    let mut rng = SeededRng::new(1222);
    let x0 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("q,zqa->q", &[flat(&x0), flat(&x1)], &[1]);
    let path = einsum_path!("q,zqa->q", &x0, x1);
    assert!(path.is_direct(), "case 222 (direct): q,zqa->q");
    let got: Tensor<f64, (Const<1>,)> = einsum!("q,zqa->q", &x0, x1);
    check("case 222 (direct): q,zqa->q", &got, &[1], &want, 10);
}

/// `fpcj,fu,fup->eu` on (Const<4>, Const<5>, Const<2>, Const<5>), (Const<4>, Const<5>), (Const<4>, Const<5>, Const<5>) -> (Const<4>, Const<5>)
fn case_223() {
    let mut rng = SeededRng::new(1223);
    let s0 = Tensor::<f64, (Const<4>, Const<5>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let x1 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fpcj,fu,fup->eu",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[4, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<5>)> =
        einsum!("fpcj,fu,fup->eu", &x0, &x1, &x2; broadcast = [e]);
    check(
        "case 223 (pairwise): fpcj,fu,fup->eu",
        &got,
        &[4, 5],
        &want,
        200,
    );
}

/// `kk,kk,kkk->kk` on (Const<4>, Const<4>), (Const<4>, Const<4>), (Const<4>, Const<4>, Const<4>) -> (Const<4>, Const<4>)
fn case_224() {
    let mut rng = SeededRng::new(1224);
    let x0 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("kk,kk,kkk->kk", &[flat(&x0), flat(&x1), flat(&x2)], &[4, 4]);
    let path = einsum_path!("kk,kk,kkk->kk", &x0, &x1, x2);
    assert!(path.is_direct(), "case 224 (direct): kk,kk,kkk->kk");
    let got: Tensor<f64, (Const<4>, Const<4>)> = einsum!("kk,kk,kkk->kk", &x0, &x1, x2);
    check("case 224 (direct): kk,kk,kkk->kk", &got, &[4, 4], &want, 1);
}

/// `qvr,br,svuq,uzsq->zusry` on (Const<4>, Const<3>, Const<4>), (Const<5>, Const<4>), (Const<1>, Const<3>, Bcast, Const<4>), (Const<5>, Const<1>, Const<1>, Const<4>) -> (Const<1>, Const<5>, Const<1>, Const<4>, Const<2>)
fn case_225() {
    let mut rng = SeededRng::new(1225);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<3>, Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<5>, Const<1>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<2, 1, 1, 1>();
    let want = oracle(
        "qvr,br,svuq,uzsq->zusry",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[1, 5, 1, 4, 2],
    );
    let got: Tensor<f64, (Const<1>, Const<5>, Const<1>, Const<4>, Const<2>)> =
        einsum!("qvr,br,svuq,uzsq->zusry", &x0, &x1, &x2, x3; broadcast = [y]);
    check(
        "case 225 (pairwise): qvr,br,svuq,uzsq->zusry",
        &got,
        &[1, 5, 1, 4, 2],
        &want,
        60,
    );
}

/// `tf,kt->kf` on (Bcast, Const<2>), (Bcast, Const<5>) -> (Bcast, Const<2>)
fn case_226() {
    let mut rng = SeededRng::new(1226);
    let x0 = Tensor::<f64, (Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("tf,kt->kf", &[flat(&x0), flat(&x1)], &[1, 2]);
    let path = einsum_path!("tf,kt->kf", x0, &x1);
    assert!(path.is_direct(), "case 226 (direct): tf,kt->kf");
    let got: Tensor<f64, (Bcast, Const<2>)> = einsum!("tf,kt->kf", x0, &x1);
    check("case 226 (direct): tf,kt->kf", &got, &[1, 2], &want, 5);
}

/// `...ly,...y,l...iy->y...` on (Bcast, Const<3>, Const<3>), (Const<3>, Const<4>, Const<5>, Const<3>), (Const<3>, Const<3>, Bcast, Bcast, Const<4>, Const<3>) -> (Const<3>, Const<3>, Const<4>, Const<5>)
fn case_227() {
    let mut rng = SeededRng::new(1227);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Bcast, Bcast, Const<4>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...ly,...y,l...iy->y...",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[3, 3, 4, 5],
    );
    let path = einsum_path!("...ly,...y,l...iy->y...", x0, x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 227 (pairwise): ...ly,...y,l...iy->y..."
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<4>, Const<5>)> =
        einsum!("...ly,...y,l...iy->y...", x0, x1, x2);
    check(
        "case 227 (pairwise): ...ly,...y,l...iy->y...",
        &got,
        &[3, 3, 4, 5],
        &want,
        12,
    );
}

/// `ll,ll` on (Const<3>, Const<3>), (Const<3>, Const<3>) -> ()
fn case_228() {
    let mut rng = SeededRng::new(1228);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ll,ll", &[flat(&x0), flat(&x1)], &[]);
    let path = einsum_path!("ll,ll", &x0, &x1);
    assert!(path.is_direct(), "case 228 (direct): ll,ll");
    let got: Tensor<f64, ()> = einsum!("ll,ll", &x0, &x1);
    check("case 228 (direct): ll,ll", &got, &[], &want, 3);
}

/// `sy,sjey,ozys->ozs` on (Const<4>, Const<3>), (Const<4>, Const<4>, Const<4>, Const<3>), (Const<4>, Const<3>, Const<3>, Const<4>) -> (Const<4>, Const<3>, Const<4>)
fn case_229() {
    let mut rng = SeededRng::new(1229);
    let x0 = Tensor::<f64, (Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 =
        Tensor::<f64, (Const<4>, Const<4>, Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>, Const<3>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 3, 4, -1>();
    let want = oracle(
        "sy,sjey,ozys->ozs",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[4, 3, 4],
    );
    let path = einsum_path!("sy,sjey,ozys->ozs", &x0, &x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 229 (pairwise): sy,sjey,ozys->ozs"
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<4>), H> =
        einsum!("sy,sjey,ozys->ozs", &x0, &x1, x2);
    check(
        "case 229 (pairwise): sy,sjey,ozys->ozs",
        &got,
        &[4, 3, 4],
        &want,
        48,
    );
}

#[test]
fn cases_230_239() {
    run_cases(&[
        ("case_230", case_230),
        ("case_231", case_231),
        ("case_232", case_232),
        ("case_233", case_233),
        ("case_234", case_234),
        ("case_235", case_235),
        ("case_236", case_236),
        ("case_237", case_237),
        ("case_238", case_238),
        ("case_239", case_239),
    ]);
}

/// `ow->` on (Bcast, Const<4>) -> ()
fn case_230() {
    let mut rng = SeededRng::new(1230);
    let x0 = Tensor::<f64, (Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ow->", &[flat(&x0)], &[]);
    let path = einsum_path!("ow->", &x0);
    assert!(path.is_direct(), "case 230 (direct): ow->");
    let got: Tensor<f64, ()> = einsum!("ow->", &x0);
    check("case 230 (direct): ow->", &got, &[], &want, 4);
}

/// `...pko,c...oqo,...oc->...oqk` on (Bcast, Bcast, Const<5>, Const<4>, Const<4>, Const<4>), (Const<5>, Const<5>, Const<4>, Const<4>, Const<4>), (Const<4>, Const<5>) -> (Bcast, Bcast, Const<5>, Const<4>, Const<4>, Const<4>)
fn case_231() {
    let mut rng = SeededRng::new(1231);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<5>, Const<4>, Const<4>, Const<4>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<4>, Const<4>, Const<4>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...pko,c...oqo,...oc->...oqk",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[1, 1, 5, 4, 4, 4],
    );
    let path = einsum_path!("...pko,c...oqo,...oc->...oqk", &x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 231 (pairwise): ...pko,c...oqo,...oc->...oqk"
    );
    let got: Tensor<f64, (Bcast, Bcast, Const<5>, Const<4>, Const<4>, Const<4>), H> =
        einsum!("...pko,c...oqo,...oc->...oqk", &x0, &x1, &x2);
    check(
        "case 231 (pairwise): ...pko,c...oqo,...oc->...oqk",
        &got,
        &[1, 1, 5, 4, 4, 4],
        &want,
        20,
    );
}

/// `oz,oz->o` on (Bcast, Bcast), (Const<2>, Bcast) -> (Const<2>,)
fn case_232() {
    let mut rng = SeededRng::new(1232);
    let s0 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("oz,oz->o", &[flat(&x0.to_tensor()), flat(&x1)], &[2]);
    let path = einsum_path!("oz,oz->o", x0, &x1);
    assert!(path.is_direct(), "case 232 (direct): oz,oz->o");
    let got: Tensor<f64, (Const<2>,)> = tensorial::einsum!("oz,oz->o", x0, &x1);
    check("case 232 (direct): oz,oz->o", &got, &[2], &want, 1);
}

/// `ssm,dm,rdw,urrm->mdws` on (Const<4>, Const<4>, Const<5>), (Const<5>, Const<5>), (Const<3>, Const<5>, Const<2>), (Const<5>, Const<3>, Const<3>, Const<5>) -> (Const<5>, Const<5>, Const<2>, Const<4>)
fn case_233() {
    let mut rng = SeededRng::new(1233);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ssm,dm,rdw,urrm->mdws",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 5, 2, 4],
    );
    let path = einsum_path!("ssm,dm,rdw,urrm->mdws", x0, x1, x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 233 (pairwise): ssm,dm,rdw,urrm->mdws"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<2>, Const<4>), H> =
        einsum!("ssm,dm,rdw,urrm->mdws", x0, x1, x2, x3);
    check(
        "case 233 (pairwise): ssm,dm,rdw,urrm->mdws",
        &got,
        &[5, 5, 2, 4],
        &want,
        15,
    );
}

/// `ZZ,ZZZ->kZd` on (Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>) -> (Const<3>, Const<3>, Const<2>)
fn case_234() {
    let mut rng = SeededRng::new(1234);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ZZ,ZZZ->kZd", &[flat(&x0), flat(&x1)], &[3, 3, 2]);
    let got: Tensor<f64, (Const<3>, Const<3>, Const<2>)> =
        einsum!("ZZ,ZZZ->kZd", x0, x1; broadcast = [k, d]);
    check("case 234 (direct): ZZ,ZZZ->kZd", &got, &[3, 3, 2], &want, 1);
}

/// `,xeHc,re,erHl` on (), (Const<3>, Const<3>, Const<3>, Const<5>), (Const<5>, Const<3>), (Const<3>, Const<5>, Const<3>, Const<5>) -> (Const<5>, Const<5>, Const<3>)
fn case_235() {
    let mut rng = SeededRng::new(1235);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<5>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        ",xeHc,re,erHl",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 5, 3],
    );
    let path = einsum_path!(",xeHc,re,erHl", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 235 (pairwise): ,xeHc,re,erHl"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<3>)> =
        einsum!(",xeHc,re,erHl", &x0, x1, x2, &x3);
    check(
        "case 235 (pairwise): ,xeHc,re,erHl",
        &got,
        &[5, 5, 3],
        &want,
        45,
    );
}

/// `tt,t,ttt,t->tt` on (Const<2>, Const<2>), (Const<2>,), (Const<2>, Const<2>, Const<2>), (Const<2>,) -> (Const<2>, Const<2>)
fn case_236() {
    let mut rng = SeededRng::new(1236);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let x3 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "tt,t,ttt,t->tt",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[2, 2],
    );
    let path = einsum_path!("tt,t,ttt,t->tt", &x0, &x1, &x2, &x3);
    assert!(path.is_direct(), "case 236 (direct): tt,t,ttt,t->tt");
    let got: Tensor<f64, (Const<2>, Const<2>), H> = einsum!("tt,t,ttt,t->tt", &x0, &x1, &x2, &x3);
    check("case 236 (direct): tt,t,ttt,t->tt", &got, &[2, 2], &want, 1);
}

/// `qj,qynu,fzy,jf->uyy` on (Const<2>, Const<2>), (Const<2>, Const<4>, Const<4>, Const<5>), (Const<5>, Const<4>, Const<4>), (Const<2>, Const<5>) -> (Const<5>, Const<4>, Const<4>)
fn case_237() {
    let mut rng = SeededRng::new(1237);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 =
        Tensor::<f64, (Const<2>, Const<4>, Const<4>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "qj,qynu,fzy,jf->uyy",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 4, 4],
    );
    let path = einsum_path!("qj,qynu,fzy,jf->uyy", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 237 (pairwise): qj,qynu,fzy,jf->uyy"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<4>), H> =
        einsum!("qj,qynu,fzy,jf->uyy", &x0, &x1, &x2, &x3);
    check(
        "case 237 (pairwise): qj,qynu,fzy,jf->uyy",
        &got,
        &[5, 4, 4],
        &want,
        320,
    );
}

/// `r...aa,...ara->...` on (Const<3>, Const<2>, Const<5>, Const<5>), (Const<5>, Const<3>, Const<5>) -> (Const<2>,)
fn case_238() {
    let mut rng = SeededRng::new(1238);
    let x0 = Tensor::<f64, (Const<3>, Const<2>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("r...aa,...ara->...", &[flat(&x0), flat(&x1)], &[2]);
    let path = einsum_path!("r...aa,...ara->...", &x0, &x1);
    assert!(path.is_direct(), "case 238 (direct): r...aa,...ara->...");
    let got: Tensor<f64, (Const<2>,)> = einsum!("r...aa,...ara->...", &x0, &x1);
    check(
        "case 238 (direct): r...aa,...ara->...",
        &got,
        &[2],
        &want,
        15,
    );
}

/// `ekb,lwb,lheg,egk->ehlgs` on (Bcast, Const<1>, Const<3>), (Const<4>, Const<3>, Const<3>), (Const<4>, Const<1>, Const<5>, Const<3>), (Const<5>, Const<3>, Const<1>) -> (Const<5>, Const<1>, Const<4>, Const<3>, Const<4>)
fn case_239() {
    let mut rng = SeededRng::new(1239);
    let x0 = Tensor::<f64, (Bcast, Const<1>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<1>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<5>, Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view().flip::<0>();
    let want = oracle(
        "ekb,lwb,lheg,egk->ehlgs",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[5, 1, 4, 3, 4],
    );
    let got: Tensor<f64, (Const<5>, Const<1>, Const<4>, Const<3>, Const<4>), H> =
        einsum!("ekb,lwb,lheg,egk->ehlgs", &x0, &x1, &x2, x3; broadcast = [s]);
    check(
        "case 239 (pairwise): ekb,lwb,lheg,egk->ehlgs",
        &got,
        &[5, 1, 4, 3, 4],
        &want,
        9,
    );
}

#[test]
fn cases_240_249() {
    run_cases(&[
        ("case_240", case_240),
        ("case_241", case_241),
        ("case_242", case_242),
        ("case_243", case_243),
        ("case_244", case_244),
        ("case_245", case_245),
        ("case_246", case_246),
        ("case_247", case_247),
        ("case_248", case_248),
        ("case_249", case_249),
    ]);
}

/// `,emv,mk,->mke` on (), (Const<4>, Const<1>, Const<5>), (Const<1>, Const<4>), () -> (Const<1>, Const<4>, Const<4>)
fn case_240() {
    let mut rng = SeededRng::new(1240);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        ",emv,mk,->mke",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[1, 4, 4],
    );
    let path = einsum_path!(",emv,mk,->mke", &x0, &x1, &x2, x3);
    assert!(path.is_direct(), "case 240 (direct): ,emv,mk,->mke");
    let got: Tensor<f64, (Const<1>, Const<4>, Const<4>), H> =
        einsum!(",emv,mk,->mke", &x0, &x1, &x2, x3);
    check(
        "case 240 (direct): ,emv,mk,->mke",
        &got,
        &[1, 4, 4],
        &want,
        5,
    );
}

/// `...LL,...,...LLbc,...bb->...Lc` on (Const<5>, Const<2>, Bcast, Const<5>, Const<5>), (Const<2>, Const<3>), (Const<5>, Const<5>, Const<5>, Const<4>), (Const<2>, Const<3>, Bcast, Bcast) -> (Const<5>, Const<2>, Const<3>, Const<5>, Const<4>)
fn case_241() {
    let mut rng = SeededRng::new(1241);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Bcast, Const<5>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<2>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<5>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<3>, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...LL,...,...LLbc,...bb->...Lc",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 2, 3, 5, 4],
    );
    let path = einsum_path!("...LL,...,...LLbc,...bb->...Lc", x0, x1, x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 241 (pairwise): ...LL,...,...LLbc,...bb->...Lc"
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<3>, Const<5>, Const<4>), H> =
        einsum!("...LL,...,...LLbc,...bb->...Lc", x0, x1, x2, x3);
    check(
        "case 241 (pairwise): ...LL,...,...LLbc,...bb->...Lc",
        &got,
        &[5, 2, 3, 5, 4],
        &want,
        5,
    );
}

/// `gzx->z` on (Const<3>, Const<2>, Const<4>) -> (Const<2>,)
fn case_242() {
    let mut rng = SeededRng::new(1242);
    let s0 = Tensor::<f64, (Const<3>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<1>();
    let want = oracle("gzx->z", &[flat(&x0.to_tensor())], &[2]);
    let path = einsum_path!("gzx->z", &x0);
    assert!(path.is_direct(), "case 242 (direct): gzx->z");
    let got: Tensor<f64, (Const<2>,)> = einsum!("gzx->z", &x0);
    check("case 242 (direct): gzx->z", &got, &[2], &want, 12);
}

/// `fa,zida->Mca` on (Const<4>, Const<5>), (Bcast, Const<4>, Const<4>, Const<5>) -> (Const<3>, Const<4>, Const<5>)
fn case_243() {
    let mut rng = SeededRng::new(1243);
    let x0 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Bcast, Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let want = oracle(
        "fa,zida->Mca",
        &[flat(&x0), flat(&x1.to_tensor())],
        &[3, 4, 5],
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<5>)> =
        tensorial::einsum!("fa,zida->Mca", &x0, &x1; broadcast = [M, c]);
    check(
        "case 243 (pairwise): fa,zida->Mca",
        &got,
        &[3, 4, 5],
        &want,
        64,
    );
}

/// `,wq->qq` on (), (Const<5>, Const<1>) -> (Const<1>, Const<1>)
fn case_244() {
    let mut rng = SeededRng::new(1244);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(",wq->qq", &[flat(&x0), flat(&x1)], &[1, 1]);
    let path = einsum_path!(",wq->qq", &x0, x1);
    assert!(path.is_direct(), "case 244 (direct): ,wq->qq");
    let got: Tensor<f64, (Const<1>, Const<1>)> = tensorial::einsum!(",wq->qq", &x0, x1);
    check("case 244 (direct): ,wq->qq", &got, &[1, 1], &want, 5);
}

/// `...ikab,...bx,...b->ix...k` on (Const<3>, Bcast, Const<5>, Const<1>, Const<5>, Const<4>), (Const<3>, Const<4>, Const<4>, Const<2>), (Const<3>, Bcast, Const<4>) -> (Const<5>, Const<2>, Const<3>, Const<4>, Const<1>)
fn case_245() {
    let mut rng = SeededRng::new(1245);
    let x0 = Tensor::<f64, (Const<3>, Bcast, Const<5>, Const<1>, Const<5>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 =
        Tensor::<f64, (Const<3>, Const<4>, Const<4>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...ikab,...bx,...b->ix...k",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 2, 3, 4, 1],
    );
    let path = einsum_path!("...ikab,...bx,...b->ix...k", &x0, x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 245 (pairwise): ...ikab,...bx,...b->ix...k"
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<3>, Const<4>, Const<1>), H> =
        einsum!("...ikab,...bx,...b->ix...k", &x0, x1, x2);
    check(
        "case 245 (pairwise): ...ikab,...bx,...b->ix...k",
        &got,
        &[5, 2, 3, 4, 1],
        &want,
        20,
    );
}

/// `vpu,p->pv` on (Const<2>, Bcast, Const<3>), (Const<2>,) -> (Const<2>, Const<2>)
fn case_246() {
    let mut rng = SeededRng::new(1246);
    let s0 = Tensor::<f64, (Const<2>, Bcast, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 1, 2, -1>();
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("vpu,p->pv", &[flat(&x0.to_tensor()), flat(&x1)], &[2, 2]);
    let path = einsum_path!("vpu,p->pv", x0, &x1);
    assert!(path.is_direct(), "case 246 (direct): vpu,p->pv");
    let got: Tensor<f64, (Const<2>, Const<2>)> = einsum!("vpu,p->pv", x0, &x1);
    check("case 246 (direct): vpu,p->pv", &got, &[2, 2], &want, 3);
}

/// `...afz,...zg,...zw,...za->...fz` on (Const<2>, Const<5>, Const<2>), (Bcast, Const<3>, Bcast, Const<5>), (Const<2>, Const<3>, Const<2>, Const<5>), (Bcast, Const<2>, Const<2>) -> (Const<2>, Const<3>, Const<5>, Const<2>)
fn case_247() {
    let mut rng = SeededRng::new(1247);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<3>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<3>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Bcast, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...afz,...zg,...zw,...za->...fz",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2, 3, 5, 2],
    );
    let path = einsum_path!("...afz,...zg,...zw,...za->...fz", x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 247 (pairwise): ...afz,...zg,...zw,...za->...fz"
    );
    let got: Tensor<f64, (Const<2>, Const<3>, Const<5>, Const<2>)> =
        einsum!("...afz,...zg,...zw,...za->...fz", x0, x1, x2, &x3);
    check(
        "case 247 (pairwise): ...afz,...zg,...zw,...za->...fz",
        &got,
        &[2, 3, 5, 2],
        &want,
        50,
    );
}

/// `ZZ,ZZ` on (Const<4>, Const<4>), (Const<4>, Const<4>) -> ()
fn case_248() {
    let mut rng = SeededRng::new(1248);
    let s0 = Tensor::<f64, (Const<4>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 3, 4, -1>();
    let x1 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ZZ,ZZ", &[flat(&x0.to_tensor()), flat(&x1)], &[]);
    let path = einsum_path!("ZZ,ZZ", x0, &x1);
    assert!(path.is_direct(), "case 248 (direct): ZZ,ZZ");
    let got: Tensor<f64, (), H> = einsum!("ZZ,ZZ", x0, &x1);
    check("case 248 (direct): ZZ,ZZ", &got, &[], &want, 4);
}

/// `...xc,...y,...cky,...ya->...yax` on (Const<3>, Const<5>, Const<4>), (Const<4>, Const<3>, Const<4>), (Bcast, Bcast, Const<5>, Bcast), (Const<3>, Const<4>, Const<4>) -> (Const<4>, Const<3>, Const<4>, Const<4>, Const<5>)
fn case_249() {
    let mut rng = SeededRng::new(1249);
    let x0 = Tensor::<f64, (Const<3>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast, Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...xc,...y,...cky,...ya->...yax",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 3, 4, 4, 5],
    );
    let path = einsum_path!("...xc,...y,...cky,...ya->...yax", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 249 (pairwise): ...xc,...y,...cky,...ya->...yax"
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<4>, Const<4>, Const<5>)> =
        einsum!("...xc,...y,...cky,...ya->...yax", &x0, &x1, &x2, &x3);
    check(
        "case 249 (pairwise): ...xc,...y,...cky,...ya->...yax",
        &got,
        &[4, 3, 4, 4, 5],
        &want,
        20,
    );
}

#[test]
fn cases_250_259() {
    run_cases(&[
        ("case_250", case_250),
        ("case_251", case_251),
        ("case_252", case_252),
        ("case_253", case_253),
        ("case_254", case_254),
        ("case_255", case_255),
        ("case_256", case_256),
        ("case_257", case_257),
        ("case_258", case_258),
        ("case_259", case_259),
    ]);
}

/// `fu,fu,u->` on (Const<5>, Bcast), (Bcast, Const<1>), (Const<1>,) -> ()
fn case_250() {
    let mut rng = SeededRng::new(1250);
    let x0 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 1, 1, 1>();
    let want = oracle(
        "fu,fu,u->",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[],
    );
    let path = einsum_path!("fu,fu,u->", x0, x1, &x2);
    assert!(path.is_direct(), "case 250 (direct): fu,fu,u->");
    let got: Tensor<f64, ()> = einsum!("fu,fu,u->", x0, x1, &x2);
    check("case 250 (direct): fu,fu,u->", &got, &[], &want, 5);
}

/// `...hzy,...zxmy,...m->...xzmy` on (Const<5>, Const<3>, Const<3>), (Bcast, Const<3>, Const<3>, Const<2>, Const<3>, Const<3>), (Const<5>, Const<3>, Const<3>) -> (Const<5>, Const<3>, Const<2>, Const<3>, Const<3>, Const<3>)
fn case_251() {
    let mut rng = SeededRng::new(1251);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<3>, Const<3>, Const<2>, Const<3>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<5>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...hzy,...zxmy,...m->...xzmy",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 3, 2, 3, 3, 3],
    );
    let path = einsum_path!("...hzy,...zxmy,...m->...xzmy", x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 251 (pairwise): ...hzy,...zxmy,...m->...xzmy"
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Const<2>, Const<3>, Const<3>, Const<3>)> =
        einsum!("...hzy,...zxmy,...m->...xzmy", x0, &x1, &x2);
    check(
        "case 251 (pairwise): ...hzy,...zxmy,...m->...xzmy",
        &got,
        &[5, 3, 2, 3, 3, 3],
        &want,
        5,
    );
}

/// `s,s->` on (Bcast,), (Const<2>,) -> ()
fn case_252() {
    let mut rng = SeededRng::new(1252);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 1, 2, 1>();
    let want = oracle("s,s->", &[flat(&x0), flat(&x1.to_tensor())], &[]);
    let path = einsum_path!("s,s->", &x0, x1);
    assert!(path.is_direct(), "case 252 (direct): s,s->");
    let got: Tensor<f64, ()> = einsum!("s,s->", &x0, x1);
    check("case 252 (direct): s,s->", &got, &[], &want, 2);
}

/// `uuy,kay,ycn,nka->ynu` on (Const<4>, Const<4>, Const<4>), (Const<2>, Const<4>, Const<4>), (Const<4>, Const<5>, Const<4>), (Const<4>, Const<2>, Const<4>) -> (Const<4>, Const<4>, Const<4>)
fn case_253() {
    let mut rng = SeededRng::new(1253);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "uuy,kay,ycn,nka->ynu",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 4, 4],
    );
    let path = einsum_path!("uuy,kay,ycn,nka->ynu", &x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 253 (pairwise): uuy,kay,ycn,nka->ynu"
    );
    let got: Tensor<f64, (Const<4>, Const<4>, Const<4>)> =
        einsum!("uuy,kay,ycn,nka->ynu", &x0, &x1, &x2, &x3);
    check(
        "case 253 (pairwise): uuy,kay,ycn,nka->ynu",
        &got,
        &[4, 4, 4],
        &want,
        40,
    );
}

/// `dc,pd->rpcd` on (Const<2>, Const<4>), (Const<4>, Const<2>) -> (Const<1>, Const<4>, Const<4>, Const<2>)
fn case_254() {
    let mut rng = SeededRng::new(1254);
    let x0 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("dc,pd->rpcd", &[flat(&x0), flat(&x1)], &[1, 4, 4, 2]);
    let got: Tensor<f64, (Const<1>, Const<4>, Const<4>, Const<2>), H> =
        einsum!("dc,pd->rpcd", &x0, &x1; broadcast = [r]);
    check(
        "case 254 (direct): dc,pd->rpcd",
        &got,
        &[1, 4, 4, 2],
        &want,
        1,
    );
}

/// `ucz,lu,oslC` on (Const<5>, Const<4>, Const<2>), (Const<2>, Const<5>), (Const<2>, Const<5>, Const<2>, Const<4>) -> (Const<4>, Const<4>, Const<2>, Const<5>, Const<2>)
fn case_255() {
    let mut rng = SeededRng::new(1255);
    let s0 = Tensor::<f64, (Const<5>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 0, 4, 1>();
    let s1 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 1, 2, 1>();
    let x2 = Tensor::<f64, (Const<2>, Const<5>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ucz,lu,oslC",
        &[flat(&x0.to_tensor()), flat(&x1.to_tensor()), flat(&x2)],
        &[4, 4, 2, 5, 2],
    );
    let path = einsum_path!("ucz,lu,oslC", &x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 255 (pairwise): ucz,lu,oslC"
    );
    let got: Tensor<f64, (Const<4>, Const<4>, Const<2>, Const<5>, Const<2>)> =
        einsum!("ucz,lu,oslC", &x0, &x1, &x2);
    check(
        "case 255 (pairwise): ucz,lu,oslC",
        &got,
        &[4, 4, 2, 5, 2],
        &want,
        10,
    );
}

/// `...xjjj,...j->...jj` on (Const<3>, Bcast, Const<3>, Const<5>, Const<5>, Const<5>), (Const<1>, Const<5>) -> (Const<3>, Const<1>, Const<5>, Const<5>)
fn case_256() {
    let mut rng = SeededRng::new(1256);
    let x0 = Tensor::<f64, (Const<3>, Bcast, Const<3>, Const<5>, Const<5>, Const<5>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s1 = Tensor::<f64, (Const<1>, Const<7>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<1, 0, 5, 1>();
    let want = oracle(
        "...xjjj,...j->...jj",
        &[flat(&x0), flat(&x1.to_tensor())],
        &[3, 1, 5, 5],
    );
    let path = einsum_path!("...xjjj,...j->...jj", x0, x1);
    assert!(path.is_direct(), "case 256 (direct): ...xjjj,...j->...jj");
    let got: Tensor<f64, (Const<3>, Const<1>, Const<5>, Const<5>), H> =
        einsum!("...xjjj,...j->...jj", x0, x1);
    check(
        "case 256 (direct): ...xjjj,...j->...jj",
        &got,
        &[3, 1, 5, 5],
        &want,
        3,
    );
}

/// `gea,zWel,ea->` on (Const<4>, Const<5>, Const<3>), (Const<3>, Const<5>, Const<5>, Const<3>), (Const<5>, Const<3>) -> ()
fn case_257() {
    let mut rng = SeededRng::new(1257);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("gea,zWel,ea->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let path = einsum_path!("gea,zWel,ea->", &x0, x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 257 (pairwise): gea,zWel,ea->"
    );
    let got: Tensor<f64, (), H> = einsum!("gea,zWel,ea->", &x0, x1, x2);
    check("case 257 (pairwise): gea,zWel,ea->", &got, &[], &want, 2700);
}

/// `fdo,dl,fdlo,l->dd` on (Const<5>, Const<1>, Const<2>), (Const<1>, Const<1>), (Const<5>, Const<1>, Const<1>, Const<2>), (Const<1>,) -> (Const<1>, Const<1>)
fn case_258() {
    let mut rng = SeededRng::new(1258);
    let s0 = Tensor::<f64, (Const<5>, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let x1 = Tensor::<f64, (Const<1>, Const<1>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<1>, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fdo,dl,fdlo,l->dd",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[1, 1],
    );
    let path = einsum_path!("fdo,dl,fdlo,l->dd", x0, x1, &x2, &x3);
    assert!(path.is_direct(), "case 258 (direct): fdo,dl,fdlo,l->dd");
    let got: Tensor<f64, (Const<1>, Const<1>), H> = einsum!("fdo,dl,fdlo,l->dd", x0, x1, &x2, &x3);
    check(
        "case 258 (direct): fdo,dl,fdlo,l->dd",
        &got,
        &[1, 1],
        &want,
        10,
    );
}

/// `ha,do,io,hil->aldhi` on (Const<3>, Const<4>), (Const<4>, Const<4>), (Bcast, Const<4>), (Const<3>, Const<4>, Const<5>) -> (Const<4>, Const<5>, Const<4>, Const<3>, Const<4>)
fn case_259() {
    let mut rng = SeededRng::new(1259);
    let x0 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ha,do,io,hil->aldhi",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 5, 4, 3, 4],
    );
    let path = einsum_path!("ha,do,io,hil->aldhi", &x0, &x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 259 (pairwise): ha,do,io,hil->aldhi"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<4>, Const<3>, Const<4>), H> =
        einsum!("ha,do,io,hil->aldhi", &x0, &x1, &x2, x3);
    check(
        "case 259 (pairwise): ha,do,io,hil->aldhi",
        &got,
        &[4, 5, 4, 3, 4],
        &want,
        4,
    );
}

#[test]
fn cases_260_269() {
    run_cases(&[
        ("case_260", case_260),
        ("case_261", case_261),
        ("case_262", case_262),
        ("case_263", case_263),
        ("case_264", case_264),
        ("case_265", case_265),
        ("case_266", case_266),
        ("case_267", case_267),
        ("case_268", case_268),
        ("case_269", case_269),
    ]);
}

/// `p,sp` on (Const<4>,), (Const<2>, Const<4>) -> (Const<2>,)
fn case_260() {
    let mut rng = SeededRng::new(1260);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("p,sp", &[flat(&x0), flat(&x1)], &[2]);
    let path = einsum_path!("p,sp", &x0, x1);
    assert!(path.is_direct(), "case 260 (direct): p,sp");
    let got: Tensor<f64, (Const<2>,)> = einsum!("p,sp", &x0, x1);
    check("case 260 (direct): p,sp", &got, &[2], &want, 4);
}

/// `wRwY,w,wg,hwu->uhRw` on (Const<4>, Const<5>, Const<4>, Const<5>), (Const<4>,), (Const<4>, Const<4>), (Const<2>, Const<4>, Const<4>) -> (Const<4>, Const<2>, Const<5>, Const<4>)
fn case_261() {
    let mut rng = SeededRng::new(1261);
    let s0 =
        Tensor::<f64, (Const<4>, Const<5>, Const<7>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<2, 0, 4, 2>();
    let x1 = Tensor::<f64, (Const<4>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "wRwY,w,wg,hwu->uhRw",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 2, 5, 4],
    );
    let path = einsum_path!("wRwY,w,wg,hwu->uhRw", x0, &x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 261 (pairwise): wRwY,w,wg,hwu->uhRw"
    );
    let got: Tensor<f64, (Const<4>, Const<2>, Const<5>, Const<4>), H> =
        einsum!("wRwY,w,wg,hwu->uhRw", x0, &x1, &x2, x3);
    check(
        "case 261 (pairwise): wRwY,w,wg,hwu->uhRw",
        &got,
        &[4, 2, 5, 4],
        &want,
        20,
    );
}

/// `a...,sa...->...` on (Const<2>, Const<1>), (Const<5>, Const<2>, Const<2>, Const<5>, Bcast) -> (Const<2>, Const<5>, Const<1>)
fn case_262() {
    let mut rng = SeededRng::new(1262);
    let x0 = Tensor::<f64, (Const<2>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<2>, Const<2>, Const<5>, Bcast)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle("a...,sa...->...", &[flat(&x0), flat(&x1)], &[2, 5, 1]);
    let path = einsum_path!("a...,sa...->...", x0, &x1);
    assert!(path.is_direct(), "case 262 (direct): a...,sa...->...");
    let got: Tensor<f64, (Const<2>, Const<5>, Const<1>)> =
        tensorial::einsum!("a...,sa...->...", x0, &x1);
    check(
        "case 262 (direct): a...,sa...->...",
        &got,
        &[2, 5, 1],
        &want,
        10,
    );
}

/// `fiyr,lrd,,ef->rpi` on (Const<3>, Const<2>, Const<4>, Const<5>), (Const<4>, Const<5>, Const<5>), (), (Const<3>, Const<3>) -> (Const<5>, Const<2>, Const<2>)
fn case_263() {
    let mut rng = SeededRng::new(1263);
    let s0 = Tensor::<f64, (Const<3>, Const<2>, Const<4>, Const<9>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<3, 0, 5, 2>();
    let x1 = Tensor::<f64, (Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fiyr,lrd,,ef->rpi",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 2, 2],
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<2>)> =
        einsum!("fiyr,lrd,,ef->rpi", x0, x1, x2, x3; broadcast = [p]);
    check(
        "case 263 (pairwise): fiyr,lrd,,ef->rpi",
        &got,
        &[5, 2, 2],
        &want,
        720,
    );
}

/// `i,ive,ive->ee` on (Const<5>,), (Const<5>, Const<4>, Const<2>), (Const<5>, Const<4>, Const<2>) -> (Const<2>, Const<2>)
fn case_264() {
    let mut rng = SeededRng::new(1264);
    let x0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>, Const<6>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<1, 1, 4, 1>();
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "i,ive,ive->ee",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[2, 2],
    );
    let path = einsum_path!("i,ive,ive->ee", x0, x1, &x2);
    assert!(path.is_direct(), "case 264 (direct): i,ive,ive->ee");
    let got: Tensor<f64, (Const<2>, Const<2>)> = einsum!("i,ive,ive->ee", x0, x1, &x2);
    check("case 264 (direct): i,ive,ive->ee", &got, &[2, 2], &want, 20);
}

/// `uac,tbic,huia->itbh` on (Const<5>, Const<4>, Const<2>), (Const<4>, Const<1>, Const<3>, Const<2>), (Const<5>, Const<5>, Bcast, Const<4>) -> (Const<3>, Const<4>, Const<1>, Const<5>)
fn case_265() {
    let mut rng = SeededRng::new(1265);
    let x0 = Tensor::<f64, (Const<5>, Const<4>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<1>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<5>, Bcast, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<1>();
    let want = oracle(
        "uac,tbic,huia->itbh",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[3, 4, 1, 5],
    );
    let path = einsum_path!("uac,tbic,huia->itbh", x0, &x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 265 (pairwise): uac,tbic,huia->itbh"
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<1>, Const<5>), H> =
        einsum!("uac,tbic,huia->itbh", x0, &x1, x2);
    check(
        "case 265 (pairwise): uac,tbic,huia->itbh",
        &got,
        &[3, 4, 1, 5],
        &want,
        40,
    );
}

/// `xwg,gw->xx` on (Const<2>, Const<2>, Bcast), (Const<2>, Const<2>) -> (Const<2>, Const<2>)
fn case_266() {
    let mut rng = SeededRng::new(1266);
    let s0 = Tensor::<f64, (Const<2>, Const<2>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<1>();
    let x1 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("xwg,gw->xx", &[flat(&x0.to_tensor()), flat(&x1)], &[2, 2]);
    let path = einsum_path!("xwg,gw->xx", x0, x1);
    assert!(path.is_direct(), "case 266 (direct): xwg,gw->xx");
    let got: Tensor<f64, (Const<2>, Const<2>), H> = einsum!("xwg,gw->xx", x0, x1);
    check("case 266 (direct): xwg,gw->xx", &got, &[2, 2], &want, 4);
}

/// `...mt,m...ii,...i,...piu->...pu` on (Const<2>, Const<4>, Const<5>, Const<2>), (Const<5>, Bcast, Const<4>, Const<4>), (Const<4>,), (Const<2>, Const<4>, Const<5>, Const<4>, Const<5>) -> (Const<2>, Const<4>, Const<5>, Const<5>)
fn case_267() {
    let mut rng = SeededRng::new(1267);
    let x0 = Tensor::<f64, (Const<2>, Const<4>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Bcast, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<4>, Const<5>, Const<4>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...mt,m...ii,...i,...piu->...pu",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2, 4, 5, 5],
    );
    let path = einsum_path!("...mt,m...ii,...i,...piu->...pu", x0, &x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 267 (pairwise): ...mt,m...ii,...i,...piu->...pu"
    );
    let got: Tensor<f64, (Const<2>, Const<4>, Const<5>, Const<5>), H> =
        einsum!("...mt,m...ii,...i,...piu->...pu", x0, &x1, &x2, &x3);
    check(
        "case 267 (pairwise): ...mt,m...ii,...i,...piu->...pu",
        &got,
        &[2, 4, 5, 5],
        &want,
        40,
    );
}

/// `i` on (Const<3>,) -> (Const<3>,)
fn case_268() {
    let mut rng = SeededRng::new(1268);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("i", &[flat(&x0)], &[3]);
    let path = einsum_path!("i", &x0);
    assert!(path.is_direct(), "case 268 (direct): i");
    let got: Tensor<f64, (Const<3>,)> = einsum!("i", &x0);
    check("case 268 (direct): i", &got, &[3], &want, 1);
}

/// `ZKnq,vqz,qK->Knzqa` on (Const<4>, Const<4>, Const<2>, Const<5>), (Const<3>, Const<5>, Const<5>), (Const<5>, Const<4>) -> (Const<4>, Const<2>, Const<5>, Const<5>, Const<2>)
fn case_269() {
    let mut rng = SeededRng::new(1269);
    let x0 =
        Tensor::<f64, (Const<4>, Const<4>, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ZKnq,vqz,qK->Knzqa",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 2, 5, 5, 2],
    );
    let got: Tensor<f64, (Const<4>, Const<2>, Const<5>, Const<5>, Const<2>), H> =
        einsum!("ZKnq,vqz,qK->Knzqa", &x0, x1, x2; broadcast = [a]);
    check(
        "case 269 (pairwise): ZKnq,vqz,qK->Knzqa",
        &got,
        &[4, 2, 5, 5, 2],
        &want,
        12,
    );
}

#[test]
fn cases_270_279() {
    run_cases(&[
        ("case_270", case_270),
        ("case_271", case_271),
        ("case_272", case_272),
        ("case_273", case_273),
        ("case_274", case_274),
        ("case_275", case_275),
        ("case_276", case_276),
        ("case_277", case_277),
        ("case_278", case_278),
        ("case_279", case_279),
    ]);
}

/// `SjS,jS,S->` on (Const<1>, Const<2>, Const<1>), (Const<2>, Const<1>), (Const<1>,) -> ()
fn case_270() {
    let mut rng = SeededRng::new(1270);
    let x0 = Tensor::<f64, (Const<1>, Const<2>, Const<1>), H>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<1>();
    let x2 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "SjS,jS,S->",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[],
    );
    let path = einsum_path!("SjS,jS,S->", &x0, x1, x2);
    assert!(path.is_direct(), "case 270 (direct): SjS,jS,S->");
    let got: Tensor<f64, (), H> = einsum!("SjS,jS,S->", &x0, x1, x2);
    check("case 270 (direct): SjS,jS,S->", &got, &[], &want, 2);
}

/// `...y,...yq,nq...,...roqi->...inr` on (Const<4>, Const<4>), (Const<5>, Const<4>, Const<4>, Const<5>), (Const<2>, Const<5>, Const<4>), (Const<2>, Const<4>, Const<5>, Const<2>) -> (Const<5>, Const<4>, Const<2>, Const<2>, Const<2>)
fn case_271() {
    let mut rng = SeededRng::new(1271);
    let s0 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 3, 4, -1>();
    let s1 = Tensor::<f64, (Const<5>, Const<4>, Const<4>, Const<7>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<3, 6, 5, -1>();
    let x2 = Tensor::<f64, (Const<2>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<4>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...y,...yq,nq...,...roqi->...inr",
        &[
            flat(&x0.to_tensor()),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3),
        ],
        &[5, 4, 2, 2, 2],
    );
    let path = einsum_path!("...y,...yq,nq...,...roqi->...inr", &x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 271 (pairwise): ...y,...yq,nq...,...roqi->...inr"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<2>, Const<2>, Const<2>)> =
        einsum!("...y,...yq,nq...,...roqi->...inr", &x0, x1, x2, &x3);
    check(
        "case 271 (pairwise): ...y,...yq,nq...,...roqi->...inr",
        &got,
        &[5, 4, 2, 2, 2],
        &want,
        80,
    );
}

/// `sv,sjn,vj,vvn` on (Const<4>, Bcast), (Const<4>, Const<4>, Const<2>), (Const<4>, Const<4>), (Const<4>, Const<4>, Const<2>) -> ()
fn case_272() {
    let mut rng = SeededRng::new(1272);
    let x0 = Tensor::<f64, (Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "sv,sjn,vj,vvn",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let path = einsum_path!("sv,sjn,vj,vvn", &x0, &x1, x2, x3);
    assert!(path.is_direct(), "case 272 (direct): sv,sjn,vj,vvn");
    let got: Tensor<f64, (), H> = einsum!("sv,sjn,vj,vvn", &x0, &x1, x2, x3);
    check("case 272 (direct): sv,sjn,vj,vvn", &got, &[], &want, 128);
}

/// `...jjd,...Fdtl,...dt->...ljFd` on (Bcast, Const<5>, Const<2>, Const<2>, Bcast), (Bcast, Const<5>, Const<3>, Const<3>, Bcast, Const<5>), (Const<3>, Const<5>, Const<3>, Const<2>) -> (Const<3>, Const<5>, Const<5>, Const<2>, Const<3>, Const<3>)
fn case_273() {
    let mut rng = SeededRng::new(1273);
    let x0 =
        Tensor::<f64, (Bcast, Const<5>, Const<2>, Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Bcast, Const<5>, Const<3>, Const<3>, Bcast, Const<7>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.slice_len::<5, 6, 5, -1>();
    let x2 = Tensor::<f64, (Const<3>, Const<5>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...jjd,...Fdtl,...dt->...ljFd",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[3, 5, 5, 2, 3, 3],
    );
    let path = einsum_path!("...jjd,...Fdtl,...dt->...ljFd", &x0, x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 273 (pairwise): ...jjd,...Fdtl,...dt->...ljFd"
    );
    let got: Tensor<f64, (Const<3>, Const<5>, Const<5>, Const<2>, Const<3>, Const<3>), H> =
        einsum!("...jjd,...Fdtl,...dt->...ljFd", &x0, x1, &x2);
    check(
        "case 273 (pairwise): ...jjd,...Fdtl,...dt->...ljFd",
        &got,
        &[3, 5, 5, 2, 3, 3],
        &want,
        2,
    );
}

/// `hh->y` on (Const<3>, Const<3>) -> (Const<4>,)
fn case_274() {
    let mut rng = SeededRng::new(1274);
    let x0 = Tensor::<f64, (Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("hh->y", &[flat(&x0)], &[4]);
    let got: Tensor<f64, (Const<4>,), H> = einsum!("hh->y", x0; broadcast = [y]);
    check("case 274 (direct): hh->y", &got, &[4], &want, 3);
}

/// `roX,eoV,ae,aro` on (Const<5>, Const<3>, Const<5>), (Const<4>, Const<3>, Const<4>), (Const<3>, Const<4>), (Const<3>, Const<5>, Const<3>) -> (Const<4>, Const<5>)
fn case_275() {
    let mut rng = SeededRng::new(1275);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "roX,eoV,ae,aro",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 5],
    );
    let path = einsum_path!("roX,eoV,ae,aro", x0, &x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 275 (pairwise): roX,eoV,ae,aro"
    );
    let got: Tensor<f64, (Const<4>, Const<5>), H> = einsum!("roX,eoV,ae,aro", x0, &x1, x2, &x3);
    check(
        "case 275 (pairwise): roX,eoV,ae,aro",
        &got,
        &[4, 5],
        &want,
        180,
    );
}

/// `krp,r,yk,p,p,p` on (Const<4>, Const<5>, Const<1>), (Const<5>,), (Bcast, Const<4>), (Const<1>,), (Bcast,), (Const<1>,) -> (Bcast,)
fn case_276() {
    let mut rng = SeededRng::new(1276);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<1>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let s5 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.view().flip::<0>();
    let want = oracle(
        "krp,r,yk,p,p,p",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5.to_tensor()),
        ],
        &[1],
    );
    let path = einsum_path!("krp,r,yk,p,p,p", &x0, x1, &x2, &x3, x4, x5);
    assert!(path.is_direct(), "case 276 (direct): krp,r,yk,p,p,p");
    let got: Tensor<f64, (Bcast,), H> = einsum!("krp,r,yk,p,p,p", &x0, x1, &x2, &x3, x4, x5);
    check("case 276 (direct): krp,r,yk,p,p,p", &got, &[1], &want, 20);
}

/// `ky,xkd,dgz,go,g->xd` on (Const<4>, Const<5>), (Bcast, Const<4>, Const<5>), (Bcast, Const<2>, Const<3>), (Const<2>, Const<4>), (Const<2>,) -> (Bcast, Const<5>)
fn case_277() {
    let mut rng = SeededRng::new(1277);
    let x0 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Bcast, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<2>();
    let x3 = Tensor::<f64, (Const<2>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ky,xkd,dgz,go,g->xd",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4),
        ],
        &[1, 5],
    );
    let path = einsum_path!("ky,xkd,dgz,go,g->xd", x0, x1, x2, x3, x4);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 277 (pairwise): ky,xkd,dgz,go,g->xd"
    );
    let got: Tensor<f64, (Bcast, Const<5>), H> = einsum!("ky,xkd,dgz,go,g->xd", x0, x1, x2, x3, x4);
    check(
        "case 277 (pairwise): ky,xkd,dgz,go,g->xd",
        &got,
        &[1, 5],
        &want,
        480,
    );
}

/// `zzj,dzk,dq,aq,qqu,juz,kz` on (Const<5>, Const<5>, Const<1>), (Const<3>, Const<5>, Const<4>), (Const<3>, Const<2>), (Const<4>, Const<2>), (Const<2>, Const<2>, Const<2>), (Bcast, Const<2>, Const<5>), (Const<4>, Const<5>) -> (Const<4>,)
fn case_278() {
    let mut rng = SeededRng::new(1278);
    let x0 = Tensor::<f64, (Const<5>, Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s5 = Tensor::<f64, (Bcast, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.slice_len::<2, 4, 5, -1>();
    let x6 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zzj,dzk,dq,aq,qqu,juz,kz",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5.to_tensor()),
            flat(&x6),
        ],
        &[4],
    );
    let path = einsum_path!("zzj,dzk,dq,aq,qqu,juz,kz", &x0, &x1, &x2, &x3, &x4, x5, x6);
    assert!(
        path.is_direct(),
        "case 278 (direct): zzj,dzk,dq,aq,qqu,juz,kz"
    );
    let got: Tensor<f64, (Const<4>,), H> =
        einsum!("zzj,dzk,dq,aq,qqu,juz,kz", &x0, &x1, &x2, &x3, &x4, x5, x6);
    check(
        "case 278 (direct): zzj,dzk,dq,aq,qqu,juz,kz",
        &got,
        &[4],
        &want,
        240,
    );
}

/// `y,eny,dr,rz,ed,pdr->p` on (Const<1>,), (Const<4>, Const<4>, Const<1>), (Const<5>, Const<5>), (Const<5>, Const<3>), (Const<4>, Const<5>), (Const<5>, Const<5>, Const<5>) -> (Const<5>,)
fn case_279() {
    let mut rng = SeededRng::new(1279);
    let x0 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let s3 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<1, 0, 3, 1>();
    let x4 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "y,eny,dr,rz,ed,pdr->p",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3.to_tensor()),
            flat(&x4),
            flat(&x5),
        ],
        &[5],
    );
    let path = einsum_path!("y,eny,dr,rz,ed,pdr->p", &x0, &x1, x2, &x3, &x4, &x5);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 279 (pairwise): y,eny,dr,rz,ed,pdr->p"
    );
    let got: Tensor<f64, (Const<5>,), H> =
        einsum!("y,eny,dr,rz,ed,pdr->p", &x0, &x1, x2, &x3, &x4, &x5);
    check(
        "case 279 (pairwise): y,eny,dr,rz,ed,pdr->p",
        &got,
        &[5],
        &want,
        1200,
    );
}

#[test]
fn cases_280_289() {
    run_cases(&[
        ("case_280", case_280),
        ("case_281", case_281),
        ("case_282", case_282),
        ("case_283", case_283),
        ("case_284", case_284),
        ("case_285", case_285),
        ("case_286", case_286),
        ("case_287", case_287),
        ("case_288", case_288),
        ("case_289", case_289),
    ]);
}

/// `...zig,...rgi,rg...i,...g,...rig,...zrg,...g,...gzi->...zig` on (Const<1>, Const<2>, Const<4>), (Const<3>, Const<4>, Const<2>), (Const<3>, Const<4>, Const<2>), (Const<4>,), (Const<3>, Const<2>, Const<4>), (Const<1>, Const<3>, Const<4>), (Const<2>, Const<4>), (Const<2>, Const<4>, Const<1>, Const<2>) -> (Const<2>, Const<1>, Const<2>, Const<4>)
fn case_280() {
    let mut rng = SeededRng::new(1280);
    let x0 = Tensor::<f64, (Const<1>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<3>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let x3 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<3>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s5 = Tensor::<f64, (Const<1>, Const<6>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.slice_len::<1, 0, 3, 2>();
    let x6 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x7 = Tensor::<f64, (Const<2>, Const<4>, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...zig,...rgi,rg...i,...g,...rig,...zrg,...g,...gzi->...zig",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4),
            flat(&x5.to_tensor()),
            flat(&x6),
            flat(&x7),
        ],
        &[2, 1, 2, 4],
    );
    let path = einsum_path!(
        "...zig,...rgi,rg...i,...g,...rig,...zrg,...g,...gzi->...zig",
        &x0,
        &x1,
        &x2,
        &x3,
        x4,
        x5,
        &x6,
        x7
    );
    assert!(
        path.is_direct(),
        "case 280 (direct): ...zig,...rgi,rg...i,...g,...rig,...zrg,...g,...gzi->...zig"
    );
    let got: Tensor<f64, (Const<2>, Const<1>, Const<2>, Const<4>)> = einsum!(
        "...zig,...rgi,rg...i,...g,...rig,...zrg,...g,...gzi->...zig",
        &x0,
        &x1,
        &x2,
        &x3,
        x4,
        x5,
        &x6,
        x7
    );
    check(
        "case 280 (direct): ...zig,...rgi,rg...i,...g,...rig,...zrg,...g,...gzi->...zig",
        &got,
        &[2, 1, 2, 4],
        &want,
        3,
    );
}

/// `...eyd,...ad,...d,...yei,...ae,ei...,...id,...eyi->...dya` on (Const<4>, Const<4>, Const<4>, Const<5>, Const<5>), (Const<4>, Const<4>, Const<4>, Const<5>), (Const<4>, Const<4>, Const<5>), (Const<4>, Const<4>, Const<5>, Const<4>, Const<2>), (Const<4>, Const<4>, Const<4>, Const<4>), (Const<4>, Const<2>, Const<4>, Const<4>), (Const<4>, Const<4>, Const<2>, Const<5>), (Const<4>, Const<5>, Const<2>) -> (Const<4>, Const<4>, Const<5>, Const<5>, Const<4>)
fn case_281() {
    let mut rng = SeededRng::new(1281);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<4>, Const<5>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<4>, Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>, Const<4>, Const<7>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<2, 1, 5, 1>();
    let x3 = Tensor::<f64, (Const<4>, Const<4>, Const<5>, Const<4>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x4 = Tensor::<f64, (Const<4>, Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 =
        Tensor::<f64, (Const<4>, Const<2>, Const<4>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x6 =
        Tensor::<f64, (Const<4>, Const<4>, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x7 = Tensor::<f64, (Const<4>, Const<5>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...eyd,...ad,...d,...yei,...ae,ei...,...id,...eyi->...dya",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4),
            flat(&x5),
            flat(&x6),
            flat(&x7),
        ],
        &[4, 4, 5, 5, 4],
    );
    let path = einsum_path!(
        "...eyd,...ad,...d,...yei,...ae,ei...,...id,...eyi->...dya",
        &x0,
        &x1,
        x2,
        x3,
        x4,
        &x5,
        x6,
        &x7
    );
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 281 (pairwise): ...eyd,...ad,...d,...yei,...ae,ei...,...id,...eyi->...dya"
    );
    let got: Tensor<f64, (Const<4>, Const<4>, Const<5>, Const<5>, Const<4>), H> = einsum!(
        "...eyd,...ad,...d,...yei,...ae,ei...,...id,...eyi->...dya",
        &x0,
        &x1,
        x2,
        x3,
        x4,
        &x5,
        x6,
        &x7
    );
    check(
        "case 281 (pairwise): ...eyd,...ad,...d,...yei,...ae,ei...,...id,...eyi->...dya",
        &got,
        &[4, 4, 5, 5, 4],
        &want,
        8,
    );
}

/// `qls,sx,sq,s,slx,lqx,qls` on (Const<3>, Const<5>, Bcast), (Const<5>, Const<5>), (Const<5>, Const<3>), (Const<5>,), (Const<5>, Const<5>, Const<5>), (Const<5>, Const<3>, Const<5>), (Const<3>, Const<5>, Const<5>) -> ()
fn case_282() {
    let mut rng = SeededRng::new(1282);
    let x0 = Tensor::<f64, (Const<3>, Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let s4 = Tensor::<f64, (Const<5>, Const<10>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.slice_len::<1, 1, 5, 2>();
    let x5 = Tensor::<f64, (Const<5>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "qls,sx,sq,s,slx,lqx,qls",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4.to_tensor()),
            flat(&x5),
            flat(&x6),
        ],
        &[],
    );
    let path = einsum_path!("qls,sx,sq,s,slx,lqx,qls", x0, x1, x2, &x3, x4, &x5, &x6);
    assert!(
        path.is_direct(),
        "case 282 (direct): qls,sx,sq,s,slx,lqx,qls"
    );
    let got: Tensor<f64, (), H> = einsum!("qls,sx,sq,s,slx,lqx,qls", x0, x1, x2, &x3, x4, &x5, &x6);
    check(
        "case 282 (direct): qls,sx,sq,s,slx,lqx,qls",
        &got,
        &[],
        &want,
        375,
    );
}

/// `fOc,bgf,zg,gz,zcw,z->bgg` on (Const<3>, Const<2>, Const<4>), (Const<3>, Const<3>, Bcast), (Const<5>, Const<3>), (Const<3>, Const<5>), (Const<5>, Const<4>, Const<4>), (Const<5>,) -> (Const<3>, Const<3>, Const<3>)
fn case_283() {
    let mut rng = SeededRng::new(1283);
    let s0 = Tensor::<f64, (Const<3>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<5>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fOc,bgf,zg,gz,zcw,z->bgg",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5),
        ],
        &[3, 3, 3],
    );
    let path = einsum_path!("fOc,bgf,zg,gz,zcw,z->bgg", &x0, x1, &x2, x3, &x4, &x5);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 283 (pairwise): fOc,bgf,zg,gz,zcw,z->bgg"
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<3>), H> =
        einsum!("fOc,bgf,zg,gz,zcw,z->bgg", &x0, x1, &x2, x3, &x4, &x5);
    check(
        "case 283 (pairwise): fOc,bgf,zg,gz,zcw,z->bgg",
        &got,
        &[3, 3, 3],
        &want,
        480,
    );
}

/// `y,ry,yk,y,kzy,r->ko` on (Const<5>,), (Const<4>, Const<5>), (Const<5>, Bcast), (Const<5>,), (Bcast, Const<5>, Const<5>), (Const<4>,) -> (Bcast, Const<4>)
fn case_284() {
    let mut rng = SeededRng::new(1284);
    let x0 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Bcast, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "y,ry,yk,y,kzy,r->ko",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5),
        ],
        &[1, 4],
    );
    let got: Tensor<f64, (Bcast, Const<4>), H> =
        einsum!("y,ry,yk,y,kzy,r->ko", x0, x1, &x2, &x3, x4, &x5; broadcast = [o]);
    check(
        "case 284 (direct): y,ry,yk,y,kzy,r->ko",
        &got,
        &[1, 4],
        &want,
        100,
    );
}

/// `pyt,t,tu,pc,pcf,puf,c->cu` on (Const<5>, Const<5>, Const<2>), (Const<2>,), (Const<2>, Const<4>), (Const<5>, Const<5>), (Const<5>, Const<5>, Const<5>), (Const<5>, Const<4>, Const<5>), (Const<5>,) -> (Const<5>, Const<4>)
fn case_285() {
    let mut rng = SeededRng::new(1285);
    let x0 = Tensor::<f64, (Const<5>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<5>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let s5 = Tensor::<f64, (Const<5>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.view().flip::<1>();
    let x6 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "pyt,t,tu,pc,pcf,puf,c->cu",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5.to_tensor()),
            flat(&x6),
        ],
        &[5, 4],
    );
    let path = einsum_path!("pyt,t,tu,pc,pcf,puf,c->cu", &x0, x1, &x2, &x3, x4, &x5, &x6);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 285 (pairwise): pyt,t,tu,pc,pcf,puf,c->cu"
    );
    let got: Tensor<f64, (Const<5>, Const<4>), H> =
        einsum!("pyt,t,tu,pc,pcf,puf,c->cu", &x0, x1, &x2, &x3, x4, &x5, &x6);
    check(
        "case 285 (pairwise): pyt,t,tu,pc,pcf,puf,c->cu",
        &got,
        &[5, 4],
        &want,
        250,
    );
}

/// `pgm,g,g,g,pf,cg,c->mpg` on (Const<5>, Const<3>, Const<2>), (Const<3>,), (Bcast,), (Const<3>,), (Const<5>, Const<3>), (Const<4>, Const<3>), (Const<4>,) -> (Const<2>, Const<5>, Const<3>)
fn case_286() {
    let mut rng = SeededRng::new(1286);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "pgm,g,g,g,pf,cg,c->mpg",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5),
            flat(&x6),
        ],
        &[2, 5, 3],
    );
    let path = einsum_path!("pgm,g,g,g,pf,cg,c->mpg", &x0, &x1, x2, &x3, x4, &x5, x6);
    assert!(
        path.is_direct(),
        "case 286 (direct): pgm,g,g,g,pf,cg,c->mpg"
    );
    let got: Tensor<f64, (Const<2>, Const<5>, Const<3>)> =
        einsum!("pgm,g,g,g,pf,cg,c->mpg", &x0, &x1, x2, &x3, x4, &x5, x6);
    check(
        "case 286 (direct): pgm,g,g,g,pf,cg,c->mpg",
        &got,
        &[2, 5, 3],
        &want,
        12,
    );
}

/// `aT,dT,dtT,vtd,v,dvr->var` on (Const<5>, Const<4>), (Const<5>, Const<4>), (Const<5>, Const<4>, Const<4>), (Const<4>, Const<4>, Const<5>), (Const<4>,), (Const<5>, Const<4>, Const<2>) -> (Const<4>, Const<5>, Const<2>)
fn case_287() {
    let mut rng = SeededRng::new(1287);
    let x0 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<4>, Const<4>, Const<7>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<2, 1, 5, 1>();
    let s4 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.slice_len::<0, 4, 4, -1>();
    let s5 = Tensor::<f64, (Const<5>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.view().flip::<0>();
    let want = oracle(
        "aT,dT,dtT,vtd,v,dvr->var",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4.to_tensor()),
            flat(&x5.to_tensor()),
        ],
        &[4, 5, 2],
    );
    let path = einsum_path!("aT,dT,dtT,vtd,v,dvr->var", x0, &x1, x2, &x3, x4, x5);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 287 (pairwise): aT,dT,dtT,vtd,v,dvr->var"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<2>)> =
        einsum!("aT,dT,dtT,vtd,v,dvr->var", x0, &x1, x2, &x3, x4, x5);
    check(
        "case 287 (pairwise): aT,dT,dtT,vtd,v,dvr->var",
        &got,
        &[4, 5, 2],
        &want,
        80,
    );
}

/// `vp,ph,p,p,po,voh,uo->hu` on (Const<3>, Const<3>), (Const<3>, Const<4>), (Const<3>,), (Const<3>,), (Const<3>, Const<3>), (Const<3>, Const<3>, Const<4>), (Const<4>, Const<3>) -> (Const<4>, Const<4>)
fn case_288() {
    let mut rng = SeededRng::new(1288);
    let x0 = Tensor::<f64, (Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 0, 3, 1>();
    let x3 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let s4 = Tensor::<f64, (Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.slice_len::<0, 0, 3, 1>();
    let x5 = Tensor::<f64, (Const<3>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vp,ph,p,p,po,voh,uo->hu",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4.to_tensor()),
            flat(&x5),
            flat(&x6),
        ],
        &[4, 4],
    );
    let path = einsum_path!("vp,ph,p,p,po,voh,uo->hu", x0, &x1, &x2, &x3, &x4, x5, &x6);
    assert!(
        path.is_direct(),
        "case 288 (direct): vp,ph,p,p,po,voh,uo->hu"
    );
    let got: Tensor<f64, (Const<4>, Const<4>), H> =
        einsum!("vp,ph,p,p,po,voh,uo->hu", x0, &x1, &x2, &x3, &x4, x5, &x6);
    check(
        "case 288 (direct): vp,ph,p,p,po,voh,uo->hu",
        &got,
        &[4, 4],
        &want,
        27,
    );
}

/// `vi,kvn,hfk,h,ik,ny,ify,hhf->vkh` on (Const<5>, Const<3>), (Const<3>, Const<5>, Const<4>), (Const<3>, Const<4>, Const<3>), (Const<3>,), (Const<3>, Const<3>), (Const<4>, Const<2>), (Const<3>, Const<4>, Const<2>), (Const<3>, Const<3>, Const<4>) -> (Const<5>, Const<3>, Const<3>)
fn case_289() {
    let mut rng = SeededRng::new(1289);
    let x0 = Tensor::<f64, (Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<3>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s7 = Tensor::<f64, (Const<3>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x7 = s7.slice_len::<1, 3, 3, -1>();
    let want = oracle(
        "vi,kvn,hfk,h,ik,ny,ify,hhf->vkh",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5),
            flat(&x6),
            flat(&x7.to_tensor()),
        ],
        &[5, 3, 3],
    );
    let path = einsum_path!(
        "vi,kvn,hfk,h,ik,ny,ify,hhf->vkh",
        x0,
        x1,
        &x2,
        x3,
        &x4,
        x5,
        x6,
        &x7
    );
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 289 (pairwise): vi,kvn,hfk,h,ik,ny,ify,hhf->vkh"
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Const<3>), H> = einsum!(
        "vi,kvn,hfk,h,ik,ny,ify,hhf->vkh",
        x0,
        x1,
        &x2,
        x3,
        &x4,
        x5,
        x6,
        &x7
    );
    check(
        "case 289 (pairwise): vi,kvn,hfk,h,ik,ny,ify,hhf->vkh",
        &got,
        &[5, 3, 3],
        &want,
        96,
    );
}

#[test]
fn cases_290_299() {
    run_cases(&[
        ("case_290", case_290),
        ("case_291", case_291),
        ("case_292", case_292),
        ("case_293", case_293),
        ("case_294", case_294),
        ("case_295", case_295),
        ("case_296", case_296),
        ("case_297", case_297),
        ("case_298", case_298),
        ("case_299", case_299),
    ]);
}

/// `RR,aR,q,pqa,a,qaq->apqR` on (Const<2>, Const<2>), (Const<5>, Const<2>), (Bcast,), (Bcast, Const<5>, Const<5>), (Const<5>,), (Const<5>, Const<5>, Const<5>) -> (Const<5>, Bcast, Const<5>, Const<2>)
fn case_290() {
    let mut rng = SeededRng::new(1290);
    let s0 = Tensor::<f64, (Const<2>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<1>();
    let x1 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Bcast,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let x3 = Tensor::<f64, (Bcast, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "RR,aR,q,pqa,a,qaq->apqR",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4),
            flat(&x5),
        ],
        &[5, 1, 5, 2],
    );
    let path = einsum_path!("RR,aR,q,pqa,a,qaq->apqR", x0, &x1, x2, x3, x4, x5);
    assert!(
        path.is_direct(),
        "case 290 (direct): RR,aR,q,pqa,a,qaq->apqR"
    );
    let got: Tensor<f64, (Const<5>, Bcast, Const<5>, Const<2>), H> =
        einsum!("RR,aR,q,pqa,a,qaq->apqR", x0, &x1, x2, x3, x4, x5);
    check(
        "case 290 (direct): RR,aR,q,pqa,a,qaq->apqR",
        &got,
        &[5, 1, 5, 2],
        &want,
        1,
    );
}

/// `z,zm,zn,g,gnm,n,nsv->mmn` on (Const<3>,), (Const<3>, Const<5>), (Const<3>, Const<3>), (Const<3>,), (Const<3>, Const<3>, Bcast), (Const<3>,), (Const<3>, Const<4>, Const<5>) -> (Const<5>, Const<5>, Const<3>)
fn case_291() {
    let mut rng = SeededRng::new(1291);
    let s0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 0, 3, 1>();
    let x1 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<3>, Const<3>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<3>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "z,zm,zn,g,gnm,n,nsv->mmn",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5),
            flat(&x6),
        ],
        &[5, 5, 3],
    );
    let path = einsum_path!("z,zm,zn,g,gnm,n,nsv->mmn", x0, x1, &x2, x3, &x4, &x5, x6);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 291 (pairwise): z,zm,zn,g,gnm,n,nsv->mmn"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<3>), H> =
        einsum!("z,zm,zn,g,gnm,n,nsv->mmn", x0, x1, &x2, x3, &x4, &x5, x6);
    check(
        "case 291 (pairwise): z,zm,zn,g,gnm,n,nsv->mmn",
        &got,
        &[5, 5, 3],
        &want,
        180,
    );
}

/// `oTr,Tj,Tqj,vT,T,or,o,o->Tj` on (Const<3>, Const<1>, Const<5>), (Const<1>, Const<2>), (Const<1>, Bcast, Const<2>), (Const<3>, Const<1>), (Bcast,), (Const<3>, Const<5>), (Const<3>,), (Const<3>,) -> (Const<1>, Const<2>)
fn case_292() {
    let mut rng = SeededRng::new(1292);
    let x0 = Tensor::<f64, (Const<3>, Const<1>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<0>();
    let x2 = Tensor::<f64, (Const<1>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view().flip::<0>();
    let x4 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x7 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "oTr,Tj,Tqj,vT,T,or,o,o->Tj",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4),
            flat(&x5),
            flat(&x6),
            flat(&x7),
        ],
        &[1, 2],
    );
    let path = einsum_path!(
        "oTr,Tj,Tqj,vT,T,or,o,o->Tj",
        &x0,
        x1,
        x2,
        x3,
        &x4,
        &x5,
        x6,
        x7
    );
    assert!(
        path.is_direct(),
        "case 292 (direct): oTr,Tj,Tqj,vT,T,or,o,o->Tj"
    );
    let got: Tensor<f64, (Const<1>, Const<2>), H> = einsum!(
        "oTr,Tj,Tqj,vT,T,or,o,o->Tj",
        &x0,
        x1,
        x2,
        x3,
        &x4,
        &x5,
        x6,
        x7
    );
    check(
        "case 292 (direct): oTr,Tj,Tqj,vT,T,or,o,o->Tj",
        &got,
        &[1, 2],
        &want,
        45,
    );
}

/// `yl,lag,fpo,yog,so,s,pyf,ao->pgfsy` on (Const<2>, Const<2>), (Bcast, Const<3>, Const<4>), (Const<3>, Const<3>, Bcast), (Const<2>, Const<3>, Const<4>), (Const<2>, Const<3>), (Const<2>,), (Const<3>, Const<2>, Const<3>), (Const<3>, Const<3>) -> (Const<3>, Const<4>, Const<3>, Const<2>, Const<2>)
fn case_293() {
    let mut rng = SeededRng::new(1293);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<2>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let s4 = Tensor::<f64, (Const<2>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.slice_len::<0, 1, 2, -1>();
    let s5 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.slice_len::<0, 0, 2, 1>();
    let s6 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = s6.slice_len::<1, 0, 2, 1>();
    let x7 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "yl,lag,fpo,yog,so,s,pyf,ao->pgfsy",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4.to_tensor()),
            flat(&x5.to_tensor()),
            flat(&x6.to_tensor()),
            flat(&x7),
        ],
        &[3, 4, 3, 2, 2],
    );
    let path = einsum_path!(
        "yl,lag,fpo,yog,so,s,pyf,ao->pgfsy",
        &x0,
        &x1,
        &x2,
        x3,
        x4,
        x5,
        x6,
        x7
    );
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 293 (pairwise): yl,lag,fpo,yog,so,s,pyf,ao->pgfsy"
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<3>, Const<2>, Const<2>), H> = einsum!(
        "yl,lag,fpo,yog,so,s,pyf,ao->pgfsy",
        &x0,
        &x1,
        &x2,
        x3,
        x4,
        x5,
        x6,
        x7
    );
    check(
        "case 293 (pairwise): yl,lag,fpo,yog,so,s,pyf,ao->pgfsy",
        &got,
        &[3, 4, 3, 2, 2],
        &want,
        18,
    );
}

/// `b,w,w,wxx,w` on (Const<2>,), (Const<2>,), (Const<2>,), (Const<2>, Const<3>, Const<3>), (Const<2>,) -> (Const<2>,)
fn case_294() {
    let mut rng = SeededRng::new(1294);
    let x0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<2>, Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<2, 1, 3, 1>();
    let s4 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.slice_len::<0, 0, 2, 2>();
    let want = oracle(
        "b,w,w,wxx,w",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4.to_tensor()),
        ],
        &[2],
    );
    let path = einsum_path!("b,w,w,wxx,w", x0, &x1, &x2, x3, x4);
    assert!(path.is_direct(), "case 294 (direct): b,w,w,wxx,w");
    let got: Tensor<f64, (Const<2>,), H> = einsum!("b,w,w,wxx,w", x0, &x1, &x2, x3, x4);
    check("case 294 (direct): b,w,w,wxx,w", &got, &[2], &want, 6);
}

/// `ysn,g,gcy,cgy,fy,yfs->fgsy` on (Const<5>, Const<3>, Const<3>), (Const<4>,), (Const<4>, Const<3>, Const<5>), (Const<3>, Const<4>, Const<5>), (Const<5>, Const<5>), (Const<5>, Const<5>, Const<3>) -> (Const<5>, Const<4>, Const<3>, Const<5>)
fn case_295() {
    let mut rng = SeededRng::new(1295);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>,), H>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<2>();
    let x3 = Tensor::<f64, (Const<3>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s4 = Tensor::<f64, (Const<7>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.slice_len::<0, 0, 5, 1>();
    let x5 = Tensor::<f64, (Const<5>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ysn,g,gcy,cgy,fy,yfs->fgsy",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4.to_tensor()),
            flat(&x5),
        ],
        &[5, 4, 3, 5],
    );
    let path = einsum_path!("ysn,g,gcy,cgy,fy,yfs->fgsy", x0, x1, &x2, &x3, x4, &x5);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 295 (pairwise): ysn,g,gcy,cgy,fy,yfs->fgsy"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<3>, Const<5>), H> =
        einsum!("ysn,g,gcy,cgy,fy,yfs->fgsy", x0, x1, &x2, &x3, x4, &x5);
    check(
        "case 295 (pairwise): ysn,g,gcy,cgy,fy,yfs->fgsy",
        &got,
        &[5, 4, 3, 5],
        &want,
        9,
    );
}

/// `y,yqv,v,hhv,hjv,qv,v,yv` on (Const<3>,), (Const<3>, Const<2>, Const<4>), (Const<4>,), (Bcast, Bcast, Const<4>), (Const<4>, Const<5>, Const<4>), (Const<2>, Const<4>), (Const<4>,), (Const<3>, Const<4>) -> (Const<5>,)
fn case_296() {
    let mut rng = SeededRng::new(1296);
    let s0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<3>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>,), H>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Bcast, Bcast, Const<8>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<2, 1, 4, 2>();
    let x4 = Tensor::<f64, (Const<4>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s5 = Tensor::<f64, (Const<2>, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.slice_len::<1, 0, 4, 1>();
    let x6 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x7 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "y,yqv,v,hhv,hjv,qv,v,yv",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4),
            flat(&x5.to_tensor()),
            flat(&x6),
            flat(&x7),
        ],
        &[5],
    );
    let path = einsum_path!(
        "y,yqv,v,hhv,hjv,qv,v,yv",
        x0,
        &x1,
        &x2,
        x3,
        x4,
        &x5,
        &x6,
        &x7
    );
    assert!(
        path.is_direct(),
        "case 296 (direct): y,yqv,v,hhv,hjv,qv,v,yv"
    );
    let got: Tensor<f64, (Const<5>,), H> = tensorial::einsum!(
        "y,yqv,v,hhv,hjv,qv,v,yv",
        x0,
        &x1,
        &x2,
        x3,
        x4,
        &x5,
        &x6,
        &x7
    );
    check(
        "case 296 (direct): y,yqv,v,hhv,hjv,qv,v,yv",
        &got,
        &[5],
        &want,
        96,
    );
}

/// `zmx,x,x,mm,mhv,hvx,x,ihx->xzvzh` on (Const<4>, Const<3>, Const<3>), (Const<3>,), (Const<3>,), (Const<3>, Const<3>), (Const<3>, Bcast, Const<5>), (Const<4>, Const<5>, Const<3>), (Const<3>,), (Const<3>, Const<4>, Const<3>) -> (Const<3>, Const<4>, Const<5>, Const<4>, Const<4>)
fn case_297() {
    let mut rng = SeededRng::new(1297);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s4 = Tensor::<f64, (Const<3>, Bcast, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.view().flip::<2>();
    let x5 = Tensor::<f64, (Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x7 = Tensor::<f64, (Const<3>, Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zmx,x,x,mm,mhv,hvx,x,ihx->xzvzh",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4.to_tensor()),
            flat(&x5),
            flat(&x6),
            flat(&x7),
        ],
        &[3, 4, 5, 4, 4],
    );
    let path = einsum_path!(
        "zmx,x,x,mm,mhv,hvx,x,ihx->xzvzh",
        &x0,
        &x1,
        x2,
        &x3,
        &x4,
        &x5,
        &x6,
        x7
    );
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 297 (pairwise): zmx,x,x,mm,mhv,hvx,x,ihx->xzvzh"
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<5>, Const<4>, Const<4>), H> = einsum!(
        "zmx,x,x,mm,mhv,hvx,x,ihx->xzvzh",
        &x0,
        &x1,
        x2,
        &x3,
        &x4,
        &x5,
        &x6,
        x7
    );
    check(
        "case 297 (pairwise): zmx,x,x,mm,mhv,hvx,x,ihx->xzvzh",
        &got,
        &[3, 4, 5, 4, 4],
        &want,
        9,
    );
}

/// `x,xil,i,li,i,b->l` on (Const<4>,), (Const<4>, Const<3>, Const<3>), (Const<3>,), (Const<3>, Const<3>), (Const<3>,), (Const<2>,) -> (Const<3>,)
fn case_298() {
    let mut rng = SeededRng::new(1298);
    let s0 = Tensor::<f64, (Const<5>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 1, 4, 1>();
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let x3 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "x,xil,i,li,i,b->l",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4),
            flat(&x5),
        ],
        &[3],
    );
    let path = einsum_path!("x,xil,i,li,i,b->l", &x0, x1, x2, x3, &x4, &x5);
    assert!(path.is_direct(), "case 298 (direct): x,xil,i,li,i,b->l");
    let got: Tensor<f64, (Const<3>,), H> = einsum!("x,xil,i,li,i,b->l", &x0, x1, x2, x3, &x4, &x5);
    check(
        "case 298 (direct): x,xil,i,li,i,b->l",
        &got,
        &[3],
        &want,
        24,
    );
}

/// `...rh,...rx,Bf...,...xB,...x->...r` on (Const<2>, Const<4>), (Const<2>, Const<2>), (Const<3>, Const<5>, Const<5>, Const<4>), (Const<4>, Const<2>, Const<3>), (Const<5>, Const<4>, Const<2>) -> (Const<5>, Const<4>, Const<2>)
fn case_299() {
    let mut rng = SeededRng::new(1299);
    let x0 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<5>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<2>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<5>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...rh,...rx,Bf...,...xB,...x->...r",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3), flat(&x4)],
        &[5, 4, 2],
    );
    let path = einsum_path!("...rh,...rx,Bf...,...xB,...x->...r", &x0, &x1, &x2, &x3, x4);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 299 (pairwise): ...rh,...rx,Bf...,...xB,...x->...r"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<2>), H> =
        einsum!("...rh,...rx,Bf...,...xB,...x->...r", &x0, &x1, &x2, &x3, x4);
    check(
        "case 299 (pairwise): ...rh,...rx,Bf...,...xB,...x->...r",
        &got,
        &[5, 4, 2],
        &want,
        120,
    );
}

#[test]
fn cases_300_309() {
    run_cases(&[
        ("case_300", case_300),
        ("case_301", case_301),
        ("case_302", case_302),
        ("case_303", case_303),
        ("case_304", case_304),
        ("case_305", case_305),
        ("case_306", case_306),
        ("case_307", case_307),
        ("case_308", case_308),
        ("case_309", case_309),
    ]);
}

/// `mqq,q->q` on (Bcast, Const<4>, Const<4>), (Const<4>,) -> (Const<4>,)
fn case_300() {
    let mut rng = SeededRng::new(1300);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("mqq,q->q", &[flat(&x0), flat(&x1)], &[4]);
    let path = einsum_path!(height node node, node -> node; &x0, x1);
    assert!(path.is_direct(), "case 300 (direct): mqq,q->q");
    let got: Tensor<f64, (Const<4>,)> = einsum!(height node node, node -> node; &x0, x1);
    check("case 300 (direct): mqq,q->q", &got, &[4], &want, 1);
}

/// `hof,hosk,hv,ueh->hf` on (Const<4>, Const<4>, Const<4>), (Const<4>, Const<4>, Const<4>, Const<2>), (Const<4>, Const<2>), (Const<5>, Const<3>, Const<4>) -> (Const<4>, Const<4>)
fn case_301() {
    let mut rng = SeededRng::new(1301);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "hof,hosk,hv,ueh->hf",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 4],
    );
    let path = einsum_path!(vocab dim node, vocab dim unit width, vocab step, row seq vocab -> vocab node; x0, x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 301 (pairwise): hof,hosk,hv,ueh->hf"
    );
    let got: Tensor<f64, (Const<4>, Const<4>)> = einsum!(vocab dim node, vocab dim unit width, vocab step, row seq vocab -> vocab node; x0, x1, x2, &x3);
    check(
        "case 301 (pairwise): hof,hosk,hv,ueh->hf",
        &got,
        &[4, 4],
        &want,
        960,
    );
}

/// `m,m,mljj->m` on (Const<2>,), (Const<2>,), (Const<2>, Const<5>, Const<3>, Const<3>) -> (Const<2>,)
fn case_302() {
    let mut rng = SeededRng::new(1302);
    let x0 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 =
        Tensor::<f64, (Const<2>, Const<5>, Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("m,m,mljj->m", &[flat(&x0), flat(&x1), flat(&x2)], &[2]);
    let path = einsum_path!(hid, hid, hid edge chan chan -> hid; &x0, x1, &x2);
    assert!(path.is_direct(), "case 302 (direct): m,m,mljj->m");
    let got: Tensor<f64, (Const<2>,), H> =
        einsum!(hid, hid, hid edge chan chan -> hid; &x0, x1, &x2);
    check("case 302 (direct): m,m,mljj->m", &got, &[2], &want, 15);
}

/// `qr,bjr,or,lmr->jb` on (Const<5>, Const<3>), (Const<3>, Const<4>, Const<3>), (Const<4>, Const<3>), (Const<1>, Const<4>, Const<3>) -> (Const<4>, Const<3>)
fn case_303() {
    let mut rng = SeededRng::new(1303);
    let x0 = Tensor::<f64, (Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<1>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "qr,bjr,or,lmr->jb",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 3],
    );
    let path = einsum_path!(row batch, dim height batch, chan batch, width hid batch -> height dim; &x0, &x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 303 (pairwise): qr,bjr,or,lmr->jb"
    );
    let got: Tensor<f64, (Const<4>, Const<3>)> = einsum!(row batch, dim height batch, chan batch, width hid batch -> height dim; &x0, &x1, x2, &x3);
    check(
        "case 303 (pairwise): qr,bjr,or,lmr->jb",
        &got,
        &[4, 3],
        &want,
        240,
    );
}

/// `vv,s,vvv->s` on (Const<2>, Const<2>), (Const<4>,), (Const<2>, Const<2>, Const<2>) -> (Const<4>,)
fn case_304() {
    let mut rng = SeededRng::new(1304);
    let s0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 1, 2, -1>();
    let s1 = Tensor::<f64, (Const<4>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<0>();
    let x2 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vv,s,vvv->s",
        &[flat(&x0.to_tensor()), flat(&x1.to_tensor()), flat(&x2)],
        &[4],
    );
    let path = einsum_path!(edge edge, batch, edge edge edge -> batch; x0, x1, &x2);
    assert!(path.is_direct(), "case 304 (direct): vv,s,vvv->s");
    let got: Tensor<f64, (Const<4>,), H> =
        einsum!(edge edge, batch, edge edge edge -> batch; x0, x1, &x2);
    check("case 304 (direct): vv,s,vvv->s", &got, &[4], &want, 2);
}

/// `rxlp,xf,onrx->or` on (Const<4>, Bcast, Const<4>, Const<3>), (Const<1>, Const<2>), (Const<5>, Const<5>, Const<4>, Const<1>) -> (Const<5>, Const<4>)
fn case_305() {
    let mut rng = SeededRng::new(1305);
    let x0 = Tensor::<f64, (Const<4>, Bcast, Const<4>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 1, 1, 1>();
    let x2 = Tensor::<f64, (Const<5>, Const<5>, Const<4>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "rxlp,xf,onrx->or",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[5, 4],
    );
    let path = einsum_path!(height width unit col, width node, chan hid height width -> chan height; x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 305 (pairwise): rxlp,xf,onrx->or"
    );
    let got: Tensor<f64, (Const<5>, Const<4>), H> = einsum!(height width unit col, width node, chan hid height width -> chan height; x0, &x1, &x2);
    check(
        "case 305 (pairwise): rxlp,xf,onrx->or",
        &got,
        &[5, 4],
        &want,
        120,
    );
}

/// `z,zpu->u` on (Const<4>,), (Const<4>, Const<3>, Const<3>) -> (Const<3>,)
fn case_306() {
    let mut rng = SeededRng::new(1306);
    let x0 = Tensor::<f64, (Const<4>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("z,zpu->u", &[flat(&x0), flat(&x1)], &[3]);
    let path = einsum_path!(unit, unit width seq -> seq; &x0, &x1);
    assert!(path.is_direct(), "case 306 (direct): z,zpu->u");
    let got: Tensor<f64, (Const<3>,), H> = einsum!(unit, unit width seq -> seq; &x0, &x1);
    check("case 306 (direct): z,zpu->u", &got, &[3], &want, 12);
}

/// `tpb,bQ,bTpc,zpQc->Qbc` on (Const<2>, Const<1>, Const<3>), (Const<3>, Const<5>), (Const<3>, Const<3>, Bcast, Const<5>), (Const<5>, Const<1>, Const<5>, Const<5>) -> (Const<5>, Const<3>, Const<5>)
fn case_307() {
    let mut rng = SeededRng::new(1307);
    let s0 = Tensor::<f64, (Const<3>, Const<1>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 0, 2, 2>();
    let x1 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 =
        Tensor::<f64, (Const<5>, Const<1>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "tpb,bQ,bTpc,zpQc->Qbc",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 3, 5],
    );
    let path = einsum_path!(feat step head, head dim, head unit step edge, vocab step dim edge -> dim head edge; &x0, x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 307 (pairwise): tpb,bQ,bTpc,zpQc->Qbc"
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Const<5>), H> = einsum!(feat step head, head dim, head unit step edge, vocab step dim edge -> dim head edge; &x0, x1, &x2, &x3);
    check(
        "case 307 (pairwise): tpb,bQ,bTpc,zpQc->Qbc",
        &got,
        &[5, 3, 5],
        &want,
        30,
    );
}

/// `V,V,d->dd` on (Const<3>,), (Const<3>,), (Const<3>,) -> (Const<3>, Const<3>)
fn case_308() {
    let mut rng = SeededRng::new(1308);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("V,V,d->dd", &[flat(&x0), flat(&x1), flat(&x2)], &[3, 3]);
    let path = einsum_path!(step, step, dim -> dim dim; x0, x1, &x2);
    assert!(path.is_direct(), "case 308 (direct): V,V,d->dd");
    let got: Tensor<f64, (Const<3>, Const<3>), H> =
        einsum!(step, step, dim -> dim dim; x0, x1, &x2);
    check("case 308 (direct): V,V,d->dd", &got, &[3, 3], &want, 3);
}

/// `lqat,szq,sq,alsm->mslzt` on (Const<5>, Const<3>, Const<5>, Const<5>), (Const<2>, Const<5>, Const<3>), (Const<2>, Const<3>), (Const<5>, Const<5>, Const<2>, Const<1>) -> (Const<1>, Const<2>, Const<5>, Const<5>, Const<5>)
fn case_309() {
    let mut rng = SeededRng::new(1309);
    let s0 = Tensor::<f64, (Const<5>, Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<2>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>, Const<2>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "lqat,szq,sq,alsm->mslzt",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[1, 2, 5, 5, 5],
    );
    let path = einsum_path!(edge node head hid, batch step node, batch node, head edge batch height -> height batch edge step hid; x0, &x1, x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 309 (pairwise): lqat,szq,sq,alsm->mslzt"
    );
    let got: Tensor<f64, (Const<1>, Const<2>, Const<5>, Const<5>, Const<5>)> = einsum!(edge node head hid, batch step node, batch node, head edge batch height -> height batch edge step hid; x0, &x1, x2, &x3);
    check(
        "case 309 (pairwise): lqat,szq,sq,alsm->mslzt",
        &got,
        &[1, 2, 5, 5, 5],
        &want,
        15,
    );
}

#[test]
fn cases_310_319() {
    run_cases(&[
        ("case_310", case_310),
        ("case_311", case_311),
        ("case_312", case_312),
        ("case_313", case_313),
        ("case_314", case_314),
        ("case_315", case_315),
        ("case_316", case_316),
        ("case_317", case_317),
        ("case_318", case_318),
        ("case_319", case_319),
    ]);
}

/// `dq->d` on (Const<4>, Const<5>) -> (Const<4>,)
fn case_310() {
    let mut rng = SeededRng::new(1310);
    let x0 = Tensor::<f64, (Const<4>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("dq->d", &[flat(&x0)], &[4]);
    let path = einsum_path!(seq width -> seq; x0);
    assert!(path.is_direct(), "case 310 (direct): dq->d");
    let got: Tensor<f64, (Const<4>,), H> = einsum!(seq width -> seq; x0);
    check("case 310 (direct): dq->d", &got, &[4], &want, 5);
}

/// `se,bzs,bc,lzSe->bz` on (Const<3>, Const<5>), (Const<2>, Const<3>, Const<3>), (Const<2>, Const<3>), (Const<5>, Const<3>, Const<2>, Const<5>) -> (Const<2>, Const<3>)
fn case_311() {
    let mut rng = SeededRng::new(1311);
    let x0 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<3>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "se,bzs,bc,lzSe->bz",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[2, 3],
    );
    let path = einsum_path!(height edge, col seq height, col node, step seq width edge -> col seq; &x0, x1, &x2, &x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 311 (pairwise): se,bzs,bc,lzSe->bz"
    );
    let got: Tensor<f64, (Const<2>, Const<3>)> = einsum!(height edge, col seq height, col node, step seq width edge -> col seq; &x0, x1, &x2, &x3);
    check(
        "case 311 (pairwise): se,bzs,bc,lzSe->bz",
        &got,
        &[2, 3],
        &want,
        450,
    );
}

/// `KK...,...KK,...KKK,...->...` on (Const<2>, Const<2>, Const<4>, Const<1>), (Const<2>, Const<2>), (Const<4>, Const<1>, Const<2>, Const<2>, Const<2>), (Bcast,) -> (Const<4>, Const<1>)
fn case_312() {
    let mut rng = SeededRng::new(1312);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<4>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<1>, Const<2>, Const<2>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Bcast,), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "KK...,...KK,...KKK,...->...",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 1],
    );
    let path = einsum_path!("KK...,...KK,...KKK,...->...", x0, &x1, &x2, x3);
    assert!(
        path.is_direct(),
        "case 312 (direct): KK...,...KK,...KKK,...->..."
    );
    let mut got = Tensor::<f64, (Const<4>, Const<1>)>::full(f64::NAN);
    einsum_into!(&mut got, "KK...,...KK,...KKK,...->...", x0, &x1, &x2, x3);
    check(
        "case 312 (direct): KK...,...KK,...KKK,...->...",
        &got,
        &[4, 1],
        &want,
        2,
    );
}

/// `tfb,jtuf,jv->tvutb` on (Const<4>, Const<3>, Const<4>), (Const<5>, Const<4>, Const<4>, Const<3>), (Const<5>, Const<5>) -> (Const<4>, Const<5>, Const<4>, Const<4>, Const<4>)
fn case_313() {
    let mut rng = SeededRng::new(1313);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "tfb,jtuf,jv->tvutb",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 5, 4, 4, 4],
    );
    let path = einsum_path!("tfb,jtuf,jv->tvutb", &x0, &x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 313 (pairwise): tfb,jtuf,jv->tvutb"
    );
    let mut got = Tensor::<f64, (Const<4>, Const<5>, Const<4>, Const<4>, Const<4>)>::full(f64::NAN);
    einsum_into!(&mut got, "tfb,jtuf,jv->tvutb", &x0, &x1, x2);
    check(
        "case 313 (pairwise): tfb,jtuf,jv->tvutb",
        &got,
        &[4, 5, 4, 4, 4],
        &want,
        15,
    );
}

/// `cnnc,cn,nc->ghcn` on (Const<3>, Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>), (Const<3>, Bcast) -> (Const<2>, Const<1>, Const<3>, Const<3>)
fn case_314() {
    let mut rng = SeededRng::new(1314);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<6>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 1, 3, 2>();
    let want = oracle(
        "cnnc,cn,nc->ghcn",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[2, 1, 3, 3],
    );
    let mut got = Tensor::<f64, (Const<2>, Const<1>, Const<3>, Const<3>)>::full(f64::NAN);
    einsum_into!(&mut got, "cnnc,cn,nc->ghcn", &x0, x1, x2; broadcast = [g, h]);
    check(
        "case 314 (direct): cnnc,cn,nc->ghcn",
        &got,
        &[2, 1, 3, 3],
        &want,
        1,
    );
}

/// `...bv,...ity,...itv->t...bbv` on (Const<5>, Const<5>), (Const<5>, Const<4>, Const<4>, Const<5>), (Const<5>, Const<4>, Bcast, Const<5>) -> (Const<4>, Const<5>, Const<5>, Const<5>, Const<5>)
fn case_315() {
    let mut rng = SeededRng::new(1315);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...bv,...ity,...itv->t...bbv",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 5, 5, 5, 5],
    );
    let path = einsum_path!("...bv,...ity,...itv->t...bbv", x0, &x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 315 (pairwise): ...bv,...ity,...itv->t...bbv"
    );
    let mut got = Tensor::<f64, (Const<4>, Const<5>, Const<5>, Const<5>, Const<5>)>::full(f64::NAN);
    einsum_into!(&mut got, "...bv,...ity,...itv->t...bbv", x0, &x1, x2);
    check(
        "case 315 (pairwise): ...bv,...ity,...itv->t...bbv",
        &got,
        &[4, 5, 5, 5, 5],
        &want,
        20,
    );
}

/// `fo,i,ofi->oo` on (Const<3>, Const<4>), (Const<4>,), (Const<4>, Const<3>, Const<4>) -> (Const<4>, Const<4>)
fn case_316() {
    let mut rng = SeededRng::new(1316);
    let s0 = Tensor::<f64, (Const<3>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 1, 4, 1>();
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fo,i,ofi->oo",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[4, 4],
    );
    let path = einsum_path!("fo,i,ofi->oo", &x0, x1, &x2);
    assert!(path.is_direct(), "case 316 (direct): fo,i,ofi->oo");
    let mut got = Tensor::<f64, (Const<4>, Const<4>)>::full(f64::NAN);
    einsum_into!(&mut got, "fo,i,ofi->oo", &x0, x1, &x2);
    check("case 316 (direct): fo,i,ofi->oo", &got, &[4, 4], &want, 12);
}

/// `qyb,xyqe,qeyg,ibe->iebe` on (Const<5>, Const<5>, Const<5>), (Const<2>, Const<5>, Bcast, Const<2>), (Const<5>, Const<2>, Const<5>, Const<3>), (Const<3>, Const<5>, Const<2>) -> (Const<3>, Const<2>, Const<5>, Const<2>)
fn case_317() {
    let mut rng = SeededRng::new(1317);
    let x0 = Tensor::<f64, (Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>, Const<5>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<0>();
    let x2 = Tensor::<f64, (Const<5>, Const<2>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "qyb,xyqe,qeyg,ibe->iebe",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[3, 2, 5, 2],
    );
    let path = einsum_path!("qyb,xyqe,qeyg,ibe->iebe", &x0, x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 317 (pairwise): qyb,xyqe,qeyg,ibe->iebe"
    );
    let mut got = Tensor::<f64, (Const<3>, Const<2>, Const<5>, Const<2>)>::full(f64::NAN);
    einsum_into!(&mut got, "qyb,xyqe,qeyg,ibe->iebe", &x0, x1, &x2, x3);
    check(
        "case 317 (pairwise): qyb,xyqe,qeyg,ibe->iebe",
        &got,
        &[3, 2, 5, 2],
        &want,
        150,
    );
}

/// `fyy,fy,yff,f->yfz` on (Const<1>, Const<5>, Const<5>), (Const<1>, Const<5>), (Const<5>, Bcast, Bcast), (Const<1>,) -> (Const<5>, Const<1>, Const<2>)
fn case_318() {
    let mut rng = SeededRng::new(1318);
    let x0 = Tensor::<f64, (Const<1>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<1, 4, 5, -1>();
    let s2 = Tensor::<f64, (Const<5>, Bcast, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<0>();
    let s3 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let want = oracle(
        "fyy,fy,yff,f->yfz",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2.to_tensor()),
            flat(&x3.to_tensor()),
        ],
        &[5, 1, 2],
    );
    let mut got = Tensor::<f64, (Const<5>, Const<1>, Const<2>), H>::full(f64::NAN);
    einsum_into!(&mut got, "fyy,fy,yff,f->yfz", &x0, x1, &x2, x3; broadcast = [z]);
    check(
        "case 318 (direct): fyy,fy,yff,f->yfz",
        &got,
        &[5, 1, 2],
        &want,
        1,
    );
}

/// `mc,mX,mc,pkm->mYkc` on (Const<2>, Const<4>), (Const<2>, Const<3>), (Const<2>, Const<4>), (Const<5>, Const<5>, Const<2>) -> (Const<2>, Const<4>, Const<5>, Const<4>)
fn case_319() {
    let mut rng = SeededRng::new(1319);
    let x0 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "mc,mX,mc,pkm->mYkc",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2, 4, 5, 4],
    );
    let mut got = Tensor::<f64, (Const<2>, Const<4>, Const<5>, Const<4>), H>::full(f64::NAN);
    einsum_into!(&mut got, "mc,mX,mc,pkm->mYkc", x0, x1, &x2, x3; broadcast = [Y]);
    check(
        "case 319 (pairwise): mc,mX,mc,pkm->mYkc",
        &got,
        &[2, 4, 5, 4],
        &want,
        15,
    );
}

#[test]
fn cases_320_329() {
    run_cases(&[
        ("case_320", case_320),
        ("case_321", case_321),
        ("case_322", case_322),
        ("case_323", case_323),
        ("case_324", case_324),
        ("case_325", case_325),
        ("case_326", case_326),
        ("case_327", case_327),
        ("case_328", case_328),
        ("case_329", case_329),
    ]);
}

/// `xg->g` on (Const<5>, Const<2>) -> (Const<2>,)
fn case_320() {
    let mut rng = SeededRng::new(1320);
    let x0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("xg->g", &[flat(&x0)], &[2]);
    let path = einsum_path!("xg->g", &x0);
    assert!(path.is_direct(), "case 320 (direct): xg->g");
    let mut got = Tensor::<f64, (Const<2>,), H>::full(f64::NAN);
    einsum_into!(&mut got, "xg->g", &x0);
    check("case 320 (direct): xg->g", &got, &[2], &want, 5);
}

/// `ehmt,mt,ma,mui->am` on (Const<5>, Const<1>, Bcast, Bcast), (Const<5>, Const<5>), (Const<5>, Const<4>), (Const<5>, Const<4>, Const<2>) -> (Const<4>, Const<5>)
fn case_321() {
    let mut rng = SeededRng::new(1321);
    let x0 = Tensor::<f64, (Const<5>, Const<1>, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<7>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<0, 6, 5, -1>();
    let x2 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ehmt,mt,ma,mui->am",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[4, 5],
    );
    let path = einsum_path!("ehmt,mt,ma,mui->am", x0, &x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 321 (pairwise): ehmt,mt,ma,mui->am"
    );
    let mut got = Tensor::<f64, (Const<4>, Const<5>), H>::full(f64::NAN);
    einsum_into!(&mut got, "ehmt,mt,ma,mui->am", x0, &x1, &x2, x3);
    check(
        "case 321 (pairwise): ehmt,mt,ma,mui->am",
        &got,
        &[4, 5],
        &want,
        200,
    );
}

/// `...jxjx->i...j` on (Bcast, Bcast, Const<5>, Const<2>, Const<5>, Const<2>) -> (Const<1>, Bcast, Bcast, Const<5>)
fn case_322() {
    let mut rng = SeededRng::new(1322);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<5>, Const<2>, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle("...jxjx->i...j", &[flat(&x0)], &[1, 1, 1, 5]);
    let mut got = Tensor::<f64, (Const<1>, Bcast, Bcast, Const<5>), H>::full(f64::NAN);
    einsum_into!(&mut got, "...jxjx->i...j", x0; broadcast = [i]);
    check(
        "case 322 (direct): ...jxjx->i...j",
        &got,
        &[1, 1, 1, 5],
        &want,
        2,
    );
}

/// `slnq,alns,qsao,qwso->qosnq` on (Bcast, Const<4>, Const<3>, Const<2>), (Const<5>, Const<4>, Const<3>, Const<4>), (Const<2>, Const<4>, Const<5>, Const<5>), (Const<2>, Const<3>, Const<4>, Const<5>) -> (Const<2>, Const<5>, Const<4>, Const<3>, Const<2>)
fn case_323() {
    let mut rng = SeededRng::new(1323);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<3>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "slnq,alns,qsao,qwso->qosnq",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2, 5, 4, 3, 2],
    );
    let path = einsum_path!("slnq,alns,qsao,qwso->qosnq", x0, &x1, x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 323 (pairwise): slnq,alns,qsao,qwso->qosnq"
    );
    let mut got =
        Tensor::<f64, (Const<2>, Const<5>, Const<4>, Const<3>, Const<2>), H>::full(f64::NAN);
    einsum_into!(&mut got, "slnq,alns,qsao,qwso->qosnq", x0, &x1, x2, x3);
    check(
        "case 323 (pairwise): slnq,alns,qsao,qwso->qosnq",
        &got,
        &[2, 5, 4, 3, 2],
        &want,
        60,
    );
}

/// `QW->Wd` on (Const<2>, Bcast) -> (Bcast, Const<4>)
fn case_324() {
    let mut rng = SeededRng::new(1324);
    let x0 = Tensor::<f64, (Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("QW->Wd", &[flat(&x0)], &[1, 4]);
    let mut got = Tensor::<f64, (Bcast, Const<4>), H>::full(f64::NAN);
    einsum_into!(&mut got, "QW->Wd", &x0; broadcast = [d]);
    check("case 324 (direct): QW->Wd", &got, &[1, 4], &want, 2);
}

/// `...yzj,Cs...,sN...y` on (Const<5>, Const<2>, Const<4>, Const<4>, Const<2>), (Const<2>, Const<3>), (Const<3>, Const<2>, Const<5>, Bcast, Const<4>) -> (Const<5>, Const<2>, Const<2>, Const<2>, Const<2>, Const<4>)
fn case_325() {
    let mut rng = SeededRng::new(1325);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<4>, Const<4>, Const<2>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<2>, Const<5>, Bcast, Const<4>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...yzj,Cs...,sN...y",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 2, 2, 2, 2, 4],
    );
    let path = einsum_path!("...yzj,Cs...,sN...y", &x0, &x1, &x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 325 (pairwise): ...yzj,Cs...,sN...y"
    );
    let mut got =
        Tensor::<f64, (Const<5>, Const<2>, Const<2>, Const<2>, Const<2>, Const<4>)>::full(f64::NAN);
    einsum_into!(&mut got, "...yzj,Cs...,sN...y", &x0, &x1, &x2);
    check(
        "case 325 (pairwise): ...yzj,Cs...,sN...y",
        &got,
        &[5, 2, 2, 2, 2, 4],
        &want,
        12,
    );
}

/// `Mh,hMn->ng` on (Const<3>, Const<1>), (Bcast, Const<3>, Const<4>) -> (Const<4>, Const<1>)
fn case_326() {
    let mut rng = SeededRng::new(1326);
    let s0 = Tensor::<f64, (Const<3>, Const<1>), H>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let s1 = Tensor::<f64, (Bcast, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<2>();
    let want = oracle(
        "Mh,hMn->ng",
        &[flat(&x0.to_tensor()), flat(&x1.to_tensor())],
        &[4, 1],
    );
    let mut got = Tensor::<f64, (Const<4>, Const<1>)>::full(f64::NAN);
    einsum_into!(&mut got, "Mh,hMn->ng", x0, x1; broadcast = [g]);
    check("case 326 (direct): Mh,hMn->ng", &got, &[4, 1], &want, 3);
}

/// `...iep,...ejpi,...ej->...jbe` on (Const<1>, Const<4>, Const<5>, Bcast, Const<5>), (Const<3>, Bcast, Bcast, Const<5>), (Bcast, Const<4>, Const<3>, Const<4>) -> (Const<1>, Const<4>, Const<4>, Const<2>, Const<3>)
fn case_327() {
    let mut rng = SeededRng::new(1327);
    let x0 = Tensor::<f64, (Const<1>, Const<4>, Const<5>, Bcast, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s1 = Tensor::<f64, (Const<3>, Bcast, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<3>();
    let s2 = Tensor::<f64, (Bcast, Const<5>, Const<3>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<1, 1, 4, 1>();
    let want = oracle(
        "...iep,...ejpi,...ej->...jbe",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2.to_tensor())],
        &[1, 4, 4, 2, 3],
    );
    let mut got = Tensor::<f64, (Const<1>, Const<4>, Const<4>, Const<2>, Const<3>)>::full(f64::NAN);
    einsum_into!(&mut got, "...iep,...ejpi,...ej->...jbe", x0, &x1, &x2; broadcast = [b]);
    check(
        "case 327 (pairwise): ...iep,...ejpi,...ej->...jbe",
        &got,
        &[1, 4, 4, 2, 3],
        &want,
        25,
    );
}

/// `...h->...` on (Const<1>, Bcast, Const<2>) -> (Const<1>, Bcast)
fn case_328() {
    let mut rng = SeededRng::new(1328);
    let x0 = Tensor::<f64, (Const<1>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...h->...", &[flat(&x0)], &[1, 1]);
    let path = einsum_path!("...h->...", &x0);
    assert!(path.is_direct(), "case 328 (direct): ...h->...");
    let mut got = Tensor::<f64, (Const<1>, Bcast)>::full(f64::NAN);
    einsum_into!(&mut got, "...h->...", &x0);
    check("case 328 (direct): ...h->...", &got, &[1, 1], &want, 2);
}

/// `uvi,vnup,adn,adp->nd` on (Const<4>, Const<5>, Const<2>), (Const<5>, Const<4>, Const<4>, Const<4>), (Const<4>, Const<3>, Const<4>), (Const<4>, Const<3>, Const<4>) -> (Const<4>, Const<3>)
fn case_329() {
    let mut rng = SeededRng::new(1329);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "uvi,vnup,adn,adp->nd",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 3],
    );
    let path = einsum_path!("uvi,vnup,adn,adp->nd", &x0, x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 329 (pairwise): uvi,vnup,adn,adp->nd"
    );
    let mut got = Tensor::<f64, (Const<4>, Const<3>), H>::full(f64::NAN);
    einsum_into!(&mut got, "uvi,vnup,adn,adp->nd", &x0, x1, &x2, x3);
    check(
        "case 329 (pairwise): uvi,vnup,adn,adp->nd",
        &got,
        &[4, 3],
        &want,
        640,
    );
}

#[test]
fn cases_330_339() {
    run_cases(&[
        ("case_330", case_330),
        ("case_331", case_331),
        ("case_332", case_332),
        ("case_333", case_333),
        ("case_334", case_334),
        ("case_335", case_335),
        ("case_336", case_336),
        ("case_337", case_337),
        ("case_338", case_338),
        ("case_339", case_339),
    ]);
}

/// `F,FFFF->F` on (Const<3>,), (Const<3>, Const<3>, Const<3>, Const<3>) -> (Const<3>,)
fn case_330() {
    let mut rng = SeededRng::new(1330);
    let x0 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<4>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<1, 2, 3, -1>();
    let want = oracle("F,FFFF->F", &[flat(&x0), flat(&x1.to_tensor())], &[3]);
    let path = einsum_path!("F,FFFF->F", x0, x1);
    assert!(path.is_direct(), "case 330 (direct): F,FFFF->F");
    let mut got = Tensor::<f64, (Const<3>,)>::full(f64::NAN);
    einsum_into!(&mut got, "F,FFFF->F", x0, x1);
    check("case 330 (direct): F,FFFF->F", &got, &[3], &want, 1);
}

/// `fcs,quf,qucs,srg->qrusg` on (Const<2>, Const<5>, Const<2>), (Const<2>, Const<4>, Const<2>), (Const<2>, Const<4>, Const<5>, Const<2>), (Const<2>, Const<5>, Const<5>) -> (Const<2>, Const<5>, Const<4>, Const<2>, Const<5>)
fn case_331() {
    let mut rng = SeededRng::new(1331);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 =
        Tensor::<f64, (Const<2>, Const<4>, Const<5>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<2>, Const<5>, Const<10>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice_len::<2, 0, 5, 2>();
    let want = oracle(
        "fcs,quf,qucs,srg->qrusg",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[2, 5, 4, 2, 5],
    );
    let path = einsum_path!("fcs,quf,qucs,srg->qrusg", x0, x1, &x2, x3);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 331 (pairwise): fcs,quf,qucs,srg->qrusg"
    );
    let mut got =
        Tensor::<f64, (Const<2>, Const<5>, Const<4>, Const<2>, Const<5>), H>::full(f64::NAN);
    einsum_into!(&mut got, "fcs,quf,qucs,srg->qrusg", x0, x1, &x2, x3);
    check(
        "case 331 (pairwise): fcs,quf,qucs,srg->qrusg",
        &got,
        &[2, 5, 4, 2, 5],
        &want,
        10,
    );
}

/// `kan,gvja,tav->vta` on (Const<2>, Bcast, Const<4>), (Const<2>, Const<5>, Const<5>, Const<4>), (Const<2>, Bcast, Const<5>) -> (Const<5>, Const<2>, Const<4>)
fn case_332() {
    let mut rng = SeededRng::new(1332);
    let s0 = Tensor::<f64, (Const<2>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<2, 1, 4, 1>();
    let x1 = Tensor::<f64, (Const<2>, Const<5>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "kan,gvja,tav->vta",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[5, 2, 4],
    );
    let path = einsum_path!("kan,gvja,tav->vta", x0, &x1, &x2; order = [(1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 332 (pairwise): kan,gvja,tav->vta"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (0, 1)],
        "case 332 (pairwise): kan,gvja,tav->vta"
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<4>)> =
        einsum!("kan,gvja,tav->vta", x0, &x1, &x2; order = [(1, 2), (0, 1)]);
    check(
        "case 332 (pairwise): kan,gvja,tav->vta",
        &got,
        &[5, 2, 4],
        &want,
        80,
    );
}

/// `...mnd,m...,...mJ->...ndm` on (Const<5>, Const<3>, Const<3>, Const<5>, Const<5>), (Const<3>,), (Const<3>, Const<3>, Const<3>) -> (Const<5>, Const<3>, Const<5>, Const<5>, Const<3>)
fn case_333() {
    let mut rng = SeededRng::new(1333);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<3>, Const<5>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...mnd,m...,...mJ->...ndm",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[5, 3, 5, 5, 3],
    );
    let path = einsum_path!("...mnd,m...,...mJ->...ndm", x0, x1, &x2; order = [(0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 333 (pairwise): ...mnd,m...,...mJ->...ndm"
    );
    assert_eq!(
        path.steps(),
        &[(0, 1), (0, 1)],
        "case 333 (pairwise): ...mnd,m...,...mJ->...ndm"
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Const<5>, Const<5>, Const<3>), H> =
        einsum!("...mnd,m...,...mJ->...ndm", x0, x1, &x2; order = [(0, 1), (0, 1)]);
    check(
        "case 333 (pairwise): ...mnd,m...,...mJ->...ndm",
        &got,
        &[5, 3, 5, 5, 3],
        &want,
        3,
    );
}

/// `...p,...dskx,...di,i...pds->p...dx` on (Const<5>,), (Const<5>, Const<2>, Const<3>, Const<5>, Const<4>), (Const<5>, Const<2>, Const<3>), (Const<3>, Const<5>, Const<5>, Const<2>, Const<3>) -> (Const<5>, Const<5>, Const<2>, Const<4>)
fn case_334() {
    let mut rng = SeededRng::new(1334);
    let s0 = Tensor::<f64, (Const<6>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 1, 5, 1>();
    let x1 = Tensor::<f64, (Const<5>, Const<2>, Const<3>, Const<5>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s2 = Tensor::<f64, (Const<5>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<2, 0, 3, 2>();
    let x3 = Tensor::<f64, (Const<3>, Const<5>, Const<5>, Const<2>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...p,...dskx,...di,i...pds->p...dx",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[5, 5, 2, 4],
    );
    let path = einsum_path!("...p,...dskx,...di,i...pds->p...dx", x0, &x1, x2, x3; order = [(1, 2), (0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 334 (pairwise): ...p,...dskx,...di,i...pds->p...dx"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (0, 1), (0, 1)],
        "case 334 (pairwise): ...p,...dskx,...di,i...pds->p...dx"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<2>, Const<4>)> = einsum!("...p,...dskx,...di,i...pds->p...dx", x0, &x1, x2, x3; order = [(1, 2), (0, 1), (0, 1)]);
    check(
        "case 334 (pairwise): ...p,...dskx,...di,i...pds->p...dx",
        &got,
        &[5, 5, 2, 4],
        &want,
        45,
    );
}

/// `...rbln,...nb,...yr,by...,grbe...,...lrgz->...ynb` on (Const<1>, Const<1>, Const<2>, Const<4>, Const<4>, Const<3>), (Bcast, Const<4>), (Bcast, Const<1>, Const<2>), (Const<4>, Const<1>, Const<1>, Bcast), (Bcast, Const<2>, Const<4>, Const<5>, Bcast, Const<1>), (Const<1>, Const<1>, Const<4>, Const<2>, Const<2>, Const<3>) -> (Const<1>, Const<1>, Const<1>, Const<3>, Const<4>)
fn case_335() {
    let mut rng = SeededRng::new(1335);
    let s0 = Tensor::<f64, (Const<1>, Const<1>, Const<2>, Const<4>, Const<4>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x0 = s0.slice_len::<4, 3, 4, -1>();
    let x1 = Tensor::<f64, (Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<4>, Const<1>, Const<1>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let x4 = Tensor::<f64, (Bcast, Const<2>, Const<4>, Const<5>, Bcast, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x5 = Tensor::<f64, (Const<1>, Const<1>, Const<4>, Const<2>, Const<2>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...rbln,...nb,...yr,by...,grbe...,...lrgz->...ynb",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4),
            flat(&x5),
        ],
        &[1, 1, 1, 3, 4],
    );
    let path = einsum_path!("...rbln,...nb,...yr,by...,grbe...,...lrgz->...ynb", x0, &x1, x2, x3, x4, &x5; order = [(1, 3), (0, 2), (0, 2), (1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 335 (pairwise): ...rbln,...nb,...yr,by...,grbe...,...lrgz->...ynb"
    );
    assert_eq!(
        path.steps(),
        &[(1, 3), (0, 2), (0, 2), (1, 2), (0, 1)],
        "case 335 (pairwise): ...rbln,...nb,...yr,by...,grbe...,...lrgz->...ynb"
    );
    let got: Tensor<f64, (Const<1>, Const<1>, Const<1>, Const<3>, Const<4>)> = einsum!("...rbln,...nb,...yr,by...,grbe...,...lrgz->...ynb", x0, &x1, x2, x3, x4, &x5; order = [(1, 3), (0, 2), (0, 2), (1, 2), (0, 1)]);
    check(
        "case 335 (pairwise): ...rbln,...nb,...yr,by...,grbe...,...lrgz->...ynb",
        &got,
        &[1, 1, 1, 3, 4],
        &want,
        240,
    );
}

/// `htz...u,...zhct,...chi,...zhu` on (Const<3>, Const<4>, Const<5>, Const<3>, Bcast, Const<4>), (Const<5>, Const<3>, Const<1>, Const<4>), (Const<3>, Const<1>, Bcast, Const<3>, Const<3>), (Const<3>, Const<1>, Const<5>, Const<3>, Const<4>) -> (Const<3>, Const<1>, Const<3>)
fn case_336() {
    let mut rng = SeededRng::new(1336);
    let x0 = Tensor::<f64, (Const<3>, Const<4>, Const<5>, Const<3>, Bcast, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<1>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<1>, Bcast, Const<3>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<3>, Const<1>, Const<5>, Const<3>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "htz...u,...zhct,...chi,...zhu",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 1, 3],
    );
    let path = einsum_path!("htz...u,...zhct,...chi,...zhu", &x0, &x1, &x2, &x3; order = [(0, 1), (0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 336 (pairwise): htz...u,...zhct,...chi,...zhu"
    );
    assert_eq!(
        path.steps(),
        &[(0, 1), (0, 1), (0, 1)],
        "case 336 (pairwise): htz...u,...zhct,...chi,...zhu"
    );
    let got: Tensor<f64, (Const<3>, Const<1>, Const<3>)> = einsum!("htz...u,...zhct,...chi,...zhu", &x0, &x1, &x2, &x3; order = [(0, 1), (0, 1), (0, 1)]);
    check(
        "case 336 (pairwise): htz...u,...zhct,...chi,...zhu",
        &got,
        &[3, 1, 3],
        &want,
        240,
    );
}

/// `YY,qjy,my,jyiJ->mYj` on (Const<4>, Const<4>), (Const<2>, Const<3>, Const<5>), (Const<5>, Bcast), (Bcast, Const<5>, Const<5>, Const<4>) -> (Const<5>, Const<4>, Const<3>)
fn case_337() {
    let mut rng = SeededRng::new(1337);
    let s0 = Tensor::<f64, (Const<6>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 1, 4, 1>();
    let x1 = Tensor::<f64, (Const<2>, Const<3>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Bcast, Const<5>, Const<5>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "YY,qjy,my,jyiJ->mYj",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 4, 3],
    );
    let path =
        einsum_path!("YY,qjy,my,jyiJ->mYj", x0, x1, x2, &x3; order = [(1, 2), (1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 337 (pairwise): YY,qjy,my,jyiJ->mYj"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (1, 2), (0, 1)],
        "case 337 (pairwise): YY,qjy,my,jyiJ->mYj"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<3>), H> =
        einsum!("YY,qjy,my,jyiJ->mYj", x0, x1, x2, &x3; order = [(1, 2), (1, 2), (0, 1)]);
    check(
        "case 337 (pairwise): YY,qjy,my,jyiJ->mYj",
        &got,
        &[5, 4, 3],
        &want,
        200,
    );
}

/// `kxq,qv,,vk,uka->uvk` on (Bcast, Const<3>, Const<4>), (Const<4>, Const<5>), (), (Const<5>, Bcast), (Const<4>, Const<5>, Const<3>) -> (Const<4>, Const<5>, Const<5>)
fn case_338() {
    let mut rng = SeededRng::new(1338);
    let s0 = Tensor::<f64, (Bcast, Const<3>, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<2, 0, 4, 1>();
    let x1 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "kxq,qv,,vk,uka->uvk",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
        ],
        &[4, 5, 5],
    );
    let path = einsum_path!("kxq,qv,,vk,uka->uvk", &x0, &x1, &x2, x3, &x4; order = [(3, 4), (0, 3), (0, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 338 (pairwise): kxq,qv,,vk,uka->uvk"
    );
    assert_eq!(
        path.steps(),
        &[(3, 4), (0, 3), (0, 2), (0, 1)],
        "case 338 (pairwise): kxq,qv,,vk,uka->uvk"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<5>)> = einsum!("kxq,qv,,vk,uka->uvk", &x0, &x1, &x2, x3, &x4; order = [(3, 4), (0, 3), (0, 2), (0, 1)]);
    check(
        "case 338 (pairwise): kxq,qv,,vk,uka->uvk",
        &got,
        &[4, 5, 5],
        &want,
        36,
    );
}

/// `uplv,dtl,utw->dv` on (Bcast, Const<3>, Bcast, Const<5>), (Bcast, Const<5>, Const<3>), (Const<4>, Const<5>, Const<4>) -> (Bcast, Const<5>)
fn case_339() {
    let mut rng = SeededRng::new(1339);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "uplv,dtl,utw->dv",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[1, 5],
    );
    let path = einsum_path!("uplv,dtl,utw->dv", &x0, x1, &x2; order = [(0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 339 (pairwise): uplv,dtl,utw->dv"
    );
    assert_eq!(
        path.steps(),
        &[(0, 1), (0, 1)],
        "case 339 (pairwise): uplv,dtl,utw->dv"
    );
    let got: Tensor<f64, (Bcast, Const<5>)> =
        einsum!("uplv,dtl,utw->dv", &x0, x1, &x2; order = [(0, 1), (0, 1)]);
    check(
        "case 339 (pairwise): uplv,dtl,utw->dv",
        &got,
        &[1, 5],
        &want,
        720,
    );
}

#[test]
fn cases_340_349() {
    run_cases(&[
        ("case_340", case_340),
        ("case_341", case_341),
        ("case_342", case_342),
        ("case_343", case_343),
        ("case_344", case_344),
        ("case_345", case_345),
        ("case_346", case_346),
        ("case_347", case_347),
        ("case_348", case_348),
        ("case_349", case_349),
    ]);
}

/// `ibno,nyo,brng->nirbyo` on (Const<4>, Const<4>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>), (Const<4>, Const<3>, Const<3>, Const<2>) -> (Const<3>, Const<4>, Const<3>, Const<4>, Const<3>, Const<3>)
fn case_340() {
    let mut rng = SeededRng::new(1340);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 =
        Tensor::<f64, (Const<4>, Const<3>, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ibno,nyo,brng->nirbyo",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[3, 4, 3, 4, 3, 3],
    );
    let path = einsum_path!("ibno,nyo,brng->nirbyo", x0, x1, &x2; order = [(1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 340 (pairwise): ibno,nyo,brng->nirbyo"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (0, 1)],
        "case 340 (pairwise): ibno,nyo,brng->nirbyo"
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<3>, Const<4>, Const<3>, Const<3>), H> =
        einsum!("ibno,nyo,brng->nirbyo", x0, x1, &x2; order = [(1, 2), (0, 1)]);
    check(
        "case 340 (pairwise): ibno,nyo,brng->nirbyo",
        &got,
        &[3, 4, 3, 4, 3, 3],
        &want,
        2,
    );
}

/// `...wrsz,...sr,...,...w,r...,...zws->...z` on (Const<4>, Const<3>, Const<4>, Const<4>), (Const<3>, Const<4>, Const<4>, Const<3>), (Const<4>,), (Const<4>, Const<4>), (Const<3>,), (Const<3>, Bcast, Const<4>, Const<4>, Const<4>) -> (Const<3>, Const<4>, Const<4>)
fn case_341() {
    let mut rng = SeededRng::new(1341);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<6>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 1, 4, 1>();
    let s3 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view().flip::<1>();
    let x4 = Tensor::<f64, (Const<3>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<3>, Bcast, Const<4>, Const<4>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...wrsz,...sr,...,...w,r...,...zws->...z",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3.to_tensor()),
            flat(&x4),
            flat(&x5),
        ],
        &[3, 4, 4],
    );
    let path = einsum_path!("...wrsz,...sr,...,...w,r...,...zws->...z", &x0, x1, x2, x3, &x4, &x5; order = [(0, 5), (3, 4), (2, 3), (0, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 341 (pairwise): ...wrsz,...sr,...,...w,r...,...zws->...z"
    );
    assert_eq!(
        path.steps(),
        &[(0, 5), (3, 4), (2, 3), (0, 2), (0, 1)],
        "case 341 (pairwise): ...wrsz,...sr,...,...w,r...,...zws->...z"
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<4>), H> = einsum!("...wrsz,...sr,...,...w,r...,...zws->...z", &x0, x1, x2, x3, &x4, &x5; order = [(0, 5), (3, 4), (2, 3), (0, 2), (0, 1)]);
    check(
        "case 341 (pairwise): ...wrsz,...sr,...,...w,r...,...zws->...z",
        &got,
        &[3, 4, 4],
        &want,
        48,
    );
}

/// `...khm,hkc...g,...cg,...cm,...mkc->...cm` on (Const<3>, Const<1>, Const<2>, Const<2>, Const<4>), (Const<2>, Const<2>, Const<5>, Const<1>, Const<4>), (Const<4>, Const<3>, Bcast, Const<5>, Const<4>), (Const<5>, Const<4>), (Const<4>, Const<2>, Const<5>) -> (Const<4>, Const<3>, Const<1>, Const<5>, Const<4>)
fn case_342() {
    let mut rng = SeededRng::new(1342);
    let x0 = Tensor::<f64, (Const<3>, Const<1>, Const<2>, Const<2>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Const<5>, Const<1>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<4>, Const<3>, Bcast, Const<5>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<4>, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...khm,hkc...g,...cg,...cm,...mkc->...cm",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3), flat(&x4)],
        &[4, 3, 1, 5, 4],
    );
    let path = einsum_path!("...khm,hkc...g,...cg,...cm,...mkc->...cm", &x0, &x1, &x2, x3, &x4; order = [(1, 4), (0, 1), (0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 342 (pairwise): ...khm,hkc...g,...cg,...cm,...mkc->...cm"
    );
    assert_eq!(
        path.steps(),
        &[(1, 4), (0, 1), (0, 1), (0, 1)],
        "case 342 (pairwise): ...khm,hkc...g,...cg,...cm,...mkc->...cm"
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<1>, Const<5>, Const<4>), H> = einsum!("...khm,hkc...g,...cg,...cm,...mkc->...cm", &x0, &x1, &x2, x3, &x4; order = [(1, 4), (0, 1), (0, 1), (0, 1)]);
    check(
        "case 342 (pairwise): ...khm,hkc...g,...cg,...cm,...mkc->...cm",
        &got,
        &[4, 3, 1, 5, 4],
        &want,
        16,
    );
}

/// `ud,tgu,udhl,up,,up,dnu,->lthg` on (Bcast, Const<4>), (Const<2>, Bcast, Const<2>), (Bcast, Bcast, Const<3>, Const<2>), (Bcast, Const<5>), (), (Const<2>, Bcast), (Bcast, Const<5>, Const<2>), () -> (Const<2>, Const<2>, Const<3>, Bcast)
fn case_343() {
    let mut rng = SeededRng::new(1343);
    let x0 = Tensor::<f64, (Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Bcast, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Bcast, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (), H>::uniform(&mut rng, -1.0, 1.0);
    let s5 = Tensor::<f64, (Const<2>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.slice_len::<0, 1, 2, -1>();
    let x6 = Tensor::<f64, (Bcast, Const<5>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x7 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ud,tgu,udhl,up,,up,dnu,->lthg",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5.to_tensor()),
            flat(&x6),
            flat(&x7),
        ],
        &[2, 2, 3, 1],
    );
    let path = einsum_path!("ud,tgu,udhl,up,,up,dnu,->lthg", &x0, x1, x2, x3, &x4, x5, x6, &x7; order = [(2, 5), (2, 5), (1, 3), (1, 4), (0, 2), (0, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 343 (pairwise): ud,tgu,udhl,up,,up,dnu,->lthg"
    );
    assert_eq!(
        path.steps(),
        &[(2, 5), (2, 5), (1, 3), (1, 4), (0, 2), (0, 2), (0, 1)],
        "case 343 (pairwise): ud,tgu,udhl,up,,up,dnu,->lthg"
    );
    let got: Tensor<f64, (Const<2>, Const<2>, Const<3>, Bcast), H> = einsum!("ud,tgu,udhl,up,,up,dnu,->lthg", &x0, x1, x2, x3, &x4, x5, x6, &x7; order = [(2, 5), (2, 5), (1, 3), (1, 4), (0, 2), (0, 2), (0, 1)]);
    check(
        "case 343 (pairwise): ud,tgu,udhl,up,,up,dnu,->lthg",
        &got,
        &[2, 2, 3, 1],
        &want,
        200,
    );
}

/// `amif,,zam,fzt->fami` on (Bcast, Const<4>, Const<5>, Const<4>), (), (Const<4>, Const<5>, Const<4>), (Const<4>, Const<4>, Const<2>) -> (Const<4>, Const<5>, Const<4>, Const<5>)
fn case_344() {
    let mut rng = SeededRng::new(1344);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (), H>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>, Const<7>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<1, 1, 5, 1>();
    let x3 = Tensor::<f64, (Const<4>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "amif,,zam,fzt->fami",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[4, 5, 4, 5],
    );
    let path =
        einsum_path!("amif,,zam,fzt->fami", &x0, &x1, x2, x3; order = [(0, 1), (1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 344 (pairwise): amif,,zam,fzt->fami"
    );
    assert_eq!(
        path.steps(),
        &[(0, 1), (1, 2), (0, 1)],
        "case 344 (pairwise): amif,,zam,fzt->fami"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<4>, Const<5>), H> =
        einsum!("amif,,zam,fzt->fami", &x0, &x1, x2, x3; order = [(0, 1), (1, 2), (0, 1)]);
    check(
        "case 344 (pairwise): amif,,zam,fzt->fami",
        &got,
        &[4, 5, 4, 5],
        &want,
        8,
    );
}

/// `mkc,ejpc,ejmu->kcp` on (Const<3>, Const<4>, Const<5>), (Const<4>, Const<3>, Const<5>, Bcast), (Const<4>, Const<3>, Const<3>, Const<3>) -> (Const<4>, Const<5>, Const<5>)
fn case_345() {
    let mut rng = SeededRng::new(1345);
    let x0 = Tensor::<f64, (Const<3>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>, Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>, Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<3, 0, 3, 2>();
    let want = oracle(
        "mkc,ejpc,ejmu->kcp",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[4, 5, 5],
    );
    let path = einsum_path!("mkc,ejpc,ejmu->kcp", &x0, x1, x2; order = [(0, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 345 (pairwise): mkc,ejpc,ejmu->kcp"
    );
    assert_eq!(
        path.steps(),
        &[(0, 2), (0, 1)],
        "case 345 (pairwise): mkc,ejpc,ejmu->kcp"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<5>)> =
        einsum!("mkc,ejpc,ejmu->kcp", &x0, x1, x2; order = [(0, 2), (0, 1)]);
    check(
        "case 345 (pairwise): mkc,ejpc,ejmu->kcp",
        &got,
        &[4, 5, 5],
        &want,
        108,
    );
}

/// `X...pi,...h,...h->...h` on (Const<5>, Const<4>, Bcast), (Const<5>, Const<5>, Const<4>), (Const<5>, Bcast, Const<5>, Const<4>) -> (Const<5>, Const<5>, Const<5>, Const<4>)
fn case_346() {
    let mut rng = SeededRng::new(1346);
    let x0 = Tensor::<f64, (Const<5>, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Bcast, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<0>();
    let want = oracle(
        "X...pi,...h,...h->...h",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[5, 5, 5, 4],
    );
    let path = einsum_path!("X...pi,...h,...h->...h", x0, &x1, x2; order = [(1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 346 (pairwise): X...pi,...h,...h->...h"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (0, 1)],
        "case 346 (pairwise): X...pi,...h,...h->...h"
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<5>, Const<4>)> =
        einsum!("X...pi,...h,...h->...h", x0, &x1, x2; order = [(1, 2), (0, 1)]);
    check(
        "case 346 (pairwise): X...pi,...h,...h->...h",
        &got,
        &[5, 5, 5, 4],
        &want,
        20,
    );
}

/// `xoj,jx,sj,oj,tnex,n,sn,es->xns` on (Bcast, Const<4>, Const<4>), (Const<4>, Bcast), (Const<5>, Const<4>), (Const<4>, Const<4>), (Const<5>, Const<3>, Const<4>, Const<1>), (Const<3>,), (Const<5>, Const<3>), (Const<4>, Const<5>) -> (Const<1>, Const<3>, Const<5>)
fn case_347() {
    let mut rng = SeededRng::new(1347);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<0>();
    let s2 = Tensor::<f64, (Const<5>, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<1, 4, 4, -1>();
    let x3 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<5>, Const<3>, Const<4>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let s6 = Tensor::<f64, (Const<7>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x6 = s6.slice_len::<0, 1, 5, 1>();
    let x7 = Tensor::<f64, (Const<4>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "xoj,jx,sj,oj,tnex,n,sn,es->xns",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4),
            flat(&x5),
            flat(&x6.to_tensor()),
            flat(&x7),
        ],
        &[1, 3, 5],
    );
    let path = einsum_path!("xoj,jx,sj,oj,tnex,n,sn,es->xns", x0, x1, x2, x3, x4, &x5, x6, &x7; order = [(0, 4), (0, 5), (0, 5), (0, 3), (1, 2), (0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 347 (pairwise): xoj,jx,sj,oj,tnex,n,sn,es->xns"
    );
    assert_eq!(
        path.steps(),
        &[(0, 4), (0, 5), (0, 5), (0, 3), (1, 2), (0, 1), (0, 1)],
        "case 347 (pairwise): xoj,jx,sj,oj,tnex,n,sn,es->xns"
    );
    let got: Tensor<f64, (Const<1>, Const<3>, Const<5>), H> = einsum!("xoj,jx,sj,oj,tnex,n,sn,es->xns", x0, x1, x2, x3, x4, &x5, x6, &x7; order = [(0, 4), (0, 5), (0, 5), (0, 3), (1, 2), (0, 1), (0, 1)]);
    check(
        "case 347 (pairwise): xoj,jx,sj,oj,tnex,n,sn,es->xns",
        &got,
        &[1, 3, 5],
        &want,
        320,
    );
}

/// `wgm,pw,mxuw->p` on (Const<5>, Const<3>, Const<4>), (Const<5>, Const<5>), (Const<4>, Const<4>, Const<3>, Const<5>) -> (Const<5>,)
fn case_348() {
    let mut rng = SeededRng::new(1348);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<4>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("wgm,pw,mxuw->p", &[flat(&x0), flat(&x1), flat(&x2)], &[5]);
    let path = einsum_path!("wgm,pw,mxuw->p", &x0, &x1, &x2; order = [(1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 348 (pairwise): wgm,pw,mxuw->p"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (0, 1)],
        "case 348 (pairwise): wgm,pw,mxuw->p"
    );
    let got: Tensor<f64, (Const<5>,)> =
        einsum!("wgm,pw,mxuw->p", &x0, &x1, &x2; order = [(1, 2), (0, 1)]);
    check(
        "case 348 (pairwise): wgm,pw,mxuw->p",
        &got,
        &[5],
        &want,
        720,
    );
}

/// `mr,vDm,wkmD->wvD` on (Const<5>, Const<2>), (Const<3>, Const<5>, Const<5>), (Const<5>, Const<3>, Const<5>, Const<5>) -> (Const<5>, Const<3>, Const<5>)
fn case_349() {
    let mut rng = SeededRng::new(1349);
    let x0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 =
        Tensor::<f64, (Const<5>, Const<3>, Const<5>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "mr,vDm,wkmD->wvD",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 3, 5],
    );
    let path = einsum_path!("mr,vDm,wkmD->wvD", &x0, x1, x2; order = [(0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 349 (pairwise): mr,vDm,wkmD->wvD"
    );
    assert_eq!(
        path.steps(),
        &[(0, 1), (0, 1)],
        "case 349 (pairwise): mr,vDm,wkmD->wvD"
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Const<5>), H> =
        einsum!("mr,vDm,wkmD->wvD", &x0, x1, x2; order = [(0, 1), (0, 1)]);
    check(
        "case 349 (pairwise): mr,vDm,wkmD->wvD",
        &got,
        &[5, 3, 5],
        &want,
        30,
    );
}

#[test]
fn cases_350_359() {
    run_cases(&[
        ("case_350", case_350),
        ("case_351", case_351),
        ("case_352", case_352),
        ("case_353", case_353),
        ("case_354", case_354),
        ("case_355", case_355),
        ("case_356", case_356),
        ("case_357", case_357),
        ("case_358", case_358),
        ("case_359", case_359),
    ]);
}

/// `n...kx,...EoDx,...nD->...Dnkx` on (Const<3>, Const<4>, Const<5>, Const<5>), (Const<4>, Const<2>, Const<5>, Const<5>, Const<5>), (Const<3>, Const<5>) -> (Const<4>, Const<5>, Const<3>, Const<5>, Const<5>)
fn case_350() {
    let mut rng = SeededRng::new(1350);
    let s0 = Tensor::<f64, (Const<3>, Const<7>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 0, 4, 2>();
    let x1 = Tensor::<f64, (Const<4>, Const<2>, Const<5>, Const<5>, Const<5>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<3>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "n...kx,...EoDx,...nD->...Dnkx",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[4, 5, 3, 5, 5],
    );
    let path = einsum_path!("n...kx,...EoDx,...nD->...Dnkx", x0, &x1, x2; order = [(1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 350 (pairwise): n...kx,...EoDx,...nD->...Dnkx"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (0, 1)],
        "case 350 (pairwise): n...kx,...EoDx,...nD->...Dnkx"
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<3>, Const<5>, Const<5>), H> =
        einsum!("n...kx,...EoDx,...nD->...Dnkx", x0, &x1, x2; order = [(1, 2), (0, 1)]);
    check(
        "case 350 (pairwise): n...kx,...EoDx,...nD->...Dnkx",
        &got,
        &[4, 5, 3, 5, 5],
        &want,
        10,
    );
}

/// `ukl,bkd,lk,lc->bcud` on (Const<5>, Const<5>, Bcast), (Const<4>, Bcast, Const<5>), (Const<5>, Const<5>), (Const<5>, Const<3>) -> (Const<4>, Const<3>, Const<5>, Const<5>)
fn case_351() {
    let mut rng = SeededRng::new(1351);
    let x0 = Tensor::<f64, (Const<5>, Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Bcast, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ukl,bkd,lk,lc->bcud",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 3, 5, 5],
    );
    let path =
        einsum_path!("ukl,bkd,lk,lc->bcud", &x0, &x1, x2, &x3; order = [(2, 3), (0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 351 (pairwise): ukl,bkd,lk,lc->bcud"
    );
    assert_eq!(
        path.steps(),
        &[(2, 3), (0, 1), (0, 1)],
        "case 351 (pairwise): ukl,bkd,lk,lc->bcud"
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<5>, Const<5>), H> =
        einsum!("ukl,bkd,lk,lc->bcud", &x0, &x1, x2, &x3; order = [(2, 3), (0, 1), (0, 1)]);
    check(
        "case 351 (pairwise): ukl,bkd,lk,lc->bcud",
        &got,
        &[4, 3, 5, 5],
        &want,
        25,
    );
}

/// `wwdx,wxr,mtrz,mxd->ztw` on (Bcast, Bcast, Bcast, Const<5>), (Const<2>, Const<5>, Bcast), (Bcast, Const<3>, Const<4>, Const<3>), (Const<5>, Const<5>, Const<3>) -> (Const<3>, Const<3>, Const<2>)
fn case_352() {
    let mut rng = SeededRng::new(1352);
    let x0 = Tensor::<f64, (Bcast, Bcast, Bcast, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<5>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<3>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "wwdx,wxr,mtrz,mxd->ztw",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 3, 2],
    );
    let path = einsum_path!("wwdx,wxr,mtrz,mxd->ztw", &x0, &x1, &x2, &x3; order = [(0, 2), (0, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 352 (pairwise): wwdx,wxr,mtrz,mxd->ztw"
    );
    assert_eq!(
        path.steps(),
        &[(0, 2), (0, 2), (0, 1)],
        "case 352 (pairwise): wwdx,wxr,mtrz,mxd->ztw"
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<2>), H> =
        einsum!("wwdx,wxr,mtrz,mxd->ztw", &x0, &x1, &x2, &x3; order = [(0, 2), (0, 2), (0, 1)]);
    check(
        "case 352 (pairwise): wwdx,wxr,mtrz,mxd->ztw",
        &got,
        &[3, 3, 2],
        &want,
        300,
    );
}

/// `rqd,dojg,jm->grj` on (Const<2>, Bcast, Bcast), (Const<3>, Const<5>, Bcast, Const<5>), (Const<5>, Const<4>) -> (Const<5>, Const<2>, Const<5>)
fn case_353() {
    let mut rng = SeededRng::new(1353);
    let x0 = Tensor::<f64, (Const<2>, Bcast, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<6>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<0, 1, 5, 1>();
    let want = oracle(
        "rqd,dojg,jm->grj",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[5, 2, 5],
    );
    let path = einsum_path!("rqd,dojg,jm->grj", x0, x1, x2; order = [(1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 353 (pairwise): rqd,dojg,jm->grj"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (0, 1)],
        "case 353 (pairwise): rqd,dojg,jm->grj"
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<5>), H> =
        einsum!("rqd,dojg,jm->grj", x0, x1, x2; order = [(1, 2), (0, 1)]);
    check(
        "case 353 (pairwise): rqd,dojg,jm->grj",
        &got,
        &[5, 2, 5],
        &want,
        60,
    );
}

/// `zazZ,qa,qjr,zqai,diaq->adqir` on (Const<4>, Const<5>, Const<4>, Const<3>), (Const<2>, Const<5>), (Const<2>, Const<4>, Const<2>), (Const<4>, Const<2>, Const<5>, Const<2>), (Const<2>, Const<2>, Const<5>, Const<2>) -> (Const<5>, Const<2>, Const<2>, Const<2>, Const<2>)
fn case_354() {
    let mut rng = SeededRng::new(1354);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<2>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x4 =
        Tensor::<f64, (Const<2>, Const<2>, Const<5>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zazZ,qa,qjr,zqai,diaq->adqir",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3), flat(&x4)],
        &[5, 2, 2, 2, 2],
    );
    let path = einsum_path!("zazZ,qa,qjr,zqai,diaq->adqir", &x0, &x1, x2, x3, &x4; order = [(1, 2), (2, 3), (0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 354 (pairwise): zazZ,qa,qjr,zqai,diaq->adqir"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (2, 3), (0, 1), (0, 1)],
        "case 354 (pairwise): zazZ,qa,qjr,zqai,diaq->adqir"
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<2>, Const<2>, Const<2>), H> = einsum!("zazZ,qa,qjr,zqai,diaq->adqir", &x0, &x1, x2, x3, &x4; order = [(1, 2), (2, 3), (0, 1), (0, 1)]);
    check(
        "case 354 (pairwise): zazZ,qa,qjr,zqai,diaq->adqir",
        &got,
        &[5, 2, 2, 2, 2],
        &want,
        48,
    );
}

/// `...hvlu,...uq,vqw...u->lwu...h` on (Bcast, Const<3>, Const<5>, Const<4>, Const<4>, Const<5>), (Bcast, Const<3>, Const<5>, Const<3>), (Const<4>, Const<3>, Const<3>, Bcast, Const<3>, Const<5>) -> (Const<4>, Const<3>, Const<5>, Bcast, Const<3>, Const<5>)
fn case_355() {
    let mut rng = SeededRng::new(1355);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Const<5>, Const<4>, Const<4>, Const<5>), H>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Bcast, Const<3>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<3>, Const<3>, Bcast, Const<3>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...hvlu,...uq,vqw...u->lwu...h",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 3, 5, 1, 3, 5],
    );
    let path =
        einsum_path!("...hvlu,...uq,vqw...u->lwu...h", &x0, x1, &x2; order = [(1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 355 (pairwise): ...hvlu,...uq,vqw...u->lwu...h"
    );
    assert_eq!(
        path.steps(),
        &[(1, 2), (0, 1)],
        "case 355 (pairwise): ...hvlu,...uq,vqw...u->lwu...h"
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<5>, Bcast, Const<3>, Const<5>), H> =
        einsum!("...hvlu,...uq,vqw...u->lwu...h", &x0, x1, &x2; order = [(1, 2), (0, 1)]);
    check(
        "case 355 (pairwise): ...hvlu,...uq,vqw...u->lwu...h",
        &got,
        &[4, 3, 5, 1, 3, 5],
        &want,
        12,
    );
}

/// `...vwab,ewb...D,aD...ev,...bvDa,...a,...Da,De...,D...we->...ae` on (Const<5>, Const<4>, Const<5>, Const<2>, Const<2>, Const<4>), (Const<3>, Const<2>, Const<4>, Const<3>), (Const<2>, Const<3>, Const<3>, Const<5>), (Const<4>, Const<4>, Const<5>, Const<3>, Const<2>), (Const<4>, Const<2>), (Const<5>, Const<4>, Const<3>, Const<2>), (Const<3>, Const<3>), (Const<3>, Const<5>, Const<4>, Const<2>, Const<3>) -> (Const<5>, Const<4>, Const<2>, Const<3>)
fn case_356() {
    let mut rng = SeededRng::new(1356);
    let x0 = Tensor::<f64, (Const<5>, Const<4>, Const<5>, Const<2>, Const<2>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<3>, Const<2>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<4>, Const<5>, Const<3>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x4 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 =
        Tensor::<f64, (Const<5>, Const<4>, Const<3>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x7 = Tensor::<f64, (Const<3>, Const<5>, Const<4>, Const<2>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...vwab,ewb...D,aD...ev,...bvDa,...a,...Da,De...,D...we->...ae",
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
        &[5, 4, 2, 3],
    );
    let path = einsum_path!("...vwab,ewb...D,aD...ev,...bvDa,...a,...Da,De...,D...we->...ae", x0, &x1, x2, &x3, &x4, &x5, &x6, &x7; order = [(0, 6), (0, 4), (1, 2), (3, 4), (2, 3), (1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 356 (pairwise): ...vwab,ewb...D,aD...ev,...bvDa,...a,...Da,De...,D...we->...ae"
    );
    assert_eq!(
        path.steps(),
        &[(0, 6), (0, 4), (1, 2), (3, 4), (2, 3), (1, 2), (0, 1)],
        "case 356 (pairwise): ...vwab,ewb...D,aD...ev,...bvDa,...a,...Da,De...,D...we->...ae"
    );
    let got: Tensor<f64, (Const<5>, Const<4>, Const<2>, Const<3>), H> = einsum!("...vwab,ewb...D,aD...ev,...bvDa,...a,...Da,De...,D...we->...ae", x0, &x1, x2, &x3, &x4, &x5, &x6, &x7; order = [(0, 6), (0, 4), (1, 2), (3, 4), (2, 3), (1, 2), (0, 1)]);
    check(
        "case 356 (pairwise): ...vwab,ewb...D,aD...ev,...bvDa,...a,...Da,De...,D...we->...ae",
        &got,
        &[5, 4, 2, 3],
        &want,
        120,
    );
}

/// `fpin,naix,aip,nxa->ai` on (Const<2>, Bcast, Bcast, Const<5>), (Const<5>, Const<3>, Const<4>, Const<5>), (Bcast, Const<4>, Const<4>), (Bcast, Const<5>, Const<3>) -> (Const<3>, Const<4>)
fn case_357() {
    let mut rng = SeededRng::new(1357);
    let s0 = Tensor::<f64, (Const<4>, Bcast, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<0, 3, 2, -1>();
    let s1 = Tensor::<f64, (Const<5>, Const<3>, Const<8>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<2, 1, 4, 2>();
    let s2 = Tensor::<f64, (Bcast, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let x3 = Tensor::<f64, (Bcast, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fpin,naix,aip,nxa->ai",
        &[
            flat(&x0.to_tensor()),
            flat(&x1.to_tensor()),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[3, 4],
    );
    let path =
        einsum_path!("fpin,naix,aip,nxa->ai", x0, &x1, x2, &x3; order = [(0, 3), (0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 357 (pairwise): fpin,naix,aip,nxa->ai"
    );
    assert_eq!(
        path.steps(),
        &[(0, 3), (0, 1), (0, 1)],
        "case 357 (pairwise): fpin,naix,aip,nxa->ai"
    );
    let got: Tensor<f64, (Const<3>, Const<4>)> =
        einsum!("fpin,naix,aip,nxa->ai", x0, &x1, x2, &x3; order = [(0, 3), (0, 1), (0, 1)]);
    check(
        "case 357 (pairwise): fpin,naix,aip,nxa->ai",
        &got,
        &[3, 4],
        &want,
        200,
    );
}

/// `nq,qwh,hnqr,,mqh,g,quug,g->g` on (Bcast, Const<5>), (Const<5>, Bcast, Const<3>), (Const<3>, Const<4>, Const<5>, Const<2>), (), (Const<2>, Const<5>, Const<3>), (Bcast,), (Bcast, Const<2>, Const<2>, Const<5>), (Const<5>,) -> (Const<5>,)
fn case_358() {
    let mut rng = SeededRng::new(1358);
    let s0 = Tensor::<f64, (Bcast, Const<7>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice_len::<1, 0, 5, 1>();
    let x1 = Tensor::<f64, (Const<5>, Bcast, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 =
        Tensor::<f64, (Const<3>, Const<4>, Const<5>, Const<3>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice_len::<3, 0, 2, 2>();
    let x3 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<2>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s5 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.view();
    let s6 = Tensor::<f64, (Bcast, Const<2>, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x6 = s6.view().flip::<2>();
    let x7 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "nq,qwh,hnqr,,mqh,g,quug,g->g",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4),
            flat(&x5.to_tensor()),
            flat(&x6.to_tensor()),
            flat(&x7),
        ],
        &[5],
    );
    let path = einsum_path!("nq,qwh,hnqr,,mqh,g,quug,g->g", x0, x1, x2, &x3, &x4, &x5, x6, x7; order = [(0, 5), (4, 5), (1, 2), (1, 3), (1, 3), (1, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 358 (pairwise): nq,qwh,hnqr,,mqh,g,quug,g->g"
    );
    assert_eq!(
        path.steps(),
        &[(0, 5), (4, 5), (1, 2), (1, 3), (1, 3), (1, 2), (0, 1)],
        "case 358 (pairwise): nq,qwh,hnqr,,mqh,g,quug,g->g"
    );
    let got: Tensor<f64, (Const<5>,), H> = einsum!("nq,qwh,hnqr,,mqh,g,quug,g->g", x0, x1, x2, &x3, &x4, &x5, x6, x7; order = [(0, 5), (4, 5), (1, 2), (1, 3), (1, 3), (1, 2), (0, 1)]);
    check(
        "case 358 (pairwise): nq,qwh,hnqr,,mqh,g,quug,g->g",
        &got,
        &[5],
        &want,
        480,
    );
}

/// `eDsq,Dke,TD,,D->eTk` on (Const<2>, Const<4>, Const<5>, Const<5>), (Const<4>, Const<4>, Const<2>), (Const<5>, Const<4>), (), (Const<4>,) -> (Const<2>, Const<5>, Const<4>)
fn case_359() {
    let mut rng = SeededRng::new(1359);
    let x0 = Tensor::<f64, (Const<2>, Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>, Const<2>), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>), H>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "eDsq,Dke,TD,,D->eTk",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3), flat(&x4)],
        &[2, 5, 4],
    );
    let path = einsum_path!("eDsq,Dke,TD,,D->eTk", x0, &x1, x2, x3, x4; order = [(1, 3), (2, 3), (0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 359 (pairwise): eDsq,Dke,TD,,D->eTk"
    );
    assert_eq!(
        path.steps(),
        &[(1, 3), (2, 3), (0, 1), (0, 1)],
        "case 359 (pairwise): eDsq,Dke,TD,,D->eTk"
    );
    let got: Tensor<f64, (Const<2>, Const<5>, Const<4>), H> = einsum!("eDsq,Dke,TD,,D->eTk", x0, &x1, x2, x3, x4; order = [(1, 3), (2, 3), (0, 1), (0, 1)]);
    check(
        "case 359 (pairwise): eDsq,Dke,TD,,D->eTk",
        &got,
        &[2, 5, 4],
        &want,
        100,
    );
}

#[test]
fn cases_360_369() {
    run_cases(&[
        ("case_360", case_360),
        ("case_361", case_361),
        ("case_362", case_362),
        ("case_363", case_363),
        ("case_364", case_364),
        ("case_365", case_365),
        ("case_366", case_366),
        ("case_367", case_367),
        ("case_368", case_368),
        ("case_369", case_369),
    ]);
}

/// `wbg,b,hw,qxh,x,xaq->gw` on (Const<4>, Const<2>, Const<2>), (Const<2>,), (Const<5>, Const<4>), (Const<4>, Const<5>, Const<5>), (Const<5>,), (Const<5>, Const<2>, Const<4>) -> (Const<2>, Const<4>)
fn case_360() {
    let mut rng = SeededRng::new(1360);
    let x0 = Tensor::<f64, (Const<4>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<4>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view().flip::<0>();
    let x4 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<5>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "wbg,b,hw,qxh,x,xaq->gw",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4),
            flat(&x5),
        ],
        &[2, 4],
    );
    let path = einsum_path!("wbg,b,hw,qxh,x,xaq->gw", x0, &x1, x2, x3, x4, x5; order = [(2, 3), (2, 3), (0, 1), (0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 360 (pairwise): wbg,b,hw,qxh,x,xaq->gw"
    );
    assert_eq!(
        path.steps(),
        &[(2, 3), (2, 3), (0, 1), (0, 1), (0, 1)],
        "case 360 (pairwise): wbg,b,hw,qxh,x,xaq->gw"
    );
    let got: Tensor<f64, (Const<2>, Const<4>), H> = einsum!("wbg,b,hw,qxh,x,xaq->gw", x0, &x1, x2, x3, x4, x5; order = [(2, 3), (2, 3), (0, 1), (0, 1), (0, 1)]);
    check(
        "case 360 (pairwise): wbg,b,hw,qxh,x,xaq->gw",
        &got,
        &[2, 4],
        &want,
        400,
    );
}

/// `...ahc,awi...,...hca,...aqi,...ia,...ahwc,...,h...qi->acw...` on (Const<5>, Bcast, Bcast, Const<5>), (Const<1>, Const<2>, Const<5>), (Const<5>, Bcast, Const<5>, Const<1>, Const<5>, Bcast), (Const<5>, Const<2>, Const<5>, Const<1>, Const<2>, Const<5>), (Const<5>, Const<5>, Bcast), (Const<1>, Bcast, Const<2>, Const<5>), (Const<5>,), (Bcast, Const<2>, Const<5>) -> (Const<1>, Const<5>, Const<2>, Const<5>, Const<2>, Const<5>)
fn case_361() {
    let mut rng = SeededRng::new(1361);
    let x0 = Tensor::<f64, (Const<5>, Bcast, Bcast, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Bcast, Const<5>, Const<1>, Const<5>, Bcast)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 =
        Tensor::<f64, (Const<5>, Const<2>, Const<5>, Const<1>, Const<2>, Const<5>), H>::uniform(
            &mut rng, -1.0, 1.0,
        );
    let s4 = Tensor::<f64, (Const<5>, Const<5>, Bcast), H>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.view();
    let x5 = Tensor::<f64, (Const<1>, Bcast, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x7 = Tensor::<f64, (Bcast, Const<2>, Const<5>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...ahc,awi...,...hca,...aqi,...ia,...ahwc,...,h...qi->acw...",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4.to_tensor()),
            flat(&x5),
            flat(&x6),
            flat(&x7),
        ],
        &[1, 5, 2, 5, 2, 5],
    );
    let path = einsum_path!("...ahc,awi...,...hca,...aqi,...ia,...ahwc,...,h...qi->acw...", &x0, x1, x2, x3, x4, &x5, &x6, x7; order = [(5, 7), (2, 5), (1, 4), (0, 1), (1, 3), (0, 2), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 361 (pairwise): ...ahc,awi...,...hca,...aqi,...ia,...ahwc,...,h...qi->acw..."
    );
    assert_eq!(
        path.steps(),
        &[(5, 7), (2, 5), (1, 4), (0, 1), (1, 3), (0, 2), (0, 1)],
        "case 361 (pairwise): ...ahc,awi...,...hca,...aqi,...ia,...ahwc,...,h...qi->acw..."
    );
    let got: Tensor<f64, (Const<1>, Const<5>, Const<2>, Const<5>, Const<2>, Const<5>), H> = einsum!("...ahc,awi...,...hca,...aqi,...ia,...ahwc,...,h...qi->acw...", &x0, x1, x2, x3, x4, &x5, &x6, x7; order = [(5, 7), (2, 5), (1, 4), (0, 1), (1, 3), (0, 2), (0, 1)]);
    check(
        "case 361 (pairwise): ...ahc,awi...,...hca,...aqi,...ia,...ahwc,...,h...qi->acw...",
        &got,
        &[1, 5, 2, 5, 2, 5],
        &want,
        10,
    );
}

/// `ij,jk->ik` on (Const<34>, Const<35>), (Const<35>, Const<37>) -> (Const<34>, Const<37>)
fn case_362() {
    let mut rng = SeededRng::new(1362);
    let x0 = Tensor::<f64, (Const<34>, Const<35>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<35>, Const<37>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ij,jk->ik", &[flat(&x0), flat(&x1)], &[34, 37]);
    let path = einsum_path!("ij,jk->ik", x0, &x1);
    assert_eq!(path.is_direct(), NO_ALLOC, "case 362 (pairwise): ij,jk->ik");
    let got: Tensor<f64, (Const<34>, Const<37>), H> = einsum!("ij,jk->ik", x0, &x1);
    check("case 362 (pairwise): ij,jk->ik", &got, &[34, 37], &want, 35);
}

/// `ik,jk->ij` on (Const<37>, Const<38>), (Const<39>, Const<38>) -> (Const<37>, Const<39>)
fn case_363() {
    let mut rng = SeededRng::new(1363);
    let x0 = Tensor::<f64, (Const<37>, Const<38>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<39>, Const<38>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let want = oracle("ik,jk->ij", &[flat(&x0), flat(&x1.to_tensor())], &[37, 39]);
    let path = einsum_path!("ik,jk->ij", x0, x1);
    assert_eq!(path.is_direct(), NO_ALLOC, "case 363 (pairwise): ik,jk->ij");
    let got: Tensor<f64, (Const<37>, Const<39>)> = einsum!("ik,jk->ij", x0, x1);
    check("case 363 (pairwise): ik,jk->ij", &got, &[37, 39], &want, 38);
}

/// `bij,bjk->bik` on (Bcast, Const<33>, Const<36>), (Const<2>, Const<36>, Const<33>) -> (Const<2>, Const<33>, Const<33>)
fn case_364() {
    let mut rng = SeededRng::new(1364);
    let x0 = Tensor::<f64, (Bcast, Const<33>, Const<36>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<36>, Const<33>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("bij,bjk->bik", &[flat(&x0), flat(&x1)], &[2, 33, 33]);
    let path = einsum_path!("bij,bjk->bik", &x0, x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 364 (pairwise): bij,bjk->bik"
    );
    let got: Tensor<f64, (Const<2>, Const<33>, Const<33>), H> = einsum!("bij,bjk->bik", &x0, x1);
    check(
        "case 364 (pairwise): bij,bjk->bik",
        &got,
        &[2, 33, 33],
        &want,
        36,
    );
}

/// `bij,jk->bki` on (Const<2>, Const<34>, Const<34>), (Const<34>, Const<33>) -> (Const<2>, Const<33>, Const<34>)
fn case_365() {
    let mut rng = SeededRng::new(1365);
    let s0 = Tensor::<f64, (Const<2>, Const<34>, Const<34>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let x1 = Tensor::<f64, (Const<34>, Const<33>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "bij,jk->bki",
        &[flat(&x0.to_tensor()), flat(&x1)],
        &[2, 33, 34],
    );
    let path = einsum_path!("bij,jk->bki", x0, &x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 365 (pairwise): bij,jk->bki"
    );
    let got: Tensor<f64, (Const<2>, Const<33>, Const<34>)> = einsum!("bij,jk->bki", x0, &x1);
    check(
        "case 365 (pairwise): bij,jk->bki",
        &got,
        &[2, 33, 34],
        &want,
        34,
    );
}

/// `ij,jk,kl->il` on (Const<34>, Const<32>), (Const<32>, Const<33>), (Const<33>, Const<6>) -> (Const<34>, Const<6>)
fn case_366() {
    let mut rng = SeededRng::new(1366);
    let s0 = Tensor::<f64, (Const<34>, Const<32>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let s1 = Tensor::<f64, (Const<32>, Const<34>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice_len::<1, 0, 33, 1>();
    let s2 = Tensor::<f64, (Const<33>, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<0>();
    let want = oracle(
        "ij,jk,kl->il",
        &[
            flat(&x0.to_tensor()),
            flat(&x1.to_tensor()),
            flat(&x2.to_tensor()),
        ],
        &[34, 6],
    );
    let path = einsum_path!("ij,jk,kl->il", x0, x1, x2; order = [(0, 1), (0, 1)]);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 366 (pairwise): ij,jk,kl->il"
    );
    assert_eq!(
        path.steps(),
        &[(0, 1), (0, 1)],
        "case 366 (pairwise): ij,jk,kl->il"
    );
    let got: Tensor<f64, (Const<34>, Const<6>)> =
        einsum!("ij,jk,kl->il", x0, x1, x2; order = [(0, 1), (0, 1)]);
    check(
        "case 366 (pairwise): ij,jk,kl->il",
        &got,
        &[34, 6],
        &want,
        1056,
    );
}

/// `ijk,jkl->li` on (Const<36>, Const<7>, Const<8>), (Const<7>, Const<8>, Const<33>) -> (Const<33>, Const<36>)
fn case_367() {
    let mut rng = SeededRng::new(1367);
    let x0 = Tensor::<f64, (Const<36>, Const<7>, Const<8>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<7>, Const<8>, Const<33>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ijk,jkl->li", &[flat(&x0), flat(&x1)], &[33, 36]);
    let path = einsum_path!("ijk,jkl->li", x0, &x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 367 (pairwise): ijk,jkl->li"
    );
    let got: Tensor<f64, (Const<33>, Const<36>), H> = einsum!("ijk,jkl->li", x0, &x1);
    check(
        "case 367 (pairwise): ijk,jkl->li",
        &got,
        &[33, 36],
        &want,
        56,
    );
}

/// `iij,ik->jk` on (Const<10>, Const<10>, Const<40>), (Const<10>, Const<98>) -> (Const<40>, Const<98>)
fn case_368() {
    let mut rng = SeededRng::new(1368);
    let x0 = Tensor::<f64, (Const<10>, Const<10>, Const<40>), H>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<10>, Const<98>), H>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("iij,ik->jk", &[flat(&x0), flat(&x1)], &[40, 98]);
    let path = einsum_path!("iij,ik->jk", &x0, x1);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 368 (pairwise): iij,ik->jk"
    );
    let got: Tensor<f64, (Const<40>, Const<98>), H> = einsum!("iij,ik->jk", &x0, x1);
    check(
        "case 368 (pairwise): iij,ik->jk",
        &got,
        &[40, 98],
        &want,
        10,
    );
}

/// `aij,ajk,a->ik` on (Const<3>, Const<33>, Const<33>), (Const<3>, Const<33>, Const<34>), (Bcast,) -> (Const<33>, Const<34>)
fn case_369() {
    let mut rng = SeededRng::new(1369);
    let x0 = Tensor::<f64, (Const<3>, Const<33>, Const<33>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<33>, Const<34>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Bcast,), H>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let want = oracle(
        "aij,ajk,a->ik",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[33, 34],
    );
    let path = einsum_path!("aij,ajk,a->ik", &x0, &x1, x2);
    assert_eq!(
        path.is_direct(),
        NO_ALLOC,
        "case 369 (pairwise): aij,ajk,a->ik"
    );
    let got: Tensor<f64, (Const<33>, Const<34>), H> = einsum!("aij,ajk,a->ik", &x0, &x1, x2);
    check(
        "case 369 (pairwise): aij,ajk,a->ik",
        &got,
        &[33, 34],
        &want,
        99,
    );
}
