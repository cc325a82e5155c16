//! The wizard's behaviour without a terminal: `update` driven by messages, its effects
//! checked. Uses the wizard's own fixture framework (tests/fixtures/tui/wizard.toml).

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use integra::answers::{Response, YesNo};
use integra::report::ReportFormat;
use integra::session::{Opened, Record, Session};
use integra::tui::app::{Popup, StartState};
use integra::tui::choices::{Choice, choices};
use integra::tui::{Effect, Msg, Screen, State, update};
use wizard::{answer, fixture, opened, send, session_path, start_state, through_setup, typed};

const SIZE: (u16, u16) = (80, 24);

#[test]
fn a_new_assessment_goes_from_start_through_setup_to_the_first_question() {
    let mut state = start_state(SIZE);
    assert_eq!(state.screen(), Screen::Start);
    assert_eq!(
        state.ui.start.cursor,
        StartState::ROW_NEW,
        "nothing to resume"
    );
    let fx = send(&mut state, [Msg::Enter]);
    assert_eq!(
        fx,
        [Effect::Create {
            framework: 0,
            language: "en".into()
        }]
    );
    let mut state = opened(SIZE, &session_path());
    assert_eq!(state.screen(), Screen::Setup);
    let fx = through_setup(&mut state, "Nova clinic");
    assert!(fx.contains(&Effect::Save), "the facts are saved: {fx:?}");
    let doc = state.doc().unwrap();
    assert_eq!(
        doc.session.sheet.meta.programme.as_deref(),
        Some("Nova clinic")
    );
    assert_eq!(doc.session.sheet.meta.date.as_deref(), Some("2026-11-23"));
    assert_eq!(state.screen(), Screen::Question);
    assert_eq!(state.ui.question.id, "legal");
    // Esc from a question leads to the overview, not back into the setup.
    send(&mut state, [Msg::Back]);
    assert_eq!(state.screen(), Screen::Overview);
}

#[test]
fn the_language_and_framework_are_chosen_on_the_start_screen() {
    let mut state = start_state(SIZE);
    send(&mut state, [Msg::Up, Msg::Right]);
    assert_eq!(state.ui.start.cursor, StartState::ROW_LANGUAGE);
    assert_eq!(state.ui.start.languages()[state.ui.start.language], "fr");
    let fx = send(&mut state, [Msg::Down, Msg::Enter]);
    assert_eq!(
        fx,
        [Effect::Create {
            framework: 0,
            language: "fr".into()
        }]
    );
}

#[test]
fn every_answer_is_saved_as_it_is_made() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    // A digit chooses without moving on, and asks for a save.
    assert_eq!(send(&mut state, [Msg::Digit(2)]), [Effect::Save]);
    assert_eq!(
        answer(&state, "legal"),
        Some(Response::Choice("restricted".into()))
    );
    assert_eq!(state.ui.question.id, "legal");
    // Choosing the same again changes nothing, so nothing is written.
    assert_eq!(send(&mut state, [Msg::Digit(2)]), []);
    // Enter chooses the row under the cursor and moves on.
    send(&mut state, [Msg::Up, Msg::Enter]);
    assert_eq!(
        answer(&state, "legal"),
        Some(Response::Choice("legal".into()))
    );
    assert_eq!(state.ui.question.id, "site_notes");
    // Delete clears an answer, and that is saved too.
    send(&mut state, [Msg::Left]);
    assert_eq!(send(&mut state, [Msg::Clear]), [Effect::Save]);
    assert_eq!(answer(&state, "legal"), None);
}

#[test]
fn a_condition_hides_a_question_until_an_earlier_answer_shows_it() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(3), Msg::Right, Msg::Right]);
    assert_eq!(
        answer(&state, "legal"),
        Some(Response::Choice("illegal".into()))
    );
    assert_eq!(state.ui.question.id, "referral");
    send(&mut state, [Msg::Right]);
    assert_eq!(
        state.ui.question.id, "package",
        "'abortion' is hidden where it is not legal"
    );
    // Back to the first question: a legal setting shows the abortion question.
    send(
        &mut state,
        [Msg::Go(Screen::Overview), Msg::Home, Msg::Down, Msg::Enter],
    );
    assert_eq!(state.ui.question.id, "legal");
    send(
        &mut state,
        [Msg::Digit(1), Msg::Right, Msg::Right, Msg::Right],
    );
    assert_eq!(state.ui.question.id, "abortion");
    send(&mut state, [Msg::Digit(1)]);
    assert_eq!(
        answer(&state, "abortion"),
        Some(Response::YesNo(YesNo::Yes))
    );
}

#[test]
fn the_overview_says_why_a_question_is_hidden() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Go(Screen::Overview)]);
    // Rows: Context, legal, site_notes, Referral system, referral, abortion, ...
    send(
        &mut state,
        [
            Msg::Home,
            Msg::Down,
            Msg::Down,
            Msg::Down,
            Msg::Down,
            Msg::Down,
        ],
    );
    send(&mut state, [Msg::Enter]);
    assert_eq!(
        state.screen(),
        Screen::Overview,
        "a hidden question does not open"
    );
    let status = state.ui.status.clone().unwrap().text;
    assert_eq!(
        status,
        "Hidden: this question is asked only if 'Is abortion legal in your setting?' is one of \
         'Legal on request or broad grounds', 'Legal only on narrow grounds'.",
        "the question's words, not its id"
    );
    // A principle opens its first unanswered question shown.
    send(&mut state, [Msg::Up, Msg::Up, Msg::Enter]);
    assert_eq!(
        (state.screen(), state.ui.question.id.as_str()),
        (Screen::Question, "referral")
    );
}

#[test]
fn every_kind_of_question_can_be_answered() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(1), Msg::Enter]); // legal: choice
    // site_notes: text, written in the editor; Enter keeps it (Ctrl+J is a new line).
    send(&mut state, [Msg::Enter]);
    assert!(matches!(state.ui.popup, Some(Popup::Editor { .. })));
    let mut msgs = typed("Two sites");
    msgs.extend([Msg::NewLine]);
    msgs.extend(typed("one van"));
    msgs.push(Msg::Enter);
    assert_eq!(send(&mut state, msgs), [Effect::Save]);
    assert_eq!(
        answer(&state, "site_notes"),
        Some(Response::Text("Two sites\none van".into()))
    );
    send(&mut state, [Msg::Right]);
    // referral: rating; "don't know" is allowed by its scale, the last row.
    send(&mut state, [Msg::End, Msg::Enter]);
    assert_eq!(answer(&state, "referral"), Some(Response::DontKnow));
    send(&mut state, [Msg::Digit(2)]); // abortion: yes/no
    assert_eq!(
        answer(&state, "abortion"),
        Some(Response::YesNo(YesNo::Partial))
    );
    send(&mut state, [Msg::Right]);
    // package: checklist; Space and digits tick, Enter records what is ticked.
    send(&mut state, [Msg::Space, Msg::Digit(3), Msg::Digit(1)]);
    assert_eq!(
        answer(&state, "package"),
        Some(Response::Checklist(vec!["condoms".into()]))
    );
    send(&mut state, [Msg::Enter]);
    assert_eq!(state.ui.question.id, "staff");
    // staff: number, checked against its bounds with the framework's own message.
    send(&mut state, typed("75"));
    send(&mut state, [Msg::Enter]);
    assert_eq!(state.ui.question.id, "staff", "a refused number stays");
    assert_eq!(
        state.ui.question.error.as_deref(),
        Some("Count peer workers on staff today: between 0 and 50.")
    );
    assert_eq!(answer(&state, "staff"), None);
    // A decimal comma is read as a decimal point.
    send(&mut state, [Msg::Backspace, Msg::Backspace]);
    send(&mut state, typed("2,5"));
    let fx = send(&mut state, [Msg::Enter]);
    assert!(fx.contains(&Effect::Save));
    assert_eq!(answer(&state, "staff"), Some(Response::Number(2.5)));
    assert_eq!(
        state.screen(),
        Screen::Review,
        "after the last question comes the review"
    );
}

#[test]
fn a_checklist_with_nothing_ticked_records_none_of_these() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(
        &mut state,
        [Msg::Digit(3), Msg::Right, Msg::Right, Msg::Right],
    );
    assert_eq!(state.ui.question.id, "package");
    // Pointing at the list and pressing Enter, nothing ticked, says "none of these".
    assert_eq!(
        send(&mut state, [Msg::Down, Msg::Up, Msg::Enter]),
        [Effect::Save]
    );
    assert_eq!(
        answer(&state, "package"),
        Some(Response::Checklist(Vec::new()))
    );
}

#[test]
fn not_applicable_is_offered_only_where_the_framework_allows_it() {
    let fw = fixture();
    let rows = |id: &str| choices(&fw, fw.question(id).unwrap());
    assert!(!rows("legal").contains(&Choice::NotApplicable));
    assert!(rows("site_notes").contains(&Choice::NotApplicable));
    assert!(!rows("site_notes").contains(&Choice::DontKnow));
    assert_eq!(rows("referral").len(), 5, "three levels, n/a, don't know");
    assert_eq!(rows("staff"), [Choice::Field, Choice::DontKnow]);
}

#[test]
fn an_answer_is_edited_from_the_review_and_esc_returns_there() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(3), Msg::Go(Screen::Review)]);
    assert_eq!(state.screen(), Screen::Review);
    send(&mut state, [Msg::Home, Msg::Down, Msg::Down, Msg::Enter]);
    assert_eq!(
        (state.screen(), state.ui.question.id.as_str()),
        (Screen::Question, "referral")
    );
    send(&mut state, [Msg::Digit(3)]);
    assert_eq!(answer(&state, "referral"), Some(Response::Level(2)));
    send(&mut state, [Msg::Back]);
    assert_eq!(state.screen(), Screen::Review);
    // On to the results and the export, which asks for the ticked formats.
    send(&mut state, [Msg::Right]);
    assert_eq!(state.screen(), Screen::Results);
    send(&mut state, [Msg::Go(Screen::Export)]);
    let fx = send(&mut state, [Msg::Down, Msg::Space, Msg::End, Msg::Enter]);
    assert_eq!(
        fx,
        [Effect::Export(vec![ReportFormat::Markdown])],
        "HTML was unticked"
    );
}

#[test]
fn a_resumed_session_opens_at_its_saved_position() {
    let mut state = start_state(SIZE);
    let fw = fixture();
    let mut session = Session::new(&fw, "en", session_path(), "2026-11-23");
    session
        .answers_mut()
        .set("legal", Response::Choice("legal".into()));
    session.answers_mut().set("referral", Response::Level(1));
    session.record = Record {
        created: Some("2026-11-23T09:00:00Z".into()),
        updated: Some("2026-11-23T09:30:00Z".into()),
        position: Some("abortion".into()),
        framework_path: None,
        migrated_from: None,
        progress: None,
    };
    let fx = update(
        &mut state,
        Msg::Opened(Box::new(Opened {
            framework: fw,
            session,
            warnings: vec!["Framework 'wizard-fixture' has changed.".into()],
        })),
    );
    assert!(fx.is_empty());
    assert_eq!(
        (state.screen(), state.ui.question.id.as_str()),
        (Screen::Question, "abortion")
    );
    assert!(
        matches!(state.ui.popup, Some(Popup::Notice { .. })),
        "the change is shown"
    );
    send(&mut state, [Msg::Enter]);
    assert!(state.ui.popup.is_none());
    // The cursor starts on the current answer.
    send(&mut state, [Msg::Left]);
    assert_eq!(
        (state.ui.question.id.as_str(), state.ui.question.cursor),
        ("referral", 1)
    );
}

#[test]
fn quitting_asks_first_and_keeps_a_note_being_typed() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Note]);
    send(&mut state, typed("ask the nurse"));
    let fx = send(&mut state, [Msg::Quit]);
    assert_eq!(fx, [Effect::Save], "the note is kept before asking");
    let doc = state.doc().unwrap();
    assert_eq!(doc.session.answers().note("legal"), Some("ask the nurse"));
    assert!(matches!(state.ui.popup, Some(Popup::ConfirmQuit)));
    assert_eq!(send(&mut state, [Msg::No]), []);
    assert!(state.ui.popup.is_none());
    assert_eq!(
        send(&mut state, [Msg::Quit, Msg::Yes]),
        [Effect::Save, Effect::Quit]
    );
}

#[test]
fn esc_goes_back_and_the_first_screen_quits_when_nothing_is_at_stake() {
    // Like dialog and whiptail: nothing is open, nothing can be lost.
    let mut state = start_state(SIZE);
    assert_eq!(send(&mut state, [Msg::Back]), [Effect::Quit]);
    let mut state = start_state(SIZE);
    assert_eq!(send(&mut state, [Msg::Quit]), [Effect::Quit]);
    // With answers not written (saving off), the start screen asks first.
    let mut state = opened(SIZE, &session_path());
    state.ui.saving = integra::tui::Saving::Off;
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(1), Msg::Back, Msg::Back]);
    assert_eq!(state.screen(), Screen::Start);
    assert!(state.ui.unsaved);
    assert_eq!(send(&mut state, [Msg::Quit]), []);
    assert!(matches!(state.ui.popup, Some(Popup::ConfirmQuit)));
    let mut state = opened(SIZE, &session_path());
    assert_eq!(send(&mut state, [Msg::Back]), [Effect::ListSessions]);
    assert_eq!(state.screen(), Screen::Start);
}

#[test]
fn a_terminal_too_small_asks_the_same_quit_question_and_keeps_an_open_note() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Note]);
    send(&mut state, typed("half a thought"));
    send(&mut state, [Msg::Resize(60, 20)]);
    // `q` on the small screen: the note is kept, and the question is asked.
    let fx = send(&mut state, [Msg::Quit]);
    assert_eq!(fx, [Effect::Save]);
    assert_eq!(
        state.doc().unwrap().session.answers().note("legal"),
        Some("half a thought")
    );
    assert!(matches!(state.ui.popup, Some(Popup::ConfirmQuit)));
    let screen = wizard::render(&state);
    assert!(screen.contains("Quit integra?"), "{screen}");
    assert!(screen.contains("y quit"), "{screen}");
    // No stays; yes quits (saving first).
    assert_eq!(send(&mut state, [Msg::No]), []);
    assert!(state.ui.popup.is_none());
    assert_eq!(
        send(&mut state, [Msg::Quit, Msg::Yes]),
        [Effect::Save, Effect::Quit]
    );
}

#[test]
fn the_export_can_leave_names_out_of_the_reports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nova.toml");
    let mut state = opened(SIZE, &path);
    through_setup(&mut state, "Nova");
    let meta = &mut state.doc_mut().unwrap().session.sheet.meta;
    meta.facilitator = Some("Amina Okafor".into());
    meta.participants = Some("Dmitri V., Lucia R.".into());
    send(&mut state, [Msg::Go(Screen::Export)]);
    // The last row is Write; the one above it, the names toggle.
    let export = |state: &mut State| write_export(state, &dir.path().join("nova-report.md"));

    let named = export(&mut state);
    assert!(named.contains("Amina Okafor") && named.contains("Lucia R."));

    send(&mut state, [Msg::End, Msg::Up, Msg::Space]);
    assert!(state.ui.export.anonymous);
    let anonymous = export(&mut state);
    for name in ["Amina", "Okafor", "Dmitri", "Lucia"] {
        assert!(!anonymous.contains(name), "{name} left out:\n{anonymous}");
    }
    assert!(anonymous.contains("Nova"), "the programme is not a person");
}

/// Presses Write on the export screen (its last row), performs the export it asks for, and
/// returns the Markdown report written to `report`.
fn write_export(state: &mut State, report: &std::path::Path) -> String {
    use integra::tui::{Context, effect};

    let fx = send(state, [Msg::End, Msg::Enter]);
    let [Effect::Export(formats)] = fx.as_slice() else {
        panic!("Write asks for an export: {fx:?}")
    };
    let step = effect::perform(Effect::Export(formats.clone()), state, &Context::default());
    let effect::Step::Then(msg) = step else {
        panic!("an export reports back")
    };
    send(state, [msg]);
    assert!(
        state.ui.export.error.is_none(),
        "{:?}",
        state.ui.export.error
    );
    std::fs::read_to_string(report).unwrap()
}

#[test]
fn the_export_can_write_a_short_report_without_the_appendix() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nova.toml");
    let mut state = opened(SIZE, &path);
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Go(Screen::Export)]);
    let export = |state: &mut State| write_export(state, &dir.path().join("nova-report.md"));
    let full = export(&mut state);
    assert!(full.contains("## Appendix: every question and answer"));
    // Above Write: the names toggle, then the short-report toggle.
    let screen = wizard::render(&state);
    assert!(
        screen.contains("Short report: leave out the question-by-question"),
        "{screen}"
    );
    send(&mut state, [Msg::End, Msg::Up, Msg::Up, Msg::Space]);
    assert!(state.ui.export.short && !state.ui.export.anonymous);
    let short = export(&mut state);
    assert!(!short.contains("## Appendix"), "{short}");
    assert!(short.contains("## Summary") && short.contains("## Scores by principle"));
}

/// The phase holds the assessment: back on the start screen it is still open behind it
/// (the start screen speaks the start screen's language, `o` returns to it with its answers),
/// and without one no screen of an assessment shows.
#[test]
fn the_start_screen_keeps_the_assessment_left_behind_it() {
    use integra::tui::app::Phase;
    let mut state = start_state(SIZE);
    send(&mut state, [Msg::Go(Screen::Overview)]);
    assert_eq!(state.screen(), Screen::Start, "nothing open: no overview");
    assert!(matches!(state.phase, Phase::Start { left: None }));

    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(1), Msg::Back, Msg::Back]);
    assert_eq!(state.screen(), Screen::Start);
    assert!(matches!(state.phase, Phase::Start { left: Some(_) }));
    send(&mut state, [Msg::Go(Screen::Overview)]);
    assert!(matches!(state.phase, Phase::Open { .. }));
    assert_eq!(state.screen(), Screen::Overview);
    assert!(answer(&state, "legal").is_some());
}
