//! What the terminal can show, and the one place the output is adapted to it.
//!
//! The decision reads `TERM`, `COLORTERM` and `NO_COLOR` only (no terminfo database: integra
//! ships as one file). `dumb` and the DEC terminals (`vt100`, `vt220`…) get no colour, ASCII
//! drawing and no mouse; the Linux console (`linux`) gets the 16 standard colours; other
//! terminals get what they have always had. crossterm writes every colour in its 256-colour
//! form (`ESC[38;5;6m`), which 16-colour terminals do not read, so on those [`Out`] rewrites
//! it into the classic form (`ESC[36m`).
//!
//! Must not: read the wizard's state or choose styles (that is the theme's).

use std::io::{self, Stdout, Write};

use ratatui::backend::CrosstermBackend;

/// The wizard's terminal: ratatui over crossterm, writing through [`Out`].
pub type Terminal = ratatui::Terminal<CrosstermBackend<Out>>;

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colors {
    None,
    /// The 16 standard colours, written as SGR 30–37 / 90–97.
    Ansi16,
    /// 256 colours or more (the colours integra uses are written in the 256-colour form).
    Full,
}

/// What the terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    pub colors: Colors,
    /// Box drawing and symbols such as ● and ✓ (else `--ascii` is chosen for the person).
    pub unicode: bool,
    /// Reports clicks and the wheel.
    pub mouse: bool,
}

impl Caps {
    /// Everything: what a modern terminal emulator shows.
    pub const FULL: Self = Self {
        colors: Colors::Full,
        unicode: true,
        mouse: true,
    };

    /// From this process's environment.
    pub fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok();
        detect(
            var("TERM").as_deref(),
            var("COLORTERM").as_deref(),
            std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        )
    }
}

/// The capabilities `TERM` and `COLORTERM` announce; `no_color` is a non-empty `NO_COLOR`.
/// An unset `TERM` (Windows consoles) keeps everything on, as before.
pub fn detect(term: Option<&str>, colorterm: Option<&str>, no_color: bool) -> Caps {
    let term = term.unwrap_or("").trim().to_ascii_lowercase();
    let mut caps = match term.as_str() {
        "" => Caps::FULL,
        "dumb" | "unknown" => Caps {
            colors: Colors::None,
            unicode: false,
            mouse: false,
        },
        // DEC's terminals and their emulations: no colour, no box drawing in UTF-8, no
        // mouse reports.
        t if t.starts_with("vt") && !t.contains("color") => Caps {
            colors: Colors::None,
            unicode: false,
            mouse: false,
        },
        "linux" | "cons25" => Caps {
            colors: Colors::Ansi16,
            unicode: true,
            mouse: true,
        },
        t if t.contains("256color") || t.contains("truecolor") || t.contains("direct") => {
            Caps::FULL
        }
        _ => Caps {
            colors: Colors::Ansi16,
            ..Caps::FULL
        },
    };
    let colorterm = colorterm.unwrap_or("").to_ascii_lowercase();
    if caps.colors == Colors::Ansi16 && matches!(colorterm.as_str(), "truecolor" | "24bit") {
        caps.colors = Colors::Full;
    }
    if no_color {
        caps.colors = Colors::None;
    }
    caps
}

/// Standard output as the wizard writes it: unchanged, or (16 colours) with 256-colour
/// codes of the 16 standard colours rewritten. Each frame is kept whole until ratatui
/// flushes it (once per frame) and then written at once: standard output's own buffer
/// (1 KB) would cut a larger frame into several writes. Rewriting works on those whole
/// frames.
pub struct Out<W: Write = Stdout> {
    inner: W,
    ansi16: bool,
    pending: Vec<u8>,
}

impl Out {
    pub fn new(colors: Colors) -> Self {
        Self::to(io::stdout(), colors)
    }
}

impl<W: Write> Out<W> {
    /// The same over another writer (the tests count its writes).
    pub fn to(inner: W, colors: Colors) -> Self {
        Self {
            inner,
            ansi16: colors == Colors::Ansi16,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for Out<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let result = if self.ansi16 {
                self.inner.write_all(&to_ansi16(&self.pending))
            } else {
                self.inner.write_all(&self.pending)
            };
            // Kept for the next frame: the allocation, not the bytes.
            self.pending.clear();
            result?;
        }
        self.inner.flush()
    }
}

/// Rewrites `ESC[38;5;Nm` and `ESC[48;5;Nm` with N below 16 into SGR 30–37, 90–97 (and
/// 40–47, 100–107); every other byte passes unchanged.
pub fn to_ansi16(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"\x1b[") {
            let params = &bytes[i + 2..];
            let end = params
                .iter()
                .position(|b| !(b.is_ascii_digit() || *b == b';'));
            if let Some(end) = end.filter(|e| params[*e] == b'm')
                && let Some(sgr) = rewrite(&params[..end])
            {
                out.extend_from_slice(format!("\x1b[{sgr}m").as_bytes());
                i += 2 + end + 1;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The classic form of one SGR parameter list (ratatui sends foreground and background
/// together, `38;5;6;49`), when it holds a 256-colour standard colour; `None` when it
/// holds none, so the sequence passes as it was.
fn rewrite(params: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(params).ok()?;
    let parts: Vec<&str> = text.split(';').collect();
    let mut out: Vec<String> = Vec::new();
    let mut changed = false;
    let mut i = 0;
    while i < parts.len() {
        let base = match parts[i] {
            "38" => Some(30u16),
            "48" => Some(40u16),
            _ => None,
        };
        match (base, parts.get(i + 1).copied()) {
            (Some(base), Some("5")) => {
                let n: Option<u8> = parts.get(i + 2).and_then(|n| n.parse().ok());
                match n {
                    Some(n) if n < 16 => {
                        let code = if n < 8 {
                            base + u16::from(n)
                        } else {
                            base + 60 + u16::from(n - 8)
                        };
                        out.push(code.to_string());
                        changed = true;
                    }
                    _ => out.extend(
                        parts[i..(i + 3).min(parts.len())]
                            .iter()
                            .map(|p| (*p).to_owned()),
                    ),
                }
                i += 3;
            }
            // True colour: five parameters, kept whole.
            (Some(_), Some("2")) => {
                out.extend(
                    parts[i..(i + 5).min(parts.len())]
                        .iter()
                        .map(|p| (*p).to_owned()),
                );
                i += 5;
            }
            _ => {
                out.push(parts[i].to_owned());
                i += 1;
            }
        }
    }
    changed.then(|| out.join(";"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that records each write it is asked for.
    #[derive(Default)]
    struct Writes(Vec<Vec<u8>>);

    impl Write for Writes {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.push(buf.to_vec());
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// A frame is held until it is flushed, then written in one piece, however large and
    /// however many pieces ratatui wrote it in; the buffer is empty afterwards.
    #[test]
    fn a_frame_is_one_write() {
        for colors in [Colors::Full, Colors::Ansi16, Colors::None] {
            let mut out = Out::to(Writes::default(), colors);
            for _ in 0..500 {
                out.write_all(b"\x1b[2;3H\x1b[38;5;200mab").unwrap();
            }
            assert!(out.inner.0.is_empty(), "nothing written before the flush");
            out.flush().unwrap();
            assert_eq!(out.inner.0.len(), 1, "{colors:?}");
            assert_eq!(out.inner.0[0].len(), 500 * 19);
            out.write_all(b"x").unwrap();
            out.flush().unwrap();
            assert_eq!(out.inner.0.len(), 2, "the next frame is its own write");
            assert_eq!(out.inner.0[1], b"x");
        }
    }

    #[test]
    fn each_term_gets_what_it_can_show() {
        let d = |t: &str| detect(Some(t), None, false);
        assert_eq!(d("xterm-256color"), Caps::FULL);
        assert_eq!(d("linux").colors, Colors::Ansi16);
        assert!(d("linux").unicode);
        for plain in ["vt100", "vt220", "dumb", "VT102"] {
            assert_eq!(
                d(plain),
                Caps {
                    colors: Colors::None,
                    unicode: false,
                    mouse: false
                },
                "{plain}"
            );
        }
        assert_eq!(d("xterm").colors, Colors::Ansi16);
        assert_eq!(
            detect(Some("xterm"), Some("truecolor"), false).colors,
            Colors::Full
        );
        assert_eq!(detect(None, None, false), Caps::FULL, "Windows: no TERM");
    }

    #[test]
    fn no_color_turns_colour_off_and_nothing_else() {
        let c = detect(Some("xterm-256color"), Some("truecolor"), true);
        assert_eq!(c.colors, Colors::None);
        assert!(c.unicode && c.mouse);
        assert_eq!(detect(Some("linux"), None, true).colors, Colors::None);
    }

    #[test]
    fn sixteen_colour_output_uses_the_classic_codes() {
        let out = to_ansi16(
            b"a\x1b[38;5;6mb\x1b[48;5;9mc\x1b[38;5;200md\x1b[1;7me\x1b[2J\x1b[38;5;6;49mf",
        );
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a\x1b[36mb\x1b[101mc\x1b[38;5;200md\x1b[1;7me\x1b[2J\x1b[36;49mf"
        );
    }
}
