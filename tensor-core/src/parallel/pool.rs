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
//! **Which thread runs which task is fixed** (affinity): task 0 runs on the caller and task `t`
//! (for `1 ≤ t < threads`) on worker `t` (the thread named `tensorial-t`), in every call. So
//! consecutive operations split the same way (the rows of a weight matrix in a matrix product,
//! then in its gradient's product, then in its update) find their part of the data in the cache
//! of the core that touched it last, instead of pulling it across from the other core (the SGD
//! update of a 784×128 weight matrix took 46 µs instead of 13 when its two halves were on
//! the wrong cores). Tasks past the thread count are claimed one index at a time by whichever
//! thread is free. When the caller has finished its own tasks and a worker has not yet claimed
//! its pinned one (it sleeps, or the OS runs something else on its core), the caller takes it
//! over rather than wait: the mapping is a placement for speed, never a wait on a thread.
//!
//! The protocol: the caller puts a pointer to its [`Job`] (on its stack) in [`Shared::job`],
//! bumps [`Shared::epoch`] and works too. A worker announces itself in [`Shared::inside`]
//! *before* it reads the pointer. Each pinned task is claimed once ([`Job::claimed`]), by its
//! worker or by the caller; the caller waits until every pinned task is done ([`Job::pending`]),
//! clears the pointer and waits until `inside` is 0: a worker either entered before the pointer
//! was cleared (and is waited for) or reads null (and never touches the job).

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

/// Workers with a pinned task: worker `t < MAX_PINNED` (beyond, the tasks are shared).
const MAX_PINNED: usize = 64;

/// One call's tasks: `f(i)` for every `i < count`. Task 0 runs on the caller, task
/// `1 ≤ t < pinned` on worker `t` unless the caller takes it over, tasks `pinned..count` are
/// claimed once each through `next`.
struct Job<'a> {
    f: &'a (dyn Fn(usize) + Sync),
    count: usize,
    /// Task `t < pinned` belongs to thread `t` (0: the caller).
    pinned: usize,
    /// Whether pinned task `t` has been claimed (by its worker, or by the caller).
    claimed: [AtomicBool; MAX_PINNED],
    /// The next shared task (from `pinned` up).
    next: AtomicUsize,
    /// Pinned tasks `1..pinned` not finished yet.
    pending: AtomicUsize,
    panic: Mutex<Option<Box<dyn Any + Send>>>,
}

impl Job<'_> {
    /// Runs task `i`; a panicking task is recorded, not propagated.
    fn task(&self, i: usize) {
        if let Err(payload) = panic::catch_unwind(AssertUnwindSafe(|| (self.f)(i))) {
            let mut slot = self
                .panic
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            slot.get_or_insert(payload);
        }
    }

    /// Runs pinned task `t ≥ 1` unless it is claimed already.
    fn pinned_task(&self, t: usize) {
        if !self.claimed[t].swap(true, Ordering::AcqRel) {
            self.task(t);
            self.pending.fetch_sub(1, Ordering::Release);
        }
    }

    /// Thread `me`'s part (0: the caller, `w`: worker `w`): its pinned task if it has one,
    /// then shared tasks until none is left; the caller then takes over the pinned tasks no
    /// worker has claimed.
    fn work(&self, me: usize) {
        if me == 0 {
            self.task(0);
        } else if me < self.pinned {
            self.pinned_task(me);
        }
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            if i >= self.count {
                break;
            }
            self.task(i);
        }
        if me == 0 {
            (1..self.pinned).for_each(|t| self.pinned_task(t));
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
    let pinned = (start_workers(helpers) + 1).min(MAX_PINNED);
    let job = Job {
        f,
        count,
        pinned,
        claimed: [const { AtomicBool::new(false) }; MAX_PINNED],
        next: AtomicUsize::new(pinned),
        pending: AtomicUsize::new(pinned - 1),
        panic: Mutex::new(None),
    };
    {
        // Clears the pointer, waits for the workers inside and frees the pool, also when a
        // task panics on this thread (the workers must not outlive `job`).
        let _post = Post::new(&job, helpers);
        job.work(0);
        wait_until(|| job.pending.load(Ordering::Acquire) == 0);
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
        wait_until(|| SHARED.inside.load(Ordering::SeqCst) == 0);
        SHARED.busy.store(false, Ordering::Release);
    }
}

/// Spins (yielding now and then) until `done()`.
fn wait_until(done: impl Fn() -> bool) {
    let mut spins = 0u32;
    while !done() {
        spins = spins.wrapping_add(1);
        if spins.is_multiple_of(1024) {
            thread::yield_now();
        } else {
            core::hint::spin_loop();
        }
    }
}

/// Starts workers `1..=n` that do not exist yet; returns how many of them exist (fewer than
/// `n` if the OS refuses threads: the tasks of the missing ones are then shared). Called by the
/// owner of the pool before it posts its job.
fn start_workers(n: usize) -> usize {
    let mut workers = SHARED
        .workers
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // The epoch before the caller's job: a new worker waits for the next one, whenever it
    // starts running.
    let seen = SHARED.epoch.load(Ordering::Acquire);
    while workers.len() < n {
        let index = workers.len() + 1;
        let spawned = thread::Builder::new()
            .name(std::format!("tensorial-{index}"))
            .spawn(move || worker(index, seen));
        match spawned {
            Ok(handle) => workers.push(handle.thread().clone()),
            Err(_) => break,
        }
    }
    workers.len().min(n)
}

/// Unparks workers `1..=n` (those that exist).
fn wake_workers(n: usize) {
    let workers = SHARED
        .workers
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for worker in workers.iter().take(n) {
        worker.unpark();
    }
}

/// Worker `index` (≥ 1), started when the epoch was `seen`: waits for a new epoch (spinning for
/// `SPIN`, then parked), does its part of the job posted in that epoch.
fn worker(index: usize, mut seen: u64) {
    loop {
        seen = wait_for_epoch_after(seen);
        SHARED.inside.fetch_add(1, Ordering::SeqCst);
        let job = SHARED.job.load(Ordering::SeqCst);
        if !job.is_null() {
            // SAFETY: the pointer was read after `inside` counted this worker, so the caller
            // that posted it is still in `Post::drop`'s wait (or before it), and its `Job` is
            // alive until `inside` drops back; the job is only read through `&`.
            unsafe { &*job }.work(index);
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
