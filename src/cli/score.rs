//! `integra score ANSWERS.toml`: the scorecard for a hand-written or saved answers file.
//!
//! Must not: score by rules of its own (that is `scoring`'s) or write files: the scorecard goes to
//! standard output.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{Format, Outcome};
use crate::answers::load_sheet;
use crate::framework::Framework;
use crate::i18n::{Lang, tr, tr_args};
use crate::scoring::{Scorecard, score};

/// Problems in the answers file are told in `words`, the reader's language.
pub fn run(
    path: &Path,
    framework: Option<&str>,
    format: Format,
    lang: Option<&str>,
    words: Lang,
) -> Outcome {
    let parsed = load_sheet(path)?;
    let found = parsed.find_framework(framework)?;
    say_which_copy(&found, words);
    let fw = found.framework;
    let sheet = parsed.against(&fw)?;
    if sheet.version.as_deref().is_none_or(|v| v == fw.version)
        && sheet.hash.as_deref().is_some_and(|h| h != fw.hash)
    {
        let args = [("id", fw.id.as_str().into())];
        errln!(
            "{}: {}",
            tr(words, "diag-warning"),
            tr_args(words, "cli-score-hash-changed", &args)
        );
    }
    if let Some(v) = sheet.version.as_deref().filter(|v| *v != fw.version) {
        let args = [
            ("id", fw.id.as_str().into()),
            ("was", v.into()),
            ("now", fw.version.as_str().into()),
        ];
        errln!(
            "{}: {}",
            tr(words, "diag-warning"),
            tr_args(words, "cli-score-version-changed", &args)
        );
    }
    let lang = lang.or(sheet.language.as_deref()).unwrap_or("en");
    let card = score(&fw, &sheet.answers, lang);
    match format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&card)
                .map_err(|e| crate::report::ReportError::Serialise(e.to_string()))?;
            outln!("{}", crate::safe_text::escape_json(&json));
        }
        Format::Text => out!("{}", render_text(&fw, &card)),
    }
    Ok(ExitCode::SUCCESS)
}

/// When several frameworks share the id, names the one used (on standard error), so the
/// reader knows which file the scores come from.
pub(super) fn say_which_copy(found: &crate::framework::catalog::Found, words: Lang) {
    if found.others.is_empty() {
        return;
    }
    let fw = &found.framework;
    let others: Vec<String> = found
        .others
        .iter()
        .map(|(origin, version)| format!("'{origin}' ({version})"))
        .collect();
    let args = [
        ("id", fw.id.as_str().into()),
        ("file", fw.origin.to_string().into()),
        ("version", fw.version.as_str().into()),
        ("others", others.join(", ").into()),
    ];
    errln!(
        "{}: {}",
        tr(words, "diag-note"),
        tr_args(words, "cli-framework-chosen", &args)
    );
}

/// A plain-text scorecard that fits 80 columns.
pub fn render_text(fw: &Framework, card: &Scorecard) -> String {
    let mut out = String::new();
    let lang = card.language.as_str();
    let ui = Lang::or_english(lang);
    let _ = writeln!(out, "{} ({} {})", fw.title.get(lang), fw.id, fw.version);
    let cov = card.overall.coverage;
    match (card.overall.score, &card.overall.band) {
        (Some(s), Some(band)) => {
            let args = [
                ("score", crate::i18n::fixed(s, 1).into()),
                ("band", band.label.as_str().into()),
            ];
            let _ = writeln!(out, "{}", tr_args(ui, "cli-score-overall", &args));
            if card.overall.uncapped_band.as_ref() != Some(band)
                && let Some(u) = &card.overall.uncapped_band
            {
                let args = [("band", u.label.as_str().into())];
                let _ = writeln!(out, "  {}", tr_args(ui, "cli-score-capped", &args));
            }
        }
        _ => {
            let _ = writeln!(out, "{}", tr(ui, "cli-score-none"));
        }
    }
    let args = [
        ("answered", cov.answered.into()),
        ("applicable", cov.applicable.into()),
        ("percent", crate::i18n::fixed(cov.ratio * 100.0, 0).into()),
    ];
    let _ = writeln!(out, "{}\n", tr_args(ui, "ui-results-coverage", &args));
    verdict_text(&mut out, card);
    let _ = writeln!(out, "{}", tr(ui, "ui-results-principles"));
    for p in &card.principles {
        let title: String = p.title.chars().take(38).collect();
        let (num, bar) = match p.score {
            Some(s) => (format!("{s:5.1}"), bar(s)),
            None => ("    -".to_owned(), " ".repeat(10)),
        };
        let _ = writeln!(
            out,
            "  {title:<38} {num} {bar} {}/{}",
            p.coverage.answered, p.coverage.applicable
        );
    }
    let failed: Vec<_> = card.gates.iter().filter(|g| !g.passed).collect();
    if !failed.is_empty() {
        let _ = writeln!(out, "\n{}", tr(ui, "cli-score-gates"));
        for g in failed {
            let state = if g.status == crate::scoring::GateStatus::NotAssessed {
                format!(" {}", tr(ui, "ui-results-not-assessed"))
            } else {
                String::new()
            };
            let _ = writeln!(out, "  x {}{state}: {}", g.id, g.reason);
        }
    }
    if !card.actions.is_empty() {
        let _ = writeln!(out, "\n{}", tr(ui, "cli-score-actions"));
        for (i, a) in card.actions.iter().take(5).enumerate() {
            let points = [("points", crate::i18n::fixed(a.priority, 1).into())];
            let _ = writeln!(
                out,
                "  {}. [{}] {} {}",
                i + 1,
                a.question,
                crate::report::verdict::action_text(a, ui),
                tr_args(ui, "ui-results-points", &points)
            );
        }
    }
    out
}

/// Every limit on the band (binding ones first) and what would lift it.
fn verdict_text(out: &mut String, card: &Scorecard) {
    let lang = card.language.as_str();
    let ui = Lang::or_english(lang);
    let info = crate::report::verdict::info(card, ui);
    if info.limits.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}", tr(ui, "verdict-heading"));
    for l in &info.limits {
        let mark = if l.binding { '!' } else { '-' };
        let text = crate::report::verdict::wrapped(&format!("{mark} {}", l.text), 78, 2);
        let _ = writeln!(out, "  {}", text.replace('\n', "\n  "));
    }
    if let Some(lift) = &info.lift {
        let text = crate::report::verdict::wrapped(&format!("=> {}", lift.text), 78, 3);
        let _ = writeln!(out, "  {}", text.replace('\n', "\n  "));
    }
    out.push('\n');
}

fn bar(score: f64) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let filled = ((score / 10.0).round() as usize).min(10);
    format!("{}{}", "#".repeat(filled), ".".repeat(10 - filled))
}
