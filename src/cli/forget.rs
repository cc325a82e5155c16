//! `integra forget SESSION [--yes]`: removes a session and every file kept beside it, after
//! saying which and asking. See `session::forget` for what overwriting can and cannot do.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::Path;
use std::process::ExitCode;

use super::Outcome;
use crate::session::forget::{files, shred};

pub fn run(path: &Path, yes: bool) -> Outcome {
    let files = files(path)?;
    outln!("These files will be overwritten with zeros, then removed:");
    for f in &files {
        outln!("  {}", f.display());
    }
    if !yes && !confirm(files.len())? {
        outln!("Nothing removed.");
        return Ok(ExitCode::FAILURE);
    }
    let mut failed = Vec::new();
    for f in &files {
        match shred(f) {
            Ok(()) => outln!("removed {}", f.display()),
            Err(e) => failed.push(format!("could not remove '{}': {e}", f.display())),
        }
    }
    if failed.is_empty() {
        outln!(
            "Done. Copies elsewhere (reports, backups of this computer, synced folders) are not touched, and on SSDs and some file systems old data can survive overwriting: see `integra forget --help`."
        );
        Ok(ExitCode::SUCCESS)
    } else {
        Err(failed.join("\n"))
    }
}

/// Asks on the terminal (or reads a line from standard input); only "y" or "yes" agrees.
fn confirm(count: usize) -> Result<bool, String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        let mut err = std::io::stderr();
        let _ = write!(err, "Remove these {count} files for good? [y/N] ");
        let _ = err.flush();
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("could not read the answer: {e}; pass --yes to skip the question"))?;
    Ok(matches!(line.trim().to_lowercase().as_str(), "y" | "yes"))
}
