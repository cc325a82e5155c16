//! Where a template's unclosed block starts. Tera reports a missing `{% endif %}` at the end of
//! the file ("Unexpected end of input"), which is where the author did nothing wrong; this finds
//! the `{% if %}`, `{% for %}` or other block tag left open, so the message can point at it.
//!
//! Must not: render or fully parse a template: it looks at block tags only, after tera has failed.

/// Block tags and the tag that closes each.
const BLOCKS: &[&str] = &["if", "for", "block", "macro", "filter", "raw", "component"];

/// The innermost block left open in `text`: its tag and 1-based line, if any.
pub fn unclosed_block(text: &str) -> Option<(&'static str, usize)> {
    let mut open: Vec<(&'static str, usize)> = Vec::new();
    let mut first_broken = None;
    let mut rest = text;
    let mut offset = 0;
    while let Some(start) = rest.find("{%") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("%}") else { break };
        let inner = after[..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
        let word = inner.split_whitespace().next().unwrap_or_default();
        let line = text[..offset + start].matches('\n').count() + 1;
        if let Some(tag) = BLOCKS.iter().find(|b| **b == word) {
            open.push((tag, line));
        } else if let Some(closed) = word.strip_prefix("end")
            && let Some(at) = open.iter().rposition(|(tag, _)| *tag == closed)
        {
            // Anything opened inside it and not closed before it is the mistake.
            if at + 1 < open.len() && first_broken.is_none() {
                first_broken = Some(open[at + 1]);
            }
            open.truncate(at);
        }
        let consumed = start + 2 + end + 2;
        offset += consumed;
        rest = &rest[consumed..];
    }
    first_broken.or_else(|| open.last().copied())
}

#[cfg(test)]
mod tests {
    use super::unclosed_block;

    #[test]
    fn finds_the_block_left_open() {
        assert_eq!(unclosed_block("a\n{% if x %}\nb\n"), Some(("if", 2)));
        assert_eq!(
            unclosed_block("{% for a in b %}\n{%- if a -%}\n{% endfor %}"),
            Some(("if", 2))
        );
        assert_eq!(
            unclosed_block("{% if a %}{% endif %}\n{% for x in y %}\n"),
            Some(("for", 2))
        );
        assert_eq!(unclosed_block("{% if a %}{% else %}{% endif %}"), None);
        assert_eq!(unclosed_block("no tags {{ x }}"), None);
    }
}
