//! End to end: the real binary on a pseudo-terminal, driven by keys, its screen read back.
//! The quick-check framework is completed from start to report (its questions are read from
//! the framework, not assumed), a run killed with SIGKILL resumes with nothing lost, SIGTERM
//! keeps what is being typed and restores the terminal, and the bytes sent per arrow key are
//! measured.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::pty;

use std::fmt::Write as _;
use std::path::Path;

use integra::answers::{Answers, Response, YesNo, load_sheet};
use integra::framework::{Framework, Question, QuestionKind, catalog, visible_questions};
use pty::{DOWN, END, ENTER, Pty, RIGHT, UP, sessions};

const SIZE: (u16, u16) = (80, 24);

fn quick_check() -> Framework {
    catalog::embedded("quick-check").unwrap()
}

/// What the test has answered, mirroring the wizard to know which question comes next.
struct Mirror {
    fw: Framework,
    answers: Answers,
}

impl Mirror {
    fn visible(&self) -> Vec<&Question> {
        let shown = visible_questions(&self.fw, &self.answers);
        self.fw
            .questions()
            .filter(|q| shown.contains(q.id.as_str()))
            .collect()
    }

    /// The question shown after `current` (the first one for `None`).
    fn next(&self, current: Option<&str>) -> Option<Question> {
        let visible = self.visible();
        let at = current.map_or(0, |c| visible.iter().position(|q| q.id == c).unwrap() + 1);
        visible.get(at).map(|q| (*q).clone())
    }

    /// "3 of 7" for `q` within its principle.
    fn position(&self, q: &Question) -> String {
        let p = self.fw.principle_of(&q.id).unwrap();
        let visible = self.visible();
        let ids: Vec<&str> = p
            .questions
            .iter()
            .filter(|x| visible.iter().any(|v| v.id == x.id))
            .map(|x| x.id.as_str())
            .collect();
        let n = ids.iter().position(|id| *id == q.id).unwrap() + 1;
        format!("{n} of {}", ids.len())
    }
}

/// The first words of a question, short enough to sit on its first line on screen.
fn opening(q: &Question) -> String {
    let mut out = String::new();
    for word in q.text.en().split_whitespace() {
        if out.chars().count() + word.chars().count() > 30 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Checks that `q` is showing, answers it the way a person would, and records the answer.
fn answer(term: &mut Pty, m: &mut Mirror, q: &Question) {
    let screen = term.wait_for(&opening(q));
    assert!(
        screen.contains(&m.position(q)),
        "expected '{}':\n{screen}",
        m.position(q)
    );
    let response = match q.kind.tag() {
        QuestionKind::Rating => {
            let levels = &m.fw.scale_of(q).unwrap().levels;
            let i = 1.min(levels.len() - 1);
            term.send(&(i + 1).to_string());
            term.send(ENTER);
            Response::Level(levels[i].value)
        }
        QuestionKind::YesNo => {
            term.send("1");
            term.send(ENTER);
            Response::YesNo(YesNo::Yes)
        }
        QuestionKind::Choice => {
            term.send("1");
            term.send(ENTER);
            Response::Choice(q.options()[0].id.clone())
        }
        QuestionKind::Checklist => {
            term.send("1");
            term.send(ENTER);
            Response::Checklist(vec![q.options()[0].id.clone()])
        }
        QuestionKind::Number => {
            let bounds = q.number().unwrap().bounds;
            let n = match (bounds.min(), bounds.max()) {
                (Some(lo), Some(hi)) => f64::midpoint(lo, hi).floor(),
                (Some(lo), None) => lo,
                (None, Some(hi)) => hi.min(3.0),
                (None, None) => 3.0,
            };
            term.send(&format!("{n}"));
            term.send(ENTER);
            Response::Number(n)
        }
        QuestionKind::Text => {
            term.send(ENTER);
            term.wait_for("Esc cancel");
            term.send("from the e2e test");
            term.send(ENTER);
            term.wait_for("Answer: from the e2e test");
            term.send(RIGHT);
            Response::Text("from the e2e test".into())
        }
    };
    m.answers.set(q.id.clone(), response);
}

/// From the start screen's "Start a new assessment" to the first question.
fn start_new(t: &mut Pty, programme: &str) {
    t.wait_for("Start a new assessment");
    t.send(ENTER);
    t.wait_for("About this assessment");
    t.send(programme);
    for _ in 0..6 {
        t.send(DOWN);
    }
    t.send(ENTER);
}

fn saved_answers(path: &Path, fw: &Framework) -> Answers {
    load_sheet(path).unwrap().against(fw).unwrap().answers
}

/// `integra score FILE --format json`'s overall score, as the results screen prints it.
fn cli_overall(home: &Path, file: &Path) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_integra"))
        // English whatever the machine's locale; a test that wants a language sets it.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["score", file.to_str().unwrap(), "--format", "json"])
        .current_dir(home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let card: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    match card["overall"]["score"].as_f64() {
        Some(s) => format!("Overall readiness: {s:.1} / 100"),
        None => "No scored answers yet.".into(),
    }
}

#[test]
fn the_quick_check_runs_from_start_to_report() {
    let home = tempfile::tempdir().unwrap();
    let mut m = Mirror {
        fw: quick_check(),
        answers: Answers::default(),
    };
    let mut t = Pty::spawn(&["run", "--framework", "quick-check"], home.path(), SIZE);
    start_new(&mut t, "E2E clinic");
    let mut current: Option<String> = None;
    while let Some(q) = m.next(current.as_deref()) {
        answer(&mut t, &mut m, &q);
        current = Some(q.id);
    }
    assert!(!m.answers.is_empty());
    t.wait_for("scored low");
    let files = sessions(home.path());
    assert_eq!(files.len(), 1, "one session file");
    assert_eq!(saved_answers(&files[0], &m.fw), m.answers);

    t.send("s");
    let screen = t.wait_for("Coverage:");
    let overall = cli_overall(home.path(), &files[0]);
    assert!(
        screen.contains(&overall),
        "expected {overall:?} as `integra score` says:\n{screen}"
    );

    t.send("e");
    t.wait_for("Export the report");
    t.send(END);
    t.send(ENTER);
    t.wait_for("Written:");
    let reports: Vec<_> = std::fs::read_dir(home.path().join("data/integra/reports"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(reports.len(), 2, "Markdown and HTML: {reports:?}");
    for r in &reports {
        let text = std::fs::read_to_string(r).unwrap();
        assert!(text.contains("E2E clinic"), "{}", r.display());
    }

    t.send("q");
    t.wait_for("Quit integra?");
    t.send("y");
    assert_eq!(t.wait_exit(), 0);
    assert!(t.restored(), "the terminal is back to normal");
}

#[test]
fn a_run_killed_mid_way_resumes_with_nothing_lost() {
    let home = tempfile::tempdir().unwrap();
    let mut m = Mirror {
        fw: quick_check(),
        answers: Answers::default(),
    };
    let mut t = Pty::spawn(&["run", "--framework", "quick-check"], home.path(), SIZE);
    start_new(&mut t, "Killed clinic");
    let half = (m.visible().len() / 2).max(1);
    let mut current: Option<String> = None;
    for _ in 0..half {
        let q = m.next(current.as_deref()).unwrap();
        answer(&mut t, &mut m, &q);
        current = Some(q.id);
    }
    // The next question on screen means the last answer was saved before it was drawn.
    let next = m.next(current.as_deref()).unwrap();
    t.wait_for(&opening(&next));
    t.signal("KILL");
    t.wait_exit();
    let files = sessions(home.path());
    assert_eq!(files.len(), 1);
    assert_eq!(
        saved_answers(&files[0], &m.fw),
        m.answers,
        "nothing confirmed is lost"
    );

    // The next run offers to resume it: Enter opens it where the team left off. (With
    // --framework given, the screen would offer a new assessment of it instead.)
    let mut t = Pty::spawn(&["run"], home.path(), SIZE);
    let screen = t.wait_for("Resume a saved session");
    assert!(screen.contains("Killed clinic"), "{screen}");
    t.send(ENTER);
    while let Some(q) = m.next(current.as_deref()) {
        answer(&mut t, &mut m, &q);
        current = Some(q.id);
    }
    t.wait_for("scored low");
    assert_eq!(saved_answers(&files[0], &m.fw), m.answers);
    assert_eq!(
        sessions(home.path()),
        files,
        "resumed in place, no new file"
    );
    t.send("q");
    t.wait_for("Quit integra?");
    t.send("y");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn sigterm_sighup_and_sigusr1_keep_the_note_being_typed_and_restore_the_terminal() {
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("USR1", 10)] {
        let home = tempfile::tempdir().unwrap();
        let fw = quick_check();
        let mut t = Pty::spawn(&["run", "--framework", "quick-check"], home.path(), SIZE);
        start_new(&mut t, "Signal clinic");
        let first = fw.questions().next().unwrap().clone();
        t.wait_for(&opening(&first));
        t.send("n");
        t.wait_for("Esc cancel");
        t.send("typed, not yet closed");
        t.wait_for("typed, not yet closed");
        t.signal(signal);
        assert_eq!(t.wait_exit(), 128 + number, "SIG{signal}");
        assert!(t.restored(), "SIG{signal}: the terminal is back to normal");
        let files = sessions(home.path());
        let answers = saved_answers(&files[0], &fw);
        assert_eq!(
            answers.note(&first.id),
            Some("typed, not yet closed"),
            "SIG{signal}"
        );
    }
}

/// A framework long enough for the overview to scroll at 80×24.
fn long_framework(dir: &Path) -> std::path::PathBuf {
    let mut text = String::from("id = \"long\"\nversion = \"1\"\ntitle = \"Long\"\n");
    for p in 0..4 {
        let _ = writeln!(
            text,
            "[[principles]]\nid = \"p{p}\"\ntitle = \"Principle {p}\""
        );
        for q in 0..10 {
            let _ = writeln!(
                text,
                "[[principles.questions]]\nid = \"q{p}_{q}\"\nkind = \"yes_no\"\ntext = \"Question {q} of principle {p}, in a few words\""
            );
        }
    }
    text.push_str("[[bands]]\nid = \"all\"\nmin = 0\nmax = 100\nlabel = \"All\"\n");
    let path = dir.join("long.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn bytes_written_per_arrow_key_stay_small() {
    let home = tempfile::tempdir().unwrap();
    let fixture = pty::wizard_fixture();
    let mut t = Pty::spawn(
        &["run", "--framework", fixture.to_str().unwrap()],
        home.path(),
        SIZE,
    );
    start_new(&mut t, "Bytes");
    t.wait_for("Is abortion legal");
    t.send("3");
    t.send(ENTER);
    t.wait_for("Anything about the site");
    t.send(RIGHT);
    t.wait_for("Are referrals followed up");
    // On a rating question with a description under each level. The first arrow also
    // turns the footer's "Enter skip" into "Enter choose+next" (the person now points at
    // a row); the steady cost per arrow is measured after it.
    t.bytes_for(DOWN);
    t.bytes_for(UP);
    let question: Vec<usize> = [DOWN, DOWN, DOWN, DOWN, UP, UP, UP, UP]
        .iter()
        .map(|k| t.bytes_for(k))
        .collect();
    // A click (SGR mouse report, 1-based) on a level chooses it.
    let screen = t.screen();
    let row = screen.lines().position(|l| l.contains("Routine")).unwrap() + 1;
    t.send(&format!("\x1b[<0;12;{row}M\x1b[<0;12;{row}m"));
    t.wait_for("(●) Routine");
    t.send("q");
    t.send("y");
    t.wait_exit();

    // A fresh home, so the start screen does not offer to resume the first run.
    let home = tempfile::tempdir().unwrap();
    let long = long_framework(home.path());
    let mut t = Pty::spawn(
        &["run", "--framework", long.to_str().unwrap()],
        home.path(),
        SIZE,
    );
    start_new(&mut t, "Bytes");
    t.wait_for("Question 0 of principle 0");
    t.send("o");
    t.wait_for("Principle 1");
    let list: Vec<usize> = (0..43).map(|_| t.bytes_for(DOWN)).collect();
    t.send("q");
    t.send("y");
    t.wait_exit();

    let max = |v: &[usize]| v.iter().copied().max().unwrap();
    let mean = |v: &[usize]| v.iter().sum::<usize>() / v.len();
    let (mut still, mut scrolled): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for b in &list {
        if *b > 600 {
            scrolled.push(*b);
        } else {
            still.push(*b);
        }
    }
    println!(
        "bytes per arrow, question screen: {question:?} (max {}, mean {})",
        max(&question),
        mean(&question)
    );
    println!(
        "bytes per arrow, overview list: mean {} over {} keys; {} without scrolling (max {}), {} scrolls (max {})",
        mean(&list),
        list.len(),
        still.len(),
        max(&still),
        scrolled.len(),
        scrolled.iter().copied().max().unwrap_or(0)
    );
    assert!(max(&question) <= 200, "question screen: {question:?}");
    assert!(max(&still) <= 400, "list without scrolling: {list:?}");
    assert!(
        scrolled.len() <= 6,
        "the list scrolls by half pages, not on every key: {list:?}"
    );
    assert!(mean(&list) <= 400, "{list:?}");
}
