//! The question screen's vote area (workshop mode): beside each answer, how many votes it
//! got as a small bar ("██ 2"); under the list, the participants in turn (the one whose vote
//! the next key records highlighted, then the consensus), or the counts or range being
//! entered; then whether the votes diverge (prompting discussion) or what Enter accepts.
//! Nothing shows on a question without votes unless vote entry is on, so an ordinary
//! session's screen is unchanged.
//!
//! The footer's and help window's keys for it are in `keys`.
//!
//! Must not: change the state.

use ratatui::text::{Line, Span};

use crate::answers::{DONT_KNOW, NOT_APPLICABLE};
use crate::framework::Question;
use crate::session::workshop::analysis::{Unit, spread, unit, value as value_of};
use crate::tui::app::VoteMode;
use crate::tui::app::{Doc, State};
use crate::tui::choices::{Choice, choices, numbered};
use crate::tui::votes::{Entry, answer_label, entry, suggestion, vote_of, voter_label, voters};
use crate::tui::widgets::{truncate, width};

mod keys;

pub use keys::{help_here, keys};

/// Cells of the widest bar beside an answer.
const BAR_CELLS: usize = 8;

/// The columns the tally beside each answer takes (bar, space, count).
pub const TALLY_WIDTH: usize = BAR_CELLS + 5;

/// Whether the vote area shows on `q`: vote entry is on, or votes were recorded.
pub fn shows(state: &State, doc: &Doc, q: &Question) -> bool {
    state.ui.votes.on || doc.session.votes(&q.id).is_some()
}

/// How many votes each answer row got (`None` for the typed field), when the area shows.
pub fn tallies(state: &State, doc: &Doc, q: &Question) -> Option<Vec<Option<u32>>> {
    if !shows(state, doc, q) || matches!(entry(q, VoteMode::People, 1), Entry::Range | Entry::None)
    {
        return None;
    }
    let votes = doc.session.votes(&q.id).cloned().unwrap_or_default();
    let bins = spread(&doc.fw, q, &votes).bins;
    let of = |key: &str| Some(bins.iter().find(|b| b.key == key).map_or(0, |b| b.count));
    Some(
        choices(&doc.fw, q)
            .iter()
            .map(|c| match c {
                Choice::Level(v) => of(&v.to_string()),
                Choice::YesNo(v) => of(v.name()),
                Choice::Option(id) => of(id),
                Choice::NotApplicable => of(NOT_APPLICABLE),
                Choice::DontKnow => of(DONT_KNOW),
                Choice::Field => None,
            })
            .collect(),
    )
}

/// The tally beside one answer: a bar scaled to the largest count, then the count.
pub fn tally(state: &State, count: u32, most: u32) -> Vec<Span<'static>> {
    let theme = state.ui.theme;
    let cells = if most == 0 {
        0
    } else {
        // Every answer someone gave gets at least one cell.
        let scaled = u64::from(count) * BAR_CELLS as u64 / u64::from(most);
        usize::try_from(scaled)
            .unwrap_or(BAR_CELLS)
            .max(usize::from(count > 0))
    };
    let count_text = if count == 0 {
        String::new()
    } else {
        count.to_string()
    };
    vec![
        Span::raw(" "),
        Span::styled(theme.symbols().bar_full.repeat(cells), theme.strong()),
        Span::raw(" ".repeat(BAR_CELLS - cells + 1)),
        Span::styled(format!("{count_text:>3}"), theme.strong()),
    ]
}

/// The answer list's items with each answer's tally after its first line, the tallies
/// lined up a little after the longest first line (within `w` columns of text).
pub fn with_tallies(
    state: &State,
    mut items: Vec<Vec<Line<'static>>>,
    tallies: &[Option<u32>],
    w: usize,
) -> Vec<Vec<Line<'static>>> {
    let most = tallies.iter().flatten().copied().max().unwrap_or(0);
    let first_width = |l: &Line| l.spans.iter().map(|s| width(&s.content)).sum::<usize>();
    let column = items
        .iter()
        .filter_map(|i| i.first().map(first_width))
        .max()
        .unwrap_or(0)
        .min(w)
        + 1;
    for (item, count) in items.iter_mut().zip(tallies) {
        let (Some(first), Some(count)) = (item.first_mut(), count) else {
            continue;
        };
        let pad = column.saturating_sub(first_width(first));
        first.spans.push(Span::raw(" ".repeat(pad)));
        first.spans.extend(tally(state, *count, most));
    }
    items
}

/// The lines under the answer list: who votes next (or the counts or range), and whether
/// the votes diverge or what Enter accepts.
pub fn lines(state: &State, doc: &Doc, q: &Question, w: usize) -> Vec<Line<'static>> {
    if !shows(state, doc, q) {
        return Vec::new();
    }
    let mut out = Vec::new();
    if state.ui.votes.on {
        let people = doc.session.participants().len();
        match entry(q, state.ui.votes.mode, people) {
            how @ (Entry::Named | Entry::Roles) => out.extend(in_turn(state, doc, q, how, w)),
            Entry::Counts => out.push(Line::styled(
                state.tr("ui-votes-counting"),
                state.ui.theme.strong(),
            )),
            Entry::Range => out.push(range_line(state, doc, q)),
            Entry::None => out.push(Line::styled(
                state.tr("ui-votes-no-text"),
                state.ui.theme.dim(),
            )),
        }
    } else if let Some(r) = doc.session.votes(&q.id).and_then(|v| v.range) {
        out.push(Line::raw(range_text(state, r)));
    }
    out.extend(verdict(state, doc, q, w));
    out
}

/// The participants or role groups in turn as one or more lines: each with the key of
/// their vote, the one whose vote is next highlighted, and the consensus last.
fn in_turn(state: &State, doc: &Doc, q: &Question, how: Entry, w: usize) -> Vec<Line<'static>> {
    let theme = state.ui.theme;
    let lang = doc.lang();
    let rows = choices(&doc.fw, q);
    let votes = doc.session.votes(&q.id);
    let key_of = |r: &crate::answers::Response| {
        rows.iter()
            .position(|c| crate::tui::choices::is_chosen(c, Some(r)))
            .map_or_else(String::new, |i| row_key(&rows, i))
    };
    let mut tokens: Vec<(String, bool)> = voters(&doc.fw, &doc.session, how)
        .iter()
        .enumerate()
        .map(|(i, who)| {
            let vote = votes
                .and_then(|v| vote_of(v, who))
                .map_or_else(|| "·".to_owned(), &key_of);
            let name = voter_label(&doc.fw, lang, &doc.session, who);
            let name = truncate(&name, 18, theme.symbols().ellipsis);
            (format!("{name}:{vote}"), i == state.ui.votes.voter)
        })
        .collect();
    let people = tokens.len();
    tokens.push((
        state.tr("ui-votes-consensus"),
        state.ui.votes.voter >= people,
    ));
    wrap_tokens(state, &tokens, w)
}

/// The most lines the voters take: a room of 25 would push the answers off the screen.
const VOTER_LINES: usize = 3;

/// Lays the voters out after "Votes:" over as many lines as they need, then keeps the
/// [`VOTER_LINES`] around the one whose vote is next (a mark says more are hidden).
fn wrap_tokens(state: &State, tokens: &[(String, bool)], w: usize) -> Vec<Line<'static>> {
    let theme = state.ui.theme;
    let head = format!("{} ", state.tr("ui-votes-title"));
    let indent = width(&head);
    let mut lines: Vec<Vec<Span<'static>>> = vec![vec![Span::styled(head, theme.heading())]];
    let mut current_line = 0;
    let mut used = indent;
    for (text, current) in tokens {
        let piece = width(text) + 2;
        if used + piece > w && used > indent {
            lines.push(vec![Span::raw(" ".repeat(indent))]);
            used = indent;
        }
        let style = if *current {
            current_line = lines.len() - 1;
            theme.highlight()
        } else {
            theme.strong()
        };
        if let Some(line) = lines.last_mut() {
            line.push(Span::styled(text.clone(), style));
            line.push(Span::raw("  "));
        }
        used += piece;
    }
    let first = current_line
        .saturating_sub(1)
        .min(lines.len().saturating_sub(VOTER_LINES));
    let hidden_after = lines.len() > first + VOTER_LINES;
    let mut shown: Vec<Line<'static>> = lines
        .into_iter()
        .skip(first)
        .take(VOTER_LINES)
        .map(Line::from)
        .collect();
    let sym = theme.symbols();
    if first > 0
        && let Some(l) = shown.first_mut()
    {
        l.spans[0] = Span::styled(
            format!("{:<indent$}", first_char(sym.more_above)),
            theme.dim(),
        );
    }
    if hidden_after && let Some(l) = shown.last_mut() {
        l.spans[0] = Span::styled(
            format!("{:<indent$}", first_char(sym.more_below)),
            theme.dim(),
        );
    }
    shown
}

/// The arrow of a "more above / below" mark, without its words.
fn first_char(mark: &str) -> String {
    mark.chars().take(1).collect()
}

/// The key shown for an answer row (as in the answer list).
fn row_key(rows: &[Choice], i: usize) -> String {
    match rows[i] {
        Choice::DontKnow => "d".into(),
        Choice::NotApplicable => "a".into(),
        _ if i < numbered(rows) => ((i + 1) % 10).to_string(),
        _ => "?".into(),
    }
}

fn range_text(state: &State, (lo, hi): (f64, f64)) -> String {
    state.tr_args(
        "ui-votes-range",
        &[
            ("low", lo.to_string().into()),
            ("high", hi.to_string().into()),
        ],
    )
}

fn range_line(state: &State, doc: &Doc, q: &Question) -> Line<'static> {
    let theme = state.ui.theme;
    let mut spans = Vec::new();
    if let Some(r) = doc.session.votes(&q.id).and_then(|v| v.range) {
        spans.push(Span::raw(format!("{}  ", range_text(state, r))));
    }
    spans.push(Span::styled(
        format!("{} ", state.tr("ui-votes-type-range")),
        theme.strong(),
    ));
    spans.push(Span::styled(
        format!("{}_", state.ui.votes.range.as_str()),
        theme.highlight(),
    ));
    Line::from(spans)
}

/// Whether the votes diverge (and by how much), or what Enter accepts, or the consensus set.
fn verdict(state: &State, doc: &Doc, q: &Question, w: usize) -> Vec<Line<'static>> {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    let Some(votes) = doc.session.votes(&q.id) else {
        return Vec::new();
    };
    let s = spread(&doc.fw, q, votes);
    let ui = state.lang();
    let lang = doc.lang();
    let answer = doc.session.answers().get(&q.id);
    let mut lines = Vec::new();
    if s.divergent {
        let text = state.tr_args(
            "ui-votes-diverge",
            &[
                ("low", edge(doc, q, s.low).into()),
                ("high", edge(doc, q, s.high).into()),
            ],
        );
        for l in crate::tui::widgets::wrap(&format!("{} {text}", sym.failed), w) {
            lines.push(Line::styled(l, theme.bad()));
        }
    }
    let line = match answer {
        Some(a) => state.tr_args(
            "ui-votes-consensus-set",
            &[("answer", answer_label(&doc.fw, q, a, lang, ui).into())],
        ),
        None if s.divergent => return lines,
        None => match suggestion(q, votes, doc.session.participants()) {
            Some(r) => state.tr_args(
                "ui-votes-suggest",
                &[("answer", answer_label(&doc.fw, q, &r, lang, ui).into())],
            ),
            None => return lines,
        },
    };
    // Two lines at most: some languages need them at 80 columns.
    let wrapped = crate::tui::widgets::wrap(&line, w);
    let cut = wrapped.len() > 2;
    for (i, l) in wrapped.into_iter().take(2).enumerate() {
        let l = if cut && i == 1 {
            truncate(&format!("{l}{}", sym.ellipsis), w, sym.ellipsis)
        } else {
            l
        };
        lines.push(Line::styled(l, theme.strong()));
    }
    lines
}

/// One end of the votes' span in words: the answer with that value, else the figure.
fn edge(doc: &Doc, q: &Question, value: Option<f64>) -> String {
    let Some(v) = value else {
        return String::new();
    };
    let ui = crate::i18n::Lang::or_english(doc.lang());
    choices(&doc.fw, q)
        .iter()
        .filter_map(|c| crate::tui::choices::choose(q, c, None))
        .find(|r| value_of(q, r).is_some_and(|x| (x - v).abs() < 1e-9))
        .map_or_else(
            || match unit(q) {
                Unit::Percent => format!("{v:.0}%"),
                _ => v.to_string(),
            },
            |r| answer_label(&doc.fw, q, &r, doc.lang(), ui),
        )
}
