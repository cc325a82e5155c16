//! Keys of compare-with-last-time and of the projected results: `b` on the results asks the
//! loop for the earlier sessions of the same framework and opens the picker on them; Enter
//! there asks the loop to read the one chosen; `x` stops comparing. In projector mode ←→
//! step through the results one page at a time (overall, each principle, gates).
//!
//! Must not: do I/O (the earlier sessions are listed and read by effects) or draw.

use std::path::Path;

use crate::framework::LoadError;
use crate::session::Summary;
use crate::session::earlier::Baseline;
use crate::tui::app::{Open, Popup, Screen, State, Status};
use crate::tui::effect::Effect;
use crate::tui::msg::Msg;

/// `b` on the results: list the sessions to compare with (the picker opens on the answer).
pub fn ask() -> Vec<Effect> {
    vec![Effect::ListEarlier]
}

/// The loop listed the sessions: open the picker on them, the newest under the cursor (or,
/// when comparing already, the one compared with).
pub fn listed(state: &mut State, sessions: Vec<Summary>) {
    if state.screen() != Screen::Results || state.ui.popup.is_some() {
        return;
    }
    let current = state.ui.compare.as_ref().map(|b| b.path.clone());
    let cursor = current
        .and_then(|p| sessions.iter().position(|s| s.path == p))
        .map_or(usize::from(!sessions.is_empty()), |i| i + 1);
    state.ui.popup = Some(Popup::Compare { sessions, cursor });
}

/// Keys in the picker: row 0 stops comparing, the others are sessions.
pub fn picker(
    o: &mut Open<'_>,
    sessions: Vec<Summary>,
    mut cursor: usize,
    msg: &Msg,
) -> Vec<Effect> {
    let last = sessions.len();
    match msg {
        Msg::Up | Msg::ScrollUp => cursor = cursor.saturating_sub(1),
        Msg::Down | Msg::ScrollDown => cursor = (cursor + 1).min(last),
        Msg::Home => cursor = 0,
        Msg::End => cursor = last,
        Msg::Enter | Msg::Space if cursor == 0 => {
            clear(o);
            return Vec::new();
        }
        Msg::Enter | Msg::Space => {
            return sessions
                .get(cursor - 1)
                .map(|s| vec![Effect::LoadBaseline(s.path.clone())])
                .unwrap_or_default();
        }
        Msg::Clear | Msg::Delete | Msg::Backspace => {
            clear(o);
            return Vec::new();
        }
        Msg::Back => return Vec::new(),
        _ => {}
    }
    o.ui.popup = Some(Popup::Compare { sessions, cursor });
    Vec::new()
}

/// The loop read the session at `path` (or says why it could not).
pub fn loaded(state: &mut State, path: &Path, result: Result<Box<Baseline>, LoadError>) {
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    state.ui.status = Some(match result {
        Ok(base) => {
            state.ui.compare = Some(base);
            Status {
                text: state.tr_args("ui-compare-loaded", &[("file", file.into())]),
                error: false,
            }
        }
        Err(e) => Status {
            text: state.tr_args(
                "ui-compare-failed",
                &[
                    ("file", file.into()),
                    ("error", first_line(&e, state.lang()).into()),
                ],
            ),
            error: true,
        },
    });
}

/// Stops comparing; says so when there was a comparison.
pub fn clear(o: &mut Open<'_>) {
    if o.ui.compare.take().is_some() {
        o.ui.status = Some(Status {
            text: o.tr("ui-compare-cleared"),
            error: false,
        });
    }
}

/// ←→ on the projected results: the previous or next page, starting at its top. `None`
/// when the message is not a step (or at the last page, where → goes on to the export).
pub fn step(o: &mut Open<'_>, msg: &Msg) -> Option<Vec<Effect>> {
    let pages = o.doc.fw.principles.len() + 2;
    let page = o.ui.results_page.min(pages - 1);
    let to = match msg {
        Msg::Left => page.checked_sub(1)?,
        Msg::Right if page + 1 < pages => page + 1,
        _ => return None,
    };
    o.ui.results_page = to;
    o.ui.results.index = 0;
    o.ui.cache.offset.set(0);
    Some(Vec::new())
}

/// The first line of why the file could not be read: what is wrong and where (the status
/// line has room for one).
fn first_line(e: &LoadError, lang: crate::i18n::Lang) -> String {
    let text = e.render_in(lang);
    text.lines().next().unwrap_or_default().to_owned()
}
