//! `integra migrate SESSION --to FILE|ID [-o OUT] [--force]`: a new session file with the
//! answers, notes and facts of SESSION carried onto another revision of its framework, and
//! an exact list of what could not come across.
//!
//! The original is never touched. Exit status: 0 when everything came across and counts;
//! [`INCOMPLETE`] when the new file was written but something was left behind or is now
//! hidden (so scripts notice), 1 when nothing was written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Outcome;
use crate::answers::load_sheet;
use crate::framework::{Framework, catalog};
use crate::i18n::{detect, tr, tr_args};
use crate::session::migrate::{Migration, migrate};
use crate::session::{clock, store};

/// The exit status when the new session was written but some answers did not come across.
pub const INCOMPLETE: u8 = 3;

pub struct Request<'a> {
    pub session: &'a Path,
    pub to: &'a str,
    pub output: Option<&'a Path>,
    pub force: bool,
}

pub fn run(req: &Request) -> Outcome {
    let fw = catalog::resolve(req.to).map_err(|e| e.to_string())?;
    let out = req
        .output
        .map_or_else(|| default_output(req.session, &fw), Path::to_path_buf);
    let lang = detect(None);
    let refuse = |key: &str, hint: &str| {
        let args = [("path", out.display().to_string().into())];
        format!(
            "{}\n  = {}: {}",
            tr_args(lang, key, &args),
            tr(lang, "diag-hint"),
            tr(lang, hint)
        )
    };
    if same_file(&out, req.session) {
        return Err(refuse("cli-migrate-same", "cli-migrate-same-hint"));
    }
    if out.symlink_metadata().is_ok() && !req.force {
        return Err(refuse("cli-migrate-exists", "cli-migrate-exists-hint"));
    }
    let old = answered_against(req.session);
    let mut m = migrate(req.session, &fw, old.as_ref(), out)?;
    if req.force {
        // Replacing the file there is what was asked for.
        store::adopt(&mut m.session);
    }
    store::save(&mut m.session, &clock::now())
        .map_err(|e| format!("cannot write '{}': {e}", m.session.path.display()))?;
    print_summary(lang, req.session, &fw, &m);
    Ok(if m.complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(INCOMPLETE)
    })
}

/// The framework the session was answered against, if it is at hand unchanged (same hash).
fn answered_against(session: &Path) -> Option<Framework> {
    let fw = load_sheet(session).ok()?.framework(None).ok()?;
    let recorded = load_sheet(session).ok()?.against_keeping(&fw).0.hash;
    (recorded.as_deref() == Some(fw.hash.as_str())).then_some(fw)
}

/// `NAME-migrated-ID-VERSION.toml` beside the session.
fn default_output(session: &Path, fw: &Framework) -> PathBuf {
    let stem = session
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    session.with_file_name(format!(
        "{stem}-migrated-{}-{}.toml",
        safe(&fw.id),
        safe(&fw.version)
    ))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn print_summary(lang: &str, from: &Path, fw: &Framework, m: &Migration) {
    let wrote = [
        ("path", m.session.path.display().to_string().into()),
        ("id", fw.id.as_str().into()),
        ("version", fw.version.as_str().into()),
    ];
    outln!("{}", tr_args(lang, "cli-migrate-wrote", &wrote));
    let dropped = m
        .lost
        .iter()
        .filter(|l| !l.note && l.reason.counts_as_dropped())
        .count();
    let hidden = m
        .lost
        .iter()
        .filter(|l| !l.reason.counts_as_dropped())
        .count();
    let notes_dropped = m.lost.iter().filter(|l| l.note).count();
    let carried = [
        ("answers", m.answers.into()),
        ("total", (m.answers + dropped).into()),
        ("notes", m.notes.into()),
        ("notes_total", (m.notes + notes_dropped).into()),
    ];
    let hidden = if hidden > 0 {
        tr_args(
            lang,
            "cli-migrate-carried-hidden",
            &[("count", hidden.into())],
        )
    } else {
        String::new()
    };
    outln!(
        "{}{hidden}.",
        tr_args(lang, "cli-migrate-carried", &carried)
    );
    if m.complete() {
        outln!("{}", tr(lang, "cli-migrate-complete"));
        return;
    }
    outln!();
    for l in &m.lost {
        let what = [("question", l.question.as_str().into())];
        let what = if l.note {
            tr_args(lang, "cli-migrate-note-on", &what)
        } else {
            tr_args(lang, "cli-migrate-answer-to", &what)
        };
        outln!(
            "  {}: {what}: {}: {}",
            l.at,
            l.reason.describe_in(lang),
            l.detail.render(lang)
        );
        if let Some(see) = &l.see {
            let args = [("place", see.as_str().into())];
            outln!("      {}", tr_args(lang, "cli-migrate-condition-at", &args));
        }
    }
    outln!();
    let args = [("path", from.display().to_string().into())];
    outln!("{}", tr_args(lang, "cli-migrate-original", &args));
}
