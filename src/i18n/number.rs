//! Numbers as people read them: a fixed number of decimals, halves rounded up (62.5 → 63,
//! 0.25 → 0.3), never "-0". Rust's own `{:.1}` rounds a tie to the even digit, so a reader
//! redoing the arithmetic by hand would find 62.5 shown as 62; every score, percentage and
//! point count integra prints goes through [`fixed`] instead.
//!
//! Must not: use a locale's separators or words: it only fixes decimals and rounding.

/// `n` with `digits` decimals, halves rounded away from zero.
pub fn fixed(n: f64, digits: usize) -> String {
    let digits_i32 = i32::try_from(digits).unwrap_or(i32::MAX).min(15);
    let scale = 10f64.powi(digits_i32);
    let scaled = n * scale;
    // Only a tie the input really holds is rounded up: 1.005 is stored as 1.00499…, and
    // printing it as 1.01 would show arithmetic nobody did.
    let rounded = if scaled.is_finite()
        && (scaled.abs() - scaled.abs().trunc() - 0.5).abs() < 1e-9 * scaled.abs().max(1.0)
    {
        scaled.round() / scale
    } else {
        n
    };
    let s = format!("{rounded:.digits$}");
    // A negative number that rounds to zero prints as "-0": show it as 0.
    if s.starts_with('-') && s.bytes().all(|b| matches!(b, b'-' | b'0' | b'.')) {
        s[1..].to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn halves_round_up_and_nothing_else_moves() {
        assert_eq!(fixed(62.5, 0), "63");
        assert_eq!(fixed(0.25, 1), "0.3");
        assert_eq!(fixed(-62.5, 0), "-63");
        assert_eq!(fixed(62.456, 1), "62.5");
        assert_eq!(fixed(62.44, 1), "62.4");
        assert_eq!(fixed(73.333_333, 1), "73.3");
        assert_eq!(fixed(100.0, 1), "100.0");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(-0.0, 0), "0");
        assert_eq!(fixed(2.0 / 3.0 * 100.0, 0), "67");
    }
}
