//! Compare with last time, inside the wizard: `b` on the results lists the earlier sessions
//! of the same framework (effects performed for real on a temporary sessions folder), the
//! picker chooses one, the results show the change per principle and per gate, `x` stops.
//! Also the projected results, stepped one page at a time.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use std::path::{Path, PathBuf};

use integra::answers::Response;
use integra::session::{Session, save};
use integra::tui::app::Popup;
use integra::tui::effect::{Context, Step, perform};
use integra::tui::{Effect, Msg, Screen, State};
use wizard::{fixture, opened, render, send, through_setup};

/// Saves an earlier session of the fixture, dated `date`, with the referral followed up
/// routinely (the gate passes) and one service.
fn earlier(dir: &Path, name: &str, date: &str, updated: &str) -> PathBuf {
    let path = dir.join(name);
    let fw = fixture();
    let mut s = Session::new(&fw, "en", path.clone(), date);
    s.sheet.meta.date = Some(date.into());
    s.sheet.meta.programme = Some("Nova harm reduction clinic".into());
    s.answers_mut().set("referral", Response::Level(2));
    s.answers_mut()
        .set("package", Response::Checklist(vec!["nsp".into()]));
    save(&mut s, &fw, updated).unwrap();
    path
}

/// Performs `fx` as the loop does, feeding each message back; returns the effects left.
fn run(state: &mut State, ctx: &Context, fx: Vec<Effect>) {
    for effect in fx {
        if let Step::Then(msg) = perform(effect, state, ctx) {
            let more = integra::tui::update(state, msg);
            run(state, ctx, more);
        }
    }
}

/// On the results of an assessment in `dir` (not saved there: effects are not performed
/// on the way), with the referral gate failing and every service offered.
fn on_results(dir: &Path, size: (u16, u16)) -> (State, Context) {
    let mut state = opened(size, &dir.join("now.toml"));
    through_setup(&mut state, "Nova harm reduction clinic");
    // Context question (choice): "Not legal" hides the abortion question; the text
    // question after it is left.
    send(&mut state, [Msg::Digit(3), Msg::Enter, Msg::Right]);
    send(&mut state, [Msg::Digit(1), Msg::Enter]); // referral: Absent
    send(
        &mut state,
        [Msg::Digit(1), Msg::Digit(2), Msg::Digit(3), Msg::Enter],
    );
    send(&mut state, [Msg::Go(Screen::Results)]);
    let ctx = Context {
        sessions_dir: Some(dir.to_path_buf()),
        ..Context::default()
    };
    (state, ctx)
}

#[test]
fn b_lists_earlier_sessions_newest_first_and_enter_compares() {
    let dir = tempfile::tempdir().unwrap();
    let old = earlier(dir.path(), "old.toml", "2025-06-01", "2025-06-01T10:00:00Z");
    let last = earlier(
        dir.path(),
        "last.toml",
        "2026-01-10",
        "2026-01-10T10:00:00Z",
    );
    let (mut state, ctx) = on_results(dir.path(), (80, 24));
    let fx = send(&mut state, [Msg::Compare]);
    assert_eq!(fx, [Effect::ListEarlier]);
    run(&mut state, &ctx, fx);
    let Some(Popup::Compare { sessions, cursor }) = &state.ui.popup else {
        panic!("no picker: {:?}", state.ui.popup);
    };
    let paths: Vec<_> = sessions.iter().map(|s| s.path.clone()).collect();
    assert_eq!(paths, [last.clone(), old]);
    assert_eq!(*cursor, 1, "the newest is under the cursor");
    let fx = send(&mut state, [Msg::Enter]);
    assert_eq!(fx, [Effect::LoadBaseline(last.clone())]);
    assert!(state.ui.popup.is_none());
    run(&mut state, &ctx, fx);
    assert_eq!(state.ui.compare.as_ref().unwrap().path, last);
    let status = state.ui.status.as_ref().unwrap();
    assert!(
        !status.error && status.text.contains("'last.toml'"),
        "{status:?}"
    );
    let screen = render(&state);
    assert!(screen.contains("Compared with 2026-01-10"), "{screen}");
    // Opening the picker again puts the cursor on the one compared with.
    run(&mut state, &ctx, vec![Effect::ListEarlier]);
    assert!(matches!(
        state.ui.popup,
        Some(Popup::Compare { cursor: 1, .. })
    ));
}

#[test]
fn the_results_show_the_change_per_principle_and_per_gate() {
    let dir = tempfile::tempdir().unwrap();
    let last = earlier(
        dir.path(),
        "last.toml",
        "2026-01-10",
        "2026-01-10T10:00:00Z",
    );
    let (mut state, ctx) = on_results(dir.path(), (120, 40));
    run(&mut state, &ctx, vec![Effect::LoadBaseline(last)]);
    let screen = render(&state);
    let referral = screen
        .lines()
        .find(|l| l.contains("Referral system") && l.contains("answered"))
        .unwrap();
    // The services principle: 80 before (Routine, one service), 33.3 now (Absent, all).
    assert!(referral.contains("▼ \u{2212}46.7"), "{referral}");
    assert!(
        screen.contains("Gates changed since 2026-01-10"),
        "{screen}"
    );
    assert!(
        screen.contains("▼ Referrals are not followed up: do not scale up yet.: Passed → Failed"),
        "{screen}"
    );
    insta::assert_snapshot!("compare-120x40", screen);
    let (mut state, ctx) = on_results(dir.path(), (80, 24));
    let last = dir.path().join("last.toml");
    run(&mut state, &ctx, vec![Effect::LoadBaseline(last)]);
    send(&mut state, [Msg::End]);
    insta::assert_snapshot!("compare-80x24", render(&state));
}

/// An earlier session of another programme: the results and the projected overall page say
/// so before anyone reads the change as progress.
#[test]
fn a_baseline_of_another_programme_comes_with_a_caution() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("elsewhere.toml");
    let fw = fixture();
    let mut s = Session::new(&fw, "en", path.clone(), "2026-01-10");
    s.sheet.meta.programme = Some("Riverside outreach".into());
    save(&mut s, &fw, "2026-01-10T10:00:00Z").unwrap();
    let (mut state, ctx) = on_results(dir.path(), (120, 40));
    run(&mut state, &ctx, vec![Effect::LoadBaseline(path)]);
    assert!(
        render(&state).contains("Riverside outreach"),
        "{}",
        render(&state)
    );
    send(&mut state, [Msg::TogglePresent]);
    let screen = render(&state);
    assert!(screen.contains("Riverside outreach"), "{screen}");
}

#[test]
fn x_stops_comparing_and_the_first_row_of_the_picker_too() {
    let dir = tempfile::tempdir().unwrap();
    let last = earlier(
        dir.path(),
        "last.toml",
        "2026-01-10",
        "2026-01-10T10:00:00Z",
    );
    let (mut state, ctx) = on_results(dir.path(), (80, 24));
    run(&mut state, &ctx, vec![Effect::LoadBaseline(last.clone())]);
    send(&mut state, [Msg::Clear]);
    assert!(state.ui.compare.is_none());
    assert!(
        state
            .ui
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("No comparison")
    );
    assert!(!render(&state).contains("Compared with"));
    // Again, through the picker's first row.
    run(&mut state, &ctx, vec![Effect::LoadBaseline(last)]);
    run(&mut state, &ctx, vec![Effect::ListEarlier]);
    send(&mut state, [Msg::Up, Msg::Enter]);
    assert!(state.ui.compare.is_none());
    assert!(state.ui.popup.is_none());
    // Esc closes the picker and changes nothing.
    run(&mut state, &ctx, vec![Effect::ListEarlier]);
    send(&mut state, [Msg::Back]);
    assert!(state.ui.popup.is_none());
    assert_eq!(state.screen(), Screen::Results);
}

#[test]
fn the_picker_snapshot_and_nothing_to_offer() {
    let dir = tempfile::tempdir().unwrap();
    let (mut state, ctx) = on_results(dir.path(), (80, 24));
    run(&mut state, &ctx, vec![Effect::ListEarlier]);
    let screen = render(&state);
    assert!(
        screen.contains("No earlier assessment of 'wizard-fixture'"),
        "{screen}"
    );
    send(&mut state, [Msg::Back]);
    earlier(
        dir.path(),
        "last.toml",
        "2026-01-10",
        "2026-01-10T10:00:00Z",
    );
    run(&mut state, &ctx, vec![Effect::ListEarlier]);
    insta::assert_snapshot!("picker-80x24", render(&state));
}

#[test]
fn a_file_that_cannot_be_compared_is_named_in_the_status_line() {
    let dir = tempfile::tempdir().unwrap();
    let (mut state, ctx) = on_results(dir.path(), (80, 24));
    let other = dir.path().join("other.toml");
    std::fs::write(&other, "framework = \"someone-else\"\n[answers]\n").unwrap();
    run(&mut state, &ctx, vec![Effect::LoadBaseline(other)]);
    let status = state.ui.status.as_ref().unwrap();
    assert!(status.error, "{status:?}");
    assert!(
        status.text.contains("Cannot compare with 'other.toml'"),
        "{status:?}"
    );
    assert!(state.ui.compare.is_none());
}

#[test]
fn the_list_arriving_after_leaving_the_results_opens_nothing() {
    let dir = tempfile::tempdir().unwrap();
    earlier(
        dir.path(),
        "last.toml",
        "2026-01-10",
        "2026-01-10T10:00:00Z",
    );
    let (mut state, ctx) = on_results(dir.path(), (80, 24));
    send(&mut state, [Msg::Go(Screen::Review)]);
    run(&mut state, &ctx, vec![Effect::ListEarlier]);
    assert!(state.ui.popup.is_none());
}

#[test]
fn opening_another_assessment_forgets_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let last = earlier(
        dir.path(),
        "last.toml",
        "2026-01-10",
        "2026-01-10T10:00:00Z",
    );
    let (mut state, ctx) = on_results(dir.path(), (80, 24));
    run(&mut state, &ctx, vec![Effect::LoadBaseline(last)]);
    wizard::open_new(&mut state, fixture(), "en", &dir.path().join("next.toml"));
    assert!(state.ui.compare.is_none());
}

#[test]
fn the_projected_results_step_a_page_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let (mut state, _) = on_results(dir.path(), (80, 24));
    send(&mut state, [Msg::TogglePresent]);
    let pages = fixture().principles.len() + 2;
    let screen = render(&state);
    assert!(screen.contains(&format!("Page 1 of {pages}")), "{screen}");
    insta::assert_snapshot!("present-results-overall-80x24", screen);
    send(&mut state, [Msg::Left]);
    assert_eq!(state.ui.results_page, 0, "nothing before the first page");
    send(&mut state, [Msg::Right, Msg::Right]);
    assert_eq!(state.ui.results_page, 2);
    let screen = render(&state);
    assert!(screen.contains("Principle 2 of 2"), "{screen}");
    insta::assert_snapshot!("present-results-principle-80x24", screen);
    send(&mut state, [Msg::Right]);
    let screen = render(&state);
    assert!(screen.contains("Gates not passed"), "{screen}");
    insta::assert_snapshot!("present-results-gates-80x24", screen);
    // Past the last page, → goes on to the export, as on the ordinary results.
    send(&mut state, [Msg::Right]);
    assert_eq!(state.screen(), Screen::Export);
    // Coming back starts at the first page.
    send(&mut state, [Msg::Go(Screen::Results)]);
    assert_eq!(state.ui.results_page, 0);
}

#[test]
fn the_projected_results_at_120x40() {
    let dir = tempfile::tempdir().unwrap();
    let last = earlier(
        dir.path(),
        "last.toml",
        "2026-01-10",
        "2026-01-10T10:00:00Z",
    );
    let (mut state, ctx) = on_results(dir.path(), (120, 40));
    run(&mut state, &ctx, vec![Effect::LoadBaseline(last)]);
    send(&mut state, [Msg::TogglePresent]);
    insta::assert_snapshot!("present-results-overall-120x40", render(&state));
    send(&mut state, [Msg::End, Msg::Right, Msg::Right]);
    insta::assert_snapshot!("present-results-principle-120x40", render(&state));
    send(&mut state, [Msg::Right]);
    insta::assert_snapshot!("present-results-gates-120x40", render(&state));
}

#[test]
fn the_keys_b_x_and_the_pickers_own() {
    use integra::tui::keymap::map;
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
    let key = |c: KeyCode| Event::Key(KeyEvent::from(c));
    let dir = tempfile::tempdir().unwrap();
    earlier(
        dir.path(),
        "last.toml",
        "2026-01-10",
        "2026-01-10T10:00:00Z",
    );
    let (mut state, ctx) = on_results(dir.path(), (80, 24));
    assert!(matches!(
        map(&state, &key(KeyCode::Char('b'))),
        Some(Msg::Compare)
    ));
    assert!(matches!(
        map(&state, &key(KeyCode::Char('x'))),
        Some(Msg::Clear)
    ));
    run(&mut state, &ctx, vec![Effect::ListEarlier]);
    // In the picker: x stops comparing, b and Esc close it, j/k move, letters do nothing.
    assert!(matches!(
        map(&state, &key(KeyCode::Char('x'))),
        Some(Msg::Clear)
    ));
    assert!(matches!(
        map(&state, &key(KeyCode::Char('b'))),
        Some(Msg::Back)
    ));
    assert!(matches!(map(&state, &key(KeyCode::Esc)), Some(Msg::Back)));
    assert!(matches!(
        map(&state, &key(KeyCode::Char('j'))),
        Some(Msg::Down)
    ));
    assert!(matches!(
        map(&state, &key(KeyCode::Enter)),
        Some(Msg::Enter)
    ));
    assert!(map(&state, &key(KeyCode::Char('e'))).is_none());
    // Elsewhere b means nothing.
    send(&mut state, [Msg::Back, Msg::Go(Screen::Review)]);
    assert!(map(&state, &key(KeyCode::Char('b'))).is_none());
}

/// With `--ascii`, every projected page, the picker and the compared results are ASCII.
#[test]
fn ascii_mode_draws_the_new_screens_in_ascii() {
    let dir = tempfile::tempdir().unwrap();
    let last = earlier(
        dir.path(),
        "last.toml",
        "2026-01-10",
        "2026-01-10T10:00:00Z",
    );
    let (mut state, ctx) = on_results(dir.path(), (80, 24));
    state.ui.theme.ascii = true;
    let check = |state: &State| {
        let screen = render(state);
        assert!(screen.is_ascii(), "{screen}");
    };
    run(&mut state, &ctx, vec![Effect::ListEarlier]);
    check(&state);
    run(&mut state, &ctx, vec![Effect::LoadBaseline(last)]);
    send(&mut state, [Msg::Back]);
    check(&state);
    send(&mut state, [Msg::End]);
    check(&state);
    send(&mut state, [Msg::TogglePresent]);
    for _ in 0..4 {
        check(&state);
        send(&mut state, [Msg::Right]);
    }
}
