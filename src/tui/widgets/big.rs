//! Big digits for the projector: a score drawn five rows high, readable from the back of a
//! room. A small hand-made font (digits, the decimal point or comma, `/`, `+`, `-` and the
//! minus sign, space), each pixel two cells wide so the digits keep their shape in
//! terminal cells, which are twice as tall as wide. Drawn with `█`, or `#` in ASCII mode.
//! (ratatui has no big-text widget of its own; the `tui-big-text` crate draws 8×8 glyphs,
//! too tall for a score, a band and a caption on 24 rows.)
//!
//! Must not: know about screens, the state or colours (the caller styles the rows).

/// Rows of every glyph.
pub const HEIGHT: usize = 5;

/// Each glyph's pixels, row by row (`#` on, space off).
fn glyph(c: char) -> Option<[&'static str; HEIGHT]> {
    Some(match c {
        '0' => ["###", "# #", "# #", "# #", "###"],
        '1' => [" # ", "## ", " # ", " # ", "###"],
        '2' => ["###", "  #", "###", "#  ", "###"],
        '3' => ["###", "  #", " ##", "  #", "###"],
        '4' => ["# #", "# #", "###", "  #", "  #"],
        '5' => ["###", "#  ", "###", "  #", "###"],
        '6' => ["###", "#  ", "###", "# #", "###"],
        '7' => ["###", "  #", "  #", "  #", "  #"],
        '8' => ["###", "# #", "###", "# #", "###"],
        '9' => ["###", "# #", "###", "  #", "###"],
        '.' | ',' => [" ", " ", " ", " ", "#"],
        '/' => ["  #", "  #", " # ", "#  ", "#  "],
        '+' => ["   ", " # ", "###", " # ", "   "],
        '-' | '\u{2212}' => ["   ", "   ", "###", "   ", "   "],
        ' ' => [" ", " ", " ", " ", " "],
        _ => return None,
    })
}

/// `text` as [`HEIGHT`] rows of big glyphs, one blank column pair between glyphs; `None`
/// when a character has no glyph (the caller then shows the text as it is).
#[must_use]
pub fn big(text: &str, ascii: bool) -> Option<[String; HEIGHT]> {
    let on = if ascii { "##" } else { "██" };
    let mut rows: [String; HEIGHT] = Default::default();
    for (i, c) in text.chars().enumerate() {
        let g = glyph(c)?;
        for (row, pixels) in rows.iter_mut().zip(g) {
            if i > 0 {
                row.push_str("  ");
            }
            for p in pixels.chars() {
                row.push_str(if p == '#' { on } else { "  " });
            }
        }
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::widgets::width;

    #[test]
    fn a_score_is_five_rows_of_equal_width() {
        let rows = big("72.5", false).unwrap();
        // 3 digits of 6 columns, a point of 2, and three gaps of 2.
        for row in &rows {
            assert_eq!(width(row), 3 * 6 + 2 + 3 * 2, "{row:?}");
        }
        assert_eq!(rows[0], "██████  ██████      ██████");
        assert_eq!(rows[4], "    ██  ██████  ██  ██████");
    }

    #[test]
    fn every_digit_differs_and_ascii_uses_hashes() {
        let digits: Vec<_> = ('0'..='9')
            .map(|d| big(&d.to_string(), true).unwrap())
            .collect();
        for (i, a) in digits.iter().enumerate() {
            assert!(a.iter().all(|r| r.chars().all(|c| c == '#' || c == ' ')));
            for b in &digits[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn text_without_glyphs_is_refused() {
        assert!(big("12a", false).is_none());
        assert!(big("−3,5", false).is_some());
    }
}
