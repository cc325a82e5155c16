//! The vote area's keys: the footer's short list while vote entry is on, and the help
//! window's "on this screen" lines for vote entry and for a participant on the setup screen.
//!
//! Must not: change the state, or decide what a key does (that is `update::votes`).

use crate::framework::Question;
use crate::tui::app::{Doc, Screen, State};
use crate::tui::choices::{choices, numbered};
use crate::tui::votes::{Entry, entry, voters};

/// The footer's keys while vote entry is on (key names and catalogue keys).
pub fn keys(
    state: &State,
    doc: &Doc,
    q: &Question,
    ud: &'static str,
) -> Vec<(&'static str, &'static str)> {
    let rows = choices(&doc.fw, q);
    let digits = crate::tui::view::question::digit_keys(numbered(&rows));
    let people = doc.session.participants().len();
    let how = entry(q, state.ui.votes.mode, people);
    let in_turn = voters(&doc.fw, &doc.session, how).len();
    // What `c` turns to next (see `update::votes::tally`).
    let next = match how {
        Entry::Named => "ui-key-roles",
        Entry::Roles => "ui-key-counts",
        _ if people > 0 => "ui-key-people",
        _ => "ui-key-roles",
    };
    match how {
        Entry::Named | Entry::Roles if state.ui.votes.voter < in_turn => vec![
            (digits, "ui-key-vote"),
            ("Enter", "ui-key-consensus"),
            ("Space", "ui-key-pass"),
            ("Bksp", "ui-key-take-back"),
            (ud, "ui-key-move"),
            ("c", next),
            ("v", "ui-key-votes-end"),
        ],
        Entry::Named | Entry::Roles => vec![
            (digits, "ui-key-consensus"),
            ("Enter", "ui-key-choose-next"),
            ("Bksp", "ui-key-take-back"),
            (ud, "ui-key-move"),
            ("v", "ui-key-votes-end"),
        ],
        Entry::Counts => vec![
            (digits, "ui-key-counts"),
            ("Enter", "ui-key-consensus"),
            ("Bksp", "ui-key-take-back"),
            ("c", next),
            ("v", "ui-key-votes-end"),
        ],
        Entry::Range => vec![
            ("0-9 -", "ui-key-type"),
            ("Enter", "ui-key-keep"),
            ("v", "ui-key-votes-end"),
        ],
        Entry::None => vec![("v", "ui-key-votes-end")],
    }
}

/// Adds workshop keys to the help window's "on this screen" lines: vote entry on the
/// question screen of a session with participants (or with vote entry on), and a
/// participant's keys on the setup screen. The footer's short forms give way to them.
pub fn help_here(state: &State, here: &mut Vec<(&'static str, String)>) {
    let (_, lr) = crate::tui::view::arrows(state.ui.theme);
    let workshop = state
        .doc()
        .is_some_and(|d| !d.session.participants().is_empty());
    if state.screen() == Screen::Question && (workshop || state.ui.votes.on) {
        let long = help(state);
        // Vote entry's keys also replace the answer keys (digits).
        here.retain(|(k, _)| {
            !long.iter().any(|(l, _)| l == k)
                && *k != "Bksp"
                && !(state.ui.votes.on && k.starts_with(|c: char| c.is_ascii_digit()))
        });
        here.extend(long.into_iter().map(|(k, what)| (k, state.tr(what))));
    }
    if state.screen() == Screen::Setup && state.ui.setup.person().is_some() {
        here.retain(|(k, _)| *k != lr && *k != "Ctrl+D");
        here.push((lr, state.tr("ui-help-person-role")));
        here.push(("Ctrl+D", state.tr("ui-help-person-remove")));
    }
}

/// The help window's lines for vote entry: what each key does (key names and catalogue
/// keys).
fn help(state: &State) -> Vec<(&'static str, &'static str)> {
    let (ud, _) = crate::tui::view::arrows(state.ui.theme);
    vec![
        ("v", "ui-help-votes"),
        ("1-9 0 d a", "ui-help-vote-keys"),
        ("Space", "ui-help-vote-pass"),
        ("Backspace", "ui-help-vote-back"),
        (ud, "ui-help-vote-move"),
        ("Enter", "ui-help-vote-enter"),
        ("c", "ui-help-vote-counts"),
        ("0-9 -", "ui-help-vote-range"),
    ]
}
