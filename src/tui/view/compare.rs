//! The compare picker: a window over the results listing the earlier assessments of the same
//! framework, newest first, under a first row that stops comparing. Enter chooses, `x`
//! stops comparing, Esc closes.
//!
//! Must not: change the state or read the sessions folder.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::ViewCache;
use super::super::theme::Theme;
use super::super::widgets::{menu::menu, popup::window, truncate, width, wrap};
use crate::i18n::{self, Lang};
use crate::session::Summary;

/// What the picker shows.
pub struct Picker<'a> {
    pub sessions: &'a [Summary],
    /// Row under the cursor: 0 is "No comparison", then the sessions.
    pub cursor: usize,
    /// The framework's id, named when there is nothing to offer.
    pub framework: &'a str,
    pub theme: Theme,
    pub lang: Lang,
}

pub fn render(p: &Picker, frame: &mut Frame, area: Rect, cache: &ViewCache) {
    let theme = p.theme;
    let w = area.width.saturating_sub(4).min(100);
    let text_w = usize::from(w.saturating_sub(2));
    let intro = if p.sessions.is_empty() {
        let args = [("framework", p.framework.into())];
        i18n::tr_args(p.lang, "ui-compare-none", &args)
    } else {
        i18n::tr(p.lang, "ui-compare-intro")
    };
    let intro: Vec<Line> = wrap(&intro, text_w)
        .into_iter()
        .map(|l| Line::styled(l, theme.dim()))
        .collect();
    let rows = p.sessions.len() + 1;
    let h = u16::try_from(intro.len() + rows + 3).unwrap_or(u16::MAX);
    let title = i18n::tr(p.lang, "ui-compare-title");
    let inner = window(frame, area, w, h, &title, theme);
    let [top, _, list] = Layout::vertical([
        Constraint::Length(u16::try_from(intro.len()).unwrap_or(0)),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(intro), top);
    let style = |i: usize| {
        if i == p.cursor {
            theme.highlight()
        } else {
            theme.strong()
        }
    };
    let mut items = vec![vec![Line::from(Span::styled(
        i18n::tr(p.lang, "ui-compare-clear"),
        style(0),
    ))]];
    for (i, s) in p.sessions.iter().enumerate() {
        items.push(vec![Line::from(Span::styled(
            row(s, text_w.saturating_sub(1), theme, p.lang),
            style(i + 1),
        ))]);
    }
    menu(frame, list, items, p.cursor, cache, theme);
}

/// A session as one row: its date, programme, how much is answered, and its file's name.
fn row(s: &Summary, w: usize, theme: Theme, lang: Lang) -> String {
    let sym = theme.symbols();
    let programme = s
        .programme
        .clone()
        .unwrap_or_else(|| i18n::tr(lang, "ui-start-unnamed"));
    let percent = s
        .percent
        .map_or_else(|| "  ?".to_owned(), |p| format!("{p:>3}%"));
    let file = s
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let date = s.date.as_deref().unwrap_or("");
    let head = format!("{date:<10}  ");
    let tail = format!("  {percent}  {file}");
    let room = w.saturating_sub(width(&head) + width(&tail));
    let programme = truncate(&programme, room.min(40), sym.ellipsis);
    let pad = room.min(40).saturating_sub(width(&programme));
    truncate(
        &format!("{head}{programme}{}{tail}", " ".repeat(pad)),
        w,
        sym.ellipsis,
    )
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;

    fn summary(file: &str, programme: Option<&str>, date: &str, percent: u8) -> Summary {
        Summary {
            path: PathBuf::from(format!("/s/{file}")),
            programme: programme.map(Into::into),
            date: Some(date.into()),
            framework: "wizard-fixture".into(),
            updated: None,
            percent: Some(percent),
            problem: None,
        }
    }

    fn draw(sessions: &[Summary], cursor: usize) -> String {
        let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let p = Picker {
            sessions,
            cursor,
            framework: "wizard-fixture",
            theme: Theme::default(),
            lang: Lang::En,
        };
        let cache = ViewCache::default();
        t.draw(|f| render(&p, f, f.area(), &cache)).unwrap();
        t.backend().to_string()
    }

    #[test]
    fn the_picker_lists_earlier_sessions_under_a_row_that_stops_comparing() {
        let sessions = [
            summary("b.toml", Some("Nova clinic"), "2026-06-01", 100),
            summary("a.toml", None, "2026-01-10", 40),
        ];
        let screen = draw(&sessions, 1);
        let at = |s: &str| screen.lines().position(|l| l.contains(s)).unwrap();
        assert!(at("No comparison") < at("Nova clinic"), "{screen}");
        assert!(at("Nova clinic") < at("(programme not named)"), "{screen}");
        let nova = screen.lines().nth(at("Nova clinic")).unwrap();
        assert!(
            nova.contains("2026-06-01") && nova.contains("100%"),
            "{nova}"
        );
        assert!(nova.contains("b.toml"), "{nova}");
        assert!(screen.contains("newest first"), "{screen}");
    }

    #[test]
    fn with_nothing_to_offer_the_picker_says_where_sessions_come_from() {
        let screen = draw(&[], 0);
        assert!(
            screen.contains("No earlier assessment of 'wizard-fixture'"),
            "{screen}"
        );
        assert!(screen.contains("No comparison"), "{screen}");
    }
}
