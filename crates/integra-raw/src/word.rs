//! Bytes tested eight at a time, as one `u64`: long texts are scanned this way, with integer
//! arithmetic that a build optimised for size keeps (it does not turn a loop over single
//! bytes into vector instructions). The tests set a byte's high bit where they hold; that is
//! exact as a yes or no for the whole word (`!= 0`), not byte by byte.
//!
//! Must not: know what the bytes mean (the scans that use these do).

const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes from `at`, if there are eight.
pub fn at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// Non-zero when a byte of `word` is below `n` (`n` at most 128): a byte below `n`
/// sets its high bit in `(x - n) & !x`.
pub fn below(word: u64, n: u8) -> u64 {
    word.wrapping_sub(ONES * u64::from(n)) & !word & HIGH
}

/// Non-zero when a byte of `word` equals `b`.
pub fn equal(word: u64, b: u8) -> u64 {
    below(word ^ (ONES * u64::from(b)), 1)
}
