//! The form for an action's owner and due date (`t` on the results): the action, the two
//! fields (the one with the cursor marked), why a date was refused, and the keys.
//!
//! Must not: change the state.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::{ActionForm, Doc, State};
use crate::tui::widgets::{popup::window, truncate, width, wrap};

pub fn render(state: &State, doc: &Doc, f: &ActionForm, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let inner_w = usize::from(area.width.min(72).saturating_sub(2));
    let text = doc
        .fw
        .question(&f.question)
        .map_or_else(|| f.question.clone(), |q| q.text.get(doc.lang()).to_owned());
    let mut lines: Vec<Line> = wrap(&text, inner_w)
        .into_iter()
        .take(2)
        .map(|l| Line::styled(l, theme.dim()))
        .collect();
    lines.push(Line::raw(""));
    let labels = [state.tr("ui-action-owner"), state.tr("ui-action-due")];
    let label_w = labels.iter().map(|l| width(l)).max().unwrap_or(0) + 2;
    let mut cursor_at = None;
    for (i, (label, input)) in labels.iter().zip([&f.owner, &f.due]).enumerate() {
        let here = i == f.field;
        let pad = " ".repeat(label_w - width(label));
        let value = truncate(input.as_str(), inner_w.saturating_sub(label_w + 2), "…");
        if here {
            let before: String = input.as_str().chars().take(input.cursor()).collect();
            cursor_at = Some((lines.len(), 2 + label_w + width(&before)));
        }
        lines.push(Line::from(vec![
            Span::styled(if here { "> " } else { "  " }, theme.key()),
            Span::styled(format!("{label}{pad}"), theme.strong()),
            Span::styled(
                value,
                if here {
                    theme.highlight()
                } else {
                    theme.strong()
                },
            ),
        ]));
    }
    for l in wrap(&state.tr("ui-action-due-hint"), inner_w.saturating_sub(2)) {
        lines.push(Line::styled(format!("  {l}"), theme.dim()));
    }
    if let Some(e) = &f.error {
        for l in wrap(e, inner_w) {
            lines.push(Line::styled(l, theme.bad()));
        }
    }
    lines.push(Line::raw(""));
    let mut keys = Vec::new();
    for (k, what) in [
        ("Enter", state.tr("ui-action-key-keep")),
        ("↑↓", state.tr("ui-action-key-field")),
        ("Esc", state.tr("ui-editor-cancel")),
    ] {
        keys.push(Span::styled(k, theme.key()));
        keys.push(Span::raw(format!(" {what}   ")));
    }
    lines.push(Line::from(keys));
    let h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let inner = window(frame, area, 72, h, &state.tr("ui-action-title"), theme);
    if let Some((row, col)) = cursor_at {
        let x = inner.x + u16::try_from(col).unwrap_or(u16::MAX);
        let y = inner.y + u16::try_from(row).unwrap_or(u16::MAX);
        frame.set_cursor_position(Position::new(x.min(inner.right()), y));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
