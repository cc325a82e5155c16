//! The question screen: where it is ("Referral system · 3 of 7"), the question, its guidance
//! and evidence prompt, the answer list (levels with what each looks like, options, or the
//! typed field, then not-applicable / don't-know), the note, and progress for the whole
//! assessment. Projector mode keeps what each level means and drops the guidance and
//! evidence prompt (the `i` window shows them). Only the text of the row under the cursor is highlighted, not the whole row,
//! so moving the cursor repaints two labels and nothing else.
//!
//! Must not: change the state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::{Doc, State};
use super::super::choices::{Choice, choices, is_chosen, numbered, yes_no_label};
use super::super::widgets::{bar::bar, menu::menu, truncate, width, wrap};
use crate::answers::Response;
use crate::framework::{Kind, Question, QuestionKind};
use crate::i18n;

mod keys;

use keys::row_key;
pub use keys::{digit_keys, keys};

pub fn render(state: &State, doc: &Doc, frame: &mut Frame, area: Rect) {
    let Some(q) = doc.fw.question(&state.ui.question.id) else {
        return;
    };
    let theme = state.ui.theme;
    let width_cols = usize::from(area.width);
    let top = top_lines(state, doc, q, width_cols);
    let bottom = bottom_lines(state, doc, q, width_cols);
    let [top_area, _, list_area, bottom_area] = Layout::vertical([
        Constraint::Length(u16::try_from(top.len()).unwrap_or(0)),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(u16::try_from(bottom.len()).unwrap_or(0)),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(top), top_area);
    frame.render_widget(Paragraph::new(bottom), bottom_area);
    let rows = choices(&doc.fw, q);
    let mut items = answer_items(state, doc, q, &rows, usize::from(list_area.width) - 1);
    // On the projector a blank line between answers helps the room read them, when the list
    // still fits with it; what each level means matters more than the space between them.
    let lines: usize = items.iter().map(Vec::len).sum();
    if theme.present && lines + items.len() <= usize::from(list_area.height) {
        for item in &mut items {
            item.push(Line::raw(""));
        }
    }
    menu(
        frame,
        list_area,
        items,
        state.ui.question.cursor,
        &state.ui.cache,
        theme,
    );
    // The terminal cursor sits in the number field while it is being typed in.
    if q.kind.tag() == QuestionKind::Number
        && rows.get(state.ui.question.cursor) == Some(&Choice::Field)
    {
        let field = state
            .ui
            .cache
            .hits
            .borrow()
            .iter()
            .find(|(_, i)| *i == state.ui.question.cursor)
            .map(|(r, _)| *r);
        if let Some(r) = field {
            let typed: String = state
                .ui
                .question
                .input
                .as_str()
                .chars()
                .take(state.ui.question.input.cursor())
                .collect();
            let x = r.x + u16::try_from(width(&field_prefix(state)) + width(&typed)).unwrap_or(0);
            frame.set_cursor_position(Position::new(x.min(r.right()), r.y));
        }
    }
}

/// Where it is, the question, and (outside present mode) guidance and evidence prompt.
fn top_lines(state: &State, doc: &Doc, q: &Question, w: usize) -> Vec<Line<'static>> {
    let theme = state.ui.theme;
    let lang = doc.lang();
    let sym = theme.symbols();
    let mut lines = Vec::new();
    if let Some((pi, n, of)) = doc.position_in_principle(&q.id) {
        let title = doc.fw.principles[pi].title.get(lang);
        let position = state.tr_args(
            "ui-question-position",
            &[
                ("principle", title.into()),
                ("sep", sym.sep.into()),
                ("n", n.into()),
                ("total", of.into()),
            ],
        );
        let mut head = vec![Span::styled(position, theme.heading())];
        if doc.session.is_parked(&q.id) {
            head.push(Span::styled(
                format!("  {}", state.tr("ui-parked-mark")),
                theme.warn(),
            ));
        }
        lines.push(Line::from(head));
    }
    let max_text = if theme.present { 6 } else { 4 };
    let text = wrap(q.text.get(lang), w);
    let cut = text.len() > max_text;
    for (i, l) in text.into_iter().take(max_text).enumerate() {
        let l = if cut && i + 1 == max_text {
            format!("{l}{}", sym.ellipsis)
        } else {
            l
        };
        lines.push(Line::styled(l, theme.strong()));
    }
    if theme.present {
        return lines;
    }
    let more = state.tr("ui-question-more");
    for (label, text) in [
        (state.tr("ui-question-guidance"), &q.help),
        (state.tr("ui-question-evidence"), &q.evidence),
    ] {
        let Some(text) = text else { continue };
        let wrapped = wrap(&format!("{label} {}", text.get(lang)), w);
        for (i, l) in wrapped.iter().take(2).enumerate() {
            let l = if wrapped.len() > 2 && i == 1 {
                let room = w.saturating_sub(width(&more) + 1 + width(sym.ellipsis));
                format!("{}{} {more}", truncate(l, room, ""), sym.ellipsis)
            } else {
                l.clone()
            };
            lines.push(Line::styled(l, theme.dim()));
        }
    }
    lines
}

/// The number field's label, before the typed text.
fn field_prefix(state: &State) -> String {
    format!("{} ", state.tr("ui-question-number"))
}

/// One menu item per row of the answer list.
fn answer_items(
    state: &State,
    doc: &Doc,
    q: &Question,
    rows: &[Choice],
    w: usize,
) -> Vec<Vec<Line<'static>>> {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    let lang = doc.lang();
    let answer = doc.session.answers().get(&q.id);
    let numbered = numbered(rows);
    let scale = doc.fw.scale_of(q);
    // With votes, each answer's tally sits at the right of its first line.
    let tallies = super::votes::tallies(state, doc, q);
    let w = if tallies.is_some() {
        w.saturating_sub(super::votes::TALLY_WIDTH)
    } else {
        w
    };
    let items = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let (label, description) = match row {
                Choice::Level(v) => {
                    let level = scale.and_then(|s| s.levels.iter().find(|l| l.value == *v));
                    (
                        level.map_or_else(|| v.to_string(), |l| l.label.get(lang).to_owned()),
                        level
                            .and_then(|l| l.description.as_ref())
                            .map(|d| d.get(lang).to_owned()),
                    )
                }
                Choice::YesNo(v) => (yes_no_label(*v, state.lang()), None),
                Choice::Option(id) => {
                    let o = q.options().iter().find(|o| &o.id == id);
                    (
                        o.map_or_else(|| id.clone(), |o| o.label.get(lang).to_owned()),
                        o.and_then(|o| o.description.as_ref())
                            .map(|d| d.get(lang).to_owned()),
                    )
                }
                Choice::Field => (field_label(state, doc, q, answer), field_hint(state, q)),
                Choice::NotApplicable => (state.tr("answer-not-applicable"), None),
                Choice::DontKnow => (state.tr("answer-dont-know"), None),
            };
            let key = format!("{:<2}", row_key(i, row, numbered));
            let mark = match (row, q.kind.tag()) {
                (Choice::Field, _) => "",
                (Choice::Option(_), QuestionKind::Checklist) if is_chosen(row, answer) => {
                    sym.check_on
                }
                (Choice::Option(_), QuestionKind::Checklist) => sym.check_off,
                _ if is_chosen(row, answer) => sym.radio_on,
                _ => sym.radio_off,
            };
            let prefix = if mark.is_empty() {
                key
            } else {
                format!("{key}{mark} ")
            };
            let style = if i == state.ui.question.cursor {
                theme.highlight()
            } else {
                theme.strong()
            };
            // Long labels wrap under themselves, whole words only: a cut label can say the
            // opposite of what it means.
            let indent = width(&prefix);
            let mut lines = Vec::new();
            for (n, part) in wrap(&label, w.saturating_sub(indent))
                .into_iter()
                .enumerate()
            {
                let lead = if n == 0 {
                    prefix.clone()
                } else {
                    " ".repeat(indent)
                };
                lines.push(Line::from(vec![Span::raw(lead), Span::styled(part, style)]));
            }
            // What each level looks like in practice shows in projector mode too: without
            // it the room reads only "Ad hoc" or "Routine" and scores by the word.
            if let Some(d) = description {
                for l in wrap(&d, w.saturating_sub(indent)) {
                    lines.push(Line::styled(
                        format!("{}{l}", " ".repeat(indent)),
                        theme.dim(),
                    ));
                }
            }
            lines
        })
        .collect();
    match tallies {
        Some(t) => super::votes::with_tallies(state, items, &t, w),
        None => items,
    }
}

/// The typed field's text: the number being typed, or the first line of the text answer.
fn field_label(state: &State, doc: &Doc, q: &Question, answer: Option<&Response>) -> String {
    let lang = doc.lang();
    match (&q.kind, answer) {
        (Kind::Number(spec), _) => {
            let unit = spec
                .unit
                .as_ref()
                .map(|u| format!(" {}", u.get(lang)))
                .unwrap_or_default();
            format!(
                "{}{}{unit}",
                field_prefix(state),
                state.ui.question.input.as_str()
            )
        }
        (_, Some(Response::Text(t))) => {
            let first = t.lines().next().unwrap_or_default();
            let text = truncate(first, 50, state.ui.theme.symbols().ellipsis);
            state.tr_args("ui-question-answer", &[("text", text.into())])
        }
        _ => state.tr("ui-question-write"),
    }
}

/// Under the typed field: the bounds of a number, or how to write a text answer.
fn field_hint(state: &State, q: &Question) -> Option<String> {
    if state.ui.theme.present {
        return None;
    }
    let n = |v: f64| i18n::Arg::from(v.to_string());
    match &q.kind {
        Kind::Number(spec) => {
            let range = match (spec.bounds.min(), spec.bounds.max()) {
                (Some(a), Some(b)) => {
                    state.tr_args("ui-question-range-both", &[("min", n(a)), ("max", n(b))])
                }
                (Some(a), None) => state.tr_args("ui-question-range-min", &[("min", n(a))]),
                (None, Some(b)) => state.tr_args("ui-question-range-max", &[("max", n(b))]),
                (None, None) => String::new(),
            };
            let then = state.tr("ui-question-type-number");
            Some(if range.is_empty() {
                then
            } else {
                format!("{range} {then}")
            })
        }
        _ => Some(state.tr("ui-question-editor-hint")),
    }
}

/// The refusal of a typed number, the note, and progress through the assessment.
fn bottom_lines(state: &State, doc: &Doc, q: &Question, w: usize) -> Vec<Line<'static>> {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    let mut lines = Vec::new();
    if let Some(e) = &state.ui.question.error {
        lines.push(Line::styled(
            truncate(&format!("{} {e}", sym.failed), w, sym.ellipsis),
            theme.bad(),
        ));
    }
    lines.extend(super::votes::lines(state, doc, q, w));
    match doc.session.answers().note(&q.id) {
        Some(note) => {
            let first = note.lines().next().unwrap_or_default();
            let label = format!("{} ", state.tr("ui-question-note"));
            let room = w.saturating_sub(width(&label) + 1);
            lines.push(Line::from(vec![
                Span::styled(label, theme.strong()),
                Span::raw(truncate(first, room, sym.ellipsis)),
            ]));
        }
        None if !theme.present => {
            lines.push(Line::styled(state.tr("ui-question-no-note"), theme.dim()));
        }
        None => {}
    }
    let p = doc.progress();
    let label = format!(
        " {}",
        state.tr_args(
            "ui-question-progress",
            &[("answered", p.answered.into()), ("total", p.total.into())]
        )
    );
    let cells = w.saturating_sub(width(&label) + 1).min(40);
    let mut spans = bar(f64::from(u32::from(p.percent())) / 100.0, cells, theme);
    spans.push(Span::raw(label));
    lines.push(Line::from(spans));
    lines
}
