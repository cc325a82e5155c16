//! Exporting an assessment: the report files and the session file, written atomically and
//! privately, with the paths returned so the wizard can show them.
//!
//! Reports go to a `reports` folder beside the sessions folder for sessions kept in the data
//! directory (so exported files never appear in the list of sessions to resume), and beside
//! the session file for a session given with `--session FILE`.
//!
//! Must not: touch the wizard's state; it works on the session it is given (a copy).

use std::path::{Path, PathBuf};

use super::refusal::Refusal;
use crate::diagnostic::Msg;
use crate::framework::Framework;
use crate::paths;
use crate::report::{Detail, ReportContext, ReportFormat, render_bytes};
use crate::scoring::score;
use crate::session::{Session, save, store};

/// A report format the wizard offers, and whether it is ticked at first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatChoice {
    pub format: ReportFormat,
    pub label: &'static str,
    pub default: bool,
}

/// The formats that can be written: Markdown and HTML ticked, as the two people read.
pub fn formats() -> Vec<FormatChoice> {
    ReportFormat::ALL
        .iter()
        .map(|&format| FormatChoice {
            format,
            label: format.label(),
            default: matches!(format, ReportFormat::Markdown | ReportFormat::Html),
        })
        .collect()
}

/// Where reports of the session saved at `session_path` go.
pub fn reports_dir(session_path: &Path) -> PathBuf {
    let parent = session_path.parent().unwrap_or(Path::new("."));
    match paths::sessions_dir() {
        Some(sessions) if parent == sessions => sessions
            .parent()
            .map_or_else(|| parent.to_path_buf(), |d| d.join("reports")),
        _ => parent.to_path_buf(),
    }
}

/// Saves the session, then writes a report in each of `formats` to `dir`, named after the
/// session file, at `detail` (Markdown, HTML, text and Word). Returns every path written, the
/// session first.
pub fn export(
    fw: &Framework,
    session: &mut Session,
    formats: &[ReportFormat],
    anonymous: bool,
    detail: Detail,
    dir: &Path,
    now: &str,
) -> Result<Vec<PathBuf>, Refusal> {
    // Said as catalogue messages: the wizard tells them in its language.
    save(session, fw, now).map_err(|e| Refusal::ExportSave {
        path: session.path.display().to_string(),
        error: Msg::each(|lang| store::explain(&e, lang)),
    })?;
    let mut written = vec![session.path.clone()];
    let card = score(fw, session.answers(), session.language());
    let stem = session
        .path
        .file_stem()
        .map_or_else(|| "assessment".into(), |s| s.to_string_lossy().into_owned());
    let mut ctx =
        ReportContext::build(fw, &session.sheet, &card).with_workshop(fw, session.workshop());
    if anonymous {
        ctx = ctx.anonymised();
    }
    ctx = ctx.with_detail(detail);
    for &format in formats {
        let bytes = render_bytes(&ctx, format, None)
            .map_err(|e| Refusal::Report(Msg::each(|lang| e.message_in(lang))))?;
        let path = dir.join(format!("{stem}-report.{}", format.extension()));
        store::write_atomic(&path, &bytes).map_err(|e| Refusal::ExportWrite {
            path: path.display().to_string(),
            error: e.to_string(),
        })?;
        written.push(path);
    }
    Ok(written)
}
