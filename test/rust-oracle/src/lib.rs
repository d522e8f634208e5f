//! The fleetwire seed wire types compiled against real serde, plus a value
//! generator and an accept/reject checker used as a conformance oracle.
//!
//! `runners`, `events`, `jobtail`, `dashboard` and `fleet` are the seed
//! modules copied verbatim (see each file's header for the few removals).

pub mod dashboard;
pub mod events;
pub mod fleet;
pub mod jobtail;
pub mod runners;

pub mod gen;
pub mod ignored;
pub mod rng;
pub mod types;
