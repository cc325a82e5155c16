//! The `integra` binary: parse the command line, run it, exit with its status.

use std::process::ExitCode;

fn main() -> ExitCode {
    integra::cli::run(integra::cli::help::parse())
}
