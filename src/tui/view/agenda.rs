//! The agenda (`A`): each principle with its time budget (the session's, set here with `+`
//! and `-`, else the framework's `minutes`), the time spent on it while the workshop clock
//! ran, and how many of its questions are answered and parked. A principle over its budget
//! is marked.
//!
//! Must not: change the state.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::{Doc, State};
use crate::tui::widgets::{popup::window, truncate, width, wrap};

/// Whole minutes, as the agenda counts them (a second-by-second count would repaint the
/// agenda on every tick; minutes change its cells once a minute).
fn minutes(seconds: u64) -> u32 {
    u32::try_from(seconds / 60).unwrap_or(u32::MAX)
}

pub fn render(state: &State, doc: &Doc, cursor: usize, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let lang = doc.lang();
    let inner_w = usize::from(area.width.min(76).saturating_sub(2));
    let head = [
        state.tr("ui-agenda-budget"),
        state.tr("ui-agenda-spent"),
        state.tr("ui-agenda-answered"),
    ];
    // Three right-hand columns wide enough for their headings and figures.
    let col = |h: &str| width(h).max(9) + 2;
    let cols: Vec<usize> = head.iter().map(|h| col(h)).collect();
    let title_w = inner_w.saturating_sub(cols.iter().sum::<usize>() + 2);
    let cell = |text: String, w: usize| format!("{text:>w$}");
    let mut lines = vec![Line::from(vec![
        Span::raw(" ".repeat(title_w + 2)),
        Span::styled(
            head.iter()
                .zip(&cols)
                .map(|(h, w)| cell(h.clone(), *w))
                .collect::<String>(),
            theme.dim(),
        ),
    ])];
    let none = state.tr("ui-agenda-none");
    let (mut budget_all, mut spent_all) = (0u32, 0u64);
    for (i, (p, item)) in doc
        .fw
        .principles
        .iter()
        .zip(doc.session.agenda(&doc.fw))
        .enumerate()
    {
        let spent = minutes(state.ui.clock.spent(&p.id));
        spent_all += state.ui.clock.spent(&p.id);
        budget_all = budget_all.saturating_add(item.minutes.unwrap_or(0));
        let over = item.minutes.is_some_and(|m| spent > m);
        let budget = item.minutes.map_or_else(
            || none.clone(),
            |m| state.tr_args("ui-agenda-min", &[("n", m.into())]),
        );
        let spent_text = state.tr_args("ui-agenda-min", &[("n", spent.into())]);
        let mut answered = format!("{}/{}", item.answered, item.questions);
        if item.parked > 0 {
            answered = format!("{answered} P{}", item.parked);
        }
        let here = i == cursor;
        let title = truncate(p.title.get(lang), title_w, theme.symbols().ellipsis);
        let pad = " ".repeat(title_w.saturating_sub(width(&title)));
        lines.push(Line::from(vec![
            Span::styled(if here { "> " } else { "  " }, theme.key()),
            Span::styled(
                format!("{title}{pad}"),
                if here {
                    theme.highlight()
                } else {
                    theme.strong()
                },
            ),
            Span::raw(cell(budget, cols[0])),
            Span::styled(
                cell(spent_text, cols[1]),
                if over { theme.bad() } else { theme.strong() },
            ),
            Span::raw(cell(answered, cols[2])),
        ]));
    }
    closing(state, &mut lines, budget_all, spent_all, inner_w);
    let h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let inner = window(frame, area, 76, h, &state.tr("ui-agenda-title"), theme);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Under the principles: the totals, whether the clock runs, and the keys.
fn closing(
    state: &State,
    lines: &mut Vec<Line<'static>>,
    budget_all: u32,
    spent_all: u64,
    inner_w: usize,
) {
    let theme = state.ui.theme;
    lines.push(Line::raw(""));
    let total = state.tr_args(
        "ui-agenda-total",
        &[
            ("budget", budget_all.into()),
            ("spent", minutes(spent_all).into()),
        ],
    );
    lines.push(Line::styled(total, theme.strong()));
    let clock = state.tr(if state.ui.clock.on {
        "ui-agenda-clock-on"
    } else {
        "ui-agenda-clock-off"
    });
    for l in wrap(&clock, inner_w) {
        lines.push(Line::styled(l, theme.dim()));
    }
    lines.push(Line::raw(""));
    let mut keys = Vec::new();
    for (k, what) in [
        ("+ -", state.tr("ui-agenda-key-budget")),
        ("T", state.tr("ui-agenda-key-clock")),
        ("Esc", state.tr("ui-agenda-key-close")),
    ] {
        keys.push(Span::styled(k, theme.key()));
        keys.push(Span::raw(format!(" {what}   ")));
    }
    lines.push(Line::from(keys));
}
