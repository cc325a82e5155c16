//! Text built into the binary: the shipped frameworks and integra's catalogues, stored
//! compressed by `build.rs` (raw DEFLATE, about a quarter of the text's size) and inflated
//! only when asked for, so a run pays for the pieces it uses.

use std::io::Read as _;

use flate2::read::DeflateDecoder;

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

    /// The text, inflated. Empty only if the binary itself is damaged (the tests inflate
    /// every piece and compare it with its source file).
    pub fn text(&self) -> String {
        let mut text = String::new();
        if DeflateDecoder::new(self.bytes)
            .read_to_string(&mut text)
            .is_err()
        {
            text.clear();
        }
        text
    }

    /// How many bytes the piece takes in the binary.
    pub fn packed_len(&self) -> usize {
        self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_piece_inflates_to_its_source_file_and_is_smaller() {
        let packed = crate::packed!("quick-check.toml");
        let source = include_str!("../frameworks/quick-check.toml");
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
