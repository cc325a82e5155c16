//! The wizard draws no raw control, bidi or zero-width character either: it does not go
//! through the command line's output edge, because ratatui and the wizard's own text helpers
//! leave such characters out of the cells. This test keeps it so, with a hostile framework
//! version and title and a programme name typed with a bidi override.

use integra::framework::{Origin, from_str};
use integra::tui::{Msg, State};

use crate::support::wizard::{config, open_new, render, render_buffer, send, typed};

fn forbidden(c: char) -> bool {
    let c0_c1 = (c < ' ' && c != '\n' && c != '\t') || ('\u{7f}'..='\u{9f}').contains(&c);
    let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let invisible = matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}');
    c0_c1 || bidi || invisible
}

fn raw_in(state: &State) -> Vec<char> {
    let buffer = render_buffer(state);
    buffer
        .content
        .iter()
        .flat_map(|cell| cell.symbol().chars())
        .filter(|c| forbidden(*c))
        .collect()
}

#[test]
fn hostile_framework_text_and_typed_text_are_drawn_without_raw_bidi_or_zero_width() {
    let text = include_str!("../fixtures/tui/wizard.toml")
        .replacen(
            "version = \"1.0.0\"",
            "version = \"1\\u202e0\\u200b\\u2066\"",
            1,
        )
        .replacen(
            "title = \"Wizard test framework\"",
            "title = \"Wizard\\u202e krowemarf \\ufefftest\"",
            1,
        );
    let fw = from_str("w.toml", &text, Origin::Embedded).unwrap();
    let mut cfg = config((100, 30));
    cfg.frameworks = vec![fw.clone()];
    let mut state = State::new(cfg);
    assert_eq!(raw_in(&state), Vec::<char>::new(), "{}", render(&state));
    open_new(
        &mut state,
        fw,
        "en",
        std::path::Path::new("/sessions/s.toml"),
    );
    let mut msgs = typed("Nova\u{202e}\u{200b} clinic");
    msgs.push(Msg::Down);
    send(&mut state, msgs);
    assert_eq!(raw_in(&state), Vec::<char>::new(), "{}", render(&state));
    assert!(render(&state).contains("Nova clinic"), "{}", render(&state));
}
