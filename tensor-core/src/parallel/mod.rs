//! How many cores big operations use, and the one place that splits work across them.
//!
//! Under the `threading` feature (on by default, implies `std`), large matrix products,
//! elementwise ops and reductions split across the calling thread and this crate's worker
//! threads (one per extra core, started on first use; idle workers spin for a fraction of a
//! millisecond, so back-to-back operations pay no wake-up, then sleep). Everything else
//! (`no_std`, `alloc` without `std`, `default-features = false`) runs on the calling thread,
//! with the same results.
//!
//! The thread count is, in order of precedence:
//! 1. [`set_max_threads`] (process-wide, takes effect on the next operation);
//! 2. the environment variable `TENSORIAL_NUM_THREADS`, read once;
//! 3. [`std::thread::available_parallelism`].
//!
//! Work is split into at most [`max_threads`] tasks and never into tasks smaller than a
//! caller-given grain, so small tensors stay on one thread. Task `t` of every split runs on the
//! same thread each time (task 0 on the calling thread, task `t` on worker `t`), so operations
//! that split a tensor alike (a weight matrix's rows in its product, its gradient and its
//! update) keep each part in one core's cache. Elementwise results are bit-identical to the
//! single-threaded path (each element is computed by the same code); reductions and matrix
//! products document their own order.
//!
//! ```
//! use tensorial::parallel;
//! parallel::set_max_threads(1); // e.g. when the caller already parallelises over requests
//! assert_eq!(parallel::max_threads(), 1);
//! parallel::set_max_threads(0); // back to the default
//! assert!(parallel::max_threads() >= 1);
//! ```

#[cfg(feature = "threading")]
mod pool;

use core::sync::atomic::{AtomicUsize, Ordering};

/// The cap set by [`set_max_threads`]; 0 means "not set".
static CAP: AtomicUsize = AtomicUsize::new(0);

/// Caps the threads every later operation of this crate uses, process-wide; `0` restores the
/// default (`TENSORIAL_NUM_THREADS`, else all cores). Without the `threading` feature operations
/// are single-threaded whatever is set here.
///
/// ```
/// tensorial::parallel::set_max_threads(2);
/// # tensorial::parallel::set_max_threads(0);
/// ```
pub fn set_max_threads(threads: usize) {
    CAP.store(threads, Ordering::Relaxed);
}

/// The number of threads the next large operation may use (at least 1).
///
/// ```
/// assert!(tensorial::parallel::max_threads() >= 1);
/// ```
pub fn max_threads() -> usize {
    match CAP.load(Ordering::Relaxed) {
        0 => default_threads(),
        n => n.min(pool_threads()),
    }
}

/// The default thread count: `TENSORIAL_NUM_THREADS`, else every core of the pool.
#[cfg(feature = "threading")]
fn default_threads() -> usize {
    static ENV: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let env = *ENV.get_or_init(|| {
        std::env::var("TENSORIAL_NUM_THREADS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(0)
    });
    match env {
        0 => pool_threads(),
        n => n.min(pool_threads()),
    }
}

/// Single-threaded builds.
#[cfg(not(feature = "threading"))]
const fn default_threads() -> usize {
    1
}

/// Threads work may run on: every core (the calling thread and one worker per other core).
#[cfg(feature = "threading")]
fn pool_threads() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, core::num::NonZero::get))
}

/// Single-threaded builds.
#[cfg(not(feature = "threading"))]
const fn pool_threads() -> usize {
    1
}

/// How many tasks `work` units should be split into, each at least `grain` units.
///
/// `1` means "run on the calling thread".
pub(crate) fn tasks_for(work: usize, grain: usize) -> usize {
    let by_size = work / grain.max(1);
    if by_size <= 1 {
        // Small work never touches the pool (nor starts it, which allocates).
        return 1;
    }
    by_size.min(max_threads())
}

/// Runs `f(offset, chunk)` over consecutive chunks of `data`, in parallel when `data` is long
/// enough: at most [`max_threads`] chunks, each at least `grain` elements and (except the last)
/// a multiple of `align` elements, so vector kernels see aligned splits. `offset` is the index of
/// the chunk's first element in `data`.
pub(crate) fn for_each_chunk_mut<T, F>(data: &mut [T], grain: usize, align: usize, f: F)
where
    T: Send,
    F: Fn(usize, &mut [T]) + Sync,
{
    let tasks = tasks_for(data.len(), grain);
    if tasks <= 1 {
        f(0, data);
        return;
    }
    let align = align.max(1);
    let per = data.len().div_ceil(tasks).div_ceil(align) * align;
    run_chunks(data, per, &f);
}

/// [`for_each_chunk_mut`] over `data`, handing `f` the same range of each slice of `others`
/// too (each as long as `data`): a parameter and its optimiser state, split alike.
///
/// # Panics
/// When a slice of `others` is not as long as `data`.
#[cfg(feature = "alloc")] // the optimisers'
pub(crate) fn for_each_chunk_zip_mut<T: Send, const N: usize>(
    data: &mut [T],
    others: [&mut [T]; N],
    grain: usize,
    align: usize,
    f: impl Fn(usize, &mut [T], [&mut [T]; N]) + Sync,
) {
    let len = data.len();
    let bases = others.map(|o| {
        assert_eq!(o.len(), len, "slices split alike must have the same length");
        SendPtr(o.as_mut_ptr())
    });
    for_each_chunk_mut(data, grain, align, |offset, chunk| {
        let parts = core::array::from_fn(|i| {
            // SAFETY: `offset .. offset + chunk.len()` lies inside each slice of `others` (as
            // long as `data`, asserted), which stay exclusively borrowed until every task has
            // returned; the chunks of `data` are disjoint, so no other task touches this
            // range of any of them.
            unsafe { core::slice::from_raw_parts_mut(bases[i].get().add(offset), chunk.len()) }
        });
        f(offset, chunk, parts);
    });
}

/// Runs `f(0)`, …, `f(count - 1)` as tasks shared by the calling thread and up to
/// [`max_threads`]` - 1` workers (the caller sizes `count`, e.g. with [`tasks_for`]); returns
/// when all have run. A panicking task panics the caller, after the other tasks are done.
///
/// Task `t < max_threads()` runs on thread `t`: task 0 on the caller, task `t` on worker `t`
/// (unless that worker has not started on it when the caller is done with its own: then the
/// caller runs it); further tasks go to whichever thread is free. A call from inside a task, or
/// while another thread's call runs, runs all its tasks on the calling thread.
pub(crate) fn for_each_index<F: Fn(usize) + Sync>(count: usize, f: F) {
    #[cfg(feature = "threading")]
    if count > 1 {
        pool::run(count, max_threads(), &f);
        return;
    }
    (0..count).for_each(f);
}

/// Splits `data` into chunks of `per` elements and runs them as tasks.
fn run_chunks<T: Send, F: Fn(usize, &mut [T]) + Sync>(data: &mut [T], per: usize, f: &F) {
    let len = data.len();
    let base = SendPtr(data.as_mut_ptr());
    for_each_index(len.div_ceil(per), |i| {
        let first = i * per;
        // SAFETY: task `i` is the only one to touch `first .. first + per` (clipped to `len`),
        // inside `data`, which is exclusively borrowed until every task has returned.
        let chunk =
            unsafe { core::slice::from_raw_parts_mut(base.get().add(first), per.min(len - first)) };
        f(first, chunk);
    });
}

/// A pointer to the data split by [`run_chunks`] (or [`for_each_chunk_zip_mut`]), shared by
/// its tasks (each touching its own chunk).
#[derive(Clone, Copy)]
struct SendPtr<T>(*mut T);

impl<T> SendPtr<T> {
    /// The pointer (a method, so closures capture the whole `Sync` wrapper, not the field).
    const fn get(&self) -> *mut T {
        self.0
    }
}

// SAFETY: only the tasks of `run_chunks` and `for_each_chunk_zip_mut` dereference it, each in
// its own disjoint chunk of a slice of `T: Send` exclusively borrowed while they run.
unsafe impl<T: Send> Send for SendPtr<T> {}
// SAFETY: as for `Send`.
unsafe impl<T: Send> Sync for SendPtr<T> {}

#[cfg(test)]
pub(crate) fn with_max_threads<R>(threads: usize, f: impl FnOnce() -> R) -> R {
    use core::sync::atomic::AtomicBool;
    /// Restores the default and lets the next test in, also when `f` panics.
    struct Release;
    impl Drop for Release {
        fn drop(&mut self) {
            set_max_threads(0);
            BUSY.store(false, Ordering::Release);
        }
    }
    static BUSY: AtomicBool = AtomicBool::new(false);
    while BUSY
        .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        core::hint::spin_loop();
    }
    let _release = Release;
    set_max_threads(threads);
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tasks_respect_grain_and_cap() {
        assert_eq!(tasks_for(0, 100), 1);
        assert_eq!(tasks_for(99, 100), 1);
        with_max_threads(0, || {
            assert!(tasks_for(1 << 30, 100) <= max_threads());
            assert!(tasks_for(1 << 30, 100) >= 1);
        });
    }

    #[test]
    fn tasks_are_the_work_in_grains_up_to_the_thread_count() {
        with_max_threads(2, || {
            let threads = max_threads();
            assert_eq!(threads, 2.min(pool_threads()));
            assert_eq!(tasks_for(1 << 30, 100), threads);
            assert_eq!(tasks_for(250, 100), 2.min(threads));
            assert_eq!(tasks_for(199, 100), 1);
            assert_eq!(tasks_for(5, 0), threads); // a zero grain counts as one
        });
    }

    #[cfg(feature = "threading")]
    #[test]
    fn the_default_is_every_thread_of_the_pool() {
        assert_eq!(
            pool_threads(),
            std::thread::available_parallelism().map_or(1, core::num::NonZero::get)
        );
        if std::env::var_os("TENSORIAL_NUM_THREADS").is_none() {
            assert_eq!(default_threads(), pool_threads());
        }
        with_max_threads(usize::MAX, || assert_eq!(max_threads(), pool_threads()));
    }

    #[test]
    fn chunks_cover_every_element_once_with_aligned_splits() {
        with_max_threads(2, chunks_cover_every_element_once);
    }

    fn chunks_cover_every_element_once() {
        for len in [0usize, 1, 7, 64, 1000, 1999] {
            let mut storage = [0usize; 1999];
            let data = &mut storage[..len];
            for_each_chunk_mut(data, 8, 16, |offset, chunk| {
                assert!(offset % 16 == 0, "chunk starts at {offset}");
                for (i, x) in chunk.iter_mut().enumerate() {
                    *x += offset + i + 1;
                }
            });
            for (i, x) in data.iter().enumerate() {
                assert_eq!(*x, i + 1, "element {i} of {len}");
            }
        }
    }

    /// Each range of the other slices goes with the same range of `data`, every element once.
    #[cfg(feature = "alloc")]
    #[test]
    fn zipped_chunks_are_the_same_ranges() {
        with_max_threads(2, || {
            for len in [0usize, 1, 7, 64, 1000, 1999] {
                let (mut a, mut b, mut c) = ([0usize; 1999], [0usize; 1999], [0usize; 1999]);
                for_each_chunk_zip_mut(
                    &mut a[..len],
                    [&mut b[..len], &mut c[..len]],
                    8,
                    16,
                    |offset, a, [b, c]| {
                        assert!(a.len() == b.len() && b.len() == c.len());
                        for (i, ((a, b), c)) in a.iter_mut().zip(b).zip(c).enumerate() {
                            (*a, *b, *c) = (*a + offset + i + 1, *b + 2 * (offset + i), *c + 1);
                        }
                    },
                );
                for i in 0..len {
                    assert_eq!(
                        (a[i], b[i], c[i]),
                        (i + 1, 2 * i, 1),
                        "element {i} of {len}"
                    );
                }
            }
        });
    }

    /// Every index runs exactly once, whatever the count and thread cap (the workers' claims
    /// and the caller's do not overlap or skip).
    #[test]
    fn every_index_runs_once() {
        for threads in [1, 2, 3, 8] {
            with_max_threads(threads, || {
                for count in [0usize, 1, 2, 3, 7, 64, 500] {
                    let hits: std::vec::Vec<AtomicUsize> =
                        (0..count).map(|_| AtomicUsize::new(0)).collect();
                    for_each_index(count, |i| {
                        hits[i].fetch_add(1, Ordering::Relaxed);
                    });
                    for (i, h) in hits.iter().enumerate() {
                        assert_eq!(
                            h.load(Ordering::Relaxed),
                            1,
                            "index {i} of {count}, {threads} threads"
                        );
                    }
                }
            });
        }
    }

    /// A task that calls `for_each_index` again (the pool is taken) runs the inner tasks on its
    /// own thread instead of waiting for itself; other threads calling at once do the same.
    #[cfg(feature = "threading")]
    #[test]
    fn nested_and_concurrent_calls_finish() {
        with_max_threads(2, || {
            let total = AtomicUsize::new(0);
            std::thread::scope(|s| {
                for _ in 0..3 {
                    s.spawn(|| {
                        for _ in 0..50 {
                            for_each_index(4, |_| {
                                for_each_index(5, |j| {
                                    total.fetch_add(j + 1, Ordering::Relaxed);
                                });
                            });
                        }
                    });
                }
            });
            assert_eq!(total.load(Ordering::Relaxed), 3 * 50 * 4 * 15);
        });
    }

    /// A panic in a task reaches the caller (after the other tasks ran), and the pool serves
    /// the next call.
    #[cfg(feature = "threading")]
    #[test]
    fn a_panicking_task_panics_the_caller_and_the_pool_recovers() {
        with_max_threads(2, || {
            let ran = AtomicUsize::new(0);
            let result = std::panic::catch_unwind(|| {
                for_each_index(6, |i| {
                    ran.fetch_add(1, Ordering::Relaxed);
                    assert!(i != 3, "task 3 fails");
                });
            });
            let payload = result.expect_err("the panic must reach the caller");
            let message = payload.downcast_ref::<&str>().copied().unwrap_or_default();
            assert_eq!(message, "task 3 fails");
            assert_eq!(ran.load(Ordering::Relaxed), 6);
            every_index_runs_once_with_two_threads();
        });
    }

    fn every_index_runs_once_with_two_threads() {
        let sum = AtomicUsize::new(0);
        for_each_index(10, |i| {
            sum.fetch_add(i, Ordering::Relaxed);
        });
        assert_eq!(sum.load(Ordering::Relaxed), 45);
    }

    /// Task `t < max_threads()` runs on worker `t` (task 0 on the caller) whenever the pool is
    /// free: task 0 waits until the other pinned tasks have started, so the caller cannot take
    /// one over. A run where every task ran on the caller (another test held the pool) or
    /// where the wait timed out proves nothing and is retried.
    #[cfg(feature = "threading")]
    #[test]
    fn tasks_run_on_the_thread_of_their_index() {
        use std::string::{String, ToString};
        use std::sync::Mutex;
        use std::time::{Duration, Instant};
        // Per task: (ran on the caller, the thread's name) of each run.
        type Runs = std::vec::Vec<(bool, Option<String>)>;
        with_max_threads(0, || {
            let threads = max_threads();
            if threads < 2 {
                return;
            }
            let caller = std::thread::current().id();
            let count = threads + 2;
            for attempt in 0.. {
                assert!(attempt < 20, "no call ran on the pool's threads");
                let (started, timed_out) = (AtomicUsize::new(0), AtomicUsize::new(0));
                let runs: std::vec::Vec<Mutex<Runs>> =
                    (0..count).map(|_| Mutex::default()).collect();
                for_each_index(count, |t| {
                    if t == 0 {
                        let start = Instant::now();
                        while started.load(Ordering::Acquire) < threads - 1 {
                            if start.elapsed() > Duration::from_secs(2) {
                                timed_out.store(1, Ordering::Relaxed);
                                break;
                            }
                            std::thread::yield_now();
                        }
                    } else if t < threads {
                        started.fetch_add(1, Ordering::Release);
                    }
                    let me = std::thread::current();
                    let name = me.name().map(ToString::to_string);
                    runs[t].lock().unwrap().push((me.id() == caller, name));
                });
                let runs: std::vec::Vec<_> =
                    runs.into_iter().map(|r| r.into_inner().unwrap()).collect();
                assert!(
                    runs.iter().all(|r| r.len() == 1),
                    "each task once: {runs:?}"
                );
                if timed_out.into_inner() == 1 || runs.iter().all(|r| r[0].0) {
                    continue;
                }
                assert!(runs[0][0].0, "task 0 on the caller");
                for (t, run) in runs.iter().enumerate().take(threads).skip(1) {
                    let want = std::format!("tensorial-{t}");
                    assert_eq!(run[0].1.as_deref(), Some(&*want), "task {t}");
                }
                break;
            }
        });
    }

    #[test]
    fn cap_is_respected_and_zero_restores_the_default() {
        // All under the test lock: other tests change the process-wide cap too.
        with_max_threads(0, || {
            let default = max_threads();
            set_max_threads(1);
            assert_eq!(max_threads(), 1);
            assert_eq!(tasks_for(1 << 30, 1), 1);
            set_max_threads(0);
            assert_eq!(max_threads(), default);
        });
    }
}
