//! The wizard with saving off (`--no-save`) and in a preview, without a terminal: answers are
//! marked unsaved, quitting with unsaved answers asks (even on a terminal too small to show
//! the question), exporting counts as saving, a preview refuses to export, and the screen
//! says that nothing is saved.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use integra::tui::app::Popup;
use integra::tui::{Effect, Msg, Saving, Screen, State};
use wizard::{disk_full, opened, render, send, session_path, through_setup};

const SIZE: (u16, u16) = (80, 24);

fn with_saving(saving: Saving, size: (u16, u16)) -> State {
    let mut state = opened(size, &session_path());
    state.ui.saving = saving;
    state
}

#[test]
fn an_answer_with_saving_off_is_unsaved_and_quitting_asks_before_losing_it() {
    let mut state = with_saving(Saving::Off, SIZE);
    assert!(!state.ui.unsaved, "nothing answered yet");
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(2)]);
    assert!(state.ui.unsaved);

    assert_eq!(send(&mut state, [Msg::Quit]), []);
    assert!(matches!(state.ui.popup, Some(Popup::ConfirmQuit)));
    let screen = render(&state);
    assert!(screen.contains("NOT saved (--no-save)"), "{screen}");
    assert!(screen.contains("Export them first"), "{screen}");
    assert_eq!(send(&mut state, [Msg::No]), [], "n stays");
    assert!(state.ui.popup.is_none() && state.ui.unsaved);
    assert_eq!(
        send(&mut state, [Msg::Quit, Msg::Yes]),
        [Effect::Quit],
        "unsaved answers: y quits without trying a save (the popup said they are lost)"
    );
}

#[test]
fn with_autosave_nothing_is_ever_unsaved() {
    let mut state = with_saving(Saving::Autosave, SIZE);
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(2)]);
    assert!(!state.ui.unsaved);
    send(&mut state, [Msg::Quit]);
    assert!(render(&state).contains("Every answer is already saved"));
}

#[test]
fn a_terminal_too_small_asks_before_losing_unsaved_answers() {
    let mut state = with_saving(Saving::Off, SIZE);
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(2)]);
    send(&mut state, [Msg::Resize(60, 20)]);
    assert_eq!(send(&mut state, [Msg::Quit]), [], "the first q only asks");
    let screen = render(&state);
    assert!(
        screen.contains("Your answers are NOT saved: press q again"),
        "{screen}"
    );
    assert_eq!(send(&mut state, [Msg::Quit]), [Effect::Save, Effect::Quit]);

    // Nothing to lose: the same question as on a full screen, then quit.
    let mut state = with_saving(Saving::Off, (60, 20));
    assert_eq!(send(&mut state, [Msg::Quit]), []);
    assert!(render(&state).contains("Quit integra?"));
    assert_eq!(send(&mut state, [Msg::Yes]), [Effect::Save, Effect::Quit]);
}

#[test]
fn exporting_saves_and_a_later_change_is_unsaved_again() {
    let mut state = with_saving(Saving::Off, SIZE);
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(2)]);
    let written = vec![session_path(), "/reports/nova-report.md".into()];
    send(&mut state, [Msg::Exported(Ok(written), None)]);
    assert!(!state.ui.unsaved);
    send(&mut state, [Msg::Quit]);
    assert!(render(&state).contains("Nothing changed since the export"));
    send(&mut state, [Msg::No]);

    send(&mut state, [Msg::Exported(Err(disk_full()), None)]);
    assert!(
        !state.ui.unsaved,
        "a failed export changes nothing by itself"
    );
    send(&mut state, [Msg::Digit(1)]);
    assert!(state.ui.unsaved);
    send(&mut state, [Msg::Exported(Err(disk_full()), None)]);
    assert!(state.ui.unsaved, "a failed export does not count as saved");
}

#[test]
fn a_preview_says_nothing_is_saved_and_refuses_to_export() {
    let mut state = with_saving(Saving::Preview, SIZE);
    through_setup(&mut state, "Nova");
    assert!(render(&state).contains("Preview — nothing is saved"));
    send(&mut state, [Msg::Go(Screen::Export)]);
    assert_eq!(state.screen(), Screen::Export);
    let fx = send(&mut state, [Msg::End, Msg::Enter]);
    assert!(!fx.iter().any(|e| matches!(e, Effect::Export(_))), "{fx:?}");
    let screen = render(&state);
    assert!(
        screen.contains("This is a preview: nothing is written"),
        "{screen}"
    );
    send(&mut state, [Msg::Quit]);
    assert!(render(&state).contains("This was a preview: nothing was saved"));
}

#[test]
fn the_key_help_promises_saved_answers_only_when_they_are() {
    for (saving, said) in [
        (
            Saving::Autosave,
            "quit (asks first; answers are always saved)",
        ),
        (
            Saving::Off,
            "quit (asks first; answers not exported are lost)",
        ),
        (Saving::Preview, "quit (a preview saves nothing)"),
    ] {
        let mut state = with_saving(saving, (100, 40));
        through_setup(&mut state, "Nova");
        send(&mut state, [Msg::Help]);
        let screen = render(&state);
        assert!(screen.contains(said), "{saving:?}: {screen}");
        if saving != Saving::Autosave {
            assert!(!screen.contains("always saved"), "{saving:?}: {screen}");
        }
    }
}

#[test]
fn the_header_marks_no_save_and_autosave_shows_no_marker() {
    let mut state = with_saving(Saving::Off, SIZE);
    through_setup(&mut state, "Nova");
    let first_line = |s: &State| render(s).lines().next().unwrap().to_owned();
    assert!(first_line(&state).contains("Not saving (--no-save)"));
    state.ui.saving = Saving::Autosave;
    assert!(!first_line(&state).contains("saving"));
}

#[test]
fn with_saving_off_a_save_writes_nothing_and_an_export_writes_the_session_and_reports() {
    use integra::report::ReportFormat;
    use integra::tui::{Context, effect};

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nova.toml");
    let mut state = wizard::opened(SIZE, &path);
    state.ui.saving = Saving::Off;
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(2)]);
    let ctx = Context::default();
    assert!(matches!(
        effect::perform(Effect::Save, &state, &ctx),
        effect::Step::Continue
    ));
    assert!(!path.exists(), "a save with saving off writes nothing");

    let step = effect::perform(Effect::Export(vec![ReportFormat::Markdown]), &state, &ctx);
    let effect::Step::Then(msg) = step else {
        panic!("an export reports back")
    };
    send(&mut state, [msg]);
    assert!(
        state.ui.export.error.is_none(),
        "{:?}",
        state.ui.export.error
    );
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("programme = \"Nova\"")
    );
    assert!(dir.path().join("nova-report.md").exists());
    assert!(!state.ui.unsaved);

    state.ui.saving = Saving::Preview;
    std::fs::remove_file(&path).unwrap();
    assert!(matches!(
        effect::perform(Effect::Export(vec![ReportFormat::Markdown]), &state, &ctx),
        effect::Step::Continue
    ));
    assert!(!path.exists(), "a preview never exports");
}
