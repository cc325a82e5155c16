//! `integra translate FILE --lang CODE [-o OUT]`: a translation kit for one language.
//!
//! The framework must load (a kit of a broken file would hide its problems). The block goes to
//! standard output, or to OUT (mode 0600); a summary of what is left to do goes to standard
//! error, so `integra translate f.toml --lang fr >> f.toml` appends the block alone.
//!
//! Must not: write a kit for a framework that does not load, or send anything but the block to
//! standard output.

use std::path::Path;
use std::process::ExitCode;

use super::Outcome;
use crate::framework::{self, Origin, kit, parse};
use crate::i18n::{Lang, tr_args};

pub fn run(file: &Path, lang: &str, output: Option<&Path>, words: Lang) -> Outcome {
    let name = file.display().to_string();
    let text = framework::read_text_file(file).map_err(|e| e.into_load_error(&name))?;
    let fw = framework::from_str(&name, &text, Origin::File(file.to_path_buf()))?;
    if lang == "en"
        || lang.is_empty()
        || !lang
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(super::refusal(
            crate::msg!("cli-translate-lang", lang = lang),
            crate::msg!("cli-translate-lang-hint"),
        ));
    }
    let entries = parse::translation_entries(&text);
    let header = tr_args(
        words,
        "cli-translate-header",
        &[
            ("id", fw.id.as_str().into()),
            ("version", fw.version.as_str().into()),
            ("lang", lang.into()),
        ],
    );
    let check = |source: &str| tr_args(words, "cli-translate-check", &[("source", source.into())]);
    let kit = kit::kit(&fw, &entries, lang, &header, &check);
    if let Some(path) = output {
        crate::report::write_private(path, &kit.block)?;
    } else {
        out!("{}", kit.block);
    }
    let args = [
        ("todo", kit.todo.into()),
        ("check", kit.check.into()),
        ("done", kit.done.into()),
        ("lang", lang.into()),
        ("file", name.as_str().into()),
    ];
    errln!("{}", tr_args(words, "cli-translate-summary", &args));
    Ok(ExitCode::SUCCESS)
}
