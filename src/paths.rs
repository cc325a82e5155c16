//! Where integra keeps things on this machine, from the platform's conventions (`directories`).
//!
//! Linux: sessions in `~/.local/share/integra/sessions`, user frameworks in
//! `~/.config/integra/frameworks`, user templates in `~/.config/integra/templates`
//! (the XDG variables move them). macOS and Windows use their own equivalents; on Windows
//! sessions go to the local, not the roaming, application data (`%LOCALAPPDATA%`), so they
//! are not copied to a domain's file server when the user logs off.
//!
//! Must not: create folders or touch files; it only says where they belong.

use std::path::PathBuf;

use directories::ProjectDirs;

fn dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("org", "integra", "integra")
}

/// Saved sessions (autosaved answers).
pub fn sessions_dir() -> Option<PathBuf> {
    // The same folder as `data_dir` on Linux and macOS; differs only on Windows.
    dirs().map(|d| d.data_local_dir().join("sessions"))
}

/// The user's own frameworks.
pub fn frameworks_dir() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().join("frameworks"))
}

/// The user's report templates, overriding the built-in ones by file name.
pub fn templates_dir() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().join("templates"))
}

/// The user's home folder (its last part is usually the user's name).
pub fn home_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf())
}
