//! The setup screen's workshop section, under Continue: the participants, each with a role
//! (←→ changes it) and initials or a name (optional: the screen says initials are enough),
//! and a row to add one. It shows once the cursor reaches Continue or anyone was added, so
//! an ordinary assessment's setup screen looks as before.
//!
//! Must not: change the state.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::{Doc, RoleChoice, SetupState, State};
use crate::tui::widgets::{truncate, width, wrap};

/// Columns of the initials field.
const NAME_COLS: usize = 20;

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Whether the section shows.
pub fn shows(state: &State) -> bool {
    !state.ui.setup.people.is_empty() || state.ui.setup.focus >= SetupState::CONTINUE
}

/// Draws the section from row `y` to the bottom of `area`.
pub fn render(state: &State, doc: &Doc, frame: &mut Frame, area: Rect, mut y: u16) {
    let theme = state.ui.theme;
    let w = usize::from(area.width);
    let lang = doc.lang();
    let roles = doc.fw.roles();
    let put = |frame: &mut Frame, y: &mut u16, line: Line<'static>| {
        if *y < area.bottom() {
            frame.render_widget(Paragraph::new(line), Rect::new(area.x, *y, area.width, 1));
        }
        *y += 1;
    };
    put(
        frame,
        &mut y,
        Line::styled(state.tr("ui-setup-people"), theme.heading()),
    );
    // Said on the projector too: the room is who it is about.
    for l in wrap(&state.tr("ui-setup-people-privacy"), w) {
        put(frame, &mut y, Line::styled(l, theme.dim()));
    }
    let role_name = |r: &RoleChoice| match r {
        RoleChoice::Listed(i) => roles
            .get(*i)
            .map_or_else(String::new, |r| r.label.get(lang).to_owned()),
        RoleChoice::Other(id) => id.clone(),
    };
    let role_w = roles
        .iter()
        .map(|r| width(r.label.get(lang)))
        .max()
        .unwrap_or(8)
        .min(24);
    // The rows scroll so the one with the cursor stays in view.
    let room = usize::from(area.bottom().saturating_sub(y)).max(1);
    let total = state.ui.setup.people.len() + 1;
    let at = state
        .ui
        .setup
        .focus
        .saturating_sub(SetupState::CONTINUE + 1)
        .min(total - 1);
    let skip = (at + 1).saturating_sub(room);
    let sym = theme.symbols();
    let marks = [
        (skip > 0, y, sym.more_above),
        (skip + room < total, y + to_u16(room) - 1, sym.more_below),
    ];
    for (show, row, text) in marks {
        if show && row < area.bottom() {
            let first: String = text.chars().take(1).collect();
            let rect = Rect::new(area.right() - 1, row, 1, 1);
            frame.render_widget(Paragraph::new(Span::styled(first, theme.dim())), rect);
        }
    }
    for i in (skip..total).take(room) {
        let focus = SetupState::CONTINUE + 1 + i;
        let focused = state.ui.setup.focus == focus;
        let row = Rect::new(area.x, y, area.width, 1);
        let style = if focused {
            theme.highlight()
        } else {
            theme.strong()
        };
        let line = if let Some(p) = state.ui.setup.people.get(i) {
            let role = truncate(&role_name(&p.role), role_w, theme.symbols().ellipsis);
            let role_cell = format!("{role}{}", " ".repeat(role_w - width(&role)));
            let (line, cursor) = person_line(state, i, p.name.as_str(), role_cell, focused);
            if focused {
                let x = area.x + to_u16(cursor);
                frame.set_cursor_position(Position::new(x.min(area.right()), y));
            }
            line
        } else {
            Line::from(vec![
                Span::raw("  +  "),
                Span::styled(state.tr("ui-setup-add-person"), style),
            ])
        };
        if y < area.bottom() {
            frame.render_widget(Paragraph::new(line), row);
            state.ui.cache.hits.borrow_mut().push((row, focus));
        }
        y += 1;
    }
}

/// A participant's row ("  2  ‹ Peer / community ›  AB"), and the column where typing goes.
fn person_line(
    state: &State,
    i: usize,
    name: &str,
    role_cell: String,
    focused: bool,
) -> (Line<'static>, usize) {
    let theme = state.ui.theme;
    let (open, close) = if focused {
        ("‹ ", " ›")
    } else {
        ("  ", "  ")
    };
    let lead = format!("{:>3}  {open}", i + 1);
    let cursor = width(&lead) + width(&role_cell) + width(close) + 2 + width(name);
    let role_style = if focused {
        theme.highlight()
    } else {
        theme.strong()
    };
    let field = theme
        .dim()
        .add_modifier(Modifier::UNDERLINED)
        .remove_modifier(Modifier::DIM);
    let pad = " ".repeat(NAME_COLS.saturating_sub(width(name)));
    let line = Line::from(vec![
        Span::raw(lead),
        Span::styled(role_cell, role_style),
        Span::raw(format!("{close}  ")),
        Span::styled(format!("{name}{pad}"), field),
    ]);
    (line, cursor)
}

/// The footer's keys on a participant's row or on "Add a participant"; `None` elsewhere.
pub fn keys(
    state: &State,
    ud: &'static str,
    lr: &'static str,
) -> Option<Vec<(&'static str, &'static str)>> {
    if state.ui.setup.person().is_some() {
        return Some(vec![
            (lr, "ui-key-role"),
            ("Ctrl+D", "ui-key-remove"),
            (ud, "ui-key-field"),
            ("Enter", "ui-key-next"),
        ]);
    }
    (state.ui.setup.focus == state.ui.setup.add_row()).then(|| {
        vec![
            ("Enter", "ui-key-add"),
            (ud, "ui-key-field"),
            ("Esc", "ui-key-back"),
        ]
    })
}
