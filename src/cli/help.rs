//! `--help` in the reader's language. The doc comments in `cli.rs` stay the English source
//! (English help is clap's own output, untouched); for another language each about, long
//! about and argument help is replaced by its catalogue text, and so are clap's headings.
//!
//! Keys: `help-about` and `help-arg-ID` for `integra` itself, `help-cmd-NAME`,
//! `help-cmd-NAME-long` and `help-cmd-NAME-arg-ID` for a subcommand (IDs with `-` for `_`).
//! The English catalogue holds the same text as the doc comments; a test keeps them equal,
//! so a doc comment edited without its catalogue entry fails the build's tests.
//!
//! The language comes from the environment only: `--lang` is not parsed yet when clap
//! prints help.
//!
//! Must not: change what the help says in English (the doc comments do), or hold words of its own:
//! every translation is a catalogue entry.

use clap::{Arg, ArgMatches, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::{Lang, has, tr};

/// Parses the process's arguments, with help and errors in the reader's language.
pub fn parse() -> Cli {
    if let Some(cli) = wizard_flags(std::env::args_os().skip(1)) {
        return cli;
    }
    let lang = crate::i18n::detect(None);
    let mut cmd = command(lang);
    // Matched in place: a copy of the whole command tree would cost start-up time for nothing.
    let matches: ArgMatches = cmd
        .try_get_matches_from_mut(std::env::args_os())
        .unwrap_or_else(|e| exit(&e));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit(&e.format(&mut cmd)))
}

/// The command line of the wizard's usual start, `integra` alone or with some of its
/// switches (`--no-save`, `--present`, `--ascii`, each once), read without clap: building
/// clap's tree of every subcommand and its arguments costs more instructions than
/// everything else before the first frame but drawing it (docs/performance.md, "Fifth
/// pass"). Anything else, a repeated switch included (an error clap words), is `None` and
/// goes to clap; a test proves both readings agree.
fn wizard_flags(args: impl Iterator<Item = std::ffi::OsString>) -> Option<Cli> {
    let mut cli = Cli {
        command: None,
        no_save: false,
        lang: None,
        present: false,
        ascii: false,
    };
    for arg in args {
        let flag = match arg.to_str()? {
            "--no-save" => &mut cli.no_save,
            "--present" => &mut cli.present,
            "--ascii" => &mut cli.ascii,
            _ => return None,
        };
        if std::mem::replace(flag, true) {
            return None;
        }
    }
    Some(cli)
}

/// Prints clap's message (help, version or a usage error) through the output edge and
/// exits as clap would: a usage error quotes what was typed, which may hold escapes.
fn exit(e: &clap::Error) -> ! {
    use std::io::Write as _;
    let text = e.render().to_string();
    let text = crate::safe_text::escape(&text);
    let _ = if e.use_stderr() {
        std::io::stderr().lock().write_all(text.as_bytes())
    } else {
        std::io::stdout().lock().write_all(text.as_bytes())
    };
    std::process::exit(e.exit_code())
}

/// The command line definition with its help text in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    let mut cmd = cmd;
    // Building adds clap's own `--help`, `--version` and `help` subcommand, so their
    // text can be replaced too.
    cmd.build();
    translate(cmd, lang, &Keys::top())
}

/// Where a command's keys start.
struct Keys {
    about: String,
    long: String,
    arg: String,
}

impl Keys {
    fn top() -> Self {
        Self {
            about: "help-about".to_owned(),
            long: "help-about-long".to_owned(),
            arg: "help-arg-".to_owned(),
        }
    }

    fn sub(name: &str) -> Self {
        Self {
            about: format!("help-cmd-{name}"),
            long: format!("help-cmd-{name}-long"),
            arg: format!("help-cmd-{name}-arg-"),
        }
    }
}

/// `key` in `lang`, if the catalogue has it.
fn text(lang: Lang, key: &str) -> Option<String> {
    has(key).then(|| tr(lang, key))
}

fn translate(mut cmd: Command, lang: Lang, keys: &Keys) -> Command {
    // Only texts clap shows are replaced: the `help` subcommand's own list of commands
    // has no descriptions and must not gain any.
    if cmd.get_about().is_some()
        && let Some(about) = text(lang, &keys.about)
    {
        cmd = cmd.about(about);
    }
    if cmd.get_long_about().is_some()
        && let Some(long) = text(lang, &keys.long)
    {
        cmd = cmd.long_about(long);
    }
    let usage = tr(lang, "help-usage");
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(tr(lang, "help-commands"));
    let arguments = tr(lang, "help-arguments");
    let options = tr(lang, "help-options");
    cmd = cmd.mut_args(|arg| translate_arg(arg, lang, &keys.arg, &arguments, &options));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| translate(sub, lang, &Keys::sub(&name)));
    }
    cmd
}

fn translate_arg(arg: Arg, lang: Lang, prefix: &str, arguments: &str, options: &str) -> Arg {
    let key = arg_key(&arg, prefix);
    let heading = if arg.is_positional() {
        arguments
    } else {
        options
    };
    let arg = arg.help_heading(heading.to_owned());
    let arg = match (arg.get_long_help().is_some(), arg.get_id() == "help") {
        // `-h` says "see more with --help" where a long text exists; `--help` then shows
        // the plain "Print help".
        (true, true) => arg.long_help(tr(lang, "help-flag-help")),
        _ => arg,
    };
    match (arg.get_help().is_some(), text(lang, &key)) {
        (true, Some(help)) => arg.help(help),
        _ => arg,
    }
}

/// The catalogue key for an argument's help, under `prefix` (the command's).
pub(crate) fn arg_key(arg: &Arg, prefix: &str) -> String {
    let id = arg.get_id().as_str().replace('_', "-");
    let more = arg
        .get_help()
        .is_some_and(|h| h.to_string().contains("--help"));
    match id.as_str() {
        // clap's own flags, the same in every command.
        "help" if more => "help-flag-help-more".to_owned(),
        "help" | "version" => format!("help-flag-{id}"),
        _ => format!("{prefix}{id}"),
    }
}

#[cfg(test)]
mod tests;
