//! Generated `einsum!` cases checked against the naive oracle (issue 6, item 5).
//!
//! GENERATED FILE, do not edit: change `scripts/gen_einsum_tests.py` and run
//! `python3 scripts/gen_einsum_tests.py` (`--check` tells whether this file is up to date).
//!
//! Each `case_NNN` draws its operands from `SeededRng::new(seed)`, calls the macro with the
//! output type written out, and compares with `common::einsum_oracle::naive_einsum` on the
//! same elements: `|got - want| <= 1e-12 * (1 + terms) * (1 + |want|)`, where `terms` is the
//! number of products summed into each output element. A `#[test]` runs 10 cases and
//! reports every failing one.
//!
//! Coverage (268 cases; a case counts once per feature it has):
//! - Bcast axis stretching against a sized label   74
//! - Bcast output axis (label all-Bcast)           36
//! - Bcast stretching inside the ellipsis block    19
//! - Const<1> axis                                 80
//! - Heap operand                                 119
//! - ellipsis                                      52
//! - ellipsis not leading                          22
//! - ellipsis ranks differ between operands        36
//! - form=into                                     10
//! - form=order                                    10
//! - form=str                                     236
//! - form=words                                    12
//! - implicit output                               43
//! - implicit output with uppercase labels         13
//! - label private to one operand, summed         104
//! - operand passed &View                          23
//! - operand passed View                           97
//! - operand passed by reference                  187
//! - operand passed by value                      173
//! - operand rank 0 (letters)                      29
//! - operand rank 1 (letters)                     115
//! - operand rank 2 (letters)                     171
//! - operand rank 3 (letters)                     130
//! - operand rank 4 (letters)                      71
//! - operands=1                                    53
//! - operands=2                                    91
//! - operands=3                                    70
//! - operands=4                                    44
//! - operands=5..8                                 10
//! - output permutation                            51
//! - output-only label (broadcast = [..])          35
//! - rank-0 operand                                19
//! - rank-0 output                                 61
//! - repeated input label (diagonal)              118
//! - repeated output label (diagonal embed)        15
//! - strided View (step 2 or -1)                   54
//! - summed label                                 212

mod common;

use common::einsum_oracle::{check_einsum as check, flat, naive_einsum_owned as oracle, run_cases};
use tensorial::prelude::*;
use tensorial::{einsum, einsum_into};

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
    let x1 = s1.slice::<1, 0, 3, 2>();
    let x2 = Tensor::<f64, (Const<3>, Bcast, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "abaa,ba,aba->a",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[3],
    );
    let got: Tensor<f64, (Const<3>,), Heap> = einsum!("abaa,ba,aba->a", &x0, x1, x2);
    check("case 0: abaa,ba,aba->a", &got, &[3], &want, 3);
}

/// `gg,nn,t,ttt->nt` on (Const<3>, Const<3>), (Const<5>, Const<5>), (Const<5>,), (Const<5>, Const<5>, Const<5>) -> (Const<5>, Const<5>)
fn case_001() {
    let mut rng = SeededRng::new(1001);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<5>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "gg,nn,t,ttt->nt",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 5],
    );
    let got: Tensor<f64, (Const<5>, Const<5>), Heap> =
        einsum!("gg,nn,t,ttt->nt", &x0, x1, &x2, &x3);
    check("case 1: gg,nn,t,ttt->nt", &got, &[5, 5], &want, 3);
}

/// `...od,...og->...g` on (Const<5>, Bcast, Const<2>, Const<3>, Const<1>), (Const<2>, Const<3>, Const<5>) -> (Const<5>, Bcast, Const<2>, Const<5>)
fn case_002() {
    let mut rng = SeededRng::new(1002);
    let x0 = Tensor::<f64, (Const<5>, Bcast, Const<2>, Const<3>, Const<1>), Heap>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<2>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...od,...og->...g", &[flat(&x0), flat(&x1)], &[5, 1, 2, 5]);
    let got: Tensor<f64, (Const<5>, Bcast, Const<2>, Const<5>), Heap> =
        einsum!("...od,...og->...g", x0, &x1);
    check("case 2: ...od,...og->...g", &got, &[5, 1, 2, 5], &want, 3);
}

/// `np->qn` on (Const<4>, Const<2>) -> (Const<2>, Const<4>)
fn case_003() {
    let mut rng = SeededRng::new(1003);
    let x0 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("np->qn", &[flat(&x0)], &[2, 4]);
    let got: Tensor<f64, (Const<2>, Const<4>)> = einsum!("np->qn", &x0; broadcast = [q]);
    check("case 3: np->qn", &got, &[2, 4], &want, 2);
}

/// `uy,u,dpyw->dd` on (Const<3>, Const<5>), (Const<3>,), (Bcast, Const<5>, Const<5>, Const<5>) -> (Bcast, Bcast)
fn case_004() {
    let mut rng = SeededRng::new(1004);
    let x0 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("uy,u,dpyw->dd", &[flat(&x0), flat(&x1), flat(&x2)], &[1, 1]);
    let got: Tensor<f64, (Bcast, Bcast)> = einsum!("uy,u,dpyw->dd", &x0, x1, x2);
    check("case 4: uy,u,dpyw->dd", &got, &[1, 1], &want, 375);
}

/// `pnp->pn` on (Const<1>, Const<3>, Const<1>) -> (Const<1>, Const<3>)
fn case_005() {
    let mut rng = SeededRng::new(1005);
    let s0 = Tensor::<f64, (Const<1>, Const<4>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<1, 1, 3, 1>();
    let want = oracle("pnp->pn", &[flat(&x0.to_tensor())], &[1, 3]);
    let got: Tensor<f64, (Const<1>, Const<3>)> = einsum!("pnp->pn", x0);
    check("case 5: pnp->pn", &got, &[1, 3], &want, 1);
}

/// `...k,wkw...->...wyk` on (Const<3>, Const<5>, Bcast), (Const<2>, Const<4>, Const<2>, Bcast) -> (Const<3>, Const<5>, Const<2>, Const<1>, Const<4>)
fn case_006() {
    let mut rng = SeededRng::new(1006);
    let x0 = Tensor::<f64, (Const<3>, Const<5>, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 =
        Tensor::<f64, (Const<2>, Const<4>, Const<2>, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...k,wkw...->...wyk",
        &[flat(&x0), flat(&x1)],
        &[3, 5, 2, 1, 4],
    );
    let got: Tensor<f64, (Const<3>, Const<5>, Const<2>, Const<1>, Const<4>), Heap> =
        einsum!("...k,wkw...->...wyk", &x0, &x1; broadcast = [y]);
    check(
        "case 6: ...k,wkw...->...wyk",
        &got,
        &[3, 5, 2, 1, 4],
        &want,
        1,
    );
}

/// `...bzd->...z` on (Const<2>, Const<1>, Const<2>, Const<2>, Const<2>) -> (Const<2>, Const<1>, Const<2>)
fn case_007() {
    let mut rng = SeededRng::new(1007);
    let x0 = Tensor::<f64, (Const<2>, Const<1>, Const<2>, Const<2>, Const<2>), Heap>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle("...bzd->...z", &[flat(&x0)], &[2, 1, 2]);
    let got: Tensor<f64, (Const<2>, Const<1>, Const<2>), Heap> = einsum!("...bzd->...z", &x0);
    check("case 7: ...bzd->...z", &got, &[2, 1, 2], &want, 4);
}

/// `jgdo,oxdg` on (Const<2>, Const<2>, Const<3>, Const<5>), (Const<5>, Const<5>, Const<3>, Const<2>) -> (Const<2>, Const<5>)
fn case_008() {
    let mut rng = SeededRng::new(1008);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("jgdo,oxdg", &[flat(&x0), flat(&x1)], &[2, 5]);
    let got: Tensor<f64, (Const<2>, Const<5>)> = einsum!("jgdo,oxdg", x0, &x1);
    check("case 8: jgdo,oxdg", &got, &[2, 5], &want, 30);
}

/// `qp,qp->pq` on (Const<4>, Const<4>), (Const<4>, Const<4>) -> (Const<4>, Const<4>)
fn case_009() {
    let mut rng = SeededRng::new(1009);
    let x0 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("qp,qp->pq", &[flat(&x0), flat(&x1)], &[4, 4]);
    let got: Tensor<f64, (Const<4>, Const<4>)> = einsum!("qp,qp->pq", x0, x1);
    check("case 9: qp,qp->pq", &got, &[4, 4], &want, 1);
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

/// `lqlq->` on (Const<3>, Const<2>, Const<3>, Const<2>) -> ()
fn case_010() {
    let mut rng = SeededRng::new(1010);
    let x0 = Tensor::<f64, (Const<3>, Const<2>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("lqlq->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("lqlq->", &x0);
    check("case 10: lqlq->", &got, &[], &want, 6);
}

/// `...rfu,...rfur->...fr` on (Const<2>, Const<4>, Const<5>), (Const<1>, Const<2>, Const<4>, Const<5>, Const<2>) -> (Const<1>, Const<4>, Const<2>)
fn case_011() {
    let mut rng = SeededRng::new(1011);
    let s0 = Tensor::<f64, (Const<2>, Const<4>, Const<10>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 0, 5, 2>();
    let x1 = Tensor::<f64, (Const<1>, Const<2>, Const<4>, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...rfu,...rfur->...fr",
        &[flat(&x0.to_tensor()), flat(&x1)],
        &[1, 4, 2],
    );
    let got: Tensor<f64, (Const<1>, Const<4>, Const<2>)> =
        einsum!("...rfu,...rfur->...fr", x0, &x1);
    check("case 11: ...rfu,...rfur->...fr", &got, &[1, 4, 2], &want, 5);
}

/// `flcc,c` on (Const<5>, Const<3>, Bcast, Bcast), (Const<2>,) -> (Const<5>, Const<3>)
fn case_012() {
    let mut rng = SeededRng::new(1012);
    let s0 = Tensor::<f64, (Const<5>, Const<3>, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<1>();
    let x1 = Tensor::<f64, (Const<2>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("flcc,c", &[flat(&x0.to_tensor()), flat(&x1)], &[5, 3]);
    let got: Tensor<f64, (Const<5>, Const<3>), Heap> = einsum!("flcc,c", x0, &x1);
    check("case 12: flcc,c", &got, &[5, 3], &want, 2);
}

/// `dd,dd` on (Const<4>, Const<4>), (Const<4>, Const<4>) -> ()
fn case_013() {
    let mut rng = SeededRng::new(1013);
    let s0 = Tensor::<f64, (Const<4>, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<1, 2, 4, 1>();
    let x1 = Tensor::<f64, (Const<4>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("dd,dd", &[flat(&x0.to_tensor()), flat(&x1)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("dd,dd", x0, x1);
    check("case 13: dd,dd", &got, &[], &want, 4);
}

/// `x,bx,bx->px` on (Const<3>,), (Const<2>, Const<3>), (Const<2>, Const<3>) -> (Const<4>, Const<3>)
fn case_014() {
    let mut rng = SeededRng::new(1014);
    let s0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 0, 3, 2>();
    let x1 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "x,bx,bx->px",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[4, 3],
    );
    let got: Tensor<f64, (Const<4>, Const<3>), Heap> =
        einsum!("x,bx,bx->px", x0, &x1, x2; broadcast = [p]);
    check("case 14: x,bx,bx->px", &got, &[4, 3], &want, 2);
}

/// `l,gl,glll,ll` on (Const<3>,), (Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>) -> ()
fn case_015() {
    let mut rng = SeededRng::new(1015);
    let s0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 0, 3, 1>();
    let x1 = Tensor::<f64, (Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "l,gl,glll,ll",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let got: Tensor<f64, (), Heap> = einsum!("l,gl,glll,ll", x0, x1, &x2, &x3);
    check("case 15: l,gl,glll,ll", &got, &[], &want, 9);
}

/// `abb,aba->ba` on (Const<1>, Const<5>, Const<5>), (Const<1>, Const<5>, Const<1>) -> (Const<5>, Const<1>)
fn case_016() {
    let mut rng = SeededRng::new(1016);
    let x0 = Tensor::<f64, (Const<1>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("abb,aba->ba", &[flat(&x0), flat(&x1)], &[5, 1]);
    let got: Tensor<f64, (Const<5>, Const<1>)> = einsum!("abb,aba->ba", x0, &x1);
    check("case 16: abb,aba->ba", &got, &[5, 1], &want, 1);
}

/// `js,j,sjj->j` on (Const<3>, Const<5>), (Const<3>,), (Const<5>, Const<3>, Const<3>) -> (Const<3>,)
fn case_017() {
    let mut rng = SeededRng::new(1017);
    let x0 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<2>();
    let want = oracle(
        "js,j,sjj->j",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[3],
    );
    let got: Tensor<f64, (Const<3>,)> = einsum!("js,j,sjj->j", x0, &x1, x2);
    check("case 17: js,j,sjj->j", &got, &[3], &want, 5);
}

/// `wezy,w->yw` on (Bcast, Const<4>, Const<3>, Const<4>), (Const<1>,) -> (Const<4>, Const<1>)
fn case_018() {
    let mut rng = SeededRng::new(1018);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 0, 1, 2>();
    let want = oracle("wezy,w->yw", &[flat(&x0), flat(&x1.to_tensor())], &[4, 1]);
    let got: Tensor<f64, (Const<4>, Const<1>)> = einsum!("wezy,w->yw", x0, x1);
    check("case 18: wezy,w->yw", &got, &[4, 1], &want, 12);
}

/// `byh,bhy->oh` on (Const<1>, Const<4>, Const<5>), (Const<1>, Const<5>, Const<4>) -> (Const<2>, Const<5>)
fn case_019() {
    let mut rng = SeededRng::new(1019);
    let s0 = Tensor::<f64, (Const<1>, Const<4>, Const<6>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 1, 5, 1>();
    let x1 = Tensor::<f64, (Const<1>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("byh,bhy->oh", &[flat(&x0.to_tensor()), flat(&x1)], &[2, 5]);
    let got: Tensor<f64, (Const<2>, Const<5>), Heap> =
        einsum!("byh,bhy->oh", &x0, x1; broadcast = [o]);
    check("case 19: byh,bhy->oh", &got, &[2, 5], &want, 4);
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

/// `d,spd->s` on (Const<4>,), (Const<2>, Const<2>, Const<4>) -> (Const<2>,)
fn case_020() {
    let mut rng = SeededRng::new(1020);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("d,spd->s", &[flat(&x0), flat(&x1)], &[2]);
    let got: Tensor<f64, (Const<2>,)> = einsum!("d,spd->s", &x0, &x1);
    check("case 20: d,spd->s", &got, &[2], &want, 8);
}

/// `sss,s,vvs->s` on (Const<5>, Const<5>, Const<5>), (Const<5>,), (Const<3>, Const<3>, Const<5>) -> (Const<5>,)
fn case_021() {
    let mut rng = SeededRng::new(1021);
    let x0 = Tensor::<f64, (Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<1, 0, 3, 1>();
    let want = oracle(
        "sss,s,vvs->s",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[5],
    );
    let got: Tensor<f64, (Const<5>,), Heap> = einsum!("sss,s,vvs->s", &x0, &x1, x2);
    check("case 21: sss,s,vvs->s", &got, &[5], &want, 3);
}

/// `...t,...ky,...ykt->...ky` on (Const<1>, Const<1>, Bcast, Const<2>), (Bcast, Const<1>, Const<1>, Const<2>, Const<2>), (Bcast, Const<1>, Const<1>, Const<2>, Const<2>, Const<2>) -> (Const<1>, Const<1>, Const<1>, Const<2>, Const<2>)
fn case_022() {
    let mut rng = SeededRng::new(1022);
    let x0 = Tensor::<f64, (Const<1>, Const<1>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<1>, Const<1>, Const<2>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Bcast, Const<1>, Const<1>, Const<2>, Const<2>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...t,...ky,...ykt->...ky",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[1, 1, 1, 2, 2],
    );
    let got: Tensor<f64, (Const<1>, Const<1>, Const<1>, Const<2>, Const<2>)> =
        einsum!("...t,...ky,...ykt->...ky", x0, &x1, &x2);
    check(
        "case 22: ...t,...ky,...ykt->...ky",
        &got,
        &[1, 1, 1, 2, 2],
        &want,
        2,
    );
}

/// `qBq,q->fb` on (Const<4>, Const<3>, Const<4>), (Const<4>,) -> (Const<3>, Const<4>)
fn case_023() {
    let mut rng = SeededRng::new(1023);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<0>();
    let want = oracle("qBq,q->fb", &[flat(&x0), flat(&x1.to_tensor())], &[3, 4]);
    let got: Tensor<f64, (Const<3>, Const<4>), Heap> =
        einsum!("qBq,q->fb", &x0, x1; broadcast = [f, b]);
    check("case 23: qBq,q->fb", &got, &[3, 4], &want, 12);
}

/// `j,jf->fjf` on (Const<3>,), (Const<3>, Const<3>) -> (Const<3>, Const<3>, Const<3>)
fn case_024() {
    let mut rng = SeededRng::new(1024);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("j,jf->fjf", &[flat(&x0), flat(&x1)], &[3, 3, 3]);
    let got: Tensor<f64, (Const<3>, Const<3>, Const<3>)> = einsum!("j,jf->fjf", x0, x1);
    check("case 24: j,jf->fjf", &got, &[3, 3, 3], &want, 1);
}

/// `na,ac,cm,cnma->` on (Const<3>, Const<2>), (Const<2>, Const<1>), (Const<1>, Bcast), (Const<1>, Const<3>, Const<1>, Const<2>) -> ()
fn case_025() {
    let mut rng = SeededRng::new(1025);
    let x0 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<1>, Const<3>, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "na,ac,cm,cnma->",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let got: Tensor<f64, (), Heap> = einsum!("na,ac,cm,cnma->", x0, &x1, x2, &x3);
    check("case 25: na,ac,cm,cnma->", &got, &[], &want, 6);
}

/// `tn,ntn,tn->nt` on (Bcast, Bcast), (Const<1>, Const<3>, Const<1>), (Const<3>, Const<1>) -> (Const<1>, Const<3>)
fn case_026() {
    let mut rng = SeededRng::new(1026);
    let x0 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<3>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("tn,ntn,tn->nt", &[flat(&x0), flat(&x1), flat(&x2)], &[1, 3]);
    let got: Tensor<f64, (Const<1>, Const<3>), Heap> = einsum!("tn,ntn,tn->nt", x0, x1, x2);
    check("case 26: tn,ntn,tn->nt", &got, &[1, 3], &want, 1);
}

/// `...PP,...qXbP,...q,...qP->Pq...b` on (Const<3>, Bcast, Bcast), (Const<3>, Const<3>, Const<3>, Const<5>, Const<1>), (Const<3>, Const<3>), (Const<3>, Const<3>, Bcast) -> (Const<1>, Const<3>, Const<3>, Const<5>)
fn case_027() {
    let mut rng = SeededRng::new(1027);
    let x0 = Tensor::<f64, (Const<3>, Bcast, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<5>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.slice::<1, 2, 3, -1>();
    let x2 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...PP,...qXbP,...q,...qP->Pq...b",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[1, 3, 3, 5],
    );
    let got: Tensor<f64, (Const<1>, Const<3>, Const<3>, Const<5>), Heap> =
        einsum!("...PP,...qXbP,...q,...qP->Pq...b", &x0, x1, x2, &x3);
    check(
        "case 27: ...PP,...qXbP,...q,...qP->Pq...b",
        &got,
        &[1, 3, 3, 5],
        &want,
        3,
    );
}

/// `lQ,lQ` on (Const<3>, Const<3>), (Const<3>, Const<3>) -> ()
fn case_028() {
    let mut rng = SeededRng::new(1028);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("lQ,lQ", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("lQ,lQ", x0, x1);
    check("case 28: lQ,lQ", &got, &[], &want, 9);
}

/// `xs->sx` on (Const<5>, Const<4>) -> (Const<4>, Const<5>)
fn case_029() {
    let mut rng = SeededRng::new(1029);
    let x0 = Tensor::<f64, (Const<5>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("xs->sx", &[flat(&x0)], &[4, 5]);
    let got: Tensor<f64, (Const<4>, Const<5>), Heap> = einsum!("xs->sx", &x0);
    check("case 29: xs->sx", &got, &[4, 5], &want, 1);
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

/// `sE,RE->` on (Const<5>, Const<5>), (Const<4>, Const<5>) -> ()
fn case_030() {
    let mut rng = SeededRng::new(1030);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("sE,RE->", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("sE,RE->", &x0, x1);
    check("case 30: sE,RE->", &got, &[], &want, 100);
}

/// `...c,...c->...c` on (Const<1>,), (Const<3>, Const<4>, Bcast) -> (Const<3>, Const<4>, Const<1>)
fn case_031() {
    let mut rng = SeededRng::new(1031);
    let x0 = Tensor::<f64, (Const<1>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...c,...c->...c", &[flat(&x0), flat(&x1)], &[3, 4, 1]);
    let got: Tensor<f64, (Const<3>, Const<4>, Const<1>), Heap> =
        einsum!("...c,...c->...c", x0, &x1);
    check("case 31: ...c,...c->...c", &got, &[3, 4, 1], &want, 1);
}

/// `g,mbgb->b` on (Bcast,), (Const<4>, Const<5>, Const<2>, Const<5>) -> (Const<5>,)
fn case_032() {
    let mut rng = SeededRng::new(1032);
    let x0 = Tensor::<f64, (Bcast,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("g,mbgb->b", &[flat(&x0), flat(&x1)], &[5]);
    let got: Tensor<f64, (Const<5>,), Heap> = einsum!("g,mbgb->b", x0, &x1);
    check("case 32: g,mbgb->b", &got, &[5], &want, 8);
}

/// `mm->` on (Const<5>, Const<5>) -> ()
fn case_033() {
    let mut rng = SeededRng::new(1033);
    let s0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let want = oracle("mm->", &[flat(&x0.to_tensor())], &[]);
    let got: Tensor<f64, ()> = einsum!("mm->", x0);
    check("case 33: mm->", &got, &[], &want, 5);
}

/// `wx,iwx->wv` on (Const<4>, Const<5>), (Const<5>, Const<4>, Bcast) -> (Const<4>, Const<1>)
fn case_034() {
    let mut rng = SeededRng::new(1034);
    let s0 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<1>();
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("wx,iwx->wv", &[flat(&x0.to_tensor()), flat(&x1)], &[4, 1]);
    let got: Tensor<f64, (Const<4>, Const<1>)> = einsum!("wx,iwx->wv", x0, &x1; broadcast = [v]);
    check("case 34: wx,iwx->wv", &got, &[4, 1], &want, 25);
}

/// `...RCRC,...RC,...RR` on (Const<2>, Bcast, Const<2>, Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>), (Const<4>, Const<2>, Const<2>) -> (Const<2>, Const<4>)
fn case_035() {
    let mut rng = SeededRng::new(1035);
    let x0 =
        Tensor::<f64, (Const<2>, Bcast, Const<2>, Const<2>, Const<2>, Const<2>), Heap>::uniform(
            &mut rng, -1.0, 1.0,
        );
    let x1 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<2>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...RCRC,...RC,...RR",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[2, 4],
    );
    let got: Tensor<f64, (Const<2>, Const<4>), Heap> = einsum!("...RCRC,...RC,...RR", &x0, &x1, x2);
    check("case 35: ...RCRC,...RC,...RR", &got, &[2, 4], &want, 4);
}

/// `hv->v` on (Const<5>, Const<2>) -> (Const<2>,)
fn case_036() {
    let mut rng = SeededRng::new(1036);
    let s0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<1, 1, 2, -1>();
    let want = oracle("hv->v", &[flat(&x0.to_tensor())], &[2]);
    let got: Tensor<f64, (Const<2>,)> = einsum!("hv->v", x0);
    check("case 36: hv->v", &got, &[2], &want, 5);
}

/// `...kcs,...kca,...cs->...c` on (Const<4>, Const<3>, Const<4>, Const<5>, Const<2>), (Const<4>, Const<3>, Const<4>, Const<5>, Const<3>), (Const<4>, Const<3>, Const<5>, Const<2>) -> (Const<4>, Const<3>, Const<5>)
fn case_037() {
    let mut rng = SeededRng::new(1037);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Const<4>, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s1 = Tensor::<f64, (Const<4>, Const<3>, Const<4>, Const<5>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.view();
    let x2 =
        Tensor::<f64, (Const<4>, Const<3>, Const<5>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...kcs,...kca,...cs->...c",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[4, 3, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<5>), Heap> =
        tensorial::einsum!("...kcs,...kca,...cs->...c", x0, x1, x2);
    check(
        "case 37: ...kcs,...kca,...cs->...c",
        &got,
        &[4, 3, 5],
        &want,
        24,
    );
}

/// `og->` on (Const<2>, Const<1>) -> ()
fn case_038() {
    let mut rng = SeededRng::new(1038);
    let x0 = Tensor::<f64, (Const<2>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("og->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("og->", &x0);
    check("case 38: og->", &got, &[], &want, 2);
}

/// `oDcg,D,mDcg,cDmD->mDS` on (Bcast, Bcast, Const<1>, Const<2>), (Const<2>,), (Const<4>, Const<2>, Const<1>, Const<2>), (Const<1>, Const<2>, Bcast, Const<2>) -> (Const<4>, Const<2>, Const<1>)
fn case_039() {
    let mut rng = SeededRng::new(1039);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<1>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 0, 2, 2>();
    let x2 =
        Tensor::<f64, (Const<4>, Const<2>, Const<1>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<1>, Const<2>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let want = oracle(
        "oDcg,D,mDcg,cDmD->mDS",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[4, 2, 1],
    );
    let got: Tensor<f64, (Const<4>, Const<2>, Const<1>), Heap> =
        einsum!("oDcg,D,mDcg,cDmD->mDS", &x0, x1, x2, x3; broadcast = [S]);
    check("case 39: oDcg,D,mDcg,cDmD->mDS", &got, &[4, 2, 1], &want, 2);
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

/// `x,x,sanx` on (Const<5>,), (Const<5>,), (Const<5>, Bcast, Const<2>, Const<5>) -> (Bcast, Const<2>, Const<5>)
fn case_040() {
    let mut rng = SeededRng::new(1040);
    let x0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Bcast, Const<2>, Const<10>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<3, 1, 5, 2>();
    let want = oracle(
        "x,x,sanx",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[1, 2, 5],
    );
    let got: Tensor<f64, (Bcast, Const<2>, Const<5>)> = einsum!("x,x,sanx", x0, x1, x2);
    check("case 40: x,x,sanx", &got, &[1, 2, 5], &want, 5);
}

/// `mmm->` on (Const<5>, Const<5>, Const<5>) -> ()
fn case_041() {
    let mut rng = SeededRng::new(1041);
    let s0 = Tensor::<f64, (Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<1, 4, 5, -1>();
    let want = oracle("mmm->", &[flat(&x0.to_tensor())], &[]);
    let got: Tensor<f64, ()> = einsum!("mmm->", x0);
    check("case 41: mmm->", &got, &[], &want, 5);
}

/// `k,k->` on (Const<5>,), (Const<5>,) -> ()
fn case_042() {
    let mut rng = SeededRng::new(1042);
    let x0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("k,k->", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("k,k->", &x0, &x1);
    check("case 42: k,k->", &got, &[], &want, 5);
}

/// `syu->uwvs` on (Const<2>, Const<2>, Const<3>) -> (Const<3>, Const<1>, Const<1>, Const<2>)
fn case_043() {
    let mut rng = SeededRng::new(1043);
    let s0 = Tensor::<f64, (Const<2>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 1, 3, 1>();
    let want = oracle("syu->uwvs", &[flat(&x0.to_tensor())], &[3, 1, 1, 2]);
    let got: Tensor<f64, (Const<3>, Const<1>, Const<1>, Const<2>)> =
        einsum!("syu->uwvs", &x0; broadcast = [w, v]);
    check("case 43: syu->uwvs", &got, &[3, 1, 1, 2], &want, 2);
}

/// `s,is->ii` on (Const<2>,), (Const<3>, Const<2>) -> (Const<3>, Const<3>)
fn case_044() {
    let mut rng = SeededRng::new(1044);
    let x0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("s,is->ii", &[flat(&x0), flat(&x1)], &[3, 3]);
    let got: Tensor<f64, (Const<3>, Const<3>), Heap> = einsum!("s,is->ii", x0, &x1);
    check("case 44: s,is->ii", &got, &[3, 3], &want, 2);
}

/// `i,i,ligc->cl` on (Bcast,), (Const<1>,), (Bcast, Const<1>, Const<5>, Const<5>) -> (Const<5>, Bcast)
fn case_045() {
    let mut rng = SeededRng::new(1045);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<1>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("i,i,ligc->cl", &[flat(&x0), flat(&x1), flat(&x2)], &[5, 1]);
    let got: Tensor<f64, (Const<5>, Bcast)> = einsum!("i,i,ligc->cl", x0, x1, x2);
    check("case 45: i,i,ligc->cl", &got, &[5, 1], &want, 5);
}

/// `qf,qf,fqq->fq` on (Const<5>, Bcast), (Const<5>, Const<5>), (Const<5>, Const<5>, Const<5>) -> (Const<5>, Const<5>)
fn case_046() {
    let mut rng = SeededRng::new(1046);
    let x0 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("qf,qf,fqq->fq", &[flat(&x0), flat(&x1), flat(&x2)], &[5, 5]);
    let got: Tensor<f64, (Const<5>, Const<5>)> = tensorial::einsum!("qf,qf,fqq->fq", &x0, &x1, &x2);
    check("case 46: qf,qf,fqq->fq", &got, &[5, 5], &want, 1);
}

/// `m...,...mk->...m` on (Const<3>,), (Const<3>, Bcast, Const<3>, Const<3>) -> (Const<3>, Bcast, Const<3>)
fn case_047() {
    let mut rng = SeededRng::new(1047);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Bcast, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("m...,...mk->...m", &[flat(&x0), flat(&x1)], &[3, 1, 3]);
    let got: Tensor<f64, (Const<3>, Bcast, Const<3>)> = einsum!("m...,...mk->...m", &x0, &x1);
    check("case 47: m...,...mk->...m", &got, &[3, 1, 3], &want, 3);
}

/// `JJ` on (Const<5>, Const<5>) -> ()
fn case_048() {
    let mut rng = SeededRng::new(1048);
    let x0 = Tensor::<f64, (Const<5>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("JJ", &[flat(&x0)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("JJ", &x0);
    check("case 48: JJ", &got, &[], &want, 5);
}

/// `vHzw,mHg,H,Hmz->gwkzmq` on (Const<3>, Const<2>, Const<3>, Bcast), (Const<4>, Const<2>, Const<1>), (Const<2>,), (Const<2>, Const<4>, Const<3>) -> (Const<1>, Bcast, Const<1>, Const<3>, Const<4>, Const<2>)
fn case_049() {
    let mut rng = SeededRng::new(1049);
    let x0 =
        Tensor::<f64, (Const<3>, Const<2>, Const<3>, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<2>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vHzw,mHg,H,Hmz->gwkzmq",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[1, 1, 1, 3, 4, 2],
    );
    let got: Tensor<f64, (Const<1>, Bcast, Const<1>, Const<3>, Const<4>, Const<2>), Heap> =
        einsum!("vHzw,mHg,H,Hmz->gwkzmq", &x0, &x1, &x2, x3; broadcast = [k, q]);
    check(
        "case 49: vHzw,mHg,H,Hmz->gwkzmq",
        &got,
        &[1, 1, 1, 3, 4, 2],
        &want,
        6,
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

/// `c->` on (Const<4>,) -> ()
fn case_050() {
    let mut rng = SeededRng::new(1050);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("c->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("c->", &x0);
    check("case 50: c->", &got, &[], &want, 4);
}

/// `...xp,...ut->...xp` on (Bcast, Const<3>, Const<2>), (Const<1>, Const<3>) -> (Bcast, Const<3>, Const<2>)
fn case_051() {
    let mut rng = SeededRng::new(1051);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...xp,...ut->...xp", &[flat(&x0), flat(&x1)], &[1, 3, 2]);
    let got: Tensor<f64, (Bcast, Const<3>, Const<2>), Heap> =
        einsum!("...xp,...ut->...xp", &x0, x1);
    check("case 51: ...xp,...ut->...xp", &got, &[1, 3, 2], &want, 3);
}

/// `ip,pi,ippi->ip` on (Const<1>, Bcast), (Const<2>, Const<1>), (Const<1>, Const<2>, Const<2>, Const<1>) -> (Const<1>, Const<2>)
fn case_052() {
    let mut rng = SeededRng::new(1052);
    let x0 = Tensor::<f64, (Const<1>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<2>, Const<2>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ip,pi,ippi->ip",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[1, 2],
    );
    let got: Tensor<f64, (Const<1>, Const<2>), Heap> = einsum!("ip,pi,ippi->ip", &x0, &x1, &x2);
    check("case 52: ip,pi,ippi->ip", &got, &[1, 2], &want, 1);
}

/// `pp,pp->` on (Const<3>, Const<3>), (Const<3>, Const<3>) -> ()
fn case_053() {
    let mut rng = SeededRng::new(1053);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("pp,pp->", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("pp,pp->", &x0, x1);
    check("case 53: pp,pp->", &got, &[], &want, 3);
}

/// `rv,r->dv` on (Const<5>, Const<2>), (Const<5>,) -> (Const<2>, Const<2>)
fn case_054() {
    let mut rng = SeededRng::new(1054);
    let x0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("rv,r->dv", &[flat(&x0), flat(&x1)], &[2, 2]);
    let got: Tensor<f64, (Const<2>, Const<2>)> = einsum!("rv,r->dv", x0, &x1; broadcast = [d]);
    check("case 54: rv,r->dv", &got, &[2, 2], &want, 5);
}

/// `ad,` on (Const<1>, Const<3>), () -> (Const<1>, Const<3>)
fn case_055() {
    let mut rng = SeededRng::new(1055);
    let x0 = Tensor::<f64, (Const<1>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ad,", &[flat(&x0), flat(&x1)], &[1, 3]);
    let got: Tensor<f64, (Const<1>, Const<3>)> = einsum!("ad,", &x0, &x1);
    check("case 55: ad,", &got, &[1, 3], &want, 1);
}

/// `q,q->s` on (Const<1>,), (Const<1>,) -> (Const<1>,)
fn case_056() {
    let mut rng = SeededRng::new(1056);
    let x0 = Tensor::<f64, (Const<1>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 1, 1, -1>();
    let want = oracle("q,q->s", &[flat(&x0), flat(&x1.to_tensor())], &[1]);
    let got: Tensor<f64, (Const<1>,), Heap> = einsum!("q,q->s", x0, x1; broadcast = [s]);
    check("case 56: q,q->s", &got, &[1], &want, 1);
}

/// `,yn->y` on (), (Const<1>, Const<3>) -> (Const<1>,)
fn case_057() {
    let mut rng = SeededRng::new(1057);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 0, 1, 1>();
    let want = oracle(",yn->y", &[flat(&x0), flat(&x1.to_tensor())], &[1]);
    let got: Tensor<f64, (Const<1>,), Heap> = tensorial::einsum!(",yn->y", &x0, x1);
    check("case 57: ,yn->y", &got, &[1], &want, 3);
}

/// `...,...yS->o...I` on (Const<4>, Const<3>), (Const<4>, Const<3>, Bcast, Const<2>) -> (Const<4>, Const<4>, Const<3>, Const<4>)
fn case_058() {
    let mut rng = SeededRng::new(1058);
    let x0 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 =
        Tensor::<f64, (Const<4>, Const<3>, Bcast, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...,...yS->o...I", &[flat(&x0), flat(&x1)], &[4, 4, 3, 4]);
    let got: Tensor<f64, (Const<4>, Const<4>, Const<3>, Const<4>), Heap> =
        tensorial::einsum!("...,...yS->o...I", x0, x1; broadcast = [o, I]);
    check("case 58: ...,...yS->o...I", &got, &[4, 4, 3, 4], &want, 2);
}

/// `dv->d` on (Const<1>, Const<5>) -> (Const<1>,)
fn case_059() {
    let mut rng = SeededRng::new(1059);
    let x0 = Tensor::<f64, (Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("dv->d", &[flat(&x0)], &[1]);
    let got: Tensor<f64, (Const<1>,)> = einsum!("dv->d", x0);
    check("case 59: dv->d", &got, &[1], &want, 5);
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

/// `y,yl->l` on (Const<3>,), (Const<3>, Const<5>) -> (Const<5>,)
fn case_060() {
    let mut rng = SeededRng::new(1060);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("y,yl->l", &[flat(&x0), flat(&x1)], &[5]);
    let got: Tensor<f64, (Const<5>,)> = einsum!("y,yl->l", x0, x1);
    check("case 60: y,yl->l", &got, &[5], &want, 3);
}

/// `ooo,ooo,ooo,ooo->` on (Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>, Const<2>) -> ()
fn case_061() {
    let mut rng = SeededRng::new(1061);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ooo,ooo,ooo,ooo->",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let got: Tensor<f64, ()> = einsum!("ooo,ooo,ooo,ooo->", &x0, &x1, x2, &x3);
    check("case 61: ooo,ooo,ooo,ooo->", &got, &[], &want, 2);
}

/// `IsMs,sM->s` on (Const<2>, Const<3>, Bcast, Const<3>), (Const<3>, Bcast) -> (Const<3>,)
fn case_062() {
    let mut rng = SeededRng::new(1062);
    let x0 = Tensor::<f64, (Const<2>, Const<3>, Bcast, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("IsMs,sM->s", &[flat(&x0), flat(&x1)], &[3]);
    let got: Tensor<f64, (Const<3>,)> = einsum!("IsMs,sM->s", x0, x1);
    check("case 62: IsMs,sM->s", &got, &[3], &want, 2);
}

/// `evn->ex` on (Const<5>, Const<2>, Const<3>) -> (Const<5>, Const<1>)
fn case_063() {
    let mut rng = SeededRng::new(1063);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("evn->ex", &[flat(&x0)], &[5, 1]);
    let got: Tensor<f64, (Const<5>, Const<1>)> =
        tensorial::einsum!("evn->ex", &x0; broadcast = [x]);
    check("case 63: evn->ex", &got, &[5, 1], &want, 6);
}

/// `c,cr->` on (Const<4>,), (Const<4>, Const<2>) -> ()
fn case_064() {
    let mut rng = SeededRng::new(1064);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("c,cr->", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("c,cr->", &x0, &x1);
    check("case 64: c,cr->", &got, &[], &want, 8);
}

/// `fi,fiu->ufi` on (Const<5>, Bcast), (Const<5>, Const<1>, Const<5>) -> (Const<5>, Const<5>, Const<1>)
fn case_065() {
    let mut rng = SeededRng::new(1065);
    let x0 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("fi,fiu->ufi", &[flat(&x0), flat(&x1)], &[5, 5, 1]);
    let got: Tensor<f64, (Const<5>, Const<5>, Const<1>)> = einsum!("fi,fiu->ufi", &x0, x1);
    check("case 65: fi,fiu->ufi", &got, &[5, 5, 1], &want, 1);
}

/// `r,tr,ig,i->gitr` on (Bcast,), (Const<5>, Bcast), (Bcast, Const<3>), (Const<5>,) -> (Const<3>, Const<5>, Const<5>, Bcast)
fn case_066() {
    let mut rng = SeededRng::new(1066);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<6>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 1, 5, 1>();
    let x2 = Tensor::<f64, (Bcast, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "r,tr,ig,i->gitr",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[3, 5, 5, 1],
    );
    let got: Tensor<f64, (Const<3>, Const<5>, Const<5>, Bcast)> =
        einsum!("r,tr,ig,i->gitr", &x0, x1, x2, &x3);
    check("case 66: r,tr,ig,i->gitr", &got, &[3, 5, 5, 1], &want, 1);
}

/// `...tz,...pqz->...tqp` on (Const<1>, Const<3>, Const<5>), (Const<1>, Const<1>, Const<2>, Const<4>, Const<5>) -> (Const<1>, Const<1>, Const<3>, Const<4>, Const<2>)
fn case_067() {
    let mut rng = SeededRng::new(1067);
    let x0 = Tensor::<f64, (Const<1>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<1>, Const<2>, Const<4>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...tz,...pqz->...tqp",
        &[flat(&x0), flat(&x1)],
        &[1, 1, 3, 4, 2],
    );
    let got: Tensor<f64, (Const<1>, Const<1>, Const<3>, Const<4>, Const<2>)> =
        einsum!("...tz,...pqz->...tqp", &x0, &x1);
    check(
        "case 67: ...tz,...pqz->...tqp",
        &got,
        &[1, 1, 3, 4, 2],
        &want,
        5,
    );
}

/// `xwm` on (Const<5>, Const<2>, Const<3>) -> (Const<3>, Const<2>, Const<5>)
fn case_068() {
    let mut rng = SeededRng::new(1068);
    let s0 = Tensor::<f64, (Const<5>, Const<2>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 2, 3, 1>();
    let want = oracle("xwm", &[flat(&x0.to_tensor())], &[3, 2, 5]);
    let got: Tensor<f64, (Const<3>, Const<2>, Const<5>), Heap> = einsum!("xwm", x0);
    check("case 68: xwm", &got, &[3, 2, 5], &want, 1);
}

/// `ba,bh->ab` on (Const<2>, Const<4>), (Const<2>, Const<4>) -> (Const<4>, Const<2>)
fn case_069() {
    let mut rng = SeededRng::new(1069);
    let s0 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ba,bh->ab", &[flat(&x0.to_tensor()), flat(&x1)], &[4, 2]);
    let got: Tensor<f64, (Const<4>, Const<2>)> = einsum!("ba,bh->ab", x0, x1);
    check("case 69: ba,bh->ab", &got, &[4, 2], &want, 4);
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

/// `agd->` on (Const<4>, Const<2>, Const<5>) -> ()
fn case_070() {
    let mut rng = SeededRng::new(1070);
    let x0 = Tensor::<f64, (Const<4>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("agd->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("agd->", x0);
    check("case 70: agd->", &got, &[], &want, 40);
}

/// `...K,K...->...` on (Const<1>, Const<3>), (Const<3>,) -> (Const<1>,)
fn case_071() {
    let mut rng = SeededRng::new(1071);
    let x0 = Tensor::<f64, (Const<1>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...K,K...->...", &[flat(&x0), flat(&x1)], &[1]);
    let got: Tensor<f64, (Const<1>,)> = einsum!("...K,K...->...", &x0, x1);
    check("case 71: ...K,K...->...", &got, &[1], &want, 3);
}

/// `w,w->w` on (Bcast,), (Const<5>,) -> (Const<5>,)
fn case_072() {
    let mut rng = SeededRng::new(1072);
    let s0 = Tensor::<f64, (Bcast,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("w,w->w", &[flat(&x0.to_tensor()), flat(&x1)], &[5]);
    let got: Tensor<f64, (Const<5>,), Heap> = einsum!("w,w->w", x0, x1);
    check("case 72: w,w->w", &got, &[5], &want, 1);
}

/// `bb,mbmm,om,m->bm` on (Const<5>, Const<5>), (Const<5>, Const<5>, Const<5>, Const<5>), (Const<3>, Const<5>), (Const<5>,) -> (Const<5>, Const<5>)
fn case_073() {
    let mut rng = SeededRng::new(1073);
    let s0 = Tensor::<f64, (Const<6>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 1, 5, 1>();
    let s1 = Tensor::<f64, (Const<10>, Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 0, 5, 2>();
    let s2 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let x3 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "bb,mbmm,om,m->bm",
        &[
            flat(&x0.to_tensor()),
            flat(&x1.to_tensor()),
            flat(&x2.to_tensor()),
            flat(&x3),
        ],
        &[5, 5],
    );
    let got: Tensor<f64, (Const<5>, Const<5>)> = einsum!("bb,mbmm,om,m->bm", x0, x1, x2, x3);
    check("case 73: bb,mbmm,om,m->bm", &got, &[5, 5], &want, 3);
}

/// `NS->NqSz` on (Const<3>, Const<3>) -> (Const<3>, Const<2>, Const<3>, Const<2>)
fn case_074() {
    let mut rng = SeededRng::new(1074);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("NS->NqSz", &[flat(&x0)], &[3, 2, 3, 2]);
    let got: Tensor<f64, (Const<3>, Const<2>, Const<3>, Const<2>)> =
        einsum!("NS->NqSz", x0; broadcast = [q, z]);
    check("case 74: NS->NqSz", &got, &[3, 2, 3, 2], &want, 1);
}

/// `dX,X,XK,zX` on (Const<2>, Const<4>), (Const<4>,), (Const<4>, Const<5>), (Const<2>, Const<4>) -> (Const<5>, Const<2>, Const<2>)
fn case_075() {
    let mut rng = SeededRng::new(1075);
    let x0 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "dX,X,XK,zX",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 2, 2],
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<2>), Heap> =
        einsum!("dX,X,XK,zX", x0, &x1, x2, x3);
    check("case 75: dX,X,XK,zX", &got, &[5, 2, 2], &want, 4);
}

/// `cc,c` on (Const<5>, Const<5>), (Const<5>,) -> ()
fn case_076() {
    let mut rng = SeededRng::new(1076);
    let x0 = Tensor::<f64, (Const<5>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("cc,c", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("cc,c", &x0, x1);
    check("case 76: cc,c", &got, &[], &want, 5);
}

/// `qqqq,qqqq,->` on (Const<2>, Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>, Const<2>, Const<2>), () -> ()
fn case_077() {
    let mut rng = SeededRng::new(1077);
    let s0 = Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<3, 1, 2, -1>();
    let x1 = Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "qqqq,qqqq,->",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[],
    );
    let got: Tensor<f64, ()> = einsum!("qqqq,qqqq,->", x0, &x1, x2);
    check("case 77: qqqq,qqqq,->", &got, &[], &want, 2);
}

/// `eee,ee,ee` on (Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>), (Const<2>, Const<2>) -> ()
fn case_078() {
    let mut rng = SeededRng::new(1078);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("eee,ee,ee", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let got: Tensor<f64, ()> = einsum!("eee,ee,ee", x0, x1, x2);
    check("case 78: eee,ee,ee", &got, &[], &want, 2);
}

/// `...->...` on (Const<4>, Const<1>) -> (Const<4>, Const<1>)
fn case_079() {
    let mut rng = SeededRng::new(1079);
    let s0 = Tensor::<f64, (Const<7>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 0, 4, 2>();
    let want = oracle("...->...", &[flat(&x0.to_tensor())], &[4, 1]);
    let got: Tensor<f64, (Const<4>, Const<1>)> = einsum!("...->...", x0);
    check("case 79: ...->...", &got, &[4, 1], &want, 1);
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

/// `Z,ZZZZ->` on (Const<5>,), (Bcast, Bcast, Bcast, Bcast) -> ()
fn case_080() {
    let mut rng = SeededRng::new(1080);
    let x0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("Z,ZZZZ->", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("Z,ZZZZ->", &x0, &x1);
    check("case 80: Z,ZZZZ->", &got, &[], &want, 5);
}

/// `cc,sc->` on (Const<3>, Const<3>), (Const<2>, Const<3>) -> ()
fn case_081() {
    let mut rng = SeededRng::new(1081);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<1, 0, 3, 1>();
    let want = oracle("cc,sc->", &[flat(&x0), flat(&x1.to_tensor())], &[]);
    let got: Tensor<f64, ()> = einsum!("cc,sc->", &x0, x1);
    check("case 81: cc,sc->", &got, &[], &want, 6);
}

/// `t,t,tt->t` on (Const<2>,), (Const<2>,), (Const<2>, Const<2>) -> (Const<2>,)
fn case_082() {
    let mut rng = SeededRng::new(1082);
    let s0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "t,t,tt->t",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[2],
    );
    let got: Tensor<f64, (Const<2>,)> = einsum!("t,t,tt->t", x0, &x1, &x2);
    check("case 82: t,t,tt->t", &got, &[2], &want, 1);
}

/// `ep,esp,s,epss->peu` on (Const<5>, Const<2>), (Const<5>, Const<1>, Const<2>), (Const<1>,), (Const<5>, Const<2>, Const<1>, Const<1>) -> (Const<2>, Const<5>, Const<4>)
fn case_083() {
    let mut rng = SeededRng::new(1083);
    let x0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<2>, Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "ep,esp,s,epss->peu",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2, 5, 4],
    );
    let got: Tensor<f64, (Const<2>, Const<5>, Const<4>)> =
        einsum!("ep,esp,s,epss->peu", x0, &x1, &x2, x3; broadcast = [u]);
    check("case 83: ep,esp,s,epss->peu", &got, &[2, 5, 4], &want, 1);
}

/// `GG,GGG->GG` on (Const<5>, Const<5>), (Const<5>, Const<5>, Const<5>) -> (Const<5>, Const<5>)
fn case_084() {
    let mut rng = SeededRng::new(1084);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("GG,GGG->GG", &[flat(&x0), flat(&x1)], &[5, 5]);
    let got: Tensor<f64, (Const<5>, Const<5>)> = einsum!("GG,GGG->GG", x0, &x1);
    check("case 84: GG,GGG->GG", &got, &[5, 5], &want, 1);
}

/// `yl->` on (Const<1>, Const<3>) -> ()
fn case_085() {
    let mut rng = SeededRng::new(1085);
    let s0 = Tensor::<f64, (Const<1>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<1, 1, 3, 1>();
    let want = oracle("yl->", &[flat(&x0.to_tensor())], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("yl->", x0);
    check("case 85: yl->", &got, &[], &want, 3);
}

/// `j,jlj->lj` on (Bcast,), (Const<3>, Const<5>, Const<3>) -> (Const<5>, Const<3>)
fn case_086() {
    let mut rng = SeededRng::new(1086);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("j,jlj->lj", &[flat(&x0), flat(&x1)], &[5, 3]);
    let got: Tensor<f64, (Const<5>, Const<3>)> = einsum!("j,jlj->lj", &x0, &x1);
    check("case 86: j,jlj->lj", &got, &[5, 3], &want, 1);
}

/// `...f,...uQf,...uQ,...Quf->...uQ` on (Const<4>, Const<1>, Bcast), (Bcast, Bcast, Const<5>, Const<5>, Const<1>), (Const<4>, Const<1>, Const<5>, Const<5>), (Const<1>, Const<5>, Const<5>, Const<1>) -> (Const<4>, Const<1>, Const<5>, Const<5>)
fn case_087() {
    let mut rng = SeededRng::new(1087);
    let x0 = Tensor::<f64, (Const<4>, Const<1>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s1 =
        Tensor::<f64, (Bcast, Bcast, Const<5>, Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<2, 4, 5, -1>();
    let x2 = Tensor::<f64, (Const<4>, Const<1>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 =
        Tensor::<f64, (Const<1>, Const<5>, Const<5>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let want = oracle(
        "...f,...uQf,...uQ,...Quf->...uQ",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[4, 1, 5, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<1>, Const<5>, Const<5>), Heap> =
        einsum!("...f,...uQf,...uQ,...Quf->...uQ", x0, x1, x2, x3);
    check(
        "case 87: ...f,...uQf,...uQ,...Quf->...uQ",
        &got,
        &[4, 1, 5, 5],
        &want,
        1,
    );
}

/// `rii` on (Const<5>, Const<4>, Const<4>) -> (Const<5>,)
fn case_088() {
    let mut rng = SeededRng::new(1088);
    let x0 = Tensor::<f64, (Const<5>, Const<4>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("rii", &[flat(&x0)], &[5]);
    let got: Tensor<f64, (Const<5>,), Heap> = einsum!("rii", x0);
    check("case 88: rii", &got, &[5], &want, 4);
}

/// `tq,qst,->st` on (Const<3>, Const<2>), (Bcast, Bcast, Const<3>), () -> (Bcast, Const<3>)
fn case_089() {
    let mut rng = SeededRng::new(1089);
    let x0 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Bcast, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("tq,qst,->st", &[flat(&x0), flat(&x1), flat(&x2)], &[1, 3]);
    let got: Tensor<f64, (Bcast, Const<3>)> = einsum!("tq,qst,->st", &x0, x1, x2);
    check("case 89: tq,qst,->st", &got, &[1, 3], &want, 2);
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

/// `n,->` on (Const<5>,), () -> ()
fn case_090() {
    let mut rng = SeededRng::new(1090);
    let x0 = Tensor::<f64, (Const<5>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("n,->", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("n,->", x0, &x1);
    check("case 90: n,->", &got, &[], &want, 5);
}

/// `...AB,...BA,...BAB` on (Bcast, Bcast, Const<4>), (Bcast, Const<4>, Const<5>), (Const<4>, Bcast, Const<4>) -> (Bcast,)
fn case_091() {
    let mut rng = SeededRng::new(1091);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...AB,...BA,...BAB",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[1],
    );
    let got: Tensor<f64, (Bcast,)> = einsum!("...AB,...BA,...BAB", x0, x1, x2);
    check("case 91: ...AB,...BA,...BAB", &got, &[1], &want, 20);
}

/// `rrr,r->r` on (Bcast, Bcast, Bcast), (Const<2>,) -> (Const<2>,)
fn case_092() {
    let mut rng = SeededRng::new(1092);
    let x0 = Tensor::<f64, (Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("rrr,r->r", &[flat(&x0), flat(&x1)], &[2]);
    let got: Tensor<f64, (Const<2>,), Heap> = einsum!("rrr,r->r", x0, x1);
    check("case 92: rrr,r->r", &got, &[2], &want, 1);
}

/// `xx->x` on (Const<3>, Const<3>) -> (Const<3>,)
fn case_093() {
    let mut rng = SeededRng::new(1093);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("xx->x", &[flat(&x0)], &[3]);
    let got: Tensor<f64, (Const<3>,)> = einsum!("xx->x", &x0);
    check("case 93: xx->x", &got, &[3], &want, 1);
}

/// `d->wd` on (Const<3>,) -> (Const<3>, Const<3>)
fn case_094() {
    let mut rng = SeededRng::new(1094);
    let s0 = Tensor::<f64, (Const<6>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 1, 3, 2>();
    let want = oracle("d->wd", &[flat(&x0.to_tensor())], &[3, 3]);
    let got: Tensor<f64, (Const<3>, Const<3>)> = einsum!("d->wd", x0; broadcast = [w]);
    check("case 94: d->wd", &got, &[3, 3], &want, 1);
}

/// `r,rw` on (Const<4>,), (Const<4>, Const<5>) -> (Const<5>,)
fn case_095() {
    let mut rng = SeededRng::new(1095);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("r,rw", &[flat(&x0), flat(&x1)], &[5]);
    let got: Tensor<f64, (Const<5>,)> = einsum!("r,rw", x0, x1);
    check("case 95: r,rw", &got, &[5], &want, 4);
}

/// `gu,hD->gh` on (Const<1>, Bcast), (Const<4>, Const<2>) -> (Const<1>, Const<4>)
fn case_096() {
    let mut rng = SeededRng::new(1096);
    let x0 = Tensor::<f64, (Const<1>, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("gu,hD->gh", &[flat(&x0), flat(&x1)], &[1, 4]);
    let got: Tensor<f64, (Const<1>, Const<4>), Heap> = einsum!("gu,hD->gh", x0, x1);
    check("case 96: gu,hD->gh", &got, &[1, 4], &want, 2);
}

/// `,tq` on (), (Const<3>, Const<3>) -> (Const<3>, Const<3>)
fn case_097() {
    let mut rng = SeededRng::new(1097);
    let x0 = Tensor::<f64, (), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(",tq", &[flat(&x0), flat(&x1)], &[3, 3]);
    let got: Tensor<f64, (Const<3>, Const<3>), Heap> = einsum!(",tq", &x0, x1);
    check("case 97: ,tq", &got, &[3, 3], &want, 1);
}

/// `...vi,v...->iv...i` on (Const<3>, Const<2>, Bcast, Const<2>, Const<3>), (Const<2>, Const<3>, Bcast, Const<1>) -> (Const<3>, Const<2>, Const<3>, Const<2>, Const<1>, Const<3>)
fn case_098() {
    let mut rng = SeededRng::new(1098);
    let s0 = Tensor::<f64, (Const<3>, Const<3>, Bcast, Const<2>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x0 = s0.slice::<1, 0, 2, 1>();
    let x1 =
        Tensor::<f64, (Const<2>, Const<3>, Bcast, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...vi,v...->iv...i",
        &[flat(&x0.to_tensor()), flat(&x1)],
        &[3, 2, 3, 2, 1, 3],
    );
    let got: Tensor<f64, (Const<3>, Const<2>, Const<3>, Const<2>, Const<1>, Const<3>), Heap> =
        einsum!("...vi,v...->iv...i", x0, x1);
    check(
        "case 98: ...vi,v...->iv...i",
        &got,
        &[3, 2, 3, 2, 1, 3],
        &want,
        1,
    );
}

/// `...,...cf,...ccf->...fc` on (Bcast,), (Bcast, Const<4>, Const<5>), (Const<4>, Const<4>, Const<5>) -> (Bcast, Const<5>, Const<4>)
fn case_099() {
    let mut rng = SeededRng::new(1099);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<4>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...,...cf,...ccf->...fc",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[1, 5, 4],
    );
    let got: Tensor<f64, (Bcast, Const<5>, Const<4>), Heap> =
        einsum!("...,...cf,...ccf->...fc", &x0, &x1, x2);
    check(
        "case 99: ...,...cf,...ccf->...fc",
        &got,
        &[1, 5, 4],
        &want,
        1,
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

/// `turu->r` on (Const<2>, Const<4>, Const<5>, Const<4>) -> (Const<5>,)
fn case_100() {
    let mut rng = SeededRng::new(1100);
    let x0 = Tensor::<f64, (Const<2>, Const<4>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("turu->r", &[flat(&x0)], &[5]);
    let got: Tensor<f64, (Const<5>,)> = einsum!("turu->r", x0);
    check("case 100: turu->r", &got, &[5], &want, 8);
}

/// `xx,xjjj->j` on (Const<5>, Const<5>), (Const<5>, Bcast, Bcast, Bcast) -> (Bcast,)
fn case_101() {
    let mut rng = SeededRng::new(1101);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("xx,xjjj->j", &[flat(&x0), flat(&x1)], &[1]);
    let got: Tensor<f64, (Bcast,)> = einsum!("xx,xjjj->j", x0, x1);
    check("case 101: xx,xjjj->j", &got, &[1], &want, 5);
}

/// `b,yb->` on (Const<4>,), (Const<1>, Const<4>) -> ()
fn case_102() {
    let mut rng = SeededRng::new(1102);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("b,yb->", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("b,yb->", x0, &x1);
    check("case 102: b,yb->", &got, &[], &want, 4);
}

/// `onz,zun->au` on (Const<3>, Const<2>, Const<2>), (Const<2>, Bcast, Const<2>) -> (Const<2>, Bcast)
fn case_103() {
    let mut rng = SeededRng::new(1103);
    let x0 = Tensor::<f64, (Const<3>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("onz,zun->au", &[flat(&x0), flat(&x1)], &[2, 1]);
    let got: Tensor<f64, (Const<2>, Bcast)> = einsum!("onz,zun->au", x0, &x1; broadcast = [a]);
    check("case 103: onz,zun->au", &got, &[2, 1], &want, 12);
}

/// `pah,a->pph` on (Const<3>, Const<3>, Const<4>), (Bcast,) -> (Const<3>, Const<3>, Const<4>)
fn case_104() {
    let mut rng = SeededRng::new(1104);
    let s0 = Tensor::<f64, (Const<6>, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 1, 3, 2>();
    let x1 = Tensor::<f64, (Bcast,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "pah,a->pph",
        &[flat(&x0.to_tensor()), flat(&x1)],
        &[3, 3, 4],
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<4>), Heap> = einsum!("pah,a->pph", x0, x1);
    check("case 104: pah,a->pph", &got, &[3, 3, 4], &want, 3);
}

/// `kkk,kkk,kkk->f` on (Const<1>, Const<1>, Const<1>), (Bcast, Bcast, Bcast), (Bcast, Bcast, Bcast) -> (Const<3>,)
fn case_105() {
    let mut rng = SeededRng::new(1105);
    let x0 = Tensor::<f64, (Const<1>, Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "kkk,kkk,kkk->f",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[3],
    );
    let got: Tensor<f64, (Const<3>,)> = einsum!("kkk,kkk,kkk->f", x0, x1, &x2; broadcast = [f]);
    check("case 105: kkk,kkk,kkk->f", &got, &[3], &want, 1);
}

/// `Ynrs,Ss,,k->r` on (Bcast, Bcast, Const<5>, Bcast), (Const<3>, Const<5>), (), (Bcast,) -> (Const<5>,)
fn case_106() {
    let mut rng = SeededRng::new(1106);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Ynrs,Ss,,k->r",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5],
    );
    let got: Tensor<f64, (Const<5>,), Heap> = einsum!("Ynrs,Ss,,k->r", &x0, x1, &x2, x3);
    check("case 106: Ynrs,Ss,,k->r", &got, &[5], &want, 15);
}

/// `...iplc,...gmp,...mpg,...` on (Const<2>, Const<5>, Const<2>, Const<3>), (Const<2>, Const<1>, Const<5>), (Const<5>, Bcast, Const<1>, Const<1>, Const<5>, Const<2>), () -> (Const<5>, Bcast, Const<1>, Const<3>, Const<2>, Const<2>)
fn case_107() {
    let mut rng = SeededRng::new(1107);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 =
        Tensor::<f64, (Const<5>, Bcast, Const<1>, Const<1>, Const<5>, Const<2>), Heap>::uniform(
            &mut rng, -1.0, 1.0,
        );
    let x3 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...iplc,...gmp,...mpg,...",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[5, 1, 1, 3, 2, 2],
    );
    let got: Tensor<f64, (Const<5>, Bcast, Const<1>, Const<3>, Const<2>, Const<2>), Heap> =
        einsum!("...iplc,...gmp,...mpg,...", &x0, x1, &x2, &x3);
    check(
        "case 107: ...iplc,...gmp,...mpg,...",
        &got,
        &[5, 1, 1, 3, 2, 2],
        &want,
        10,
    );
}

/// `nFF,nFF` on (Const<5>, Const<4>, Const<4>), (Const<5>, Const<4>, Const<4>) -> ()
fn case_108() {
    let mut rng = SeededRng::new(1108);
    let x0 = Tensor::<f64, (Const<5>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("nFF,nFF", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("nFF,nFF", x0, &x1);
    check("case 108: nFF,nFF", &got, &[], &want, 20);
}

/// `no,on->on` on (Const<1>, Const<3>), (Const<3>, Const<1>) -> (Const<3>, Const<1>)
fn case_109() {
    let mut rng = SeededRng::new(1109);
    let s0 = Tensor::<f64, (Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<1, 0, 3, 1>();
    let s1 = Tensor::<f64, (Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<1, 0, 1, 2>();
    let want = oracle(
        "no,on->on",
        &[flat(&x0.to_tensor()), flat(&x1.to_tensor())],
        &[3, 1],
    );
    let got: Tensor<f64, (Const<3>, Const<1>)> = tensorial::einsum!("no,on->on", x0, x1);
    check("case 109: no,on->on", &got, &[3, 1], &want, 1);
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

/// `u,gue->` on (Const<1>,), (Const<3>, Bcast, Const<5>) -> ()
fn case_110() {
    let mut rng = SeededRng::new(1110);
    let s0 = Tensor::<f64, (Const<2>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 0, 1, 1>();
    let x1 = Tensor::<f64, (Const<3>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("u,gue->", &[flat(&x0.to_tensor()), flat(&x1)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("u,gue->", x0, x1);
    check("case 110: u,gue->", &got, &[], &want, 15);
}

/// `...kj,j...kk,...kjjk->...j` on (Bcast, Const<3>, Bcast, Const<5>, Bcast), (Const<4>, Bcast, Bcast, Bcast, Const<5>, Const<5>), (Const<5>, Const<4>, Const<4>, Const<5>) -> (Bcast, Const<3>, Bcast, Const<4>)
fn case_111() {
    let mut rng = SeededRng::new(1111);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Bcast, Const<5>, Bcast), Heap>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<4>, Bcast, Bcast, Bcast, Const<5>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...kj,j...kk,...kjjk->...j",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[1, 3, 1, 4],
    );
    let got: Tensor<f64, (Bcast, Const<3>, Bcast, Const<4>), Heap> =
        einsum!("...kj,j...kk,...kjjk->...j", x0, x1, x2);
    check(
        "case 111: ...kj,j...kk,...kjjk->...j",
        &got,
        &[1, 3, 1, 4],
        &want,
        5,
    );
}

/// `Sz,Sj,j->Sz` on (Bcast, Bcast), (Const<4>, Bcast), (Bcast,) -> (Const<4>, Bcast)
fn case_112() {
    let mut rng = SeededRng::new(1112);
    let x0 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("Sz,Sj,j->Sz", &[flat(&x0), flat(&x1), flat(&x2)], &[4, 1]);
    let got: Tensor<f64, (Const<4>, Bcast)> = einsum!("Sz,Sj,j->Sz", &x0, &x1, x2);
    check("case 112: Sz,Sj,j->Sz", &got, &[4, 1], &want, 1);
}

/// `yy->` on (Const<2>, Const<2>) -> ()
fn case_113() {
    let mut rng = SeededRng::new(1113);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("yy->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("yy->", &x0);
    check("case 113: yy->", &got, &[], &want, 2);
}

/// `Uvp,vpm,,U->dmpUv` on (Const<1>, Const<4>, Const<2>), (Const<4>, Const<2>, Bcast), (), (Const<1>,) -> (Const<2>, Bcast, Const<2>, Const<1>, Const<4>)
fn case_114() {
    let mut rng = SeededRng::new(1114);
    let x0 = Tensor::<f64, (Const<1>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>, Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<1, 1, 2, 1>();
    let x2 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Uvp,vpm,,U->dmpUv",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[2, 1, 2, 1, 4],
    );
    let got: Tensor<f64, (Const<2>, Bcast, Const<2>, Const<1>, Const<4>)> =
        tensorial::einsum!("Uvp,vpm,,U->dmpUv", x0, x1, &x2, &x3; broadcast = [d]);
    check(
        "case 114: Uvp,vpm,,U->dmpUv",
        &got,
        &[2, 1, 2, 1, 4],
        &want,
        1,
    );
}

/// `jn,zin,inz,gzn` on (Const<3>, Const<2>), (Const<5>, Const<5>, Const<2>), (Const<5>, Const<2>, Const<5>), (Const<3>, Const<5>, Const<2>) -> (Const<3>, Const<3>)
fn case_115() {
    let mut rng = SeededRng::new(1115);
    let x0 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<2>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "jn,zin,inz,gzn",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 3],
    );
    let got: Tensor<f64, (Const<3>, Const<3>), Heap> = einsum!("jn,zin,inz,gzn", &x0, &x1, x2, &x3);
    check("case 115: jn,zin,inz,gzn", &got, &[3, 3], &want, 50);
}

/// `haj->` on (Const<1>, Const<4>, Const<4>) -> ()
fn case_116() {
    let mut rng = SeededRng::new(1116);
    let x0 = Tensor::<f64, (Const<1>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("haj->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("haj->", &x0);
    check("case 116: haj->", &got, &[], &want, 16);
}

/// `zzzz->` on (Const<2>, Const<2>, Const<2>, Const<2>) -> ()
fn case_117() {
    let mut rng = SeededRng::new(1117);
    let s0 = Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let want = oracle("zzzz->", &[flat(&x0.to_tensor())], &[]);
    let got: Tensor<f64, ()> = einsum!("zzzz->", x0);
    check("case 117: zzzz->", &got, &[], &want, 2);
}

/// `rww->` on (Const<2>, Bcast, Bcast) -> ()
fn case_118() {
    let mut rng = SeededRng::new(1118);
    let x0 = Tensor::<f64, (Const<2>, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("rww->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("rww->", &x0);
    check("case 118: rww->", &got, &[], &want, 2);
}

/// `aa->a` on (Const<3>, Const<3>) -> (Const<3>,)
fn case_119() {
    let mut rng = SeededRng::new(1119);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("aa->a", &[flat(&x0)], &[3]);
    let got: Tensor<f64, (Const<3>,)> = einsum!("aa->a", &x0);
    check("case 119: aa->a", &got, &[3], &want, 1);
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

/// `bnbb,nbn,bnnn->` on (Bcast, Const<3>, Bcast, Bcast), (Const<3>, Const<5>, Const<3>), (Const<5>, Const<3>, Const<3>, Const<3>) -> ()
fn case_120() {
    let mut rng = SeededRng::new(1120);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("bnbb,nbn,bnnn->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let got: Tensor<f64, ()> = einsum!("bnbb,nbn,bnnn->", &x0, &x1, x2);
    check("case 120: bnbb,nbn,bnnn->", &got, &[], &want, 15);
}

/// `zzzz,zzz,zzzz->` on (Const<3>, Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>, Const<3>) -> ()
fn case_121() {
    let mut rng = SeededRng::new(1121);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("zzzz,zzz,zzzz->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let got: Tensor<f64, ()> = einsum!("zzzz,zzz,zzzz->", &x0, &x1, x2);
    check("case 121: zzzz,zzz,zzzz->", &got, &[], &want, 3);
}

/// `xin->nx` on (Const<3>, Const<3>, Const<4>) -> (Const<4>, Const<3>)
fn case_122() {
    let mut rng = SeededRng::new(1122);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("xin->nx", &[flat(&x0)], &[4, 3]);
    let got: Tensor<f64, (Const<4>, Const<3>), Heap> = einsum!("xin->nx", &x0);
    check("case 122: xin->nx", &got, &[4, 3], &want, 3);
}

/// `tv,vtv,vt->wjv` on (Const<5>, Const<4>), (Const<4>, Const<5>, Const<4>), (Bcast, Const<5>) -> (Const<4>, Const<1>, Const<4>)
fn case_123() {
    let mut rng = SeededRng::new(1123);
    let x0 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "tv,vtv,vt->wjv",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[4, 1, 4],
    );
    let got: Tensor<f64, (Const<4>, Const<1>, Const<4>)> =
        einsum!("tv,vtv,vt->wjv", x0, x1, &x2; broadcast = [w, j]);
    check("case 123: tv,vtv,vt->wjv", &got, &[4, 1, 4], &want, 5);
}

/// `sj,jics,ji->cjij` on (Const<3>, Const<2>), (Const<2>, Const<3>, Const<3>, Const<3>), (Const<2>, Const<3>) -> (Const<3>, Const<2>, Const<3>, Const<2>)
fn case_124() {
    let mut rng = SeededRng::new(1124);
    let x0 = Tensor::<f64, (Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<1, 2, 3, 1>();
    let want = oracle(
        "sj,jics,ji->cjij",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[3, 2, 3, 2],
    );
    let got: Tensor<f64, (Const<3>, Const<2>, Const<3>, Const<2>)> =
        einsum!("sj,jics,ji->cjij", &x0, &x1, x2);
    check("case 124: sj,jics,ji->cjij", &got, &[3, 2, 3, 2], &want, 3);
}

/// `usu,us,su,uss->u` on (Const<1>, Const<5>, Const<1>), (Const<1>, Const<5>), (Const<5>, Bcast), (Const<1>, Const<5>, Const<5>) -> (Const<1>,)
fn case_125() {
    let mut rng = SeededRng::new(1125);
    let x0 = Tensor::<f64, (Const<1>, Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<0>();
    let s3 = Tensor::<f64, (Const<1>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view().flip::<0>();
    let want = oracle(
        "usu,us,su,uss->u",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3.to_tensor()),
        ],
        &[1],
    );
    let got: Tensor<f64, (Const<1>,), Heap> = einsum!("usu,us,su,uss->u", &x0, &x1, x2, x3);
    check("case 125: usu,us,su,uss->u", &got, &[1], &want, 5);
}

/// `vo,voo->mn` on (Bcast, Bcast), (Const<5>, Const<2>, Const<2>) -> (Const<3>, Const<4>)
fn case_126() {
    let mut rng = SeededRng::new(1126);
    let s0 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<5>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("vo,voo->mn", &[flat(&x0.to_tensor()), flat(&x1)], &[3, 4]);
    let got: Tensor<f64, (Const<3>, Const<4>)> = einsum!("vo,voo->mn", x0, &x1; broadcast = [m, n]);
    check("case 126: vo,voo->mn", &got, &[3, 4], &want, 10);
}

/// `...ah,...xhaa,...xah,...a->x...a` on (Bcast, Bcast, Const<2>, Const<2>), (Const<4>, Const<4>, Const<3>, Const<2>, Const<2>, Const<2>), (Const<3>, Const<2>, Const<2>), (Const<2>,) -> (Const<3>, Const<4>, Const<4>, Const<2>)
fn case_127() {
    let mut rng = SeededRng::new(1127);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>, Const<4>, Const<4>, Const<2>, Const<2>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.slice::<2, 3, 3, -1>();
    let x2 = Tensor::<f64, (Const<3>, Const<2>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...ah,...xhaa,...xah,...a->x...a",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[3, 4, 4, 2],
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<4>, Const<2>), Heap> =
        einsum!("...ah,...xhaa,...xah,...a->x...a", x0, x1, &x2, &x3);
    check(
        "case 127: ...ah,...xhaa,...xah,...a->x...a",
        &got,
        &[3, 4, 4, 2],
        &want,
        2,
    );
}

/// `sss,ss,ss` on (Const<5>, Const<5>, Const<5>), (Const<5>, Const<5>), (Const<5>, Const<5>) -> ()
fn case_128() {
    let mut rng = SeededRng::new(1128);
    let x0 = Tensor::<f64, (Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<1>();
    let s2 = Tensor::<f64, (Const<10>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<0, 0, 5, 2>();
    let want = oracle(
        "sss,ss,ss",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2.to_tensor())],
        &[],
    );
    let got: Tensor<f64, (), Heap> = einsum!("sss,ss,ss", x0, x1, &x2);
    check("case 128: sss,ss,ss", &got, &[], &want, 5);
}

/// `zt,to,o,tz->otz` on (Const<2>, Const<4>), (Const<4>, Const<4>), (Const<4>,), (Const<4>, Const<2>) -> (Const<4>, Const<4>, Const<2>)
fn case_129() {
    let mut rng = SeededRng::new(1129);
    let x0 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<6>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<0, 2, 4, 1>();
    let x3 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zt,to,o,tz->otz",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[4, 4, 2],
    );
    let got: Tensor<f64, (Const<4>, Const<4>, Const<2>)> =
        einsum!("zt,to,o,tz->otz", x0, &x1, x2, x3);
    check("case 129: zt,to,o,tz->otz", &got, &[4, 4, 2], &want, 1);
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

/// `aa,aaaa,aaaa->` on (Const<2>, Const<2>), (Const<2>, Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>, Const<2>, Const<2>) -> ()
fn case_130() {
    let mut rng = SeededRng::new(1130);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 =
        Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("aa,aaaa,aaaa->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("aa,aaaa,aaaa->", &x0, &x1, &x2);
    check("case 130: aa,aaaa,aaaa->", &got, &[], &want, 2);
}

/// `...ak->...k` on (Const<1>, Bcast, Const<3>, Const<2>) -> (Const<1>, Bcast, Const<2>)
fn case_131() {
    let mut rng = SeededRng::new(1131);
    let s0 = Tensor::<f64, (Const<1>, Bcast, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 3, 3, -1>();
    let want = oracle("...ak->...k", &[flat(&x0.to_tensor())], &[1, 1, 2]);
    let got: Tensor<f64, (Const<1>, Bcast, Const<2>)> = einsum!("...ak->...k", &x0);
    check("case 131: ...ak->...k", &got, &[1, 1, 2], &want, 3);
}

/// `HUft,H->t` on (Bcast, Bcast, Const<5>, Const<3>), (Const<2>,) -> (Const<3>,)
fn case_132() {
    let mut rng = SeededRng::new(1132);
    let x0 = Tensor::<f64, (Bcast, Bcast, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("HUft,H->t", &[flat(&x0), flat(&x1)], &[3]);
    let got: Tensor<f64, (Const<3>,)> = einsum!("HUft,H->t", &x0, x1);
    check("case 132: HUft,H->t", &got, &[3], &want, 10);
}

/// `tt,t->t` on (Const<5>, Const<5>), (Const<5>,) -> (Const<5>,)
fn case_133() {
    let mut rng = SeededRng::new(1133);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("tt,t->t", &[flat(&x0), flat(&x1)], &[5]);
    let got: Tensor<f64, (Const<5>,), Heap> = einsum!("tt,t->t", x0, &x1);
    check("case 133: tt,t->t", &got, &[5], &want, 1);
}

/// `wm->imwj` on (Const<4>, Const<4>) -> (Const<4>, Const<4>, Const<4>, Const<4>)
fn case_134() {
    let mut rng = SeededRng::new(1134);
    let x0 = Tensor::<f64, (Const<4>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("wm->imwj", &[flat(&x0)], &[4, 4, 4, 4]);
    let got: Tensor<f64, (Const<4>, Const<4>, Const<4>, Const<4>), Heap> =
        einsum!("wm->imwj", x0; broadcast = [i, j]);
    check("case 134: wm->imwj", &got, &[4, 4, 4, 4], &want, 1);
}

/// `fvKf,vf,fK,f` on (Const<2>, Const<4>, Const<2>, Const<2>), (Const<4>, Const<2>), (Const<2>, Bcast), (Const<2>,) -> ()
fn case_135() {
    let mut rng = SeededRng::new(1135);
    let x0 = Tensor::<f64, (Const<2>, Const<4>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<0, 0, 2, 2>();
    let x3 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fvKf,vf,fK,f",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[],
    );
    let got: Tensor<f64, ()> = tensorial::einsum!("fvKf,vf,fK,f", x0, x1, x2, &x3);
    check("case 135: fvKf,vf,fK,f", &got, &[], &want, 16);
}

/// `c->` on (Const<2>,) -> ()
fn case_136() {
    let mut rng = SeededRng::new(1136);
    let x0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("c->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("c->", &x0);
    check("case 136: c->", &got, &[], &want, 2);
}

/// `fN,Nf->f` on (Bcast, Const<5>), (Const<5>, Const<1>) -> (Const<1>,)
fn case_137() {
    let mut rng = SeededRng::new(1137);
    let x0 = Tensor::<f64, (Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("fN,Nf->f", &[flat(&x0), flat(&x1)], &[1]);
    let got: Tensor<f64, (Const<1>,)> = einsum!("fN,Nf->f", x0, &x1);
    check("case 137: fN,Nf->f", &got, &[1], &want, 5);
}

/// `cmc,c->` on (Bcast, Const<4>, Bcast), (Bcast,) -> ()
fn case_138() {
    let mut rng = SeededRng::new(1138);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let want = oracle("cmc,c->", &[flat(&x0), flat(&x1.to_tensor())], &[]);
    let got: Tensor<f64, ()> = einsum!("cmc,c->", x0, x1);
    check("case 138: cmc,c->", &got, &[], &want, 4);
}

/// `...au,...->...u` on (Bcast, Const<3>), (Const<3>, Const<4>) -> (Const<3>, Const<4>, Const<3>)
fn case_139() {
    let mut rng = SeededRng::new(1139);
    let x0 = Tensor::<f64, (Bcast, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...au,...->...u", &[flat(&x0), flat(&x1)], &[3, 4, 3]);
    let got: Tensor<f64, (Const<3>, Const<4>, Const<3>), Heap> = einsum!("...au,...->...u", x0, x1);
    check("case 139: ...au,...->...u", &got, &[3, 4, 3], &want, 1);
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

/// `EEE,EE->E` on (Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>) -> (Const<3>,)
fn case_140() {
    let mut rng = SeededRng::new(1140);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<1, 0, 3, 2>();
    let want = oracle("EEE,EE->E", &[flat(&x0), flat(&x1.to_tensor())], &[3]);
    let got: Tensor<f64, (Const<3>,), Heap> = einsum!("EEE,EE->E", &x0, &x1);
    check("case 140: EEE,EE->E", &got, &[3], &want, 1);
}

/// `ccc` on (Const<3>, Const<3>, Const<3>) -> ()
fn case_141() {
    let mut rng = SeededRng::new(1141);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ccc", &[flat(&x0)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("ccc", &x0);
    check("case 141: ccc", &got, &[], &want, 3);
}

/// `vvv,v,vvv,vv->` on (Const<1>, Const<1>, Const<1>), (Const<1>,), (Const<1>, Const<1>, Const<1>), (Const<1>, Const<1>) -> ()
fn case_142() {
    let mut rng = SeededRng::new(1142);
    let s0 = Tensor::<f64, (Const<1>, Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<1>();
    let x1 = Tensor::<f64, (Const<1>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vvv,v,vvv,vv->",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let got: Tensor<f64, (), Heap> = einsum!("vvv,v,vvv,vv->", x0, &x1, x2, &x3);
    check("case 142: vvv,v,vvv,vv->", &got, &[], &want, 1);
}

/// `to,tf->l` on (Const<5>, Const<2>), (Const<5>, Const<5>) -> (Const<2>,)
fn case_143() {
    let mut rng = SeededRng::new(1143);
    let x0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>, Const<9>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<1, 0, 5, 2>();
    let want = oracle("to,tf->l", &[flat(&x0), flat(&x1.to_tensor())], &[2]);
    let got: Tensor<f64, (Const<2>,)> = einsum!("to,tf->l", x0, x1; broadcast = [l]);
    check("case 143: to,tf->l", &got, &[2], &want, 50);
}

/// `df,f->dd` on (Bcast, Const<3>), (Bcast,) -> (Bcast, Bcast)
fn case_144() {
    let mut rng = SeededRng::new(1144);
    let x0 = Tensor::<f64, (Bcast, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("df,f->dd", &[flat(&x0), flat(&x1)], &[1, 1]);
    let got: Tensor<f64, (Bcast, Bcast)> = tensorial::einsum!("df,f->dd", &x0, &x1);
    check("case 144: df,f->dd", &got, &[1, 1], &want, 3);
}

/// `o...yuz,yz...,...y,...pozu->...ou` on (Bcast, Const<1>, Const<4>, Const<1>), (Bcast, Const<1>, Const<3>, Const<3>, Const<1>), (Const<1>, Const<1>), (Bcast, Bcast, Const<1>, Const<1>, Const<4>) -> (Const<3>, Const<3>, Const<1>, Const<1>, Const<4>)
fn case_145() {
    let mut rng = SeededRng::new(1145);
    let s0 = Tensor::<f64, (Bcast, Const<1>, Const<4>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let s1 = Tensor::<f64, (Bcast, Const<1>, Const<3>, Const<5>, Const<1>), Heap>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.slice::<3, 0, 3, 2>();
    let x2 = Tensor::<f64, (Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 =
        Tensor::<f64, (Bcast, Bcast, Const<1>, Const<1>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "o...yuz,yz...,...y,...pozu->...ou",
        &[
            flat(&x0.to_tensor()),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3),
        ],
        &[3, 3, 1, 1, 4],
    );
    let got: Tensor<f64, (Const<3>, Const<3>, Const<1>, Const<1>, Const<4>), Heap> =
        einsum!("o...yuz,yz...,...y,...pozu->...ou", x0, &x1, &x2, &x3);
    check(
        "case 145: o...yuz,yz...,...y,...pozu->...ou",
        &got,
        &[3, 3, 1, 1, 4],
        &want,
        1,
    );
}

/// `daa,adad,daa,ada->ad` on (Bcast, Const<2>, Const<2>), (Const<2>, Const<3>, Const<2>, Const<3>), (Bcast, Const<2>, Const<2>), (Const<2>, Bcast, Const<2>) -> (Const<2>, Const<3>)
fn case_146() {
    let mut rng = SeededRng::new(1146);
    let x0 = Tensor::<f64, (Bcast, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<3>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "daa,adad,daa,ada->ad",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[2, 3],
    );
    let got: Tensor<f64, (Const<2>, Const<3>)> =
        einsum!("daa,adad,daa,ada->ad", &x0, &x1, &x2, &x3);
    check("case 146: daa,adad,daa,ada->ad", &got, &[2, 3], &want, 1);
}

/// `EE...,...EE,...EEE,E...E->E...` on (Bcast, Bcast, Const<3>, Const<2>), (Const<1>, Const<1>), (Const<1>, Const<1>, Const<1>), (Const<1>, Bcast, Const<2>, Const<1>) -> (Const<1>, Const<3>, Const<2>)
fn case_147() {
    let mut rng = SeededRng::new(1147);
    let s0 = Tensor::<f64, (Bcast, Bcast, Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<3, 3, 2, -1>();
    let x1 = Tensor::<f64, (Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<1>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<1>, Bcast, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice::<3, 0, 1, 1>();
    let want = oracle(
        "EE...,...EE,...EEE,E...E->E...",
        &[
            flat(&x0.to_tensor()),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[1, 3, 2],
    );
    let got: Tensor<f64, (Const<1>, Const<3>, Const<2>), Heap> =
        tensorial::einsum!("EE...,...EE,...EEE,E...E->E...", &x0, &x1, x2, x3);
    check(
        "case 147: EE...,...EE,...EEE,E...E->E...",
        &got,
        &[1, 3, 2],
        &want,
        1,
    );
}

/// `vvrT,Tr` on (Const<2>, Const<2>, Const<4>, Const<5>), (Const<5>, Const<4>) -> ()
fn case_148() {
    let mut rng = SeededRng::new(1148);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("vvrT,Tr", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("vvrT,Tr", x0, &x1);
    check("case 148: vvrT,Tr", &got, &[], &want, 40);
}

/// `fnqe,n->feqn` on (Const<2>, Const<3>, Const<3>, Bcast), (Const<3>,) -> (Const<2>, Bcast, Const<3>, Const<3>)
fn case_149() {
    let mut rng = SeededRng::new(1149);
    let s0 =
        Tensor::<f64, (Const<2>, Const<3>, Const<5>, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 0, 3, 2>();
    let x1 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fnqe,n->feqn",
        &[flat(&x0.to_tensor()), flat(&x1)],
        &[2, 1, 3, 3],
    );
    let got: Tensor<f64, (Const<2>, Bcast, Const<3>, Const<3>), Heap> =
        einsum!("fnqe,n->feqn", x0, &x1);
    check("case 149: fnqe,n->feqn", &got, &[2, 1, 3, 3], &want, 1);
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

/// `uu->` on (Const<4>, Const<4>) -> ()
fn case_150() {
    let mut rng = SeededRng::new(1150);
    let x0 = Tensor::<f64, (Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("uu->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = tensorial::einsum!("uu->", x0);
    check("case 150: uu->", &got, &[], &want, 4);
}

/// `Ujd...,U...,jd...U,...dj->...jd` on (Const<3>, Const<3>, Const<5>), (Const<3>, Const<3>, Const<5>), (Const<3>, Const<5>, Const<5>, Const<3>), (Const<3>, Const<5>, Const<5>, Const<3>) -> (Const<3>, Const<5>, Const<3>, Const<5>)
fn case_151() {
    let mut rng = SeededRng::new(1151);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<5>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<5>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Ujd...,U...,jd...U,...dj->...jd",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 5, 3, 5],
    );
    let got: Tensor<f64, (Const<3>, Const<5>, Const<3>, Const<5>)> =
        tensorial::einsum!("Ujd...,U...,jd...U,...dj->...jd", x0, &x1, &x2, &x3);
    check(
        "case 151: Ujd...,U...,jd...U,...dj->...jd",
        &got,
        &[3, 5, 3, 5],
        &want,
        3,
    );
}

/// `t,tttt,ttt->t` on (Bcast,), (Bcast, Bcast, Bcast, Bcast), (Const<2>, Const<2>, Const<2>) -> (Const<2>,)
fn case_152() {
    let mut rng = SeededRng::new(1152);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Bcast, Bcast, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("t,tttt,ttt->t", &[flat(&x0), flat(&x1), flat(&x2)], &[2]);
    let got: Tensor<f64, (Const<2>,), Heap> = einsum!("t,tttt,ttt->t", &x0, &x1, &x2);
    check("case 152: t,tttt,ttt->t", &got, &[2], &want, 1);
}

/// `JJ,J->J` on (Bcast, Bcast), (Const<5>,) -> (Const<5>,)
fn case_153() {
    let mut rng = SeededRng::new(1153);
    let x0 = Tensor::<f64, (Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("JJ,J->J", &[flat(&x0), flat(&x1)], &[5]);
    let got: Tensor<f64, (Const<5>,)> = einsum!("JJ,J->J", &x0, x1);
    check("case 153: JJ,J->J", &got, &[5], &want, 1);
}

/// `yv->iv` on (Const<3>, Const<4>) -> (Const<1>, Const<4>)
fn case_154() {
    let mut rng = SeededRng::new(1154);
    let x0 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("yv->iv", &[flat(&x0)], &[1, 4]);
    let got: Tensor<f64, (Const<1>, Const<4>)> = einsum!("yv->iv", &x0; broadcast = [i]);
    check("case 154: yv->iv", &got, &[1, 4], &want, 3);
}

/// `ewe` on (Bcast, Const<4>, Bcast) -> (Const<4>,)
fn case_155() {
    let mut rng = SeededRng::new(1155);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ewe", &[flat(&x0)], &[4]);
    let got: Tensor<f64, (Const<4>,)> = einsum!("ewe", &x0);
    check("case 155: ewe", &got, &[4], &want, 1);
}

/// `cn,nic->c` on (Const<2>, Const<3>), (Const<3>, Const<5>, Const<2>) -> (Const<2>,)
fn case_156() {
    let mut rng = SeededRng::new(1156);
    let x0 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("cn,nic->c", &[flat(&x0), flat(&x1)], &[2]);
    let got: Tensor<f64, (Const<2>,)> = einsum!("cn,nic->c", &x0, &x1);
    check("case 156: cn,nic->c", &got, &[2], &want, 15);
}

/// `p,p,ppp` on (Const<1>,), (Bcast,), (Const<1>, Const<1>, Const<1>) -> ()
fn case_157() {
    let mut rng = SeededRng::new(1157);
    let x0 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("p,p,ppp", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let got: Tensor<f64, ()> = einsum!("p,p,ppp", &x0, x1, &x2);
    check("case 157: p,p,ppp", &got, &[], &want, 1);
}

/// `iu...x,...fu,...xfx,...fu->...if` on (Const<3>, Const<2>, Bcast, Const<3>, Const<2>), (Const<4>, Const<2>), (Const<3>, Const<2>, Const<4>, Const<2>), (Const<3>, Bcast, Const<2>) -> (Bcast, Const<3>, Const<3>, Const<4>)
fn case_158() {
    let mut rng = SeededRng::new(1158);
    let x0 = Tensor::<f64, (Const<3>, Const<2>, Bcast, Const<3>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<2>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Bcast, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "iu...x,...fu,...xfx,...fu->...if",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[1, 3, 3, 4],
    );
    let got: Tensor<f64, (Bcast, Const<3>, Const<3>, Const<4>), Heap> =
        einsum!("iu...x,...fu,...xfx,...fu->...if", &x0, x1, &x2, &x3);
    check(
        "case 158: iu...x,...fu,...xfx,...fu->...if",
        &got,
        &[1, 3, 3, 4],
        &want,
        4,
    );
}

/// `pp,pp,ppp->pp` on (Const<5>, Const<5>), (Const<5>, Const<5>), (Bcast, Bcast, Bcast) -> (Const<5>, Const<5>)
fn case_159() {
    let mut rng = SeededRng::new(1159);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("pp,pp,ppp->pp", &[flat(&x0), flat(&x1), flat(&x2)], &[5, 5]);
    let got: Tensor<f64, (Const<5>, Const<5>), Heap> = einsum!("pp,pp,ppp->pp", x0, &x1, &x2);
    check("case 159: pp,pp,ppp->pp", &got, &[5, 5], &want, 1);
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

/// `vz,kcpz->zk` on (Const<3>, Const<5>), (Const<3>, Const<3>, Const<5>, Const<5>) -> (Const<5>, Const<3>)
fn case_160() {
    let mut rng = SeededRng::new(1160);
    let x0 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("vz,kcpz->zk", &[flat(&x0), flat(&x1)], &[5, 3]);
    let got: Tensor<f64, (Const<5>, Const<3>)> = einsum!("vz,kcpz->zk", x0, &x1);
    check("case 160: vz,kcpz->zk", &got, &[5, 3], &want, 45);
}

/// `ll->l` on (Const<3>, Const<3>) -> (Const<3>,)
fn case_161() {
    let mut rng = SeededRng::new(1161);
    let x0 = Tensor::<f64, (Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ll->l", &[flat(&x0)], &[3]);
    let got: Tensor<f64, (Const<3>,), Heap> = einsum!("ll->l", &x0);
    check("case 161: ll->l", &got, &[3], &want, 1);
}

/// `ncm,c,mc` on (Const<5>, Bcast, Const<3>), (Const<3>,), (Const<3>, Const<3>) -> (Const<5>,)
fn case_162() {
    let mut rng = SeededRng::new(1162);
    let x0 = Tensor::<f64, (Const<5>, Bcast, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ncm,c,mc", &[flat(&x0), flat(&x1), flat(&x2)], &[5]);
    let got: Tensor<f64, (Const<5>,), Heap> = einsum!("ncm,c,mc", &x0, x1, &x2);
    check("case 162: ncm,c,mc", &got, &[5], &want, 9);
}

/// `tz,tz,z->yx` on (Const<5>, Const<5>), (Const<5>, Const<5>), (Const<5>,) -> (Const<3>, Const<3>)
fn case_163() {
    let mut rng = SeededRng::new(1163);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("tz,tz,z->yx", &[flat(&x0), flat(&x1), flat(&x2)], &[3, 3]);
    let got: Tensor<f64, (Const<3>, Const<3>)> =
        einsum!("tz,tz,z->yx", &x0, x1, x2; broadcast = [y, x]);
    check("case 163: tz,tz,z->yx", &got, &[3, 3], &want, 25);
}

/// `yj,ky,jk->` on (Const<2>, Const<2>), (Const<3>, Const<2>), (Const<2>, Const<3>) -> ()
fn case_164() {
    let mut rng = SeededRng::new(1164);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "yj,ky,jk->",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[],
    );
    let got: Tensor<f64, (), Heap> = einsum!("yj,ky,jk->", &x0, &x1, &x2);
    check("case 164: yj,ky,jk->", &got, &[], &want, 12);
}

/// `P,P,PQ->` on (Const<1>,), (Bcast,), (Const<1>, Const<4>) -> ()
fn case_165() {
    let mut rng = SeededRng::new(1165);
    let x0 = Tensor::<f64, (Const<1>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("P,P,PQ->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("P,P,PQ->", &x0, x1, x2);
    check("case 165: P,P,PQ->", &got, &[], &want, 4);
}

/// `d,dgC->` on (Bcast,), (Const<2>, Const<3>, Const<5>) -> ()
fn case_166() {
    let mut rng = SeededRng::new(1166);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<0>();
    let want = oracle("d,dgC->", &[flat(&x0), flat(&x1.to_tensor())], &[]);
    let got: Tensor<f64, ()> = einsum!("d,dgC->", x0, &x1);
    check("case 166: d,dgC->", &got, &[], &want, 30);
}

/// `...ep,...,y...i,...pdeb->...peb` on (Bcast, Const<3>, Const<3>), (Const<4>,), (Const<5>, Const<4>, Const<5>), (Bcast, Const<4>, Const<3>, Const<4>, Const<3>, Const<2>) -> (Bcast, Const<4>, Const<3>, Const<3>, Const<2>)
fn case_167() {
    let mut rng = SeededRng::new(1167);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Bcast, Const<4>, Const<3>, Const<4>, Const<5>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = s3.slice::<4, 1, 3, 1>();
    let want = oracle(
        "...ep,...,y...i,...pdeb->...peb",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[1, 4, 3, 3, 2],
    );
    let got: Tensor<f64, (Bcast, Const<4>, Const<3>, Const<3>, Const<2>)> =
        einsum!("...ep,...,y...i,...pdeb->...peb", x0, x1, x2, x3);
    check(
        "case 167: ...ep,...,y...i,...pdeb->...peb",
        &got,
        &[1, 4, 3, 3, 2],
        &want,
        100,
    );
}

/// `w,swD` on (Const<5>,), (Const<2>, Bcast, Const<4>) -> (Const<4>, Const<2>)
fn case_168() {
    let mut rng = SeededRng::new(1168);
    let s0 = Tensor::<f64, (Const<6>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 5, 5, -1>();
    let x1 = Tensor::<f64, (Const<2>, Bcast, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("w,swD", &[flat(&x0.to_tensor()), flat(&x1)], &[4, 2]);
    let got: Tensor<f64, (Const<4>, Const<2>), Heap> = einsum!("w,swD", x0, x1);
    check("case 168: w,swD", &got, &[4, 2], &want, 5);
}

/// `cu,cYuY,cuY->uc` on (Const<5>, Const<4>), (Const<5>, Const<3>, Bcast, Const<3>), (Const<5>, Const<4>, Const<3>) -> (Const<4>, Const<5>)
fn case_169() {
    let mut rng = SeededRng::new(1169);
    let x0 = Tensor::<f64, (Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Bcast, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "cu,cYuY,cuY->uc",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[4, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<5>)> = einsum!("cu,cYuY,cuY->uc", &x0, x1, &x2);
    check("case 169: cu,cYuY,cuY->uc", &got, &[4, 5], &want, 3);
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

/// `lhtd,lh,hdt->` on (Const<2>, Const<4>, Const<2>, Const<2>), (Const<2>, Const<4>), (Const<4>, Const<2>, Const<2>) -> ()
fn case_170() {
    let mut rng = SeededRng::new(1170);
    let x0 =
        Tensor::<f64, (Const<2>, Const<4>, Const<2>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<2>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("lhtd,lh,hdt->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("lhtd,lh,hdt->", &x0, x1, &x2);
    check("case 170: lhtd,lh,hdt->", &got, &[], &want, 32);
}

/// `...kkk,kkkk...,k...kkk,...->...` on (Const<1>, Const<2>, Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>, Const<3>, Bcast), (Const<3>, Bcast, Const<2>, Const<3>, Const<3>, Const<3>), (Const<2>,) -> (Const<1>, Const<2>)
fn case_171() {
    let mut rng = SeededRng::new(1171);
    let s0 = Tensor::<f64, (Const<1>, Const<2>, Const<3>, Const<5>, Const<3>), Heap>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x0 = s0.slice::<3, 1, 3, 1>();
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<3>, Const<3>, Bcast)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<3>, Bcast, Const<2>, Const<3>, Const<3>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...kkk,kkkk...,k...kkk,...->...",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[1, 2],
    );
    let got: Tensor<f64, (Const<1>, Const<2>), Heap> =
        einsum!("...kkk,kkkk...,k...kkk,...->...", &x0, x1, &x2, &x3);
    check(
        "case 171: ...kkk,kkkk...,k...kkk,...->...",
        &got,
        &[1, 2],
        &want,
        3,
    );
}

/// `mv,vqm,cspq->v` on (Bcast, Const<2>), (Const<2>, Bcast, Const<2>), (Const<4>, Const<1>, Bcast, Const<2>) -> (Const<2>,)
fn case_172() {
    let mut rng = SeededRng::new(1172);
    let x0 = Tensor::<f64, (Bcast, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>, Const<2>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<1, 1, 1, 2>();
    let want = oracle(
        "mv,vqm,cspq->v",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[2],
    );
    let got: Tensor<f64, (Const<2>,), Heap> = einsum!("mv,vqm,cspq->v", x0, x1, x2);
    check("case 172: mv,vqm,cspq->v", &got, &[2], &want, 16);
}

/// `...hh,...h` on (Bcast, Const<2>, Const<3>, Const<3>), (Const<4>, Const<2>, Const<3>) -> (Const<4>, Const<2>)
fn case_173() {
    let mut rng = SeededRng::new(1173);
    let x0 = Tensor::<f64, (Bcast, Const<2>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...hh,...h", &[flat(&x0), flat(&x1)], &[4, 2]);
    let got: Tensor<f64, (Const<4>, Const<2>)> = tensorial::einsum!("...hh,...h", &x0, &x1);
    check("case 173: ...hh,...h", &got, &[4, 2], &want, 3);
}

/// `dydy,ydy,d->hdy` on (Const<5>, Bcast, Const<5>, Bcast), (Const<2>, Const<5>, Const<2>), (Const<5>,) -> (Const<2>, Const<5>, Const<2>)
fn case_174() {
    let mut rng = SeededRng::new(1174);
    let x0 = Tensor::<f64, (Const<5>, Bcast, Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "dydy,ydy,d->hdy",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[2, 5, 2],
    );
    let got: Tensor<f64, (Const<2>, Const<5>, Const<2>)> =
        einsum!("dydy,ydy,d->hdy", x0, x1, x2; broadcast = [h]);
    check("case 174: dydy,ydy,d->hdy", &got, &[2, 5, 2], &want, 1);
}

/// `xifY,iYfx` on (Const<2>, Const<1>, Bcast, Const<4>), (Const<1>, Const<4>, Const<1>, Const<2>) -> ()
fn case_175() {
    let mut rng = SeededRng::new(1175);
    let x0 = Tensor::<f64, (Const<2>, Const<1>, Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 =
        Tensor::<f64, (Const<2>, Const<4>, Const<1>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 1, 1, 2>();
    let want = oracle("xifY,iYfx", &[flat(&x0), flat(&x1.to_tensor())], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("xifY,iYfx", x0, x1);
    check("case 175: xifY,iYfx", &got, &[], &want, 8);
}

/// `m,,m,mg->` on (Const<5>,), (), (Const<5>,), (Const<5>, Const<2>) -> ()
fn case_176() {
    let mut rng = SeededRng::new(1176);
    let x0 = Tensor::<f64, (Const<5>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "m,,m,mg->",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let got: Tensor<f64, (), Heap> = einsum!("m,,m,mg->", x0, &x1, &x2, &x3);
    check("case 176: m,,m,mg->", &got, &[], &want, 10);
}

/// `,IY,wYI->I` on (), (Const<3>, Bcast), (Const<2>, Const<4>, Const<3>) -> (Const<3>,)
fn case_177() {
    let mut rng = SeededRng::new(1177);
    let s0 = Tensor::<f64, (), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let s1 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 0, 3, 2>();
    let x2 = Tensor::<f64, (Const<2>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        ",IY,wYI->I",
        &[flat(&x0.to_tensor()), flat(&x1.to_tensor()), flat(&x2)],
        &[3],
    );
    let got: Tensor<f64, (Const<3>,), Heap> = einsum!(",IY,wYI->I", x0, x1, x2);
    check("case 177: ,IY,wYI->I", &got, &[3], &want, 8);
}

/// `...rr,...grn,...rrng,...n->g...` on (Const<4>, Const<3>, Bcast, Bcast), (Bcast, Const<4>, Const<2>, Const<3>), (Const<4>, Const<3>, Const<2>, Const<2>, Bcast, Const<4>), (Const<3>, Bcast) -> (Const<4>, Const<4>, Const<3>)
fn case_178() {
    let mut rng = SeededRng::new(1178);
    let x0 = Tensor::<f64, (Const<4>, Const<3>, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<4>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>, Const<3>, Const<2>, Const<2>, Bcast, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = s2.slice::<0, 3, 4, -1>();
    let x3 = Tensor::<f64, (Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...rr,...grn,...rrng,...n->g...",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor()), flat(&x3)],
        &[4, 4, 3],
    );
    let got: Tensor<f64, (Const<4>, Const<4>, Const<3>)> =
        einsum!("...rr,...grn,...rrng,...n->g...", &x0, &x1, x2, &x3);
    check(
        "case 178: ...rr,...grn,...rrng,...n->g...",
        &got,
        &[4, 4, 3],
        &want,
        6,
    );
}

/// `alG,lG->FaGG` on (Const<5>, Const<2>, Const<3>), (Const<2>, Const<3>) -> (Const<1>, Const<5>, Const<3>, Const<3>)
fn case_179() {
    let mut rng = SeededRng::new(1179);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("alG,lG->FaGG", &[flat(&x0), flat(&x1)], &[1, 5, 3, 3]);
    let got: Tensor<f64, (Const<1>, Const<5>, Const<3>, Const<3>)> =
        einsum!("alG,lG->FaGG", x0, &x1; broadcast = [F]);
    check("case 179: alG,lG->FaGG", &got, &[1, 5, 3, 3], &want, 2);
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

/// `vtf->vt` on (Const<3>, Const<3>, Const<1>) -> (Const<3>, Const<3>)
fn case_180() {
    let mut rng = SeededRng::new(1180);
    let s0 = Tensor::<f64, (Const<3>, Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let want = oracle("vtf->vt", &[flat(&x0.to_tensor())], &[3, 3]);
    let got: Tensor<f64, (Const<3>, Const<3>)> = einsum!("vtf->vt", x0);
    check("case 180: vtf->vt", &got, &[3, 3], &want, 1);
}

/// `ww->` on (Const<5>, Const<5>) -> ()
fn case_181() {
    let mut rng = SeededRng::new(1181);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ww->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("ww->", &x0);
    check("case 181: ww->", &got, &[], &want, 5);
}

/// `Mj,tM,M,t->` on (Const<5>, Const<2>), (Const<3>, Const<5>), (Const<5>,), (Const<3>,) -> ()
fn case_182() {
    let mut rng = SeededRng::new(1182);
    let x0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<1, 4, 5, -1>();
    let x2 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Mj,tM,M,t->",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[],
    );
    let got: Tensor<f64, (), Heap> = einsum!("Mj,tM,M,t->", x0, x1, &x2, &x3);
    check("case 182: Mj,tM,M,t->", &got, &[], &want, 30);
}

/// `ugrs->jsur` on (Const<2>, Const<4>, Const<3>, Const<5>) -> (Const<2>, Const<5>, Const<2>, Const<3>)
fn case_183() {
    let mut rng = SeededRng::new(1183);
    let x0 = Tensor::<f64, (Const<2>, Const<4>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ugrs->jsur", &[flat(&x0)], &[2, 5, 2, 3]);
    let got: Tensor<f64, (Const<2>, Const<5>, Const<2>, Const<3>)> =
        einsum!("ugrs->jsur", x0; broadcast = [j]);
    check("case 183: ugrs->jsur", &got, &[2, 5, 2, 3], &want, 4);
}

/// `gf->gg` on (Const<4>, Bcast) -> (Const<4>, Const<4>)
fn case_184() {
    let mut rng = SeededRng::new(1184);
    let x0 = Tensor::<f64, (Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("gf->gg", &[flat(&x0)], &[4, 4]);
    let got: Tensor<f64, (Const<4>, Const<4>)> = einsum!("gf->gg", x0);
    check("case 184: gf->gg", &got, &[4, 4], &want, 1);
}

/// `ab,b,bm,mab->bam` on (Const<5>, Const<5>), (Const<5>,), (Const<5>, Const<1>), (Const<1>, Const<5>, Const<5>) -> (Const<5>, Const<5>, Const<1>)
fn case_185() {
    let mut rng = SeededRng::new(1185);
    let x0 = Tensor::<f64, (Const<5>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<1>, Const<5>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice::<2, 4, 5, -1>();
    let want = oracle(
        "ab,b,bm,mab->bam",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[5, 5, 1],
    );
    let got: Tensor<f64, (Const<5>, Const<5>, Const<1>), Heap> =
        einsum!("ab,b,bm,mab->bam", &x0, &x1, x2, &x3);
    check("case 185: ab,b,bm,mab->bam", &got, &[5, 5, 1], &want, 1);
}

/// `oooo,o->` on (Bcast, Bcast, Bcast, Bcast), (Const<4>,) -> ()
fn case_186() {
    let mut rng = SeededRng::new(1186);
    let x0 = Tensor::<f64, (Bcast, Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("oooo,o->", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("oooo,o->", x0, x1);
    check("case 186: oooo,o->", &got, &[], &want, 4);
}

/// `...lbmq,...,...ml->...lbq` on (Const<4>, Bcast, Const<3>, Const<4>, Const<1>, Const<3>), (Const<4>, Const<5>), (Const<5>, Bcast, Const<3>) -> (Const<4>, Const<5>, Const<3>, Const<4>, Const<3>)
fn case_187() {
    let mut rng = SeededRng::new(1187);
    let s0 = Tensor::<f64, (Const<4>, Bcast, Const<6>, Const<4>, Const<1>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x0 = s0.slice::<2, 1, 3, 2>();
    let x1 = Tensor::<f64, (Const<4>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<2, 2, 3, 1>();
    let want = oracle(
        "...lbmq,...,...ml->...lbq",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2.to_tensor())],
        &[4, 5, 3, 4, 3],
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<3>, Const<4>, Const<3>), Heap> =
        einsum!("...lbmq,...,...ml->...lbq", &x0, x1, &x2);
    check(
        "case 187: ...lbmq,...,...ml->...lbq",
        &got,
        &[4, 5, 3, 4, 3],
        &want,
        1,
    );
}

/// `kkr,uq,c` on (Bcast, Bcast, Const<4>), (Const<5>, Const<3>), (Const<4>,) -> (Const<4>, Const<3>, Const<4>, Const<5>)
fn case_188() {
    let mut rng = SeededRng::new(1188);
    let s0 = Tensor::<f64, (Bcast, Bcast, Const<7>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 0, 4, 2>();
    let x1 = Tensor::<f64, (Const<5>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "kkr,uq,c",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[4, 3, 4, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<4>, Const<5>), Heap> =
        einsum!("kkr,uq,c", &x0, &x1, x2);
    check("case 188: kkr,uq,c", &got, &[4, 3, 4, 5], &want, 1);
}

/// `rm,,mrr,rmm->mr` on (Const<5>, Const<1>), (), (Bcast, Const<5>, Const<5>), (Bcast, Const<1>, Const<1>) -> (Const<1>, Const<5>)
fn case_189() {
    let mut rng = SeededRng::new(1189);
    let x0 = Tensor::<f64, (Const<5>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Bcast, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Bcast, Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice::<2, 1, 1, 2>();
    let want = oracle(
        "rm,,mrr,rmm->mr",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3.to_tensor()),
        ],
        &[1, 5],
    );
    let got: Tensor<f64, (Const<1>, Const<5>), Heap> = einsum!("rm,,mrr,rmm->mr", &x0, x1, x2, x3);
    check("case 189: rm,,mrr,rmm->mr", &got, &[1, 5], &want, 1);
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

/// `,vp->` on (), (Const<1>, Const<2>) -> ()
fn case_190() {
    let mut rng = SeededRng::new(1190);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(",vp->", &[flat(&x0), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!(",vp->", &x0, &x1);
    check("case 190: ,vp->", &got, &[], &want, 2);
}

/// `...ffe,...zfjd->...fzj` on (Const<4>, Bcast, Const<3>, Const<3>, Const<2>), (Const<5>, Const<5>, Const<3>, Bcast, Const<1>) -> (Const<4>, Const<5>, Const<3>, Const<5>, Bcast)
fn case_191() {
    let mut rng = SeededRng::new(1191);
    let x0 = Tensor::<f64, (Const<4>, Bcast, Const<3>, Const<3>, Const<2>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let s1 = Tensor::<f64, (Const<5>, Const<5>, Const<3>, Bcast, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.slice::<0, 4, 5, -1>();
    let want = oracle(
        "...ffe,...zfjd->...fzj",
        &[flat(&x0), flat(&x1.to_tensor())],
        &[4, 5, 3, 5, 1],
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<3>, Const<5>, Bcast)> =
        einsum!("...ffe,...zfjd->...fzj", x0, x1);
    check(
        "case 191: ...ffe,...zfjd->...fzj",
        &got,
        &[4, 5, 3, 5, 1],
        &want,
        2,
    );
}

/// `bab,aba,baa->b` on (Bcast, Bcast, Bcast), (Const<4>, Bcast, Const<4>), (Const<5>, Const<4>, Const<4>) -> (Const<5>,)
fn case_192() {
    let mut rng = SeededRng::new(1192);
    let x0 = Tensor::<f64, (Bcast, Bcast, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Bcast, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("bab,aba,baa->b", &[flat(&x0), flat(&x1), flat(&x2)], &[5]);
    let got: Tensor<f64, (Const<5>,), Heap> = einsum!("bab,aba,baa->b", x0, x1, &x2);
    check("case 192: bab,aba,baa->b", &got, &[5], &want, 4);
}

/// `rr,r,gggg->g` on (Const<5>, Const<5>), (Const<5>,), (Const<2>, Const<2>, Const<2>, Const<2>) -> (Const<2>,)
fn case_193() {
    let mut rng = SeededRng::new(1193);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<9>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 0, 5, 2>();
    let s2 = Tensor::<f64, (Const<2>, Const<2>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<2, 1, 2, 2>();
    let want = oracle(
        "rr,r,gggg->g",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2.to_tensor())],
        &[2],
    );
    let got: Tensor<f64, (Const<2>,)> = einsum!("rr,r,gggg->g", &x0, x1, &x2);
    check("case 193: rr,r,gggg->g", &got, &[2], &want, 5);
}

/// `GN->NiGs` on (Const<4>, Bcast) -> (Bcast, Const<2>, Const<4>, Const<1>)
fn case_194() {
    let mut rng = SeededRng::new(1194);
    let x0 = Tensor::<f64, (Const<4>, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("GN->NiGs", &[flat(&x0)], &[1, 2, 4, 1]);
    let got: Tensor<f64, (Bcast, Const<2>, Const<4>, Const<1>), Heap> =
        einsum!("GN->NiGs", &x0; broadcast = [i, s]);
    check("case 194: GN->NiGs", &got, &[1, 2, 4, 1], &want, 1);
}

/// `mEW,fm,fEW` on (Const<2>, Const<5>, Const<3>), (Bcast, Const<2>), (Bcast, Const<5>, Const<3>) -> ()
fn case_195() {
    let mut rng = SeededRng::new(1195);
    let x0 = Tensor::<f64, (Const<2>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("mEW,fm,fEW", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let got: Tensor<f64, ()> = einsum!("mEW,fm,fEW", x0, &x1, &x2);
    check("case 195: mEW,fm,fEW", &got, &[], &want, 30);
}

/// `...v,...v` on (Bcast, Const<1>, Const<3>, Const<5>), (Const<4>, Const<1>, Const<3>, Const<5>) -> (Const<4>, Const<1>, Const<3>)
fn case_196() {
    let mut rng = SeededRng::new(1196);
    let x0 = Tensor::<f64, (Bcast, Const<1>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<4>, Const<1>, Const<6>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<2, 0, 3, 2>();
    let want = oracle("...v,...v", &[flat(&x0), flat(&x1.to_tensor())], &[4, 1, 3]);
    let got: Tensor<f64, (Const<4>, Const<1>, Const<3>)> = einsum!("...v,...v", x0, x1);
    check("case 196: ...v,...v", &got, &[4, 1, 3], &want, 5);
}

/// `o,o` on (Const<4>,), (Const<4>,) -> ()
fn case_197() {
    let mut rng = SeededRng::new(1197);
    let s0 = Tensor::<f64, (Const<4>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view().flip::<0>();
    let x1 = Tensor::<f64, (Const<4>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("o,o", &[flat(&x0.to_tensor()), flat(&x1)], &[]);
    let got: Tensor<f64, (), Heap> = einsum!("o,o", x0, x1);
    check("case 197: o,o", &got, &[], &want, 4);
}

/// `...cnq` on (Const<2>, Bcast, Const<1>, Const<2>, Const<3>) -> (Const<2>, Bcast, Const<1>, Const<2>, Const<3>)
fn case_198() {
    let mut rng = SeededRng::new(1198);
    let x0 = Tensor::<f64, (Const<2>, Bcast, Const<1>, Const<2>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle("...cnq", &[flat(&x0)], &[2, 1, 1, 2, 3]);
    let got: Tensor<f64, (Const<2>, Bcast, Const<1>, Const<2>, Const<3>)> = einsum!("...cnq", x0);
    check("case 198: ...cnq", &got, &[2, 1, 1, 2, 3], &want, 1);
}

/// `...mham,mh...,...amh,...amh->...mh` on (Const<2>, Const<3>, Const<3>, Const<3>, Const<2>, Const<3>), (Bcast, Bcast, Const<2>, Const<3>), (Const<2>, Const<3>, Const<2>, Const<3>, Const<3>), (Const<2>, Const<3>, Const<2>, Const<3>, Const<3>) -> (Const<2>, Const<3>, Const<3>, Const<3>)
fn case_199() {
    let mut rng = SeededRng::new(1199);
    let x0 =
        Tensor::<f64, (Const<2>, Const<3>, Const<3>, Const<3>, Const<2>, Const<3>), Heap>::uniform(
            &mut rng, -1.0, 1.0,
        );
    let s1 = Tensor::<f64, (Bcast, Bcast, Const<2>, Const<6>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<3, 1, 3, 2>();
    let x2 = Tensor::<f64, (Const<2>, Const<3>, Const<2>, Const<3>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = Tensor::<f64, (Const<2>, Const<3>, Const<2>, Const<3>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...mham,mh...,...amh,...amh->...mh",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[2, 3, 3, 3],
    );
    let got: Tensor<f64, (Const<2>, Const<3>, Const<3>, Const<3>), Heap> =
        einsum!("...mham,mh...,...amh,...amh->...mh", &x0, x1, &x2, x3);
    check(
        "case 199: ...mham,mh...,...amh,...amh->...mh",
        &got,
        &[2, 3, 3, 3],
        &want,
        2,
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

/// `q,hp,chq,hz->pc` on (Const<3>,), (Const<3>, Const<4>), (Const<5>, Const<3>, Const<3>), (Const<3>, Bcast) -> (Const<4>, Const<5>)
fn case_200() {
    let mut rng = SeededRng::new(1200);
    let x0 = Tensor::<f64, (Const<3>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "q,hp,chq,hz->pc",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<5>), Heap> =
        einsum!("q,hp,chq,hz->pc", &x0, &x1, &x2, x3);
    check("case 200: q,hp,chq,hz->pc", &got, &[4, 5], &want, 9);
}

/// `zzz->z` on (Const<5>, Const<5>, Const<5>) -> (Const<5>,)
fn case_201() {
    let mut rng = SeededRng::new(1201);
    let x0 = Tensor::<f64, (Const<5>, Const<5>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("zzz->z", &[flat(&x0)], &[5]);
    let got: Tensor<f64, (Const<5>,), Heap> = einsum!("zzz->z", &x0);
    check("case 201: zzz->z", &got, &[5], &want, 1);
}

/// `Zcd,dm,` on (Const<1>, Const<2>, Const<4>), (Const<4>, Const<3>), () -> (Const<1>, Const<2>, Const<3>)
fn case_202() {
    let mut rng = SeededRng::new(1202);
    let x0 = Tensor::<f64, (Const<1>, Const<2>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<8>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 0, 4, 2>();
    let x2 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Zcd,dm,",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[1, 2, 3],
    );
    let got: Tensor<f64, (Const<1>, Const<2>, Const<3>)> =
        tensorial::einsum!("Zcd,dm,", &x0, &x1, &x2);
    check("case 202: Zcd,dm,", &got, &[1, 2, 3], &want, 4);
}

/// `->jk` on () -> (Const<4>, Const<2>)
fn case_203() {
    let mut rng = SeededRng::new(1203);
    let s0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let want = oracle("->jk", &[flat(&x0.to_tensor())], &[4, 2]);
    let got: Tensor<f64, (Const<4>, Const<2>)> = einsum!("->jk", x0; broadcast = [j, k]);
    check("case 203: ->jk", &got, &[4, 2], &want, 1);
}

/// `cja,a->jcc` on (Const<3>, Const<4>, Bcast), (Const<5>,) -> (Const<4>, Const<3>, Const<3>)
fn case_204() {
    let mut rng = SeededRng::new(1204);
    let x0 = Tensor::<f64, (Const<3>, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("cja,a->jcc", &[flat(&x0), flat(&x1)], &[4, 3, 3]);
    let got: Tensor<f64, (Const<4>, Const<3>, Const<3>), Heap> = einsum!("cja,a->jcc", x0, x1);
    check("case 204: cja,a->jcc", &got, &[4, 3, 3], &want, 5);
}

/// `qr,kt->rtq` on (Const<5>, Const<1>), (Const<4>, Const<2>) -> (Const<1>, Const<2>, Const<5>)
fn case_205() {
    let mut rng = SeededRng::new(1205);
    let x0 = Tensor::<f64, (Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("qr,kt->rtq", &[flat(&x0), flat(&x1)], &[1, 2, 5]);
    let got: Tensor<f64, (Const<1>, Const<2>, Const<5>)> = einsum!("qr,kt->rtq", &x0, x1);
    check("case 205: qr,kt->rtq", &got, &[1, 2, 5], &want, 4);
}

/// `v,twvn,wn->tv` on (Bcast,), (Const<4>, Bcast, Bcast, Const<3>), (Bcast, Bcast) -> (Const<4>, Bcast)
fn case_206() {
    let mut rng = SeededRng::new(1206);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Bcast, Bcast, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("v,twvn,wn->tv", &[flat(&x0), flat(&x1), flat(&x2)], &[4, 1]);
    let got: Tensor<f64, (Const<4>, Bcast), Heap> =
        tensorial::einsum!("v,twvn,wn->tv", &x0, &x1, &x2);
    check("case 206: v,twvn,wn->tv", &got, &[4, 1], &want, 3);
}

/// `...ec,...she,...cs,se...->...ce` on (Bcast, Const<3>, Const<5>), (Bcast, Const<5>, Const<4>, Const<3>), (Bcast, Const<5>, Const<5>), (Const<5>, Const<3>, Bcast, Const<4>, Bcast) -> (Bcast, Const<4>, Bcast, Const<5>, Const<3>)
fn case_207() {
    let mut rng = SeededRng::new(1207);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 =
        Tensor::<f64, (Bcast, Const<5>, Const<4>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 =
        Tensor::<f64, (Const<5>, Const<3>, Bcast, Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let want = oracle(
        "...ec,...she,...cs,se...->...ce",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[1, 4, 1, 5, 3],
    );
    let got: Tensor<f64, (Bcast, Const<4>, Bcast, Const<5>, Const<3>), Heap> =
        einsum!("...ec,...she,...cs,se...->...ce", &x0, x1, &x2, x3);
    check(
        "case 207: ...ec,...she,...cs,se...->...ce",
        &got,
        &[1, 4, 1, 5, 3],
        &want,
        20,
    );
}

/// `Ojj,jO,Oj` on (Const<2>, Const<2>, Const<2>), (Const<2>, Const<2>), (Const<2>, Const<2>) -> ()
fn case_208() {
    let mut rng = SeededRng::new(1208);
    let s0 = Tensor::<f64, (Const<2>, Const<2>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<2>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Ojj,jO,Oj",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[],
    );
    let got: Tensor<f64, (), Heap> = einsum!("Ojj,jO,Oj", x0, &x1, x2);
    check("case 208: Ojj,jO,Oj", &got, &[], &want, 4);
}

/// `nt,m,tn->mt` on (Const<3>, Const<2>), (Const<5>,), (Const<2>, Const<3>) -> (Const<5>, Const<2>)
fn case_209() {
    let mut rng = SeededRng::new(1209);
    let x0 = Tensor::<f64, (Const<3>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("nt,m,tn->mt", &[flat(&x0), flat(&x1), flat(&x2)], &[5, 2]);
    let got: Tensor<f64, (Const<5>, Const<2>), Heap> = einsum!("nt,m,tn->mt", &x0, &x1, &x2);
    check("case 209: nt,m,tn->mt", &got, &[5, 2], &want, 3);
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

/// `...VaVV,...VaV,...VaV->...` on (Bcast, Const<4>, Const<5>, Const<4>, Const<4>), (Const<4>, Const<5>, Const<4>), (Bcast, Const<4>, Const<4>, Const<5>, Const<4>) -> (Bcast, Const<4>)
fn case_210() {
    let mut rng = SeededRng::new(1210);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Const<5>, Const<4>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = Tensor::<f64, (Const<4>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<4>, Const<4>, Const<5>, Const<4>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...VaVV,...VaV,...VaV->...",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[1, 4],
    );
    let got: Tensor<f64, (Bcast, Const<4>)> = einsum!("...VaVV,...VaV,...VaV->...", x0, x1, &x2);
    check(
        "case 210: ...VaVV,...VaV,...VaV->...",
        &got,
        &[1, 4],
        &want,
        20,
    );
}

/// `...qu->...qu` on (Const<3>, Const<2>, Const<3>, Const<5>) -> (Const<3>, Const<2>, Const<3>, Const<5>)
fn case_211() {
    let mut rng = SeededRng::new(1211);
    let s0 = Tensor::<f64, (Const<3>, Const<2>, Const<3>, Const<10>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<3, 1, 5, 2>();
    let want = oracle("...qu->...qu", &[flat(&x0.to_tensor())], &[3, 2, 3, 5]);
    let got: Tensor<f64, (Const<3>, Const<2>, Const<3>, Const<5>)> = einsum!("...qu->...qu", x0);
    check("case 211: ...qu->...qu", &got, &[3, 2, 3, 5], &want, 1);
}

/// `vuu,uvuu->euy` on (Bcast, Const<5>, Const<5>), (Const<5>, Const<2>, Const<5>, Const<5>) -> (Const<1>, Const<5>, Const<4>)
fn case_212() {
    let mut rng = SeededRng::new(1212);
    let s0 = Tensor::<f64, (Bcast, Const<6>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<1, 0, 5, 1>();
    let x1 = Tensor::<f64, (Const<5>, Const<2>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vuu,uvuu->euy",
        &[flat(&x0.to_tensor()), flat(&x1)],
        &[1, 5, 4],
    );
    let got: Tensor<f64, (Const<1>, Const<5>, Const<4>)> =
        einsum!("vuu,uvuu->euy", x0, x1; broadcast = [e, y]);
    check("case 212: vuu,uvuu->euy", &got, &[1, 5, 4], &want, 2);
}

/// `zz->` on (Const<2>, Const<2>) -> ()
fn case_213() {
    let mut rng = SeededRng::new(1213);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("zz->", &[flat(&x0)], &[]);
    let got: Tensor<f64, ()> = einsum!("zz->", &x0);
    check("case 213: zz->", &got, &[], &want, 2);
}

/// `,mtmt,tm->vpm` on (), (Const<3>, Const<4>, Const<3>, Const<4>), (Const<4>, Const<3>) -> (Const<3>, Const<1>, Const<3>)
fn case_214() {
    let mut rng = SeededRng::new(1214);
    let s0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let s1 =
        Tensor::<f64, (Const<3>, Const<4>, Const<3>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<0>();
    let x2 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        ",mtmt,tm->vpm",
        &[flat(&x0.to_tensor()), flat(&x1.to_tensor()), flat(&x2)],
        &[3, 1, 3],
    );
    let got: Tensor<f64, (Const<3>, Const<1>, Const<3>), Heap> =
        einsum!(",mtmt,tm->vpm", x0, x1, &x2; broadcast = [v, p]);
    check("case 214: ,mtmt,tm->vpm", &got, &[3, 1, 3], &want, 4);
}

/// `iiw,ij,iwj,hwwz` on (Const<3>, Const<3>, Const<1>), (Const<3>, Const<4>), (Const<3>, Const<1>, Const<4>), (Const<3>, Const<1>, Const<1>, Const<5>) -> (Const<3>, Const<5>)
fn case_215() {
    let mut rng = SeededRng::new(1215);
    let s0 = Tensor::<f64, (Const<3>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 1, 1, 2>();
    let x1 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<1>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<1>, Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "iiw,ij,iwj,hwwz",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 5],
    );
    let got: Tensor<f64, (Const<3>, Const<5>)> = einsum!("iiw,ij,iwj,hwwz", &x0, &x1, &x2, x3);
    check("case 215: iiw,ij,iwj,hwwz", &got, &[3, 5], &want, 12);
}

/// `n,nv,gsc->ncg` on (Const<5>,), (Const<5>, Const<3>), (Const<3>, Const<4>, Const<2>) -> (Const<5>, Const<2>, Const<3>)
fn case_216() {
    let mut rng = SeededRng::new(1216);
    let x0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "n,nv,gsc->ncg",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 2, 3],
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<3>)> = einsum!("n,nv,gsc->ncg", &x0, x1, &x2);
    check("case 216: n,nv,gsc->ncg", &got, &[5, 2, 3], &want, 12);
}

/// `...rt,gt...->...` on (Const<5>, Const<2>), (Const<5>, Const<2>, Const<2>) -> (Const<2>,)
fn case_217() {
    let mut rng = SeededRng::new(1217);
    let x0 = Tensor::<f64, (Const<5>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<5>, Const<2>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let want = oracle(
        "...rt,gt...->...",
        &[flat(&x0), flat(&x1.to_tensor())],
        &[2],
    );
    let got: Tensor<f64, (Const<2>,), Heap> = einsum!("...rt,gt...->...", &x0, x1);
    check("case 217: ...rt,gt...->...", &got, &[2], &want, 50);
}

/// `...F,...Fg,...gTn,g...->...g` on (Const<4>, Const<5>, Const<3>), (Bcast, Bcast), (Const<5>, Const<4>, Bcast, Const<5>), (Const<4>, Const<4>, Const<5>) -> (Const<4>, Const<5>, Const<4>)
fn case_218() {
    let mut rng = SeededRng::new(1218);
    let x0 = Tensor::<f64, (Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Bcast, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<5>, Const<4>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...F,...Fg,...gTn,g...->...g",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[4, 5, 4],
    );
    let got: Tensor<f64, (Const<4>, Const<5>, Const<4>), Heap> =
        einsum!("...F,...Fg,...gTn,g...->...g", &x0, &x1, &x2, &x3);
    check(
        "case 218: ...F,...Fg,...gTn,g...->...g",
        &got,
        &[4, 5, 4],
        &want,
        15,
    );
}

/// `xhc,bxci,cfx->icfbb` on (Bcast, Const<4>, Const<2>), (Const<2>, Bcast, Const<2>, Const<5>), (Const<2>, Const<2>, Const<1>) -> (Const<5>, Const<2>, Const<2>, Const<2>, Const<2>)
fn case_219() {
    let mut rng = SeededRng::new(1219);
    let s0 = Tensor::<f64, (Bcast, Const<4>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 0, 2, 2>();
    let x1 = Tensor::<f64, (Const<2>, Bcast, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "xhc,bxci,cfx->icfbb",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[5, 2, 2, 2, 2],
    );
    let got: Tensor<f64, (Const<5>, Const<2>, Const<2>, Const<2>, Const<2>), Heap> =
        einsum!("xhc,bxci,cfx->icfbb", &x0, x1, x2);
    check(
        "case 219: xhc,bxci,cfx->icfbb",
        &got,
        &[5, 2, 2, 2, 2],
        &want,
        4,
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

/// `tk,Fx,pftF->tFxk` on (Const<5>, Const<1>), (Const<3>, Bcast), (Const<4>, Const<4>, Const<5>, Const<3>) -> (Const<5>, Const<3>, Bcast, Const<1>)
fn case_220() {
    let mut rng = SeededRng::new(1220);
    let x0 = Tensor::<f64, (Const<5>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>, Const<4>, Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "tk,Fx,pftF->tFxk",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 3, 1, 1],
    );
    let got: Tensor<f64, (Const<5>, Const<3>, Bcast, Const<1>), Heap> =
        einsum!("tk,Fx,pftF->tFxk", &x0, &x1, x2);
    check("case 220: tk,Fx,pftF->tFxk", &got, &[5, 3, 1, 1], &want, 16);
}

/// `pp,p->` on (Const<4>, Const<4>), (Const<4>,) -> ()
fn case_221() {
    let mut rng = SeededRng::new(1221);
    let s0 = Tensor::<f64, (Const<8>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 0, 4, 2>();
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("pp,p->", &[flat(&x0.to_tensor()), flat(&x1)], &[]);
    let got: Tensor<f64, ()> = einsum!("pp,p->", x0, &x1);
    check("case 221: pp,p->", &got, &[], &want, 4);
}

/// `zw,sw,es,euz->es` on (Const<5>, Const<2>), (Const<2>, Const<2>), (Bcast, Const<2>), (Const<1>, Const<5>, Const<5>) -> (Const<1>, Const<2>)
fn case_222() {
    let mut rng = SeededRng::new(1222);
    let x0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<1>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice::<0, 0, 1, -1>();
    let want = oracle(
        "zw,sw,es,euz->es",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3.to_tensor())],
        &[1, 2],
    );
    let got: Tensor<f64, (Const<1>, Const<2>)> = einsum!("zw,sw,es,euz->es", x0, x1, &x2, x3);
    check("case 222: zw,sw,es,euz->es", &got, &[1, 2], &want, 50);
}

/// `,rlz,rl->rlzy` on (), (Const<3>, Bcast, Const<3>), (Const<3>, Const<1>) -> (Const<3>, Const<1>, Const<3>, Const<4>)
fn case_223() {
    let mut rng = SeededRng::new(1223);
    let s0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let s1 = Tensor::<f64, (Const<3>, Bcast, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view();
    let x2 = Tensor::<f64, (Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        ",rlz,rl->rlzy",
        &[flat(&x0.to_tensor()), flat(&x1.to_tensor()), flat(&x2)],
        &[3, 1, 3, 4],
    );
    let got: Tensor<f64, (Const<3>, Const<1>, Const<3>, Const<4>)> =
        einsum!(",rlz,rl->rlzy", x0, &x1, &x2; broadcast = [y]);
    check("case 223: ,rlz,rl->rlzy", &got, &[3, 1, 3, 4], &want, 1);
}

/// `w->ww` on (Const<3>,) -> (Const<3>, Const<3>)
fn case_224() {
    let mut rng = SeededRng::new(1224);
    let s0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let want = oracle("w->ww", &[flat(&x0.to_tensor())], &[3, 3]);
    let got: Tensor<f64, (Const<3>, Const<3>)> = einsum!("w->ww", x0);
    check("case 224: w->ww", &got, &[3, 3], &want, 1);
}

/// `vLD,L,mDL->DvmL` on (Bcast, Const<4>, Const<5>), (Const<4>,), (Const<1>, Const<5>, Const<4>) -> (Const<5>, Bcast, Const<1>, Const<4>)
fn case_225() {
    let mut rng = SeededRng::new(1225);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<5>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "vLD,L,mDL->DvmL",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 1, 1, 4],
    );
    let got: Tensor<f64, (Const<5>, Bcast, Const<1>, Const<4>)> =
        tensorial::einsum!("vLD,L,mDL->DvmL", &x0, &x1, &x2);
    check("case 225: vLD,L,mDL->DvmL", &got, &[5, 1, 1, 4], &want, 1);
}

/// `t,fttt,f->t` on (Bcast,), (Bcast, Const<4>, Const<4>, Const<4>), (Const<5>,) -> (Const<4>,)
fn case_226() {
    let mut rng = SeededRng::new(1226);
    let x0 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Bcast, Const<4>, Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<3, 4, 4, -1>();
    let s2 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<0, 4, 5, -1>();
    let want = oracle(
        "t,fttt,f->t",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2.to_tensor())],
        &[4],
    );
    let got: Tensor<f64, (Const<4>,)> = tensorial::einsum!("t,fttt,f->t", &x0, x1, &x2);
    check("case 226: t,fttt,f->t", &got, &[4], &want, 5);
}

/// `...r,...sinr->...` on (Const<4>, Bcast, Const<5>), (Const<4>, Const<5>, Const<4>, Const<2>, Const<3>, Const<5>) -> (Const<4>, Const<5>)
fn case_227() {
    let mut rng = SeededRng::new(1227);
    let x0 = Tensor::<f64, (Const<4>, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>, Const<4>, Const<2>, Const<3>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle("...r,...sinr->...", &[flat(&x0), flat(&x1)], &[4, 5]);
    let got: Tensor<f64, (Const<4>, Const<5>)> = einsum!("...r,...sinr->...", &x0, x1);
    check("case 227: ...r,...sinr->...", &got, &[4, 5], &want, 120);
}

/// `z,x,xkm,mk,smk,zks,xms->` on (Const<3>,), (Const<5>,), (Const<5>, Bcast, Const<5>), (Const<5>, Bcast), (Const<2>, Const<5>, Const<3>), (Const<3>, Const<3>, Const<2>), (Const<5>, Const<5>, Const<2>) -> ()
fn case_228() {
    let mut rng = SeededRng::new(1228);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Bcast, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice::<0, 4, 5, -1>();
    let x4 = Tensor::<f64, (Const<2>, Const<5>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<3>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<5>, Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "z,x,xkm,mk,smk,zks,xms->",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4),
            flat(&x5),
            flat(&x6),
        ],
        &[],
    );
    let got: Tensor<f64, (), Heap> =
        einsum!("z,x,xkm,mk,smk,zks,xms->", x0, &x1, &x2, &x3, &x4, &x5, &x6);
    check("case 228: z,x,xkm,mk,smk,zks,xms->", &got, &[], &want, 450);
}

/// `t,tx,t,twm,kxt,t` on (Const<5>,), (Const<5>, Const<1>), (Const<5>,), (Const<5>, Const<3>, Const<3>), (Const<4>, Const<1>, Const<5>), (Const<5>,) -> (Const<4>, Const<3>, Const<3>)
fn case_229() {
    let mut rng = SeededRng::new(1229);
    let x0 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<5>, Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<4>, Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "t,tx,t,twm,kxt,t",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5),
        ],
        &[4, 3, 3],
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<3>), Heap> =
        einsum!("t,tx,t,twm,kxt,t", &x0, x1, &x2, &x3, &x4, x5);
    check("case 229: t,tx,t,twm,kxt,t", &got, &[4, 3, 3], &want, 5);
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

/// `wq,wv,f,f,zvf,zk,k->qw` on (Const<3>, Const<5>), (Const<3>, Const<4>), (Const<2>,), (Const<2>,), (Const<3>, Const<4>, Const<2>), (Const<3>, Const<5>), (Const<5>,) -> (Const<5>, Const<3>)
fn case_230() {
    let mut rng = SeededRng::new(1230);
    let x0 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<3>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s5 = Tensor::<f64, (Const<4>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x5 = s5.slice::<0, 1, 3, 1>();
    let s6 = Tensor::<f64, (Const<7>,)>::uniform(&mut rng, -1.0, 1.0);
    let x6 = s6.slice::<0, 5, 5, -1>();
    let want = oracle(
        "wq,wv,f,f,zvf,zk,k->qw",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5.to_tensor()),
            flat(&x6.to_tensor()),
        ],
        &[5, 3],
    );
    let got: Tensor<f64, (Const<5>, Const<3>), Heap> =
        einsum!("wq,wv,f,f,zvf,zk,k->qw", x0, &x1, x2, x3, x4, x5, &x6);
    check(
        "case 230: wq,wv,f,f,zvf,zk,k->qw",
        &got,
        &[5, 3],
        &want,
        120,
    );
}

/// `n,nwc,hxc,hxc,c,isw,ncw->ifs` on (Const<3>,), (Const<3>, Const<2>, Const<5>), (Const<2>, Const<2>, Const<5>), (Const<2>, Const<2>, Const<5>), (Const<5>,), (Const<2>, Const<2>, Const<2>), (Const<3>, Const<5>, Bcast) -> (Const<2>, Const<4>, Const<2>)
fn case_231() {
    let mut rng = SeededRng::new(1231);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<2>, Const<2>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s4 = Tensor::<f64, (Const<10>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.slice::<0, 1, 5, 2>();
    let x5 = Tensor::<f64, (Const<2>, Const<2>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<3>, Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "n,nwc,hxc,hxc,c,isw,ncw->ifs",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4.to_tensor()),
            flat(&x5),
            flat(&x6),
        ],
        &[2, 4, 2],
    );
    let got: Tensor<f64, (Const<2>, Const<4>, Const<2>), Heap> =
        einsum!("n,nwc,hxc,hxc,c,isw,ncw->ifs", &x0, &x1, &x2, &x3, x4, x5, x6; broadcast = [f]);
    check(
        "case 231: n,nwc,hxc,hxc,c,isw,ncw->ifs",
        &got,
        &[2, 4, 2],
        &want,
        120,
    );
}

/// `dg,zdw,w,wg,yxs,xy,xyx->yxw` on (Const<1>, Const<4>), (Const<2>, Bcast, Const<3>), (Const<3>,), (Const<3>, Const<4>), (Bcast, Const<3>, Bcast), (Const<3>, Const<4>), (Const<3>, Const<4>, Const<3>) -> (Const<4>, Const<3>, Const<3>)
fn case_232() {
    let mut rng = SeededRng::new(1232);
    let x0 = Tensor::<f64, (Const<1>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<2>, Bcast, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<2, 1, 3, 1>();
    let x2 = Tensor::<f64, (Const<3>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<3>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let x4 = Tensor::<f64, (Bcast, Const<3>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<3>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x6 = Tensor::<f64, (Const<3>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "dg,zdw,w,wg,yxs,xy,xyx->yxw",
        &[
            flat(&x0),
            flat(&x1.to_tensor()),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4),
            flat(&x5),
            flat(&x6),
        ],
        &[4, 3, 3],
    );
    let got: Tensor<f64, (Const<4>, Const<3>, Const<3>), Heap> = einsum!(
        "dg,zdw,w,wg,yxs,xy,xyx->yxw",
        &x0,
        x1,
        &x2,
        x3,
        &x4,
        &x5,
        &x6
    );
    check(
        "case 232: dg,zdw,w,wg,yxs,xy,xyx->yxw",
        &got,
        &[4, 3, 3],
        &want,
        8,
    );
}

/// `f,f,fa,fo,ioa->o` on (Const<2>,), (Const<2>,), (Const<2>, Const<3>), (Const<2>, Const<2>), (Const<5>, Const<2>, Const<3>) -> (Const<2>,)
fn case_233() {
    let mut rng = SeededRng::new(1233);
    let x0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.view();
    let s4 = Tensor::<f64, (Const<5>, Const<2>, Const<5>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x4 = s4.slice::<2, 0, 3, 1>();
    let want = oracle(
        "f,f,fa,fo,ioa->o",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4.to_tensor()),
        ],
        &[2],
    );
    let got: Tensor<f64, (Const<2>,), Heap> = einsum!("f,f,fa,fo,ioa->o", &x0, &x1, &x2, x3, x4);
    check("case 233: f,f,fa,fo,ioa->o", &got, &[2], &want, 30);
}

/// `fs,vf,bss,bv,f,spv,vpi,bs->pb` on (Const<2>, Const<3>), (Const<1>, Const<2>), (Const<3>, Const<3>, Const<3>), (Const<3>, Const<1>), (Bcast,), (Const<3>, Bcast, Const<1>), (Const<1>, Const<5>, Const<1>), (Const<3>, Const<3>) -> (Const<5>, Const<3>)
fn case_234() {
    let mut rng = SeededRng::new(1234);
    let x0 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Bcast,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<3>, Bcast, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s6 = Tensor::<f64, (Const<1>, Const<6>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x6 = s6.slice::<1, 1, 5, 1>();
    let x7 = Tensor::<f64, (Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "fs,vf,bss,bv,f,spv,vpi,bs->pb",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3),
            flat(&x4),
            flat(&x5),
            flat(&x6.to_tensor()),
            flat(&x7),
        ],
        &[5, 3],
    );
    let got: Tensor<f64, (Const<5>, Const<3>), Heap> = einsum!(
        "fs,vf,bss,bv,f,spv,vpi,bs->pb",
        &x0,
        &x1,
        &x2,
        &x3,
        x4,
        &x5,
        x6,
        x7
    );
    check(
        "case 234: fs,vf,bss,bv,f,spv,vpi,bs->pb",
        &got,
        &[5, 3],
        &want,
        6,
    );
}

/// `zkw,oz,o,o,eoq,q,z,hwz->wqkeo` on (Const<2>, Const<2>, Const<3>), (Const<4>, Const<2>), (Const<4>,), (Const<4>,), (Const<4>, Const<4>, Const<4>), (Const<4>,), (Const<2>,), (Const<3>, Const<3>, Const<2>) -> (Const<3>, Const<4>, Const<2>, Const<4>, Const<4>)
fn case_235() {
    let mut rng = SeededRng::new(1235);
    let x0 = Tensor::<f64, (Const<2>, Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view().flip::<0>();
    let x3 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x4 = Tensor::<f64, (Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x5 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let s6 = Tensor::<f64, (Const<4>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x6 = s6.slice::<0, 0, 2, 2>();
    let x7 = Tensor::<f64, (Const<3>, Const<3>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zkw,oz,o,o,eoq,q,z,hwz->wqkeo",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2.to_tensor()),
            flat(&x3),
            flat(&x4),
            flat(&x5),
            flat(&x6.to_tensor()),
            flat(&x7),
        ],
        &[3, 4, 2, 4, 4],
    );
    let got: Tensor<f64, (Const<3>, Const<4>, Const<2>, Const<4>, Const<4>), Heap> = einsum!(
        "zkw,oz,o,o,eoq,q,z,hwz->wqkeo",
        x0,
        x1,
        x2,
        x3,
        &x4,
        x5,
        &x6,
        &x7
    );
    check(
        "case 235: zkw,oz,o,o,eoq,q,z,hwz->wqkeo",
        &got,
        &[3, 4, 2, 4, 4],
        &want,
        6,
    );
}

/// `EE->E` on (Const<5>, Const<5>) -> (Const<5>,)
fn case_236() {
    let mut rng = SeededRng::new(1236);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("EE->E", &[flat(&x0)], &[5]);
    let got: Tensor<f64, (Const<5>,)> = einsum!(seq seq -> seq; x0);
    check("case 236: EE->E", &got, &[5], &want, 1);
}

/// `T,cT,cTc->Tc` on (Const<2>,), (Bcast, Const<2>), (Const<1>, Const<2>, Const<1>) -> (Const<2>, Const<1>)
fn case_237() {
    let mut rng = SeededRng::new(1237);
    let x0 = Tensor::<f64, (Const<2>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<2>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("T,cT,cTc->Tc", &[flat(&x0), flat(&x1), flat(&x2)], &[2, 1]);
    let got: Tensor<f64, (Const<2>, Const<1>), Heap> =
        einsum!(feat, width feat, width feat width -> feat width; &x0, x1, x2);
    check("case 237: T,cT,cTc->Tc", &got, &[2, 1], &want, 1);
}

/// `vj,ojvv,jov->jv` on (Const<1>, Const<5>), (Const<1>, Const<5>, Const<1>, Const<1>), (Const<5>, Const<1>, Const<1>) -> (Const<5>, Const<1>)
fn case_238() {
    let mut rng = SeededRng::new(1238);
    let x0 = Tensor::<f64, (Const<1>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<5>, Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<5>, Const<1>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.slice::<2, 0, 1, 2>();
    let want = oracle(
        "vj,ojvv,jov->jv",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[5, 1],
    );
    let got: Tensor<f64, (Const<5>, Const<1>), Heap> =
        einsum!(step head, feat head step step, head feat step -> head step; x0, x1, x2);
    check("case 238: vj,ojvv,jov->jv", &got, &[5, 1], &want, 1);
}

/// `b,bs,axb,xb->xs` on (Const<4>,), (Const<4>, Const<5>), (Const<3>, Const<4>, Const<4>), (Const<4>, Const<4>) -> (Const<4>, Const<5>)
fn case_239() {
    let mut rng = SeededRng::new(1239);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>, Const<4>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "b,bs,axb,xb->xs",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[4, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<5>), Heap> =
        einsum!(dim, dim edge, height vocab dim, vocab dim -> vocab edge; &x0, x1, &x2, x3);
    check("case 239: b,bs,axb,xb->xs", &got, &[4, 5], &want, 12);
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

/// `gpi,gh->ph` on (Const<4>, Const<2>, Const<2>), (Const<4>, Const<3>) -> (Const<2>, Const<3>)
fn case_240() {
    let mut rng = SeededRng::new(1240);
    let x0 = Tensor::<f64, (Const<4>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<4>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("gpi,gh->ph", &[flat(&x0), flat(&x1)], &[2, 3]);
    let got: Tensor<f64, (Const<2>, Const<3>), Heap> =
        einsum!(chan feat unit, chan head -> feat head; &x0, x1);
    check("case 240: gpi,gh->ph", &got, &[2, 3], &want, 8);
}

/// `LL,mL,qm->Lq` on (Const<1>, Const<1>), (Const<3>, Const<1>), (Const<3>, Const<3>) -> (Const<1>, Const<3>)
fn case_241() {
    let mut rng = SeededRng::new(1241);
    let x0 = Tensor::<f64, (Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("LL,mL,qm->Lq", &[flat(&x0), flat(&x1), flat(&x2)], &[1, 3]);
    let got: Tensor<f64, (Const<1>, Const<3>)> =
        einsum!(row row, hid row, width hid -> row width; x0, x1, x2);
    check("case 241: LL,mL,qm->Lq", &got, &[1, 3], &want, 3);
}

/// `dt,td,td->d` on (Const<1>, Const<2>), (Const<2>, Bcast), (Const<2>, Const<1>) -> (Const<1>,)
fn case_242() {
    let mut rng = SeededRng::new(1242);
    let x0 = Tensor::<f64, (Const<1>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<2>, Const<1>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("dt,td,td->d", &[flat(&x0), flat(&x1), flat(&x2)], &[1]);
    let got: Tensor<f64, (Const<1>,), Heap> =
        einsum!(seq hid, hid seq, hid seq -> seq; x0, x1, &x2);
    check("case 242: dt,td,td->d", &got, &[1], &want, 2);
}

/// `oig,i,gi->o` on (Const<3>, Const<1>, Bcast), (Const<1>,), (Const<1>, Const<1>) -> (Const<3>,)
fn case_243() {
    let mut rng = SeededRng::new(1243);
    let s0 = Tensor::<f64, (Const<3>, Const<1>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let x1 = Tensor::<f64, (Const<1>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "oig,i,gi->o",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[3],
    );
    let got: Tensor<f64, (Const<3>,)> = einsum!(col node unit, node, unit node -> col; x0, x1, x2);
    check("case 243: oig,i,gi->o", &got, &[3], &want, 1);
}

/// `ki->i` on (Const<2>, Const<2>) -> (Const<2>,)
fn case_244() {
    let mut rng = SeededRng::new(1244);
    let x0 = Tensor::<f64, (Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ki->i", &[flat(&x0)], &[2]);
    let got: Tensor<f64, (Const<2>,)> = einsum!(feat head -> head; x0);
    check("case 244: ki->i", &got, &[2], &want, 2);
}

/// `dd,wd->d` on (Const<5>, Const<5>), (Const<3>, Const<5>) -> (Const<5>,)
fn case_245() {
    let mut rng = SeededRng::new(1245);
    let x0 = Tensor::<f64, (Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("dd,wd->d", &[flat(&x0), flat(&x1)], &[5]);
    let got: Tensor<f64, (Const<5>,)> = einsum!(dim dim, seq dim -> dim; &x0, x1);
    check("case 245: dd,wd->d", &got, &[5], &want, 3);
}

/// `oa,gaoo,a->o` on (Const<5>, Const<3>), (Const<5>, Const<3>, Const<5>, Const<5>), (Const<3>,) -> (Const<5>,)
fn case_246() {
    let mut rng = SeededRng::new(1246);
    let x0 = Tensor::<f64, (Const<5>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>, Const<3>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let s2 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = s2.view();
    let want = oracle(
        "oa,gaoo,a->o",
        &[flat(&x0), flat(&x1), flat(&x2.to_tensor())],
        &[5],
    );
    let got: Tensor<f64, (Const<5>,)> =
        einsum!(width height, head height width width, height -> width; &x0, &x1, x2);
    check("case 246: oa,gaoo,a->o", &got, &[5], &want, 15);
}

/// `gxd->gg` on (Const<1>, Const<5>, Const<5>) -> (Const<1>, Const<1>)
fn case_247() {
    let mut rng = SeededRng::new(1247);
    let x0 = Tensor::<f64, (Const<1>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("gxd->gg", &[flat(&x0)], &[1, 1]);
    let got: Tensor<f64, (Const<1>, Const<1>)> = einsum!(width step feat -> width width; &x0);
    check("case 247: gxd->gg", &got, &[1, 1], &want, 25);
}

/// `->u` on () -> (Const<1>,)
fn case_248() {
    let mut rng = SeededRng::new(1248);
    let x0 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("->u", &[flat(&x0)], &[1]);
    let mut got = Tensor::<f64, (Const<1>,)>::full(f64::NAN);
    einsum_into!(&mut got, "->u", &x0; broadcast = [u]);
    check("case 248: ->u", &got, &[1], &want, 1);
}

/// `...p,yi...pw,yiw...` on (Bcast, Const<4>, Bcast, Const<3>), (Const<5>, Const<5>, Bcast, Bcast, Const<3>, Const<5>), (Const<5>, Const<5>, Const<5>, Const<5>) -> (Bcast, Const<4>, Const<5>)
fn case_249() {
    let mut rng = SeededRng::new(1249);
    let x0 = Tensor::<f64, (Bcast, Const<4>, Bcast, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<6>, Const<5>, Bcast, Bcast, Const<3>, Const<5>), Heap>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x1 = s1.slice::<0, 0, 5, 1>();
    let x2 = Tensor::<f64, (Const<5>, Const<5>, Const<5>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...p,yi...pw,yiw...",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[1, 4, 5],
    );
    let mut got = Tensor::<f64, (Bcast, Const<4>, Const<5>)>::full(f64::NAN);
    einsum_into!(&mut got, "...p,yi...pw,yiw...", &x0, x1, x2);
    check(
        "case 249: ...p,yi...pw,yiw...",
        &got,
        &[1, 4, 5],
        &want,
        375,
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

/// `...,bbb...->b...` on (Const<5>, Bcast), (Bcast, Bcast, Bcast, Const<5>, Const<1>) -> (Bcast, Const<5>, Const<1>)
fn case_250() {
    let mut rng = SeededRng::new(1250);
    let x0 = Tensor::<f64, (Const<5>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Bcast, Bcast, Const<5>, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...,bbb...->b...", &[flat(&x0), flat(&x1)], &[1, 5, 1]);
    let mut got = Tensor::<f64, (Bcast, Const<5>, Const<1>), Heap>::full(f64::NAN);
    einsum_into!(&mut got, "...,bbb...->b...", x0, x1);
    check("case 250: ...,bbb...->b...", &got, &[1, 5, 1], &want, 1);
}

/// `...ooo,...oo->...` on (Const<4>, Const<4>, Const<4>), (Const<1>, Const<4>, Const<4>) -> (Const<1>,)
fn case_251() {
    let mut rng = SeededRng::new(1251);
    let x0 = Tensor::<f64, (Const<4>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<4>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("...ooo,...oo->...", &[flat(&x0), flat(&x1)], &[1]);
    let mut got = Tensor::<f64, (Const<1>,), Heap>::full(f64::NAN);
    einsum_into!(&mut got, "...ooo,...oo->...", x0, x1);
    check("case 251: ...ooo,...oo->...", &got, &[1], &want, 4);
}

/// `Gg,gG,ig,iGgg->ig` on (Const<4>, Const<3>), (Bcast, Bcast), (Const<3>, Const<3>), (Bcast, Const<4>, Const<3>, Const<3>) -> (Const<3>, Const<3>)
fn case_252() {
    let mut rng = SeededRng::new(1252);
    let x0 = Tensor::<f64, (Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 =
        Tensor::<f64, (Bcast, Const<4>, Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "Gg,gG,ig,iGgg->ig",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 3],
    );
    let mut got = Tensor::<f64, (Const<3>, Const<3>), Heap>::full(f64::NAN);
    einsum_into!(&mut got, "Gg,gG,ig,iGgg->ig", &x0, &x1, x2, &x3);
    check("case 252: Gg,gG,ig,iGgg->ig", &got, &[3, 3], &want, 4);
}

/// `p...p` on (Bcast, Bcast, Bcast) -> (Bcast,)
fn case_253() {
    let mut rng = SeededRng::new(1253);
    let s0 = Tensor::<f64, (Bcast, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.view();
    let want = oracle("p...p", &[flat(&x0.to_tensor())], &[1]);
    let mut got = Tensor::<f64, (Bcast,), Heap>::full(f64::NAN);
    einsum_into!(&mut got, "p...p", x0);
    check("case 253: p...p", &got, &[1], &want, 1);
}

/// `...g,...bgg,...bgb->...b` on (Const<3>, Const<3>), (Bcast, Const<3>, Const<5>, Const<3>, Const<3>), (Const<5>, Bcast, Const<5>, Const<3>, Const<5>) -> (Const<5>, Const<3>, Const<5>)
fn case_254() {
    let mut rng = SeededRng::new(1254);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<3>, Const<5>, Const<3>, Const<3>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x2 = Tensor::<f64, (Const<5>, Bcast, Const<5>, Const<3>, Const<5>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let want = oracle(
        "...g,...bgg,...bgb->...b",
        &[flat(&x0), flat(&x1), flat(&x2)],
        &[5, 3, 5],
    );
    let mut got = Tensor::<f64, (Const<5>, Const<3>, Const<5>)>::full(f64::NAN);
    einsum_into!(&mut got, "...g,...bgg,...bgb->...b", &x0, &x1, &x2);
    check(
        "case 254: ...g,...bgg,...bgb->...b",
        &got,
        &[5, 3, 5],
        &want,
        3,
    );
}

/// `...hh,...hhh->...` on (Const<4>, Bcast, Const<3>, Const<3>), (Bcast, Const<3>, Const<3>, Const<3>) -> (Const<4>, Bcast)
fn case_255() {
    let mut rng = SeededRng::new(1255);
    let s0 = Tensor::<f64, (Const<4>, Bcast, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<2, 1, 3, 1>();
    let x1 =
        Tensor::<f64, (Bcast, Const<3>, Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...hh,...hhh->...",
        &[flat(&x0.to_tensor()), flat(&x1)],
        &[4, 1],
    );
    let mut got = Tensor::<f64, (Const<4>, Bcast), Heap>::full(f64::NAN);
    einsum_into!(&mut got, "...hh,...hhh->...", x0, &x1);
    check("case 255: ...hh,...hhh->...", &got, &[4, 1], &want, 3);
}

/// `hll,hlh->l` on (Const<3>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<3>) -> (Const<3>,)
fn case_256() {
    let mut rng = SeededRng::new(1256);
    let x0 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("hll,hlh->l", &[flat(&x0), flat(&x1)], &[3]);
    let mut got = Tensor::<f64, (Const<3>,), Heap>::full(f64::NAN);
    einsum_into!(&mut got, "hll,hlh->l", &x0, &x1);
    check("case 256: hll,hlh->l", &got, &[3], &want, 3);
}

/// `ZAA,Z->` on (Const<5>, Const<2>, Const<2>), (Const<5>,) -> ()
fn case_257() {
    let mut rng = SeededRng::new(1257);
    let x0 = Tensor::<f64, (Const<5>, Const<2>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("ZAA,Z->", &[flat(&x0), flat(&x1)], &[]);
    let mut got = Tensor::<f64, (), Heap>::full(f64::NAN);
    einsum_into!(&mut got, "ZAA,Z->", &x0, &x1);
    check("case 257: ZAA,Z->", &got, &[], &want, 10);
}

/// `zad,a,azd->a` on (Const<3>, Const<4>, Const<2>), (Const<4>,), (Const<4>, Const<3>, Const<2>) -> (Const<4>,)
fn case_258() {
    let mut rng = SeededRng::new(1258);
    let x0 = Tensor::<f64, (Const<3>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<7>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.slice::<0, 0, 4, 2>();
    let x2 = Tensor::<f64, (Const<4>, Const<3>, Const<2>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "zad,a,azd->a",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2)],
        &[4],
    );
    let got: Tensor<f64, (Const<4>,), Heap> =
        einsum!("zad,a,azd->a", &x0, x1, x2; order = [(0, 2), (0, 1)]);
    check("case 258: zad,a,azd->a", &got, &[4], &want, 6);
}

/// `KiQ,QQK,QQK->` on (Const<5>, Const<3>, Const<3>), (Const<3>, Const<3>, Const<5>), (Bcast, Bcast, Const<5>) -> ()
fn case_259() {
    let mut rng = SeededRng::new(1259);
    let x0 = Tensor::<f64, (Const<5>, Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>, Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Bcast, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("KiQ,QQK,QQK->", &[flat(&x0), flat(&x1), flat(&x2)], &[]);
    let got: Tensor<f64, ()> = einsum!("KiQ,QQK,QQK->", x0, &x1, x2; order = [(1, 2), (0, 1)]);
    check("case 259: KiQ,QQK,QQK->", &got, &[], &want, 45);
}

#[test]
fn cases_260_267() {
    run_cases(&[
        ("case_260", case_260),
        ("case_261", case_261),
        ("case_262", case_262),
        ("case_263", case_263),
        ("case_264", case_264),
        ("case_265", case_265),
        ("case_266", case_266),
        ("case_267", case_267),
    ]);
}

/// `...,...ttc,...s,...stct,...` on (Const<4>, Bcast), (Const<1>, Const<1>, Bcast), (Const<5>, Const<2>), (Const<5>, Const<2>, Const<1>, Const<3>, Const<1>), (Const<5>,) -> (Const<4>, Const<5>)
fn case_260() {
    let mut rng = SeededRng::new(1260);
    let x0 = Tensor::<f64, (Const<4>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<1>, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<5>, Const<2>, Const<1>, Const<3>, Const<1>)>::uniform(
        &mut rng, -1.0, 1.0,
    );
    let x3 = s3.view();
    let x4 = Tensor::<f64, (Const<5>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...,...ttc,...s,...stct,...",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4),
        ],
        &[4, 5],
    );
    let got: Tensor<f64, (Const<4>, Const<5>), Heap> = einsum!("...,...ttc,...s,...stct,...", &x0, x1, &x2, x3, x4; order = [(1, 4), (0, 3), (0, 2), (0, 1)]);
    check(
        "case 260: ...,...ttc,...s,...stct,...",
        &got,
        &[4, 5],
        &want,
        6,
    );
}

/// `b,lm,jl,blm,mb->bmj` on (Const<3>,), (Bcast, Const<2>), (Bcast, Const<1>), (Const<3>, Bcast, Const<2>), (Const<2>, Const<3>) -> (Const<3>, Const<2>, Bcast)
fn case_261() {
    let mut rng = SeededRng::new(1261);
    let x0 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast, Const<1>)>::uniform(&mut rng, -1.0, 1.0);
    let s3 = Tensor::<f64, (Const<5>, Bcast, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = s3.slice::<0, 0, 3, 2>();
    let x4 = Tensor::<f64, (Const<2>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "b,lm,jl,blm,mb->bmj",
        &[
            flat(&x0),
            flat(&x1),
            flat(&x2),
            flat(&x3.to_tensor()),
            flat(&x4),
        ],
        &[3, 2, 1],
    );
    let got: Tensor<f64, (Const<3>, Const<2>, Bcast)> = einsum!("b,lm,jl,blm,mb->bmj", &x0, &x1, &x2, x3, x4; order = [(0, 4), (0, 2), (1, 2), (0, 1)]);
    check("case 261: b,lm,jl,blm,mb->bmj", &got, &[3, 2, 1], &want, 1);
}

/// `uhk,hknu,h->k` on (Bcast, Const<1>, Const<4>), (Const<1>, Const<4>, Const<4>, Const<3>), (Const<1>,) -> (Const<4>,)
fn case_262() {
    let mut rng = SeededRng::new(1262);
    let x0 = Tensor::<f64, (Bcast, Const<1>, Const<4>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<1>, Const<4>, Const<4>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("uhk,hknu,h->k", &[flat(&x0), flat(&x1), flat(&x2)], &[4]);
    let got: Tensor<f64, (Const<4>,), Heap> =
        einsum!("uhk,hknu,h->k", x0, &x1, &x2; order = [(0, 2), (0, 1)]);
    check("case 262: uhk,hknu,h->k", &got, &[4], &want, 12);
}

/// `...db,...,...db->...` on (Const<4>, Const<2>), (Const<2>, Bcast), (Const<1>, Const<4>, Const<2>) -> (Const<2>, Const<1>)
fn case_263() {
    let mut rng = SeededRng::new(1263);
    let s0 = Tensor::<f64, (Const<5>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let x0 = s0.slice::<0, 1, 4, 1>();
    let x1 = Tensor::<f64, (Const<2>, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<1>, Const<4>, Const<2>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...db,...,...db->...",
        &[flat(&x0.to_tensor()), flat(&x1), flat(&x2)],
        &[2, 1],
    );
    let got: Tensor<f64, (Const<2>, Const<1>)> =
        einsum!("...db,...,...db->...", x0, x1, &x2; order = [(1, 2), (0, 1)]);
    check("case 263: ...db,...,...db->...", &got, &[2, 1], &want, 8);
}

/// `aa,aobn,b,b->on` on (Bcast, Bcast), (Bcast, Const<3>, Bcast, Bcast), (Bcast,), (Const<3>,) -> (Const<3>, Bcast)
fn case_264() {
    let mut rng = SeededRng::new(1264);
    let x0 = Tensor::<f64, (Bcast, Bcast), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast, Const<3>, Bcast, Bcast)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<3>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "aa,aobn,b,b->on",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[3, 1],
    );
    let got: Tensor<f64, (Const<3>, Bcast), Heap> =
        einsum!("aa,aobn,b,b->on", &x0, &x1, x2, &x3; order = [(2, 3), (1, 2), (0, 1)]);
    check("case 264: aa,aobn,b,b->on", &got, &[3, 1], &want, 3);
}

/// `sdd,d,ds->ds` on (Bcast, Const<3>, Const<3>), (Const<3>,), (Const<3>, Const<5>) -> (Const<3>, Const<5>)
fn case_265() {
    let mut rng = SeededRng::new(1265);
    let x0 = Tensor::<f64, (Bcast, Const<3>, Const<3>), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Const<3>,), Heap>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<3>, Const<5>)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle("sdd,d,ds->ds", &[flat(&x0), flat(&x1), flat(&x2)], &[3, 5]);
    let got: Tensor<f64, (Const<3>, Const<5>), Heap> =
        einsum!("sdd,d,ds->ds", &x0, x1, x2; order = [(0, 2), (0, 1)]);
    check("case 265: sdd,d,ds->ds", &got, &[3, 5], &want, 1);
}

/// `...e,...e,...ee,...->...` on (Const<3>, Const<3>), (Const<3>, Const<3>), (Const<3>, Const<3>), () -> (Const<3>,)
fn case_266() {
    let mut rng = SeededRng::new(1266);
    let x0 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let s1 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = s1.view().flip::<1>();
    let x2 = Tensor::<f64, (Const<3>, Const<3>)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, ()>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "...e,...e,...ee,...->...",
        &[flat(&x0), flat(&x1.to_tensor()), flat(&x2), flat(&x3)],
        &[3],
    );
    let got: Tensor<f64, (Const<3>,)> =
        einsum!("...e,...e,...ee,...->...", &x0, x1, &x2, &x3; order = [(0, 3), (0, 1), (0, 1)]);
    check("case 266: ...e,...e,...ee,...->...", &got, &[3], &want, 3);
}

/// `r,r,r,r` on (Const<4>,), (Bcast,), (Const<4>,), (Const<4>,) -> ()
fn case_267() {
    let mut rng = SeededRng::new(1267);
    let x0 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x1 = Tensor::<f64, (Bcast,)>::uniform(&mut rng, -1.0, 1.0);
    let x2 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let x3 = Tensor::<f64, (Const<4>,)>::uniform(&mut rng, -1.0, 1.0);
    let want = oracle(
        "r,r,r,r",
        &[flat(&x0), flat(&x1), flat(&x2), flat(&x3)],
        &[],
    );
    let got: Tensor<f64, ()> =
        einsum!("r,r,r,r", &x0, &x1, x2, &x3; order = [(2, 3), (0, 2), (0, 1)]);
    check("case 267: r,r,r,r", &got, &[], &want, 4);
}
