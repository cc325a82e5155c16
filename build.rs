//! Compresses the text embedded in the binary with raw DEFLATE (~0.2 MB instead of ~0.7 MB)
//! and records each file's SHA-256 (`sha256:HEX`, as `framework::content_hash` writes it), so
//! start-up neither carries nor hashes more than it needs. `src/embedded.rs` inflates on use.
//!
//! integra's catalogues (`i18n/*.ftl`) are one piece each, and also cut by the first word of
//! each key (`ui`, `cli`, `diag`, …: see `CATALOGUE_GROUPS`), so the wizard's first screen
//! parses its own messages only (no message refers to another). A framework is cut at its first
//! table (the header before it: id, version, title, description, languages) and at its
//! `[translations.LANG]` tables: the English body, then for each language its title and
//! description (the start screen shows them in every language) and the rest. The start
//! screen reads the headers only; an assessment reads the body and one language. The pieces
//! put back in order are the file, byte for byte; a file laid out otherwise stays one piece.
//!
//! Also compressed: the report templates (`templates/*.tera`), `integra schema`'s text
//! (`src/framework/schema.json`) and `integra new`'s example (`src/cli/scaffold.toml`).
//! Release builds for Linux are linked without unwinding tables (see
//! [`without_unwind_tables`]).

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use sha2::{Digest, Sha256};

fn main() {
    let Some(out) = env::var_os("OUT_DIR").map(std::path::PathBuf::from) else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    let mut catalogues = Vec::new();
    for (dir, ext) in [("frameworks", "toml"), ("i18n", "ftl")] {
        for (name, text) in sources(dir, ext) {
            write(&out, &format!("{name}.sha256"), hash(&text).as_bytes());
            if ext == "toml" {
                split(&out, &name, &text);
            } else {
                write(&out, &format!("{name}.deflate"), &pack(&text));
                catalogues.push((name, text));
            }
        }
    }
    groups(&out, &catalogues);
    // The built-in report templates, inflated when a report is written.
    for (name, text) in sources("templates", "tera") {
        write(&out, &format!("{name}.deflate"), &pack(&text));
    }
    // `integra schema`'s text, generated from the model by a test (src/framework/schema.rs),
    // and `integra new`'s commented example framework.
    for (file, name) in [
        ("src/framework/schema.json", "schema.json"),
        ("src/cli/scaffold.toml", "scaffold.toml"),
    ] {
        println!("cargo::rerun-if-changed={file}");
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        write(&out, &format!("{name}.deflate"), &pack(&text));
    }
    without_unwind_tables(&out);
}

/// Release builds for Linux link the program without its unwinding tables (`.eh_frame`,
/// `.eh_frame_hdr`: 0.46 MB, an eighth of the binary). The release profile aborts on panic,
/// so nothing unwinds; the tables would only serve a `RUST_BACKTRACE` backtrace, which in a
/// stripped binary names no function anyway. The panic hook (the terminal given back, the
/// message) does not need them. The script is an addition to the linker's own (`INSERT`);
/// test and debug builds, which unwind, keep the tables.
fn without_unwind_tables(out: &Path) {
    let release = env::var("PROFILE").is_ok_and(|p| p == "release");
    let linux = env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    // For a linker that reads no linker scripts (mold), or to keep backtraces.
    println!("cargo::rerun-if-env-changed=INTEGRA_KEEP_UNWIND_TABLES");
    let keep = env::var_os("INTEGRA_KEEP_UNWIND_TABLES").is_some();
    if !(release && linux) || keep {
        return;
    }
    // The C start files' own entries stay: musl's (static builds, `scripts/release`) register
    // the table they begin and end, and do not link without it.
    let script = "SECTIONS\n{\n  /DISCARD/ : { EXCLUDE_FILE(*crtbegin*.o *crtend*.o) *(.eh_frame) }\n}\nINSERT AFTER .text;\n";
    write(out, "no-unwind-tables.ld", script.as_bytes());
    let path = out.join("no-unwind-tables.ld");
    // Given with `-T`: GNU ld reads an `INSERT` script only so, and lld (Rust's default
    // linker here) either way.
    for kind in ["bins", "examples"] {
        println!("cargo::rustc-link-arg-{kind}=-T");
        println!("cargo::rustc-link-arg-{kind}={}", path.display());
    }
}

/// The files of `dir` ending in `.ext`, as (file name, text), each watched for changes so
/// the build runs again when one is edited, added or removed.
fn sources(dir: &str, ext: &str) -> Vec<(String, String)> {
    println!("cargo::rerun-if-changed={dir}");
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read '{dir}': {e}"));
    let mut found = Vec::new();
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("cannot list '{dir}': {e}"))
            .path();
        if path.extension().is_some_and(|e| e == ext) {
            println!("cargo::rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_else(|| panic!("{} has no UTF-8 name", path.display()))
                .to_owned();
            found.push((name, text));
        }
    }
    found
}

fn write(out: &Path, name: &str, bytes: &[u8]) {
    let target = out.join(name);
    fs::write(&target, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
}

fn pack(text: &str) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10)
}

fn hash(text: &str) -> String {
    let mut out = String::from("sha256:");
    for b in Sha256::digest(text.as_bytes()) {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Writes the pieces of a framework and `NAME.rs`, a `Split` expression naming them.
fn split(out: &Path, name: &str, text: &str) {
    let (base, sections) = cut(text);
    let (header, body) = cut_header(&base);
    let dir = out.display().to_string().replace('\\', "/");
    write(out, &format!("{name}.header.deflate"), &pack(header));
    write(out, &format!("{name}.body.deflate"), &pack(body));
    let mut langs = String::new();
    for (lang, head, rest) in &sections {
        write(out, &format!("{name}.{lang}.head.deflate"), &pack(head));
        write(out, &format!("{name}.{lang}.rest.deflate"), &pack(rest));
        let _ = write!(
            langs,
            "crate::embedded::Translation {{ lang: {lang:?}, head: include_bytes!(\"{dir}/{name}.{lang}.head.deflate\"), rest: include_bytes!(\"{dir}/{name}.{lang}.rest.deflate\") }},"
        );
    }
    let heads: String = sections.iter().map(|(_, head, _)| head.as_str()).collect();
    let digest = digest(name, header, &heads);
    let code = format!(
        "crate::embedded::Split {{ name: {name:?}, hash: include_str!(\"{dir}/{name}.sha256\"), header: include_bytes!(\"{dir}/{name}.header.deflate\"), body: include_bytes!(\"{dir}/{name}.body.deflate\"), translations: &[{langs}], digest: {digest} }}"
    );
    write(out, &format!("{name}.rs"), code.as_bytes());
}

/// The header keys `digest` knows; any other key in a framework's header stops the build,
/// so the start screen never silently lacks something the file says.
const HEADER_KEYS: [&str; 8] = [
    "id",
    "version",
    "title",
    "description",
    "authors",
    "licence",
    "languages",
    "sources",
];

/// The framework's header (`header`, the keys before its first table, and `heads`, each
/// translation table's title and description), read at build time into a
/// `crate::embedded::Digest` expression: the start screen then parses no TOML at all.
fn digest(name: &str, header: &str, heads: &str) -> String {
    let table: toml::Table =
        toml::from_str(header).unwrap_or_else(|e| panic!("{name}: the header does not read: {e}"));
    if let Some(key) = table.keys().find(|k| !HEADER_KEYS.contains(&k.as_str())) {
        panic!("{name}: header key '{key}' is not in build.rs's HEADER_KEYS");
    }
    let tables: toml::Table =
        toml::from_str(heads).unwrap_or_else(|e| panic!("{name}: the translations: {e}"));
    let translated = |key: &str| -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = match table.get(key) {
            Some(toml::Value::String(s)) => vec![("en".to_owned(), s.clone())],
            Some(toml::Value::Table(t)) => t
                .iter()
                .map(|(l, v)| (l.clone(), v.as_str().unwrap_or_default().to_owned()))
                .collect(),
            _ => Vec::new(),
        };
        let langs = tables.get("translations").and_then(toml::Value::as_table);
        for (lang, t) in langs.into_iter().flatten() {
            let text = t.get(key).and_then(toml::Value::as_str);
            if let Some(text) = text.filter(|_| !out.iter().any(|(l, _)| l == lang)) {
                out.push((lang.clone(), text.to_owned()));
            }
        }
        out
    };
    let text = |key: &str| table.get(key).and_then(toml::Value::as_str);
    let list = |key: &str| -> Vec<&str> {
        table
            .get(key)
            .and_then(toml::Value::as_array)
            .map(|a| a.iter().filter_map(toml::Value::as_str).collect())
            .unwrap_or_default()
    };
    format!(
        "crate::embedded::Digest {{ id: {:?}, version: {:?}, title: &{:?}, description: &{:?}, authors: &{:?}, licence: {:?}, languages: &{:?}, sources: &{:?} }}",
        text("id").unwrap_or_default(),
        text("version").unwrap_or_default(),
        translated("title"),
        translated("description"),
        list("authors"),
        text("licence"),
        list("languages"),
        list("sources"),
    )
}

/// The English body and, per `[translations.LANG]` table, (LANG, header line with the title
/// and description lines that open the table, the other lines). The whole file as the body
/// when anything but translation tables follows the first one.
fn cut(text: &str) -> (String, Vec<(String, String, String)>) {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let lang_of = |line: &str| {
        let t = line.trim();
        t.strip_prefix("[translations.")
            .and_then(|l| l.strip_suffix(']'))
            .filter(|l| {
                l.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
            .map(str::to_owned)
    };
    let Some(first) = lines.iter().position(|l| lang_of(l).is_some()) else {
        return (text.to_owned(), Vec::new());
    };
    let tables_only = lines[first..]
        .iter()
        .all(|l| !l.trim_start().starts_with('[') || lang_of(l).is_some());
    if !tables_only {
        return (text.to_owned(), Vec::new());
    }
    let mut sections: Vec<(String, String, String)> = Vec::new();
    let mut in_head = false;
    for line in &lines[first..] {
        if let Some(lang) = lang_of(line) {
            sections.push((lang, (*line).to_owned(), String::new()));
            in_head = true;
            continue;
        }
        let Some((_, head, rest)) = sections.last_mut() else {
            continue;
        };
        let t = line.trim_start();
        in_head = in_head && (t.starts_with("\"title\" =") || t.starts_with("\"description\" ="));
        if in_head {
            head.push_str(line);
        } else {
            rest.push_str(line);
        }
    }
    (lines[..first].concat(), sections)
}

/// The English body cut before its first table header (`[x]` or `[[x]]` at the start of a
/// line): the top-level keys, and the rest. All of it is the header when it has no table.
fn cut_header(base: &str) -> (&str, &str) {
    let mut at = 0;
    for line in base.split_inclusive('\n') {
        if line.starts_with('[') {
            return base.split_at(at);
        }
        at += line.len();
    }
    (base, "")
}

/// The group of a catalogue key: its first word, and for the wizard's own (`ui-…`, the
/// largest part) its first two, so a screen parses only the messages of the kinds it shows.
/// `src/i18n.rs` has the same rule; the text before the first key is group "".
fn group_of(key: &str) -> String {
    let mut words = key.split('-');
    let first = words.next().unwrap_or("");
    match (first, words.next()) {
        ("ui", Some(second)) => format!("ui-{second}"),
        _ => first.to_owned(),
    }
}

/// Cuts each catalogue into its groups (see [`group_of`]) and writes `NAME.groups.rs`, an
/// array of their `Packed` pieces, and `catalogue_groups.rs`, the sorted names of the groups
/// of all catalogues (the same for each, a group a language lacks being empty).
/// A message is its `key =` line and the lines below it up to the next key; comments and
/// blank lines go with the message above (Fluent ignores them).
fn groups(out: &Path, catalogues: &[(String, String)]) {
    let cut = |text: &str| {
        let mut parts: std::collections::BTreeMap<String, String> =
            std::collections::BTreeMap::new();
        let mut current = String::new();
        for line in text.split_inclusive('\n') {
            if line.starts_with(|c: char| c.is_ascii_lowercase()) {
                current = group_of(line.split([' ', '=']).next().unwrap_or(""));
            }
            parts.entry(current.clone()).or_default().push_str(line);
        }
        parts
    };
    let cuts: Vec<_> = catalogues.iter().map(|(_, text)| cut(text)).collect();
    let mut names: Vec<String> = cuts.iter().flat_map(|c| c.keys().cloned()).collect();
    names.push(String::new());
    names.sort();
    names.dedup();
    let dir = out.display().to_string().replace('\\', "/");
    for ((name, _), parts) in catalogues.iter().zip(&cuts) {
        let mut code = String::from("[");
        for (i, group) in names.iter().enumerate() {
            let part = parts.get(group).map_or("", String::as_str);
            write(out, &format!("{name}.{i}.deflate"), &pack(part));
            let _ = write!(
                code,
                "crate::embedded::Packed::new({name:?}, \"\", include_bytes!(\"{dir}/{name}.{i}.deflate\")),"
            );
        }
        code.push(']');
        write(out, &format!("{name}.groups.rs"), code.as_bytes());
    }
    let code = format!(
        "/// The catalogue groups (see `build.rs`), sorted.\nconst GROUPS: [&str; {}] = {names:?};\n",
        names.len()
    );
    write(out, "catalogue_groups.rs", code.as_bytes());
}
