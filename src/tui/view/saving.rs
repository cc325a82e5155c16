//! The popups about the disk: a save that failed (with the path to save at instead, editable)
//! and a session file that cannot be read (with its backup on offer).
//!
//! Must not: change the state or touch the disk.

use std::path::Path;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::app::State;
use crate::tui::input::TextInput;
use crate::tui::widgets::{editor::editor, popup::window, wrap};

/// "Could not save": what failed and where, that the answers are still in memory, and the
/// path to save at instead.
pub fn save_elsewhere(
    state: &State,
    frame: &mut Frame,
    area: Rect,
    message: &str,
    input: &TextInput,
) {
    let theme = state.ui.theme;
    let inner = window(frame, area, 76, 18, &state.tr("ui-save-title"), theme);
    let width = usize::from(inner.width.max(1));
    let [why, _, ask, field, _, keys] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let lines: Vec<Line> = message
        .lines()
        .flat_map(|l| wrap(l, width))
        .map(|l| Line::styled(l, theme.bad()))
        .collect();
    frame.render_widget(Paragraph::new(lines), why);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(state.tr("ui-save-in-memory"), theme.strong()),
            Line::raw(state.tr("ui-save-elsewhere")),
        ]),
        ask,
    );
    editor(frame, field, input);
    let hint = Line::from(vec![
        Span::styled("Enter", theme.key()),
        Span::raw(format!(" {}   ", state.tr("ui-save-there"))),
        Span::styled("Esc", theme.key()),
        Span::raw(format!(" {}   ", state.tr("ui-save-not-now"))),
        Span::styled("Ctrl+Q", theme.key()),
        Span::raw(format!(" {}", state.tr("ui-key-quit"))),
    ]);
    frame.render_widget(Paragraph::new(hint), keys);
}

/// "Cannot be read": the file, what is wrong with it (line and column), and the backup.
pub fn unreadable(
    state: &State,
    frame: &mut Frame,
    area: Rect,
    path: &Path,
    message: &str,
    backup: Option<&Path>,
) {
    let theme = state.ui.theme;
    let inner = window(frame, area, 76, 20, &state.tr("ui-unreadable-title"), theme);
    let mut lines = vec![Line::raw(state.tr_args(
        "ui-unreadable-kept",
        &[("path", path.display().to_string().into())],
    ))];
    lines.push(Line::raw(""));
    lines.extend(
        message
            .lines()
            .map(|l| Line::styled(l.to_owned(), theme.bad())),
    );
    lines.push(Line::raw(""));
    let keys = if let Some(b) = backup {
        lines.push(Line::raw(state.tr_args(
            "ui-unreadable-backup",
            &[("path", b.display().to_string().into())],
        )));
        lines.push(Line::raw(state.tr("ui-unreadable-moves")));
        Line::from(vec![
            Span::styled("b", theme.key()),
            Span::raw(format!(" {}   ", state.tr("ui-unreadable-open"))),
            Span::styled("Esc", theme.key()),
            Span::raw(format!(" {}", state.tr("ui-unreadable-leave"))),
        ])
    } else {
        lines.push(Line::raw(state.tr("ui-unreadable-no-backup")));
        Line::from(vec![
            Span::styled("Esc", theme.key()),
            Span::raw(format!(" {}", state.tr("ui-unreadable-close"))),
        ])
    };
    lines.push(Line::raw(""));
    lines.push(keys);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
