//! A facilitator who never read the README: the whole quick check, from the start screen to
//! the exported report and quitting, on the real binary in a pseudo-terminal, pressing only
//! keys the screen itself shows (the footer and the windows' own hints). The test knows
//! what it wants to do ("open", "next", "choose", "write"…), as a person reading the footer
//! does, never which key does it.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::pty;

use integra::answers::load_sheet;
use integra::framework::{catalog, visible_questions};
use pty::{ENTER, Pty, RIGHT, sessions};

const SIZE: (u16, u16) = (80, 24);

/// The footer: the screen's last line.
fn footer(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_owned()
}

/// The key a line of hints offers for `action` ("KEY action", hints apart by two spaces).
fn key_in(line: &str, action: &str) -> Option<String> {
    line.split("  ")
        .map(str::trim)
        .find_map(|hint| hint.strip_suffix(&format!(" {action}")))
        .map(str::to_owned)
}

/// The bytes a key named on screen sends.
fn bytes(key: &str) -> String {
    match key {
        "Enter" => ENTER.to_owned(),
        "Space" => " ".to_owned(),
        // "←→ question": the right arrow goes on to the next one.
        "←→" => RIGHT.to_owned(),
        k if k.chars().count() == 1 => k.to_owned(),
        k => panic!("the test does not know how to press {k:?}"),
    }
}

/// Presses the key the footer offers for `action` (failing if the footer offers none),
/// waits for the program to draw what it did, and returns the screen.
fn press(t: &mut Pty, action: &str) -> String {
    let screen = t.screen();
    let key = key_in(&footer(&screen), action)
        .unwrap_or_else(|| panic!("no key for {action:?} in the footer:\n{screen}"));
    send(t, &bytes(&key))
}

/// Sends `keys`, waits until the program has drawn something in answer (some changes show
/// only as a highlight, so bytes are counted, not text compared); returns the screen.
fn send(t: &mut Pty, keys: &str) -> String {
    let before = t.output().len();
    t.send(keys);
    let start = std::time::Instant::now();
    while t.output().len() == before {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "nothing was drawn after {keys:?}:\n{}",
            t.screen()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    t.settle();
    t.screen()
}

/// The number a question's hint asks for ("From 0 to 50."), or 1.
fn number_for(screen: &str) -> String {
    let words: Vec<&str> = screen.split_whitespace().collect();
    words
        .windows(4)
        .find(|w| w[0] == "From" && w[2] == "to")
        .map_or_else(|| "1".to_owned(), |w| w[1].to_owned())
}

/// Answers the question showing with what the footer offers, then goes on.
fn answer_what_shows(t: &mut Pty) {
    let screen = t.screen();
    let foot = footer(&screen);
    if let Some(range) = key_in(&foot, "choose").or_else(|| key_in(&foot, "tick")) {
        // "1-3": the first option (a digit from the range shown).
        assert!(range.starts_with('1'), "{foot}");
        let after = send(t, "1");
        // Chosen: Enter now says it keeps the answer and goes on.
        let go = if key_in(&footer(&after), "done").is_some() {
            "done"
        } else {
            "choose+next"
        };
        press(t, go);
    } else if key_in(&foot, "type").is_some() {
        send(t, &number_for(&screen));
        press(t, "keep");
    } else if key_in(&foot, "write").is_some() {
        let editor = press(t, "write");
        assert!(key_in(&footer(&editor), "keep").is_some(), "{editor}");
        send(t, "written with the keys on screen");
        press(t, "keep");
        t.wait_for("Answer: written with");
        press(t, "question");
    } else {
        panic!("no way to answer in the footer:\n{screen}");
    }
}

#[test]
fn the_quick_check_runs_with_only_the_keys_the_screens_show() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(&["run", "--framework", "quick-check"], home.path(), SIZE);
    t.wait_for("Start a new assessment");
    t.settle();
    press(&mut t, "open");
    t.wait_for("About this assessment");
    send(&mut t, "Advertised keys clinic");
    while t.screen().contains("About this assessment") {
        press(&mut t, "next");
    }
    // Every question shown, until the review comes.
    let mut asked = 0;
    while !t
        .screen()
        .lines()
        .next()
        .unwrap_or_default()
        .trim_end()
        .ends_with("Review")
    {
        answer_what_shows(&mut t);
        asked += 1;
        assert!(asked < 200, "the questions never ended:\n{}", t.screen());
    }
    let review = t.screen();
    assert!(review.contains("0 not answered"), "{review}");
    press(&mut t, "results");
    let results = t.wait_for("Coverage:");
    assert!(results.contains("Overall readiness"), "{results}");
    press(&mut t, "export");
    t.wait_for("Export the report");
    press(&mut t, "write");
    t.wait_for("Written:");
    let asked_to_quit = press(&mut t, "quit");
    let yes = asked_to_quit
        .lines()
        .find_map(|l| key_in(&l.replace(['│', '|'], "  "), "quit"))
        .filter(|k| k != "q")
        .unwrap_or_else(|| panic!("the quit question names its key:\n{asked_to_quit}"));
    t.send(&bytes(&yes));
    assert_eq!(t.wait_exit(), 0);

    // Every question shown was answered, and saved.
    let fw = catalog::embedded("quick-check").unwrap();
    let files = sessions(home.path());
    assert_eq!(files.len(), 1);
    let sheet = load_sheet(&files[0]).unwrap().against(&fw).unwrap();
    let shown = visible_questions(&fw, &sheet.answers);
    assert_eq!(asked, shown.len(), "one pass per question shown");
    for id in &shown {
        assert!(sheet.answers.get(id).is_some(), "'{id}' answered");
    }
    let reports = std::fs::read_dir(home.path().join("data/integra/reports"))
        .unwrap()
        .count();
    assert!(reports >= 1, "a report was written");
}
