//! The workshop clock (`T`) and the agenda (`A`): ticks count only while the clock runs, to
//! the principle of the question showing; the agenda sets each principle's budget against
//! the time spent, and `+` / `-` change the budget in the session. A tick changes the
//! clock's cells and nothing else: checked cell by cell on a `TestBackend`, and byte by byte
//! on the real binary in a pseudo-terminal.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::pty::{DOWN, ENTER, Pty};
use crate::support::wizard;

use integra::tui::app::Popup;
use integra::tui::{Effect, Msg, Screen, State, keymap, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use wizard::{opened, render, render_buffer, send, session_path, through_setup};

const SIZE: (u16, u16) = (80, 24);

fn on_first_question() -> State {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova clinic");
    state
}

fn press(state: &mut State, code: KeyCode) -> Vec<Effect> {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let msg = keymap::map(state, &event).expect("the key means something here");
    update(state, msg)
}

#[test]
fn ticks_count_while_the_clock_runs_to_the_principle_showing() {
    let mut state = on_first_question();
    send(&mut state, [Msg::Tick(1), Msg::Tick(100)]);
    assert_eq!(state.ui.clock.elapsed, 0, "the clock is off by default");
    press(&mut state, KeyCode::Char('T'));
    assert!(state.ui.clock.on);
    // "legal" is in the principle "context".
    send(&mut state, [Msg::Tick(200), Msg::Tick(290)]);
    press(&mut state, KeyCode::Right);
    press(&mut state, KeyCode::Right);
    assert_eq!(state.ui.question.id, "referral");
    send(
        &mut state,
        [Msg::Tick(300), Msg::Go(Screen::Overview), Msg::Tick(400)],
    );
    assert_eq!(state.ui.clock.elapsed, 200);
    assert_eq!(state.ui.clock.spent("context"), 90);
    assert_eq!(
        state.ui.clock.spent("services"),
        10,
        "time on the overview is no principle's"
    );
    assert!(
        render(&state).contains("0:03:20"),
        "the header shows the clock"
    );
    press(&mut state, KeyCode::Char('T'));
    assert!(!render(&state).contains("0:03:20"));
}

#[test]
fn a_tick_keeps_the_status_line() {
    let mut state = on_first_question();
    press(&mut state, KeyCode::Char('T'));
    press(&mut state, KeyCode::Char('f'));
    let status = state.ui.status.clone();
    assert!(status.is_some());
    send(&mut state, [Msg::Tick(3), Msg::Tick(4)]);
    assert_eq!(state.ui.status, status);
}

#[test]
fn a_tick_changes_only_the_clocks_cells() {
    let mut state = on_first_question();
    press(&mut state, KeyCode::Char('T'));
    state.ui.status = None;
    send(&mut state, [Msg::Tick(10)]);
    let before = render_buffer(&state);
    send(&mut state, [Msg::Tick(11)]);
    let after = render_buffer(&state);
    let changed = before.diff(&after);
    assert!(!changed.is_empty(), "the clock moved");
    let header: String = (0..SIZE.0)
        .map(|x| after[(x, 0)].symbol().to_owned())
        .collect();
    let byte = header.find("0:00:01").unwrap();
    let at = u16::try_from(header[..byte].chars().count()).unwrap();
    for (x, y, _) in changed {
        assert!(y == 0 && (at..at + 7).contains(&x), "cell {x},{y} changed");
    }
}

#[test]
fn the_agenda_sets_budgets_against_time_spent_and_plus_minus_change_them() {
    let mut state = on_first_question();
    press(&mut state, KeyCode::Char('T'));
    send(&mut state, [Msg::Tick(0), Msg::Tick(7 * 60)]);
    press(&mut state, KeyCode::Char('A'));
    assert!(matches!(state.ui.popup, Some(Popup::Agenda { cursor: 0 })));
    let fx = press(&mut state, KeyCode::Char('+'));
    assert!(fx.contains(&Effect::Save));
    let session = &state.doc().unwrap().session;
    assert_eq!(
        session.minutes(&state.doc().unwrap().fw, "context"),
        Some(5)
    );
    let screen = render(&state);
    assert!(
        screen.contains("5 min") && screen.contains("7 min"),
        "{screen}"
    );
    press(&mut state, KeyCode::Down);
    press(&mut state, KeyCode::Char('+'));
    press(&mut state, KeyCode::Char('+'));
    press(&mut state, KeyCode::Char('-'));
    let doc = state.doc().unwrap();
    assert_eq!(doc.session.minutes(&doc.fw, "services"), Some(5));
    insta::assert_snapshot!("agenda-80x24", render(&state));
    press(&mut state, KeyCode::Esc);
    assert!(state.ui.popup.is_none());
}

#[test]
fn the_clock_in_the_header_snapshot() {
    let mut state = on_first_question();
    press(&mut state, KeyCode::Char('T'));
    state.ui.status = None;
    send(&mut state, [Msg::Tick(0), Msg::Tick(3725)]);
    insta::assert_snapshot!("question-clock-80x24", render(&state));
}

/// Splits what the terminal was sent into the cursor moves (row, column; 1-based) and the
/// printable text, leaving colour and mode sequences out.
fn moves_and_text(bytes: &[u8]) -> (Vec<(u16, u16)>, String) {
    let text = String::from_utf8_lossy(bytes);
    let mut chars = text.chars().peekable();
    let (mut moves, mut printed) = (Vec::new(), String::new());
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            printed.push(c);
            continue;
        }
        if chars.next_if_eq(&'[').is_none() {
            chars.next();
            continue;
        }
        let mut params = String::new();
        let end = loop {
            match chars.next() {
                Some(c) if c.is_ascii_alphabetic() || c == '~' => break c,
                Some(c) => params.push(c),
                None => break ' ',
            }
        };
        if end == 'H' {
            let mut nums = params.split(';').map(|n| n.parse().unwrap_or(1));
            moves.push((nums.next().unwrap_or(1), nums.next().unwrap_or(1)));
        }
    }
    (moves, printed)
}

#[test]
fn on_a_terminal_a_tick_writes_the_clocks_digits_and_nothing_else() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("clock.toml");
    let mut t = Pty::spawn_fixture_session(&file, home.path(), (80, 24));
    t.wait_for("About this assessment");
    t.send("Nova");
    for _ in 0..6 {
        t.send(DOWN);
    }
    t.send(ENTER);
    t.wait_for("Is abortion legal");
    t.send("T");
    t.wait_for("0:00:0");
    // Whatever the machine's speed, some tick comes after this point: take what the
    // terminal is sent from here until the clock has moved on twice.
    t.settle();
    let from = t.output().len();
    let shown = |t: &Pty| {
        let s = t.screen();
        s.lines().next().unwrap_or_default().to_owned()
    };
    let first = shown(&t);
    let start = std::time::Instant::now();
    while shown(&t) == first && start.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let second = shown(&t);
    assert_ne!(first, second, "the clock moved");
    t.settle();
    let bytes = t.output()[from..].to_vec();
    let (moves, text) = moves_and_text(&bytes);
    // The clock's first column (1-based, as the terminal counts): one before its colon.
    let colon = second.find(':').unwrap();
    let col = u16::try_from(second[..colon].chars().count()).unwrap();
    eprintln!("bytes written for the tick(s): {}", bytes.len());
    assert!(!moves.is_empty(), "{bytes:?}");
    for (row, column) in &moves {
        assert_eq!(*row, 1, "only the header's row is written: {bytes:?}");
        assert!(
            (col..col + 7).contains(column),
            "only the clock's columns are written: {column} in {bytes:?}"
        );
    }
    assert!(
        text.chars().all(|c| c.is_ascii_digit() || c == ':'),
        "only the clock's digits are written: {text:?}"
    );
    t.send("q");
}

#[test]
fn the_time_spent_is_the_sessions_and_carries_on_in_the_next_sitting() {
    let mut state = on_first_question();
    press(&mut state, KeyCode::Char('T'));
    send(&mut state, [Msg::Tick(10), Msg::Tick(70)]);
    let doc = state.doc().unwrap();
    assert_eq!(doc.session.workshop.spent.get("context"), Some(&60));
    assert!(!state.ui.unsaved, "a tick alone marks nothing unsaved");
    // Saved with the session (the file round trip is session::workshop's test); a later
    // sitting opens it, and the agenda carries on.
    assert!(doc.session.to_toml().contains("[session.spent]"));
    let saved = doc.session.clone();
    let mut later = wizard::start_state(SIZE);
    update(
        &mut later,
        Msg::Opened(Box::new(integra::session::Opened {
            framework: wizard::fixture(),
            session: saved,
            warnings: Vec::new(),
        })),
    );
    assert_eq!(later.ui.clock.spent("context"), 60, "seeded from the file");
    through_setup(&mut later, "Nova clinic");
    press(&mut later, KeyCode::Char('T'));
    send(&mut later, [Msg::Tick(5), Msg::Tick(35)]);
    assert_eq!(later.ui.clock.spent("context"), 90, "counted on from 60");
    assert_eq!(
        later.doc().unwrap().session.workshop.spent.get("context"),
        Some(&90)
    );
}

#[test]
fn budgets_can_be_set_on_the_setup_screen_before_the_room_starts() {
    let mut state = opened(SIZE, &session_path());
    assert_eq!(state.screen(), Screen::Setup);
    // On a text field the letter is typed.
    press(&mut state, KeyCode::Char('A'));
    assert!(!matches!(state.ui.popup, Some(Popup::Agenda { .. })));
    // Off the fields (on Continue) it opens the agenda.
    while state.ui.setup.focus < integra::tui::app::SETUP_FIELDS.len() {
        press(&mut state, KeyCode::Down);
    }
    press(&mut state, KeyCode::Char('A'));
    assert!(
        matches!(state.ui.popup, Some(Popup::Agenda { .. })),
        "{:?}",
        state.ui.popup
    );
    press(&mut state, KeyCode::Char('+'));
    let doc = state.doc().unwrap();
    let first = doc.fw.principles[0].id.clone();
    assert!(
        doc.session
            .workshop
            .minutes
            .get(&first)
            .is_some_and(|m| *m > 0),
        "{:?}",
        doc.session.workshop.minutes
    );
}
