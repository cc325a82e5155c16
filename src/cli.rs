//! The command line: subcommands and flags (clap derive), and their implementations.

/// `print!` that ends quietly when the reader has gone (`integra schema | head`), instead of
/// panicking on a closed pipe as `print!` does.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// `println!` that ends quietly when the reader has gone; see [`out!`].
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod frameworks;
mod outline;
mod score;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// integra: is your programme ready to integrate HIV, SRHR and harm-reduction services for
/// people who use drugs? Answer a framework's questions, see your readiness score and band.
#[derive(Debug, Parser)]
#[command(name = "integra", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
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
        #[arg(long)]
        lang: Option<String>,
    },
    /// Print the JSON Schema of the framework format, for editor completion (Taplo, VS Code).
    Schema,
    /// Print a framework's outline: principles, questions, weights as shares, gates and bands.
    Outline {
        /// Framework id or path (default: the built-in default framework).
        framework: Option<String>,
    },
}

/// Output format for machine or human readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Runs a parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        None => outline::run(None),
        Some(Command::Frameworks) => Ok(frameworks::run()),
        Some(Command::Validate { paths, format }) => Ok(validate::run(&paths, format)),
        Some(Command::Score {
            answers,
            framework,
            format,
            lang,
        }) => score::run(&answers, framework.as_deref(), format, lang.as_deref()),
        Some(Command::Outline { framework }) => outline::run(framework.as_deref()),
        Some(Command::Schema) => {
            outln!("{}", crate::framework::json_schema());
            Ok(ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprint!("{message}");
            if !message.ends_with('\n') {
                eprintln!();
            }
            ExitCode::FAILURE
        }
    }
}

/// What a command returns: an exit code, or a message for standard error.
pub type Outcome = Result<ExitCode, String>;
