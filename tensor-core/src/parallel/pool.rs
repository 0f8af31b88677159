//! The worker threads behind [`for_each_index`](super::for_each_index): one per extra core,
//! started on first use, that spin for a short while after each job and then sleep.
//!
//! Why not a general-purpose pool: the jobs here are a handful of equal tasks (blocks of one
//! matrix product, chunks of one elementwise op) that take tens of microseconds, and they come
//! back to back (the products of a training step are ~100 µs apart). A pool whose idle threads
//! sleep at once pays a wake-up per job, which on a virtual machine is of the order of the job
//! itself; the 64×784·784×128 product of a batch-64 MLP gained nothing from a second core for
//! that reason. Idle workers here spin for [`SPIN`] (as OpenBLAS's and OpenMP's do), then park.
//!
//! One caller at a time owns the pool; any other call (another thread, or a task that itself
//! calls `for_each_index`) runs its tasks on its own thread, so nesting cannot deadlock.
//!
//! The protocol: the caller puts a pointer to its [`Job`] (on its stack) in [`Shared::job`],
//! bumps [`Shared::epoch`] and works too; tasks are claimed one index at a time. A worker
//! announces itself in [`Shared::inside`] *before* it reads the pointer. When no index is left
//! the caller clears the pointer and waits until `inside` is 0: a worker either entered before
//! the pointer was cleared (and is waited for) or reads null (and never touches the job).

use core::any::Any;
use core::ptr;
use core::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, AtomicUsize, Ordering};
use std::boxed::Box;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;
use std::thread::{self, Thread};
use std::time::{Duration, Instant};
use std::vec::Vec;

/// How long an idle worker spins, looking for the next job, before it parks.
const SPIN: Duration = Duration::from_micros(300);

/// One call's tasks: `f(i)` for every `i < count`, each claimed once through `next`.
struct Job<'a> {
    f: &'a (dyn Fn(usize) + Sync),
    count: usize,
    next: AtomicUsize,
    panic: Mutex<Option<Box<dyn Any + Send>>>,
}

impl Job<'_> {
    /// Claims and runs tasks until none is left; a panicking task is recorded, not propagated.
    fn work(&self) {
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            if i >= self.count {
                return;
            }
            if let Err(payload) = panic::catch_unwind(AssertUnwindSafe(|| (self.f)(i))) {
                let mut slot = self
                    .panic
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                slot.get_or_insert(payload);
            }
        }
    }
}

/// What the caller and the workers share.
struct Shared {
    /// The current job (a `Job` on the caller's stack, lifetime erased), or null.
    job: AtomicPtr<Job<'static>>,
    /// Bumped for every job: workers watch it while they spin.
    epoch: AtomicU64,
    /// Workers between "announced" and "done with the job pointer".
    inside: AtomicUsize,
    /// A caller owns the pool.
    busy: AtomicBool,
    /// The workers' handles (to unpark them); grows on demand, never shrinks.
    workers: Mutex<Vec<Thread>>,
}

static SHARED: Shared = Shared {
    job: AtomicPtr::new(ptr::null_mut()),
    epoch: AtomicU64::new(0),
    inside: AtomicUsize::new(0),
    busy: AtomicBool::new(false),
    workers: Mutex::new(Vec::new()),
};

/// Runs `f(0)`, …, `f(count - 1)` on the calling thread and up to `threads - 1` workers; returns
/// when all have run. A panic in any task is resumed on the caller once every task is done.
pub(super) fn run(count: usize, threads: usize, f: &(dyn Fn(usize) + Sync)) {
    let helpers = threads.min(count).saturating_sub(1);
    if helpers == 0 || SHARED.busy.swap(true, Ordering::Acquire) {
        // One task, one thread, or the pool is in use (by another thread, or by the task that
        // called us): run here.
        (0..count).for_each(f);
        return;
    }
    let job = Job {
        f,
        count,
        next: AtomicUsize::new(0),
        panic: Mutex::new(None),
    };
    {
        // Clears the pointer, waits for the workers inside and frees the pool, also when a
        // task panics on this thread (the workers must not outlive `job`).
        let _post = Post::new(&job, helpers);
        job.work();
    }
    if let Some(payload) = job
        .panic
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
    {
        panic::resume_unwind(payload);
    }
}

/// A job posted to the workers, withdrawn on drop.
struct Post;

impl Post {
    fn new(job: &Job<'_>, helpers: usize) -> Self {
        // The lifetime is erased; `Post::drop` clears the pointer and waits for every worker that
        // read it before `job` can go out of scope.
        let erased = ptr::from_ref(job).cast::<Job<'static>>().cast_mut();
        SHARED.job.store(erased, Ordering::SeqCst);
        SHARED.epoch.fetch_add(1, Ordering::SeqCst);
        wake_workers(helpers);
        Post
    }
}

impl Drop for Post {
    fn drop(&mut self) {
        SHARED.job.store(ptr::null_mut(), Ordering::SeqCst);
        let mut spins = 0u32;
        while SHARED.inside.load(Ordering::SeqCst) != 0 {
            spins = spins.wrapping_add(1);
            if spins.is_multiple_of(1024) {
                thread::yield_now();
            } else {
                core::hint::spin_loop();
            }
        }
        SHARED.busy.store(false, Ordering::Release);
    }
}

/// Unparks `n` workers, starting them on first use (fewer if the OS refuses threads: the
/// caller and the workers that exist then share the tasks).
fn wake_workers(n: usize) {
    let mut workers = SHARED
        .workers
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    while workers.len() < n {
        let spawned = thread::Builder::new()
            .name(std::format!("tensorial-{}", workers.len() + 1))
            .spawn(worker);
        match spawned {
            Ok(handle) => workers.push(handle.thread().clone()),
            Err(_) => break,
        }
    }
    for worker in workers.iter().take(n) {
        worker.unpark();
    }
}

/// A worker: waits for a new epoch (spinning for `SPIN`, then parked), helps with the job.
fn worker() {
    let mut seen = SHARED.epoch.load(Ordering::Acquire);
    loop {
        seen = wait_for_epoch_after(seen);
        SHARED.inside.fetch_add(1, Ordering::SeqCst);
        let job = SHARED.job.load(Ordering::SeqCst);
        if !job.is_null() {
            // SAFETY: the pointer was read after `inside` counted this worker, so the caller
            // that posted it is still in `Post::drop`'s wait (or before it), and its `Job` is
            // alive until `inside` drops back; the job is only read through `&`.
            unsafe { &*job }.work();
        }
        SHARED.inside.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Spins until the epoch differs from `seen` (then returns it), parking after `SPIN`.
fn wait_for_epoch_after(seen: u64) -> u64 {
    let start = Instant::now();
    let mut spins = 0u32;
    loop {
        let epoch = SHARED.epoch.load(Ordering::Acquire);
        if epoch != seen {
            return epoch;
        }
        spins = spins.wrapping_add(1);
        if spins.is_multiple_of(256) && start.elapsed() > SPIN {
            // A job posted between the load above and this park unparks us first, and `park`
            // then returns at once.
            thread::park();
        } else {
            core::hint::spin_loop();
        }
    }
}
