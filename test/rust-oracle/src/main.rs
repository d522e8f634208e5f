//! `serde-conformance`: real serde as an oracle for fleetwire.
//!
//!   serde-conformance types              the 47 wire type names, one a line
//!   serde-conformance gen TYPE N SEED    N valid values, one JSON line each
//!   serde-conformance check TYPE         stdin lines -> `accept <json>` | `reject <error>`
//!   serde-conformance ignored TYPE       stdin lines -> `accept [[path], ...]` | `reject <error>`,
//!                                        through serde_ignored: the keys serde ignored
//!   serde-conformance coverage TYPE N SEED
//!                                        edge cases `gen TYPE N SEED` misses (none: exit 0)

use std::io::{self, BufReader, BufWriter, Write};
use std::process::ExitCode;

use fleetwire_serde_conformance::ignored::IgnoredLines;
use fleetwire_serde_conformance::types::{with_type, CheckLines, Coverage, GenLines, TYPE_NAMES};

const USAGE: &str = "usage:
  serde-conformance types
  serde-conformance gen TYPE N SEED
  serde-conformance check TYPE        (reads stdin)
  serde-conformance ignored TYPE      (reads stdin)
  serde-conformance coverage TYPE N SEED";

fn main() -> ExitCode {
    // check reports panics as rejects; keep the default hook from printing them.
    std::panic::set_hook(Box::new(|_| {}));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("serde-conformance: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[&str]) -> Result<ExitCode, String> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let io_err = |e: io::Error| format!("I/O error: {e}");
    match args {
        ["types"] => {
            for name in TYPE_NAMES {
                writeln!(out, "{name}").map_err(io_err)?;
            }
        }
        ["gen", ty, n, seed] => {
            let (count, seed) = (number(n, "N")?, number(seed, "SEED")?);
            with_type(ty, GenLines { count, seed, out: &mut out })
                .ok_or_else(|| unknown(ty))?
                .map_err(io_err)?;
        }
        ["check", ty] => {
            let input = BufReader::with_capacity(1 << 16, io::stdin().lock());
            with_type(ty, CheckLines { input, out: &mut out })
                .ok_or_else(|| unknown(ty))?
                .map_err(io_err)?;
        }
        ["ignored", ty] => {
            let input = BufReader::with_capacity(1 << 16, io::stdin().lock());
            with_type(ty, IgnoredLines { input, out: &mut out })
                .ok_or_else(|| unknown(ty))?
                .map_err(io_err)?;
        }
        ["coverage", ty, n, seed] => {
            let (count, seed) = (number(n, "N")?, number(seed, "SEED")?);
            let missing = with_type(ty, Coverage { count, seed }).ok_or_else(|| unknown(ty))?;
            for (site, labels) in &missing {
                writeln!(out, "{ty}: bag {site} never drew {}", labels.join(", "))
                    .map_err(io_err)?;
            }
            out.flush().map_err(io_err)?;
            if !missing.is_empty() {
                return Ok(ExitCode::from(1));
            }
        }
        _ => return Err(USAGE.to_string()),
    }
    out.flush().map_err(io_err)?;
    Ok(ExitCode::SUCCESS)
}

fn number(text: &str, what: &str) -> Result<u64, String> {
    text.parse().map_err(|_| format!("{what} must be an unsigned integer, got {text:?}"))
}

fn unknown(ty: &str) -> String {
    format!("unknown type {ty:?}; `serde-conformance types` lists them")
}
