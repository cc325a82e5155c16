//! Shared by the report tests: the fixture framework and sessions, scored and rendered.

#![allow(dead_code)] // each test file uses a different part

use std::path::Path;

use integra::answers::{AnswerSheet, load_sheet};
use integra::framework::{self, Framework};
use integra::report::{self, ReportContext, ReportFormat};
use integra::scoring::{Scorecard, score};

pub const FRAMEWORK: &str = "tests/fixtures/report/readiness.toml";
pub const SESSION: &str = "tests/fixtures/report/session.toml";
pub const HOSTILE: &str = "tests/fixtures/report/hostile.toml";
pub const EARLIER: &str = "tests/fixtures/report/earlier.toml";

pub fn fixture(session: &str, lang: &str) -> (Framework, AnswerSheet, Scorecard) {
    let fw = framework::from_path(Path::new(FRAMEWORK)).unwrap();
    let sheet = load_sheet(Path::new(session))
        .unwrap()
        .against(&fw)
        .unwrap();
    let card = score(&fw, &sheet.answers, lang);
    (fw, sheet, card)
}

/// `session` compared with the `earlier` one.
pub fn compared(session: &str, earlier: &str) -> ReportContext {
    let (fw, sheet, card) = fixture(session, "en");
    let (_, before, before_card) = fixture(earlier, "en");
    ReportContext::build(&fw, &sheet, &card).compared_with(&fw, &before, &before_card)
}

pub fn render(session: &str, format: ReportFormat) -> String {
    let (fw, sheet, card) = fixture(session, "en");
    render_ctx(&ReportContext::build(&fw, &sheet, &card), format)
}

pub fn render_ctx(ctx: &ReportContext, format: ReportFormat) -> String {
    // The built-in template, explicitly, so that a user's template folder cannot interfere.
    match report::templates::Template::builtin(format) {
        Some(t) => report::render_with(ctx, format, &t).unwrap(),
        None => report::render_context(ctx, format, None).unwrap(),
    }
}

/// The output with this build's version replaced, so snapshots survive a version bump.
pub fn stable(text: &str) -> String {
    text.replace(
        concat!("integra ", env!("CARGO_PKG_VERSION")),
        "integra [version]",
    )
}

/// One part of a zip package (a Word or Excel report), as text.
pub fn zip_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read as _;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut out)
        .unwrap();
    out
}

/// The wizard's export of the fixture framework as `format` from a new session `visit.toml`
/// in a fresh folder: the folder (kept alive) and the report file the export says it wrote.
pub fn wizard_export(format: ReportFormat) -> (tempfile::TempDir, std::path::PathBuf) {
    let (fw, _, _) = fixture(SESSION, "en");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("visit.toml");
    let mut session = integra::session::Session::new(&fw, "en", path, "2026-11-23");
    let written = integra::tui::export::export(
        &fw,
        &mut session,
        &[format],
        false,
        integra::report::Detail::Full,
        dir.path(),
        "2026-11-23T10:00:00Z",
    )
    .unwrap();
    let report = written[1].clone();
    (dir, report)
}

/// Every field path of `value`, arrays written `[]`, e.g. `overall.band.label`.
pub fn field_paths(value: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                out.push(path.clone());
                field_paths(v, &path, out);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                field_paths(item, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}
