//! The command line's shape: subcommands and flags (clap derive). Their doc comments are the
//! English help (`cli/help.rs` puts the other languages in); what each command does lives in
//! its own module under `cli/`.
//!
//! Must not: do any work: the flags only describe the command line, and each command's module acts
//! on them.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use super::{aggregate, report};

/// integra: is your programme ready to integrate HIV, SRHR and harm-reduction services for
/// people who use drugs? Answer a framework's questions, see your readiness score and band.
#[derive(Debug, Parser)]
#[command(name = "integra", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Write nothing until you export (for `integra` alone; `integra run --no-save` too).
    #[arg(long)]
    pub no_save: bool,
    /// Language of the wizard and of framework text (as `integra run --lang`).
    #[arg(long, value_name = "CODE", value_parser = language)]
    pub lang: Option<String>,
    /// Projector mode: large, high contrast, fewer words (as `integra run --present`).
    #[arg(long)]
    pub present: bool,
    /// Draw with ASCII characters only (as `integra run --ascii`).
    #[arg(long)]
    pub ascii: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the frameworks available: id, version, title and where each comes from.
    Frameworks,
    /// Check framework files and report every problem with its line and column.
    Validate {
        /// Framework files to check.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Language of the messages (en, fr, es, ru); default from the environment.
        #[arg(long, value_parser = language)]
        lang: Option<String>,
    },
    /// Score an answers file and print the scorecard.
    Score {
        /// The answers file (TOML): `framework = "id"`, `[meta]`, `[answers]`, `[notes]`.
        answers: PathBuf,
        /// Framework id or path (default: the id the answers file names).
        #[arg(long)]
        framework: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Language for framework text (default: the answers file's, else English).
        #[arg(long, value_parser = language)]
        lang: Option<String>,
    },
    /// Print the JSON Schema of the framework format, for editor completion (Taplo, VS Code).
    Schema,
    /// Open the wizard (what `integra` alone does), on any framework or session file.
    Run {
        /// Framework id or path to preselect (default: the built-in default framework).
        #[arg(long)]
        framework: Option<String>,
        /// Session file to resume, or to create if it does not exist (default: a new file in
        /// the data folder, or a saved session chosen on the start screen).
        #[arg(long)]
        session: Option<PathBuf>,
        /// Language for framework text (e.g. en, fr, es, ru).
        #[arg(long, value_parser = language)]
        lang: Option<String>,
        /// Projector mode: large, high contrast, fewer words (`p` toggles it).
        #[arg(long)]
        present: bool,
        /// Draw with ASCII characters only, for terminals without box-drawing characters.
        #[arg(long)]
        ascii: bool,
        /// Write nothing until you export: exporting writes the reports and the session file.
        #[arg(long)]
        no_save: bool,
    },
    /// Check a framework file, then walk through it in the wizard without saving anything.
    Preview {
        /// The framework file to try out.
        file: PathBuf,
        /// Language for framework text and messages (e.g. en, fr, es, ru).
        #[arg(long, value_parser = language)]
        lang: Option<String>,
        /// Projector mode: large, high contrast, fewer words.
        #[arg(long)]
        present: bool,
        /// Draw with ASCII characters only.
        #[arg(long)]
        ascii: bool,
    },
    /// Print a framework's outline: principles, questions, weights as shares, gates and bands.
    Outline {
        /// Framework id or path (default: the built-in default framework).
        framework: Option<String>,
    },
    /// Write a report of an answers or session file: result, failed gates, scores by principle,
    /// action plan, notes, every answer, and how the scores were computed.
    Report {
        /// The answers or session file (TOML).
        answers: PathBuf,
        /// md, html, txt, json, csv, docx or xlsx (default: from the -o file's extension, else md).
        #[arg(long, value_enum)]
        format: Option<report::FormatArg>,
        /// A tera template to use instead of the built-in one (see `integra templates`).
        #[arg(long, value_name = "FILE")]
        template: Option<PathBuf>,
        /// Write the report to this file (created private to you, mode 0600) instead of printing it.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Language for framework text (default: the answers file's, else English).
        #[arg(long, value_name = "CODE", value_parser = language)]
        lang: Option<String>,
        /// Framework id or path (default: the id the answers file names).
        #[arg(long, value_name = "ID|PATH")]
        framework: Option<String>,
        /// An earlier answers file of the same programme: the report adds what changed since.
        #[arg(long, value_name = "EARLIER.toml")]
        compare: Option<PathBuf>,
        /// Leave the facilitator's and participants' names out (the report says so).
        #[arg(long)]
        anonymous: bool,
        /// With --format csv: one row per question (the default) or per principle.
        #[arg(long, value_enum, value_name = "ROWS")]
        by: Option<report::By>,
        /// md, html, txt and docx: full (the default) or summary (page-one summary and principle detail, without the question-by-question appendix).
        #[arg(long, value_enum, value_name = "LEVEL")]
        detail: Option<report::DetailArg>,
        /// CSV for a spreadsheet in this language: en (`,` and decimal point, the default), fr, es or ru (`;` and decimal comma), or auto (the report's language).
        #[arg(long, value_enum, value_name = "LANG")]
        csv_locale: Option<report::CsvLocale>,
    },
    /// One table of many sites' sessions of the same framework: scores, bands and failed gates
    /// per session, with the median and mean of each principle and the count per band.
    Aggregate {
        /// The answers or session files (TOML), all of one framework.
        #[arg(required = true, value_name = "SESSIONS")]
        sessions: Vec<PathBuf>,
        /// md, html or csv (default: from the -o file's extension, else md).
        #[arg(long, value_enum)]
        format: Option<aggregate::AggregateFormat>,
        /// Write the table to this file (private to you, mode 0600) instead of printing it.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Framework id or path to score against (default: the first session's).
        #[arg(long, value_name = "ID|FILE")]
        framework: Option<String>,
        /// A tera template to use instead of the built-in aggregate one.
        #[arg(long, value_name = "FILE")]
        template: Option<PathBuf>,
        /// Language for framework text (default: the first session's, else English).
        #[arg(long, value_name = "CODE", value_parser = language)]
        lang: Option<String>,
        /// Say that names are left out (the table never shows the facilitator's or
        /// participants' names).
        #[arg(long)]
        anonymous: bool,
        /// With --format csv: the median, mean and count of each score instead of one row per session.
        #[arg(long)]
        stats: bool,
        /// CSV for a spreadsheet in this language: en (`,` and decimal point, the default), fr, es or ru (`;` and decimal comma), or auto (the portfolio's language).
        #[arg(long, value_enum, value_name = "LANG")]
        csv_locale: Option<report::CsvLocale>,
    },
    /// Combine breakout groups' sessions of one framework into one workshop session: each
    /// group's answers become its votes, notes are kept with their group, disagreements are
    /// listed.
    Merge {
        /// The groups' session files (two or more, of one framework and version).
        #[arg(required = true, num_args = 2.., value_name = "SESSIONS")]
        sessions: Vec<PathBuf>,
        /// The merged session file to write (private to you, mode 0600); never overwritten.
        #[arg(short, long, value_name = "MERGED.toml")]
        output: PathBuf,
        /// Framework id or path (default: the one the sessions name).
        #[arg(long, value_name = "ID|FILE")]
        framework: Option<String>,
        /// Language for messages (default: your system's).
        #[arg(long, value_name = "CODE", value_parser = language)]
        lang: Option<String>,
    },
    /// Start a framework of your own: a commented example to edit, or a copy of another.
    New {
        /// The new framework's name; it becomes the id (e.g. `peer-services`).
        name: String,
        /// Copy this framework (an id or a path) instead of starting from the example.
        #[arg(long, value_name = "ID|PATH")]
        from: Option<String>,
        /// The title people see (default: made from NAME).
        #[arg(long)]
        title: Option<String>,
        /// Write here (a file, or a folder to put NAME.toml in) instead of your framework folder.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Carry a session's answers, notes and facts onto another revision of its framework.
    /// Writes a new session file (the original is never changed) and lists every answer
    /// that could not come across, and why. Exit status 0 when everything came across,
    /// 3 when the new file was written but something was left behind or is now hidden.
    Migrate {
        /// The session or answers file to carry over.
        session: PathBuf,
        /// The framework revision: a file, or an id integra can find.
        #[arg(long, value_name = "FILE|ID")]
        to: String,
        /// Where to write the new session (default: beside SESSION, named
        /// NAME-migrated-ID-VERSION.toml).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Replace OUT if it exists (the original session is never replaced).
        #[arg(long)]
        force: bool,
    },
    /// Write a translation kit: every text of a framework as a ready-to-fill
    /// `[translations.LANG]` block, with translations whose English changed marked CHECK.
    Translate {
        /// The framework file.
        file: PathBuf,
        /// The language to translate into (e.g. fr, es, ru, pt).
        #[arg(long, value_name = "CODE")]
        lang: String,
        /// Write the block to this file (private to you, mode 0600) instead of printing it.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Remove a session for good: the file, its backups and leftovers, overwritten with zeros
    /// first.
    #[command(long_about = FORGET_HELP)]
    Forget {
        /// The session file (in the data folder, or the one given to `integra run --session`).
        session: PathBuf,
        /// Do not ask before removing.
        #[arg(long, short)]
        yes: bool,
    },
    /// Show which report templates are in use, or export the built-in ones to edit.
    Templates {
        /// Write the built-in templates into this folder.
        #[arg(long, value_name = "DIR")]
        export: Option<PathBuf>,
        /// With --export: overwrite template files that already exist.
        #[arg(long, requires = "export")]
        force: bool,
    },
}

const FORGET_HELP: &str =
    "Remove a session for good: the session file, its backups (NAME.toml.bak, \
NAME.toml.STAMP.bak), files set aside (NAME.toml.STAMP.broken) and temporary files left by a \
crash. Each is overwritten with zeros and flushed to the disk before it is removed. integra \
lists the files and asks first (--yes skips the question), and refuses files that are not \
sessions it saved.

What overwriting cannot do: on SSDs, USB sticks and memory cards the old data can stay in \
cells the drive has set aside; copy-on-write file systems (btrfs, ZFS, APFS), snapshots and \
journals can keep old copies; backups of the computer, synced folders and reports written \
from the session are not touched. Encrypting the whole disk is what protects data on a lost \
or shared computer.";

/// Output format for machine or human readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// `--lang`: one of the languages integra speaks (`fr`, `fr-CA` and `fr_FR.UTF-8` all give
/// `fr`); anything else is refused rather than silently shown in English.
fn language(code: &str) -> Result<String, UnknownLang> {
    crate::i18n::supported(code)
        .map(str::to_owned)
        .ok_or_else(|| UnknownLang(code.to_owned()))
}

/// A `--lang` integra does not speak. clap shows it while parsing, before `cli::run` has
/// chosen a language, so it is told in the environment's.
#[derive(Debug)]
struct UnknownLang(String);

impl std::fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = crate::msg!(
            "cli-lang-unknown",
            code = self.0.as_str(),
            known = crate::i18n::LANGUAGES.join(", ")
        );
        f.write_str(&said.render(crate::i18n::detect(None)))
    }
}

impl std::error::Error for UnknownLang {}
