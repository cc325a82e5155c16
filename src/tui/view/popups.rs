//! Popups: the keys (`?`), a question's full guidance (`i`), the quit question, notices
//! (such as a changed framework), and the editor for notes and text answers.
//!
//! Must not: change the state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{arrows, footer_keys, screen_name};
use crate::tui::app::{Doc, EditTarget, Phase, Popup, Saving, Screen, State};
use crate::tui::widgets::{editor::editor, popup::window, width, wrap};

/// What quitting now does to the answers, in the quit question.
pub fn quit_lines(state: &State, width: usize) -> Vec<Line<'static>> {
    let path = state.doc().map(|d| d.session.path.display().to_string());
    let (first, show_path) = match (state.ui.saving, &path) {
        (Saving::Preview, Some(_)) => ("ui-quit-preview", false),
        (Saving::Off, Some(_)) if state.ui.unsaved => ("ui-quit-nosave-lost", false),
        (Saving::Off, Some(_)) if !state.ui.export.written.is_empty() => ("ui-quit-exported", true),
        (Saving::Off, Some(_)) | (_, None) => ("ui-quit-nothing", false),
        (Saving::Autosave, Some(_)) if state.ui.unsaved => ("ui-quit-save-failed", true),
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

/// "y quit   n stay".
pub fn quit_keys(state: &State) -> Line<'static> {
    let theme = state.ui.theme;
    Line::from(vec![
        Span::styled("y", theme.key()),
        Span::raw(format!(" {}   ", state.tr("ui-quit-yes"))),
        Span::styled("n", theme.key()),
        Span::raw(format!(" {}", state.tr("ui-quit-stay"))),
    ])
}

pub fn render(state: &State, popup: &Popup, frame: &mut Frame, area: Rect) {
    // The popups about the assessment's content open only on its screens.
    match (popup, &state.phase) {
        (Popup::Action(form), Phase::Open { doc, .. }) => {
            super::actions::render(state, doc, form, frame, area);
        }
        (Popup::Agenda { cursor }, Phase::Open { doc, .. }) => {
            super::agenda::render(state, doc, *cursor, frame, area);
        }
        (Popup::Search { input, cursor }, Phase::Open { doc, .. }) => {
            super::search::render(state, doc, input, *cursor, frame, area);
        }
        (Popup::Info, Phase::Open { doc, .. }) => info(state, doc, frame, area),
        (
            Popup::Info | Popup::Action(_) | Popup::Agenda { .. } | Popup::Search { .. },
            Phase::Start { .. },
        ) => {}
        (popup, _) => window_of(state, popup, frame, area),
    }
}

/// The popups that need no assessment to draw.
fn window_of(state: &State, popup: &Popup, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
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
        // Drawn by `render`, which has the assessment they are about.
        Popup::Info | Popup::Action(_) | Popup::Agenda { .. } | Popup::Search { .. } => {}
        Popup::Compare { sessions, cursor } => {
            let picker = super::compare::Picker {
                sessions,
                cursor: *cursor,
                framework: state.doc().map_or("", |d| d.fw.id.as_str()),
                theme,
                lang: state.lang(),
            };
            // Its own scroll: the cache's offset is the results' beneath it.
            let cache = crate::tui::app::ViewCache::default();
            super::compare::render(&picker, frame, area, &cache);
        }
        Popup::ConfirmQuit => {
            // The window grows with what it has to say (a failed save names the file and
            // says what quitting loses; other languages may need more lines).
            let lines_room = usize::from(area.width.min(60).saturating_sub(2));
            let mut lines = quit_lines(state, lines_room);
            let h = u16::try_from(lines.len() + 4).unwrap_or(u16::MAX).max(8);
            let inner = window(frame, area, 60, h, &state.tr("ui-quit-title"), theme);
            lines.push(Line::raw(""));
            lines.push(quit_keys(state));
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        }
        Popup::Notice { title, lines } => {
            let w = usize::from(area.width.min(76).saturating_sub(2));
            let mut text: Vec<Line> = lines
                .iter()
                .flat_map(|l| wrapped(l, w, ratatui::style::Style::new()))
                .collect();
            text.push(Line::raw(""));
            text.extend(wrapped(&state.tr("ui-notice-continue"), w, theme.dim()));
            let h = u16::try_from(text.len() + 2)
                .unwrap_or(u16::MAX)
                .min(area.height.saturating_sub(2));
            let inner = window(frame, area, 76, h, title, theme);
            scrolling(state, frame, inner, text);
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
            let mut hint = Vec::new();
            for (key, what) in editor_keys(state) {
                hint.push(Span::styled(key, theme.key()));
                hint.push(Span::raw(format!(" {what}   ")));
            }
            frame.render_widget(Paragraph::new(Line::from(hint)), keys);
        }
    }
}

/// The editor's keys, in the window and in the footer beneath it.
pub fn editor_keys(state: &State) -> Vec<(&'static str, String)> {
    vec![
        ("Enter", state.tr("ui-editor-keep")),
        ("Esc", state.tr("ui-editor-cancel")),
        ("Ctrl+J", state.tr("ui-editor-newline")),
        ("Ctrl+S", state.tr("ui-editor-keep")),
    ]
}

/// `text` wrapped to `w` columns, each line in `style`.
fn wrapped(text: &str, w: usize, style: ratatui::style::Style) -> Vec<Line<'static>> {
    wrap(text, w)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// Draws `lines` (one screen row each) in `inner` from the window's scroll position. When
/// they do not all fit, the last row says which lines show, that more is below or above,
/// and which keys scroll; the view cache keeps how far scrolling can go.
fn scrolling(state: &State, frame: &mut Frame, inner: Rect, lines: Vec<Line<'static>>) {
    let height = usize::from(inner.height);
    if lines.len() <= height {
        state.ui.cache.scroll_max.set(0);
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let room = height.saturating_sub(1).max(1);
    let max = lines.len() - room;
    state.ui.cache.scroll_max.set(max);
    let top = state.ui.popup_scroll.min(max);
    let total = lines.len();
    let mut shown: Vec<Line> = lines.into_iter().skip(top).take(room).collect();
    let (ud, _) = arrows(state.ui.theme);
    shown.push(scroll_hint(
        state,
        top,
        room,
        total,
        &format!("{ud} PgUp PgDn"),
    ));
    frame.render_widget(Paragraph::new(shown), inner);
}

/// "▼ more  lines 1-14 of 30 (↑↓ `PgUp` `PgDn`)": where the reader is in a long text.
pub fn scroll_hint(
    state: &State,
    top: usize,
    room: usize,
    total: usize,
    keys: &str,
) -> Line<'static> {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    // The arrow only: the word after it is the catalogue's, in the reader's language.
    let arrow = |s: &str| s.chars().next().map(String::from).unwrap_or_default();
    let mark = match (top > 0, top + room < total) {
        (_, true) => arrow(sym.more_below),
        (true, false) => arrow(sym.more_above),
        (false, false) => String::new(),
    };
    let text = state.tr_args(
        "ui-scroll-position",
        &[
            ("mark", mark.into()),
            ("from", (top + 1).into()),
            ("to", (top + room).min(total).into()),
            ("total", total.into()),
            ("keys", keys.to_owned().into()),
        ],
    );
    Line::styled(text, theme.warn())
}

fn help(state: &State, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let (_, lr) = arrows(theme);
    let mut here = footer_keys(state);
    if state.screen() == Screen::Question {
        let tenth = state
            .doc()
            .zip(state.current_question())
            .is_some_and(|(d, q)| {
                crate::tui::choices::numbered(&crate::tui::choices::choices(&d.fw, q)) >= 10
            });
        let more = [
            ("Space", state.tr("ui-help-space")),
            ("0", state.tr("ui-help-tenth")),
            ("d", state.tr("answer-dont-know")),
            ("a", state.tr("answer-not-applicable")),
            ("Delete x", state.tr("ui-help-clear")),
            ("u", state.tr("ui-help-undo")),
            ("i", state.tr("ui-help-info")),
            (lr, state.tr("ui-help-pages")),
        ];
        if !state.ui.votes.on {
            for (key, what) in more {
                // The footer's short form of a key gives way to the longer one here.
                here.retain(|(k, _)| *k != key || key == lr);
                if key != "0" || tenth {
                    here.push((key, what));
                }
            }
        }
    }
    super::votes::help_here(state, &mut here);
    facilitator_help(state, &mut here);
    if state.screen() == Screen::Results {
        for (key, what) in [
            ("1-5", state.tr("ui-help-action-pick")),
            ("t", state.tr("ui-help-action-edit")),
            ("b", state.tr("ui-help-compare")),
            ("x Delete", state.tr("ui-help-stop-compare")),
            (lr, state.tr("ui-help-step")),
        ] {
            here.retain(|(k, _)| *k != key && !(key.starts_with(k) && k.len() == 1));
            here.push((key, what));
        }
    }
    let mouse = state.tr("ui-help-mouse-key");
    let (ud, _) = arrows(theme);
    let move_keys = format!("{ud} j k");
    let everywhere: [(&str, String); 10] = [
        ("?", state.tr("ui-help-these-keys")),
        (&move_keys, state.tr("ui-help-move")),
        ("Home End", state.tr("ui-help-ends")),
        ("PgUp PgDn", state.tr("ui-help-page")),
        ("Esc", state.tr("ui-help-esc")),
        // Only autosave keeps every answer: the other modes must not promise it.
        (
            "q",
            state.tr(match state.ui.saving {
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
        &[("screen", screen_name(state, state.screen()).into())],
    );
    let mut lines = vec![Line::styled(here_title, theme.heading())];
    let row = |(k, what): (&str, String)| {
        let pad = 12usize.saturating_sub(width(k));
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
    let h = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    let inner = window(frame, area, 70, h, &state.tr("ui-help-title"), theme);
    scrolling(state, frame, inner, lines);
}

/// The facilitator aids' keys: they work on every screen of an assessment past the setup.
fn facilitator_help(state: &State, here: &mut Vec<(&'static str, String)>) {
    if matches!(state.screen(), Screen::Start | Screen::Setup) {
        return;
    }
    if state.screen() == Screen::Question {
        here.push(("f", state.tr("ui-help-park")));
    }
    here.push(("w", state.tr("ui-help-next-open")));
    here.push(("/", state.tr("ui-help-search")));
    here.push(("A", state.tr("ui-help-agenda")));
    here.push(("T", state.tr("ui-help-clock")));
}

fn info(state: &State, doc: &Doc, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let Some(q) = doc.fw.question(&state.ui.question.id) else {
        return;
    };
    let lang = doc.lang();
    let w = usize::from(area.width.min(76).saturating_sub(2));
    let mut lines = wrapped(q.text.get(lang), w, theme.strong());
    let principle = doc.fw.principle_of(&q.id);
    for (label, text) in [
        ("ui-info-guidance", q.help.as_ref()),
        ("ui-info-evidence", q.evidence.as_ref()),
        ("ui-info-why", principle.and_then(|p| p.rationale.as_ref())),
        ("ui-info-low", q.recommendation.as_ref()),
    ] {
        if let Some(t) = text {
            lines.push(Line::raw(""));
            lines.extend(wrapped(&state.tr(label), w, theme.heading()));
            lines.extend(wrapped(t.get(lang), w, ratatui::style::Style::new()));
        }
    }
    // Below the title bar and above the footer at most, so the screen stays recognisable.
    let h = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    let inner = window(frame, area, 76, h, &state.tr("ui-info-title"), theme);
    scrolling(state, frame, inner, lines);
}
