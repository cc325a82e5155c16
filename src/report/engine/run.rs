//! Running one render: the template on a thread of its own under a [`Budget`], the caller
//! waiting only as long as the budget allows, and tera's errors turned into [`ReportError`]s
//! (with a hint where an unclosed block starts). The text is passed through
//! [`crate::safe_text::escape`] last.
//!
//! Must not: register filters (that is [`super`]) or choose the template or language (the
//! caller does).

use std::error::Error as _;
use std::sync::{Arc, mpsc};
use std::time::Duration;

use tera::{Context, Kwargs, State, TeraResult, Value};

use super::engine_within;
use crate::diagnostic::Msg;
use crate::i18n::Lang;
use crate::report::TemplateOrigin;
use crate::report::budget::{self, Budget, Capped, Exceeded, Limits};
use crate::report::templates::Template;
use crate::report::words::Translate;
use crate::report::{ReportError, ReportFormat};

/// Renders `ctx` (a report's or a portfolio's context) with `template` for `format`;
/// integra's own words (the `t` function) are in `lang`.
pub fn render(
    ctx: &impl serde::Serialize,
    lang: Lang,
    format: ReportFormat,
    template: &Template,
) -> Result<String, ReportError> {
    render_within(ctx, lang, format, template, Limits::default(), Vec::new)
}

/// [`render`] with `extra` values beside `ctx`'s, made by integra as tera's values already
/// (e.g. the appendix's rows). They are made while the render thread makes the engine ready.
pub fn render_with_values(
    ctx: &impl serde::Serialize,
    lang: Lang,
    format: ReportFormat,
    template: &Template,
    extra: impl FnOnce() -> Vec<(&'static str, Value)>,
) -> Result<String, ReportError> {
    render_within(ctx, lang, format, template, Limits::default(), extra)
}

/// [`render_with_values`] within `limits`.
pub fn render_within(
    ctx: &impl serde::Serialize,
    lang: Lang,
    format: ReportFormat,
    template: &Template,
    limits: Limits,
    extra: impl FnOnce() -> Vec<(&'static str, Value)>,
) -> Result<String, ReportError> {
    let fail = |e: &tera::Error| ReportError::Template {
        name: template.name.clone(),
        message: Msg::Raw(describe(e)),
        hint: unclosed_hint(e, &template.text),
    };
    // The clock starts here: making the context (below, while the render thread makes the
    // template ready) counts against the render's time too.
    let budget = Budget::new(limits);
    let job = Job {
        lang,
        format,
        template: template.clone(),
        budget: Arc::clone(&budget),
    };
    let (context_tx, context_rx) = mpsc::channel::<Context>();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("report".into())
        // As much stack as the main thread has, which rendered reports before.
        .stack_size(8 * 1024 * 1024)
        .spawn(move || {
            // The engine, integra's words and the template are made ready while the caller
            // turns the report into tera's values: the two steps side by side.
            let ready = job.prepare();
            // No context comes when the caller could not make one: nothing to render.
            let Ok(context) = context_rx.recv() else {
                return;
            };
            let rendered = ready.and_then(|tera| job.render(&tera, &context));
            // The caller is answered before the context is freed: for a large report, taking
            // apart the template's copy of it is a good part of a render's time.
            let _ = tx.send(rendered);
            drop(context);
        });
    if let Err(e) = spawned {
        return Err(ReportError::Template {
            name: template.name.clone(),
            message: Msg::Raw(e.to_string()),
            hint: None,
        });
    }
    let mut context = Context::from_serialize(ctx).map_err(|e| fail(&e))?;
    for (name, value) in extra() {
        context.insert_value(name, value);
    }
    // The render thread is waiting for it; if it has ended, `watch` says so.
    let _ = context_tx.send(context);
    let outcome = watch(&rx, &budget);
    let stopped = |what| ReportError::Budget {
        name: template.name.clone(),
        what,
        limits,
    };
    match (outcome, budget.exceeded()) {
        (_, Some(what)) => Err(stopped(what)),
        (Some(Ok(text)), None) => {
            // Most reports have nothing to escape: keep the text rather than copy it.
            Ok(match crate::safe_text::escape(&text) {
                std::borrow::Cow::Borrowed(_) => text,
                std::borrow::Cow::Owned(escaped) => escaped,
            })
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
fn watch(rx: &mpsc::Receiver<TeraResult<String>>, budget: &Budget) -> Option<TeraResult<String>> {
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

/// One render, owned, so that it can run on its own thread (the context comes after).
struct Job {
    lang: Lang,
    format: ReportFormat,
    template: Template,
    budget: Arc<Budget>,
}

impl Job {
    /// The engine with its filters and words, and the template parsed: all but the context.
    fn prepare(&self) -> TeraResult<tera::Tera> {
        let mut tera = engine_within(self.format, self.lang, &self.budget);
        tera.register_function(
            "t",
            Checked {
                words: Translate::new(self.lang, self.format),
                budget: Arc::clone(&self.budget),
            },
        );
        tera.add_raw_template(&self.template.name, &self.template.text)?;
        Ok(tera)
    }

    /// The template rendered with `context`.
    ///
    /// integra's own templates go through tera's `render`, whose interpreter is compiled
    /// with tera (`opt-level = "s"`). Rendering into the [`Capped`] writer builds a copy of
    /// the interpreter for that writer inside integra, at `"z"`: 3.8 % more instructions for a
    /// report of 2,000 questions, 2.5–8 % more time. The writer's checks are for templates
    /// from elsewhere, which may be written to run away (see `tests/it/template_bombs.rs`); a
    /// built-in template still answers to the budget in every filter and `t` call, and its
    /// output to the size limit once it is done.
    fn render(&self, tera: &tera::Tera, context: &Context) -> TeraResult<String> {
        if self.template.origin == TemplateOrigin::Builtin {
            let text = tera.render(&self.template.name, context)?;
            if self.budget.past_output(text.len()) {
                return Err(tera::Error::message("report budget spent"));
            }
            return Ok(text);
        }
        let mut out = Capped {
            budget: Arc::clone(&self.budget),
            bytes: Vec::new(),
        };
        tera.render_to(&self.template.name, context, &mut out)?;
        Ok(String::from_utf8(out.bytes)?)
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

/// For a template that ends inside a block, where that block starts: tera points at the end
/// of the file, where nothing is wrong.
fn unclosed_hint(e: &tera::Error, text: &str) -> Option<Msg> {
    if !describe(e).contains("Unexpected end of input") {
        return None;
    }
    crate::report::unclosed::unclosed_block(text)
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

    fn empty() -> std::collections::BTreeMap<String, String> {
        std::collections::BTreeMap::new()
    }

    /// A template given with `--template`: rendered into the capped writer.
    fn template(text: &str) -> Template {
        Template {
            name: "bomb.md.tera".into(),
            text: text.into(),
            origin: TemplateOrigin::File("bomb.md.tera".into()),
        }
    }

    /// The same text as one of integra's own: rendered by tera's `render`.
    fn builtin(text: &str) -> Template {
        Template {
            origin: TemplateOrigin::Builtin,
            ..template(text)
        }
    }

    #[test]
    fn built_in_templates_render_as_templates_from_elsewhere() {
        let text = "{% for i in range(end=3) %}{{ i }} {{ 2.5 | num(digits=2) }} \
                    {{ t(key=\"report-sum\") }} <{{ \"&\" }}>\n{% endfor %}";
        for format in [ReportFormat::Markdown, ReportFormat::Html] {
            let theirs = render(&empty(), Lang::Fr, format, &template(text));
            let ours = render(&empty(), Lang::Fr, format, &builtin(text));
            assert_eq!(ours.unwrap(), theirs.unwrap(), "{format:?}");
        }
    }

    #[test]
    fn a_built_in_template_is_held_to_the_output_limit_once_done() {
        let limits = Limits {
            output: 100,
            ..Limits::default()
        };
        let long = "{% for i in range(end=30) %}{{ i }}-----{% endfor %}";
        for t in [template(long), builtin(long)] {
            let result =
                render_within(&empty(), Lang::En, ReportFormat::Text, &t, limits, Vec::new);
            assert!(
                matches!(
                    result,
                    Err(ReportError::Budget {
                        what: Exceeded::Output,
                        ..
                    })
                ),
                "{:?}: {result:?}",
                t.origin
            );
        }
        let short = builtin("{% for i in range(end=3) %}{{ i }}{% endfor %}");
        let out = render_within(
            &empty(),
            Lang::En,
            ReportFormat::Text,
            &short,
            limits,
            Vec::new,
        );
        assert_eq!(out.unwrap(), "012");
    }

    /// The render thread starts before the context is made: a context that cannot be made
    /// is the caller's error, and the waiting thread ends; a broken template is still told.
    #[test]
    fn a_context_that_fails_or_a_broken_template_is_an_error() {
        struct Unserialisable;
        impl serde::Serialize for Unserialisable {
            fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
                Err(serde::ser::Error::custom("no context here"))
            }
        }
        let out = render(
            &Unserialisable,
            Lang::En,
            ReportFormat::Markdown,
            &template("x"),
        );
        assert!(
            matches!(&out, Err(ReportError::Template { message, .. }) if format!("{message:?}").contains("no context here")),
            "{out:?}"
        );
        let broken = template("{% if x %}never closed");
        let out = render(&empty(), Lang::En, ReportFormat::Markdown, &broken);
        assert!(matches!(out, Err(ReportError::Template { .. })), "{out:?}");
        assert_eq!(
            render(&empty(), Lang::En, ReportFormat::Markdown, &template("ok")).unwrap(),
            "ok"
        );
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
            Vec::new,
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
