//! The HTML appendix's rows, written by integra (`question_rows`), are the rows the template
//! loop in `docs/report-json.md` writes, byte for byte: for every fixture session, in every
//! language, the built-in template and the built-in template with that loop put back give
//! the same report.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::{Path, PathBuf};

use crate::support::report_fixture as support;

use integra::answers::load_sheet;
use integra::report::{self, ReportContext, ReportFormat, Template, TemplateOrigin};
use integra::scoring::score;

/// Where the manual gives the loops, and what marks them.
const DOC: &str = "docs/report-json.md";
const MARK: &str = "<!-- appendix-loops -->";
/// What the built-in template writes in place of each loop.
const ROWS: &str = "{{- question_rows[p.id] | default(value=\"\") }}";
/// Where the grouping goes: before the appendix's loop over principles.
const APPENDIX: &str = "<h2 id=\"appendix\">";
const PRINCIPLES: &str = "{%- for p in principles %}";

/// The manual's three pieces: the grouping, the scored table's loop, the plain table's.
fn documented_loops() -> [String; 3] {
    let doc = std::fs::read_to_string(DOC).unwrap();
    let block = doc.split(MARK).nth(1).expect("the manual marks the loops");
    let body = block
        .split("```jinja\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .unwrap();
    let parts: Vec<String> = body.split("\n\n").map(str::to_owned).collect();
    parts.try_into().expect("grouping, scored loop, plain loop")
}

/// The built-in HTML template with the documented loops in place of `question_rows`, as a
/// template of the user's own (which is given `questions`).
fn looping_template() -> Template {
    let builtin = Template::builtin(ReportFormat::Html).unwrap();
    let [group, scored, plain] = documented_loops();
    let text = &builtin.text;
    assert_eq!(
        text.matches(ROWS).count(),
        2,
        "the scored and the plain table"
    );
    let at = text.find(APPENDIX).unwrap();
    let at = at + text[at..].find(PRINCIPLES).unwrap();
    let mut looped = format!("{}{group}\n{}", &text[..at], &text[at..]);
    looped = looped.replacen(ROWS, &scored, 1).replacen(ROWS, &plain, 1);
    assert!(!looped.contains(ROWS));
    Template {
        name: "report.html.tera".into(),
        text: looped,
        origin: TemplateOrigin::File(PathBuf::from("looping.html.tera")),
    }
}

/// Every fixture session that scores against a framework integra finds, with that framework.
fn sessions() -> Vec<PathBuf> {
    let mut found = vec![
        PathBuf::from(support::SESSION),
        PathBuf::from(support::HOSTILE),
        PathBuf::from(support::EARLIER),
    ];
    let mut dirs = vec![PathBuf::from("tests/fixtures/answers")];
    for entry in std::fs::read_dir("tests/fixtures/verdicts").unwrap() {
        dirs.push(entry.unwrap().path());
    }
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        found.extend(files);
    }
    found
}

/// `path` scored in each of `langs` (nothing when it does not score against a framework).
fn contexts(path: &Path, langs: &[&str]) -> Vec<ReportContext> {
    let Ok(parsed) = load_sheet(path) else {
        return Vec::new();
    };
    let fw = if path.starts_with("tests/fixtures/report") {
        integra::framework::from_path(Path::new(support::FRAMEWORK)).unwrap()
    } else {
        match parsed.find_framework(None) {
            Ok(found) => found.framework,
            Err(_) => return Vec::new(),
        }
    };
    let Ok(sheet) = parsed.against(&fw) else {
        return Vec::new();
    };
    langs
        .iter()
        .map(|lang| ReportContext::build(&fw, &sheet, &score(&fw, &sheet.answers, lang)))
        .collect()
}

#[test]
fn integra_writes_the_rows_the_documented_loop_writes() {
    let builtin = Template::builtin(ReportFormat::Html).unwrap();
    let looping = looping_template();
    let mut compared = 0;
    let langs = ["en", "fr", "es", "ru"];
    for (i, path) in sessions().iter().enumerate() {
        // The report fixtures in every language; the others each in one, in turn (a
        // debug build takes a quarter of a second a report of the default framework).
        let some = if path.starts_with("tests/fixtures/report") {
            &langs[..]
        } else {
            &langs[i % 4..=i % 4]
        };
        for ctx in contexts(path, some) {
            let lang = &ctx.language;
            let ours = report::render_with(&ctx, ReportFormat::Html, &builtin).unwrap();
            let theirs = report::render_with(&ctx, ReportFormat::Html, &looping).unwrap();
            assert!(ours.contains("<tr class=\"status-"), "{}", path.display());
            if ours != theirs {
                let at = ours
                    .bytes()
                    .zip(theirs.bytes())
                    .position(|(a, b)| a != b)
                    .unwrap_or(ours.len().min(theirs.len()));
                let from = at.saturating_sub(200);
                panic!(
                    "{} in {lang}: differs at byte {at}\nintegra: {}\nloop:    {}",
                    path.display(),
                    &ours[from..(at + 200).min(ours.len())],
                    &theirs[from..(at + 200).min(theirs.len())],
                );
            }
            compared += 1;
        }
    }
    // The report fixtures in four languages, and most other fixtures.
    assert!(compared >= 3 * 4 + 20, "only {compared} reports compared");
}

#[test]
fn a_summary_report_has_no_rows_and_a_template_of_ones_own_still_gets_questions() {
    let ctx = contexts(Path::new(support::SESSION), &["en"]).remove(0);
    let summary = ctx.clone().with_detail(report::Detail::Summary);
    let html = report::render_with(
        &summary,
        ReportFormat::Html,
        &Template::builtin(ReportFormat::Html).unwrap(),
    )
    .unwrap();
    assert!(!html.contains("<tr class=\"status-"));
    let own = Template {
        name: "mine.html.tera".into(),
        text: "{{ questions | length }} {{ question_rows | length }}".into(),
        origin: TemplateOrigin::File(PathBuf::from("mine.html.tera")),
    };
    let out = report::render_with(&ctx, ReportFormat::Html, &own).unwrap();
    let principles = ctx
        .principles
        .iter()
        .filter(|p| ctx.questions.iter().any(|q| q.principle == p.id))
        .count();
    assert_eq!(out, format!("{} {principles}", ctx.questions.len()));
}
