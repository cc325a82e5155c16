//! `integra preview FILE`: a dry run for authors. The file is checked as `integra validate`
//! checks it (errors stop here; warnings are shown and the preview goes on), then the wizard
//! walks through it with nothing saved and no export.
//!
//! Must not: save or export anything: the wizard runs with saving off.

use std::path::Path;
use std::process::ExitCode;

use super::{CliError, Format, Outcome, validate};
use crate::i18n::Lang;
use crate::tui::{self, Options, Saving};

pub fn run(file: &Path, lang: Option<String>, present: bool, ascii: bool, words: Lang) -> Outcome {
    // The framework checked is freed here: the wizard reads it again.
    if validate::check(&[file.to_path_buf()], Format::Text, words).0 != ExitCode::SUCCESS {
        return Err(crate::msg!("cli-preview-fix", file = file.display().to_string()).into());
    }
    // A path, even a bare file name: the framework is the file, never a catalogued id.
    let spec = if file.components().count() == 1 {
        Path::new(".").join(file)
    } else {
        file.to_path_buf()
    };
    tui::run(&Options {
        framework: Some(spec.display().to_string()),
        session: None,
        lang,
        present,
        ascii,
        saving: Saving::Preview,
    })
    .map_err(CliError::Wizard)
}
