//! What one report render may spend: time, output, `range` elements and memory.
//!
//! Report templates can come from other people (a shared template folder, `--template`), and
//! a template is a small program: `bar(width=1e9)`, nested `range` loops or a string doubled
//! in a loop would otherwise run for minutes or fill the memory. tera 2 has no hook inside its
//! loops, so the budget is enforced at every place integra's code runs during a render — the
//! output writer, each of integra's filters and functions, and a `range` that counts what
//! all its calls produced — and, for loops that call none of them, by a watchdog that stops
//! waiting for the render when time or memory runs out (see [`super::engine`]).
//!
//! Must not: know what a report says or render anything; it only counts what a render spends and
//! stops it.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tera::{Kwargs, TeraResult};

/// The limits of one render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock time for the whole render.
    pub time: Duration,
    /// Bytes of output (a 2,000-question report in HTML is about 3 MB).
    pub output: usize,
    /// Elements produced by all `range` calls together (nested loops multiply).
    pub range: usize,
    /// Growth of the process's resident memory while rendering (checked where the system
    /// says, on Linux).
    pub memory: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            time: Duration::from_secs(20),
            output: 32 * 1024 * 1024,
            range: 1_000_000,
            memory: 256 * 1024 * 1024,
        }
    }
}

/// Which limit a render ran into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exceeded {
    Time,
    Output,
    Memory,
}

/// The budget of one render, shared by the writer, the filters and the watchdog.
#[derive(Debug)]
pub struct Budget {
    pub limits: Limits,
    started: Instant,
    ranged: AtomicUsize,
    /// Calls of [`Budget::check`] so far: the clock is read at every `CHECKS_PER_CLOCK`th.
    checks: AtomicUsize,
    stopped: AtomicBool,
    why: std::sync::Mutex<Option<Exceeded>>,
}

impl Budget {
    pub fn new(limits: Limits) -> Arc<Self> {
        Arc::new(Self {
            limits,
            started: Instant::now(),
            ranged: AtomicUsize::new(0),
            checks: AtomicUsize::new(0),
            stopped: AtomicBool::new(false),
            why: std::sync::Mutex::new(None),
        })
    }

    /// Marks the render as stopped for `why` (the first reason is kept).
    pub fn stop(&self, why: Exceeded) {
        if let Ok(mut slot) = self.why.lock() {
            slot.get_or_insert(why);
        }
        self.stopped.store(true, Ordering::SeqCst);
    }

    /// Why the render was stopped, if it was.
    pub fn exceeded(&self) -> Option<Exceeded> {
        self.why.lock().ok().and_then(|w| *w)
    }

    /// Whether the time is up; stops the render if so.
    pub fn out_of_time(&self) -> bool {
        if self.started.elapsed() > self.limits.time {
            self.stop(Exceeded::Time);
        }
        self.stopped.load(Ordering::SeqCst)
    }

    /// Whether `total` bytes of output pass the output limit; stops the render if so. The
    /// one rule for both ways a template is rendered (see `engine/run.rs`).
    pub fn past_output(&self, total: usize) -> bool {
        let past = total > self.limits.output;
        if past {
            self.stop(Exceeded::Output);
        }
        past
    }

    /// For filters and functions: an error once the render is stopped or out of time.
    ///
    /// The clock is read at the first call and every `CHECKS_PER_CLOCK`th after it, not at
    /// each: a large report calls filters tens of thousands of times, and reading the time
    /// was 1.4 % of its render. The watchdog reads the clock every 20 ms as well and stops
    /// the render, which every call sees at once.
    pub fn check(&self) -> TeraResult<()> {
        let call = self.checks.fetch_add(1, Ordering::Relaxed);
        let spent = if call.is_multiple_of(CHECKS_PER_CLOCK) {
            self.out_of_time()
        } else {
            self.stopped.load(Ordering::SeqCst)
        };
        if spent {
            Err(tera::Error::message("the report's time budget is spent"))
        } else {
            Ok(())
        }
    }

    /// `range(start, end, step_by)` as tera's, counted against the budget of all calls.
    pub fn range(&self, kwargs: &Kwargs) -> TeraResult<Vec<i64>> {
        self.check()?;
        let start = kwargs.get::<i64>("start")?.unwrap_or_default();
        let end = kwargs.must_get::<i64>("end")?;
        let step = kwargs.get::<i64>("step_by")?.unwrap_or(1);
        if step == 0 {
            return Err(tera::Error::message("range(): step_by must not be 0"));
        }
        let span = if step > 0 {
            i128::from(end) - i128::from(start)
        } else {
            i128::from(start) - i128::from(end)
        };
        let len =
            usize::try_from((span.max(0) + i128::from(step.abs()) - 1) / i128::from(step.abs()))
                .unwrap_or(usize::MAX);
        let total = self
            .ranged
            .fetch_add(len, Ordering::SeqCst)
            .saturating_add(len);
        if total > self.limits.range {
            return Err(tera::Error::message(format!(
                "range(): the loops of this template would go through more than {} elements \
                 in all; a report needs far fewer",
                self.limits.range
            )));
        }
        Ok(std::iter::successors(Some(start), |x| x.checked_add(step))
            .take(len)
            .collect())
    }
}

/// How many bytes of output a render writes between two looks at the clock.
const CLOCK_EVERY: usize = 4096;

/// Calls of [`Budget::check`] per reading of the clock.
const CHECKS_PER_CLOCK: usize = 64;

/// The render's output: kept in memory, refused past the output limit or the time.
pub struct Capped {
    pub budget: Arc<Budget>,
    pub bytes: Vec<u8>,
}

impl io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // The render's one writer: what it holds is what was written.
        let before = self.bytes.len();
        let total = before + buf.len();
        // Past the limit the render is stopped, which `spent` below finds.
        self.budget.past_output(total);
        // The clock is read once per CLOCK_EVERY bytes, not at every write: a large report
        // makes hundreds of thousands of small writes, and reading the time at each cost as
        // much as the writing. Filters and the watchdog read it too.
        let crossed = before / CLOCK_EVERY != total / CLOCK_EVERY;
        let spent = if crossed {
            self.budget.out_of_time()
        } else {
            self.budget.stopped.load(Ordering::SeqCst)
        };
        if spent {
            return Err(io::Error::other("report budget spent"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    /// One `write`, which takes all of `buf` or fails: the template writes each piece with
    /// `write_all`, and the default loop around `write` cost about as much as the write
    /// itself (a 1 MB report makes some 86,000 of them).
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.write(buf).map(drop)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Resident memory of this process in bytes, where the system tells (Linux).
pub fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// A filter's numeric argument, refused (with the filter's name) above `max`.
pub fn bounded(
    kw: &Kwargs,
    filter: &str,
    name: &str,
    default: usize,
    max: usize,
) -> TeraResult<usize> {
    let value = kw.get::<usize>(name)?.unwrap_or(default);
    if value > max {
        return Err(tera::Error::message(format!(
            "{filter}(): {name}={value} is more than {max}, the most a report can use"
        )));
    }
    Ok(value)
}

/// [`bounded`] for an argument the filter requires.
pub fn required(kw: &Kwargs, filter: &str, name: &str, max: usize) -> TeraResult<usize> {
    let value = kw.must_get::<usize>(name)?;
    if value > max {
        return Err(tera::Error::message(format!(
            "{filter}(): {name}={value} is more than {max}, the most a report can use"
        )));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::*;

    fn capped(time: Duration) -> Capped {
        Capped {
            budget: Budget::new(Limits {
                time,
                ..Limits::default()
            }),
            bytes: Vec::new(),
        }
    }

    #[test]
    fn small_writes_read_the_clock_only_now_and_then_but_still_stop() {
        // Out of time from the start: small writes pass until the output crosses a multiple
        // of CLOCK_EVERY, where the clock is read and the render stopped.
        let mut out = capped(Duration::ZERO);
        std::thread::sleep(Duration::from_millis(2));
        let mut written = 0;
        while out.write(b"0123456789").is_ok() {
            written += 10;
            assert!(written < 2 * CLOCK_EVERY, "never stopped");
        }
        assert!(written < CLOCK_EVERY + 10, "{written}");
        assert_eq!(out.budget.exceeded(), Some(Exceeded::Time));
        // Once stopped, every write is refused, however small.
        assert!(out.write(b"x").is_err());
    }

    #[test]
    fn checks_read_the_clock_now_and_then_but_still_stop() {
        // Time runs out after the first check (the limit is taken away, so that no speed of
        // the machine can make the first check late): a later check that reads the clock
        // stops the render, and every check after that fails without reading it.
        let mut budget = Budget::new(Limits {
            time: Duration::from_secs(600),
            ..Limits::default()
        });
        assert!(budget.check().is_ok());
        Arc::get_mut(&mut budget).unwrap().limits.time = Duration::ZERO;
        std::thread::sleep(Duration::from_millis(1));
        let passed = (0..2 * CHECKS_PER_CLOCK)
            .take_while(|_| budget.check().is_ok())
            .count();
        assert_eq!(passed, CHECKS_PER_CLOCK - 1);
        assert_eq!(budget.exceeded(), Some(Exceeded::Time));
        assert!(budget.check().is_err());
        // Out of time from the start: the first check reads the clock.
        let spent = Budget::new(Limits {
            time: Duration::ZERO,
            ..Limits::default()
        });
        std::thread::sleep(Duration::from_millis(1));
        assert!(spent.check().is_err());
    }

    #[test]
    fn a_check_fails_at_once_when_the_render_is_stopped_elsewhere() {
        let budget = Budget::new(Limits::default());
        assert!(budget.check().is_ok());
        budget.stop(Exceeded::Memory);
        assert!(budget.check().is_err());
    }

    #[test]
    fn a_render_stopped_elsewhere_refuses_the_next_write() {
        let mut out = capped(Duration::from_secs(600));
        assert!(out.write(b"ok").is_ok());
        out.budget.stop(Exceeded::Memory);
        assert!(out.write(b"x").is_err());
        assert_eq!(out.bytes, b"ok");
    }

    #[test]
    fn output_past_the_limit_is_refused_at_once() {
        let mut out = Capped {
            budget: Budget::new(Limits {
                output: 8,
                ..Limits::default()
            }),
            bytes: Vec::new(),
        };
        assert!(out.write(b"12345678").is_ok());
        assert!(out.write(b"9").is_err());
        assert_eq!(out.budget.exceeded(), Some(Exceeded::Output));
    }
}
