//! Keys of the list screens: the overview (jump to any question, learn why one is hidden),
//! the review (Enter edits an answer), the results (scrolling) and the export.
//!
//! Must not: do I/O or draw; saving and exporting are asked for as effects.

use std::path::PathBuf;

use super::{go, show_question};
use crate::diagnostic::Problem;
use crate::tui::app::{OverviewRow, Saving, Screen, State, Status, overview_rows};
use crate::tui::effect::Effect;
use crate::tui::msg::Msg;

/// Moves a list cursor over `len` rows; `true` when the message was a movement.
fn movement(cursor: &mut usize, len: usize, msg: &Msg, page: usize) -> bool {
    let last = len.saturating_sub(1);
    *cursor = match msg {
        Msg::Up | Msg::ScrollUp => cursor.saturating_sub(1),
        Msg::Down | Msg::ScrollDown => (*cursor + 1).min(last),
        Msg::PageUp => cursor.saturating_sub(page),
        Msg::PageDown => (*cursor + page).min(last),
        Msg::Home => 0,
        Msg::End => last,
        _ => return false,
    };
    true
}

/// Rows per page for PageUp/PageDown: the body's height, less the screen's fixed lines.
fn page(state: &State) -> usize {
    usize::from(state.ui.size.1.saturating_sub(8)).max(1)
}

/// The list row under a click, if any.
fn clicked(state: &State, msg: &Msg) -> Option<usize> {
    let Msg::Click { column, row } = *msg else {
        return None;
    };
    state.ui.cache.hits.borrow().iter().find_map(|(r, i)| {
        (r.x <= column && column < r.right() && r.y <= row && row < r.bottom()).then_some(*i)
    })
}

/// A click selects a row (`None`: nothing more to do); a click on the selected row opens
/// it, like Enter. Other messages pass through.
fn click_or_key(state: &State, cursor: &mut usize, msg: Msg) -> Option<Msg> {
    match clicked(state, &msg) {
        Some(i) if i == *cursor => Some(Msg::Enter),
        Some(i) => {
            *cursor = i;
            None
        }
        None => Some(msg),
    }
}

/// Puts the overview's cursor on the question showing, if there is one.
pub fn enter_overview(state: &mut State) {
    let Some(doc) = state.phase.doc() else {
        return;
    };
    let rows = overview_rows(&doc.fw);
    let at = rows.iter().position(|r| match *r {
        OverviewRow::Question(pi, qi) => {
            doc.fw.principles[pi].questions[qi].id == state.ui.question.id
        }
        OverviewRow::Principle(_) => false,
    });
    state.ui.overview.index = at.unwrap_or(0).min(rows.len().saturating_sub(1));
}

pub fn overview(state: &mut State, msg: Msg) -> Vec<Effect> {
    let Some(doc) = state.phase.doc() else {
        return Vec::new();
    };
    let rows = overview_rows(&doc.fw);
    let mut index = state.ui.overview.index;
    let msg = click_or_key(state, &mut index, msg);
    state.ui.overview.index = index;
    let Some(msg) = msg else {
        return Vec::new();
    };
    let page = page(state);
    if movement(&mut state.ui.overview.index, rows.len(), &msg, page) {
        return Vec::new();
    }
    match msg {
        Msg::Enter => open_row(state, rows.get(state.ui.overview.index).copied()),
        Msg::Right => go(state, Screen::Review),
        _ => Vec::new(),
    }
}

/// Enter on the overview: a question opens (or says why it is hidden); a principle opens
/// its first unanswered question shown.
fn open_row(state: &mut State, row: Option<OverviewRow>) -> Vec<Effect> {
    let Some(doc) = state.phase.doc() else {
        return Vec::new();
    };
    let visible = doc.visible();
    let answers = doc.session.answers();
    let target = match row {
        Some(OverviewRow::Question(pi, qi)) => {
            let q = &doc.fw.principles[pi].questions[qi];
            if !visible.iter().any(|v| v.id == q.id) {
                let why = q
                    .show_if
                    .as_ref()
                    .map_or_else(String::new, |c| c.describe_words(&doc.fw, doc.lang()));
                state.ui.status = Some(Status {
                    text: state.tr_args("ui-status-hidden", &[("why", why.into())]),
                    error: false,
                });
                return Vec::new();
            }
            q.id.clone()
        }
        Some(OverviewRow::Principle(pi)) => {
            let p = &doc.fw.principles[pi];
            let shown: Vec<_> = p
                .questions
                .iter()
                .filter(|q| visible.iter().any(|v| v.id == q.id))
                .collect();
            let first = shown
                .iter()
                .find(|q| answers.get(&q.id).is_none())
                .or(shown.first());
            let Some(q) = first else {
                state.ui.status = Some(Status {
                    text: state.tr("ui-status-all-hidden"),
                    error: false,
                });
                return Vec::new();
            };
            q.id.clone()
        }
        None => return Vec::new(),
    };
    show_question(state, &target);
    let mut fx = go(state, Screen::Question);
    fx.push(Effect::Save);
    fx
}

pub fn review(state: &mut State, msg: Msg) -> Vec<Effect> {
    let Some(doc) = state.phase.doc() else {
        return Vec::new();
    };
    let ids: Vec<String> = doc.visible().iter().map(|q| q.id.clone()).collect();
    let mut index = state.ui.review.index;
    let msg = click_or_key(state, &mut index, msg);
    state.ui.review.index = index;
    let Some(msg) = msg else {
        return Vec::new();
    };
    let page = page(state);
    if movement(&mut state.ui.review.index, ids.len(), &msg, page) {
        return Vec::new();
    }
    match msg {
        Msg::Enter => match ids.get(state.ui.review.index) {
            Some(id) => {
                show_question(state, id);
                let mut fx = go(state, Screen::Question);
                // Enter (choose and go on) brings the person back here, not to the next
                // question: they came to fix this one answer.
                state.ui.question.from_review = true;
                fx.push(Effect::Save);
                fx
            }
            None => Vec::new(),
        },
        Msg::Right => go(state, Screen::Results),
        _ => Vec::new(),
    }
}

pub fn results(state: &mut State, msg: &Msg) -> Vec<Effect> {
    if state.ui.theme.present
        && let Some(fx) = super::compare::step(state, msg)
    {
        return fx;
    }
    match msg {
        Msg::Compare => return super::compare::ask(state),
        Msg::Task => {
            super::actions::open(state);
            return Vec::new();
        }
        &Msg::Digit(n) => {
            super::actions::pick(state, n);
            return Vec::new();
        }
        Msg::Clear | Msg::Delete => {
            super::compare::clear(state);
            return Vec::new();
        }
        _ => {}
    }
    let page = page(state);
    // How far the text scrolls depends on its wrapped length, which the view worked out.
    let last = state.ui.cache.offset.get();
    state.ui.results.index = state.ui.results.index.min(last);
    if movement(&mut state.ui.results.index, last + 1, msg, page) {
        return Vec::new();
    }
    match msg {
        Msg::Right | Msg::Enter => go(state, Screen::Export),
        _ => Vec::new(),
    }
}

pub fn export(state: &mut State, msg: Msg) -> Vec<Effect> {
    let n = state.ui.export.formats.len();
    // A click selects a row; a second click on a format or the names toggle ticks it, on
    // the Write button writes.
    let msg = match clicked(state, &msg) {
        Some(i) if i == state.ui.export.cursor && i <= n => Msg::Space,
        Some(i) if i == state.ui.export.cursor => Msg::Enter,
        Some(i) => {
            state.ui.export.cursor = i;
            return Vec::new();
        }
        None => msg,
    };
    // PgUp/PgDn scroll the list of files written, which can be longer than the screen.
    let max = state.ui.cache.scroll_max.get();
    match msg {
        Msg::PageDown => {
            state.ui.export.scroll = (state.ui.export.scroll + page(state) / 2).min(max);
            return Vec::new();
        }
        Msg::PageUp => {
            state.ui.export.scroll = state.ui.export.scroll.saturating_sub(page(state) / 2);
            return Vec::new();
        }
        _ => {}
    }
    // Rows: the formats, the short-report toggle, the names toggle, the Write button.
    if movement(&mut state.ui.export.cursor, n + 3, &msg, n + 3) {
        return Vec::new();
    }
    let at = state.ui.export.cursor;
    // Space ticks the row under the cursor; Enter writes, whatever row it is on, as the
    // footer says. (A click on a row is Space, or Enter on the Write button.)
    match msg {
        Msg::Space if at < n => {
            let ticked = &mut state.ui.export.formats[at].1;
            *ticked = !*ticked;
            Vec::new()
        }
        Msg::Space if at == n => {
            state.ui.export.short = !state.ui.export.short;
            Vec::new()
        }
        Msg::Space if at == n + 1 => {
            state.ui.export.anonymous = !state.ui.export.anonymous;
            Vec::new()
        }
        Msg::Enter | Msg::Space if state.ui.saving == Saving::Preview => {
            // Why the export screen writes nothing in a preview.
            state.ui.export.error = Some(state.tr("ui-preview-export"));
            Vec::new()
        }
        Msg::Enter | Msg::Space => {
            let formats: Vec<_> = state
                .ui
                .export
                .formats
                .iter()
                .filter(|(_, on)| *on)
                .map(|(f, _)| f.format)
                .collect();
            state.ui.export.written.clear();
            state.ui.export.scroll = 0;
            vec![Effect::Export(formats)]
        }
        _ => Vec::new(),
    }
}

/// The export finished: show the paths written, or why not.
pub fn exported(state: &mut State, result: Result<Vec<PathBuf>, Problem>) {
    match result {
        Ok(paths) => {
            state.ui.export.written = paths;
            state.ui.export.error = None;
        }
        Err(e) => state.ui.export.error = Some(e.render(state.lang())),
    }
}
