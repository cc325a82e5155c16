//! `integra new NAME [--from ID] [-o PATH]`: a framework file to start from.
//!
//! From scratch it writes `scaffold.toml`, a small framework that shows every part of the
//! format with a comment per setting in plain words (it must stay at 0 errors and 0 warnings:
//! a starting point that warns would teach authors to ignore warnings). With `--from` it copies
//! a framework integra can find, giving the copy its own id, title and version and a header
//! comment saying where it came from. Either way the file goes into the user's framework folder
//! (where `integra` finds it by id) unless `-o` says otherwise, and an existing file is never
//! overwritten.
//!
//! Must not: overwrite an existing file, or write a starting point that has errors or warnings.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{CliError, Outcome, cannot_write, refusal};
use crate::diagnostic::Msg;
use crate::framework::{self, Framework, Origin, catalog};
use crate::i18n::Lang;
use crate::paths;
use crate::session::{clock, store};

/// The commented example framework (`scaffold.toml`, stored compressed by `build.rs`);
/// `{{...}}` placeholders are filled in by [`scaffold`].
const SCAFFOLD: crate::embedded::Packed = crate::embedded::Packed::new(
    "scaffold.toml",
    "",
    include_bytes!(concat!(env!("OUT_DIR"), "/scaffold.toml.deflate")),
);

/// What `integra new` was asked for.
pub struct Request<'a> {
    pub name: &'a str,
    pub from: Option<&'a str>,
    pub title: Option<&'a str>,
    pub output: Option<&'a Path>,
}

pub fn run(req: &Request, lang: Lang) -> Outcome {
    let id = framework_id(req.name)?;
    // "Peer Services" reads as a title already; "peer-services" is turned into one.
    let name = req.name.trim();
    let title = match req.title {
        Some(t) => t.to_owned(),
        None if name.contains(' ') && !name.contains(['/', '\\']) => name.to_owned(),
        None => title_from(&id),
    };
    let path = destination(&id, req.output)?;
    if path.symlink_metadata().is_ok() {
        return Err(refusal(
            crate::msg!("cli-new-exists", path = path.display().to_string()),
            crate::msg!("cli-new-exists-hint"),
        ));
    }
    refuse_shadowing(&id, req.from)?;
    let text = match req.from {
        None => scaffold(&id, &title, &path),
        Some(spec) => {
            let source = catalog::resolve(spec)?;
            copy_of(&source, &id, &title)?
        }
    };
    // The file must load as written: anything else is a bug here, and the author would start
    // from a broken file.
    framework::from_str(
        &path.display().to_string(),
        &text,
        Origin::File(path.clone()),
    )
    .map_err(|e| {
        let detail = Msg::each(|lang| e.render_in(lang));
        crate::diagnostic::Problem::new(crate::msg!("cli-new-internal-load"))
            .with_detail(detail)
            .with_hint(crate::msg!("cli-internal-hint"))
    })?;
    store::write_atomic(&path, text.as_bytes()).map_err(|e| cannot_write(&path, &e))?;
    print_next_steps(&id, &path, lang);
    Ok(ExitCode::SUCCESS)
}

/// The framework id NAME stands for: NAME itself when it is a valid id, else NAME with spaces
/// and punctuation turned into `-` and letters lowered (`"Peer Work 2"` → `peer-work-2`).
/// A trailing `.toml` is dropped, so `integra new my-fw.toml` works too.
pub fn framework_id(name: &str) -> Result<String, CliError> {
    let trimmed = name.trim();
    let base = trimmed
        .strip_suffix(".toml")
        .unwrap_or(trimmed)
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default();
    let unusable = |why: Msg| {
        refusal(
            crate::msg!("cli-new-bad-id", name = name, why = why),
            crate::msg!("cli-new-bad-id-hint"),
        )
    };
    if let Some(c) = base.chars().find(|c| !c.is_ascii() && !c.is_whitespace()) {
        return Err(unusable(crate::msg!(
            "cli-new-bad-char",
            char = c.to_string()
        )));
    }
    let mut id = String::new();
    for c in base.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_matches('-').to_owned();
    if id.is_empty() {
        return Err(unusable(crate::msg!("cli-new-no-letters")));
    }
    if id.len() > 100 {
        return Err(unusable(crate::msg!("cli-new-too-long", length = id.len())));
    }
    Ok(id)
}

/// A readable title from an id: `peer-work_2` → `Peer work 2`.
fn title_from(id: &str) -> String {
    let words = id.replace(['-', '_'], " ");
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Where the file goes: `-o PATH` (a folder gets `ID.toml` inside it), else the user's
/// framework folder.
fn destination(id: &str, output: Option<&Path>) -> Result<PathBuf, CliError> {
    let file = format!("{id}.toml");
    match output {
        Some(p) if p.is_dir() => Ok(p.join(file)),
        Some(p) => Ok(p.to_path_buf()),
        None => paths::frameworks_dir()
            .map(|d| d.join(file))
            .ok_or_else(|| {
                refusal(
                    crate::msg!("cli-new-no-folder"),
                    crate::msg!("cli-new-no-folder-hint"),
                )
            }),
    }
}

/// A second framework with an existing id would hide the first one (the nearest copy wins),
/// which is only wanted when adapting that very framework (`--from ID` with the same id).
fn refuse_shadowing(id: &str, from: Option<&str>) -> Result<(), CliError> {
    if from == Some(id) {
        return Ok(());
    }
    let taken = catalog::discover()
        .into_iter()
        .find_map(|e| match e.result {
            Ok(fw) if fw.id == id => Some(e.origin),
            _ => None,
        });
    match taken {
        Some(origin) => {
            let origin = origin.to_string();
            Err(refusal(
                crate::msg!("cli-new-taken", id = id, origin = origin.as_str()),
                crate::msg!("cli-new-taken-hint", id = id, origin = origin),
            ))
        }
        None => Ok(()),
    }
}

/// The example framework with its id, title and path filled in.
fn scaffold(id: &str, title: &str, path: &Path) -> String {
    let shown = path.display().to_string();
    let shown = if shown.contains(char::is_whitespace) {
        format!("\"{shown}\"")
    } else {
        shown
    };
    SCAFFOLD
        .text()
        .replace("{{TITLE_COMMENT}}", &one_line(title))
        .replace("{{PATH}}", &one_line(&shown))
        .replace("{{ID}}", id)
        .replace("{{TITLE}}", &toml_string(title))
}

/// `source`'s own file text with a header comment and a new id, title and version.
fn copy_of(source: &Framework, id: &str, title: &str) -> Result<String, CliError> {
    let text = catalog::source_text(source).ok_or_else(|| {
        refusal(
            crate::msg!("cli-new-source-unreadable", id = source.id.as_str()),
            crate::msg!("cli-new-source-unreadable-hint"),
        )
    })?;
    let span = |key: &str| {
        source.loc.fields.get(key).cloned().ok_or_else(|| {
            refusal(
                crate::msg!("cli-new-internal-field", key = key),
                crate::msg!("cli-internal-hint"),
            )
        })
    };
    let mut edits: Vec<(Range<usize>, String)> = vec![
        (span("id")?, toml_string(id)),
        (span("title")?, toml_string(title)),
        (span("version")?, toml_string("0.1.0")),
    ];
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut body = text;
    for (range, value) in edits {
        body.replace_range(range, &value);
    }
    let header = format!(
        "# '{id}': adapted from '{from}' version {version} ({hash}),\n\
         # copied by `integra new` on {today}. The copy has its own id, so answers given to\n\
         # '{from}' are not mixed with answers to this framework (`integra migrate` carries\n\
         # them across). Translations of the title below, if any, still name the original.\n\n",
        from = source.id,
        version = one_line(&source.version),
        hash = source.hash,
        today = clock::today(),
    );
    Ok(header + &body)
}

fn print_next_steps(id: &str, path: &Path, lang: Lang) {
    use crate::i18n::{tr, tr_args};
    let p = path.display();
    let args = [("path", p.to_string().into()), ("id", id.into())];
    outln!("{}", tr_args(lang, "cli-new-created", &args));
    outln!();
    outln!("{}", tr(lang, "cli-new-next"));
    outln!("  1. {}", tr(lang, "cli-new-step-edit"));
    outln!(
        "  2. integra validate {p}   {}",
        tr(lang, "cli-new-step-validate")
    );
    outln!(
        "  3. integra preview {p}    {}",
        tr(lang, "cli-new-step-preview")
    );
    outln!(
        "  4. integra outline {p}    {}",
        tr(lang, "cli-new-step-outline")
    );
    let ready = tr(lang, "cli-new-ready");
    let in_search = catalog::search_dirs()
        .iter()
        .any(|d| path.parent().is_some_and(|p| same_dir(p, d)));
    if in_search {
        outln!("{ready} integra run --framework {id}");
    } else {
        outln!("{ready} integra run --framework {p}");
    }
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// A TOML basic string holding `s`, quotes and escapes included.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// `s` with line breaks and other control characters replaced by spaces, safe in a comment.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Source;
    use crate::framework::lint::lint;

    #[test]
    fn the_stored_example_is_the_file_inflated() {
        assert_eq!(SCAFFOLD.text(), include_str!("scaffold.toml"));
    }

    fn load(text: &str) -> Framework {
        framework::from_str("new.toml", text, Origin::Embedded).unwrap_or_else(|e| {
            panic!("{}", e.render());
        })
    }

    #[test]
    fn the_scaffold_loads_with_no_warnings_and_teaches_every_part() {
        let text = scaffold(
            "peer-services",
            "Peer \"services\"\nreview",
            Path::new("x.toml"),
        );
        let fw = load(&text);
        let warnings = lint(&fw);
        assert!(
            warnings.is_empty(),
            "{}",
            Source {
                name: "new.toml",
                text: &text
            }
            .render_all(&warnings)
        );
        assert_eq!(fw.id, "peer-services");
        assert_eq!(fw.title.get("en"), "Peer \"services\"\nreview");
        assert!(!fw.scales.is_empty() && !fw.gates.is_empty() && fw.bands.len() >= 2);
        assert!(fw.principles.len() >= 2);
        let kinds: std::collections::BTreeSet<String> = fw
            .questions()
            .map(|q| format!("{:?}", q.kind).to_lowercase())
            .collect();
        assert!(kinds.len() >= 5, "{kinds:?}");
        assert!(fw.questions().any(|q| q.show_if.is_some()));
        assert!(fw.questions().all(|q| q.help.is_some()));
        assert!(text.contains("[translations.fr]"));
        assert_eq!(fw.principles[1].title.get("fr"), "Services et orientations");
        assert!(!text.contains("{{"), "every placeholder is filled");
    }

    #[test]
    fn a_copy_of_each_built_in_framework_loads_with_a_new_identity() {
        for original in catalog::embedded_all() {
            let text = copy_of(&original, "our-copy", "Our copy").unwrap();
            let fw = load(&text);
            assert_eq!((fw.id.as_str(), fw.version.as_str()), ("our-copy", "0.1.0"));
            assert_eq!(fw.title.get("en"), "Our copy");
            assert_eq!(
                fw.questions().count(),
                original.questions().count(),
                "{}",
                original.id
            );
            assert!(text.starts_with(&format!("# 'our-copy': adapted from '{}'", original.id)));
            // A copy warns exactly as its original; the originals' own warnings are checked
            // against a known list in tests/it/cli.rs (`shipped_frameworks_warn_only_as_known`).
            let messages =
                |f: &Framework| -> Vec<String> { lint(f).into_iter().map(|d| d.message).collect() };
            assert_eq!(messages(&fw), messages(&original), "{}", original.id);
        }
    }

    #[test]
    fn names_become_ids_or_are_refused_with_a_reason() {
        assert_eq!(framework_id("peer-services").unwrap(), "peer-services");
        assert_eq!(framework_id("Peer Work 2").unwrap(), "peer-work-2");
        assert_eq!(framework_id("  my_fw.toml ").unwrap(), "my_fw");
        assert_eq!(framework_id("drafts/next.toml").unwrap(), "next");
        assert_eq!(framework_id("a -- b!").unwrap(), "a-b");
        let accent = framework_id("café").unwrap_err().to_string();
        assert!(accent.contains("'é' is not allowed"), "{accent}");
        assert!(
            framework_id("!!!")
                .unwrap_err()
                .to_string()
                .contains("no letters or digits")
        );
        assert!(
            framework_id(&"x".repeat(101))
                .unwrap_err()
                .to_string()
                .contains("at most 100")
        );
        assert_eq!(title_from("peer-work_2"), "Peer work 2");
    }
}
