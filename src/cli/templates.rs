//! `integra templates [--export DIR]`: which report templates are in use, and a copy of the
//! built-in ones to start an override from.

use std::path::Path;
use std::process::ExitCode;

use super::Outcome;
use crate::paths;
use crate::report::ReportFormat;
use crate::report::templates::{self, export, file_name, user_override};

pub fn run(export_dir: Option<&Path>, force: bool) -> Outcome {
    if let Some(dir) = export_dir {
        let written = export(dir, force).map_err(|e| e.to_string())?;
        for path in &written {
            outln!("wrote {}", path.display());
        }
        if let Some(user) = paths::templates_dir() {
            outln!(
                "\nEdit them, then copy the ones you changed to '{}' to use them for every report,",
                user.display()
            );
            outln!("or pass one with `integra report --template FILE`.");
        }
        return Ok(ExitCode::SUCCESS);
    }
    outln!(
        "Report templates (tera); a file of the same name in the user folder replaces the built-in one."
    );
    if let Some(dir) = paths::templates_dir() {
        outln!("User folder: {}\n", dir.display());
    } else {
        outln!("User folder: none on this system\n");
    }
    for format in ReportFormat::ALL.into_iter().filter(|f| f.is_templated()) {
        let source = user_override(format)
            .map_or_else(|| "built-in".to_owned(), |p| p.display().to_string());
        outln!("  {:<18} {source}", file_name(format));
    }
    outln!("  {:<18} not templated: the report data itself", "(json)");
    outln!(
        "  {:<18} not templated: built from the report data",
        "(docx)"
    );
    for (name, _) in templates::BUILTIN
        .iter()
        .filter(|(n, _)| n.starts_with("aggregate."))
    {
        let source = templates::user_override_named(name)
            .map_or_else(|| "built-in".to_owned(), |p| p.display().to_string());
        outln!("  {name:<18} {source}");
    }
    outln!(
        "\n{} built-in templates; `integra templates --export DIR` writes copies.",
        templates::BUILTIN.len()
    );
    Ok(ExitCode::SUCCESS)
}
