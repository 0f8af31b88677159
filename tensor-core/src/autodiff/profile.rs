//! Per-node times of the reverse pass (feature `autodiff-profile`): which backward rules the
//! time of `backward()` goes to.
//!
//! With the feature on, every backward pass records, on its own thread, the time of each rule
//! it runs (named after the op that recorded it) and of its bookkeeping; [`take`] returns and
//! clears this thread's records. Without the feature none of this is compiled.
//!
//! ```
//! use tensorial::autodiff::{Var, profile};
//! use tensorial::tensor;
//! let w = Var::param(tensor![1.0, 2.0]);
//! let _ = profile::take();                          // start from a clean record
//! let _grads = (&w * &w).sum().backward();
//! let nodes = profile::take();
//! assert!(nodes.iter().any(|n| n.op.contains("reduce"))); // the rule of `sum`, in `rules::reduce`
//! assert!(profile::take().is_empty());
//! ```

use core::cell::RefCell;
use std::time::{Duration, Instant};
use std::vec::Vec;

/// One step of a backward pass: a node's rule, or the pass's own bookkeeping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeTime {
    /// What ran: the path of the op's backward rule (its closure's type name, e.g.
    /// `…::rules::linalg::<impl …Var<…>>::product<…>::{{closure}}`), or `"(graph order)"` for
    /// the topological sort and `"(keep param grad)"` for storing a parameter's gradient.
    pub op: &'static str,
    /// Its wall time.
    pub time: Duration,
}

std::thread_local! {
    static RECORDS: RefCell<Vec<NodeTime>> = const { RefCell::new(Vec::new()) };
}

/// This thread's records since the last call, in the order the backward passes ran them (each
/// pass from the loss down to the parameters); clears them.
///
/// ```
/// let _ = tensorial::autodiff::profile::take(); // nothing recorded yet, or earlier passes
/// ```
#[must_use]
pub fn take() -> Vec<NodeTime> {
    RECORDS.with(|r| core::mem::take(&mut *r.borrow_mut()))
}

/// Runs `f` and records its time under `op`.
pub(crate) fn timed<R>(op: &'static str, f: impl FnOnce() -> R) -> R {
    let start = Instant::now();
    let result = f();
    let time = start.elapsed();
    RECORDS.with(|r| r.borrow_mut().push(NodeTime { op, time }));
    result
}

#[cfg(test)]
mod tests {
    use super::take;
    use crate::autodiff::Var;
    use crate::{Rank2, Tensor};

    /// One record per rule run plus the bookkeeping, named after the ops, in the pass's order
    /// (from the loss down), and none left after `take`.
    #[test]
    fn records_each_rule_of_a_pass() {
        let w = Var::param(Tensor::<f64, Rank2<2, 3>>::ones());
        let x = Var::constant(Tensor::<f64, Rank2<4, 2>>::ones());
        let loss = x.matmul(&w).relu().sum();
        let _ = take();
        let _grads = loss.backward();
        let ops: std::vec::Vec<&str> = take().iter().map(|n| n.op).collect();
        assert_eq!(ops.len(), 5, "{ops:?}");
        assert_eq!(ops[0], "(graph order)");
        assert!(ops[1].contains("reduce"), "{ops:?}");
        assert!(ops[2].contains("unary"), "{ops:?}");
        assert!(ops[3].contains("linalg"), "{ops:?}");
        assert_eq!(ops[4], "(keep param grad)");
        assert!(take().is_empty());
    }
}
