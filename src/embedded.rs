//! Text built into the binary: the shipped frameworks and integra's catalogues, stored
//! compressed by `build.rs` (raw DEFLATE, about a quarter of the text's size) and inflated
//! only when asked for, so a run pays for the pieces it uses: a framework can be read with
//! one of its translations ([`Split::text_for`]) rather than all of them, or as its header
//! alone ([`Split::header_text`]), which is all the start screen shows.
//!
//! Must not: parse what it inflates (catalogues and frameworks are read by their own modules), or
//! touch the file system.

use std::io::Read as _;

// The `bufread` decoder reads the built-in bytes in place: the `read` one would copy them
// through a 32 KB buffer of its own, allocated and zeroed for every piece (four pieces
// before the first frame; docs/performance.md, "Fifth pass").
use flate2::bufread::DeflateDecoder;

/// Inflates a piece compressed by `build.rs`, appending it to `text`. Nothing is appended
/// only if the binary itself is damaged (the tests inflate every piece and compare it with
/// its source file).
fn inflate_into(bytes: &[u8], text: &mut String) {
    let len = text.len();
    // Text compresses to about a quarter (see the module header): room for it up front
    // saves the reads and regrowths of a string that starts small.
    text.reserve(bytes.len().saturating_mul(4));
    if DeflateDecoder::new(bytes).read_to_string(text).is_err() {
        text.truncate(len);
    }
}

/// A file compressed at build time, with the SHA-256 of its text.
#[derive(Debug, Clone, Copy)]
pub struct Packed {
    /// The file's name in the source tree, e.g. `quick-check.toml`.
    pub name: &'static str,
    /// `sha256:` and the hex digest of the text (before compression).
    pub hash: &'static str,
    bytes: &'static [u8],
}

/// The [`Packed`] form of a file in `frameworks/` or `i18n/`, by file name.
#[macro_export]
macro_rules! packed {
    ($name:literal) => {
        $crate::embedded::Packed::new(
            $name,
            include_str!(concat!(env!("OUT_DIR"), "/", $name, ".sha256")),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".deflate")),
        )
    };
}

impl Packed {
    /// Used by [`packed!`]; the bytes must be what `build.rs` wrote.
    pub const fn new(name: &'static str, hash: &'static str, bytes: &'static [u8]) -> Self {
        Self { name, hash, bytes }
    }

    /// The text, inflated.
    pub fn text(&self) -> String {
        let mut text = String::new();
        inflate_into(self.bytes, &mut text);
        text
    }

    /// How many bytes the piece takes in the binary.
    pub fn packed_len(&self) -> usize {
        self.bytes.len()
    }
}

/// A framework file cut by `build.rs` at its translation tables.
#[derive(Debug, Clone, Copy)]
pub struct Split {
    /// The file's name in `frameworks/`.
    pub name: &'static str,
    /// `sha256:` and the hex digest of the whole file.
    pub hash: &'static str,
    /// The top-level keys before the first table: id, version, title, description, ….
    pub header: &'static [u8],
    /// The rest of the English text, up to the first `[translations.LANG]` table.
    pub body: &'static [u8],
    /// The tables, in file order.
    pub translations: &'static [Translation],
    /// The header, read by `build.rs`.
    pub digest: Digest,
}

/// What a framework's header says (see [`Split::header_text`]), read by `build.rs` into
/// Rust data so that the start screen, which shows nothing else of a built-in framework,
/// parses no TOML. A test proves it says what reading the whole file says.
#[derive(Debug, Clone, Copy)]
pub struct Digest {
    pub id: &'static str,
    pub version: &'static str,
    /// The title by language: the header's own, then each translation table's.
    pub title: &'static [(&'static str, &'static str)],
    /// The description by language, as the title; empty when there is none.
    pub description: &'static [(&'static str, &'static str)],
    pub authors: &'static [&'static str],
    pub licence: Option<&'static str>,
    pub languages: &'static [&'static str],
    pub sources: &'static [&'static str],
}

/// One `[translations.LANG]` table of a [`Split`] framework.
#[derive(Debug, Clone, Copy)]
pub struct Translation {
    pub lang: &'static str,
    /// The table's header line and the `title` and `description` lines that open it.
    pub head: &'static [u8],
    /// The rest of the table.
    pub rest: &'static [u8],
}

/// The [`Split`] form of a file in `frameworks/`, by file name.
#[macro_export]
macro_rules! split {
    ($name:literal) => {
        include!(concat!(env!("OUT_DIR"), "/", $name, ".rs"))
    };
}

impl Split {
    /// The whole file.
    pub fn text(&self) -> String {
        self.text_with(|_| true)
    }

    /// The file with one language: the English body, every language's title and
    /// description (so a framework can be named in any of them), and the rest of `lang`'s
    /// table only.
    pub fn text_for(&self, lang: &str) -> String {
        self.text_with(|l| l == lang)
    }

    /// The header and every language's title and description: what names and describes
    /// the framework, without its scales, principles or questions.
    pub fn header_text(&self) -> String {
        self.text_with_body(false, |_| false)
    }

    fn text_with(&self, whole: impl Fn(&str) -> bool) -> String {
        self.text_with_body(true, whole)
    }

    fn text_with_body(&self, body: bool, whole: impl Fn(&str) -> bool) -> String {
        let mut text = String::new();
        inflate_into(self.header, &mut text);
        if body {
            inflate_into(self.body, &mut text);
        }
        for t in self.translations {
            inflate_into(t.head, &mut text);
            if whole(t.lang) {
                inflate_into(t.rest, &mut text);
            }
        }
        text
    }

    /// Whether the file has a translation table for `lang`.
    pub fn has_table(&self, lang: &str) -> bool {
        self.translations.iter().any(|t| t.lang == lang)
    }

    /// How many bytes the file takes in the binary.
    pub fn packed_len(&self) -> usize {
        self.header.len()
            + self.body.len()
            + self
                .translations
                .iter()
                .map(|t| t.head.len() + t.rest.len())
                .sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_piece_inflates_to_its_source_file_and_is_smaller() {
        let packed = crate::packed!("fr.ftl");
        let source = include_str!("../i18n/fr.ftl");
        assert_eq!(packed.text(), source);
        let digest = <sha2::Sha256 as sha2::Digest>::digest(source.as_bytes());
        let hex: Vec<String> = digest.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(packed.hash, format!("sha256:{}", hex.concat()));
        assert!(
            packed.packed_len() * 2 < source.len(),
            "{}",
            packed.packed_len()
        );
    }
}

#[cfg(test)]
mod split_tests {
    use super::Split;

    const DEFAULT: Split = crate::split!("pwud-hiv-srhr-integration.toml");
    const SOURCE: &str = include_str!("../frameworks/pwud-hiv-srhr-integration.toml");

    #[test]
    fn the_pieces_in_order_are_the_file_byte_for_byte() {
        assert_eq!(DEFAULT.text(), SOURCE);
        let langs: Vec<&str> = DEFAULT.translations.iter().map(|t| t.lang).collect();
        assert_eq!(langs, ["fr", "es", "ru"]);
        assert!(
            DEFAULT.packed_len() * 3 < SOURCE.len(),
            "{}",
            DEFAULT.packed_len()
        );
    }

    #[test]
    fn one_language_keeps_every_title_and_only_its_own_table() {
        let fr = DEFAULT.text_for("fr");
        assert!(
            fr.len() < SOURCE.len() / 2,
            "{} of {}",
            fr.len(),
            SOURCE.len()
        );
        for lang in ["fr", "es", "ru"] {
            assert!(fr.contains(&format!("[translations.{lang}]")), "{lang}");
        }
        assert!(fr.contains("Inexistante"), "the French table is whole");
        assert!(
            !fr.contains("\"scale.practice.title\" = \"¿"),
            "no Spanish beyond its title"
        );
        let en = DEFAULT.text_for("en");
        assert!(en.len() < fr.len());
        assert!(DEFAULT.has_table("ru") && !DEFAULT.has_table("en"));
    }

    #[test]
    fn the_header_has_the_names_and_no_questions() {
        let header = DEFAULT.header_text();
        assert!(header.len() * 20 < SOURCE.len(), "{}", header.len());
        assert!(header.contains("id = \"pwud-hiv-srhr-integration\""));
        for lang in ["fr", "es", "ru"] {
            assert!(header.contains(&format!("[translations.{lang}]")), "{lang}");
        }
        assert!(!header.contains("[[principles"), "no principle");
        assert!(!header.contains("[[scales"), "no scale");
        let questions = header.lines().filter(|l| l.contains(".questions."));
        assert_eq!(questions.count(), 0, "no translated question");
    }

    #[test]
    fn every_shipped_framework_is_cut_and_put_back_exactly() {
        let shipped: [(Split, &str); 2] = [
            (
                crate::split!("quick-check.toml"),
                include_str!("../frameworks/quick-check.toml"),
            ),
            (
                crate::split!("peer-involvement.toml"),
                include_str!("../frameworks/peer-involvement.toml"),
            ),
        ];
        for (split, source) in shipped {
            assert_eq!(split.text(), source, "{}", split.name);
            for t in split.translations {
                assert!(
                    split.text_for(t.lang).len() < source.len(),
                    "{}",
                    split.name
                );
            }
        }
    }
}
