//! `integra merge A.toml B.toml ... -o merged.toml`: breakout groups' sessions of one
//! framework combined into one workshop session (see `session::merge`), written privately
//! and atomically; what the groups disagreed on is listed.
//!
//! Must not: settle what the groups disagree on (the room does), or write other than atomically and
//! privately.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{CliError, Outcome, cannot_write, refusal};
use crate::answers::{ParsedSheet, in_words, load_sheet};
use crate::framework::Framework;
use crate::i18n::{self, Arg, Lang};
use crate::session::merge::{Conflict, Group, group_names, merge};
use crate::session::store::write_atomic;
use crate::session::{clock, workshop};

/// What `integra merge` was asked for.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub sessions: &'a [PathBuf],
    pub output: &'a Path,
    pub framework: Option<&'a str>,
    /// The language of integra's own words (`--lang`, else the environment's), chosen by
    /// `cli::run`.
    pub words: Lang,
}

pub fn run(req: &Request<'_>) -> Outcome {
    let words = req.words;
    if req.output.exists() {
        return Err(refusal(
            crate::msg!("cli-merge-exists", path = req.output.display().to_string()),
            crate::msg!("cli-merge-exists-hint"),
        ));
    }
    let mut parsed = Vec::new();
    for path in req.sessions {
        parsed.push((path, load_sheet(path)?));
    }
    refuse_other_frameworks(&parsed)?;
    let Some((_, first)) = parsed.first() else {
        return Err(crate::msg!("cli-aggregate-no-sessions").into());
    };
    let fw = first.framework(req.framework)?;
    let stems: Vec<String> = parsed
        .iter()
        .map(|(p, _)| {
            p.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    let mut groups = Vec::new();
    for ((path, p), name) in parsed.into_iter().zip(group_names(&stems)) {
        let (workshop, dropped) = workshop::file::read(p.session(), &fw);
        // A vote that no longer fits would be lost without a word: refuse instead.
        if let Some(d) = dropped.first() {
            return Err(crate::msg!(
                "cli-merge-unfit-vote",
                path = path.display().to_string(),
                problem = d.text.clone()
            )
            .into());
        }
        let sheet = p.against(&fw)?;
        groups.push(Group {
            name,
            sheet,
            workshop,
        });
    }
    let (mut session, conflicts) = merge(&groups, req.output.to_path_buf());
    session.sheet.version = Some(fw.version.clone());
    session.sheet.hash = Some(fw.hash.clone());
    let now = clock::now();
    session.record.created = Some(now.clone());
    session.record.updated = Some(now);
    write_atomic(req.output, session.to_toml().as_bytes())
        .map_err(|e| cannot_write(req.output, &e))?;
    let lang = session.language().to_owned();
    let args: [(&str, Arg); 2] = [
        ("n", groups.len().into()),
        ("path", req.output.display().to_string().into()),
    ];
    errln!("{}", i18n::tr_args(words, "cli-merge-wrote", &args));
    errln!(
        "{}",
        i18n::tr_args(
            words,
            "cli-merge-conflicts",
            &[("n", conflicts.len().into())]
        )
    );
    for c in &conflicts {
        errln!("  - {}", describe(&fw, c, words, &lang));
    }
    Ok(ExitCode::SUCCESS)
}

/// Refuses sessions of another framework id or version than the first, naming each file.
fn refuse_other_frameworks(parsed: &[(&PathBuf, ParsedSheet)]) -> Result<(), CliError> {
    let Some((first_path, first)) = parsed.first() else {
        return Ok(());
    };
    for (path, p) in &parsed[1..] {
        let other_version = matches!((p.version(), first.version()), (Some(a), Some(b)) if a != b);
        if p.framework_id() != first.framework_id() || other_version {
            return Err(refusal(
                crate::msg!(
                    "cli-merge-other-framework",
                    path = path.display().to_string(),
                    id = p.framework_id(),
                    version = p.version().unwrap_or("?"),
                    first = first_path.display().to_string(),
                    first_id = first.framework_id(),
                    first_version = first.version().unwrap_or("?")
                ),
                crate::msg!("cli-merge-other-framework-hint"),
            ));
        }
    }
    Ok(())
}

/// One disagreement in words.
fn describe(fw: &Framework, c: &Conflict, words: Lang, lang: &str) -> String {
    match c {
        Conflict::Answer { question, answers } => {
            let list = answers
                .iter()
                .map(|(g, r)| {
                    let said = fw
                        .question(question)
                        .map_or_else(String::new, |q| in_words(fw, q, r, lang));
                    format!("{g} '{said}'")
                })
                .collect::<Vec<_>>()
                .join(", ");
            let args = [
                ("question", question.as_str().into()),
                ("answers", list.into()),
            ];
            i18n::tr_args(words, "cli-merge-conflict-answer", &args)
        }
        Conflict::Fact { key, values } => {
            let list = values
                .iter()
                .map(|(g, v)| format!("{g} '{v}'"))
                .collect::<Vec<_>>()
                .join(", ");
            // The fact's name as the wizard's setup screen shows it.
            let name = i18n::tr(words, &format!("ui-field-{key}"));
            let args = [("key", name.into()), ("values", list.into())];
            i18n::tr_args(words, "cli-merge-conflict-fact", &args)
        }
        Conflict::Action { question } => i18n::tr_args(
            words,
            "cli-merge-conflict-action",
            &[("question", question.as_str().into())],
        ),
    }
}
