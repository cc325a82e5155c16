//! Numbers as people read them: a fixed number of decimals, halves rounded up (62.5 → 63,
//! 0.25 → 0.3), never "-0". Rust's own `{:.1}` rounds a tie to the even digit, so a reader
//! redoing the arithmetic by hand would find 62.5 shown as 62; every score, percentage and
//! point count integra prints goes through [`fixed`] instead.
//!
//! Reports for people write numbers the reader's way ([`fixed_in`], [`percent_in`]): French,
//! Spanish and Russian put a comma before the decimals and a no-break space before `%`
//! ("6,3 %"). Files for programs (JSON, the default CSV, SVG coordinates) keep [`fixed`].
//!
//! Must not: read the environment: the language is passed in.

use super::Lang;

/// The no-break space French, Spanish and Russian put between a number and `%`, so a line
/// never ends on the number with the sign alone on the next.
pub const NBSP: char = '\u{a0}';

/// [`fixed`] as `lang` writes it: a decimal comma in French, Spanish and Russian.
pub fn fixed_in(n: f64, digits: usize, lang: Lang) -> String {
    in_lang(fixed(n, digits), lang)
}

/// A number already written with a decimal point (by [`fixed`]), as `lang` writes it.
pub fn in_lang(point: String, lang: Lang) -> String {
    match lang {
        Lang::En => point,
        Lang::Fr | Lang::Es | Lang::Ru => point.replace('.', ","),
    }
}

/// `number` (already written for `lang`) as a percentage: "6.3%" in English, "6,3 %" with a
/// no-break space in French, Spanish and Russian.
pub fn percent_in(number: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Fr | Lang::Es | Lang::Ru => format!("{number}{NBSP}%"),
    }
}

/// `n` with `digits` decimals, halves rounded away from zero.
pub fn fixed(n: f64, digits: usize) -> String {
    let rounded = ties_away(n, digits);
    by_scaling(rounded, digits).unwrap_or_else(|| by_formatter(rounded, digits))
}

/// Below this, `n × 10^digits` is within 2⁻²¹ of its exact value.
const SCALED_MAX: f64 = 4_294_967_296.0;

/// How far from a half the scaled number must be for its rounding to be the exact one.
const CLEAR_OF_HALF: f64 = 1e-6;

/// `n` with `digits` decimals written from `n × 10^digits` rounded to a whole number, where
/// that is what the float formatter writes; `None` where it might not be (large numbers, many
/// decimals, a scaled number within a millionth of a half).
///
/// A large report writes thousands of scores, shares and points, and the float formatter
/// costs several hundred instructions each. The formatter rounds the exact value; the
/// product below is the exact value give or take 2⁻²¹ (below `SCALED_MAX`), so away from a
/// half both round to the same whole number. Near a half the formatter decides.
fn by_scaling(n: f64, digits: usize) -> Option<String> {
    let exponent = i32::try_from(digits).ok().filter(|&d| d <= 6)?;
    let scaled = n * 10f64.powi(exponent);
    if scaled.is_nan() || scaled.abs() >= SCALED_MAX {
        return None;
    }
    let whole = scaled.round();
    if ((scaled - whole).abs() - 0.5).abs() < CLEAR_OF_HALF {
        return None;
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // below 2^32
    let mut rest = whole.abs() as u64;
    // Written from the last digit back: at most ten digits, a point and a sign.
    let mut buf = [0u8; 24];
    let mut at = buf.len();
    let mut written = 0;
    while written <= digits || rest > 0 {
        if written == digits && digits > 0 {
            at -= 1;
            buf[at] = b'.';
        }
        at -= 1;
        #[allow(clippy::cast_possible_truncation)] // one digit
        let digit = (rest % 10) as u8;
        buf[at] = b'0' + digit;
        rest /= 10;
        written += 1;
    }
    // A negative number that rounds to zero is written 0, not -0.
    if whole < 0.0 {
        at -= 1;
        buf[at] = b'-';
    }
    std::str::from_utf8(&buf[at..]).ok().map(str::to_owned)
}

/// `n` rounded to `digits` decimals where it holds a tie, away from zero; else as it is (the
/// formatter rounds it). Only a tie the input really holds is rounded up: 1.005 is stored as
/// 1.00499…, and printing it as 1.01 would show arithmetic nobody did.
fn ties_away(n: f64, digits: usize) -> f64 {
    let digits_i32 = i32::try_from(digits).unwrap_or(i32::MAX).min(15);
    let scale = 10f64.powi(digits_i32);
    let scaled = n * scale;
    if scaled.is_finite()
        && (scaled.abs() - scaled.abs().trunc() - 0.5).abs() < 1e-9 * scaled.abs().max(1.0)
    {
        scaled.round() / scale
    } else {
        n
    }
}

/// `n` with `digits` decimals through the float formatter.
fn by_formatter(n: f64, digits: usize) -> String {
    let s = format!("{n:.digits$}");
    // A negative number that rounds to zero prints as "-0": show it as 0.
    if s.starts_with('-') && s.bytes().all(|b| matches!(b, b'-' | b'0' | b'.')) {
        s[1..].to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{Lang, by_formatter, by_scaling, fixed, fixed_in, percent_in, ties_away};

    #[test]
    fn each_language_writes_decimals_and_percentages_its_way() {
        assert_eq!(fixed_in(6.25, 1, Lang::En), "6.3");
        assert_eq!(percent_in(&fixed_in(6.25, 1, Lang::En), Lang::En), "6.3%");
        for lang in [Lang::Fr, Lang::Es, Lang::Ru] {
            assert_eq!(fixed_in(6.25, 1, lang), "6,3", "{lang}");
            assert_eq!(fixed_in(-62.5, 0, lang), "-63", "{lang}");
            assert_eq!(percent_in(&fixed_in(66.666, 1, lang), lang), "66,7\u{a0}%");
        }
    }

    #[test]
    fn whole_numbers_are_written_as_the_float_formatter_writes_them() {
        // `fixed` as it was, every number through the float formatter.
        let by_formatter = |n: f64, digits: usize| by_formatter(ties_away(n, digits), digits);
        for i in -1000..=1000 {
            let n = f64::from(i);
            for digits in 0..=4 {
                assert_eq!(fixed(n, digits), by_formatter(n, digits), "{n} {digits}");
            }
        }
        for n in [
            -0.0,
            1e14,
            -1e14,
            999_999_999_999_999.0,
            1e15,
            2.0e20,
            0.5,
            -2.5,
            62.5,
        ] {
            for digits in [0, 1, 20] {
                assert_eq!(fixed(n, digits), by_formatter(n, digits), "{n} {digits}");
            }
        }
    }

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

    #[test]
    fn scaled_numbers_are_written_as_the_float_formatter_writes_them() {
        // Scores, shares and points: hundredths, thirds, sevenths, halves just off a tie.
        let (mut scaled_ones, mut all) = (0, 0);
        for i in -20_000..=20_000 {
            for divisor in [1.0, 3.0, 7.0, 8.0, 100.0, 1000.0] {
                let n = f64::from(i) / divisor;
                for digits in 0..=3 {
                    all += 1;
                    if let Some(scaled) = by_scaling(n, digits) {
                        assert_eq!(scaled, by_formatter(n, digits), "{n} {digits}");
                        scaled_ones += 1;
                    }
                }
            }
        }
        // Only ties are left to the formatter: eighths and thousandths hold some, the rest few.
        assert!(scaled_ones * 10 > all * 9, "{scaled_ones} of {all}");
        // Where it declines, the formatter writes: a tie, many decimals, a large number.
        assert_eq!(by_scaling(0.125, 2), None);
        assert_eq!(by_scaling(1.0, 7), None);
        assert_eq!(by_scaling(5e9, 0), None);
        assert_eq!(by_scaling(f64::NAN, 1), None);
        assert_eq!(by_scaling(-0.04, 1).as_deref(), Some("0.0"));
        assert_eq!(by_scaling(-1.06, 1).as_deref(), Some("-1.1"));
        assert_eq!(by_scaling(0.001, 3).as_deref(), Some("0.001"));
        assert_eq!(by_scaling(62.0, 0).as_deref(), Some("62"));
    }

    proptest! {
        #[test]
        fn any_number_is_written_as_the_float_formatter_writes_it(
            n in -1e10f64..1e10,
            digits in 0usize..=8,
        ) {
            if let Some(scaled) = by_scaling(n, digits) {
                prop_assert_eq!(scaled, by_formatter(n, digits));
            }
        }
    }
}
