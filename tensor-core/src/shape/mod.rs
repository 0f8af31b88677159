//! Shapes in the type: axes ([`Const`], [`Bcast`]), tuples of axes ([`Shape`]), broadcasting rules.

mod axis;
mod broadcast;
mod concat;
mod dim;
mod join;
mod rank;
mod replace;
mod size_one;
mod swap;
mod tuple;

pub use axis::{Axis, InsertAxis};
pub use broadcast::{
    Broadcast, BroadcastDim, BroadcastFrom, BroadcastShape, BroadcastTo, BroadcastWith,
    DimBroadcastTo,
};
pub use concat::Concat;
pub use dim::{Bcast, Const, Dim};
pub use join::{ConcatPart, SameShape, StackAxis};
pub use rank::{InsertAxisBack, MinRank};
pub use replace::{AppendAxis, ReplaceAxis, Replaced};
pub use size_one::SizeOne;
pub use swap::SwapAxes;
pub use tuple::{Rank0, Rank1, Rank2, Rank3, Rank4, Rank5, Rank6, Shape};
