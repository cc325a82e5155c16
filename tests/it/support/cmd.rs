//! The real `integra` binary as a command: run the way people run it, but with a private
//! home (so no user file changes a result) and in English whatever the machine's locale. A
//! test that wants a language sets `LANG` on the command it gets.

#![allow(dead_code)] // each test file uses its own part

use std::path::Path;
use std::process::Command;

/// `integra` in `cwd`, with `home` as its HOME and XDG folders.
pub fn integra_in(home: &Path, cwd: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_integra"));
    cmd.current_dir(cwd)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

/// `integra` in the repository (fixture paths are relative to it), with `home`.
pub fn integra_at_repo(home: &Path) -> Command {
    integra_in(home, Path::new(env!("CARGO_MANIFEST_DIR")))
}
