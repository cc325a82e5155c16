//! Wrapping and reflowing plain text for the text report: line width, indents, and keeping a
//! number on the line of the word it counts.
//!
//! Must not: escape or mark up (that is [`super::escape`] and the emphasis filters).

/// Joins the lines of each paragraph (paragraphs are separated by blank lines).
pub fn reflow(text: &str) -> String {
    let mut paras: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                paras.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paras.push(current.join(" "));
    }
    paras.join("\n\n")
}

/// Wraps `text` at `width` characters. Lines after the first (and the first too when `first`)
/// are indented by `indent` spaces, counted within the width; the first line gets the same
/// room, so text placed after a label `indent` characters wide lines up and fits. Line breaks in the text are kept;
/// a word longer than a line gets a line of its own.
pub fn wrap(text: &str, width: usize, indent: usize, first: bool) -> String {
    let pad = " ".repeat(indent);
    let room = width.saturating_sub(indent).max(10);
    let mut out = String::new();
    let mut at_start = true;
    for (pi, para) in text.lines().enumerate() {
        if pi > 0 {
            out.push('\n');
        }
        let mut len = 0;
        let words: Vec<&str> = words_of(para).collect();
        for (wi, word) in words.iter().enumerate() {
            let w = word.chars().count();
            // A number or sign ("88", "/", "·") goes to the next line with the word it
            // belongs to, so a line never ends on "· 88" with "questions" below it.
            let kept = kept_with_next(&words[wi..]);
            let stranded = kept > w && len > 0 && len + 1 + kept > room && kept <= room;
            if len > 0 && (len + 1 + w > room || stranded) {
                out.push('\n');
                len = 0;
            }
            if len == 0 {
                if !at_start || first {
                    out.push_str(&pad);
                }
            } else {
                out.push(' ');
                len += 1;
            }
            out.push_str(word);
            len += w;
            at_start = false;
        }
        at_start = false;
    }
    out
}

/// The width of `words[0]` together with what it must stay beside: a word with no letter (a
/// number, a sign) is kept with the words after it, up to and including the first word with a
/// letter, unless a separator (`·`, `|`, `—`, `;`, …) comes first. Just its own width when
/// it has letters or no such word follows.
fn kept_with_next(words: &[&str]) -> usize {
    let has_letter = |w: &str| w.chars().any(char::is_alphabetic);
    // A separator starts a new group: "76.1 / 100 · 88 questions" keeps "76.1 / 100" to
    // itself and "· 88 questions" together.
    let separator = |w: &str| matches!(w, "·" | "|" | "—" | "–" | ";" | ":");
    let end = words
        .iter()
        .enumerate()
        .find(|&(i, w)| has_letter(w) || (i > 0 && separator(w)))
        .filter(|&(_, w)| has_letter(w))
        .map(|(i, _)| i);
    // A word that closes a phrase ("50/100)", "12,") belongs with what came before it.
    let closes = |w: &str| w.ends_with([')', ']', ',', ';', ':', '.', '!', '?']);
    let (Some(end), Some(first)) = (end, words.first()) else {
        return words.first().map_or(0, |w| w.chars().count());
    };
    if closes(first) {
        return first.chars().count();
    }
    words[..=end]
        .iter()
        .map(|w| w.chars().count())
        .sum::<usize>()
        + end
}

/// The words of `text`, split at white space other than a no-break space: "66,7 %" (with a
/// no-break space, as French writes it) stays one word and never ends a line on "66,7".
pub fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}'))
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_no_break_space_holds_a_number_to_its_percent_sign() {
        let text = "poids 2 · part 66,7\u{a0}% · apport 25,0";
        // "poids 2 · part 66,7" is 19 wide: split at the no-break space it would fit.
        let out = wrap(text, 19, 0, false);
        assert!(out.starts_with("poids 2 · part\n66,7\u{a0}%"), "{out:?}");
    }

    #[test]
    fn wrap_keeps_lines_within_width_and_indents_continuations() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let out = wrap(text, 20, 4, false);
        assert_eq!(
            out,
            "one two three\n    four five six\n    seven eight nine\n    ten eleven\n    twelve"
        );
        assert!(out.lines().all(|l| l.chars().count() <= 20));
        assert_eq!(wrap("a\nb", 20, 2, true), "  a\n  b");
    }

    #[test]
    fn reflow_joins_paragraph_lines() {
        assert_eq!(reflow("\n a\nb \n\n\nc\n"), "a b\n\nc");
    }

    #[test]
    fn wrap_never_leaves_a_number_at_the_end_of_a_line() {
        let headline = "Préparation : Pas prêt : consolider d'abord les bases · score 76.1 / 100 · 88 questions répondues sur 88";
        let wrapped = wrap(headline, 80, 0, false);
        assert_eq!(
            wrapped,
            "Préparation : Pas prêt : consolider d'abord les bases · score 76.1 / 100\n· 88 questions répondues sur 88"
        );
        // Numbers with no word after them wrap as any word does.
        assert_eq!(wrap("aaaa bbbb 12 34", 12, 0, false), "aaaa bbbb 12\n34");
        // A number that ends a phrase stays where it is.
        assert_eq!(
            wrap("aaaa bbbb 50/100) (HOLDS", 18, 0, false),
            "aaaa bbbb 50/100)\n(HOLDS"
        );
    }

    #[test]
    fn wrap_gives_a_long_word_its_own_line() {
        assert_eq!(
            wrap("see https://example.org/a/very/long/path ok", 20, 0, false),
            "see\nhttps://example.org/a/very/long/path\nok"
        );
    }
}
