//! The command line's edge: the language of integra's own words is chosen here (`run`), each
//! command is sent to its module, and what reaches the terminal goes through the output macros
//! below. The flags live in `cli/args.rs`, the error type in `cli/error.rs`. Must not: print
//! with `print!`/`eprintln!` (the macros escape what files say), or render an error anywhere
//! but `run`.

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
mod args;
mod error;
mod forget;
mod frameworks;
mod heap;
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

use std::process::ExitCode;

pub use args::{Cli, Command, Format};

use crate::i18n::Lang;

/// Runs a parsed command line and returns the process exit code. The language of integra's
/// own words is chosen here, once; an error is told in it, once, on standard error.
pub fn run(cli: Cli) -> ExitCode {
    let words = words(cli.command.as_ref(), cli.lang.as_deref());
    match dispatch(cli, words) {
        Ok(code) => code,
        Err(e) => {
            errln!("{}", e.render(words));
            ExitCode::FAILURE
        }
    }
}

/// The command's own run, with integra's words in `words`.
fn dispatch(cli: Cli, words: Lang) -> Outcome {
    let top = Top {
        lang: cli.lang,
        present: cli.present,
        ascii: cli.ascii,
        no_save: cli.no_save,
    };
    match cli.command {
        None => wizard(None, top, words),
        Some(c @ (Command::Run { .. } | Command::Preview { .. })) => wizard(Some(c), top, words),
        Some(c) => {
            heap::keep_freed_memory();
            files(c, words)
        }
    }
}

/// The flags of `integra` itself, which `integra run` and `integra preview` take too.
struct Top {
    lang: Option<String>,
    present: bool,
    ascii: bool,
    no_save: bool,
}

/// `integra`, `integra run` and `integra preview`: the wizard. `integra --lang fr` means
/// `integra run --lang fr` (and so for --present, --ascii); given both ways, the
/// subcommand's own flag wins.
fn wizard(command: Option<Command>, top: Top, words: Lang) -> Outcome {
    let saving = |off: bool| {
        if off || top.no_save {
            crate::tui::Saving::Off
        } else {
            crate::tui::Saving::Autosave
        }
    };
    match command {
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
            lang: lang.or(top.lang),
            present: present || top.present,
            ascii: ascii || top.ascii,
            saving: saving(no_save),
        })
        .map_err(CliError::Wizard),
        Some(Command::Preview {
            file,
            lang,
            present,
            ascii,
        }) => preview::run(
            &file,
            lang.or(top.lang),
            present || top.present,
            ascii || top.ascii,
            words,
        ),
        _ => crate::tui::run(&crate::tui::Options {
            lang: top.lang,
            present: top.present,
            ascii: top.ascii,
            saving: saving(false),
            ..crate::tui::Options::default()
        })
        .map_err(CliError::Wizard),
    }
}

/// `integra report`, `integra aggregate` and `integra merge`: reports and sessions built
/// from many answers.
fn reports(command: Command, words: Lang) -> Outcome {
    match command {
        Command::Report {
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
        } => report::run(&report::Request {
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
        Command::Aggregate {
            sessions,
            format,
            output,
            framework,
            template,
            lang,
            anonymous,
            stats,
            csv_locale,
        } => aggregate::run(&aggregate::Request {
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
        Command::Merge {
            sessions,
            output,
            framework,
            ..
        } => merge::run(&merge::Request {
            sessions: &sessions,
            output: &output,
            framework: framework.as_deref(),
            words,
        }),
        _ => unreachable!("`files` sends only report, aggregate and merge here"),
    }
}

/// Every command but the wizard's: files in, text out.
fn files(command: Command, words: Lang) -> Outcome {
    match command {
        Command::Frameworks => Ok(frameworks::run(words)),
        Command::Validate { paths, format, .. } => Ok(validate::run(&paths, format, words)),
        Command::Score {
            answers,
            framework,
            format,
            lang,
        } => score::run(
            &answers,
            framework.as_deref(),
            format,
            lang.as_deref(),
            words,
        ),
        Command::Outline { framework } => outline::run(framework.as_deref(), words),
        Command::New {
            name,
            from,
            title,
            output,
        } => scaffold::run(
            &scaffold::Request {
                name: &name,
                from: from.as_deref(),
                title: title.as_deref(),
                output: output.as_deref(),
            },
            words,
        ),
        Command::Migrate {
            session,
            to,
            output,
            force,
        } => migrate::run(
            &migrate::Request {
                session: &session,
                to: &to,
                output: output.as_deref(),
                force,
            },
            words,
        ),
        Command::Forget { session, yes } => forget::run(&session, yes, words),
        Command::Translate { file, lang, output } => {
            translate::run(&file, &lang, output.as_deref(), words)
        }
        Command::Templates { export, force } => templates::run(export.as_deref(), force, words),
        Command::Schema => {
            outln!("{}", crate::framework::json_schema());
            Ok(ExitCode::SUCCESS)
        }
        c @ (Command::Report { .. } | Command::Aggregate { .. } | Command::Merge { .. }) => {
            reports(c, words)
        }
        Command::Run { .. } | Command::Preview { .. } => {
            unreachable!("`dispatch` sends the wizard's commands to `wizard`")
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
            | Command::Aggregate { lang, .. }
            | Command::Merge { lang, .. },
        ) => lang.as_deref(),
        Some(Command::Preview { lang, .. }) => lang.as_deref().or(top),
        _ => None,
    };
    crate::i18n::detect(flag)
}

pub use error::{CliError, Outcome};
use error::{cannot_write, refusal};
