//! Crash injection: a process saving answers with the real `session::save` is killed with
//! SIGKILL at a random moment of its saving, over and over (the moment is chosen relative to
//! the child's own confirmed saves, so the test means the same at any machine speed); each time the session file left on disk must
//! load with the real loader and hold every answer the process had confirmed as saved, and
//! its backup must load too.
//!
//! The test re-runs its own binary as the child (the ignored test below, told where to save
//! by an environment variable): set answer i, save, print "confirmed i", repeat.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use integra::answers::load_sheet;
use integra::framework::{Framework, from_path};
use integra::session::{Session, backup, save};

/// Where the child saves; its presence is what makes the ignored test a child.
const CHILD_ENV: &str = "INTEGRA_CRASH_CHILD";
const KILLS: u32 = 220;

/// A small framework, so that the child starts quickly and most of its time is saving.
fn framework() -> Framework {
    from_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal.toml"))
        .unwrap()
}

/// Answer i goes to question i mod n (as a note "i"), so every save changes the file and
/// the latest answer for each question says which saves reached the disk.
fn slot(fw: &Framework, i: usize) -> String {
    let ids: Vec<&str> = fw.questions().map(|q| q.id.as_str()).collect();
    ids[i % ids.len()].to_owned()
}

#[test]
#[ignore = "the child process of saves_survive_sigkill_at_random_moments"]
fn child_saves_answers_until_killed() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let fw = framework();
    let mut session = Session::new(&fw, "en", path.into(), "2026-11-23");
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    for i in 0.. {
        session.answers_mut().set_note(slot(&fw, i), i.to_string());
        save(&mut session, &fw, "2026-11-23T10:00:00Z").unwrap();
        writeln!(out, "confirmed {i}").unwrap();
        out.flush().unwrap();
    }
}

/// A small xorshift, seeded from the clock (the seed is printed to replay a failure).
struct Rng(u64);
impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// Kills the child while it is saving, at a moment relative to its own progress (so the test
/// means the same on a fast machine and a loaded one): after its first confirmed save, a
/// random number (0 to 7) of further confirmed saves, then a random part of the time one save
/// has been taking it.
fn kill_while_saving(child: &mut Child, confirmed: &mpsc::Receiver<usize>, rng: &mut Rng) {
    // Generous: starting a process on a loaded machine can take seconds.
    let patience = Duration::from_secs(120);
    let first = confirmed
        .recv_timeout(patience)
        .expect("the child never confirmed a save");
    let start = Instant::now();
    let extra = usize::try_from(rng.next(8)).unwrap();
    let mut last = first;
    while last < first + extra {
        last = confirmed
            .recv_timeout(patience)
            .expect("the child stopped saving");
    }
    // The time one save takes here and now, measured on the child's own saves (at least a
    // millisecond, when there was nothing to measure yet).
    let per_save = if last > first {
        start.elapsed() / u32::try_from(last - first).unwrap()
    } else {
        Duration::from_millis(1)
    };
    let fraction = u32::try_from(rng.next(1000)).unwrap();
    std::thread::sleep(per_save * fraction / 1000);
    child.kill().unwrap();
}

/// Loads the file with the real loader; returns the answer number held for each question.
fn held(fw: &Framework, path: &Path) -> Vec<Option<usize>> {
    let sheet = load_sheet(path)
        .unwrap_or_else(|e| panic!("{}", e.render()))
        .against(fw)
        .unwrap_or_else(|e| panic!("{}", e.render()));
    fw.questions()
        .map(|q| sheet.answers.note(&q.id).map(|n| n.parse().unwrap()))
        .collect()
}

#[test]
fn saves_survive_sigkill_at_random_moments() {
    let fw = framework();
    let n = fw.questions().count();
    let exe = std::env::current_exe().unwrap();
    let seed: u64 = std::env::var("INTEGRA_CRASH_SEED").map_or_else(
        |_| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .subsec_nanos()
                .into()
        },
        |s| s.parse().unwrap(),
    );
    eprintln!("crash injection seed: {seed} (INTEGRA_CRASH_SEED replays it)");
    let mut rng = Rng(seed | 1);
    let root = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (mut mid_save, mut confirmed_total, mut answers_lost, mut ahead) = (0, 0, 0, 0);
    for round in 0..KILLS {
        let path = root.path().join(format!("s{round}.toml"));
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash::child_saves_answers_until_killed",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut last = None;
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(i) = line.strip_prefix("confirmed ") {
                    let i = i.parse::<usize>().unwrap();
                    last = Some(i);
                    let _ = tx.send(i);
                }
            }
            last
        });
        kill_while_saving(&mut child, &rx, &mut rng);
        let status = child.wait().unwrap();
        assert!(!status.success(), "the child ended by itself: {status:?}");
        let Some(last) = reader.join().unwrap() else {
            continue; // killed before its first save had been confirmed
        };
        mid_save += 1;
        confirmed_total += last + 1;
        let on_disk = held(&fw, &path);
        if on_disk.contains(&Some(last + 1)) {
            ahead += 1;
        }
        for (q, got) in on_disk.iter().enumerate() {
            // The newest confirmed answer for question q, if any.
            let want = (0..=last).rev().find(|i| i % n == q);
            let ok = match (want, got) {
                (None, None) => true,
                // The save in flight when killed may have reached the disk: one step ahead.
                (None, Some(g)) => *g == last + 1,
                (Some(w), Some(g)) => *g == w || *g == last + 1,
                (Some(_), None) => false,
            };
            if !ok {
                answers_lost += 1;
                eprintln!("round {round}: question {q} holds {got:?}, expected {want:?}");
            }
        }
        let bak = backup::previous(&path);
        if bak.exists() {
            held(&fw, &bak);
        }
    }
    eprintln!(
        "{KILLS} kills, {mid_save} after at least one confirmed save, {ahead} with the save in \
         flight already on disk, {confirmed_total} answers confirmed, {answers_lost} lost"
    );
    assert_eq!(answers_lost, 0);
    // Each kill waits for the child's own first confirmed save, so this holds at any speed.
    assert_eq!(mid_save, KILLS, "every kill lands after a confirmed save");
}
