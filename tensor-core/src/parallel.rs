//! How many cores big operations use, and the one place that splits work across them.
//!
//! Under the `threading` feature (on by default, implies `std`), large matrix products,
//! elementwise ops and reductions run on a [`rayon`] pool. Everything else (`no_std`, `alloc`
//! without `std`, `default-features = false`) runs on the calling thread, with the same results.
//!
//! The thread count is, in order of precedence:
//! 1. [`set_max_threads`] (process-wide, takes effect on the next operation);
//! 2. the environment variable `TENSORIAL_NUM_THREADS`, read once;
//! 3. [`std::thread::available_parallelism`].
//!
//! Work is split into at most [`max_threads`] tasks and never into tasks smaller than a
//! caller-given grain, so small tensors stay on one thread. Elementwise results are
//! bit-identical to the single-threaded path (each element is computed by the same code);
//! reductions document their own order.
//!
//! ```
//! use tensorial::parallel;
//! parallel::set_max_threads(1); // e.g. when the caller already parallelises over requests
//! assert_eq!(parallel::max_threads(), 1);
//! parallel::set_max_threads(0); // back to the default
//! assert!(parallel::max_threads() >= 1);
//! ```

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

/// Threads of the pool work runs on (rayon's global pool).
#[cfg(feature = "threading")]
fn pool_threads() -> usize {
    rayon::current_num_threads().max(1)
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

/// Runs `f(0)`, …, `f(count - 1)`, each as its own task on the pool (the caller sizes `count`,
/// e.g. with [`tasks_for`]); `f(0)` runs on the calling thread.
pub(crate) fn for_each_index<F: Fn(usize) + Sync>(count: usize, f: F) {
    #[cfg(feature = "threading")]
    if count > 1 {
        let f = &f;
        rayon::scope(|s| {
            for i in 1..count {
                s.spawn(move |_| f(i));
            }
            f(0);
        });
        return;
    }
    for i in 0..count {
        f(i);
    }
}

/// Splits `data` into chunks of `per` elements and runs them on the pool.
#[cfg(feature = "threading")]
fn run_chunks<T: Send, F: Fn(usize, &mut [T]) + Sync>(data: &mut [T], per: usize, f: &F) {
    rayon::scope(|s| {
        for (i, chunk) in data.chunks_mut(per).enumerate() {
            s.spawn(move |_| f(i * per, chunk));
        }
    });
}

/// Single-threaded builds: chunk by chunk on the calling thread.
#[cfg(not(feature = "threading"))]
fn run_chunks<T: Send, F: Fn(usize, &mut [T]) + Sync>(data: &mut [T], per: usize, f: &F) {
    for (i, chunk) in data.chunks_mut(per).enumerate() {
        f(i * per, chunk);
    }
}

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
        assert_eq!(pool_threads(), rayon::current_num_threads().max(1));
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
