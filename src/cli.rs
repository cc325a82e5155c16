//! The command line: subcommands and flags (clap derive), and their implementations.

/// `print!` through the output edge ([`crate::safe_text::escape`]: no raw control, bidi or
/// zero-width character reaches the terminal), ending quietly when the reader has gone
/// (`integra schema | head`) instead of panicking on a closed pipe as `print!` does.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let text = format!($($arg)*);
        let _ = std::io::stdout()
            .lock()
            .write_all($crate::safe_text::escape(&text).as_bytes());
    }};
}

/// `println!` through the output edge; see [`out!`].
macro_rules! outln {
    () => {
        out!("\n")
    };
    ($($arg:tt)*) => {{
        out!($($arg)*);
        out!("\n");
    }};
}

/// `eprintln!` through the output edge: messages quote ids, paths and values from files.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut text = format!($($arg)*);
        text.push('\n');
        let _ = std::io::stderr()
            .lock()
            .write_all($crate::safe_text::escape(&text).as_bytes());
    }};
}

mod aggregate;
mod forget;
mod frameworks;
pub mod help;
mod merge;
mod migrate;
mod outline;
mod preview;
mod report;
mod revisions;
mod scaffold;
mod score;
mod templates;
mod translate;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

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
        /// md, html and txt: full (the default) or summary (page-one summary and principle detail, without the question-by-question appendix).
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

/// Runs a parsed command line and returns the process exit code.
#[allow(
    clippy::too_many_lines,
    reason = "one flat arm per subcommand reads best as a dispatch table"
)]
pub fn run(cli: Cli) -> ExitCode {
    let saving = |off: bool| {
        if off || cli.no_save {
            crate::tui::Saving::Off
        } else {
            crate::tui::Saving::Autosave
        }
    };
    // `integra --lang fr` means `integra run --lang fr` (and so for --present, --ascii);
    // given both ways, the subcommand's own flag wins.
    let (top_lang, top_present, top_ascii) = (cli.lang.clone(), cli.present, cli.ascii);
    // The language of integra's own words, chosen here once and passed down.
    let words = words(cli.command.as_ref(), top_lang.as_deref());
    let result = match cli.command {
        None => crate::tui::run(&crate::tui::Options {
            lang: top_lang,
            present: top_present,
            ascii: top_ascii,
            saving: saving(false),
            ..crate::tui::Options::default()
        }),
        Some(Command::Run {
            framework,
            session,
            lang,
            present,
            ascii,
            no_save,
        }) => crate::tui::run(&crate::tui::Options {
            framework,
            session,
            lang: lang.or(top_lang),
            present: present || top_present,
            ascii: ascii || top_ascii,
            saving: saving(no_save),
        }),
        Some(Command::Preview {
            file,
            lang,
            present,
            ascii,
        }) => preview::run(
            &file,
            lang.or(top_lang),
            present || top_present,
            ascii || top_ascii,
            words,
        ),
        Some(Command::Frameworks) => Ok(frameworks::run(words)),
        Some(Command::Validate { paths, format, .. }) => Ok(validate::run(&paths, format, words)),
        Some(Command::Score {
            answers,
            framework,
            format,
            lang,
        }) => score::run(
            &answers,
            framework.as_deref(),
            format,
            lang.as_deref(),
            words,
        ),
        Some(Command::Outline { framework }) => outline::run(framework.as_deref(), words),
        Some(Command::Report {
            answers,
            format,
            template,
            output,
            lang,
            framework,
            compare,
            anonymous,
            by,
            detail,
            csv_locale,
        }) => report::run(&report::Request {
            answers: &answers,
            framework: framework.as_deref(),
            format,
            template: template.as_deref(),
            output: output.as_deref(),
            lang: lang.as_deref(),
            words,
            compare: compare.as_deref(),
            anonymous,
            by,
            detail,
            csv_locale,
        }),
        Some(Command::Aggregate {
            sessions,
            format,
            output,
            framework,
            template,
            lang,
            anonymous,
            stats,
            csv_locale,
        }) => aggregate::run(&aggregate::Request {
            sessions: &sessions,
            framework: framework.as_deref(),
            format,
            output: output.as_deref(),
            template: template.as_deref(),
            lang: lang.as_deref(),
            words,
            anonymous,
            stats,
            csv_locale,
        }),
        Some(Command::Merge {
            sessions,
            output,
            framework,
            lang,
        }) => merge::run(&merge::Request {
            sessions: &sessions,
            output: &output,
            framework: framework.as_deref(),
            lang: lang.as_deref(),
        }),
        Some(Command::New {
            name,
            from,
            title,
            output,
        }) => scaffold::run(
            &scaffold::Request {
                name: &name,
                from: from.as_deref(),
                title: title.as_deref(),
                output: output.as_deref(),
            },
            words,
        ),
        Some(Command::Migrate {
            session,
            to,
            output,
            force,
        }) => migrate::run(
            &migrate::Request {
                session: &session,
                to: &to,
                output: output.as_deref(),
                force,
            },
            words,
        ),
        Some(Command::Forget { session, yes }) => forget::run(&session, yes, words),
        Some(Command::Translate { file, lang, output }) => {
            translate::run(&file, &lang, output.as_deref(), words)
        }
        Some(Command::Templates { export, force }) => {
            templates::run(export.as_deref(), force, words)
        }
        Some(Command::Schema) => {
            outln!("{}", crate::framework::json_schema());
            Ok(ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            errln!("{}", message.strip_suffix('\n').unwrap_or(&message));
            ExitCode::FAILURE
        }
    }
}

/// The language of integra's own words for `command`: its `--lang` where that flag names the
/// language integra speaks too (`integra preview` also takes `integra --lang`), else the
/// environment's. `integra translate --lang` names the framework's target language only.
fn words(command: Option<&Command>, top: Option<&str>) -> Lang {
    let flag = match command {
        Some(
            Command::Validate { lang, .. }
            | Command::Score { lang, .. }
            | Command::Report { lang, .. }
            | Command::Aggregate { lang, .. },
        ) => lang.as_deref(),
        Some(Command::Preview { lang, .. }) => lang.as_deref().or(top),
        _ => None,
    };
    crate::i18n::detect(flag)
}

/// `--lang`: one of the languages integra speaks (`fr`, `fr-CA` and `fr_FR.UTF-8` all give
/// `fr`); anything else is refused rather than silently shown in English.
fn language(code: &str) -> Result<String, String> {
    crate::i18n::supported(code)
        .map(str::to_owned)
        .ok_or_else(|| {
            let lang = crate::i18n::detect(None);
            let args = [
                ("code", code.to_owned().into()),
                ("known", crate::i18n::LANGUAGES.join(", ").into()),
            ];
            crate::i18n::tr_args(lang, "cli-lang-unknown", &args)
        })
}

/// A refusal for standard error: the message, then `  = hint: ...`, both in `lang`.
pub(crate) fn refusal(
    lang: Lang,
    key: &str,
    args: &[(&str, crate::i18n::Arg)],
    hint: &str,
) -> String {
    use crate::i18n::{tr, tr_args};
    format!(
        "{}\n  = {}: {}",
        tr_args(lang, key, args),
        tr(lang, "diag-hint"),
        tr(lang, hint)
    )
}

/// What a command returns: an exit code, or a message for standard error.
pub type Outcome = Result<ExitCode, String>;
