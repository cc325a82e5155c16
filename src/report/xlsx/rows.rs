//! How tall a sheet's rows must be for their wrapped text. Spreadsheets do not grow a row to
//! fit wrapped text that a program wrote (LibreOffice draws it over the rows below), so the
//! writer sets each row's height from an estimate of the lines its tallest cell wraps to.
//!
//! Must not: write XML or choose what goes in a cell; it only estimates row heights.

use super::Cell;

/// The default row's height in points (Calibri 11), and the most a row may have.
const LINE_HEIGHT: f64 = 15.0;
const MAX_ROW_HEIGHT: f64 = 409.0;

/// The height of a row of `lines` lines of text, in points.
#[allow(clippy::cast_precision_loss)] // a few hundred lines at most
pub fn row_height(lines: usize) -> f64 {
    (lines as f64 * LINE_HEIGHT).min(MAX_ROW_HEIGHT)
}

/// How many lines the tallest text cell of a row takes, its column `widths` given in
/// characters.
pub fn row_lines(cells: &[Cell], widths: &[f64]) -> usize {
    cells
        .iter()
        .zip(widths)
        .map(|(cell, &width)| match cell {
            Cell::Text(text) => wrapped_lines(text, width),
            _ => 1,
        })
        .max()
        .unwrap_or(1)
}

/// How many lines `text` wraps to in a column `width` characters wide: each line break
/// starts a line, and words wrap whole as a spreadsheet wraps them (a word longer than the
/// column is cut). A column's width counts digits; the average letter is a little narrower
/// (about 10% in Calibri), but capitals and Cyrillic are not, so the allowance stays small:
/// better a row a little too tall than text drawn over the next row.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn wrapped_lines(text: &str, width: f64) -> usize {
    let room = ((width * 1.1).floor() as usize).max(1);
    text.split('\n')
        .map(|line| {
            let mut lines = 1;
            let mut used = 0;
            for word in line.split_whitespace() {
                let len = word.chars().count();
                let needed = if used == 0 { len } else { used + 1 + len };
                if needed <= room {
                    used = needed;
                } else if used == 0 {
                    // A word longer than the column fills whole lines.
                    lines += (len - 1) / room;
                    used = (len - 1) % room + 1;
                } else {
                    lines += 1 + (len.max(1) - 1) / room;
                    used = (len.max(1) - 1) % room + 1;
                }
            }
            lines
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_text_is_counted_in_lines_of_the_column_width() {
        assert_eq!(wrapped_lines("", 10.0), 1);
        assert_eq!(wrapped_lines("short", 10.0), 1);
        // Eleven letters fit a column ten digits wide.
        assert_eq!(wrapped_lines("four five s", 10.0), 1);
        assert_eq!(wrapped_lines("four five six", 10.0), 2);
        assert_eq!(wrapped_lines("a\nb\nc", 10.0), 3);
        assert_eq!(wrapped_lines("abcdefghijklmnopqrstuvwxyzabcdefg", 10.0), 3);
        assert_eq!(
            wrapped_lines("ab abcdefghijklmnopqrstuvwxyzabcdefg", 10.0),
            4
        );
        let row = [Cell::text("one two three four"), Cell::Num(1.0)];
        assert_eq!(row_lines(&row, &[7.0, 1.0]), 3);
        assert!((row_height(3) - 45.0).abs() < f64::EPSILON);
        assert!((row_height(1000) - MAX_ROW_HEIGHT).abs() < f64::EPSILON);
    }
}
