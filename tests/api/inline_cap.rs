//! The inline cap: an eight-op chain on an inline tensor of exactly `MAX_INLINE_BYTES` runs on
//! a thread with the 2 MiB stack of a `#[test]` thread (this file is built without
//! optimization by `cargo test`, the case the cap is chosen for), and matches a naive loop.

use tensorial::{MAX_INLINE_BYTES, Rank2, SeededRng, Tensor};

/// `f32` tensor of exactly `MAX_INLINE_BYTES`.
type AtCap = Tensor<f32, Rank2<64, 128>>;

/// The chain the cap is measured with: eight ops, three of them reading `x` again.
fn chain(x: AtCap) -> AtCap {
    (((x * 2.0 + 1.0).exp().ln() - x) * 0.5 + x).tanh()
}

fn chain_reference(v: f32) -> f32 {
    ((((v * 2.0 + 1.0).exp().ln()) - v) * 0.5 + v).tanh()
}

#[test]
fn the_cap_is_one_tensor_of_this_test() {
    assert_eq!(size_of::<AtCap>(), MAX_INLINE_BYTES);
}

#[test]
fn eight_op_chain_at_the_cap_survives_a_2_mib_thread() {
    let worker = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            let x = AtCap::uniform(&mut SeededRng::new(8), -1.0, 1.0);
            let y = chain(x);
            for (&got, &v) in y.iter().zip(x.iter()) {
                let want = chain_reference(v);
                assert!((got - want).abs() <= 1e-5, "{got} != {want} at x = {v}");
            }
            y
        })
        .unwrap();
    let y = worker
        .join()
        .expect("the chain must not overflow a 2 MiB stack");
    assert!(y.iter().all(|v| v.is_finite()));
}

/// Environment variable that turns [`stack_probe_child`] into a probe: run the chain at the
/// cap on a thread with this many bytes of stack (a stack overflow aborts the process).
const PROBE: &str = "TENSORIAL_STACK_PROBE";

#[test]
fn stack_probe_child() {
    let Ok(bytes) = std::env::var(PROBE) else {
        return; // an ordinary test run: nothing to probe
    };
    let stack = bytes.parse().expect("a stack size in bytes");
    let worker = std::thread::Builder::new().stack_size(stack);
    let y = worker
        .spawn(|| chain(AtCap::uniform(&mut SeededRng::new(8), -1.0, 1.0)))
        .unwrap()
        .join()
        .unwrap();
    assert!(y.iter().all(|v| v.is_finite()));
}

/// Runs [`stack_probe_child`] in a child process with `stack` bytes: `true` if it survived.
fn survives(stack: usize) -> bool {
    let exe = std::env::current_exe().unwrap();
    std::process::Command::new(exe)
        .args([
            "--exact",
            "stack_probe_child",
            "--test-threads=1",
            "--quiet",
        ])
        .env(PROBE, stack.to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap()
        .success()
}

/// Measures the stack the eight-op chain needs at the cap, by bisection over child
/// processes, and bounds it at 28 times the tensor: 25 measured on rustc 1.95 in a debug
/// build (the chain's temporaries, the op calls and this thread's own frames), 32 before
/// owned inline operands were read in place instead of copied through `reshape`. A release
/// build needs far less, so only the upper bound is checked.
#[test]
fn eight_op_chain_needs_at_most_28_tensors_of_stack() {
    const STEP: usize = 8 << 10;
    let (mut lo, mut hi) = (0, 4 << 20); // `lo` fails (or is 0), `hi` survives
    assert!(survives(hi), "the chain must survive a 4 MiB stack");
    while hi - lo > STEP {
        let mid = (lo + hi) / 2;
        if survives(mid) { hi = mid } else { lo = mid }
    }
    println!(
        "the eight-op chain at the cap ({MAX_INLINE_BYTES} bytes) needs {} KiB of stack: {:.1} tensors",
        hi >> 10,
        hi as f64 / MAX_INLINE_BYTES as f64
    );
    assert!(
        hi <= 28 * MAX_INLINE_BYTES,
        "{} KiB of stack: more temporaries than expected",
        hi >> 10
    );
}
