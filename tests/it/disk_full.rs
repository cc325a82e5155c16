//! A disk that fills up while saving, for real: the test re-runs its own binary as a child
//! with a file-size limit (`ulimit -f`, with SIGXFSZ ignored so that the write fails with
//! "File too large" as it would with "No space left on device"). The child saves a growing
//! session with the real `session::save` until a save fails. The save must fail with an
//! error, not a panic; the file on disk must still load and hold the last saved answers; and
//! no temporary file may be left. Works as root, where permission tricks do not.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::Path;
use std::process::Command;

use integra::answers::load_sheet;
use integra::framework::{Framework, from_path};
use integra::session::{Session, backup, save};

const CHILD_ENV: &str = "INTEGRA_DISK_FULL_CHILD";
/// `ulimit -f` counts 512-byte blocks: 16 blocks, 8 KiB per file.
const BLOCKS: u32 = 16;

fn framework() -> Framework {
    from_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal.toml"))
        .unwrap()
}

#[test]
#[ignore = "the child process of a_full_disk_fails_the_save_and_keeps_the_last_good_file"]
fn child_saves_until_the_disk_is_full() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let mut session = Session::new(&framework(), "en", path.into(), "2026-11-23");
    for i in 0..1000 {
        // Each save holds a longer note, so the file grows past the limit.
        session
            .answers_mut()
            .set_note("referral", format!("{i} {}", "x".repeat(i * 100)));
        match save(&mut session, &framework(), "2026-11-23T10:00:00Z") {
            Ok(()) => println!("saved {i}"),
            Err(e) => {
                println!("failed {i}: {e}");
                return;
            }
        }
    }
    println!("never failed");
}

#[test]
fn a_full_disk_fails_the_save_and_keeps_the_last_good_file() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let path = dir.path().join("s.toml");
    let exe = std::env::current_exe().unwrap();
    let script = format!(
        "trap '' XFSZ; ulimit -f {BLOCKS} && exec \"$0\" --exact disk_full::child_saves_until_the_disk_is_full --ignored --nocapture --test-threads=1"
    );
    let out = Command::new("sh")
        .args(["-c", &script])
        .arg(&exe)
        .env(CHILD_ENV, &path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the child must end normally, not panic or be killed: {:?}\n{stdout}{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let last: usize = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("saved ")?.parse().ok())
        .next_back()
        .expect("some saves fit");
    let failure = stdout
        .lines()
        .find_map(|l| l.split_once("failed ").map(|(_, r)| r.to_owned()))
        .unwrap_or_else(|| panic!("a save must fail once the file is too large:\n{stdout}"));
    assert!(failure.contains("File too large"), "{failure}");
    assert!(failure.starts_with(&format!("{}:", last + 1)), "{failure}");

    let fw = framework();
    let sheet = load_sheet(&path).unwrap().against(&fw).unwrap();
    let note = sheet.answers.note("referral").unwrap();
    assert!(
        note.starts_with(&format!("{last} ")),
        "the file holds the last save that worked"
    );
    assert!(load_sheet(&backup::previous(&path)).is_ok());
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !Path::new(n)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tmp"))),
        "no temporary file is left: {names:?}"
    );
}
