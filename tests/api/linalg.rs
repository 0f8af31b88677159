//! `matmul`, `matmul_into`, `matmul_add`, `tensordot`, `dot`, `outer` and `trace` against naive loops on
//! random inputs: tiny products (inlined loops), the matrix×vector and vector×matrix kernels,
//! the GEMM path (`matrixmultiply` for f32/f64, the blocked kernel for integers), inline and
//! heap storage, every rank combination of NumPy `@`, and broadcasting batch axes.

use crate::common;

use common::{RandomElem, Rng, has_type, multi_indices, offset_of, random_tensor, source_offset};
use tensorial::{
    Bcast, BroadcastTo, Combine, Const, GemmElem, Heap, Inline, Kind, MatMul, MatMulShape, Rank1,
    Rank2, Rank3, Rank4, Shape, Tensor, Tensordot, TensordotShape,
};

/// Element types under test: floats compare within a rounding bound, integers exactly.
trait Num: RandomElem + GemmElem + Into<f64> {
    /// Unit roundoff (0 for integers: their products must be exact).
    const EPS: f64;
}

impl Num for f32 {
    const EPS: f64 = f32::EPSILON as f64;
}
impl Num for f64 {
    const EPS: f64 = f64::EPSILON;
}
impl Num for i32 {
    const EPS: f64 = 0.0;
}

/// A naive product: dims, values (exact in f64 for our inputs) and `Σ|a·b|` per element.
struct Reference {
    dims: Vec<usize>,
    values: Vec<f64>,
    abs_sums: Vec<f64>,
    k: usize,
}

/// NumPy `matmul` by the book: promote vectors to a row / a column, broadcast the batch axes,
/// run the triple loop per output element, drop the promoted axes.
fn ref_matmul<T: Num>(a: &[T], a_dims: &[usize], b: &[T], b_dims: &[usize]) -> Reference {
    let a2: Vec<usize> = if a_dims.len() == 1 {
        vec![1, a_dims[0]]
    } else {
        a_dims.to_vec()
    };
    let b2: Vec<usize> = if b_dims.len() == 1 {
        vec![b_dims[0], 1]
    } else {
        b_dims.to_vec()
    };
    let (m, k) = (a2[a2.len() - 2], a2[a2.len() - 1]);
    let (kb, n) = (b2[b2.len() - 2], b2[b2.len() - 1]);
    assert_eq!(k, kb, "reference: inner sizes differ");
    let batch = common::broadcast_dims(&a2[..a2.len() - 2], &b2[..b2.len() - 2]);
    let mut full = batch.clone();
    full.extend([m, n]);
    let (mut values, mut abs_sums) = (Vec::new(), Vec::new());
    for idx in multi_indices(&full) {
        let (bidx, i, j) = (&idx[..batch.len()], idx[batch.len()], idx[batch.len() + 1]);
        // Start of this batch's matrices (size-1 batch axes read index 0), then row-major.
        let start = |dims: &[usize]| {
            if k == 0 {
                return 0; // nothing to read (and no valid index along an empty axis)
            }
            source_offset(&[bidx, &[0, 0]].concat(), dims)
        };
        let (a0, b0) = (start(&a2), start(&b2));
        let (mut s, mut abs) = (0.0, 0.0);
        for p in 0..k {
            let x: f64 = a[a0 + i * k + p].into();
            let y: f64 = b[b0 + p * n + j].into();
            s += x * y;
            abs += (x * y).abs();
        }
        values.push(s);
        abs_sums.push(abs);
    }
    let mut dims = batch;
    if a_dims.len() > 1 {
        dims.push(m);
    }
    if b_dims.len() > 1 {
        dims.push(n);
    }
    Reference {
        dims,
        values,
        abs_sums,
        k,
    }
}

/// `np.tensordot(a, b, axes=1)` by the book: `out[I, J] = Σ_p a[I, p]·b[p, J]`.
fn ref_tensordot<T: Num>(a: &[T], a_dims: &[usize], b: &[T], b_dims: &[usize]) -> Reference {
    let (kept_a, k) = (&a_dims[..a_dims.len() - 1], a_dims[a_dims.len() - 1]);
    assert_eq!(k, b_dims[0]);
    let kept_b = &b_dims[1..];
    let mut dims = kept_a.to_vec();
    dims.extend_from_slice(kept_b);
    let (mut values, mut abs_sums) = (Vec::new(), Vec::new());
    for idx in multi_indices(&dims) {
        let (ia, ib) = idx.split_at(kept_a.len());
        // Row `ia` of `a` starts at offset_of(ia ++ [0]); column `ib` of `b` steps by its size.
        let a0 = offset_of(&[ia, &[0]].concat(), a_dims);
        let b0 = if k == 0 {
            0
        } else {
            offset_of(&[&[0], ib].concat(), b_dims)
        };
        let b_step: usize = kept_b.iter().product();
        let (mut s, mut abs) = (0.0, 0.0);
        for p in 0..k {
            let x: f64 = a[a0 + p].into();
            let y: f64 = b[b0 + p * b_step].into();
            s += x * y;
            abs += (x * y).abs();
        }
        values.push(s);
        abs_sums.push(abs);
    }
    Reference {
        dims,
        values,
        abs_sums,
        k,
    }
}

/// Shape and every element; floats within `4·k·eps·Σ|a·b|` (a dot product's rounding bound).
#[track_caller]
fn assert_product<T: Num, S: Shape, K: Kind>(got: &Tensor<T, S, K>, want: &Reference) {
    assert_eq!(got.shape().as_ref(), want.dims.as_slice(), "shape differs");
    assert_eq!(got.len(), want.values.len());
    #[allow(clippy::cast_precision_loss)]
    let scale = 4.0 * (want.k as f64 + 1.0) * T::EPS;
    for (i, ((&g, &w), &abs)) in got.iter().zip(&want.values).zip(&want.abs_sums).enumerate() {
        let g: f64 = g.into();
        assert!(
            (g - w).abs() <= scale * abs,
            "element {i} (of {:?}): got {g}, want {w}",
            want.dims
        );
    }
}

/// [`ref_matmul`] of two tensors, from their slices and their shapes' dimensions.
fn matmul_reference<T: Num, SA: Shape, SB: Shape, KA: Kind, KB: Kind>(
    a: &Tensor<T, SA, KA>,
    b: &Tensor<T, SB, KB>,
) -> Reference {
    ref_matmul(
        a.as_slice(),
        SA::DIMS.as_ref(),
        b.as_slice(),
        SB::DIMS.as_ref(),
    )
}

/// `a.matmul(&b)` on random inputs against [`ref_matmul`], the result's storage kind, and
/// `matmul_into` over an output full of garbage (every element must be overwritten).
fn check_matmul<T, SA, SB, KA, KB>(seed: u64)
where
    T: Num,
    SA: Shape + MatMulShape<SB>,
    SB: Shape,
    KA: Kind + Combine<KB>,
    KB: Kind,
{
    let a: Tensor<T, SA, KA> = random_tensor(seed);
    let b: Tensor<T, SB, KB> = random_tensor(seed ^ 0xB);
    let want = matmul_reference(&a, &b);
    let got = a.matmul(&b);
    has_type::<Tensor<T, MatMul<SA, SB>, <KA as Combine<KB>>::Output>>(&got);
    assert_product(&got, &want);

    let mut out = Tensor::<T, MatMul<SA, SB>, Heap>::full(T::random(&mut Rng::new(seed)));
    a.matmul_into(&b, &mut out);
    assert_product(&out, &want);
}

fn check_tensordot<T, SA, SB, KA, KB>(seed: u64)
where
    T: Num,
    SA: Shape + TensordotShape<SB>,
    SB: Shape,
    KA: Kind + Combine<KB>,
    KB: Kind,
{
    let a: Tensor<T, SA, KA> = random_tensor(seed);
    let b: Tensor<T, SB, KB> = random_tensor(seed ^ 0xB);
    let got = a.tensordot(&b);
    has_type::<Tensor<T, Tensordot<SA, SB>, <KA as Combine<KB>>::Output>>(&got);
    let want = ref_tensordot(
        a.as_slice(),
        SA::DIMS.as_ref(),
        b.as_slice(),
        SB::DIMS.as_ref(),
    );
    assert_product(&got, &want);
}

// ---------------------------------------------------------------------------------------------
// matmul: 2-D
// ---------------------------------------------------------------------------------------------

#[test]
fn matmul_2d_tiny_inline() {
    for seed in 0..5 {
        check_matmul::<f64, Rank2<3, 4>, Rank2<4, 5>, Inline, Inline>(seed);
        check_matmul::<f32, Rank2<4, 4>, Rank2<4, 4>, Inline, Inline>(seed);
        check_matmul::<f32, Rank2<8, 8>, Rank2<8, 8>, Inline, Inline>(seed);
        check_matmul::<i32, Rank2<2, 7>, Rank2<7, 3>, Inline, Inline>(seed);
        check_matmul::<i32, Rank2<1, 1>, Rank2<1, 1>, Inline, Inline>(seed);
    }
}

#[test]
fn matmul_2d_tiny_floats_match_the_loop_order_exactly() {
    // Below 32³ multiply-adds the kernel sums each element left to right, like the reference.
    let a: Tensor<f64, Rank2<5, 6>> = random_tensor(7);
    let b: Tensor<f64, Rank2<6, 3>> = random_tensor(8);
    let got = a.matmul(&b);
    for i in 0..5 {
        for j in 0..3 {
            let want = (0..6).fold(0.0, |s, p| s + a[[i, p]] * b[[p, j]]);
            assert_eq!(got[[i, j]].to_bits(), want.to_bits(), "[{i}, {j}]");
        }
    }
}

#[test]
fn matmul_2d_gemm_path_f32_f64() {
    // 64·80·96 multiply-adds: far above the tiny-loop threshold, so `sgemm`/`dgemm` run
    // (or the blocked kernel when the `matrixmultiply` feature is off).
    check_matmul::<f32, Rank2<64, 80>, Rank2<80, 96>, Heap, Heap>(1);
    check_matmul::<f64, Rank2<64, 80>, Rank2<80, 96>, Heap, Heap>(2);
    check_matmul::<f32, Rank2<64, 80>, Rank2<80, 96>, Inline, Heap>(3);
    check_matmul::<f64, Rank2<33, 67>, Rank2<67, 41>, Inline, Inline>(4);
    // Odd sizes: partial micro-kernel tiles on every edge.
    check_matmul::<f64, Rank2<33, 67>, Rank2<67, 41>, Heap, Inline>(5);
    check_matmul::<f32, Rank2<2, 500>, Rank2<500, 70>, Heap, Heap>(6);
}

/// `matmul` writes its output without zeroing it first, into a reused buffer's old bytes when
/// one of the same size was just freed: a garbage-filled tensor of the output's size is
/// dropped right before each product (big enough to be kept for reuse), on every kernel path.
#[test]
fn matmul_overwrites_a_reused_output_buffer() {
    fn check<T: Num, SA, SB>(seed: u64, garbage: T)
    where
        SA: Shape + MatMulShape<SB>,
        SB: Shape,
    {
        let a: Tensor<T, SA, Heap> = random_tensor(seed);
        let b: Tensor<T, SB, Heap> = random_tensor(seed ^ 0xB);
        let want = matmul_reference(&a, &b);
        for _ in 0..3 {
            drop(Tensor::<T, MatMul<SA, SB>, Heap>::full(garbage));
            assert_product(&a.matmul(&b), &want);
        }
    }
    check::<f32, Rank2<300, 200>, Rank2<200, 256>>(1, f32::NAN); // packed GEMM
    check::<f64, Rank2<190, 70>, Rank2<70, 300>>(2, f64::INFINITY);
    check::<f32, Rank2<512, 1>, Rank2<1, 256>>(3, -7.0); // outer product: the tiny loops
    check::<i32, Rank2<260, 90>, Rank2<90, 270>>(4, i32::MIN); // the blocked integer kernel
    check::<f32, Rank3<4, 128, 32>, Rank3<4, 32, 160>>(5, f32::NAN); // batched
}

#[test]
fn matmul_2d_blocked_path_i32() {
    // Integers take the portable cache-blocked kernel; sizes straddle its blocks
    // (columns 256, depth 128, rows in groups of 4) with remainders everywhere.
    check_matmul::<i32, Rank2<64, 80>, Rank2<80, 96>, Inline, Inline>(1);
    check_matmul::<i32, Rank2<64, 80>, Rank2<80, 96>, Heap, Heap>(2);
    check_matmul::<i32, Rank2<9, 300>, Rank2<300, 270>, Heap, Heap>(3);
}

#[test]
fn matmul_2d_kind_and_shape_types() {
    let a = Tensor::<f32, Rank2<2, 3>>::ones();
    let b = Tensor::<f32, Rank2<3, 4>, Heap>::ones();
    let c = a.matmul(&b);
    has_type::<Tensor<f32, Rank2<2, 4>, Heap>>(&c);
    has_type::<Tensor<f32, Rank2<2, 4>, Inline>>(&a.matmul(&b.to_kind::<Inline>()));
    assert!(c.iter().all(|&v| v == 3.0));
}

#[test]
fn matmul_zero_sized_axes() {
    check_matmul::<f64, Rank2<0, 3>, Rank2<3, 4>, Inline, Inline>(1);
    check_matmul::<f64, Rank2<3, 4>, Rank2<4, 0>, Inline, Heap>(1);
    // k = 0: the empty sum is 0 everywhere, also over a garbage output.
    let a = Tensor::<f64, Rank2<3, 0>, Heap>::zeros();
    let b = Tensor::<f64, Rank2<0, 40>, Heap>::zeros();
    let mut out = Tensor::<f64, Rank2<3, 40>, Heap>::full(7.0);
    a.matmul_into(&b, &mut out);
    assert!(out.iter().all(|&v| v == 0.0));
}

// ---------------------------------------------------------------------------------------------
// matmul_add
// ---------------------------------------------------------------------------------------------

/// [`ref_matmul`] of `a` and `b` plus `bias` broadcast to the product's shape (its magnitude
/// joins the rounding bound).
fn matmul_add_reference<T: Num, SA: Shape, SB: Shape, SC: Shape, KA: Kind, KB: Kind, KC: Kind>(
    a: &Tensor<T, SA, KA>,
    b: &Tensor<T, SB, KB>,
    bias: &Tensor<T, SC, KC>,
) -> Reference {
    let mut want = matmul_reference(a, b);
    let bias = common::ref_broadcast_to(bias.as_slice(), SC::DIMS.as_ref(), &want.dims);
    for ((v, abs), x) in want.values.iter_mut().zip(&mut want.abs_sums).zip(bias) {
        let x: f64 = x.into();
        *v += x;
        *abs += x.abs();
    }
    want
}

/// `a.matmul_add(&b, &bias)` on random inputs against [`matmul_add_reference`], its type, and
/// the same by value.
fn check_matmul_add<T, SA, SB, SC, KA, KB>(seed: u64)
where
    T: Num,
    SA: Shape + MatMulShape<SB>,
    SB: Shape,
    SC: Shape,
    KA: Kind + Combine<KB>,
    KB: Kind,
    SC: BroadcastTo<MatMul<SA, SB>>,
{
    let a: Tensor<T, SA, KA> = random_tensor(seed);
    let b: Tensor<T, SB, KB> = random_tensor(seed ^ 0xB);
    let bias: Tensor<T, SC, Heap> = random_tensor(seed ^ 0xC);
    let got = a.matmul_add(&b, &bias);
    has_type::<Tensor<T, MatMul<SA, SB>, <KA as Combine<KB>>::Output>>(&got);
    assert_product(&got, &matmul_add_reference(&a, &b, &bias));
    assert_eq!(a.matmul_add(&b, bias), got);
}

#[test]
fn matmul_add_tiny_products() {
    for seed in 0..3 {
        // A layer of a small network: (K,) @ (K, N) + (N,).
        check_matmul_add::<f32, Rank1<64>, Rank2<64, 10>, Rank1<10>, Inline, Inline>(seed);
        check_matmul_add::<f64, Rank1<7>, Rank2<7, 33>, Rank1<33>, Inline, Inline>(seed);
        check_matmul_add::<i32, Rank1<5>, Rank2<5, 3>, Rank1<3>, Inline, Heap>(seed);
        // Matrices with a row bias, a full bias, a column bias and a rank-0 bias.
        check_matmul_add::<f64, Rank2<3, 6>, Rank2<6, 4>, Rank1<4>, Inline, Inline>(seed);
        check_matmul_add::<f32, Rank2<3, 6>, Rank2<6, 4>, Rank2<3, 4>, Inline, Inline>(seed);
        check_matmul_add::<f64, Rank2<3, 6>, Rank2<6, 4>, (Const<3>, Bcast), Heap, Inline>(seed);
        check_matmul_add::<i32, Rank2<3, 6>, Rank2<6, 4>, (), Inline, Inline>(seed);
        // A matrix times a vector: (M, K) @ (K,) + (M,).
        check_matmul_add::<f64, Rank2<5, 4>, Rank1<4>, Rank1<5>, Inline, Inline>(seed);
    }
}

#[test]
fn matmul_add_gemm_and_batched_products() {
    check_matmul_add::<f32, Rank2<64, 80>, Rank2<80, 96>, Rank1<96>, Heap, Heap>(1);
    check_matmul_add::<f64, Rank2<33, 67>, Rank2<67, 41>, Rank2<33, 41>, Inline, Inline>(2);
    check_matmul_add::<i32, Rank2<40, 50>, Rank2<50, 30>, Rank1<30>, Heap, Heap>(3);
    check_matmul_add::<f32, Rank1<200>, Rank2<200, 300>, Rank1<300>, Heap, Heap>(4);
    check_matmul_add::<f64, Rank3<4, 8, 32>, Rank2<32, 40>, Rank1<40>, Heap, Heap>(5);
    check_matmul_add::<f64, Rank3<2, 3, 4>, Rank3<2, 4, 5>, (Const<3>, Bcast), Heap, Inline>(6);
}

#[test]
fn matmul_add_takes_scalars_and_views_and_empty_sums() {
    let a: Tensor<f64, Rank2<3, 6>> = random_tensor(1);
    let b: Tensor<f64, Rank2<6, 4>> = random_tensor(2);
    let rows: Tensor<f64, Rank2<2, 4>> = random_tensor(3);
    let bias = rows.row(1).to_tensor();
    let scalar = Tensor::<f64, (), Inline>::scalar(2.5);
    let want = matmul_add_reference(&a, &b, &scalar);
    assert_product(&a.matmul_add(&b, 2.5), &want);
    let want = matmul_add_reference(&a, &b, &bias);
    assert_product(&a.matmul_add(&b, rows.row(1)), &want);
    // A view on the left (a transposed matrix).
    let at: Tensor<f64, Rank2<6, 3>> = random_tensor(4);
    let want = matmul_add_reference(&at.t(), &b, &bias);
    assert_product(&at.view().t().matmul_add(&b, bias), &want);
    // k = 0: the empty sum leaves the bias.
    let e = Tensor::<f64, Rank2<3, 0>>::zeros();
    let f = Tensor::<f64, Rank2<0, 4>>::zeros();
    assert_eq!(e.matmul_add(&f, bias), bias.broadcast_to::<Rank2<3, 4>>());
}

#[test]
fn matmul_add_tiny_floats_start_at_the_bias_in_order() {
    // Below 32³ multiply-adds each element is `bias + a·b` summed left to right from the bias
    // (products taken two at a time on narrow rows: the order must not change).
    let a: Tensor<f64, Rank2<5, 7>> = random_tensor(7);
    let b: Tensor<f64, Rank2<7, 3>> = random_tensor(8);
    let bias: Tensor<f64, Rank1<3>> = random_tensor(9);
    let got = a.matmul_add(&b, bias);
    let x = a.row(2).to_tensor();
    let row = x.matmul_add(&b, bias);
    for j in 0..3 {
        for i in 0..5 {
            let want = (0..7).fold(bias[[j]], |s, p| s + a[[i, p]] * b[[p, j]]);
            assert_eq!(got[[i, j]].to_bits(), want.to_bits(), "[{i}, {j}]");
        }
        assert_eq!(
            row[[j]].to_bits(),
            got[[2, j]].to_bits(),
            "vector × matrix, [{j}]"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// matmul: vectors
// ---------------------------------------------------------------------------------------------

#[test]
fn matmul_matrix_vector() {
    for seed in 0..3 {
        check_matmul::<f64, Rank2<3, 4>, Rank1<4>, Inline, Inline>(seed);
        check_matmul::<i32, Rank2<5, 2>, Rank1<2>, Heap, Inline>(seed);
    }
    // Large enough for the row-dot kernel (16 partial sums per row).
    check_matmul::<f32, Rank2<300, 200>, Rank1<200>, Heap, Heap>(1);
    check_matmul::<f64, Rank2<300, 201>, Rank1<201>, Heap, Inline>(2);
    check_matmul::<i32, Rank2<300, 200>, Rank1<200>, Heap, Heap>(3);
}

#[test]
fn matmul_vector_matrix() {
    for seed in 0..3 {
        check_matmul::<f64, Rank1<4>, Rank2<4, 3>, Inline, Inline>(seed);
        check_matmul::<i32, Rank1<2>, Rank2<2, 5>, Inline, Heap>(seed);
    }
    check_matmul::<f32, Rank1<200>, Rank2<200, 300>, Heap, Heap>(1);
    check_matmul::<f64, Rank1<200>, Rank2<200, 300>, Inline, Heap>(2);
}

#[test]
fn matmul_vector_vector_is_rank0() {
    let a = common::random_tensor::<i32, Rank1<7>, Inline>(1);
    let b = common::random_tensor::<i32, Rank1<7>, Heap>(2);
    let c = a.matmul(&b);
    has_type::<Tensor<i32, (), Heap>>(&c);
    assert_eq!(c.item(), a.dot(&b));
    check_matmul::<f64, Rank1<5>, Rank1<5>, Inline, Inline>(3);
}

// ---------------------------------------------------------------------------------------------
// matmul: batched
// ---------------------------------------------------------------------------------------------

#[test]
fn matmul_batched() {
    for seed in 0..3 {
        check_matmul::<f64, Rank3<2, 3, 4>, Rank3<2, 4, 5>, Inline, Inline>(seed);
        check_matmul::<i32, Rank3<3, 2, 2>, Rank3<3, 2, 6>, Heap, Inline>(seed);
    }
    check_matmul::<f32, Rank3<3, 40, 50>, Rank3<3, 50, 60>, Heap, Heap>(1);
    check_matmul::<f64, Rank3<3, 40, 50>, Rank3<3, 50, 60>, Heap, Heap>(2);
    check_matmul::<i32, Rank3<3, 40, 50>, Rank3<3, 50, 60>, Heap, Heap>(3);
}

#[test]
fn matmul_batched_shared_rhs() {
    // (B, M, K) @ (K, N): one GEMM of B·M rows.
    for seed in 0..3 {
        check_matmul::<f64, Rank3<2, 3, 4>, Rank2<4, 5>, Inline, Inline>(seed);
        check_matmul::<i32, Rank3<4, 1, 3>, Rank2<3, 2>, Inline, Heap>(seed);
    }
    check_matmul::<f32, Rank3<5, 20, 64>, Rank2<64, 48>, Heap, Heap>(1);
    check_matmul::<f64, Rank4<2, 3, 20, 64>, Rank2<64, 48>, Heap, Inline>(2);
    // The seed tutorial's (B, F) @ (F, H) and (B, T, F) @ (F, H).
    check_matmul::<f64, Rank3<2, 3, 6>, Rank2<6, 4>, Inline, Inline>(3);
}

#[test]
fn matmul_batched_shared_lhs() {
    // (M, K) @ (B, K, N): the same left matrix for every batch.
    check_matmul::<f64, Rank2<3, 4>, Rank3<2, 4, 5>, Inline, Inline>(1);
    check_matmul::<f32, Rank2<40, 50>, Rank3<3, 50, 60>, Heap, Heap>(2);
}

#[test]
fn matmul_batched_vectors() {
    // (K,) @ (B, K, N) → (B, N) and (B, M, K) @ (K,) → (B, M).
    check_matmul::<f64, Rank1<4>, Rank3<3, 4, 5>, Inline, Inline>(1);
    check_matmul::<i32, Rank3<3, 2, 4>, Rank1<4>, Inline, Heap>(2);
    check_matmul::<f32, Rank3<4, 100, 100>, Rank1<100>, Heap, Heap>(3);
    let v = Tensor::<i32, Rank1<4>>::ones();
    let m = Tensor::<i32, Rank3<3, 4, 5>>::ones();
    has_type::<Tensor<i32, Rank2<3, 5>>>(&v.matmul(&m));
    has_type::<Tensor<i32, Rank2<3, 5>>>(&Tensor::<i32, Rank3<3, 5, 4>>::ones().matmul(&v));
}

#[test]
fn matmul_broadcasting_batch_axes() {
    // (2, Bcast, 3, 4) @ (5, 4, 6) → (2, 5, 3, 6), and a `Bcast` batch axis on each side.
    check_matmul::<f64, (Const<2>, Bcast, Const<3>, Const<4>), Rank3<5, 4, 6>, Inline, Inline>(1);
    check_matmul::<i32, (Bcast, Const<3>, Const<4>), Rank3<2, 4, 6>, Inline, Heap>(2);
    check_matmul::<f32, Rank4<2, 3, 40, 50>, (Const<2>, Bcast, Const<50>, Const<60>), Heap, Heap>(
        3,
    );
    let c = Tensor::<f64, (Const<2>, Bcast, Const<3>, Const<4>)>::ones()
        .matmul(&Tensor::<f64, Rank3<5, 4, 6>>::ones());
    has_type::<Tensor<f64, Rank4<2, 5, 3, 6>>>(&c);
}

#[test]
fn matmul_two_batch_axes() {
    // (B, H, T, D) @ (B, H, D, T), the attention shape: each batch axis has its own stride.
    for seed in 0..3 {
        check_matmul::<f64, Rank4<2, 3, 4, 5>, Rank4<2, 3, 5, 2>, Inline, Inline>(seed);
        check_matmul::<i32, Rank4<2, 3, 2, 3>, Rank4<2, 3, 3, 4>, Heap, Inline>(seed);
    }
    check_matmul::<f32, Rank4<2, 3, 40, 32>, Rank4<2, 3, 32, 40>, Heap, Heap>(1);
    // Both batch axes broadcasting, one from each side: (2, Bcast) with (Bcast, 3).
    check_matmul::<
        f64,
        (Const<2>, Bcast, Const<3>, Const<4>),
        (Bcast, Const<3>, Const<4>, Const<2>),
        Inline,
        Inline,
    >(2);
}

#[test]
fn matmul_batched_one_by_one_matrices() {
    // (2, 3, 1) @ (2, 1, 1): each batch reads its own 1×1 right matrix (a batch offset of
    // k·n = 1 element), which a kernel must not mistake for one shared right matrix.
    for seed in 0..3 {
        check_matmul::<i32, Rank3<2, 3, 1>, Rank3<2, 1, 1>, Inline, Inline>(seed);
        check_matmul::<f64, Rank3<2, 3, 1>, Rank3<2, 1, 1>, Heap, Inline>(seed);
    }
}

#[test]
fn matmul_batched_empty_matrices() {
    // Batches of empty products: no rows, no columns, and k = 0 (sums of nothing are 0).
    check_matmul::<f64, Rank3<2, 0, 3>, Rank3<2, 3, 4>, Inline, Inline>(1); // → (2, 0, 4)
    check_matmul::<f64, Rank3<2, 2, 3>, Rank3<2, 3, 0>, Inline, Heap>(2); // → (2, 2, 0)
    check_matmul::<i32, Rank3<2, 3, 0>, Rank3<2, 0, 4>, Heap, Heap>(3); // → (2, 3, 4) of 0
    // A rank-2 left operand against a batched right one: (2, 3) @ (2, 3, 0) → (2, 2, 0).
    check_matmul::<i32, Rank2<2, 3>, Rank3<2, 3, 0>, Inline, Inline>(4);
    check_matmul::<f64, Rank2<0, 3>, Rank3<2, 3, 4>, Inline, Heap>(5); // → (2, 0, 4)
}

#[test]
fn matmul_bcast_rows_and_inner_axes() {
    // A `(Bcast, K)` row keeps its broadcasting axis: x[None, :] @ W.
    let x = common::random_tensor::<f64, Rank1<4>, Inline>(1).new_axis::<0>();
    let w = common::random_tensor::<f64, Rank2<4, 3>, Inline>(2);
    let row = x.matmul(&w);
    has_type::<Tensor<f64, (Bcast, Const<3>)>>(&row);
    let _stretched = Tensor::<f64, Rank2<5, 3>>::zeros() + row;
    check_matmul::<f64, (Bcast, Const<4>), Rank2<4, 3>, Inline, Inline>(3);
    // A `Bcast` inner axis: an outer product by matmul.
    check_matmul::<i32, (Const<3>, Bcast), (Bcast, Const<4>), Inline, Inline>(4);
}

// ---------------------------------------------------------------------------------------------
// tensordot
// ---------------------------------------------------------------------------------------------

#[test]
fn tensordot_seed_projection() {
    // Seed 002: (B, T, F) · (F, N, H) → (B, T, N, H), np.einsum("btf,fnh->btnh").
    for seed in 0..3 {
        check_tensordot::<f64, Rank3<2, 3, 6>, Rank3<6, 2, 3>, Inline, Inline>(seed);
        check_tensordot::<i32, Rank3<2, 3, 6>, Rank3<6, 2, 3>, Inline, Heap>(seed);
    }
    // GEMM path: (4·16, 64) × (64, 8·16).
    check_tensordot::<f32, Rank3<4, 16, 64>, Rank3<64, 8, 16>, Heap, Heap>(1);
    check_tensordot::<f64, Rank3<4, 16, 64>, Rank3<64, 8, 16>, Heap, Heap>(2);
    check_tensordot::<i32, Rank3<4, 16, 64>, Rank3<64, 8, 16>, Heap, Heap>(3);
}

#[test]
fn tensordot_ranks() {
    check_tensordot::<f64, Rank1<5>, Rank1<5>, Inline, Inline>(1); // → ()
    check_tensordot::<f64, Rank2<3, 5>, Rank1<5>, Inline, Inline>(2); // np.dot(matrix, vector)
    check_tensordot::<f64, Rank1<5>, Rank3<5, 2, 3>, Inline, Inline>(3);
    check_tensordot::<i32, Rank2<3, 5>, Rank2<5, 4>, Inline, Inline>(4); // == matmul
    check_tensordot::<i32, Rank4<2, 1, 3, 5>, Rank3<5, 2, 2>, Inline, Inline>(5); // rank 6 out
    let x = Tensor::<f32, Rank3<2, 3, 6>>::ones();
    let y = Tensor::<f32, Rank3<6, 2, 3>>::ones();
    has_type::<Tensor<f32, Rank4<2, 3, 2, 3>>>(&x.tensordot(&y));
}

// ---------------------------------------------------------------------------------------------
// dot, outer, trace
// ---------------------------------------------------------------------------------------------

fn check_dot<T: Num, const N: usize>(seed: u64) {
    let a: Tensor<T, Rank1<N>> = random_tensor(seed);
    let b: Tensor<T, Rank1<N>, Heap> = random_tensor(seed ^ 0xB);
    let want = ref_matmul(a.as_slice(), &[N], b.as_slice(), &[N]);
    let got = Tensor::<T, ()>::scalar(a.dot(&b));
    assert_product(&got, &want);
}

#[test]
fn dot_matches_naive() {
    for seed in 0..5 {
        check_dot::<f64, 3>(seed);
        check_dot::<f64, 100>(seed); // 16-lane partial sums plus a tail
        check_dot::<f32, 1000>(seed);
        check_dot::<i32, 17>(seed);
        check_dot::<i32, 0>(seed);
    }
    assert_eq!(
        tensorial::tensor![1.0, 2.0].dot(&tensorial::tensor![3.0, 4.0]),
        11.0
    );
}

#[test]
fn outer_matches_naive() {
    let a = common::random_tensor::<i32, Rank1<4>, Inline>(1);
    let b = common::random_tensor::<i32, Rank1<3>, Heap>(2);
    let o = a.outer(&b);
    has_type::<Tensor<i32, Rank2<4, 3>, Heap>>(&o);
    for i in 0..4 {
        for j in 0..3 {
            assert_eq!(o[[i, j]], a[[i]] * b[[j]]);
        }
    }
    // Equals matmul of a column and a row.
    let col = a.new_axis::<1>();
    let row = b.to_kind::<Inline>().new_axis::<0>();
    assert_eq!(col.matmul(&row).as_slice(), o.as_slice());
    assert!(
        Tensor::<f64, Rank1<3>>::ones()
            .outer(&Tensor::<f64, Rank1<0>>::ones())
            .is_empty()
    );
}

#[test]
fn trace_matches_naive() {
    let a = common::random_tensor::<i32, Rank2<5, 5>, Inline>(1);
    assert_eq!(a.trace(), (0..5).map(|i| a[[i, i]]).sum::<i32>());
    let wide = common::random_tensor::<i32, Rank2<2, 6>, Heap>(2);
    assert_eq!(wide.trace(), wide[[0, 0]] + wide[[1, 1]]);
    let tall = common::random_tensor::<f64, Rank2<4, 3>, Inline>(3);
    assert_eq!(tall.trace(), tall[[0, 0]] + tall[[1, 1]] + tall[[2, 2]]);
    assert_eq!(Tensor::<i32, Rank2<0, 3>>::zeros().trace(), 0);
    // trace(A·B) = trace(B·A)
    let x = common::random_tensor::<i32, Rank2<3, 4>, Inline>(4);
    let y = common::random_tensor::<i32, Rank2<4, 3>, Inline>(5);
    assert_eq!(x.matmul(&y).trace(), y.matmul(&x).trace());
}
