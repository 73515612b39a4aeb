//! Boussole: the planning engine behind an online business objectives planner.
//!
//! Pure Rust, no wasm types: `validate` turns untrusted JSON into a [`PlanInput`],
//! `engine` computes the [`PlanOutput`] of `docs/model.md`, `text` and
//! `objectives` write its sentences in French or English. `wasm` (wasm32 only)
//! is the thin JavaScript boundary.

#![forbid(unsafe_code)]
#![deny(unreachable_pub)]

pub mod advice;
pub(crate) mod engine;
pub mod example;
pub(crate) mod fields;
pub mod form;
pub mod format;
pub mod formulas;
pub mod json;
pub mod model;
pub(crate) mod objectives;
pub mod output;
pub mod render;
pub mod review;
pub mod session;
pub mod table;
pub(crate) mod text;
pub mod validate;
pub mod view;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

// Talc: about 5 KB less wasm than dlmalloc, and faster at the views' many small strings.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use engine::{channel_curve, plan, plan_json, plan_value};
pub use example::example_plan;
pub use model::{FieldError, Locale, PlanInput};
pub use output::{PlanOutput, PlanResult};
pub use review::{review, review_json, review_value, ReviewInput, ReviewOutput, ReviewResult};

/// The crate's version, shown by the page and the command line.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
