//! The 47 wire types, listed once, and the `gen` / `check` / `coverage`
//! commands that run over any of them.

use std::io::{self, BufRead, Write};
use std::panic::{self, AssertUnwindSafe};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::gen::{Gen, G};

/// What a wire type must support here.
pub trait Wire: Gen + Serialize + DeserializeOwned {}
impl<T: Gen + Serialize + DeserializeOwned> Wire for T {}

/// Something to do with one wire type, chosen at run time by name.
pub trait TypeAction {
    type Output;
    fn run<T: Wire>(self) -> Self::Output;
}

/// Lists every wire type exactly once, in `seeds/README.md` order, and
/// derives from it both `TYPE_NAMES` and the name → type dispatch.
macro_rules! wire_types {
    ($($name:ident => $path:path),* $(,)?) => {
        /// The 47 wire type names, in `seeds/README.md` "All wire types" order.
        pub const TYPE_NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Runs `action` on the type called `name`; `None` if there is none.
        pub fn with_type<A: TypeAction>(name: &str, action: A) -> Option<A::Output> {
            match name {
                $(stringify!($name) => Some(action.run::<$path>()),)*
                _ => None,
            }
        }
    };
}

wire_types! {
    // runners
    RunnerStatus => crate::runners::RunnerStatus,
    RunnerUiError => crate::runners::RunnerUiError,
    RunnerCrash => crate::runners::RunnerCrash,
    Runner => crate::runners::Runner,
    // execution events
    EventStarted => crate::events::EventStarted,
    // job tail
    JobTailRequest => crate::jobtail::JobTailRequest,
    JobTailReply => crate::jobtail::JobTailReply,
    // supervisor dashboard
    SupportedCommand => crate::dashboard::SupportedCommand,
    TargetProcessRegistration => crate::dashboard::TargetProcessRegistration,
    RegistrationState => crate::dashboard::RegistrationState,
    TargetConnectionState => crate::dashboard::TargetConnectionState,
    TargetProcessIdentity => crate::dashboard::TargetProcessIdentity,
    DashboardState => crate::dashboard::DashboardState,
    SupervisorTopology => crate::dashboard::SupervisorTopology,
    SupervisorNodeKind => crate::dashboard::SupervisorNodeKind,
    DashboardCriticality => crate::dashboard::DashboardCriticality,
    SupervisorNode => crate::dashboard::SupervisorNode,
    SupervisorEdgeKind => crate::dashboard::SupervisorEdgeKind,
    SupervisorEdge => crate::dashboard::SupervisorEdge,
    RuntimeState => crate::dashboard::RuntimeState,
    EventRecord => crate::dashboard::EventRecord,
    LogRecord => crate::dashboard::LogRecord,
    ControlCommandKind => crate::dashboard::ControlCommandKind,
    ControlCommandTarget => crate::dashboard::ControlCommandTarget,
    ControlCommandRequest => crate::dashboard::ControlCommandRequest,
    ControlCommandResult => crate::dashboard::ControlCommandResult,
    DashboardError => crate::dashboard::error::DashboardError,
    AuditEvent => crate::dashboard::AuditEvent,
    // fleet
    FleetRunId => crate::fleet::FleetRunId,
    FleetRun => crate::fleet::FleetRun,
    FleetRunStatus => crate::fleet::FleetRunStatus,
    FleetTaskSpec => crate::fleet::FleetTaskSpec,
    FleetArtifactRef => crate::fleet::FleetArtifactRef,
    FleetArtifactKind => crate::fleet::FleetArtifactKind,
    FleetScorerSpec => crate::fleet::FleetScorerSpec,
    FleetWorkerSpec => crate::fleet::FleetWorkerSpec,
    FleetHostSpec => crate::fleet::FleetHostSpec,
    FleetWorkerStatus => crate::fleet::FleetWorkerStatus,
    FleetInboxEntry => crate::fleet::FleetInboxEntry,
    FleetWorkerEvent => crate::fleet::FleetWorkerEvent,
    FleetWorkerEventPayload => crate::fleet::FleetWorkerEventPayload,
    FleetRetryPolicy => crate::fleet::FleetRetryPolicy,
    FleetAlertPolicy => crate::fleet::FleetAlertPolicy,
    FleetAlertChannel => crate::fleet::FleetAlertChannel,
    FleetReceipt => crate::fleet::FleetReceipt,
    FleetTaskResult => crate::fleet::FleetTaskResult,
    FleetScore => crate::fleet::FleetScore,
}

/// `gen TYPE N SEED`: N values, one `serde_json::to_string` line each.
pub struct GenLines<'a, W: Write> {
    pub count: u64,
    pub seed: u64,
    pub out: &'a mut W,
}

impl<W: Write> TypeAction for GenLines<'_, W> {
    type Output = io::Result<()>;
    fn run<T: Wire>(self) -> io::Result<()> {
        let mut g = G::new(self.seed);
        for _ in 0..self.count {
            let value = T::gen(&mut g, "root");
            let line = serde_json::to_string(&value).map_err(io::Error::other)?;
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }
}

/// `coverage TYPE N SEED`: the bags `gen` left incomplete (see `gen.rs`).
pub struct Coverage {
    pub count: u64,
    pub seed: u64,
}

impl TypeAction for Coverage {
    type Output = Vec<(&'static str, Vec<&'static str>)>;
    fn run<T: Wire>(self) -> Self::Output {
        let mut g = G::new(self.seed);
        for _ in 0..self.count {
            let _ = T::gen(&mut g, "root");
        }
        g.audit()
    }
}

/// `check TYPE`: one `accept <json>` or `reject <error>` line per input line.
pub struct CheckLines<'a, R: BufRead, W: Write> {
    pub input: R,
    pub out: &'a mut W,
}

impl<R: BufRead, W: Write> TypeAction for CheckLines<'_, R, W> {
    type Output = io::Result<u64>;
    fn run<T: Wire>(mut self) -> io::Result<u64> {
        let mut line = Vec::new();
        let mut n = 0;
        loop {
            line.clear();
            if self.input.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            let verdict = check_one::<T>(&line);
            self.out.write_all(verdict.as_bytes())?;
            self.out.write_all(b"\n")?;
            n += 1;
        }
        self.out.flush()?;
        Ok(n)
    }
}

/// The verdict for one line (no trailing newline). Invalid UTF-8 is left to
/// serde_json, like every other input. A panic inside serde or chrono (none
/// is known) would be reported as a reject rather than end the run.
pub fn check_one<T: Wire>(line: &[u8]) -> String {
    let result =
        panic::catch_unwind(AssertUnwindSafe(|| match serde_json::from_slice::<T>(line) {
            Ok(value) => match serde_json::to_string(&value) {
                Ok(json) => format!("accept {json}"),
                Err(e) => format!("reject serialize error: {e}"),
            },
            Err(e) => format!("reject {e}"),
        }));
    let text = match result {
        Ok(text) => text,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".into());
            format!("reject panic: {msg}")
        }
    };
    one_line(text)
}

/// serde quotes offending variant and field names raw (`unknown variant
/// `a<LF>b``), so a raw CR or LF in an error text is written as `\r` / `\n`
/// to keep one verdict per line. Accepted JSON never holds a raw newline.
fn one_line(text: String) -> String {
    if !text.contains(['\n', '\r']) {
        return text;
    }
    text.replace('\n', "\\n").replace('\r', "\\r")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forty_seven_distinct_types() {
        assert_eq!(TYPE_NAMES.len(), 47);
        let mut names = TYPE_NAMES.to_vec();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 47);
    }

    #[test]
    fn check_is_one_line_per_input() {
        struct Check;
        impl TypeAction for Check {
            type Output = String;
            fn run<T: Wire>(self) -> String {
                let mut out = Vec::new();
                let input: &[u8] = b"\"healthy\"\n\n\"a\\nb\"\n{\"healthy\":null}";
                CheckLines::<_, _> { input, out: &mut out }.run::<T>().unwrap();
                String::from_utf8(out).unwrap()
            }
        }
        let text = with_type("RunnerStatus", Check).unwrap();
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert_eq!(lines[0], "accept \"healthy\"");
        assert!(lines[1].starts_with("reject EOF"), "{}", lines[1]);
        assert!(lines[2].starts_with("reject unknown variant `a\\nb`"), "{}", lines[2]);
        assert!(lines[3].starts_with("accept"), "{}", lines[3]);
    }
}
