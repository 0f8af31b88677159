//! Where the time and memory of one training step go (`benches/train_step.rs`'s two steps), for
//! `benches/run_train_step.sh`.
//!
//! ```text
//! cargo bench --bench train_step_profile                    # check values, memory, phases
//! cargo bench --bench train_step_profile -- phases          # phases only
//! cargo bench --bench train_step_profile -- loop autodiff 20000   # a plain training loop
//! cargo bench --bench train_step_profile --features autodiff-profile -- nodes   # backward per node
//! ```
//!
//! - **Memory**: a counting global allocator records the heap bytes in use. The peak of one
//!   step is reported above the bytes in use before it (the parameters, the batch and the
//!   constant `Var` holding it), with the number and total size of the step's allocations.
//!   Heap only: the stack and the binary are not counted (the tensors of the step all live on
//!   the heap).
//! - **Phases**: each phase of a step timed with `Instant` over 3000 steps of one variant
//!   (medians; `Instant::now()` costs some 20 ns a call), with the minor page faults per step.
//! - **Loop** (`loop autodiff|hand N`): N steps after 100 warm-up steps in a fresh process, as a
//!   user's training loop runs them: the mean time per step and the minor page faults per step
//!   (`/proc/self/stat`). Also the command to put under `perf record`.
//! - **Check values**: the loss of the first step from the initial weights and `Σ|ΔW1|/lr` (the
//!   L1 norm of W1's gradient) after it, which the NumPy and PyTorch scripts print too.

#[path = "train_step/mlp.rs"]
#[allow(dead_code)]
mod mlp;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};
use tensorial::autodiff::Var;
use tensorial::{Heap, OneHot};

/// The system allocator, counting live bytes, their peak, and allocations.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Relaxed) + size;
    PEAK.fetch_max(live, Relaxed);
    ALLOCS.fetch_add(1, Relaxed);
    ALLOCATED.fetch_add(size, Relaxed);
}

// SAFETY: every call forwards to `System` with the caller's arguments; the counters are
// bookkeeping only.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: forwarded contract.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: forwarded contract.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: forwarded contract.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_sub(layout.size(), Relaxed);
        grew(new_size);
        // SAFETY: forwarded contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Heap use of `f`: (peak above the bytes live before it, allocations, bytes allocated).
fn heap_of(f: impl FnOnce()) -> (usize, usize, usize) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let (n0, b0) = (ALLOCS.load(Relaxed), ALLOCATED.load(Relaxed));
    f();
    (
        PEAK.load(Relaxed) - base,
        ALLOCS.load(Relaxed) - n0,
        ALLOCATED.load(Relaxed) - b0,
    )
}

/// This process's minor page faults so far (`/proc/self/stat`, Linux), if readable.
fn minor_faults() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name: state, ppid, pgrp, session, tty_nr, tpgid,
    // flags, minflt.
    stat.rsplit_once(')')?
        .1
        .split_whitespace()
        .nth(7)?
        .parse()
        .ok()
}

#[allow(clippy::cast_precision_loss)]
fn kib(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

/// Times of each phase of many steps; `phase(i)` is called between phases `i − 1` and `i`.
struct Phases {
    names: &'static [&'static str],
    times: Vec<Vec<Duration>>,
}

impl Phases {
    fn new(names: &'static [&'static str]) -> Self {
        Self {
            names,
            times: vec![Vec::new(); names.len()],
        }
    }

    /// Records the times between consecutive instants `t`, one per phase.
    fn record(&mut self, t: &[Instant]) {
        for (times, w) in self.times.iter_mut().zip(t.windows(2)) {
            times.push(w[1] - w[0]);
        }
    }

    /// Prints the median of the whole step and of each phase in µs, and the minor page faults
    /// per step: `step VARIANT US faults F`, then `phase VARIANT US NAME` per phase.
    fn report(mut self, variant: &str, steps: &mut [Duration], faults: Option<f64>) {
        steps.sort();
        let total = steps[steps.len() / 2].as_secs_f64() * 1e6;
        let faults = faults.map_or_else(|| "?".into(), |f| format!("{f:.1}"));
        println!("step {variant} {total:.1} faults {faults}");
        for (name, t) in self.names.iter().zip(&mut self.times) {
            t.sort();
            let m = t[t.len() / 2].as_secs_f64() * 1e6;
            println!("phase {variant} {m:.1} {name}");
        }
    }
}

/// Times `steps` steps per phase with `one(phases)` after 200 untimed ones, and reports them.
fn time_phases(
    variant: &str,
    names: &'static [&'static str],
    steps: usize,
    mut one: impl FnMut(&mut Phases),
) {
    let mut ph = Phases::new(names);
    for _ in 0..200 {
        one(&mut ph);
    }
    ph.times.iter_mut().for_each(Vec::clear);
    let mut totals = Vec::with_capacity(steps);
    let f0 = minor_faults();
    for _ in 0..steps {
        let t = Instant::now();
        one(&mut ph);
        totals.push(t.elapsed());
    }
    #[allow(clippy::cast_precision_loss)]
    let faults = minor_faults()
        .zip(f0)
        .map(|(b, a)| (b - a) as f64 / steps as f64);
    ph.report(variant, &mut totals, faults);
}

/// [`mlp::autodiff_step_owned`] on parameters kept in an `Option` between steps (moved, not
/// copied), as the criterion bench runs it.
fn owned_step(
    p: &mut Option<mlp::Params>,
    x: &Var<f32, tensorial::Rank2<{ mlp::BATCH }, { mlp::INPUTS }>, tensorial::Heap>,
    labels: &mlp::Labels,
) -> f32 {
    let (next, loss) = mlp::autodiff_step_owned(p.take().expect("parameters"), x, labels);
    *p = Some(next);
    loss
}

/// One autodiff step, timed per phase (the same code as `mlp::autodiff_step_owned`); the
/// parameters move out of `p` and back in.
fn autodiff_phases(
    p: &mut Option<mlp::Params>,
    x: &Var<f32, tensorial::Rank2<{ mlp::BATCH }, { mlp::INPUTS }>, tensorial::Heap>,
    labels: &mlp::Labels,
    ph: &mut Phases,
) {
    let t0 = Instant::now();
    let mlp::Params { w1, b1, w2, b2 } = p.take().expect("parameters");
    let (w1, b1) = (Var::param(w1), Var::param(b1));
    let (w2, b2) = (Var::param(w2), Var::param(b2));
    let t1 = Instant::now();
    let z1 = x.matmul(&w1);
    let t2 = Instant::now();
    let h = (z1 + &b1).relu();
    let t3 = Instant::now();
    let logits = h.matmul(&w2) + &b2;
    let t4 = Instant::now();
    let loss = logits.cross_entropy(labels);
    let t5 = Instant::now();
    let grads = loss.backward();
    let t6 = Instant::now();
    black_box(loss.item());
    drop((loss, logits, h));
    let t7 = Instant::now();
    let (g1, g2, g3, g4) = (
        grads.get(&w1),
        grads.get(&b1),
        grads.get(&w2),
        grads.get(&b2),
    );
    *p = Some(mlp::Params {
        w1: mlp::updated(w1, g1),
        b1: mlp::updated(b1, g2),
        w2: mlp::updated(w2, g3),
        b2: mlp::updated(b2, g4),
    });
    let t8 = Instant::now();
    drop(grads);
    let t9 = Instant::now();
    ph.record(&[t0, t1, t2, t3, t4, t5, t6, t7, t8, t9]);
}

const AUTODIFF_PHASES: &[&str] = &[
    "Var::param(w) x4 (moves W1..b2 in)",
    "fwd: x.matmul(&w1)",
    "fwd: (. + &b1).relu()",
    "fwd: h.matmul(&w2) + &b2",
    "fwd: cross_entropy (value + softmax kept)",
    "backward()",
    "drop the graph",
    "into_value + sgd with borrowed gradients x4",
    "drop the gradients",
];

/// One hand step, timed per phase (the same code as `mlp::hand_step`).
fn hand_phases(p: &mut mlp::Params, x: &mlp::Inputs, labels: &mlp::Labels, ph: &mut Phases) {
    #[allow(clippy::cast_precision_loss)]
    let inv = 1.0 / mlp::BATCH as f32;
    let t0 = Instant::now();
    let z1 = x.matmul(&p.w1) + &p.b1;
    let h = z1.relu();
    let t1 = Instant::now();
    let logits = h.matmul(&p.w2) + &p.b2;
    let loss = logits.cross_entropy(labels);
    let t2 = Instant::now();
    let mut d = logits.softmax::<-1>();
    let y: tensorial::Tensor<f32, _, tensorial::Heap> = labels.one_hot::<{ mlp::CLASSES }>();
    d.zip_assign(&y, |p, y| (p - y) * inv);
    let gw2 = h.t().matmul(&d);
    let gb2 = d.sum_axis::<0>();
    let t3 = Instant::now();
    let dz1 = d
        .matmul(&p.w2.t())
        .zip_map(&z1, |g, z| if z > 0.0 { g } else { 0.0 });
    let t4 = Instant::now();
    let xt = x.t();
    let t5 = Instant::now();
    let gw1 = xt.matmul(&dz1);
    let t6 = Instant::now();
    let gb1 = dz1.sum_axis::<0>();
    let t7 = Instant::now();
    let g = mlp::Params {
        w1: gw1,
        b1: gb1,
        w2: gw2,
        b2: gb2,
    };
    mlp::update(p, &g);
    let t8 = Instant::now();
    black_box(loss);
    drop((z1, h, logits, d, dz1, xt, g));
    let t9 = Instant::now();
    ph.record(&[t0, t1, t2, t3, t4, t5, t6, t7, t8, t9]);
}

const HAND_PHASES: &[&str] = &[
    "fwd: relu(x.matmul(&w1) + &b1)",
    "fwd: h.matmul(&w2) + &b2, cross_entropy",
    "bwd: softmax - one_hot, h.t() @ d, sum_axis",
    "bwd: (d @ w2.t()) * relu mask",
    "bwd: x.t() (a transposed copy of x)",
    "bwd: x.t() @ dz1",
    "bwd: dz1.sum_axis::<0>()",
    "sgd: w -= lr*g x4",
    "drop temporaries",
];

/// A backward rule's type name shortened to its module and function (`linalg::product`):
/// generic arguments, `<impl …>` and `{{closure}}` dropped.
#[cfg(feature = "autodiff-profile")]
fn short_op(name: &str) -> String {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let parts: Vec<&str> = plain
        .split("::")
        .filter(|p| !p.is_empty() && !p.starts_with('{'))
        .collect();
    parts[parts.len().saturating_sub(2)..].join("::")
}

/// `nodes`: the median time of each node of the backward pass over `steps` autodiff steps
/// (`tensorial::autodiff::profile`, feature `autodiff-profile`), in the order the pass runs
/// them: `node US NAME` lines, then `node_sum` and `backward` (the whole `backward()` call).
#[cfg(feature = "autodiff-profile")]
fn node_times(
    x: &Var<f32, tensorial::Rank2<{ mlp::BATCH }, { mlp::INPUTS }>, Heap>,
    labels: &mlp::Labels,
    steps: usize,
) {
    use tensorial::autodiff::profile;
    let mut p = Some(mlp::init());
    let mut runs: Vec<Vec<(&'static str, Duration)>> = Vec::new();
    let mut totals = Vec::new();
    for i in 0..steps + 200 {
        let _ = profile::take();
        let mut ph = Phases::new(AUTODIFF_PHASES);
        autodiff_phases(&mut p, x, labels, &mut ph);
        let nodes = profile::take();
        if i >= 200 {
            totals.push(ph.times[5][0]);
            runs.push(nodes.into_iter().map(|n| (n.op, n.time)).collect());
        }
    }
    let median = |mut v: Vec<Duration>| {
        v.sort();
        v[v.len() / 2].as_secs_f64() * 1e6
    };
    let mut sum = 0.0;
    for (i, (op, _)) in runs[0].iter().enumerate() {
        let m = median(runs.iter().map(|r| r[i].1).collect());
        sum += m;
        println!("node {m:6.1} {}", short_op(op));
    }
    println!("node_sum {sum:6.1}");
    println!("backward {:6.1} (the whole call)", median(totals));
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let (x, labels) = mlp::data();
    let xv = Var::constant(x.clone());

    if args.first().map(String::as_str) == Some("loop") {
        let hand = args.get(1).map(String::as_str) == Some("hand");
        let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(20_000);
        let mut p = Some(mlp::init());
        let mut step = || {
            black_box(if hand {
                mlp::hand_step(p.as_mut().expect("parameters"), &x, &labels)
            } else {
                owned_step(&mut p, &xv, &labels)
            });
        };
        for _ in 0..100 {
            step();
        }
        let (t, faults) = (Instant::now(), minor_faults());
        for _ in 0..n {
            step();
        }
        let (t, faults) = (t.elapsed(), minor_faults().zip(faults).map(|(b, a)| b - a));
        #[allow(clippy::cast_precision_loss)]
        let per = |v: f64| v / n as f64;
        println!(
            "loop {} steps {n} ms_per_step {:.4} faults_per_step {}",
            if hand { "hand" } else { "autodiff" },
            per(t.as_secs_f64() * 1e3),
            faults.map_or_else(|| "?".into(), |f| format!("{:.1}", per(f as f64)))
        );
        return;
    }

    let phases = || {
        let (mut a, mut h) = (Some(mlp::init()), mlp::init());
        time_phases("autodiff", AUTODIFF_PHASES, 3000, |ph| {
            autodiff_phases(&mut a, &xv, &labels, ph);
        });
        time_phases("hand", HAND_PHASES, 3000, |ph| {
            hand_phases(&mut h, &x, &labels, ph)
        });
    };
    #[cfg(feature = "autodiff-profile")]
    if args.first().map(String::as_str) == Some("nodes") {
        node_times(&xv, &labels, 3000);
        return;
    }
    if args.first().map(String::as_str) == Some("phases") {
        phases();
        return;
    }

    // Check values: the first step from the initial weights.
    {
        let start = mlp::init();
        let mut p = start.clone();
        let loss = mlp::autodiff_step(&mut p, &xv, &labels);
        let g1: f64 =
            p.w1.iter()
                .zip(start.w1.iter())
                .map(|(a, b)| f64::from((a - b).abs()))
                .sum::<f64>()
                / f64::from(mlp::LR);
        println!("check rust loss {loss:.6} gw1_l1 {g1:.6}");
    }

    // Memory of one step, after a few warm-up steps.
    let mut p = Some(mlp::init());
    for _ in 0..10 {
        owned_step(&mut p, &xv, &labels);
        mlp::hand_step(p.as_mut().expect("parameters"), &x, &labels);
    }
    // Buffers kept for reuse count as allocated (they are): start each measurement with none,
    // so the peak includes what the step leaves in the reuse cache.
    Heap::release_cached();
    let live = LIVE.load(Relaxed);
    let (peak, n, bytes) = heap_of(|| {
        black_box(owned_step(&mut p, &xv, &labels));
    });
    println!(
        "memory autodiff peak_kib {:.1} allocs {n} allocated_kib {:.1} before_kib {:.1}",
        kib(peak),
        kib(bytes),
        kib(live)
    );
    Heap::release_cached();
    let (peak, n, bytes) = heap_of(|| {
        black_box(mlp::hand_step(p.as_mut().expect("parameters"), &x, &labels));
    });
    println!(
        "memory hand peak_kib {:.1} allocs {n} allocated_kib {:.1} before_kib {:.1}",
        kib(peak),
        kib(bytes),
        kib(live)
    );

    // Phases: each variant in its own block of steps, as in a training loop.
    drop(p);
    phases();
}
