//! `integra forget SESSION [--yes]`: removes a session and every file kept beside it, after
//! saying which and asking. See `session::forget` for what overwriting can and cannot do.
//!
//! Must not: remove anything before the person has seen the list and agreed (or passed `--yes`), or
//! choose the files itself (`session::forget` does).

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::Path;
use std::process::ExitCode;

use super::{CliError, Outcome};
use crate::i18n::{Lang, tr, tr_args};
use crate::session::forget::{files, shred};

pub fn run(path: &Path, yes: bool, lang: Lang) -> Outcome {
    let files = files(path)?;
    outln!("{}", tr(lang, "cli-forget-list"));
    for f in &files {
        outln!("  {}", f.display());
    }
    if !yes && !confirm(lang, files.len())? {
        outln!("{}", tr(lang, "cli-forget-nothing"));
        return Ok(ExitCode::FAILURE);
    }
    let mut failed = Vec::new();
    for f in &files {
        match shred(f) {
            Ok(()) => outln!(
                "{}",
                tr_args(
                    lang,
                    "cli-forget-removed",
                    &[("path", f.display().to_string().into())]
                )
            ),
            Err(e) => failed.push(CliError::from(crate::msg!(
                "cli-forget-failed",
                path = f.display().to_string(),
                error = e.to_string()
            ))),
        }
    }
    if failed.is_empty() {
        outln!("{}", tr(lang, "cli-forget-done"));
        Ok(ExitCode::SUCCESS)
    } else {
        Err(failed.into())
    }
}

/// Asks on the terminal (or reads a line from standard input); only "y" or "yes" agrees.
fn confirm(lang: Lang, count: usize) -> Result<bool, CliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        let mut err = std::io::stderr();
        let _ = write!(
            err,
            "{} ",
            tr_args(lang, "cli-forget-confirm", &[("count", count.into())])
        );
        let _ = err.flush();
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| crate::msg!("cli-forget-no-answer", error = e.to_string()))?;
    Ok(matches!(line.trim().to_lowercase().as_str(), "y" | "yes"))
}
