//! Not part of the seed: `ControlCommandResult.error` refers to this type,
//! which the seed does not show. Written from `seeds/README.md`: in
//! rust-tokio-supervisor 0.1.2 it is a plain struct with no serde attributes,
//! so keys stay snake_case and `target_id: None` is written as `null`.

use serde::{Deserialize, Serialize};

/// Structured dashboard error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardError {
    /// Stable error code.
    pub code: String,
    /// Stage where the error happened.
    pub stage: String,
    /// Target process identifier, when known.
    pub target_id: Option<String>,
    /// Human-readable message.
    pub message: String,
    /// Whether the caller may retry.
    pub retryable: bool,
}
