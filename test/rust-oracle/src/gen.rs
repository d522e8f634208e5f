//! Deterministic generators of valid values for every wire type.
//!
//! Every discrete decision (which enum variant, None or Some, empty or not,
//! which edge value) is drawn from a *bag* named by its site: a shuffled
//! multiset of labelled outcomes that is refilled when empty. So a site that
//! is visited at least as often as its bag is large produces every outcome,
//! in a random order, whatever the seed. Bags are named:
//!
//! - per field (`"Runner.hostname"`) for None/Some and empty/non-empty,
//! - per type for enum variants (`"FleetHostSpec"`),
//! - per kind for edge values (`"u64"`, `"f32"`, `"string"`, `"map_key"`,
//!   `"value.int"`, ...), shared by every field of that kind.
//!
//! [`Gen::audit`] lists every bag that was used but not emptied of all its
//! outcomes; `serde-conformance coverage TYPE N SEED` prints it. Free-form
//! parts (string contents, random numbers, lengths) use the plain PRNG.
//!
//! Restrictions kept on purpose (fleetwire rejects these, see the Decisions in test/support/rules.ts):
//! typed u64/usize values stay ≤ 2^53−1, f32 values are finite. u128 and
//! `serde_json::Value` numbers are unrestricted. Strings never contain lone
//! surrogates (a Rust `String` cannot).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use chrono::{DateTime, TimeZone, Utc};
use serde_json::{Map, Number, Value};

use crate::dashboard::error::DashboardError;
use crate::dashboard::*;
use crate::events::EventStarted;
use crate::fleet::*;
use crate::jobtail::{JobTailReply, JobTailRequest};
use crate::rng::Rng;
use crate::runners::*;

/// 2^53 − 1: the largest typed u64/usize fleetwire accepts.
pub const MAX_SAFE: u64 = 9_007_199_254_740_991;
/// Non-empty Vecs and maps get 1..=MAX_LEN elements (keeps lines to a few KB).
pub const MAX_LEN: u64 = 4;
/// Ordinary `Value`s nest at most this deep (1 = a scalar).
pub const VALUE_DEPTH: usize = 6;
/// The occasional deep `Value` nests this many containers. The deepest field
/// holding a Value sits 4 containers below the document root, and serde_json
/// allows 127 in total.
pub const DEEP_VALUE_LEVELS: u64 = 100;
/// Nodes per ordinary `Value` (bounds its size).
const VALUE_BUDGET: u32 = 24;

type Outcomes = &'static [(&'static str, u32)];

struct Bag {
    outcomes: Outcomes,
    pending: Vec<&'static str>,
    seen: Vec<bool>,
}

/// Generator state: the PRNG and the bags.
pub struct G {
    pub rng: Rng,
    bags: HashMap<&'static str, Bag>,
    value_budget: u32,
}

impl G {
    pub fn new(seed: u64) -> Self {
        G { rng: Rng::new(seed), bags: HashMap::new(), value_budget: 0 }
    }

    /// Draw the next outcome of bag `site`. `outcomes` are (label, weight);
    /// a site must always be called with the same outcomes.
    pub fn pick(&mut self, site: &'static str, outcomes: Outcomes) -> &'static str {
        let bag = self.bags.entry(site).or_insert_with(|| Bag {
            outcomes,
            pending: Vec::new(),
            seen: vec![false; outcomes.len()],
        });
        assert!(
            std::ptr::eq(bag.outcomes, outcomes) || bag.outcomes == outcomes,
            "bag {site} used with two outcome lists"
        );
        if bag.pending.is_empty() {
            for &(label, weight) in outcomes {
                for _ in 0..weight {
                    bag.pending.push(label);
                }
            }
            self.rng.shuffle(&mut bag.pending);
        }
        let label = bag.pending.pop().expect("bag has outcomes");
        let i = outcomes.iter().position(|&(l, _)| l == label).unwrap();
        bag.seen[i] = true;
        label
    }

    /// Bags used so far with outcomes never drawn: `(site, missing labels)`.
    pub fn audit(&self) -> Vec<(&'static str, Vec<&'static str>)> {
        let mut out: Vec<_> = self
            .bags
            .iter()
            .filter_map(|(site, bag)| {
                let missing: Vec<_> = bag
                    .outcomes
                    .iter()
                    .zip(&bag.seen)
                    .filter(|(_, &seen)| !seen)
                    .map(|(&(l, _), _)| l)
                    .collect();
                (!missing.is_empty()).then_some((*site, missing))
            })
            .collect();
        out.sort();
        out
    }

    /// Length of a Vec or map at `site`: empty once in three, else 1..=MAX_LEN.
    fn len(&mut self, site: &'static str) -> usize {
        match self.pick(site, &[("empty", 1), ("non_empty", 2)]) {
            "empty" => 0,
            _ => self.rng.range(1, MAX_LEN) as usize,
        }
    }
}

/// A type `gen` can produce. `site` names the field being filled (used for
/// None/Some and empty/non-empty bags); structs name their own fields.
pub trait Gen: Sized {
    fn gen(g: &mut G, site: &'static str) -> Self;

    /// The None/Some bag of an `Option<Self>` field. Types whose edge values
    /// sit on rarely reached variants (f32, i32) are Some more often.
    const OPTION_OUTCOMES: Outcomes = &[("none", 1), ("some", 1)];
}

// ---------------------------------------------------------------------------
// Containers
// ---------------------------------------------------------------------------

impl<T: Gen> Gen for Option<T> {
    fn gen(g: &mut G, site: &'static str) -> Self {
        match g.pick(site, T::OPTION_OUTCOMES) {
            "none" => None,
            _ => Some(T::gen(g, site)),
        }
    }
}

impl<T: Gen> Gen for Vec<T> {
    fn gen(g: &mut G, site: &'static str) -> Self {
        let n = g.len(site);
        (0..n).map(|_| T::gen(g, site)).collect()
    }
}

impl<V: Gen> Gen for BTreeMap<String, V> {
    fn gen(g: &mut G, site: &'static str) -> Self {
        let n = g.len(site);
        let mut map = BTreeMap::new();
        for _ in 0..n {
            let key = map_key(g);
            map.insert(key, V::gen(g, site));
        }
        map
    }
}

// ---------------------------------------------------------------------------
// Scalars
// ---------------------------------------------------------------------------

impl Gen for bool {
    fn gen(g: &mut G, _: &'static str) -> Self {
        g.pick("bool", &[("false", 1), ("true", 1)]) == "true"
    }
}

impl Gen for u16 {
    fn gen(g: &mut G, _: &'static str) -> Self {
        match g.pick("u16", &[("zero", 1), ("max", 1), ("port", 1), ("random", 1)]) {
            "zero" => 0,
            "max" => u16::MAX,
            "port" => [22, 80, 443, 8080, 9000][g.rng.below(5) as usize],
            _ => g.rng.next_u64() as u16,
        }
    }
}

impl Gen for u32 {
    fn gen(g: &mut G, _: &'static str) -> Self {
        match g.pick("u32", &[("zero", 1), ("max", 1), ("small", 1), ("random", 1)]) {
            "zero" => 0,
            "max" => u32::MAX,
            "small" => g.rng.range(1, 10) as u32,
            _ => g.rng.next_u64() as u32,
        }
    }
}

impl Gen for i32 {
    const OPTION_OUTCOMES: Outcomes = &[("none", 1), ("some", 3)];
    fn gen(g: &mut G, _: &'static str) -> Self {
        match g.pick("i32", &[("min", 1), ("max", 1), ("zero", 1), ("minus_one", 1), ("random", 1)])
        {
            "min" => i32::MIN,
            "max" => i32::MAX,
            "zero" => 0,
            "minus_one" => -1,
            _ => g.rng.next_u64() as i32,
        }
    }
}

/// Typed u64 and usize: 0..=2^53−1 only, 2^53−1 itself in 2 draws out of 7.
fn safe_u64(g: &mut G, kind: &'static str) -> u64 {
    match g.pick(
        kind,
        &[
            ("zero", 1),
            ("one", 1),
            ("max_safe", 2),
            ("small", 1),
            ("u32_range", 1),
            ("random_safe", 1),
        ],
    ) {
        "zero" => 0,
        "one" => 1,
        "max_safe" => MAX_SAFE,
        "small" => g.rng.range(2, 1000),
        "u32_range" => g.rng.range(1001, u32::MAX as u64 + 1),
        _ => g.rng.range(0, MAX_SAFE),
    }
}

impl Gen for u64 {
    fn gen(g: &mut G, _: &'static str) -> Self {
        safe_u64(g, "u64")
    }
}

impl Gen for usize {
    fn gen(g: &mut G, _: &'static str) -> Self {
        safe_u64(g, "usize") as usize
    }
}

/// u128 (only the `*_unix_nanos` fields): small, realistic ~1.8e18, u128::MAX.
impl Gen for u128 {
    fn gen(g: &mut G, _: &'static str) -> Self {
        match g.pick(
            "u128",
            &[
                ("zero", 1),
                ("small", 1),
                ("realistic_fixed", 1),
                ("realistic", 2),
                ("above_u64", 1),
                ("max", 1),
            ],
        ) {
            "zero" => 0,
            "small" => g.rng.range(1, 1_000_000) as u128,
            "realistic_fixed" => 1_800_000_000_123_456_789,
            // 2026..2030 in nanoseconds: 1.77e18..1.90e18.
            "realistic" => {
                g.rng.range(1_770_000_000_000_000_000, 1_900_000_000_000_000_000) as u128
            }
            "above_u64" => u64::MAX as u128 + 1 + (g.rng.u128() >> 2),
            _ => u128::MAX,
        }
    }
}

/// Awkward f64s: ryu format boundaries, extremes, negative zero.
const F64_OUTCOMES: Outcomes = &[
    ("one", 1),
    ("neg_zero", 1),
    ("zero", 1),
    ("1e16", 1),
    ("1e15", 1),
    ("1e-6", 1),
    ("1e-5", 1),
    ("min_subnormal", 1),
    ("max", 1),
    ("0.1", 1),
    ("1.5e300", 1),
    ("random_bits", 1),
    ("random_decimal", 1),
];

fn f64_outcome(g: &mut G, label: &str) -> f64 {
    match label {
        "one" => 1.0,
        "neg_zero" => -0.0,
        "zero" => 0.0,
        "1e16" => 1e16,
        "1e15" => 1e15,
        "1e-6" => 1e-6,
        "1e-5" => 1e-5,
        "min_subnormal" => 5e-324,
        "max" => f64::MAX,
        "0.1" => 0.1,
        "1.5e300" => 1.5e300,
        "random_bits" => loop {
            let x = f64::from_bits(g.rng.next_u64());
            if x.is_finite() {
                break x;
            }
        },
        "random_decimal" => {
            let digits = g.rng.range_i64(-1_000_000, 1_000_000) as f64;
            digits / 10f64.powi(g.rng.below(7) as i32)
        }
        _ => unreachable!("f64 label {label}"),
    }
}

/// Typed f64 fields (FleetScore) cycle through every awkward value.
impl Gen for f64 {
    fn gen(g: &mut G, _: &'static str) -> Self {
        let label = g.pick("f64", F64_OUTCOMES);
        f64_outcome(g, label)
    }
}

/// Awkward f32s (only `Heartbeat.cpu_percent`); always finite.
impl Gen for f32 {
    const OPTION_OUTCOMES: Outcomes = &[("none", 1), ("some", 3)];
    fn gen(g: &mut G, _: &'static str) -> Self {
        match g.pick(
            "f32",
            &[("0.3", 1), ("2^24", 1), ("min_subnormal", 1), ("max", 1), ("random", 1)],
        ) {
            "0.3" => 0.3,
            "2^24" => 16_777_216.0,
            "min_subnormal" => 1e-45,
            "max" => f32::MAX,
            _ => loop {
                let x = f32::from_bits(g.rng.next_u64() as u32);
                if x.is_finite() {
                    break x;
                }
            },
        }
    }
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

const ASCII_WORDS: &[&str] =
    &["run", "task", "worker", "alpha", "node", "lint", "tmp", "x", "ok", "Main", "job", "7"];

fn ascii_word(g: &mut G) -> String {
    let mut s = ASCII_WORDS[g.rng.below(ASCII_WORDS.len() as u64) as usize].to_string();
    if g.rng.bool() {
        s.push('-');
        s.push_str(&g.rng.below(1000).to_string());
    }
    s
}

/// A random non-surrogate scalar value, biased towards the awkward ones.
fn random_char(g: &mut G) -> char {
    let cp = match g.rng.below(8) {
        0 => g.rng.range(0, 0x1F) as u32,             // C0 controls
        1 => g.rng.range(0x20, 0x7F) as u32,          // ASCII incl. DEL
        2 => g.rng.range(0x80, 0x7FF) as u32,         // 2-byte UTF-8
        3 => g.rng.range(0x800, 0xD7FF) as u32,       // 3-byte below surrogates
        4 => g.rng.range(0xE000, 0xFFFF) as u32,      // 3-byte above surrogates
        5 => g.rng.range(0x1_0000, 0x10_FFFF) as u32, // non-BMP
        6 => [0x22, 0x5C, 0x2F, 0x7F, 0xFFFF, 0xFEFF, 0x2028, 0x1F600][g.rng.below(8) as usize],
        _ => g.rng.range(0x61, 0x7A) as u32,
    };
    char::from_u32(cp).expect("no surrogates drawn")
}

fn random_string(g: &mut G, max_len: u64) -> String {
    let n = g.rng.range(1, max_len);
    (0..n).map(|_| random_char(g)).collect()
}

/// Every `String` field (and `PathBuf`, ids, timestamps-as-strings).
impl Gen for String {
    fn gen(g: &mut G, _: &'static str) -> Self {
        match g.pick(
            "string",
            &[
                ("empty", 1),
                ("ascii", 3),
                ("timestamp_like", 1),
                ("quote_backslash", 1),
                ("all_controls", 1),
                ("some_controls", 1),
                ("del", 1),
                ("emoji", 1),
                ("u_ffff", 1),
                ("random_unicode", 2),
            ],
        ) {
            "empty" => String::new(),
            "ascii" => ascii_word(g),
            "timestamp_like" => "2026-06-12T17:00:00.123Z".to_string(),
            "quote_backslash" => r#"say "hi" \ C:\path\"#.to_string(),
            "all_controls" => (0u8..0x20).map(char::from).collect(),
            "some_controls" => {
                let mut s = ascii_word(g);
                for _ in 0..g.rng.range(1, 3) {
                    s.push(char::from(g.rng.range(0, 0x1F) as u8));
                }
                s.push_str("\n\t\r\u{8}\u{c}");
                s
            }
            "del" => "del:\u{7F}".to_string(),
            "emoji" => "emoji 😀 𝄞 🚀".to_string(),
            "u_ffff" => "\u{FFFF}\u{FFFE}\u{E000}".to_string(),
            _ => random_string(g, 12),
        }
    }
}

/// Keys of every `BTreeMap` and every object inside a `Value`: integer-like,
/// prototype names, non-BMP vs U+FFFF (UTF-8 vs UTF-16 order), mixed case.
fn map_key(g: &mut G) -> String {
    match g.pick(
        "map_key",
        &[
            ("10", 1),
            ("9", 1),
            ("0", 1),
            ("__proto__", 1),
            ("constructor", 1),
            ("non_bmp", 1),
            ("u_ffff", 1),
            ("mixed_case", 1),
            ("empty", 1),
            ("word", 2),
            ("random", 1),
        ],
    ) {
        "non_bmp" => "😀".to_string(),
        "u_ffff" => "\u{FFFF}".to_string(),
        "mixed_case" => ["Key", "key", "KEY", "b", "B", "a"][g.rng.below(6) as usize].to_string(),
        "empty" => String::new(),
        "word" => ascii_word(g),
        "random" => random_string(g, 6),
        fixed => fixed.to_string(),
    }
}

impl Gen for PathBuf {
    fn gen(g: &mut G, site: &'static str) -> Self {
        PathBuf::from(String::gen(g, site))
    }
}

/// `DateTime<Utc>` (EventStarted.started_at): 0, 3, 6 or 9 fraction digits,
/// instants from 1970 to 9999 (no leap seconds: `timestamp_opt` never makes one).
impl Gen for DateTime<Utc> {
    fn gen(g: &mut G, _: &'static str) -> Self {
        const MAX_SECS: u64 = 253_402_300_799; // 9999-12-31T23:59:59Z
        let secs =
            match g.pick("datetime.instant", &[("epoch", 1), ("year_9999", 1), ("random", 4)]) {
                "epoch" => 0,
                "year_9999" => MAX_SECS,
                _ => g.rng.range(0, MAX_SECS),
            };
        let nanos = match g.pick("datetime.fraction", &[("0", 1), ("3", 1), ("6", 1), ("9", 1)]) {
            "0" => 0,
            "3" => g.rng.range(1, 999) * 1_000_000,
            "6" => loop {
                let micros = g.rng.range(1, 999_999);
                if micros % 1000 != 0 {
                    break micros * 1000;
                }
            },
            _ => loop {
                let n = g.rng.range(1, 999_999_999);
                if n % 1000 != 0 {
                    break n;
                }
            },
        };
        Utc.timestamp_opt(secs as i64, nanos as u32).single().expect("in range")
    }
}

// ---------------------------------------------------------------------------
// serde_json::Value
// ---------------------------------------------------------------------------

/// A `Value` field: usually a random tree (depth ≤ VALUE_DEPTH), sometimes a
/// scalar or a chain reaching depth VALUE_DEPTH, and one time in 13 a nest
/// ~DEEP_VALUE_LEVELS deep.
impl Gen for Value {
    fn gen(g: &mut G, _: &'static str) -> Self {
        g.value_budget = VALUE_BUDGET;
        match g
            .pick("value.shape", &[("scalar", 2), ("tree", 8), ("full_depth", 2), ("very_deep", 1)])
        {
            "scalar" => value_scalar(g),
            "tree" => value_tree(g, 1),
            "full_depth" => value_chain(g, VALUE_DEPTH as u64 - 1, true),
            _ => {
                let levels = g.rng.range(DEEP_VALUE_LEVELS - 5, DEEP_VALUE_LEVELS);
                value_chain(g, levels, false)
            }
        }
    }
}

/// `levels` nested containers around a leaf; `siblings` adds random
/// neighbours at each level.
fn value_chain(g: &mut G, levels: u64, siblings: bool) -> Value {
    let mut v = value_scalar(g);
    for level in 0..levels {
        let inner_depth = (levels - level) as usize; // depth of the level below
        let mut items = vec![v];
        if siblings {
            for _ in 0..g.rng.below(3) {
                items.push(if inner_depth < VALUE_DEPTH - 1 && g.rng.bool() {
                    value_tree(g, inner_depth + 1)
                } else {
                    value_scalar(g)
                });
            }
        }
        v = if g.rng.bool() {
            g.rng.shuffle(&mut items);
            Value::Array(items)
        } else {
            let mut map = Map::new();
            for item in items {
                map.insert(map_key(g), item);
            }
            Value::Object(map)
        };
    }
    v
}

/// A random tree whose root sits at `depth` (1-based) within the Value.
fn value_tree(g: &mut G, depth: usize) -> Value {
    g.value_budget = g.value_budget.saturating_sub(1);
    if depth >= VALUE_DEPTH || g.value_budget == 0 {
        return value_scalar(g);
    }
    match g.pick("value.node", &[("scalar", 3), ("array", 1), ("object", 1)]) {
        "array" => {
            let n = g.rng.below(MAX_LEN + 1);
            Value::Array((0..n).map(|_| value_tree(g, depth + 1)).collect())
        }
        "object" => {
            let n = g.rng.below(MAX_LEN + 1);
            let mut map = Map::new();
            for _ in 0..n {
                let key = map_key(g);
                map.insert(key, value_tree(g, depth + 1));
            }
            Value::Object(map)
        }
        _ => value_scalar(g),
    }
}

fn value_scalar(g: &mut G) -> Value {
    match g
        .pick("value.scalar", &[("null", 1), ("bool", 1), ("int", 3), ("float", 2), ("string", 2)])
    {
        "null" => Value::Null,
        "bool" => Value::Bool(g.rng.bool()),
        "int" => value_int(g),
        "float" => value_float(g),
        _ => Value::String(String::gen(g, "value")),
    }
}

/// Integers inside a Value: exact across the whole i64 ∪ u64 range.
fn value_int(g: &mut G) -> Value {
    const P53: u64 = 1 << 53;
    match g.pick(
        "value.int",
        &[
            ("zero", 1),
            ("max_safe", 1),
            ("2^53", 1),
            ("2^53+1", 1),
            ("u64_max", 1),
            ("i64_min", 1),
            ("i64_max", 1),
            ("minus_one", 1),
            ("negative", 1),
            ("small", 1),
            ("random_u64", 1),
        ],
    ) {
        "zero" => Value::from(0u64),
        "max_safe" => Value::from(P53 - 1),
        "2^53" => Value::from(P53),
        "2^53+1" => Value::from(P53 + 1),
        "u64_max" => Value::from(u64::MAX),
        "i64_min" => Value::from(i64::MIN),
        "i64_max" => Value::from(i64::MAX),
        "minus_one" => Value::from(-1i64),
        "negative" => Value::from(g.rng.range_i64(i64::MIN, -2)),
        "small" => Value::from(g.rng.below(1000)),
        _ => Value::from(g.rng.next_u64()),
    }
}

/// Floats inside a Value: integral ones must stay floats (`3.0`, `-0.0`).
fn value_float(g: &mut G) -> Value {
    let x = match g.pick(
        "value.float",
        &[("3.0", 1), ("neg_zero", 1), ("-2.5", 1), ("2^53_float", 1), ("f64", 3)],
    ) {
        "3.0" => 3.0,
        "neg_zero" => -0.0,
        "-2.5" => -2.5,
        "2^53_float" => 9_007_199_254_740_992.0,
        _ => {
            // Any of the typed-f64 edge values, drawn freely (not from the
            // "f64" bag, which belongs to typed fields).
            let label = F64_OUTCOMES[g.rng.below(F64_OUTCOMES.len() as u64) as usize].0;
            f64_outcome(g, label)
        }
    };
    Value::Number(Number::from_f64(x).expect("finite"))
}

// ---------------------------------------------------------------------------
// Structs: one bag site per field, named "Type.field".
// ---------------------------------------------------------------------------

macro_rules! gen_struct {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Gen for $ty {
            fn gen(g: &mut G, _: &'static str) -> Self {
                $ty { $($field: Gen::gen(g, concat!(stringify!($ty), ".", stringify!($field))),)* }
            }
        }
    )*};
}

/// Unit-only enums: every variant equally likely; the match proves the list
/// is complete.
macro_rules! gen_unit_enum {
    ($($ty:ident { $($variant:ident),* $(,)? })*) => {$(
        impl Gen for $ty {
            fn gen(g: &mut G, _: &'static str) -> Self {
                #[allow(unreachable_patterns)]
                fn _all_listed(v: $ty) { match v { $($ty::$variant => {})* } }
                let label = g.pick(stringify!($ty), &[$((stringify!($variant), 1)),*]);
                $(if label == stringify!($variant) { return $ty::$variant; })*
                unreachable!("unknown variant label {label}")
            }
        }
    )*};
}

gen_unit_enum! {
    RunnerStatus { Healthy, Degraded, Offline, Starting, Errored }
    RegistrationState { Active, Rejected, Expired }
    TargetConnectionState { Registered, Connecting, Connected, Reconnecting, Unavailable, Expired }
    SupervisorNodeKind { RootSupervisor, ChildTask }
    DashboardCriticality { Critical, Standard, BestEffort }
    SupervisorEdgeKind { ParentChild, Dependency }
    ControlCommandKind {
        RestartChild, PauseChild, ResumeChild, QuarantineChild, RemoveChild, AddChild, ShutdownTree
    }
    FleetRunStatus { Pending, Queued, Running, Paused, Completed, Failed, Cancelled }
    FleetWorkerStatus { Unknown, Online, Busy, Offline, Unhealthy, Draining, Retired }
    FleetTaskResult { Pass, Fail, Skip, Timeout }
}

gen_struct! {
    // runners
    RunnerUiError { kind, message, detail, reported_at }
    RunnerCrash { file_path, panic_message, panic_location, thread, reported_at }
    Runner {
        id, user_id, name, hostname, ip_address, port, os, os_version, capabilities,
        derived_status, ws_connected, last_heartbeat, ui_error, recent_crash, created_at,
    }
    // execution events
    EventStarted { result_id, request_id, exec_id, pc_id, started_at, manifest_id, version }
    // job tail
    JobTailRequest { result_id }
    JobTailReply { found, running, stdout, stderr, stdout_truncated, stderr_truncated }
    // supervisor dashboard
    SupportedCommand { name, idempotent, timeout_seconds }
    TargetProcessRegistration { target_id, display_name, ipc_path, lease_seconds, supported_commands }
    TargetProcessIdentity { target_id, display_name, registration_state, connection_state }
    DashboardState {
        target, topology, runtime_state, recent_events, recent_logs, dropped_event_count,
        dropped_log_count, config_version, generated_at_unix_nanos, state_generation,
    }
    SupervisorTopology { root, nodes, edges, declaration_order }
    SupervisorNode {
        node_id, child_id, path, name, kind, tags, criticality, state_summary, diagnostics,
    }
    SupervisorEdge { edge_id, source_path, target_path, kind, order }
    RuntimeState {
        child_path, lifecycle_state, health, readiness, generation, attempt, restart_count,
        last_failure, last_policy_decision, shutdown_state,
    }
    EventRecord {
        target_id, sequence, correlation_id, event_type, severity, target_path, child_id,
        occurred_at_unix_nanos, config_version, payload,
    }
    LogRecord {
        target_id, sequence, correlation_id, severity, message, fields, occurred_at_unix_nanos,
    }
    ControlCommandTarget { child_path, child_manifest }
    ControlCommandRequest {
        command_id, target_id, command, target, reason, requested_by, confirmed,
        requested_at_unix_nanos,
    }
    ControlCommandResult {
        command_id, target_id, accepted, status, error, state_delta, completed_at_unix_nanos,
    }
    DashboardError { code, stage, target_id, message, retryable }
    AuditEvent {
        audit_id, identity, target_id, command_id, command, target, reason, result,
        occurred_at_unix_nanos,
    }
    // fleet
    FleetRun {
        id, name, status, task_specs, worker_specs, labels, created_at, updated_at, completed_at,
    }
    FleetTaskSpec {
        id, name, description, instructions, expected_artifacts, scorer, retry_policy,
        alert_policy, timeout_seconds, metadata,
    }
    FleetArtifactRef { kind, path, checksum, mime_type, size_bytes }
    FleetWorkerSpec { id, name, host, labels, capabilities, max_concurrent_tasks }
    FleetInboxEntry { run_id, task_id, priority, enqueued_at, lease_deadline, attempts }
    FleetWorkerEvent { seq, run_id, worker_id, task_id, timestamp, payload, extra }
    FleetRetryPolicy { max_attempts, initial_backoff_seconds, max_backoff_seconds, backoff_multiplier }
    FleetAlertPolicy { channels, after_attempts, after_minutes_stale }
    FleetReceipt { run_id, task_id, worker_id, completed_at, result, artifacts, score }
    FleetScore { value, max, notes }
}

// ---------------------------------------------------------------------------
// Fleet types with data-carrying variants or custom wire forms.
// ---------------------------------------------------------------------------

impl Gen for FleetRunId {
    fn gen(g: &mut G, site: &'static str) -> Self {
        FleetRunId(String::gen(g, site))
    }
}

/// Open enum: the six known names, or `Other` with a string that is not one
/// of them (an `Other("log")` would read back as `Log`).
impl Gen for FleetArtifactKind {
    fn gen(g: &mut G, _: &'static str) -> Self {
        use FleetArtifactKind::*;
        match g.pick(
            "FleetArtifactKind",
            &[
                ("Log", 1),
                ("Patch", 1),
                ("TestResult", 1),
                ("Report", 1),
                ("Checkpoint", 1),
                ("Receipt", 1),
                ("Other(coverage.xml)", 1),
                ("Other(Log)", 1),
                ("Other()", 1),
                ("Other(random)", 1),
            ],
        ) {
            "Log" => Log,
            "Patch" => Patch,
            "TestResult" => TestResult,
            "Report" => Report,
            "Checkpoint" => Checkpoint,
            "Receipt" => Receipt,
            "Other(coverage.xml)" => Other("coverage.xml".into()),
            "Other(Log)" => Other("Log".into()),
            "Other()" => Other(String::new()),
            _ => loop {
                let s = random_string(g, 12);
                let known = ["log", "patch", "test_result", "report", "checkpoint", "receipt"];
                if !known.contains(&s.as_str()) {
                    break Other(s);
                }
            },
        }
    }
}

impl Gen for FleetScorerSpec {
    fn gen(g: &mut G, _: &'static str) -> Self {
        use FleetScorerSpec::*;
        match g.pick(
            "FleetScorerSpec",
            &[
                ("ExitCode", 1),
                ("FileExists", 1),
                ("RegexMatch", 1),
                ("JsonPath", 1),
                ("Manual", 1),
            ],
        ) {
            "ExitCode" => ExitCode,
            "FileExists" => FileExists { path: Gen::gen(g, "FleetScorerSpec::FileExists.path") },
            "RegexMatch" => RegexMatch {
                path: Gen::gen(g, "FleetScorerSpec::RegexMatch.path"),
                pattern: Gen::gen(g, "FleetScorerSpec::RegexMatch.pattern"),
            },
            "JsonPath" => JsonPath {
                path: Gen::gen(g, "FleetScorerSpec::JsonPath.path"),
                expression: Gen::gen(g, "FleetScorerSpec::JsonPath.expression"),
            },
            _ => Manual,
        }
    }
}

impl Gen for FleetHostSpec {
    fn gen(g: &mut G, _: &'static str) -> Self {
        match g.pick("FleetHostSpec", &[("Local", 1), ("Ssh", 2), ("Docker", 1)]) {
            "Local" => FleetHostSpec::Local,
            "Ssh" => FleetHostSpec::Ssh {
                host: Gen::gen(g, "FleetHostSpec::Ssh.host"),
                port: Gen::gen(g, "FleetHostSpec::Ssh.port"),
                user: Gen::gen(g, "FleetHostSpec::Ssh.user"),
                identity: Gen::gen(g, "FleetHostSpec::Ssh.identity"),
            },
            _ => FleetHostSpec::Docker {
                image: Gen::gen(g, "FleetHostSpec::Docker.image"),
                args: Gen::gen(g, "FleetHostSpec::Docker.args"),
            },
        }
    }
}

/// Weighted so that one pass through the bag (49 draws) reaches everything:
/// each weight is what that variant needs (an Option field: 2 draws for None
/// and Some; Heartbeat and Completed: 8, for the 5 f32 / 5 i32 edge values
/// at Some 3 times in 4; Restarted: the 4 u32 values; Artifact: the 10
/// FleetArtifactKind outcomes).
impl Gen for FleetWorkerEventPayload {
    fn gen(g: &mut G, _: &'static str) -> Self {
        use FleetWorkerEventPayload::*;
        match g.pick(
            "FleetWorkerEventPayload",
            &[
                ("Queued", 1),
                ("Leased", 2),
                ("Starting", 1),
                ("Running", 1),
                ("ModelWait", 2),
                ("RunningTool", 2),
                ("Heartbeat", 8),
                ("Artifact", 10),
                ("Completed", 8),
                ("Failed", 2),
                ("Cancelled", 2),
                ("Interrupted", 2),
                ("Stale", 2),
                ("Restarted", 4),
                ("Escalated", 2),
            ],
        ) {
            "Queued" => Queued,
            "Leased" => {
                Leased { lease_expires_at: Gen::gen(g, "Payload::Leased.lease_expires_at") }
            }
            "Starting" => Starting,
            "Running" => Running,
            "ModelWait" => ModelWait { model: Gen::gen(g, "Payload::ModelWait.model") },
            "RunningTool" => RunningTool {
                tool: Gen::gen(g, "Payload::RunningTool.tool"),
                call_id: Gen::gen(g, "Payload::RunningTool.call_id"),
            },
            "Heartbeat" => Heartbeat {
                cpu_percent: Gen::gen(g, "Payload::Heartbeat.cpu_percent"),
                memory_mb: Gen::gen(g, "Payload::Heartbeat.memory_mb"),
            },
            "Artifact" => Artifact(Gen::gen(g, "Payload::Artifact")),
            "Completed" => Completed {
                exit_code: Gen::gen(g, "Payload::Completed.exit_code"),
                summary: Gen::gen(g, "Payload::Completed.summary"),
            },
            "Failed" => Failed {
                reason: Gen::gen(g, "Payload::Failed.reason"),
                recoverable: Gen::gen(g, "Payload::Failed.recoverable"),
            },
            "Cancelled" => {
                Cancelled { cancelled_by: Gen::gen(g, "Payload::Cancelled.cancelled_by") }
            }
            "Interrupted" => Interrupted { signal: Gen::gen(g, "Payload::Interrupted.signal") },
            "Stale" => Stale { last_heartbeat_at: Gen::gen(g, "Payload::Stale.last_heartbeat_at") },
            "Restarted" => {
                Restarted { restart_count: Gen::gen(g, "Payload::Restarted.restart_count") }
            }
            _ => Escalated {
                channel: Gen::gen(g, "Payload::Escalated.channel"),
                alert_id: Gen::gen(g, "Payload::Escalated.alert_id"),
            },
        }
    }
}

impl Gen for FleetAlertChannel {
    fn gen(g: &mut G, _: &'static str) -> Self {
        match g.pick("FleetAlertChannel", &[("Slack", 1), ("Webhook", 1), ("PagerDuty", 1)]) {
            "Slack" => FleetAlertChannel::Slack {
                webhook_url: Gen::gen(g, "FleetAlertChannel::Slack.webhook_url"),
            },
            "Webhook" => FleetAlertChannel::Webhook {
                url: Gen::gen(g, "FleetAlertChannel::Webhook.url"),
                secret: Gen::gen(g, "FleetAlertChannel::Webhook.secret"),
            },
            _ => FleetAlertChannel::PagerDuty {
                routing_key: Gen::gen(g, "FleetAlertChannel::PagerDuty.routing_key"),
                severity: Gen::gen(g, "FleetAlertChannel::PagerDuty.severity"),
            },
        }
    }
}

/// Compile-time check that the hand-written generators above know every
/// variant: adding a variant to a seed type breaks this match.
#[allow(dead_code)]
fn all_variants_listed(
    a: FleetArtifactKind,
    s: FleetScorerSpec,
    h: FleetHostSpec,
    p: FleetWorkerEventPayload,
    c: FleetAlertChannel,
) {
    use FleetWorkerEventPayload as P;
    match a {
        FleetArtifactKind::Log
        | FleetArtifactKind::Patch
        | FleetArtifactKind::TestResult
        | FleetArtifactKind::Report
        | FleetArtifactKind::Checkpoint
        | FleetArtifactKind::Receipt
        | FleetArtifactKind::Other(_) => {}
    }
    match s {
        FleetScorerSpec::ExitCode
        | FleetScorerSpec::FileExists { .. }
        | FleetScorerSpec::RegexMatch { .. }
        | FleetScorerSpec::JsonPath { .. }
        | FleetScorerSpec::Manual => {}
    }
    match h {
        FleetHostSpec::Local | FleetHostSpec::Ssh { .. } | FleetHostSpec::Docker { .. } => {}
    }
    match p {
        P::Queued
        | P::Leased { .. }
        | P::Starting
        | P::Running
        | P::ModelWait { .. }
        | P::RunningTool { .. }
        | P::Heartbeat { .. }
        | P::Artifact(_)
        | P::Completed { .. }
        | P::Failed { .. }
        | P::Cancelled { .. }
        | P::Interrupted { .. }
        | P::Stale { .. }
        | P::Restarted { .. }
        | P::Escalated { .. } => {}
    }
    match c {
        FleetAlertChannel::Slack { .. }
        | FleetAlertChannel::Webhook { .. }
        | FleetAlertChannel::PagerDuty { .. } => {}
    }
}
