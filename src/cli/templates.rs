//! `integra templates [--export DIR]`: which report templates are in use, and a copy of the
//! built-in ones to start an override from.
//!
//! Must not: render templates, or overwrite an existing file unless `--force` is given.

use std::path::Path;
use std::process::ExitCode;

use super::Outcome;
use crate::i18n::{Lang, tr, tr_args};
use crate::paths;
use crate::report::templates::{self, export};

pub fn run(export_dir: Option<&Path>, force: bool, lang: Lang) -> Outcome {
    if let Some(dir) = export_dir {
        let written = export(dir, force)?;
        for path in &written {
            let args = [("path", path.display().to_string().into())];
            outln!("{}", tr_args(lang, "cli-templates-wrote", &args));
        }
        if let Some(user) = paths::templates_dir() {
            let args = [("dir", user.display().to_string().into())];
            outln!("\n{}", tr_args(lang, "cli-templates-edit", &args));
            outln!("{}", tr(lang, "cli-templates-or-pass"));
        }
        return Ok(ExitCode::SUCCESS);
    }
    outln!("{}", tr(lang, "cli-templates-intro"));
    if let Some(dir) = paths::templates_dir() {
        let args = [("dir", dir.display().to_string().into())];
        outln!("{}\n", tr_args(lang, "cli-templates-user-folder", &args));
    } else {
        outln!("{}\n", tr(lang, "cli-templates-no-user-folder"));
    }
    let builtin = tr(lang, "cli-templates-builtin");
    // Every built-in template, each with what is in use for it: the list is BUILTIN itself,
    // so a template added there cannot be missing here.
    let width = templates::BUILTIN
        .iter()
        .map(|(name, _)| name.len())
        .max()
        .unwrap_or(0);
    for (name, _) in templates::BUILTIN {
        let source = templates::user_override_named(name)
            .map_or_else(|| builtin.clone(), |p| p.display().to_string());
        outln!("  {name:<width$} {source}");
    }
    outln!("  {:<width$} {}", "(json)", tr(lang, "cli-templates-json"));
    outln!("  {:<width$} {}", "(docx)", tr(lang, "cli-templates-docx"));
    let args = [("count", templates::BUILTIN.len().into())];
    outln!("\n{}", tr_args(lang, "cli-templates-count", &args));
    Ok(ExitCode::SUCCESS)
}
