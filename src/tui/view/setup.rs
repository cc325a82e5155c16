//! The setup screen: the assessment's facts (programme, site, country, date, facilitator,
//! participants) as fields, then Continue, then the workshop's participants (see
//! `participants`). The terminal cursor shows where typing goes.
//!
//! Must not: change the state.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::heading;
use crate::tui::app::{Doc, SETUP_FIELDS, State};
use crate::tui::widgets::{width, wrap};

pub fn render(state: &State, doc: &Doc, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let names: Vec<String> = SETUP_FIELDS.iter().map(|k| state.tr(k)).collect();
    // Labels take 12 columns in English, more where a language needs it.
    let label_w = names.iter().map(|n| width(n)).max().unwrap_or(0).max(12) + 2;
    let mut y = area.y;
    frame.render_widget(
        Paragraph::new(heading(&state.tr("ui-setup-title"), theme)),
        Rect::new(area.x, y, area.width, 1),
    );
    y += 1;
    if !theme.present {
        // Wrapped, never cut: some languages need two lines for it at 80 columns.
        let intro = wrap(&state.tr("ui-setup-intro"), usize::from(area.width));
        let rows = u16::try_from(intro.len()).unwrap_or(1);
        let lines: Vec<Line> = intro
            .into_iter()
            .map(|l| Line::styled(l, theme.dim()))
            .collect();
        frame.render_widget(
            Paragraph::new(lines),
            Rect::new(area.x, y, area.width, rows),
        );
        y += rows - 1;
    }
    y += 2;
    let field_width = usize::from(area.width).saturating_sub(label_w + 2).min(60);
    for (i, name) in names.iter().enumerate() {
        let input = &state.ui.setup.fields[i];
        let focused = state.ui.setup.focus == i;
        let chars: Vec<char> = input.as_str().chars().collect();
        // Long text scrolls within the field, keeping the cursor visible.
        let skip = (input.cursor() + 1).saturating_sub(field_width);
        let shown: String = chars.iter().skip(skip).take(field_width).collect();
        let pad = field_width.saturating_sub(width(&shown));
        let label_style = if focused {
            theme.highlight()
        } else {
            theme.strong()
        };
        let line = Line::from(vec![
            Span::styled(
                format!("{name}{}", " ".repeat(label_w - 2 - width(name))),
                label_style,
            ),
            Span::raw("  "),
            Span::styled(
                format!("{shown}{}", " ".repeat(pad)),
                theme
                    .dim()
                    .add_modifier(Modifier::UNDERLINED)
                    .remove_modifier(Modifier::DIM),
            ),
        ]);
        let row = Rect::new(area.x, y, area.width, 1);
        frame.render_widget(Paragraph::new(line), row);
        state.ui.cache.hits.borrow_mut().push((row, i));
        if focused {
            let before: String = chars
                .iter()
                .skip(skip)
                .take(input.cursor() - skip)
                .collect();
            let x = area.x + u16::try_from(label_w + width(&before)).unwrap_or(0);
            frame.set_cursor_position(Position::new(x, y));
        }
        y += if theme.present { 2 } else { 1 };
    }
    y += 1;
    let i = SETUP_FIELDS.len();
    let style = if state.ui.setup.focus == i {
        theme.highlight()
    } else {
        theme.strong()
    };
    let row = Rect::new(area.x, y, area.width, 1);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::raw(" ".repeat(label_w)),
            Span::styled(state.tr("ui-setup-continue"), style),
        ])),
        row,
    );
    state.ui.cache.hits.borrow_mut().push((row, i));
    if super::participants::shows(state) {
        super::participants::render(state, doc, frame, area, y + 2);
    }
}
