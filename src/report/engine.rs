//! The tera set-up: one engine per render, the report filters, and autoescaping decided by the
//! output format (HTML: on, whatever the template file is called; others: off).
//!
//! Each render runs on a thread of its own under a [`Budget`]: the caller waits for it only
//! as long as the budget allows, so a runaway template ends in an error, not a hung command.
//! The text is passed through [`crate::safe_text::escape`] last.

use std::error::Error as _;
use std::sync::{Arc, mpsc};
use std::time::Duration;

use tera::{Context, Kwargs, State, Tera, TeraResult, Value};

use super::budget::{self, Budget, Capped, Exceeded, Limits};
use super::filters;
use super::templates::Template;
use super::words::Translate;
use super::{ReportError, ReportFormat};
use crate::diagnostic::Msg;
use crate::i18n::Lang;

/// The widest text, padding or bar a filter may be asked for, in characters.
pub const MAX_WIDTH: usize = 1000;
/// The most decimals `num` and `signed` may be asked for.
pub const MAX_DIGITS: usize = 20;

/// Renders `ctx` (a report's or a portfolio's context) with `template` for `format`;
/// integra's own words (the `t` function) are in `lang`.
pub fn render(
    ctx: &impl serde::Serialize,
    lang: Lang,
    format: ReportFormat,
    template: &Template,
) -> Result<String, ReportError> {
    render_within(ctx, lang, format, template, Limits::default())
}

/// [`render`] within `limits`.
pub fn render_within(
    ctx: &impl serde::Serialize,
    lang: Lang,
    format: ReportFormat,
    template: &Template,
    limits: Limits,
) -> Result<String, ReportError> {
    let fail = |e: &tera::Error| ReportError::Template {
        name: template.name.clone(),
        message: Msg::Raw(describe(e)),
        hint: unclosed_hint(e, &template.text),
    };
    let context = Context::from_serialize(ctx).map_err(|e| fail(&e))?;
    let budget = Budget::new(limits);
    let job = Job {
        lang,
        format,
        template: template.clone(),
        context,
        budget: Arc::clone(&budget),
    };
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("report".into())
        // As much stack as the main thread has, which rendered reports before.
        .stack_size(8 * 1024 * 1024)
        .spawn(move || {
            let _ = tx.send(job.run());
        });
    if let Err(e) = spawned {
        return Err(ReportError::Template {
            name: template.name.clone(),
            message: Msg::Raw(e.to_string()),
            hint: None,
        });
    }
    let outcome = watch(&rx, &budget);
    let stopped = |what| ReportError::Budget {
        name: template.name.clone(),
        what,
        limits,
    };
    match (outcome, budget.exceeded()) {
        (_, Some(what)) => Err(stopped(what)),
        (Some(Ok(bytes)), None) => {
            let text = String::from_utf8(bytes).map_err(|e| ReportError::Template {
                name: template.name.clone(),
                message: Msg::Raw(e.to_string()),
                hint: None,
            })?;
            Ok(crate::safe_text::escape(&text).into_owned())
        }
        (Some(Err(e)), None) => Err(fail(&e)),
        // The render thread ended without an answer: it panicked.
        (None, None) => Err(ReportError::Template {
            name: template.name.clone(),
            message: crate::msg!("report-err-engine-stopped"),
            hint: None,
        }),
    }
}

/// Waits for the render's result while time and memory last; `None` if the thread ended
/// without one. When the budget runs out the render is marked stopped and left behind.
fn watch(rx: &mpsc::Receiver<TeraResult<Vec<u8>>>, budget: &Budget) -> Option<TeraResult<Vec<u8>>> {
    let baseline = budget::resident_bytes();
    loop {
        match rx.recv_timeout(Duration::from_millis(20)) {
            Ok(result) => return Some(result),
            Err(mpsc::RecvTimeoutError::Disconnected) => return None,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if budget.out_of_time() {
                    return None;
                }
                let grown = baseline
                    .zip(budget::resident_bytes())
                    .is_some_and(|(before, now)| now.saturating_sub(before) > budget.limits.memory);
                if grown {
                    budget.stop(Exceeded::Memory);
                    return None;
                }
            }
        }
    }
}

/// One render, owned, so that it can run on its own thread.
struct Job {
    lang: Lang,
    format: ReportFormat,
    template: Template,
    context: Context,
    budget: Arc<Budget>,
}

impl Job {
    fn run(self) -> TeraResult<Vec<u8>> {
        let mut tera = engine_within(self.format, &self.budget);
        tera.register_function(
            "t",
            Checked {
                words: Translate::new(self.lang, self.format),
                budget: Arc::clone(&self.budget),
            },
        );
        tera.add_raw_template(&self.template.name, &self.template.text)?;
        let mut out = Capped {
            budget: Arc::clone(&self.budget),
            bytes: Vec::new(),
        };
        tera.render_to(&self.template.name, &self.context, &mut out)?;
        Ok(out.bytes)
    }
}

/// The `t` function, checking the budget first like every filter, so a loop that only
/// calls `t` can be stopped too.
struct Checked {
    words: Translate,
    budget: Arc<Budget>,
}

impl tera::Function<TeraResult<Value>> for Checked {
    fn call(&self, kwargs: Kwargs, state: &State) -> TeraResult<Value> {
        self.budget.check()?;
        tera::Function::call(&self.words, kwargs, state)
    }

    fn is_safe(&self) -> bool {
        tera::Function::<TeraResult<Value>>::is_safe(&self.words)
    }
}

/// A tera engine with the report filters, escaping HTML when `format` is HTML, every filter
/// and `range` counted against `budget`.
fn engine_within(format: ReportFormat, budget: &Arc<Budget>) -> Tera {
    let mut tera = Tera::new();
    // An empty suffix matches every template name: the format, not the file name, decides.
    let suffixes: Vec<&'static str> = if format == ReportFormat::Html {
        vec![""]
    } else {
        Vec::new()
    };
    tera.autoescape_on(suffixes);
    let b = Arc::clone(budget);
    tera.register_function("range", move |kw: Kwargs, _: &State| b.range(&kw));
    number_filters(&mut tera, budget);
    text_filters(&mut tera, budget);
    emphasis_filters(&mut tera, budget, format);
    tera
}

/// `em`, `strong` and `code`: a value emphasised the way `format` writes it (HTML tags around
/// the escaped value, Markdown's `*`, `**` and backticks; nothing in plain text). The
/// catalogue's messages carry no markup: a template passes an emphasised value instead, e.g.
/// `t(key="report-gate-needs", cap=g.cap_label | em)`. In Markdown the value is expected
/// escaped already (`| md | em`).
fn emphasis_filters(tera: &mut Tera, budget: &Arc<Budget>, format: ReportFormat) {
    for (name, tag, mark) in [
        ("em", "em", "*"),
        ("strong", "strong", "**"),
        ("code", "code", "`"),
    ] {
        let b = Arc::clone(budget);
        tera.register_filter(
            name,
            move |v: Value, _: Kwargs, _: &State| -> TeraResult<Value> {
                b.check()?;
                Ok(filters::emphasis(
                    &plain(&v),
                    v.is_safe(),
                    format,
                    tag,
                    mark,
                ))
            },
        );
    }
}

/// Registers `filter` under `name`, checking the budget before each call.
fn filter(
    tera: &mut Tera,
    budget: &Arc<Budget>,
    name: &'static str,
    filter: impl Fn(Value, Kwargs) -> TeraResult<String> + Send + Sync + 'static,
) {
    let b = Arc::clone(budget);
    tera.register_filter(
        name,
        move |v: Value, kw: Kwargs, _: &State| -> TeraResult<String> {
            b.check()?;
            filter(v, kw)
        },
    );
}

/// Filters that format numbers: `num`, `signed`, `number`, `bar`.
fn number_filters(tera: &mut Tera, b: &Arc<Budget>) {
    filter(tera, b, "num", |v: Value, kw| {
        let digits = budget::bounded(&kw, "num", "digits", 1, MAX_DIGITS)?;
        let none = kw.get::<&str>("none")?.unwrap_or("-");
        Ok(filters::num(v.as_f64(), digits, none))
    });
    filter(tera, b, "bar", |v: Value, kw| {
        let width = budget::bounded(&kw, "bar", "width", 20, MAX_WIDTH)?;
        Ok(filters::bar(v.as_f64(), width))
    });
    filter(tera, b, "signed", |v: Value, kw| {
        let digits = budget::bounded(&kw, "signed", "digits", 1, MAX_DIGITS)?;
        let none = kw.get::<&str>("none")?.unwrap_or("-");
        Ok(filters::signed(v.as_f64(), digits, none))
    });
    filter(tera, b, "number", |v: Value, _| {
        v.as_f64()
            .map(crate::answers::number)
            .ok_or_else(|| tera::Error::message("number(): the value is not a number"))
    });
}

/// Filters that lay out or escape text: `pad`, `column`, `wrap`, `underline`, `md`, `md_lines`, `md_cell`,
/// `csv`.
fn text_filters(tera: &mut Tera, b: &Arc<Budget>) {
    filter(tera, b, "pad", |v: Value, kw| {
        let width = budget::required(&kw, "pad", "width", MAX_WIDTH)?;
        let right = kw.get::<bool>("right")?.unwrap_or(false);
        Ok(filters::pad(&plain(&v), width, right))
    });
    filter(tera, b, "wrap", |v: Value, kw| {
        let width = budget::bounded(&kw, "wrap", "width", 80, MAX_WIDTH)?;
        let indent = budget::bounded(&kw, "wrap", "indent", 0, MAX_WIDTH)?;
        let first = kw.get::<bool>("first")?.unwrap_or(false);
        if kw.get::<bool>("reflow")?.unwrap_or(false) {
            return Ok(filters::wrap(
                &filters::reflow(&plain(&v)),
                width,
                indent,
                first,
            ));
        }
        Ok(filters::wrap(&plain(&v), width, indent, first))
    });
    filter(tera, b, "column", |v: Value, kw| {
        let width = budget::required(&kw, "column", "width", MAX_WIDTH)?;
        let indent = budget::bounded(&kw, "column", "indent", 0, MAX_WIDTH)?;
        Ok(filters::column(&plain(&v), width, indent))
    });
    filter(tera, b, "underline", |v: Value, kw| {
        let with = kw.get::<&str>("char")?.unwrap_or("-");
        if with.chars().count() > 4 {
            return Err(tera::Error::message(
                "underline(): char must be at most 4 characters",
            ));
        }
        Ok(filters::underline(&plain(&v), with))
    });
    filter(tera, b, "md", |v: Value, _| {
        Ok(filters::markdown(&plain(&v)))
    });
    filter(tera, b, "md_lines", |v: Value, _| {
        Ok(filters::markdown_lines(&plain(&v)))
    });
    filter(tera, b, "md_cell", |v: Value, _| {
        Ok(filters::markdown_cell(&plain(&v)))
    });
    filter(tera, b, "csv", |v: Value, _| {
        Ok(filters::csv_field(&plain(&v)))
    });
}

/// A value as text: strings as they are, numbers as tera prints them, none as empty.
fn plain(v: &Value) -> String {
    if v.is_none() || v.is_undefined() {
        String::new()
    } else {
        v.as_str().map_or_else(|| v.to_string(), str::to_owned)
    }
}

/// For a template that ends inside a block, where that block starts: tera points at the end
/// of the file, where nothing is wrong.
fn unclosed_hint(e: &tera::Error, text: &str) -> Option<Msg> {
    if !describe(e).contains("Unexpected end of input") {
        return None;
    }
    super::unclosed::unclosed_block(text)
        .map(|(tag, line)| crate::msg!("report-hint-unclosed", tag = tag, line = line))
}

fn describe(e: &tera::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str("\n  caused by: ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::report::TemplateOrigin;

    fn empty() -> std::collections::BTreeMap<String, String> {
        std::collections::BTreeMap::new()
    }

    fn template(text: &str) -> Template {
        Template {
            name: "bomb.md.tera".into(),
            text: text.into(),
            origin: TemplateOrigin::Builtin,
        }
    }

    #[test]
    fn loops_that_call_nothing_of_ours_are_stopped_by_the_clock() {
        // 2^18 characters split into an array, looped over inside itself: 68 billion
        // iterations that never write, filter or call a function of integra's.
        let bomb = "{% set_global s = \"x\" %}{% for i in range(end=18) %}\
                    {% set_global s = s ~ s %}{% endfor %}{% set_global a = s | split(pat=\"\") %}\
                    {% for x in a %}{% for y in a %}{% endfor %}{% endfor %}done";
        let limits = Limits {
            time: Duration::from_millis(300),
            ..Limits::default()
        };
        let started = Instant::now();
        let result = render_within(
            &empty(),
            Lang::En,
            ReportFormat::Markdown,
            &template(bomb),
            limits,
        );
        assert!(
            matches!(
                result,
                Err(ReportError::Budget {
                    what: Exceeded::Time,
                    ..
                })
            ),
            "{result:?}"
        );
        // The caller is answered once the budget is spent, not when the loops end.
        assert!(started.elapsed() < Duration::from_secs(600));
    }

    #[test]
    fn a_template_within_its_budget_renders_as_before() {
        let text = "{% for i in range(end=3) %}{{ i }}{{ 2.5 | num(digits=2) }}{% endfor %}";
        let out = render(&empty(), Lang::En, ReportFormat::Text, &template(text)).unwrap();
        assert_eq!(out, "02.5012.5022.50");
    }

    #[test]
    fn rendered_text_is_escaped_at_the_edge() {
        let text = "{{ \"a\\u{1b}[2Jb\" }}";
        let t = template(&text.replace("\\u{1b}", "\u{1b}"));
        let out = render(&empty(), Lang::En, ReportFormat::Text, &t).unwrap();
        assert_eq!(out, "a\\u{1b}[2Jb");
    }
}
