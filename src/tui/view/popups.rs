//! Popups: the keys (`?`), a question's full guidance (`i`), the quit question, notices
//! (such as a changed framework), and the editor for notes and text answers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{arrows, footer_keys, screen_name};
use crate::tui::app::{EditTarget, Popup, Saving, Screen, State};
use crate::tui::widgets::{editor::editor, popup::window, wrap};

/// What quitting now does to the answers, in the quit question.
fn quit_lines(state: &State, width: usize) -> Vec<Line<'static>> {
    let path = state
        .doc
        .as_ref()
        .map(|d| d.session.path.display().to_string());
    let (first, show_path) = match (state.saving, &path) {
        (Saving::Preview, Some(_)) => ("This was a preview: nothing was saved.", false),
        (Saving::Off, Some(_)) if state.unsaved => (
            "Your answers are NOT saved (--no-save) and will be lost. Export them first (e) to keep them.",
            false,
        ),
        (Saving::Off, Some(_)) if !state.export.written.is_empty() => {
            ("Nothing changed since the export, saved in:", true)
        }
        (Saving::Off, Some(_)) | (_, None) => ("Nothing has been answered yet.", false),
        (Saving::Autosave, Some(_)) if state.unsaved => (
            "The last save failed: answers given since are only in memory and are lost on quitting. The file is:",
            true,
        ),
        (Saving::Autosave, Some(_)) => ("Every answer is already saved, in:", true),
    };
    let mut lines: Vec<Line> = wrap(first, width).into_iter().map(Line::raw).collect();
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
            // A failed save names the file and says what quitting loses: it needs more room.
            let h = if state.unsaved && state.saving == Saving::Autosave {
                11
            } else {
                8
            };
            let inner = window(frame, area, 60, h, "Quit integra?", theme);
            let mut lines = quit_lines(state, usize::from(inner.width));
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::styled("y", theme.key()),
                Span::raw(" quit   "),
                Span::styled("n", theme.key()),
                Span::raw(" stay"),
            ]));
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        }
        Popup::Notice { title, lines } => {
            let h = u16::try_from(lines.len() + 4).unwrap_or(u16::MAX);
            let inner = window(frame, area, 76, h, title, theme);
            let mut text: Vec<Line> = lines.iter().map(|l| Line::raw(l.clone())).collect();
            text.push(Line::raw(""));
            text.push(Line::styled("Enter or Esc to continue", theme.dim()));
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
        }
        Popup::Editor { target, input } => {
            let title = match target {
                EditTarget::Note(_) => "Note",
                EditTarget::TextAnswer(_) => "Answer",
            };
            let inner = window(frame, area, 72, 14, title, theme);
            let [text, _, keys] = Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(1),
                Constraint::Length(1),
            ])
            .areas(inner);
            editor(frame, text, input);
            let hint = Line::from(vec![
                Span::styled("Esc", theme.key()),
                Span::raw(" keep and close   "),
                Span::styled("Enter", theme.key()),
                Span::raw(" new line   "),
                Span::styled("Ctrl+S", theme.key()),
                Span::raw(" keep"),
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
            ("Space", "choose, or tick a checklist item"),
            ("Delete x", "clear the answer"),
            ("i", "the question's guidance in full"),
            (lr, "also PgUp PgDn: previous / next question"),
        ]);
    }
    let everywhere: [(&str, &str); 7] = [
        ("?", "these keys"),
        ("Esc", "back; closes a window"),
        ("q", "quit (asks first; answers are always saved)"),
        ("p", "projector mode: high contrast, fewer words"),
        ("o r s e", "overview, review, results, export"),
        ("m", "edit the assessment's facts"),
        ("mouse", "the wheel scrolls, a click chooses"),
    ];
    let mut lines = vec![Line::styled(
        format!("On this screen ({})", screen_name(state.screen)),
        theme.heading(),
    )];
    let row = |(k, what): (&str, &str)| {
        Line::from(vec![
            Span::styled(format!("  {k:<11}"), theme.key()),
            Span::raw(what.to_owned()),
        ])
    };
    lines.extend(here.into_iter().map(row));
    lines.push(Line::raw(""));
    lines.push(Line::styled("Everywhere", theme.heading()));
    lines.extend(everywhere.into_iter().map(row));
    let h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let inner = window(frame, area, 70, h, "Keys", theme);
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
        ("Guidance", q.help.as_ref()),
        ("Evidence to look for", q.evidence.as_ref()),
        (
            "Why this principle matters",
            principle.and_then(|p| p.rationale.as_ref()),
        ),
        ("If it scores low", q.recommendation.as_ref()),
    ] {
        if let Some(t) = text {
            lines.push(Line::raw(""));
            lines.push(Line::styled(label, theme.heading()));
            lines.push(Line::raw(t.get(lang).to_owned()));
        }
    }
    let inner = window(
        frame,
        area,
        76,
        area.height.saturating_sub(2),
        "About this question",
        theme,
    );
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
