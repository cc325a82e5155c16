//! Checks the examples in `docs/framework-format.md` against integra itself, so the manual
//! cannot drift from the code.
//!
//! - A ```` ```toml ```` block whose first line is `# example: valid` is a complete framework
//!   and must load.
//! - A ```` ```toml ```` block whose first line is `# example: invalid` is a complete framework
//!   that must fail to load. Each line meant to be reported carries a `# <- error` comment,
//!   optionally followed by `: words` that must appear in that line's message or hint. The
//!   rendered errors must name every marked line, and no unmarked line may be reported.
//! - Every other ```` ```toml ```` block is a fragment and is not checked.

use std::fmt::Write as _;
use std::path::Path;

use integra::diagnostic::{Diagnostic, Source};
use integra::framework::{self, Origin};

/// The manual, relative to the crate root.
const DOC: &str = "docs/framework-format.md";
/// What a block's first line starts with to make it a checked example.
const EXAMPLE: &str = "# example:";
/// What marks a line of an invalid example that must be reported.
const MARKER: &str = "# <- error";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Valid,
    Invalid,
}

/// One checked example: what it should do, where it sits in the manual, and its text.
#[derive(Debug)]
struct Example {
    expect: Expect,
    /// The manual's line number of the block's first line (the `# example:` line).
    doc_line: usize,
    text: String,
}

impl Example {
    /// The name errors are reported under, e.g. `docs/framework-format.md example at line 42`.
    fn name(&self) -> String {
        format!("{DOC} example at line {}", self.doc_line)
    }
}

/// An open fenced code block: its fence (three or more backticks or tildes), whether it is TOML,
/// and where it starts.
struct Fence {
    marker: String,
    toml: bool,
    first_line: usize,
    lines: Vec<String>,
}

/// Finds every checked example in `markdown`. An unknown `# example:` marker is an error, so a
/// typo such as `# example: vaild` cannot silently turn an example into an unchecked fragment.
fn extract(markdown: &str) -> Result<Vec<Example>, String> {
    let mut examples = Vec::new();
    let mut open: Option<Fence> = None;
    for (index, line) in markdown.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim_start();
        match open.take() {
            None => {
                let fence_char = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
                if let Some(c) = fence_char {
                    let marker: String = trimmed.chars().take_while(|&x| x == c).collect();
                    if marker.len() >= 3 {
                        let info = trimmed[marker.len()..]
                            .split_whitespace()
                            .next()
                            .unwrap_or("");
                        open = Some(Fence {
                            marker,
                            toml: info == "toml",
                            first_line: number + 1,
                            lines: Vec::new(),
                        });
                    }
                }
            }
            Some(mut fence) => {
                let closes = trimmed.starts_with(&fence.marker)
                    && trimmed
                        .trim_start_matches(fence.marker.as_str())
                        .trim()
                        .is_empty();
                if !closes {
                    fence.lines.push(line.to_owned());
                    open = Some(fence);
                } else if fence.toml
                    && let Some(example) = example_of(&fence)?
                {
                    examples.push(example);
                }
            }
        }
    }
    if let Some(fence) = open {
        return Err(format!(
            "{DOC}:{}: a code block is never closed",
            fence.first_line - 1
        ));
    }
    Ok(examples)
}

/// The example a closed TOML block holds, if its first line marks it as one.
fn example_of(fence: &Fence) -> Result<Option<Example>, String> {
    let Some(first) = fence.lines.first() else {
        return Ok(None);
    };
    let Some(kind) = first.trim().strip_prefix(EXAMPLE) else {
        return Ok(None);
    };
    let expect = match kind.trim() {
        "valid" => Expect::Valid,
        "invalid" => Expect::Invalid,
        other => {
            return Err(format!(
                "{DOC}:{}: unknown example marker '{other}'; use `{EXAMPLE} valid` or `{EXAMPLE} invalid`",
                fence.first_line
            ));
        }
    };
    let mut text = fence.lines.join("\n");
    text.push('\n');
    Ok(Some(Example {
        expect,
        doc_line: fence.first_line,
        text,
    }))
}

/// The lines (1-based, within the example) marked `# <- error`, with the words each expects.
fn marked_lines(text: &str) -> Vec<(usize, Option<String>)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let rest = &line[line.find(MARKER)? + MARKER.len()..];
            let words = rest
                .trim()
                .strip_prefix(':')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(str::to_owned);
            Some((i + 1, words))
        })
        .collect()
}

/// Checks one example; returns what is wrong with it, if anything.
fn check(example: &Example) -> Option<String> {
    let name = example.name();
    let result = framework::from_str(&name, &example.text, Origin::Embedded);
    match (example.expect, result) {
        (Expect::Valid, Ok(_)) => None,
        (Expect::Valid, Err(err)) => Some(format!(
            "{name}: marked valid but fails to load:\n{}",
            err.render()
        )),
        (Expect::Invalid, Ok(_)) => Some(format!("{name}: marked invalid but loads without error")),
        (Expect::Invalid, Err(err)) => check_invalid(example, &err.render(), &err.diagnostics),
    }
}

/// Checks that an invalid example's errors fall on exactly its marked lines.
fn check_invalid(example: &Example, rendered: &str, diagnostics: &[Diagnostic]) -> Option<String> {
    let name = example.name();
    let marked = marked_lines(&example.text);
    if marked.is_empty() {
        return Some(format!(
            "{name}: an invalid example needs at least one `{MARKER}` comment on the line that should be reported"
        ));
    }
    let source = Source {
        name: &name,
        text: &example.text,
    };
    let located: Vec<(usize, &Diagnostic)> = diagnostics
        .iter()
        .map(|d| (source.line_col(d.span.start).0, d))
        .collect();
    let mut problems = String::new();
    for (line, words) in &marked {
        if !rendered.contains(&format!("{name}:{line}:")) {
            let _ = writeln!(problems, "  line {line} is marked but not reported");
            continue;
        }
        if let Some(words) = words {
            let said = located.iter().filter(|(l, _)| l == line).any(|(_, d)| {
                d.message.contains(words.as_str())
                    || d.hint
                        .as_deref()
                        .is_some_and(|h| h.contains(words.as_str()))
            });
            if !said {
                let _ = writeln!(problems, "  line {line}: no message or hint says '{words}'");
            }
        }
    }
    for (line, d) in &located {
        if !marked.iter().any(|(m, _)| m == line) {
            let _ = writeln!(
                problems,
                "  line {line} is reported but not marked: {}",
                d.message
            );
        }
    }
    (!problems.is_empty()).then(|| format!("{name}:\n{problems}  integra said:\n{rendered}"))
}

#[test]
fn every_example_in_the_manual_holds() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(DOC);
    let markdown = std::fs::read_to_string(&path).unwrap();
    let examples = extract(&markdown).unwrap();
    assert!(
        !examples.is_empty(),
        "{DOC} has no `{EXAMPLE} valid` or `{EXAMPLE} invalid` blocks"
    );
    assert!(
        examples.iter().any(|e| e.expect == Expect::Valid),
        "{DOC} has no `{EXAMPLE} valid` block"
    );
    assert!(
        examples.iter().any(|e| e.expect == Expect::Invalid),
        "{DOC} has no `{EXAMPLE} invalid` block"
    );
    let failures: Vec<String> = examples.iter().filter_map(check).collect();
    assert!(
        failures.is_empty(),
        "{} of {} examples in {DOC} are wrong:\n\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}

#[test]
fn only_marked_toml_blocks_are_examples() {
    let markdown = "\
Intro.

```toml
# a fragment
weight = 2
```

```text
```toml
# example: valid
```

````markdown
```toml
# example: invalid
```
````

```toml
# example: valid
id = \"x\"
```

~~~toml
# example: invalid
id = \"y\"  # <- error: words here
~~~
";
    let examples = extract(markdown).unwrap();
    assert_eq!(examples.len(), 2, "{examples:?}");
    assert_eq!(examples[0].expect, Expect::Valid);
    assert_eq!(examples[0].doc_line, 20);
    assert_eq!(examples[0].text, "# example: valid\nid = \"x\"\n");
    assert_eq!(examples[1].expect, Expect::Invalid);
    assert_eq!(
        marked_lines(&examples[1].text),
        vec![(2, Some("words here".to_owned()))]
    );
}

#[test]
fn a_misspelt_example_marker_is_refused() {
    let err = extract("```toml\n# example: vaild\nid = \"x\"\n```\n").unwrap_err();
    assert!(err.contains("unknown example marker 'vaild'"), "{err}");
    let err = extract("```toml\n# example: valid\n").unwrap_err();
    assert!(err.contains("never closed"), "{err}");
}

#[test]
fn an_invalid_example_must_fail_on_its_marked_lines() {
    let wrong_line = Example {
        expect: Expect::Invalid,
        doc_line: 1,
        text: "# example: invalid\nid = \"x\"\nversion = 1\ntitle = \"X\"  # <- error\n".to_owned(),
    };
    let report = check(&wrong_line).unwrap();
    assert!(
        report.contains("line 4 is marked but not reported"),
        "{report}"
    );
    assert!(
        report.contains("line 3 is reported but not marked"),
        "{report}"
    );

    let unmarked = Example {
        expect: Expect::Invalid,
        doc_line: 1,
        text: "# example: invalid\nid = \"x\"\n".to_owned(),
    };
    assert!(check(&unmarked).unwrap().contains("needs at least one"));
}
