//! Popups: the keys (`?`), a question's full guidance (`i`), the quit question, notices
//! (such as a changed framework), and the editor for notes and text answers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{arrows, footer_keys, screen_name};
use crate::tui::app::{EditTarget, Popup, Saving, Screen, State};
use crate::tui::widgets::{editor::editor, popup::window, width, wrap};

/// What quitting now does to the answers, in the quit question.
fn quit_lines(state: &State, width: usize) -> Vec<Line<'static>> {
    let path = state
        .doc
        .as_ref()
        .map(|d| d.session.path.display().to_string());
    let (first, show_path) = match (state.saving, &path) {
        (Saving::Preview, Some(_)) => ("ui-quit-preview", false),
        (Saving::Off, Some(_)) if state.unsaved => ("ui-quit-nosave-lost", false),
        (Saving::Off, Some(_)) if !state.export.written.is_empty() => ("ui-quit-exported", true),
        (Saving::Off, Some(_)) | (_, None) => ("ui-quit-nothing", false),
        (Saving::Autosave, Some(_)) if state.unsaved => ("ui-quit-save-failed", true),
        (Saving::Autosave, Some(_)) => ("ui-quit-saved", true),
    };
    let mut lines: Vec<Line> = wrap(&state.tr(first), width)
        .into_iter()
        .map(Line::raw)
        .collect();
    if let Some(p) = path.filter(|_| show_path) {
        lines.extend(wrap(&p, width).into_iter().map(Line::raw));
    }
    lines
}

pub fn render(state: &State, popup: &Popup, frame: &mut Frame, area: Rect) {
    let theme = state.theme;
    match popup {
        Popup::Help => help(state, frame, area),
        Popup::SaveElsewhere { message, input } => {
            super::saving::save_elsewhere(state, frame, area, message, input);
        }
        Popup::Unreadable {
            path,
            message,
            backup,
        } => super::saving::unreadable(state, frame, area, path, message, backup.as_deref()),
        Popup::Info => info(state, frame, area),
        Popup::ConfirmQuit => {
            // The window grows with what it has to say (a failed save names the file and
            // says what quitting loses; other languages may need more lines).
            let lines_room = usize::from(area.width.min(60).saturating_sub(2));
            let mut lines = quit_lines(state, lines_room);
            let h = u16::try_from(lines.len() + 4).unwrap_or(u16::MAX).max(8);
            let inner = window(frame, area, 60, h, &state.tr("ui-quit-title"), theme);
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::styled("y", theme.key()),
                Span::raw(format!(" {}   ", state.tr("ui-quit-yes"))),
                Span::styled("n", theme.key()),
                Span::raw(format!(" {}", state.tr("ui-quit-stay"))),
            ]));
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        }
        Popup::Notice { title, lines } => {
            let h = u16::try_from(lines.len() + 4).unwrap_or(u16::MAX);
            let inner = window(frame, area, 76, h, title, theme);
            let mut text: Vec<Line> = lines.iter().map(|l| Line::raw(l.clone())).collect();
            text.push(Line::raw(""));
            text.push(Line::styled(state.tr("ui-notice-continue"), theme.dim()));
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
        }
        Popup::Editor { target, input } => {
            let title = state.tr(match target {
                EditTarget::Note(_) => "ui-editor-note",
                EditTarget::TextAnswer(_) => "ui-editor-answer",
            });
            let inner = window(frame, area, 72, 14, &title, theme);
            let [text, _, keys] = Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(1),
                Constraint::Length(1),
            ])
            .areas(inner);
            editor(frame, text, input);
            let hint = Line::from(vec![
                Span::styled("Esc", theme.key()),
                Span::raw(format!(" {}   ", state.tr("ui-editor-close"))),
                Span::styled("Enter", theme.key()),
                Span::raw(format!(" {}   ", state.tr("ui-editor-newline"))),
                Span::styled("Ctrl+S", theme.key()),
                Span::raw(format!(" {}", state.tr("ui-editor-keep"))),
            ]);
            frame.render_widget(Paragraph::new(hint), keys);
        }
    }
}

fn help(state: &State, frame: &mut Frame, area: Rect) {
    let theme = state.theme;
    let (_, lr) = arrows(theme);
    let mut here = footer_keys(state);
    if state.screen == Screen::Question {
        here.extend([
            ("Space", state.tr("ui-help-space")),
            ("Delete x", state.tr("ui-help-clear")),
            ("i", state.tr("ui-help-info")),
            (lr, state.tr("ui-help-pages")),
        ]);
    }
    let mouse = state.tr("ui-help-mouse-key");
    let everywhere: [(&str, String); 7] = [
        ("?", state.tr("ui-help-these-keys")),
        ("Esc", state.tr("ui-help-esc")),
        // Only autosave keeps every answer: the other modes must not promise it.
        (
            "q",
            state.tr(match state.saving {
                crate::tui::Saving::Autosave => "ui-help-quit",
                crate::tui::Saving::Off => "ui-help-quit-nosave",
                crate::tui::Saving::Preview => "ui-help-quit-preview",
            }),
        ),
        ("p", state.tr("ui-help-present")),
        ("o r s e", state.tr("ui-help-screens")),
        ("m", state.tr("ui-help-meta")),
        (&mouse, state.tr("ui-help-mouse")),
    ];
    let here_title = state.tr_args(
        "ui-help-here",
        &[("screen", screen_name(state, state.screen).into())],
    );
    let mut lines = vec![Line::styled(here_title, theme.heading())];
    let row = |(k, what): (&str, String)| {
        let pad = 11usize.saturating_sub(width(k));
        Line::from(vec![
            Span::styled(format!("  {k}{}", " ".repeat(pad)), theme.key()),
            Span::raw(what),
        ])
    };
    lines.extend(here.into_iter().map(row));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        state.tr("ui-help-everywhere"),
        theme.heading(),
    ));
    lines.extend(everywhere.into_iter().map(row));
    let h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let inner = window(frame, area, 70, h, &state.tr("ui-help-title"), theme);
    frame.render_widget(Paragraph::new(lines), inner);
}

fn info(state: &State, frame: &mut Frame, area: Rect) {
    let theme = state.theme;
    let Some((doc, q)) = state.doc.as_ref().zip(state.current_question()) else {
        return;
    };
    let lang = doc.lang();
    let mut lines = vec![Line::styled(q.text.get(lang).to_owned(), theme.strong())];
    let principle = doc.fw.principle_of(&q.id);
    for (label, text) in [
        ("ui-info-guidance", q.help.as_ref()),
        ("ui-info-evidence", q.evidence.as_ref()),
        ("ui-info-why", principle.and_then(|p| p.rationale.as_ref())),
        ("ui-info-low", q.recommendation.as_ref()),
    ] {
        if let Some(t) = text {
            lines.push(Line::raw(""));
            lines.push(Line::styled(state.tr(label), theme.heading()));
            lines.push(Line::raw(t.get(lang).to_owned()));
        }
    }
    let inner = window(
        frame,
        area,
        76,
        area.height.saturating_sub(2),
        &state.tr("ui-info-title"),
        theme,
    );
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
