//! The question screen's keys: the footer's keys for the question and cursor, the digits
//! that choose a row, and the key shown before each row.
//!
//! Must not: change the state.

use crate::framework::QuestionKind;
use crate::tui::app::State;
use crate::tui::choices::{Choice, choices, numbered};
use crate::tui::update::enter_skips;

/// The footer's keys for this question and cursor: key names and catalogue keys.
pub fn keys(
    state: &State,
    ud: &'static str,
    lr: &'static str,
) -> Vec<(&'static str, &'static str)> {
    let Some((doc, q)) = state.doc().zip(state.current_question()) else {
        return vec![(lr, "ui-key-question")];
    };
    if state.ui.votes.on {
        return super::super::votes::keys(state, doc, q, ud);
    }
    let rows = choices(&doc.fw, q);
    let on_field = rows.get(state.ui.question.cursor) == Some(&Choice::Field);
    let skips = enter_skips(&state.ui, doc);
    let mut keys = match q.kind.tag() {
        QuestionKind::Number if on_field => vec![
            ("0-9", "ui-key-type"),
            ("Enter", "ui-key-keep"),
            (ud, "ui-key-move"),
            (lr, "ui-key-question"),
        ],
        QuestionKind::Text if on_field => vec![
            ("Enter", "ui-key-write"),
            (ud, "ui-key-move"),
            (lr, "ui-key-question"),
        ],
        QuestionKind::Checklist => vec![
            (digit_keys(numbered(&rows)), "ui-key-tick"),
            ("Enter", if skips { "ui-key-skip" } else { "ui-key-done" }),
            (ud, "ui-key-move"),
            (lr, "ui-key-question"),
        ],
        _ => vec![
            (digit_keys(numbered(&rows)), "ui-key-choose"),
            (
                "Enter",
                if skips {
                    "ui-key-skip"
                } else {
                    "ui-key-choose-next"
                },
            ),
            (ud, "ui-key-move"),
            (lr, "ui-key-question"),
        ],
    };
    // A workshop (participants on the setup screen) takes votes: `v` is worth a place.
    if !doc.session.participants().is_empty() {
        keys.insert(2, ("v", "ui-key-votes"));
    }
    if !state.ui.undo.is_empty() {
        keys.push(("u", "ui-key-undo"));
    }
    keys.push(("n", "ui-key-note"));
    keys.push(("o", "ui-key-overview"));
    keys
}

/// The digits that choose a row, as the footer names them ("1-4"; "1-9 0" with a tenth).
pub fn digit_keys(n: usize) -> &'static str {
    const KEYS: [&str; 11] = [
        "", "1", "1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8", "1-9", "1-9 0",
    ];
    KEYS[n.min(10)]
}

/// The key shown before a row: its digit (1 to 9, then 0), `d` for "don't know", `a` for
/// "not applicable"; rows past the tenth are reached with the arrows.
pub(super) fn row_key(i: usize, row: &Choice, numbered: usize) -> &'static str {
    const DIGITS: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"];
    match row {
        Choice::DontKnow => "d",
        Choice::NotApplicable => "a",
        _ if i < numbered && i < 10 => DIGITS[i],
        _ => "",
    }
}
