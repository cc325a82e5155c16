//! Keys of the list screens: the overview (jump to any question, learn why one is hidden),
//! the review (Enter edits an answer), the results (scrolling) and the export.
//!
//! Must not: do I/O or draw; saving and exporting are asked for as effects.

use std::path::PathBuf;

use super::go;
use super::question::show;
use crate::tui::app::{Open, OpenScreen, OverviewRow, Saving, Status, overview_rows};
use crate::tui::effect::Effect;
use crate::tui::msg::Msg;
use crate::tui::refusal::Refusal;

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
fn page(o: &Open<'_>) -> usize {
    usize::from(o.ui.size.1.saturating_sub(8)).max(1)
}

/// The list row under a click, if any.
fn clicked(o: &Open<'_>, msg: &Msg) -> Option<usize> {
    let Msg::Click { column, row } = *msg else {
        return None;
    };
    o.ui.cache.hits.borrow().iter().find_map(|(r, i)| {
        (r.x <= column && column < r.right() && r.y <= row && row < r.bottom()).then_some(*i)
    })
}

/// A click selects a row (`None`: nothing more to do); a click on the selected row opens
/// it, like Enter. Other messages pass through.
fn click_or_key(o: &Open<'_>, cursor: &mut usize, msg: Msg) -> Option<Msg> {
    match clicked(o, &msg) {
        Some(i) if i == *cursor => Some(Msg::Enter),
        Some(i) => {
            *cursor = i;
            None
        }
        None => Some(msg),
    }
}

/// Puts the overview's cursor on the question showing, if there is one.
pub fn enter_overview(o: &mut Open<'_>) {
    let doc = &*o.doc;
    let rows = overview_rows(&doc.fw);
    let at = rows.iter().position(|r| match *r {
        OverviewRow::Question(pi, qi) => doc.fw.principles[pi].questions[qi].id == o.ui.question.id,
        OverviewRow::Principle(_) => false,
    });
    o.ui.overview.index = at.unwrap_or(0).min(rows.len().saturating_sub(1));
}

pub fn overview(o: &mut Open<'_>, msg: Msg) -> Vec<Effect> {
    let doc = &*o.doc;
    let rows = overview_rows(&doc.fw);
    let mut index = o.ui.overview.index;
    let msg = click_or_key(o, &mut index, msg);
    o.ui.overview.index = index;
    let Some(msg) = msg else {
        return Vec::new();
    };
    let page = page(o);
    if movement(&mut o.ui.overview.index, rows.len(), &msg, page) {
        return Vec::new();
    }
    match msg {
        Msg::Enter => open_row(o, rows.get(o.ui.overview.index).copied()),
        Msg::Right => go(o, OpenScreen::Review),
        _ => Vec::new(),
    }
}

/// Enter on the overview: a question opens (or says why it is hidden); a principle opens
/// its first unanswered question shown.
fn open_row(o: &mut Open<'_>, row: Option<OverviewRow>) -> Vec<Effect> {
    let doc = &*o.doc;
    let visible = doc.shown();
    let answers = doc.session.answers();
    let target = match row {
        Some(OverviewRow::Question(pi, qi)) => {
            let q = &doc.fw.principles[pi].questions[qi];
            if !visible.contains(q.id.as_str()) {
                let why = q
                    .show_if
                    .as_ref()
                    .map_or_else(String::new, |c| c.describe_words(&doc.fw, doc.lang()));
                o.ui.status = Some(Status {
                    text: o.tr_args("ui-status-hidden", &[("why", why.into())]),
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
                .filter(|q| visible.contains(q.id.as_str()))
                .collect();
            let first = shown
                .iter()
                .find(|q| answers.get(&q.id).is_none())
                .or(shown.first());
            let Some(q) = first else {
                o.ui.status = Some(Status {
                    text: o.tr("ui-status-all-hidden"),
                    error: false,
                });
                return Vec::new();
            };
            q.id.clone()
        }
        None => return Vec::new(),
    };
    show(o, &target);
    let mut fx = go(o, OpenScreen::Question);
    fx.push(Effect::Save);
    fx
}

pub fn review(o: &mut Open<'_>, msg: Msg) -> Vec<Effect> {
    let doc = &*o.doc;
    let ids: Vec<String> = doc.visible().iter().map(|q| q.id.clone()).collect();
    let mut index = o.ui.review.index;
    let msg = click_or_key(o, &mut index, msg);
    o.ui.review.index = index;
    let Some(msg) = msg else {
        return Vec::new();
    };
    let page = page(o);
    if movement(&mut o.ui.review.index, ids.len(), &msg, page) {
        return Vec::new();
    }
    match msg {
        Msg::Enter => match ids.get(o.ui.review.index) {
            Some(id) => {
                show(o, id);
                let mut fx = go(o, OpenScreen::Question);
                // Enter (choose and go on) brings the person back here, not to the next
                // question: they came to fix this one answer.
                o.ui.question.from_review = true;
                fx.push(Effect::Save);
                fx
            }
            None => Vec::new(),
        },
        Msg::Right => go(o, OpenScreen::Results),
        _ => Vec::new(),
    }
}

pub fn results(o: &mut Open<'_>, msg: &Msg) -> Vec<Effect> {
    if o.ui.theme.present
        && let Some(fx) = super::compare::step(o, msg)
    {
        return fx;
    }
    match msg {
        Msg::Compare => return super::compare::ask(),
        Msg::Task => {
            super::actions::open(o);
            return Vec::new();
        }
        &Msg::Digit(n) => {
            super::actions::pick(o, n);
            return Vec::new();
        }
        Msg::Clear | Msg::Delete => {
            super::compare::clear(o);
            return Vec::new();
        }
        _ => {}
    }
    let page = page(o);
    // How far the text scrolls depends on its wrapped length, which the view worked out.
    let last = o.ui.cache.offset.get();
    o.ui.results.index = o.ui.results.index.min(last);
    if movement(&mut o.ui.results.index, last + 1, msg, page) {
        return Vec::new();
    }
    match msg {
        Msg::Right | Msg::Enter => go(o, OpenScreen::Export),
        _ => Vec::new(),
    }
}

pub fn export(o: &mut Open<'_>, msg: Msg) -> Vec<Effect> {
    let n = o.ui.export.formats.len();
    // A click selects a row; a second click on a format or the names toggle ticks it, on
    // the Write button writes.
    let msg = match clicked(o, &msg) {
        Some(i) if i == o.ui.export.cursor && i <= n => Msg::Space,
        Some(i) if i == o.ui.export.cursor => Msg::Enter,
        Some(i) => {
            o.ui.export.cursor = i;
            return Vec::new();
        }
        None => msg,
    };
    // PgUp/PgDn scroll the list of files written, which can be longer than the screen.
    let max = o.ui.cache.scroll_max.get();
    match msg {
        Msg::PageDown => {
            o.ui.export.scroll = (o.ui.export.scroll + page(o) / 2).min(max);
            return Vec::new();
        }
        Msg::PageUp => {
            o.ui.export.scroll = o.ui.export.scroll.saturating_sub(page(o) / 2);
            return Vec::new();
        }
        _ => {}
    }
    // Rows: the formats, the short-report toggle, the names toggle, the Write button.
    if movement(&mut o.ui.export.cursor, n + 3, &msg, n + 3) {
        return Vec::new();
    }
    let at = o.ui.export.cursor;
    // Space ticks the row under the cursor; Enter writes, whatever row it is on, as the
    // footer says. (A click on a row is Space, or Enter on the Write button.)
    match msg {
        Msg::Space if at < n => {
            let ticked = &mut o.ui.export.formats[at].1;
            *ticked = !*ticked;
            Vec::new()
        }
        Msg::Space if at == n => {
            o.ui.export.short = !o.ui.export.short;
            Vec::new()
        }
        Msg::Space if at == n + 1 => {
            o.ui.export.anonymous = !o.ui.export.anonymous;
            Vec::new()
        }
        Msg::Enter | Msg::Space if o.ui.saving == Saving::Preview => {
            // Why the export screen writes nothing in a preview.
            o.ui.export.error = Some(o.tr("ui-preview-export"));
            Vec::new()
        }
        Msg::Enter | Msg::Space => {
            let formats: Vec<_> =
                o.ui.export
                    .formats
                    .iter()
                    .filter(|(_, on)| *on)
                    .map(|(f, _)| f.format)
                    .collect();
            o.ui.export.written.clear();
            o.ui.export.scroll = 0;
            vec![Effect::Export(formats)]
        }
        _ => Vec::new(),
    }
}

/// The export finished: show the paths written, or why not.
pub fn exported(o: &mut Open<'_>, result: Result<Vec<PathBuf>, Refusal>) {
    match result {
        Ok(paths) => {
            o.ui.export.written = paths;
            o.ui.export.error = None;
        }
        Err(e) => o.ui.export.error = Some(e.render(o.lang())),
    }
}
