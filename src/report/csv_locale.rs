//! CSV for spreadsheets set to a decimal-comma language (French, Spanish, Russian): fields
//! separated by `;` and decimals written with `,`, which is what Excel and LibreOffice Calc
//! expect there (a `,`-separated file opens as one column, and `62.5` becomes text or a date).
//!
//! The templates write the international form (`,` and `.`); this pass re-writes a rendered
//! CSV field by field, so a user's own CSV template is converted the same way. Only a field
//! that is a plain decimal number (`-12.5`) gets a decimal comma: question numbers (`q10.10`),
//! versions (`1.2.0`) and text stay as written.
//!
//! Must not: touch a field that is not a plain decimal number, or depend on which template wrote
//! the CSV.

use std::borrow::Cow;

/// How numbers and fields are written in a CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvStyle {
    /// `,` between fields, `.` before decimals (English, and what programs read).
    #[default]
    Point,
    /// `;` between fields, `,` before decimals (French, Spanish, Russian spreadsheets).
    Comma,
}

impl CsvStyle {
    /// The style spreadsheets in `lang` expect: a decimal comma for French, Spanish and Russian.
    pub fn for_lang(lang: &str) -> Self {
        match lang {
            "fr" | "es" | "ru" => Self::Comma,
            _ => Self::Point,
        }
    }

    /// `csv` (written with `,` and `.`) in this style.
    pub fn apply(self, csv: &str) -> Cow<'_, str> {
        match self {
            Self::Point => Cow::Borrowed(csv),
            Self::Comma => Cow::Owned(to_comma(csv)),
        }
    }
}

/// One field as read: its text (quotes removed, `""` undone) and whether it was quoted.
struct Field {
    text: String,
    quoted: bool,
}

/// Re-writes a `,`-separated CSV with `;` between fields and decimal commas.
fn to_comma(csv: &str) -> String {
    let mut out = String::with_capacity(csv.len() + csv.len() / 16);
    let mut chars = csv.chars().peekable();
    let mut first_in_row = true;
    while chars.peek().is_some() {
        let field = read_field(&mut chars);
        if !first_in_row {
            out.push(';');
        }
        write_field(&mut out, &field);
        match chars.next() {
            Some(',') => first_in_row = false,
            Some('\r') => {
                out.push('\r');
                if chars.peek() == Some(&'\n') {
                    chars.next();
                    out.push('\n');
                }
                first_in_row = true;
            }
            Some(end) => {
                out.push(end);
                first_in_row = true;
            }
            None => {}
        }
    }
    out
}

/// Reads one field up to (not including) the `,` or line break that ends it.
fn read_field(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Field {
    let mut text = String::new();
    if chars.peek() != Some(&'"') {
        while let Some(&c) = chars.peek() {
            if matches!(c, ',' | '\n' | '\r') {
                break;
            }
            text.push(c);
            chars.next();
        }
        return Field {
            text,
            quoted: false,
        };
    }
    chars.next();
    while let Some(c) = chars.next() {
        if c == '"' {
            if chars.peek() == Some(&'"') {
                chars.next();
                text.push('"');
            } else {
                break;
            }
        } else {
            text.push(c);
        }
    }
    // Anything between a closing quote and the separator is kept, as a lenient reader would.
    while let Some(&c) = chars.peek() {
        if matches!(c, ',' | '\n' | '\r') {
            break;
        }
        text.push(c);
        chars.next();
    }
    Field { text, quoted: true }
}

fn write_field(out: &mut String, field: &Field) {
    if !field.quoted && is_decimal(&field.text) {
        out.push_str(&field.text.replacen('.', ",", 1));
        return;
    }
    if field.quoted || field.text.contains([';', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&field.text);
    }
}

/// Whether `s` is a plain decimal number with a fraction: an optional `-`, digits, `.`, digits.
fn is_decimal(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let Some((whole, fraction)) = s.split_once('.') else {
        return false;
    };
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_get_a_decimal_comma_and_fields_a_semicolon() {
        let csv = "number,score,weight,text\nq10.10,62.5,2,\"Yes, mostly\"\nq1.2,-0.5,1.5,plain\n";
        assert_eq!(
            CsvStyle::Comma.apply(csv),
            "number;score;weight;text\nq10.10;62,5;2;\"Yes, mostly\"\nq1.2;-0,5;1,5;plain\n"
        );
    }

    #[test]
    fn quoted_text_stays_text_and_semicolons_in_text_are_quoted() {
        let csv = "a,b,c\n\"1.5\",x;y,\"say \"\"hi\"\"\nthere\"\r\n1.2.0,.5,7.\r\n";
        assert_eq!(
            CsvStyle::Comma.apply(csv),
            "a;b;c\n\"1.5\";\"x;y\";\"say \"\"hi\"\"\nthere\"\r\n1.2.0;.5;7.\r\n"
        );
    }

    #[test]
    fn empty_fields_and_the_point_style_are_left_alone() {
        let csv = ",,\n1.5,,\n";
        assert_eq!(CsvStyle::Comma.apply(csv), ";;\n1,5;;\n");
        assert_eq!(CsvStyle::Point.apply(csv), csv);
    }

    #[test]
    fn each_language_has_its_style() {
        assert_eq!(CsvStyle::for_lang("en"), CsvStyle::Point);
        for lang in ["fr", "es", "ru"] {
            assert_eq!(CsvStyle::for_lang(lang), CsvStyle::Comma);
        }
    }
}
