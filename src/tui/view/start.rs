//! The start screen: choose the framework and language of a new assessment, or resume a
//! saved one (programme, date, framework, percent complete). The newest unfinished session
//! starts under the cursor, so after a crash Enter resumes it.
//!
//! Must not: change the state or list sessions itself (an effect does).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::heading;
use crate::session::Summary;
use crate::tui::app::{StartState, State, language_name};
use crate::tui::widgets::{menu::menu, truncate, width, wrap};

pub fn render(state: &State, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    let start = &state.ui.start;
    let w = usize::from(area.width);
    let [title, list, about] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(if theme.present { 0 } else { 3 }),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(heading(&state.tr("ui-start-title"), theme)),
        title,
    );
    let fw = start.frameworks.get(start.framework);
    let (left, right) = if theme.ascii {
        ("<", ">")
    } else {
        ("◀", "▶")
    };
    let label = |i: usize, text: String| {
        let style = if start.cursor == i {
            theme.highlight()
        } else {
            theme.strong()
        };
        Span::styled(text, style)
    };
    let languages = start.languages();
    let code = languages.get(start.language).map_or("en", String::as_str);
    let lang = language_name(code);
    let fw_name = fw.map_or_else(
        || state.tr("ui-start-no-framework"),
        |f| format!("{} ({} {})", f.title.get(code), f.id, f.version),
    );
    // The two labels line up whatever their length in the wizard's language.
    let (fw_label, lang_label) = (
        state.tr("ui-start-framework"),
        state.tr("ui-start-language"),
    );
    let label_w = width(&fw_label).max(width(&lang_label)) + 2;
    let padded = |s: &str| format!("  {s}{}", " ".repeat(label_w - width(s)));
    let mut items = vec![
        vec![Line::from(vec![
            Span::raw(padded(&fw_label)),
            label(
                StartState::ROW_FRAMEWORK,
                format!(
                    "{left} {} {right}",
                    truncate(&fw_name, w.saturating_sub(label_w + 9), sym.ellipsis)
                ),
            ),
        ])],
        language_item(state, padded(&lang_label), label_w, w, {
            label(StartState::ROW_LANGUAGE, format!("{left} {lang} {right}"))
        }),
    ];
    let mut new = vec![Line::from(vec![
        Span::raw("  "),
        label(StartState::ROW_NEW, state.tr("ui-start-new")),
    ])];
    new.push(Line::raw(""));
    if start.sessions.is_empty() {
        new.push(Line::styled(state.tr("ui-start-no-sessions"), theme.dim()));
    } else {
        new.push(heading(&state.tr("ui-start-resume"), theme));
    }
    items.push(new);
    items.extend(
        start
            .sessions
            .iter()
            .enumerate()
            .map(|(i, s)| session_row(state, i, s, label)),
    );
    // Menu items are the rows: framework, language, new (with the heading below it), sessions.
    menu(frame, list, items, start.cursor, &state.ui.cache, theme);
    if let Some(d) = fw.and_then(|f| f.description.as_ref()) {
        let lines: Vec<Line> = wrap(d.get(code), w)
            .into_iter()
            .take(3)
            .map(|l| Line::styled(l, theme.dim()))
            .collect();
        frame.render_widget(Paragraph::new(lines), about);
    }
}

/// A saved session's row: programme, date, framework and percent complete (or what is
/// wrong with its file).
fn session_row(
    state: &State,
    i: usize,
    s: &Summary,
    label: impl Fn(usize, String) -> Span<'static>,
) -> Vec<Line<'static>> {
    let sym = state.ui.theme.symbols();
    if s.problem.is_some() {
        return vec![broken_row(state, i, s)];
    }
    let programme = s
        .programme
        .clone()
        .unwrap_or_else(|| state.tr("ui-start-unnamed"));
    let percent = s
        .percent
        .map_or_else(|| "  ?".to_owned(), |p| format!("{p:>3}%"));
    let text = format!(
        "{:<32} {:<10} {:<22} {percent}",
        truncate(&programme, 32, sym.ellipsis),
        s.date.as_deref().unwrap_or(""),
        truncate(&s.framework, 22, sym.ellipsis),
    );
    vec![Line::from(vec![
        Span::raw("  "),
        label(StartState::ROW_SESSIONS + i, text),
    ])]
}

/// The language row and, when the framework is not written in that language, which
/// languages it has and what that means: its questions in English, integra's own words
/// still in the language chosen.
fn language_item(
    state: &State,
    label: String,
    indent: usize,
    w: usize,
    choice: Span<'static>,
) -> Vec<Line<'static>> {
    let start = &state.ui.start;
    let mut lines = vec![Line::from(vec![Span::raw(label), choice])];
    if start.frameworks.is_empty() || !start.framework_lacks_language() {
        return lines;
    }
    let have: Vec<String> = start
        .framework_languages()
        .iter()
        .map(|c| language_name(c))
        .collect();
    let note = state.tr_args(
        "ui-start-lang-missing",
        &[
            ("have", have.join(", ").into()),
            ("lang", language_name(&start.language_code()).into()),
        ],
    );
    for l in wrap(&note, w.saturating_sub(indent + 3)) {
        lines.push(Line::styled(
            format!("{}{l}", " ".repeat(indent + 2)),
            state.ui.theme.warn(),
        ));
    }
    lines
}

/// A session file that cannot be read: listed so it is not silently forgotten; opening it
/// says what is wrong and offers its backup.
fn broken_row(state: &State, i: usize, s: &Summary) -> Line<'static> {
    let theme = state.ui.theme;
    let name = s.path.file_name().unwrap_or_default().to_string_lossy();
    let text = format!(
        "{:<32} {}",
        truncate(&name, 32, theme.symbols().ellipsis),
        state.tr("ui-start-unreadable")
    );
    let style = if state.ui.start.cursor == StartState::ROW_SESSIONS + i {
        theme.highlight()
    } else {
        theme.bad()
    };
    Line::from(vec![Span::raw("  "), Span::styled(text, style)])
}
