//! The real `integra` binary on a pseudo-terminal (portable-pty), its screen read back with
//! a terminal emulator (vt100), with a private data and config folder. No system package is
//! needed: everything runs inside `cargo test`.

#![allow(dead_code)] // each test file uses its own part

use std::io::{Read as _, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const DOWN: &str = "\x1b[B";
pub const UP: &str = "\x1b[A";
pub const RIGHT: &str = "\x1b[C";
pub const END: &str = "\x1b[F";
pub const ESC: &str = "\x1b";
pub const ENTER: &str = "\r";

/// How long to wait for the screen to show something before failing.
const PATIENCE: Duration = Duration::from_secs(20);

pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for tests of the escape codes themselves.
    raw: Arc<Mutex<Vec<u8>>>,
    bytes: Arc<AtomicUsize>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// `None` once the terminal was hung up ([`Pty::hang_up`]).
    master: Option<Box<dyn MasterPty + Send>>,
    /// Tells the reader thread to drop its copy of the master after its next read.
    stop: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
}

impl Pty {
    /// Starts `integra ARGS` in a `cols`×`rows` terminal, with `home` as its HOME and XDG
    /// folders and as its working directory (so no `./frameworks` folder is picked up).
    pub fn spawn(args: &[&str], home: &Path, size: (u16, u16)) -> Self {
        Self::spawn_with(&[], args, home, size, &[])
    }

    /// The wizard on its own fixture framework (tests/fixtures/tui/wizard.toml), keeping the
    /// assessment in `session`.
    pub fn spawn_fixture_session(session: &Path, home: &Path, size: (u16, u16)) -> Self {
        let fw = wizard_fixture();
        let args = [
            "run",
            "--framework",
            fw.to_str().unwrap(),
            "--session",
            session.to_str().unwrap(),
        ];
        Self::spawn(&args, home, size)
    }

    /// [`Pty::spawn`] with extra environment variables (e.g. `LANG`).
    pub fn spawn_env(args: &[&str], home: &Path, size: (u16, u16), env: &[(&str, &str)]) -> Self {
        Self::spawn_with(&[], args, home, size, env)
    }

    /// Like [`spawn`](Self::spawn), with `integra` run by `wrapper` (a program and its
    /// arguments, such as a tracer).
    pub fn spawn_under(wrapper: &[&str], args: &[&str], home: &Path, size: (u16, u16)) -> Self {
        Self::spawn_with(wrapper, args, home, size, &[])
    }

    fn spawn_with(
        wrapper: &[&str],
        args: &[&str],
        home: &Path,
        (cols, rows): (u16, u16),
        env: &[(&str, &str)],
    ) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let integra = env!("CARGO_BIN_EXE_integra");
        let mut cmd = CommandBuilder::new(wrapper.first().copied().unwrap_or(integra));
        if !wrapper.is_empty() {
            cmd.args(&wrapper[1..]);
            cmd.arg(integra);
        }
        cmd.args(args);
        cmd.cwd(home);
        cmd.env("HOME", home);
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // English unless a test asks otherwise, whatever the machine's locale.
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env("LANG", "C.UTF-8");
        for (name, value) in env {
            cmd.env(name, value);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let bytes = Arc::new(AtomicUsize::new(0));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let (p, b, s, r) = (
            Arc::clone(&parser),
            Arc::clone(&bytes),
            Arc::clone(&stop),
            Arc::clone(&raw),
        );
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || s.load(Ordering::SeqCst) {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
                b.fetch_add(n, Ordering::SeqCst);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Self {
            parser,
            raw,
            bytes,
            writer,
            child,
            master: Some(pair.master),
            stop,
            reader: Some(reader),
        }
    }

    /// Every byte written so far.
    pub fn output(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Whether the program asked for mouse reports (and has not released them).
    pub fn mouse_on(&self) -> bool {
        self.parser.lock().unwrap().screen().mouse_protocol_mode() != vt100::MouseProtocolMode::None
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Whether the terminal is back on its normal screen with the mouse released.
    pub fn restored(&self) -> bool {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        !screen.alternate_screen() && screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
    }

    /// Waits until the screen contains `text`; returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "timed out waiting for {text:?}; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // A lone Esc is only read as Esc when nothing follows it at once.
        if keys == ESC {
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    /// Waits until the program has written nothing for a while; returns the bytes so far.
    pub fn settle(&self) -> usize {
        let start = Instant::now();
        let mut last = self.bytes.load(Ordering::SeqCst);
        let mut quiet_since = Instant::now();
        while quiet_since.elapsed() < Duration::from_millis(200) && start.elapsed() < PATIENCE {
            std::thread::sleep(Duration::from_millis(10));
            let now = self.bytes.load(Ordering::SeqCst);
            if now != last {
                last = now;
                quiet_since = Instant::now();
            }
        }
        last
    }

    /// The bytes written to the terminal in answer to `keys`.
    pub fn bytes_for(&mut self, keys: &str) -> usize {
        let before = self.settle();
        self.send(keys);
        self.settle() - before
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().unwrap()
    }

    /// Sends a signal with `kill(1)`.
    pub fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .args([format!("-{name}"), self.pid().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Closes the terminal under the program, as a dropped SSH connection or a closed window
    /// does: every copy of the master side is closed, so the program's reads fail and the
    /// kernel sends it SIGHUP. `last` is typed first: the screen it redraws wakes the reader
    /// thread, which then drops its copy of the master.
    pub fn hang_up(&mut self, last: &str) {
        self.stop.store(true, Ordering::SeqCst);
        self.send(last);
        if let Some(reader) = self.reader.take() {
            let start = Instant::now();
            while !reader.is_finished() {
                assert!(start.elapsed() < PATIENCE, "no output after {last:?}");
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        self.writer = Box::new(std::io::sink());
        self.master = None;
    }

    /// Resizes the terminal (the program gets SIGWINCH), and the emulator reading it.
    pub fn resize(&self, (cols, rows): (u16, u16)) {
        self.parser.lock().unwrap().screen_mut().set_size(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
        );
        let size = PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        self.master.as_ref().unwrap().resize(size).unwrap();
    }

    /// Whether the program has ended, without waiting.
    pub fn exited(&mut self) -> Option<u32> {
        self.child.try_wait().unwrap().map(|s| s.exit_code())
    }

    /// Waits for the program to end; returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader take in the last bytes (the terminal being restored).
                self.settle();
                return status.exit_code();
            }
            assert!(
                start.elapsed() < PATIENCE,
                "integra did not exit:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// The wizard's own fixture framework, tests/fixtures/tui/wizard.toml.
pub fn wizard_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui/wizard.toml")
}

/// The session files in a test home's data folder.
pub fn sessions(home: &Path) -> Vec<PathBuf> {
    let dir = home.join("data/integra/sessions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    files
}
