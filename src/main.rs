//! The `integra` binary: parse the command line, run it, exit with its status.

use std::process::ExitCode;

/// The static Linux build's allocator (see `Cargo.toml`): musl's own is slow for a report's
/// many small blocks and gives freed memory back at once, to be faulted in again.
#[cfg(target_env = "musl")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Windows and macOS users rarely have LANG set: their display language lives in the
    // system settings. The library never asks the system itself; it is told here, once.
    integra::i18n::set_system_language(system_language());
    integra::cli::run(integra::cli::help::parse())
}

/// The system's display language where it is kept outside the environment.
#[cfg(any(windows, target_os = "macos"))]
fn system_language() -> Option<String> {
    sys_locale::get_locale()
}

/// Elsewhere the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`) is the system's setting.
#[cfg(not(any(windows, target_os = "macos")))]
fn system_language() -> Option<String> {
    None
}
