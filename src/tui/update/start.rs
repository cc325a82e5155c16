//! The start screen's keys: pick the framework and language (left and right), start a new
//! assessment, or resume a saved session.
//!
//! Must not: open or create sessions itself (it asks for effects) or draw.

use crate::tui::app::{StartState, Ui};
use crate::tui::effect::Effect;
use crate::tui::msg::Msg;

pub fn update(ui: &mut Ui, msg: &Msg) -> Vec<Effect> {
    let start = &mut ui.start;
    let last = start.rows() - 1;
    match msg {
        Msg::Up | Msg::ScrollUp => start.cursor = start.cursor.saturating_sub(1),
        Msg::Down | Msg::ScrollDown => start.cursor = (start.cursor + 1).min(last),
        Msg::Home => start.cursor = 0,
        Msg::End => start.cursor = last,
        Msg::PageUp => start.cursor = start.cursor.saturating_sub(5),
        Msg::PageDown => start.cursor = (start.cursor + 5).min(last),
        Msg::Left => cycle(start, false),
        Msg::Right | Msg::Space => cycle(start, true),
        Msg::Enter => return enter(start),
        &Msg::Click { column, row } => {
            let hit = ui.cache.hits.borrow().iter().find_map(|(r, i)| {
                (r.x <= column && column < r.right() && r.y == row).then_some(*i)
            });
            match hit {
                Some(i) if i == start.cursor => return enter(start),
                Some(i) => start.cursor = i,
                None => {}
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Changes the framework or the language, on their rows.
fn cycle(start: &mut StartState, forward: bool) {
    let step = |i: usize, n: usize| {
        if n == 0 {
            0
        } else if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }
    };
    match start.cursor {
        StartState::ROW_FRAMEWORK => {
            let lang = start.languages().get(start.language).cloned();
            start.framework = step(start.framework, start.frameworks.len());
            // Keep the language when the new framework has it too.
            start.language = lang
                .and_then(|l| start.languages().iter().position(|x| *x == l))
                .unwrap_or(0);
        }
        StartState::ROW_LANGUAGE => start.language = step(start.language, start.languages().len()),
        _ => {}
    }
}

fn enter(start: &mut StartState) -> Vec<Effect> {
    match start.cursor {
        StartState::ROW_FRAMEWORK | StartState::ROW_LANGUAGE => {
            start.cursor = StartState::ROW_NEW;
            Vec::new()
        }
        StartState::ROW_NEW => {
            if start.frameworks.is_empty() {
                return Vec::new();
            }
            let language = start
                .languages()
                .get(start.language)
                .cloned()
                .unwrap_or_else(|| "en".into());
            vec![Effect::Create {
                framework: start.framework,
                language,
            }]
        }
        i => start
            .sessions
            .get(i - StartState::ROW_SESSIONS)
            .map(|s| vec![Effect::Open(s.path.clone())])
            .unwrap_or_default(),
    }
}
