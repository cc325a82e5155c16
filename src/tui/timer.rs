//! The workshop clock: an optional timer in the header (`T`) and, while it runs, the time
//! spent on each principle (the question screen showing one of its questions), for the
//! agenda (`A`) to set against the principle's time budget.
//!
//! Time reaches the wizard only as [`Msg::Tick`](super::msg::Msg::Tick) messages the event
//! loop sends once a second while the clock runs, carrying the seconds since the loop
//! started; so `update` stays pure and the tests drive the clock without waiting. The time
//! spent is seeded from the session when it opens and written back to it on each tick
//! (`[session.spent]`, saved with the next save), so a later sitting carries on.
//!
//! Must not: read the system clock or draw.

use std::collections::BTreeMap;

/// The clock's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clock {
    /// Whether the clock runs (and shows in the header).
    pub on: bool,
    /// Seconds the clock has run, over every time it was on.
    pub elapsed: u64,
    /// Seconds spent on each principle while the clock ran, by principle id.
    pub spent: BTreeMap<String, u64>,
    /// The loop's time at the last tick taken (none just after the clock was started).
    last: Option<u64>,
}

impl Clock {
    /// Starts or stops the clock. A restarted clock counts from its next tick, so the time
    /// it was off is not counted.
    pub fn toggle(&mut self) {
        self.on = !self.on;
        self.last = None;
    }

    /// Whether a tick at `now` (the loop's seconds) would change anything: the loop sends
    /// ticks, and redraws, only then.
    pub fn due(&self, now: u64) -> bool {
        self.on && self.last != Some(now)
    }

    /// Counts the seconds since the last tick, to the total and to `principle` (the one
    /// being discussed, if any).
    pub fn tick(&mut self, now: u64, principle: Option<&str>) {
        if !self.on {
            return;
        }
        if let Some(last) = self.last {
            let d = now.saturating_sub(last);
            self.elapsed += d;
            if let Some(p) = principle {
                *self.spent.entry(p.to_owned()).or_default() += d;
            }
        }
        self.last = Some(now);
    }

    /// Seconds spent on `principle` while the clock ran.
    pub fn spent(&self, principle: &str) -> u64 {
        self.spent.get(principle).copied().unwrap_or(0)
    }

    /// The header's text: hours, minutes and seconds, always the same width (up to ten
    /// hours), so a tick changes digits and nothing around them.
    pub fn text(&self) -> String {
        let e = self.elapsed;
        format!("{}:{:02}:{:02}", e / 3600, e / 60 % 60, e % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::Clock;

    #[test]
    fn ticks_count_only_while_the_clock_runs_and_go_to_the_principle() {
        let mut c = Clock::default();
        c.tick(5, Some("a"));
        assert_eq!(c.elapsed, 0, "off: nothing counts");
        c.toggle();
        assert!(c.due(10));
        c.tick(10, Some("a"));
        assert!(!c.due(10));
        c.tick(12, Some("a"));
        c.tick(15, None);
        c.tick(75, Some("b"));
        assert_eq!((c.elapsed, c.spent("a"), c.spent("b")), (65, 2, 60));
        assert_eq!(c.text(), "0:01:05");
        c.toggle();
        c.tick(500, Some("a"));
        c.toggle();
        c.tick(600, Some("a"));
        c.tick(601, Some("a"));
        assert_eq!(
            (c.elapsed, c.spent("a")),
            (66, 3),
            "the time off is not counted"
        );
    }
}
