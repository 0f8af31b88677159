//! Storage kinds: sizes, `Copy`, allocation behaviour of heap tensors, and a 157 MB tensor pair
//! handled on a thread with a 256 KiB stack.
// Borrowed operands (`&a + &b`) are exercised on purpose.
#![allow(clippy::op_ref)]

mod common;

use common::{Rng, assert_matches, random_tensor, ref_zip_t};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::mem::{align_of, size_of};
use tensorial::{Bcast, Const, Heap, Inline, Rank0, Rank2, Rank3, Tensor};

type C<const N: usize> = Const<N>;
type B = Bcast;

/// Counts allocations made by the current thread through the global allocator.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to `System`; the counter is a const-initialized thread-local `Cell`, which
// neither allocates nor re-enters the allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as ours.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made by this thread while running `f`.
fn allocations<R>(f: impl FnOnce() -> R) -> (usize, R) {
    let before = ALLOCATIONS.with(Cell::get);
    let r = f();
    (ALLOCATIONS.with(Cell::get) - before, r)
}

fn assert_copy<T: Copy>() {}
fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn inline_sizes_are_exact() {
    assert_eq!(size_of::<Tensor<f32, Rank2<3, 4>>>(), 48);
    assert_eq!(size_of::<Tensor<f32, (C<3>, B, C<4>)>>(), 48);
    assert_eq!(size_of::<Tensor<f64, Rank0>>(), 8);
    assert_eq!(size_of::<Tensor<u8, Rank3<2, 3, 5>>>(), 30);
    assert_eq!(size_of::<Tensor<f64, Rank2<0, 3>>>(), 0);
    assert_eq!(size_of::<Tensor<bool, (B, B)>>(), 1);
    assert_eq!(align_of::<Tensor<f64, Rank2<2, 2>>>(), align_of::<f64>());
    // A heap tensor is one pointer, whatever its shape.
    assert_eq!(
        size_of::<Tensor<f32, Rank2<50_000, 784>, Heap>>(),
        size_of::<usize>()
    );
    assert_eq!(size_of::<Tensor<u8, Rank0, Heap>>(), size_of::<usize>());
    assert_eq!(
        size_of::<Option<Tensor<f32, Rank2<3, 4>, Heap>>>(),
        size_of::<usize>()
    );
}

#[test]
fn inline_tensors_are_copy_and_all_are_send_sync() {
    assert_copy::<Tensor<f32, Rank2<3, 4>>>();
    assert_copy::<Tensor<bool, (C<2>, B)>>();
    assert_copy::<Tensor<i64, Rank0, Inline>>();
    assert_send_sync::<Tensor<f32, Rank2<3, 4>>>();
    assert_send_sync::<Tensor<f32, Rank2<3, 4>, Heap>>();

    let a: Tensor<f32, Rank2<3, 4>> = random_tensor(1);
    let mut b = a; // a copy, `a` stays usable
    b[[0, 0]] += 1.0;
    assert_ne!(a, b);
    assert_eq!(a[[0, 0]] + 1.0, b[[0, 0]]);

    // A heap tensor moves to another thread and back.
    let h: Tensor<f32, Rank2<3, 4>, Heap> = a.to_heap();
    let doubled = std::thread::spawn(move || &h * 2.0).join().unwrap();
    assert_matches(&doubled, &ref_zip_t(&a, &a, |x, _| x * 2.0));
}

#[test]
fn inline_ops_never_allocate() {
    let a: Tensor<f64, Rank3<2, 3, 4>> = random_tensor(2);
    let b: Tensor<f64, (C<3>, B)> = random_tensor(3);
    let (n, c) = allocations(|| {
        let mut c = (&a + &b) * 2.0 - a;
        c += &b;
        c.maximum(0.0).exp().gt(1.0).select(&c, &a)
    });
    assert_eq!(n, 0, "inline ops allocated");
    let want = ref_zip_t(&a, &b, |x, y| {
        let c = (x + y) * 2.0 - x + y;
        if c.max(0.0).exp() > 1.0 { c } else { x }
    });
    assert_matches(&c, &want);
}

#[test]
fn heap_ops_allocate_only_their_output() {
    let a: Tensor<f64, Rank3<2, 3, 4>, Heap> = random_tensor(4);
    let b: Tensor<f64, (C<3>, C<4>), Heap> = random_tensor(5);
    let want = ref_zip_t(&a, &b, |x, y| x + y);
    let (n, c) = allocations(|| &a + &b);
    assert_eq!(n, 1, "`&a + &b` should allocate just the result");
    assert_matches(&c, &want);
    // An owned lhs of the output's shape lends its buffer: no allocation at all.
    let a2 = a.clone();
    let (n, c) = allocations(|| a2 + &b);
    assert_eq!(n, 0, "`a + &b` should reuse a's buffer");
    assert_matches(&c, &want);
    let mut a3 = a.clone();
    let (n, ()) = allocations(|| {
        a3 += &b;
        a3 -= 1.0;
    });
    assert_eq!(n, 0, "`+=` should not allocate");
    assert_matches(&a3, &ref_zip_t(&a, &b, |x, y| x + y - 1.0));
    let (n, col) = allocations(|| b.clone().new_axis::<0>());
    assert_eq!(n, 1, "only the clone allocates, new_axis relabels");
    assert_eq!(col.shape(), [1, 3, 4]);
    // Inline lhs with a heap rhs: one allocation for the heap result.
    let ai: Tensor<f64, Rank3<2, 3, 4>> = a.to_kind();
    let (n, d) = allocations(|| ai - &b);
    assert_eq!(n, 1);
    assert_matches(&d, &ref_zip_t(&a, &b, |x, y| x - y));
}

#[test]
fn zero_size_heap_tensors() {
    let z = Tensor::<f32, Rank2<0, 3>, Heap>::zeros();
    let (n, y) = allocations(|| &z + 1.0);
    assert_eq!(n, 0, "empty heap tensors need no allocation");
    assert!(y.is_empty());
    let c = z.clone();
    drop(z);
    assert_eq!(c.as_slice(), &[] as &[f32]);
}

/// 50 000 × 784 f32 = 157 MB per tensor, handled on a thread with a 256 KiB stack: if any
/// step (construction, `+`, drop) built a tensor on the stack, the thread would overflow.
/// (Broadcasting heap ops are covered on small shapes elsewhere; this keeps the debug run short.)
#[test]
fn big_heap_tensors_never_touch_the_stack() {
    const ROWS: usize = 50_000;
    const COLS: usize = 784;
    type Big = Tensor<f32, Rank2<ROWS, COLS>, Heap>;

    let worker = std::thread::Builder::new()
        .name("small-stack".into())
        .stack_size(256 * 1024)
        .spawn(|| {
            #[allow(clippy::cast_precision_loss)]
            let at = |i: usize, j: usize| (i * COLS + j) as f32;
            let a = Big::full(0.25);
            let b = Big::arange();

            let sum = &a + &b;
            let mut rng = Rng::new(42);
            let mut samples: Vec<(usize, usize)> = (0..200)
                .map(|_| (rng.index(ROWS), rng.index(COLS)))
                .collect();
            samples.extend([(0, 0), (ROWS - 1, COLS - 1), (ROWS / 2, 0), (0, COLS - 1)]);
            for &(i, j) in &samples {
                assert_eq!(b[[i, j]], at(i, j));
                assert_eq!(sum[[i, j]], 0.25 + at(i, j), "at ({i}, {j})");
            }
            drop(sum);

            // `a + &b` writes into a's buffer.
            let ptr = a.as_slice().as_ptr();
            let sum = a + &b;
            assert_eq!(
                sum.as_slice().as_ptr(),
                ptr,
                "`a + &b` should reuse a's buffer"
            );
            for &(i, j) in &samples {
                assert_eq!(sum[[i, j]], 0.25 + at(i, j), "at ({i}, {j})");
            }
            drop((sum, b));
        })
        .unwrap();
    worker.join().expect("the small-stack worker failed");
}
