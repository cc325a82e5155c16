//! Every integration test, linked into one binary: one link instead of one per file, which
//! is most of a fresh `cargo test`'s build time. Each module was a file of its own and keeps
//! its name, so `cargo test cli::` runs what `cargo test --test cli` used to.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

mod support;

mod architecture;
mod authoring_find;
mod authoring_revise;
mod authoring_story;
mod cli;
mod commands_i18n;
mod crash;
mod default_framework_text;
mod disk_full;
mod docs_examples;
mod docs_transcripts;
mod edges;
mod forget;
mod hangup;
mod help_i18n;
mod hostile;
mod hostile_output;
mod i18n_cli;
mod i18n_keys;
mod links;
mod lint_reach;
mod merge;
mod migrate_cli;
mod new_cli;
mod offline;
mod output_edge_guard;
mod panic_restore;
mod preview_pty;
mod report;
mod report_aggregate;
mod report_anonymous;
mod report_arithmetic;
mod report_by_principle;
mod report_cli;
mod report_compare;
mod report_docx;
mod report_docx_finish;
mod report_docx_summary;
mod report_html;
mod report_i18n;
mod report_summary;
mod report_template_sandbox;
mod report_workshop;
mod report_xlsx;
mod scoring_props;
mod shared_files;
mod special_files;
mod start_language;
mod template_bombs;
mod tui_compare;
mod tui_disk;
mod tui_effects;
mod tui_escapes;
mod tui_finish;
mod tui_i18n;
mod tui_limits;
mod tui_nosave;
mod tui_present;
mod tui_pty;
mod tui_pty_advertised;
mod tui_pty_disk;
mod tui_scroll;
mod tui_snapshots;
mod tui_term;
mod tui_update;
mod two_wizards;
mod validate_i18n;
mod verdicts_default;
mod verdicts_small;
