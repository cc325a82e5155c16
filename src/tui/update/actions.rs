//! Action owners and due dates, entered on the results: digits 1–5 put the cursor on an
//! action of the list, `t` opens a small form for its owner and due date, Enter keeps them
//! (a due date must be a real day written YYYY-MM-DD), Esc leaves them as they were. They are
//! kept in the session (`Session::set_action_owner` / `set_action_due`), which fills the
//! Owner and Due columns of every report.
//!
//! Must not: do I/O or draw.

use crate::scoring::score;
use crate::tui::app::{ActionForm, Open, Popup, Status};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;

/// How many actions the results list (and digits reach).
pub const LISTED: usize = 5;

/// The longest owner (initials, a name or a team).
const MAX_OWNER: usize = 60;

/// The question ids of the actions the results list, in order.
pub fn listed(o: &Open<'_>) -> Vec<String> {
    let doc = &*o.doc;
    score(&doc.fw, doc.session.answers(), doc.lang())
        .actions
        .into_iter()
        .take(LISTED)
        .map(|a| a.question)
        .collect()
}

/// A digit on the results: the cursor goes to that action (if the list has it).
pub fn pick(o: &mut Open<'_>, n: u8) {
    let count = listed(o).len();
    let i = usize::from(n).wrapping_sub(1);
    if i < count {
        o.ui.action = i;
    } else {
        o.ui.status = Some(Status {
            text: o.tr_args("ui-status-no-action", &[("n", u32::from(n).into())]),
            error: true,
        });
    }
}

/// `t` on the results: the form for the owner and due date of the action under the cursor.
pub fn open(o: &mut Open<'_>) {
    let actions = listed(o);
    let Some(id) = actions.get(o.ui.action.min(actions.len().saturating_sub(1))) else {
        o.ui.status = Some(Status {
            text: o.tr("ui-status-no-actions"),
            error: false,
        });
        return;
    };
    let plan = o.doc.session.action_plan(id);
    let owner = plan.and_then(|p| p.owner.as_deref()).unwrap_or_default();
    let due = plan.and_then(|p| p.due.as_deref()).unwrap_or_default();
    o.ui.popup = Some(Popup::Action(ActionForm {
        question: id.clone(),
        owner: TextInput::new(owner).limited(MAX_OWNER),
        due: TextInput::new(due).limited(10),
        field: 0,
        error: None,
    }));
}

/// A key with the form open.
pub fn form(o: &mut Open<'_>, mut f: ActionForm, msg: &Msg) -> Vec<Effect> {
    let input = if f.field == 0 {
        &mut f.owner
    } else {
        &mut f.due
    };
    match msg {
        Msg::Back => {
            o.ui.status = Some(Status {
                text: o.tr("ui-status-edit-cancelled"),
                error: false,
            });
            return Vec::new();
        }
        Msg::Enter if f.field == 0 => f.field = 1,
        Msg::Enter | Msg::Save => return keep(o, f),
        Msg::Up | Msg::Down => f.field = 1 - f.field,
        Msg::Char(c) => {
            input.insert(*c);
            f.error = None;
        }
        Msg::Backspace => {
            input.backspace();
            f.error = None;
        }
        other => super::caret(input, other),
    }
    o.ui.popup = Some(Popup::Action(f));
    Vec::new()
}

/// Keeps the owner and due date, unless the date is not one (the form stays, saying why).
fn keep(o: &mut Open<'_>, mut f: ActionForm) -> Vec<Effect> {
    let due = f.due.as_str().trim().to_owned();
    if !due.is_empty() && !is_date(&due) {
        f.error = Some(o.tr_args("ui-action-bad-date", &[("due", due.into())]));
        f.field = 1;
        o.ui.popup = Some(Popup::Action(f));
        return Vec::new();
    }
    let owner = f.owner.as_str().trim().to_owned();
    let doc = &mut *o.doc;
    let before = doc.session.action_plan(&f.question).cloned();
    doc.session
        .set_action_owner(&f.question, Some(owner).filter(|o| !o.is_empty()));
    doc.session
        .set_action_due(&f.question, Some(due).filter(|d| !d.is_empty()));
    if doc.session.action_plan(&f.question).cloned() == before {
        return Vec::new();
    }
    o.ui.status = Some(Status {
        text: o.tr_args("ui-status-action-kept", &[("id", f.question.into())]),
        error: false,
    });
    vec![Effect::Save]
}

/// Whether `text` is a real calendar day written `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::is_date;

    #[test]
    fn only_real_days_written_yyyy_mm_dd_are_dates() {
        for ok in ["2027-01-31", "2028-02-29", "2000-02-29", "2026-12-01"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "2027-02-29",
            "1900-02-29",
            "2027-13-01",
            "2027-00-10",
            "2027-04-31",
            "2027-1-31",
            "31/01/2027",
            "2027-01-31x",
            "next week",
            "",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
