//! The setup screen's workshop rows: the participants (initials or a name, optional, and a
//! role from the framework's list) and "Add a participant". Each change is kept in the
//! session as it is made, so nothing typed is lost; a session without participants is
//! untouched.
//!
//! Must not: do I/O or draw.

use crate::session::workshop::Participant;
use crate::tui::app::{Open, PersonRow, RoleChoice, SetupState, Status};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;

/// Initials are enough; a name is allowed, but nothing longer.
pub const NAME_LIMIT: usize = 40;

/// Fills the rows from the session's participants.
pub fn load(o: &mut Open<'_>) {
    let doc = &*o.doc;
    let roles = doc.fw.roles();
    o.ui.setup.people = doc
        .session
        .participants()
        .iter()
        .map(|p| PersonRow {
            id: p.id.clone(),
            name: TextInput::new(p.name.as_deref().unwrap_or_default()).limited(NAME_LIMIT),
            role: roles
                .iter()
                .position(|r| r.id == p.role)
                .map_or_else(|| RoleChoice::Other(p.role.clone()), RoleChoice::Listed),
        })
        .collect();
}

/// Keeps the rows in the session when they differ from it; saves then.
pub fn commit(o: &mut Open<'_>) -> Vec<Effect> {
    let doc = &mut *o.doc;
    let roles = doc.fw.roles();
    let list: Vec<Participant> = o
        .ui
        .setup
        .people
        .iter()
        .map(|row| Participant {
            id: row.id.clone(),
            name: Some(row.name.as_str().trim().to_owned()).filter(|n| !n.is_empty()),
            role: match &row.role {
                RoleChoice::Listed(i) => roles.get(*i).map(|r| r.id.clone()).unwrap_or_default(),
                RoleChoice::Other(id) => id.clone(),
            },
        })
        .collect();
    if doc.session.participants() == list.as_slice() {
        return Vec::new();
    }
    doc.session.set_participants(list);
    // New rows get their ids from the session (`p1`, `p2`, …).
    for (row, p) in o.ui.setup.people.iter_mut().zip(doc.session.participants()) {
        row.id.clone_from(&p.id);
    }
    vec![Effect::Save]
}

/// Keys on a participant's row or on "Add a participant"; `None` for what the setup screen
/// handles itself (moving between rows, Continue).
pub fn update(o: &mut Open<'_>, msg: &Msg) -> Option<Vec<Effect>> {
    let roles = o.doc.fw.roles().len().max(1);
    let add = o.ui.setup.add_row();
    if o.ui.setup.focus == add {
        return match msg {
            Msg::Enter | Msg::Space => Some(add_person(o)),
            _ => None,
        };
    }
    let i = o.ui.setup.person()?;
    let confirmed = o.ui.setup.removing.take() == Some(i);
    let row = &mut o.ui.setup.people[i];
    match msg {
        &Msg::Char(c) => {
            row.name.insert(c);
        }
        Msg::Backspace => row.name.backspace(),
        Msg::Delete => row.name.delete(),
        Msg::Left | Msg::Right => {
            let at = match row.role {
                RoleChoice::Listed(at) => at,
                RoleChoice::Other(_) => 0,
            };
            let next = if matches!(msg, Msg::Right) {
                (at + 1) % roles
            } else {
                (at + roles - 1) % roles
            };
            row.role = RoleChoice::Listed(next);
            return Some(commit(o));
        }
        Msg::Clear => return Some(remove(o, i, confirmed)),
        Msg::Enter => {
            o.ui.setup.focus += 1;
            return Some(commit(o));
        }
        _ => return None,
    }
    Some(Vec::new())
}

/// Ctrl+D: removes participant `i`. Their votes go with them, so someone who has voted is
/// removed only on a second Ctrl+D (`confirmed`), after the screen says how many votes.
fn remove(o: &mut Open<'_>, i: usize, confirmed: bool) -> Vec<Effect> {
    let id = o.ui.setup.people[i].id.clone();
    let votes = o
        .doc
        .session
        .workshop()
        .votes
        .values()
        .filter(|v| v.by_participant.contains_key(&id))
        .count();
    if votes > 0 && !confirmed {
        let row = &o.ui.setup.people[i];
        let who = if row.name.as_str().trim().is_empty() {
            (i + 1).to_string()
        } else {
            row.name.as_str().trim().to_owned()
        };
        let text = o.tr_args(
            "ui-status-remove-voter",
            &[("who", who.into()), ("votes", votes.into())],
        );
        o.ui.status = Some(Status { text, error: true });
        o.ui.setup.removing = Some(i);
        return Vec::new();
    }
    o.ui.setup.people.remove(i);
    commit(o)
}

/// Adds a participant with the role of the one before (rooms come in groups), and puts the
/// cursor on them to type initials.
fn add_person(o: &mut Open<'_>) -> Vec<Effect> {
    let role =
        o.ui.setup
            .people
            .last()
            .map(|p| p.role.clone())
            .unwrap_or_default();
    o.ui.setup.people.push(PersonRow {
        id: String::new(),
        name: TextInput::default().limited(NAME_LIMIT),
        role,
    });
    o.ui.setup.focus = SetupState::CONTINUE + o.ui.setup.people.len();
    commit(o)
}
