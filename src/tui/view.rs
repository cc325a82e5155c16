//! `view`: draws the state, doing nothing else. The frame is a header (where you are), the
//! screen's body (one module per screen in `view/`), and a footer with the keys that work
//! here (or the last message). Popups draw on top.
//!
//! Nothing drawn changes unless the state does (no clock, no spinner), so ratatui's diff
//! sends only what a key really changed.
//!
//! Must not: change the state (beyond the view cache) or do I/O.

mod actions;
mod agenda;
mod compare;
mod export;
mod overview;
mod participants;
mod popups;
mod present;
mod question;
mod results;
mod review;
mod saving;
mod search;
mod setup;
mod start;
mod votes;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{MIN_SIZE, OpenScreen, Phase, Saving, Screen, State};
use super::theme::Theme;
use super::widgets::{truncate, width};

/// Draws the whole wizard.
pub fn view(state: &State, frame: &mut Frame) {
    state.ui.cache.hits.borrow_mut().clear();
    let area = frame.area();
    // The projector palette paints its own background under everything (see `theme`).
    frame.buffer_mut().set_style(area, state.ui.theme.base());
    if state.too_small() {
        too_small(state, frame, area);
        return;
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_header(state, frame, header);
    let body = body.inner(ratatui::layout::Margin::new(1, 0));
    match &state.phase {
        Phase::Start { .. } => start::render(state, frame, body),
        Phase::Open { doc, screen } => match screen {
            OpenScreen::Setup => setup::render(state, doc, frame, body),
            OpenScreen::Overview => overview::render(state, doc, frame, body),
            OpenScreen::Question => question::render(state, doc, frame, body),
            OpenScreen::Review => review::render(state, doc, frame, body),
            OpenScreen::Results => results::render(state, doc, frame, body),
            OpenScreen::Export => export::render(state, doc, frame, body),
        },
    }
    draw_footer(state, frame, footer);
    if let Some(popup) = &state.ui.popup {
        popups::render(state, popup, frame, area);
    }
}

fn too_small(state: &State, frame: &mut Frame, area: Rect) {
    let times = if state.ui.theme.ascii { "x" } else { "×" };
    let need = format!("{}{times}{}", MIN_SIZE.0, MIN_SIZE.1);
    let have = format!("{}{times}{}", state.ui.size.0, state.ui.size.1);
    let mut lines = vec![
        Line::styled(
            state.tr_args("ui-too-small-need", &[("size", need.clone().into())]),
            state.ui.theme.strong(),
        ),
        Line::raw(state.tr_args("ui-too-small-have", &[("size", have.into())])),
        Line::raw(quit_line(state)),
    ];
    // A projector's resolution is fixed: the font is what can change.
    if state.ui.theme.present {
        let text = state.tr_args("ui-too-small-present", &[("size", need.into())]);
        lines.insert(2, Line::raw(text));
    }
    // The quit question, the same as on a full screen.
    if matches!(state.ui.popup, Some(super::app::Popup::ConfirmQuit)) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            state.tr("ui-quit-title"),
            state.ui.theme.heading(),
        ));
        lines.extend(popups::quit_lines(state, usize::from(area.width)));
        lines.push(popups::quit_keys(state));
    }
    let p = Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .alignment(Alignment::Center);
    let y = area.height / 3;
    frame.render_widget(
        p,
        Rect::new(area.x, area.y + y, area.width, area.height - y),
    );
}

/// The last line of the too-small screen: what quitting does to the answers.
fn quit_line(state: &State) -> String {
    state.tr(match state.ui.saving {
        Saving::Autosave => "ui-too-small-quit",
        Saving::Preview => "ui-too-small-quit-preview",
        Saving::Off if matches!(state.ui.popup, Some(super::app::Popup::ConfirmQuit)) => {
            "ui-too-small-quit-lose"
        }
        Saving::Off if state.ui.unsaved => "ui-too-small-quit-unsaved",
        Saving::Off => "ui-too-small-quit-nosave",
    })
}

/// The header's reminder that answers are not being written, if they are not.
pub fn saving_marker(state: &State) -> Option<String> {
    let saving = match state.ui.saving {
        Saving::Autosave => None,
        Saving::Off => Some(state.tr("ui-marker-nosave")),
        Saving::Preview => Some(state.tr("ui-marker-preview")),
    };
    // The framework's text is in English because it has none in the session's language.
    let english = match &state.phase {
        Phase::Open { doc, .. } => super::update::english_fallback(doc),
        Phase::Start { .. } => None,
    }
    .map(|_| state.tr("ui-marker-english"));
    match (saving, english) {
        (Some(a), Some(b)) => Some(format!("{a} {} {b}", state.ui.theme.symbols().sep)),
        (a, b) => a.or(b),
    }
}

/// Screen names, as the header shows them, in the wizard's language.
pub fn screen_name(state: &State, screen: Screen) -> String {
    state.tr(match screen {
        Screen::Start => "ui-screen-start",
        Screen::Setup => "ui-screen-setup",
        Screen::Overview => "ui-screen-overview",
        Screen::Question => "ui-screen-question",
        Screen::Review => "ui-screen-review",
        Screen::Results => "ui-screen-results",
        Screen::Export => "ui-screen-export",
    })
}

fn draw_header(state: &State, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let sep = format!(" {} ", theme.symbols().sep);
    let marker = saving_marker(state).map(|m| format!("{m}{sep}"));
    let right = format!("{} ", screen_name(state, state.screen()));
    // The workshop clock: a fixed width, so a tick rewrites its digits and nothing else.
    let clock = (state.ui.clock.on && state.doc().is_some())
        .then(|| format!("{}{sep}", state.ui.clock.text()));
    let marker_width = marker.as_deref().map_or(0, width) + clock.as_deref().map_or(0, width);
    let room = usize::from(area.width).saturating_sub(width(&right) + marker_width + 1);
    let mut left = vec![Span::styled(" integra", theme.heading())];
    if let Phase::Open { doc, .. } = &state.phase {
        let title = doc.fw.title.get(doc.lang());
        let programme = doc.session.sheet.meta.programme.as_deref();
        let (title, programme) = header_texts(
            title,
            programme,
            room.saturating_sub(width(" integra")),
            &sep,
            theme.symbols().ellipsis,
        );
        for text in [title, programme].into_iter().flatten() {
            left.push(Span::raw(sep.clone()));
            left.push(Span::raw(text));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(left)), area);
    let mut right = vec![Span::styled(right, theme.strong())];
    if let Some(m) = marker {
        right.insert(0, Span::styled(m, theme.warn()));
    }
    if let Some(c) = clock {
        right.insert(0, Span::styled(c, theme.strong()));
    }
    frame.render_widget(
        Paragraph::new(Line::from(right)).alignment(Alignment::Right),
        area,
    );
}

/// The framework's title and the programme's name within `room` columns (each after a
/// `sep`). The programme is what tells sessions apart, so it keeps its name and the title
/// gives way first; each text is cut at most once, and a title with no room left is left
/// out rather than shown as a lone ellipsis.
fn header_texts(
    title: &str,
    programme: Option<&str>,
    room: usize,
    sep: &str,
    ellipsis: &str,
) -> (Option<String>, Option<String>) {
    let sep_w = width(sep);
    let Some(programme) = programme else {
        let w = room.saturating_sub(sep_w);
        return (
            (w > width(ellipsis)).then(|| truncate(title, w, ellipsis)),
            None,
        );
    };
    if width(title) + width(programme) + 2 * sep_w <= room {
        return (Some(title.to_owned()), Some(programme.to_owned()));
    }
    // The title keeps a few columns when the programme then fits whole; else it goes.
    let title_w = room.saturating_sub(2 * sep_w + width(programme));
    if title_w >= 12.min(width(title)) && title_w > width(ellipsis) + 2 {
        return (
            Some(truncate(title, title_w, ellipsis)),
            Some(programme.to_owned()),
        );
    }
    let programme = truncate(programme, room.saturating_sub(sep_w), ellipsis);
    (None, Some(programme))
}

fn draw_footer(state: &State, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    if let Some(status) = &state.ui.status {
        let style = if status.error {
            theme.bad()
        } else {
            theme.warn()
        };
        let text = truncate(
            &status.text,
            usize::from(area.width) - 1,
            theme.symbols().ellipsis,
        );
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {text}"), style)),
            area,
        );
        return;
    }
    // Help and quit always show, on the right; the screen's keys fill the rest.
    let always: Vec<(&str, String)> = if state.screen() == Screen::Setup {
        vec![("Ctrl+C", state.tr("ui-key-quit"))]
    } else {
        vec![
            ("?", state.tr("ui-key-keys")),
            ("q", state.tr("ui-key-quit")),
        ]
    };
    let spans_of = |keys: &[(&'static str, String)], room: usize| {
        let mut spans = Vec::new();
        let mut used = 0;
        for (key, what) in keys {
            let piece = width(key) + width(what) + 3;
            if used + piece > room {
                break;
            }
            used += piece;
            spans.push(Span::styled(*key, theme.key()));
            spans.push(Span::raw(format!(" {what}  ")));
        }
        (spans, used)
    };
    let here = match &state.ui.popup {
        Some(super::app::Popup::Editor { .. }) => popups::editor_keys(state),
        Some(popup) => popup_keys(state, popup).unwrap_or_else(|| footer_keys(state)),
        None => footer_keys(state),
    };
    let (right, right_width) = spans_of(&always, usize::from(area.width));
    let (mut left, _) = spans_of(&here, usize::from(area.width) - right_width - 1);
    left.insert(0, Span::raw(" "));
    frame.render_widget(Paragraph::new(Line::from(left)), area);
    frame.render_widget(
        Paragraph::new(Line::from(right)).alignment(Alignment::Right),
        area,
    );
}

/// The keys of the facilitator's windows (search, action form, agenda), for the footer
/// beneath them: the screen's own keys do not work while one is open.
fn popup_keys(state: &State, popup: &super::app::Popup) -> Option<Vec<(&'static str, String)>> {
    use super::app::Popup;
    let (ud, _) = arrows(state.ui.theme);
    let keys: Vec<(&'static str, &str)> = match popup {
        Popup::Search { .. } => vec![
            (ud, "ui-key-move"),
            ("Enter", "ui-key-open"),
            ("Esc", "ui-key-back"),
        ],
        Popup::Action(_) => vec![
            ("Enter", "ui-action-key-keep"),
            (ud, "ui-action-key-field"),
            ("Esc", "ui-editor-cancel"),
        ],
        Popup::Agenda { .. } => vec![
            (ud, "ui-key-move"),
            ("+ -", "ui-agenda-key-budget"),
            ("T", "ui-agenda-key-clock"),
            ("Esc", "ui-agenda-key-close"),
        ],
        _ => return None,
    };
    Some(keys.into_iter().map(|(k, w)| (k, state.tr(w))).collect())
}

/// Arrow names for the footer and help: symbols, or words in ASCII mode.
pub fn arrows(theme: Theme) -> (&'static str, &'static str) {
    if theme.ascii {
        ("Up/Down", "Left/Right")
    } else {
        ("↑↓", "←→")
    }
}

/// The keys that work on the current screen, most useful first (the footer shows as many
/// as fit; present mode shows fewer): each key's name, and what it does in the wizard's
/// language.
pub fn footer_keys(state: &State) -> Vec<(&'static str, String)> {
    let (ud, lr) = arrows(state.ui.theme);
    let keys: Vec<(&str, &str)> = match state.screen() {
        Screen::Start => vec![
            (ud, "ui-key-move"),
            (lr, "ui-key-change"),
            ("Enter", "ui-key-open"),
        ],
        Screen::Setup => participants::keys(state, ud, lr).unwrap_or_else(|| {
            vec![
                (ud, "ui-key-field"),
                ("Enter", "ui-key-next"),
                ("Esc", "ui-key-back"),
            ]
        }),
        Screen::Overview => vec![
            (ud, "ui-key-move"),
            ("Enter", "ui-key-open"),
            ("r", "ui-key-review"),
            ("s", "ui-key-results"),
        ],
        Screen::Question => question::keys(state, ud, lr),
        Screen::Review => vec![
            (ud, "ui-key-move"),
            ("Enter", "ui-key-edit"),
            ("s", "ui-key-results"),
            ("o", "ui-key-overview"),
        ],
        Screen::Results if state.ui.theme.present => {
            vec![
                (lr, "ui-key-step"),
                (ud, "ui-key-scroll"),
                ("b", "ui-key-compare"),
            ]
        }
        Screen::Results if state.ui.compare.is_some() => vec![
            (ud, "ui-key-scroll"),
            ("e", "ui-key-export"),
            ("b", "ui-key-compare"),
            ("x", "ui-key-stop-compare"),
            ("r", "ui-key-review"),
        ],
        Screen::Results => vec![
            (ud, "ui-key-scroll"),
            ("e", "ui-key-export"),
            ("b", "ui-key-compare"),
            ("r", "ui-key-review"),
            ("o", "ui-key-overview"),
        ],
        Screen::Export => vec![
            (ud, "ui-key-move"),
            ("Space", "ui-key-tick"),
            ("Enter", "ui-key-write"),
        ],
    };
    let mut keys: Vec<(&'static str, String)> = keys
        .into_iter()
        .map(|(k, what)| (k, state.tr(what)))
        .collect();
    if state.ui.theme.present {
        keys.truncate(3);
    }
    if !matches!(state.screen(), Screen::Start | Screen::Setup) && !state.ui.theme.present {
        keys.push(("Esc", state.tr("ui-key-back")));
    }
    keys
}

/// A one-line heading.
fn heading(text: &str, theme: Theme) -> Line<'static> {
    Line::styled(text.to_owned(), theme.heading())
}
