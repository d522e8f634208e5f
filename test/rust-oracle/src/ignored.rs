//! `ignored TYPE`: serde's verdict on each stdin line, read through
//! serde_ignored, with the path of every key serde ignored on the way.
//!
//! serde_ignored reports a key when serde calls `deserialize_ignored_any` on
//! it through the wrapped deserializer. Paths are printed as JSON arrays of
//! segments (a map key is a string, a sequence index a number); serde_ignored's
//! `Some`, `NewtypeStruct` and `NewtypeVariant` steps (`?` in its own
//! `Display`, `tasks.2.?.budget`) stand for no JSON and are left out, which is
//! fleetwire's path format (`tasks[2].budget`) segment for segment.

use serde_ignored::Path;
use serde_json::Value;

use crate::types::Wire;

/// The segments of a serde_ignored path, root first, `?` steps left out.
pub fn segments(path: &Path) -> Vec<Value> {
    let mut out = Vec::new();
    collect(path, &mut out);
    out
}

fn collect(path: &Path, out: &mut Vec<Value>) {
    match path {
        Path::Root => {}
        Path::Seq { parent, index } => {
            collect(parent, out);
            out.push(Value::from(*index));
        }
        Path::Map { parent, key } => {
            collect(parent, out);
            out.push(Value::from(key.as_str()));
        }
        Path::Some { parent } | Path::NewtypeStruct { parent } | Path::NewtypeVariant { parent } => {
            collect(parent, out)
        }
    }
}

/// `accept [[...path], ...]` (the ignored keys, in the order serde met them)
/// or `reject <serde's error>`.
pub fn ignored_one<T: Wire>(line: &[u8]) -> String {
    let mut paths: Vec<Value> = Vec::new();
    let mut de = serde_json::Deserializer::from_slice(line);
    let result: Result<T, _> =
        serde_ignored::deserialize(&mut de, |path| paths.push(Value::Array(segments(&path))));
    match result.and_then(|_| de.end()) {
        Ok(()) => format!("accept {}", Value::Array(paths)),
        Err(e) => format!("reject {e}"),
    }
}

/// `ignored TYPE`: one verdict line per input line, as `check` does.
pub struct IgnoredLines<'a, R: std::io::BufRead, W: std::io::Write> {
    pub input: R,
    pub out: &'a mut W,
}

impl<R: std::io::BufRead, W: std::io::Write> crate::types::TypeAction for IgnoredLines<'_, R, W> {
    type Output = std::io::Result<u64>;
    fn run<T: Wire>(mut self) -> std::io::Result<u64> {
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
            let verdict = ignored_one::<T>(&line).replace('\n', "\\n").replace('\r', "\\r");
            self.out.write_all(verdict.as_bytes())?;
            self.out.write_all(b"\n")?;
            n += 1;
        }
        self.out.flush()?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{with_type, TypeAction};

    struct One(&'static str);
    impl TypeAction for One {
        type Output = String;
        fn run<T: Wire>(self) -> String {
            ignored_one::<T>(self.0.as_bytes())
        }
    }

    #[test]
    fn nested_struct_paths_are_segments() {
        let line = r#"{"id":"r","name":"n","status":"queued","created_at":"t","zz":1,"task_specs":[{"id":"a","name":"b","instructions":"c","budget":{"x":1}}],"labels":{"k":"v"}}"#;
        assert_eq!(with_type("FleetRun", One(line)).unwrap(), r#"accept [["zz"],["task_specs",0,"budget"]]"#);
    }

    /// serde_ignored's blind spot, which the TypeScript side's probes cover:
    /// serde reads a tagged enum (or a flattened struct) from a buffer, where
    /// the key it drops never passes the wrapper.
    #[test]
    fn keys_inside_a_tagged_enum_or_flatten_are_not_seen() {
        assert_eq!(with_type("FleetHostSpec", One(r#"{"kind":"ssh","host":"h","zz":1}"#)).unwrap(), "accept []");
        let event = r#"{"seq":1,"run_id":"r","worker_id":"w","task_id":"t","timestamp":"x","state":"queued","zz":1}"#;
        assert_eq!(with_type("FleetWorkerEvent", One(event)).unwrap(), "accept []");
    }

    #[test]
    fn a_rejected_line_is_rejected() {
        assert!(with_type("FleetRun", One("{}")).unwrap().starts_with("reject missing field"));
    }
}
