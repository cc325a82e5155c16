//! The command line, end to end: the real binary on fixture files, exact messages checked.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::cmd;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Output;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// Runs `integra` from inside the repository with a private, empty home, so no user file
/// and no `./frameworks` folder other than the repository's can change the result.
fn integra(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    cmd::integra_at_repo(home.path())
        .args(args)
        .output()
        .unwrap()
}

/// Writes the minimal fixture framework to `path` with one replacement (an id, a title...).
fn write_minimal(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(fixture("valid/minimal.toml")).unwrap();
    assert!(text.contains(from), "the fixture has no {from:?}");
    std::fs::write(path, text.replace(from, to)).unwrap();
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn every_invalid_fixture_fails_with_its_exact_message() {
    let dir = fixture("invalid");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    names.sort();
    assert!(names.len() >= 15, "expected one fixture per error class");
    for path in names {
        let rel = format!(
            "tests/fixtures/invalid/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let out = integra(&["validate", &rel]);
        assert_eq!(out.status.code(), Some(1), "{rel} should fail validation");
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("validate-{name}"), stdout(&out));
    }
}

#[test]
fn a_valid_framework_passes_with_exit_zero() {
    let rel = "frameworks/pwud-hiv-srhr-integration.toml";
    let out = integra(&["validate", rel]);
    let said = stdout(&out);
    assert!(said.ends_with(&format!("{rel}: ok\n")), "{said}");
    assert!(out.status.success());
}

#[test]
fn shipped_frameworks_validate_without_a_warning() {
    // Including the "gates that cannot bite" checks (issue 10).
    for id in [
        "pwud-hiv-srhr-integration",
        "quick-check",
        "peer-involvement",
    ] {
        let rel = format!("frameworks/{id}.toml");
        let out = integra(&["validate", "--format", "json", &rel]);
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let found: Vec<&str> = v["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["message"].as_str().unwrap())
            .collect();
        assert_eq!(found, Vec::<&str>::new(), "{id}");
    }
}

#[test]
fn coverage_minimums_and_tiered_gates_validate() {
    let out = integra(&["validate", "tests/fixtures/valid/verdict.toml"]);
    assert_eq!(stdout(&out), "tests/fixtures/valid/verdict.toml: ok\n");
    assert!(out.status.success());
}

#[test]
fn gates_that_cannot_bite_are_warned_about_with_their_exact_message() {
    // One fixture per kind (issues 10 and 16.5): a cap at the top band (plain and tier), a
    // gate every level but the lowest passes, a min_score between two levels' position
    // scores, and a gated question a condition can hide (not warned when marked safe).
    for (name, count) in [
        ("gate-top-cap", 2),
        ("gate-weak", 1),
        ("gate-between-levels", 1),
        ("gate-hidden", 2),
        ("lowest-min-coverage", 1),
    ] {
        let rel = format!("tests/fixtures/warnings/{name}.toml");
        let out = integra(&["validate", &rel]);
        assert!(out.status.success(), "warnings alone exit 0");
        let text = stdout(&out);
        let plural = if count == 1 { "" } else { "s" };
        assert!(
            text.ends_with(&format!("{rel}: ok, 0 errors, {count} warning{plural}\n")),
            "{text}"
        );
        insta::assert_snapshot!(format!("validate-{name}"), text);
    }
    let fr = integra(&[
        "validate",
        "--lang",
        "fr",
        "tests/fixtures/warnings/gate-between-levels.toml",
    ]);
    insta::assert_snapshot!("validate-gate-between-levels-fr", stdout(&fr));
}

#[test]
fn warnings_are_located_but_do_not_fail_validation() {
    let out = integra(&["validate", "tests/fixtures/warnings/lint.toml"]);
    assert!(out.status.success(), "warnings alone exit 0");
    let text = stdout(&out);
    assert!(text.ends_with("tests/fixtures/warnings/lint.toml: ok, 0 errors, 9 warnings\n"));
    insta::assert_snapshot!("validate-warnings", text);
    let json = integra(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/warnings/lint.toml",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(v["files"][0]["ok"], true);
    assert_eq!(v["files"][0]["diagnostics"][0]["severity"], "warning");
}

#[test]
fn a_principle_weight_written_below_its_first_question_is_a_warning() {
    let file = "tests/fixtures/warnings/principle-weight-below-question.toml";
    let out = integra(&["validate", file]);
    assert!(out.status.success(), "a warning alone exits 0");
    let text = stdout(&out);
    assert!(
        text.contains(
            "principle-weight-below-question.toml:45:10: warning: 'weight' here weighs question \
             'referral', not principle 'services' (which keeps weight 1)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "  = hint: if it is meant for principle 'services', move it above the first \
             [[principles.questions]]"
        ),
        "{text}"
    );
}

#[test]
fn toml_syntax_errors_are_worded_in_the_readers_language() {
    let file = "tests/fixtures/invalid/syntax-error-and-more.toml";
    let out = integra(&["validate", "--lang", "fr", file]);
    let text = stdout(&out);
    assert!(
        text.contains(
            "syntax-error-and-more.toml:3:25: erreur: ce texte n'a pas de guillemet fermant : \
             une chaîne doit finir sur la ligne où elle commence\n"
        ),
        "{text}"
    );
    assert!(!text.contains("invalid basic string"), "{text}");
    assert!(
        text.contains("6 erreurs"),
        "the other problems are found too: {text}"
    );
}

#[test]
fn every_shipped_framework_validates() {
    let mut args = vec!["validate"];
    let files: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("frameworks"))
            .unwrap()
            .map(|e| format!("frameworks/{}", e.unwrap().file_name().to_string_lossy()))
            .collect();
    assert!(files.len() >= 3);
    args.extend(files.iter().map(String::as_str));
    let out = integra(&args);
    assert!(out.status.success(), "{}", stdout(&out));
}

#[test]
fn validate_reports_problems_in_every_file_given() {
    let out = integra(&[
        "validate",
        "tests/fixtures/invalid/unknown-kind.toml",
        "tests/fixtures/valid/minimal.toml",
        "tests/fixtures/invalid/gapped-bands.toml",
    ]);
    let text = stdout(&out);
    assert!(text.contains("unknown-kind.toml:48:8: error:"), "{text}");
    assert!(text.contains("minimal.toml: ok"), "{text}");
    assert!(text.contains("gapped-bands.toml:92:7: error:"), "{text}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn validate_json_lists_located_diagnostics() {
    let out = integra(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/invalid/many-errors.toml",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let diags = v["files"][0]["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 4);
    assert_eq!(diags[1]["line"], 48);
    assert_eq!(diags[1]["column"], 8);
    assert_eq!(diags[1]["hint"], "did you mean 'yes_no'?");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn validate_json_names_the_first_copy_of_a_duplicate_id() {
    let out = integra(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/invalid/duplicate-id.toml",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["message"], "duplicate question id 'referral'");
    assert_eq!(d["note"], "the first question 'referral' is on line 39");
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.toml");
    std::fs::write(&path, "# x\n".repeat(3 * 1024 * 1024)).unwrap();
    let out = integra(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("files over 4194304 bytes (4 MiB) are refused"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn truncated_and_binary_files_never_panic() {
    let text = std::fs::read(fixture("valid/minimal.toml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    junk.extend_from_slice(b"\0\0id = \"x\"");
    let mut cases: Vec<Vec<u8>> = (0..text.len())
        .step_by(97)
        .map(|n| text[..n].to_vec())
        .collect();
    cases.push(junk);
    cases.push(Vec::new());
    for (i, bytes) in cases.iter().enumerate() {
        let path = dir.path().join(format!("case{i}.toml"));
        std::fs::write(&path, bytes).unwrap();
        let out = integra(&["validate", path.to_str().unwrap()]);
        let code = out.status.code();
        assert!(
            code == Some(0) || code == Some(1),
            "case {i}: {code:?} {}",
            stderr(&out)
        );
        assert!(
            !stderr(&out).contains("panicked"),
            "case {i}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn score_matches_the_formula_by_hand() {
    let out = integra(&[
        "score",
        "tests/fixtures/answers/minimal-building.toml",
        "--framework",
        "tests/fixtures/valid/minimal.toml",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let overall = v["overall"]["score"].as_f64().unwrap();
    // services = (2 × 0.5 + 1 × 0.6) ÷ (2 + 1) × 100; context has no scored question.
    assert!((overall - 160.0 / 3.0).abs() < 1e-9, "{overall}");
    assert_eq!(v["overall"]["band"]["id"], "building");
    assert_eq!(v["overall"]["coverage"]["answered"], 2);
    assert_eq!(v["overall"]["coverage"]["applicable"], 2);
    assert_eq!(v["principles"][0]["id"], "context");
    assert!(v["principles"][0]["score"].is_null());
    assert_eq!(v["principles"][1]["id"], "services");
    assert_eq!(v["gates"][0]["id"], "referral-followup");
    assert_eq!(v["gates"][0]["passed"], true);
    let abortion = &v["principles"][1]["questions"][1];
    assert_eq!(abortion["id"], "abortion");
    assert_eq!(abortion["status"], "hidden");
}

#[test]
fn a_failed_gate_caps_the_band_and_says_why() {
    let out = integra(&[
        "score",
        "tests/fixtures/answers/minimal-capped.toml",
        "--framework",
        "tests/fixtures/valid/minimal.toml",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_snapshot!("score-capped-text", stdout(&out));
}

#[test]
fn bad_answers_are_all_reported_with_places() {
    let out = integra(&[
        "score",
        "tests/fixtures/answers/minimal-bad.toml",
        "--framework",
        "tests/fixtures/valid/minimal.toml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("score-bad-answers", stderr(&out));
}

#[test]
fn unknown_framework_ids_get_a_suggestion() {
    let out = integra(&["outline", "quick-chek"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "no framework with id 'quick-chek'\n  = hint: did you mean 'quick-check'? (`integra frameworks` lists them all)\n"
    );
}

#[test]
fn frameworks_lists_the_built_in_ones() {
    let out = integra(&["frameworks"]);
    let text = stdout(&out);
    for id in [
        "pwud-hiv-srhr-integration",
        "quick-check",
        "peer-involvement",
    ] {
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| l.split_whitespace().next() == Some(id))
            .collect();
        // Run from the repository, ./frameworks holds the very files built in: one line
        // each, naming the copy used and the identical built-in one.
        assert_eq!(lines.len(), 1, "{id} listed once:\n{text}");
        assert!(
            lines[0].ends_with(&format!(
                "frameworks/{id}.toml (used; the same as built-in)"
            )),
            "{text}"
        );
    }
}

#[test]
fn schema_describes_the_format_from_the_model() {
    let out = integra(&["schema"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["title"], "Framework");
    let required: Vec<&str> = v["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert_eq!(required, ["id", "version", "title"]);
    let question = &v["$defs"]["Question"];
    assert_eq!(
        question["additionalProperties"], false,
        "unknown keys are refused"
    );
    assert!(question["properties"]["show_if"].is_object());
    // The verdict syntax (issue 10): coverage minimums and tiered gates.
    assert!(v["properties"]["coverage"].is_object());
    assert!(v["$defs"]["CoveragePolicy"]["properties"]["min_for_band"].is_object());
    assert!(v["$defs"]["Band"]["properties"]["min_coverage"].is_object());
    assert!(v["$defs"]["Gate"]["properties"]["tiers"].is_object());
    assert_eq!(
        v["$defs"]["Gate"]["properties"]["safe_when_hidden"]["type"],
        "boolean"
    );
    let tier = &v["$defs"]["GateTier"];
    assert_eq!(tier["required"], serde_json::json!(["cap"]));
    assert_eq!(tier["additionalProperties"], false);
    assert!(question["properties"]["renamed_from"].is_object());
    // Workshop mode (issue 13): roles, the divergence gap and its unit, time budgets.
    let workshop = &v["$defs"]["WorkshopPolicy"];
    assert_eq!(workshop["additionalProperties"], false);
    assert!(workshop["properties"]["roles"].is_object());
    let gap = workshop["properties"]["divergence_gap"]["description"]
        .as_str()
        .unwrap();
    assert!(
        gap.contains("fraction") && gap.contains("half the scale"),
        "{gap}"
    );
    assert_eq!(
        v["$defs"]["Role"]["required"],
        serde_json::json!(["id", "label"])
    );
    assert!(v["$defs"]["Principle"]["properties"]["minutes"].is_object());
    // The block `integra new` writes and `integra translate` fills is described too.
    let translations = &v["properties"]["translations"]["additionalProperties"];
    assert_eq!(
        translations["additionalProperties"]["anyOf"][1]["properties"]["source"]["type"],
        "string"
    );
    let kinds = serde_json::to_string(&v["$defs"]["QuestionKind"]).unwrap();
    for kind in ["rating", "yes_no", "choice", "checklist", "number", "text"] {
        assert!(
            kinds.contains(&format!("\"{kind}\"")),
            "{kind} missing from {kinds}"
        );
    }
}

#[test]
fn deeply_nested_input_is_refused_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.toml");
    std::fs::write(
        &path,
        format!("id = {}{}\n", "[".repeat(50_000), "]".repeat(50_000)),
    )
    .unwrap();
    let out = integra(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(":1:") && text.contains("max recursion depth"),
        "{}",
        &text[..text.len().min(400)]
    );
}

#[test]
fn thousands_of_problems_are_counted_not_all_shown() {
    let base = std::fs::read_to_string(fixture("valid/minimal.toml")).unwrap();
    let mut text = base.replace(
        "[[gates]]",
        "[[principles]]\nid = \"gen\"\ntitle = \"Generated\"\n[[gates]]",
    );
    let mut questions = String::new();
    for i in 0..1000 {
        let _ = write!(
            questions,
            "[[principles.questions]]\nid = \"g{i}\"\nkind = \"rating\"\nscale = \"nope\"\ntext = \"Q\"\n"
        );
    }
    text = text.replace("[[gates]]", &format!("{questions}[[gates]]"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.toml");
    std::fs::write(&path, text).unwrap();
    let out = integra(&["validate", path.to_str().unwrap()]);
    let text = stdout(&out);
    assert_eq!(
        text.matches(": error: question 'g").count(),
        200,
        "{}",
        &text[..500]
    );
    assert!(
        text.contains("error: 800 more problems not shown"),
        "{}",
        &text[text.len() - 500..]
    );
    assert_eq!(out.status.code(), Some(1));
}

/// The README's example, scored against the shipped quick check. Each principle by hand:
/// readiness (2·¾ + 2·⅔)/4; stigma (2·⅔ + 2·1 + 2·1)/6; referral (2·½ + ⅔)/3; gender ⅔
/// (don't know drops out); peers ½ (unanswered drops out); services (2·9/18 + 2·1 + 2·½ + ½
/// plus 0)/8. Overall weights 1, 2, 2, 1, 1, 2 over 9. The score alone is "pilot", and five
/// gates met only partly cap it there too.
#[test]
fn quick_check_example_scores_as_worked_by_hand() {
    let out = integra(&[
        "score",
        "examples/quick-check-answers.toml",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let expected = [
        ("readiness", 425.0 / 6.0),
        ("stigma", 800.0 / 9.0),
        ("referral", 500.0 / 9.0),
        ("gender", 200.0 / 3.0),
        ("peers", 50.0),
        ("services", 56.25),
    ];
    for (i, (id, score)) in expected.iter().enumerate() {
        assert_eq!(v["principles"][i]["id"], *id);
        let got = v["principles"][i]["score"].as_f64().unwrap();
        assert!((got - score).abs() < 1e-9, "{id}: {got} != {score}");
    }
    let overall = v["overall"]["score"].as_f64().unwrap();
    let by_hand =
        (425.0 / 6.0 + 2.0 * 800.0 / 9.0 + 2.0 * 500.0 / 9.0 + 200.0 / 3.0 + 50.0 + 2.0 * 56.25)
            / 9.0;
    assert!((overall - by_hand).abs() < 1e-9, "{overall} != {by_hand}");
    assert_eq!(v["overall"]["band"]["id"], "pilot");
    assert_eq!(v["overall"]["coverage"]["answered"], 14);
    assert_eq!(v["overall"]["coverage"]["applicable"], 16);
    let failed: Vec<&str> = v["gates"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["passed"] == false)
        .map(|g| g["cap"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["pilot"; 5], "{}", v["gates"]);
    // Top action: referral_route, (2/9)·(2/3)·(1 − ½)·100 points at stake.
    assert_eq!(v["actions"][0]["question"], "referral_route");
    let priority = v["actions"][0]["priority"].as_f64().unwrap();
    assert!((priority - 200.0 / 27.0).abs() < 1e-9, "{priority}");
}

#[test]
fn user_frameworks_are_found_listed_and_selected_by_id() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/integra/frameworks");
    std::fs::create_dir_all(&dir).unwrap();
    write_minimal(
        &dir.join("mine.toml"),
        "id = \"minimal\"",
        "id = \"our-own\"",
    );
    std::fs::write(dir.join("broken.toml"), "id = ").unwrap();
    let run = |args: &[&str]| {
        cmd::integra_in(home.path(), home.path())
            .args(args)
            .output()
            .unwrap()
    };
    let list = stdout(&run(&["frameworks"]));
    let mine = list
        .lines()
        .find(|l| l.starts_with("our-own"))
        .unwrap_or_else(|| panic!("{list}"));
    assert!(mine.ends_with("mine.toml"), "{mine}");
    let broken = list.lines().find(|l| l.contains("broken.toml")).unwrap();
    assert!(
        broken.starts_with("(invalid)") && broken.contains("integra validate"),
        "{broken}"
    );
    let outline = run(&["outline", "our-own"]);
    assert!(
        stdout(&outline).starts_with("Minimal example (our-own 1.0.0)"),
        "{}",
        stderr(&outline)
    );
}

#[test]
fn a_session_on_an_uninstalled_framework_file_scores_from_its_recorded_path() {
    let dir = tempfile::tempdir().unwrap();
    let fw_path = dir.path().join("ours.toml");
    write_minimal(&fw_path, "id = \"minimal\"", "id = \"ours\"");
    let session = dir.path().join("session.toml");
    std::fs::write(
        &session,
        format!(
            "framework = \"ours\"\n[answers]\nreferral = 2\n[session]\nframework_path = {:?}\n",
            fw_path.to_str().unwrap()
        ),
    )
    .unwrap();
    let out = integra(&["score", session.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["framework"], "ours");
    assert_eq!(v["overall"]["score"], 100.0);
    // Without the recorded path the id alone is not found.
    std::fs::write(&session, "framework = \"ours\"\n[answers]\nreferral = 2\n").unwrap();
    let out = integra(&["score", session.to_str().unwrap()]);
    assert!(
        stderr(&out).starts_with("no framework with id 'ours'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn terminal_escapes_in_files_never_reach_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let fw_path = dir.path().join("esc.toml");
    write_minimal(
        &fw_path,
        "title = \"Minimal example\"",
        "title = \"Minimal\\u001b]0;pwned\\u0007 example\\u001b[2J\"",
    );
    let answers = dir.path().join("a.toml");
    std::fs::write(
        &answers,
        "framework = \"minimal\"\n[meta]\nprogramme = \"Nova\\u001b[31m\"\n[answers]\nreferral = 1\n[notes]\nreferral = \"line one\\nline\\u009b two\"\n",
    )
    .unwrap();
    for args in [
        vec!["outline", fw_path.to_str().unwrap()],
        vec![
            "score",
            answers.to_str().unwrap(),
            "--framework",
            fw_path.to_str().unwrap(),
        ],
        vec![
            "report",
            answers.to_str().unwrap(),
            "--framework",
            fw_path.to_str().unwrap(),
            "--format",
            "txt",
        ],
    ] {
        let out = integra(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{9b}'),
            "{args:?}: {text:?}"
        );
        assert!(
            text.contains("Minimal]0;pwned example[2J"),
            "the text stays, only the controls go: {text}"
        );
    }
    let report = stdout(&integra(&[
        "report",
        answers.to_str().unwrap(),
        "--framework",
        fw_path.to_str().unwrap(),
        "--format",
        "txt",
    ]));
    assert!(
        report.contains("line one"),
        "notes keep their line breaks: {report}"
    );
}

#[test]
fn outline_shows_a_principles_workshop_time_budget() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("timed.toml");
    write_minimal(
        &path,
        "id = \"services\"\n",
        "id = \"services\"\nminutes = 25\n",
    );
    let out = integra(&["outline", path.to_str().unwrap()]);
    let said = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        said.contains("Services (services, 4 questions, 25 min)"),
        "{said}"
    );
    assert!(said.contains("Context (context, 1 question)\n"), "{said}");
}
