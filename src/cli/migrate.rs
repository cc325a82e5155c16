//! `integra migrate SESSION --to FILE|ID [-o OUT] [--force]`: a new session file with the
//! answers, notes and facts of SESSION carried onto another revision of its framework, and
//! an exact list of what could not come across.
//!
//! The original is never touched. Exit status: 0 when everything came across and counts;
//! [`INCOMPLETE`] when the new file was written but something was left behind or is now
//! hidden (so scripts notice), 1 when nothing was written.
//!
//! Must not: touch the original session, or overwrite an existing file without `--force`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Outcome, cannot_write, refusal};
use crate::answers::load_sheet;
use crate::framework::{Framework, Origin, catalog};
use crate::i18n::{Lang, tr, tr_args};
use crate::session::migrate::{Migration, migrate};
use crate::session::{Record, clock, store};

/// The exit status when the new session was written but some answers did not come across.
pub const INCOMPLETE: u8 = 3;

pub struct Request<'a> {
    pub session: &'a Path,
    pub to: &'a str,
    pub output: Option<&'a Path>,
    pub force: bool,
}

pub fn run(req: &Request, lang: Lang) -> Outcome {
    let fw = catalog::resolve(req.to)?;
    let out = req
        .output
        .map_or_else(|| default_output(req.session, &fw), Path::to_path_buf);
    let shown = out.display().to_string();
    if same_file(&out, req.session) {
        return Err(refusal(
            crate::msg!("cli-migrate-same", path = shown),
            crate::msg!("cli-migrate-same-hint"),
        ));
    }
    if out.symlink_metadata().is_ok() && !req.force {
        return Err(refusal(
            crate::msg!("cli-migrate-exists", path = shown),
            crate::msg!("cli-migrate-exists-hint"),
        ));
    }
    let old = answered_against(req.session, &fw);
    let mut m = migrate(req.session, &fw, old.as_ref(), out)?;
    if req.force {
        // Replacing the file there is what was asked for.
        store::adopt(&mut m.session);
    }
    store::save(&mut m.session, &fw, &clock::now())
        .map_err(|e| cannot_write(&m.session.path, &e))?;
    print_summary(lang, req.session, &fw, old.as_ref(), &m);
    Ok(if m.complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(INCOMPLETE)
    })
}

/// The framework the session was answered against, if it is at hand unchanged: its id and
/// version (and hash, when recorded) looked for in the framework folders, the folder of the
/// new revision and the session's own folder, or the file the session recorded.
fn answered_against(session: &Path, new: &Framework) -> Option<Framework> {
    let parsed = load_sheet(session).ok()?;
    let id = parsed.framework_id().to_owned();
    // Relative to the session's folder, as sessions record it.
    let recorded = Record::from_table(parsed.session()).framework_file(session);
    let (sheet, _) = parsed.against_keeping(new);
    let version = sheet.version.as_deref()?;
    let mut extra = vec![folder_of(session)];
    if let Origin::File(p) = &new.origin {
        extra.push(folder_of(p));
    }
    let found = catalog::find_version(&id, version, sheet.hash.as_deref(), &extra);
    found.or_else(|| {
        let fw = crate::framework::from_path(&recorded?).ok()?;
        (fw.id == id && fw.version == version).then_some(fw)
    })
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
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

fn print_summary(lang: Lang, from: &Path, fw: &Framework, old: Option<&Framework>, m: &Migration) {
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
        print_revision(lang, old, m);
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
    print_revision(lang, old, m);
    outln!();
    let args = [("path", from.display().to_string().into())];
    outln!("{}", tr_args(lang, "cli-migrate-original", &args));
}

/// Renamed answers, kept answers whose meaning moved, and the questions new in this
/// revision; or why the meanings could not be checked.
fn print_revision(lang: Lang, old: Option<&Framework>, m: &Migration) {
    for r in &m.renamed {
        let args = [
            ("from", r.from.as_str().into()),
            ("to", r.to.as_str().into()),
        ];
        outln!("{}", tr_args(lang, "cli-migrate-renamed-carried", &args));
    }
    let Some(old) = old else {
        let from = m.session.record.migrated_from.as_deref().unwrap_or("?");
        outln!(
            "{}",
            tr_args(lang, "cli-migrate-old-missing", &[("from", from.into())])
        );
        return;
    };
    if !m.meaning.is_empty() {
        let args = [
            ("id", old.id.as_str().into()),
            ("version", old.version.as_str().into()),
        ];
        outln!("{}", tr_args(lang, "cli-migrate-meaning-head", &args));
        for c in &m.meaning {
            let args = [
                ("question", c.question.as_str().into()),
                ("answer", c.answer.as_str().into()),
                ("before", c.before.as_str().into()),
                ("now", c.now.as_str().into()),
            ];
            outln!("  {}", tr_args(lang, "cli-migrate-meaning", &args));
        }
    }
    if !m.new_questions.is_empty() {
        let args = [
            ("count", m.new_questions.len().into()),
            ("ids", m.new_questions.join(", ").into()),
        ];
        outln!("{}", tr_args(lang, "cli-migrate-new-questions", &args));
    }
}
