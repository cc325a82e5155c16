//! A text buffer with a cursor, for the setup fields, number answers, text answers and notes.
//!
//! The cursor is a character index (not a byte index), so editing never splits a character.
//! Up and down move between lines of the text as typed (newlines), which is what a person
//! expects in a short note; wrapping is left to the view.
//!
//! Must not: know which field or screen it serves, or draw.

/// Editable text and the cursor position within it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Characters before the cursor.
    cursor: usize,
    /// The most characters the text may hold, if limited.
    limit: Option<usize>,
}

impl TextInput {
    /// A buffer holding `text`, with the cursor at its end.
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            cursor: text.chars().count(),
            limit: None,
        }
    }

    /// The same buffer, taking no more than `max` characters from now on (text already
    /// longer is kept, and can only shrink).
    #[must_use]
    pub fn limited(self, max: usize) -> Self {
        Self {
            limit: Some(max),
            ..self
        }
    }

    /// The most characters it takes, if limited.
    pub fn limit(&self) -> Option<usize> {
        self.limit
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// (line, column) of the cursor, both 0-based, in characters.
    pub fn cursor_line_col(&self) -> (usize, usize) {
        let before: String = self.text.chars().take(self.cursor).collect();
        let line = before.matches('\n').count();
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
        (line, col)
    }

    fn byte(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Inserts `c` at the cursor; `false` (and nothing inserted) when the text is full.
    pub fn insert(&mut self, c: char) -> bool {
        if self
            .limit
            .is_some_and(|max| self.text.chars().count() >= max)
        {
            return false;
        }
        let at = self.byte(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
        true
    }

    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            let at = self.byte(self.cursor);
            self.text.remove(at);
        }
    }

    pub fn delete(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte(self.cursor);
            self.text.remove(at);
        }
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.text.chars().count());
    }

    /// To the start of the current line.
    pub fn home(&mut self) {
        let (_, col) = self.cursor_line_col();
        self.cursor -= col;
    }

    /// To the end of the current line.
    pub fn end(&mut self) {
        let rest = self
            .text
            .chars()
            .skip(self.cursor)
            .take_while(|c| *c != '\n');
        self.cursor += rest.count();
    }

    /// To the same column of the previous line (or its end, if shorter).
    pub fn up(&mut self) {
        self.vertical(-1);
    }

    /// To the same column of the next line (or its end, if shorter).
    pub fn down(&mut self) {
        self.vertical(1);
    }

    fn vertical(&mut self, step: isize) {
        let (line, col) = self.cursor_line_col();
        let Some(target) = line.checked_add_signed(step) else {
            return;
        };
        let lines: Vec<&str> = self.text.split('\n').collect();
        let Some(len) = lines.get(target).map(|l| l.chars().count()) else {
            return;
        };
        let start: usize = lines[..target].iter().map(|l| l.chars().count() + 1).sum();
        self.cursor = start + col.min(len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_keeps_characters_whole() {
        let mut t = TextInput::new("café");
        t.backspace();
        t.insert('é');
        t.left();
        t.left();
        t.insert('ﬀ');
        assert_eq!(t.as_str(), "caﬀfé");
        t.home();
        t.delete();
        assert_eq!(t.as_str(), "aﬀfé");
    }

    #[test]
    fn a_limited_buffer_takes_nothing_beyond_its_limit() {
        let mut t = TextInput::new("ab").limited(3);
        assert!(t.insert('c'));
        assert!(!t.insert('d'));
        assert_eq!(t.as_str(), "abc");
        t.backspace();
        assert!(t.insert('é'));
        assert_eq!(t.as_str(), "abé");
    }

    #[test]
    fn up_and_down_keep_the_column() {
        let mut t = TextInput::new("first line\nab\nthird line");
        assert_eq!(t.cursor_line_col(), (2, 10));
        t.up();
        assert_eq!(t.cursor_line_col(), (1, 2));
        t.up();
        assert_eq!(t.cursor_line_col(), (0, 2));
        t.end();
        t.down();
        t.down();
        assert_eq!(t.cursor_line_col(), (2, 2));
        t.down();
        assert_eq!(t.cursor_line_col(), (2, 2));
    }
}
