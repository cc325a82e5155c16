//! `integra aggregate`: many sessions of one framework in one table, in every format, and the
//! errors for sessions that cannot share the table.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::Path;
use std::process::{Command, Output};

const FRAMEWORK: &str = "tests/fixtures/report/readiness.toml";
const SESSIONS: [&str; 4] = [
    "tests/fixtures/aggregate/kampala.toml",
    "tests/fixtures/aggregate/mombasa.toml",
    "tests/fixtures/report/session.toml",
    "tests/fixtures/aggregate/unanswered.toml",
];

fn integra(args: &[&str], config: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_integra"))
        // English whatever the machine's locale; a test that wants a language sets it.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("aggregate")
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// The portfolio of the fixture sessions in `format`, with the version made stable.
fn portfolio(format: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut args = SESSIONS.to_vec();
    args.extend(["--framework", FRAMEWORK, "--format", format]);
    let out = integra(&args, dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().replace(
        concat!("integra ", env!("CARGO_PKG_VERSION")),
        "integra [version]",
    )
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!("aggregate_md", portfolio("md"));
}

#[test]
fn html_snapshot() {
    insta::assert_snapshot!("aggregate_html", portfolio("html"));
}

#[test]
fn csv_snapshot() {
    insta::assert_snapshot!("aggregate_csv", portfolio("csv"));
}

#[test]
fn rows_are_sorted_by_country_then_site_and_summarised() {
    let csv = portfolio("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines.len(),
        1 + 4,
        "the header and the four sessions: no summary row among the data"
    );
    let order: Vec<&str> = ["Central drop-in", "Mombasa", "New partner", "Kampala"]
        .into_iter()
        .map(|s| lines.iter().find(|l| l.contains(s)).copied().unwrap())
        .collect();
    assert_eq!(
        order,
        lines[1..5],
        "Kenya (by site, no site last) before Uganda"
    );
    // Overall scores 73.3, 96.7, none and 8.3: the median of three is 73.3, the mean 59.4.
    let md = portfolio("md");
    let row = |name: &str| md.lines().find(|l| l.starts_with(name)).unwrap().to_owned();
    assert!(row("| **Median**").contains("| **73.3** |"), "{md}");
    assert!(row("| **Mean**").contains("| 59.4 |"), "{md}");
    for band in [
        "- Building readiness: 1",
        "- Ready to integrate: 1",
        "- No score yet: 1",
    ] {
        assert!(md.contains(band), "{band} in {md}");
    }
}

#[test]
fn text_from_sessions_cannot_become_formulas_or_markup() {
    let csv = portfolio("csv");
    assert!(csv.contains("'=SUM(A1)"), "formula neutralised:\n{csv}");
    let html = portfolio("html");
    assert!(html.contains("&lt;b&gt;Unity&lt;/b&gt; &amp; Co"), "{html}");
    assert!(!html.contains("<b>Unity"));
    assert!(!html.contains("<script"));
    assert!(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
    roxmltree::Document::parse_with_options(
        html.trim_start_matches("<!DOCTYPE html>"),
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap();
}

#[test]
fn another_version_of_the_framework_is_noted() {
    let md = portfolio("md");
    assert!(md.contains("kampala.toml' (version 2.0.0)"), "{md}");
}

#[test]
fn sessions_of_another_framework_are_an_error_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let out = integra(
        &[
            SESSIONS[0],
            "tests/fixtures/answers/minimal-building.toml",
            SESSIONS[1],
            "--framework",
            FRAMEWORK,
        ],
        dir.path(),
    );
    assert!(!out.status.success());
    assert!(
        out.stdout.is_empty(),
        "no table when a session does not fit"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("'tests/fixtures/answers/minimal-building.toml' is 'minimal'"),
        "{err}"
    );
    assert!(err.contains("framework 'report-fixture'"), "{err}");
    assert!(
        !err.contains("mombasa"),
        "sessions that fit are not blamed: {err}"
    );
}

#[test]
fn unreadable_sessions_are_located_errors_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "framework = \"report-fixture\"\n[answers\nreferral = 1\n",
    )
    .unwrap();
    let out_file = dir.path().join("all.md");
    let out = integra(
        &[
            SESSIONS[1],
            bad.to_str().unwrap(),
            "--framework",
            FRAMEWORK,
            "-o",
            out_file.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{}:2:", bad.display())),
        "file:line:col in: {err}"
    );
    assert!(!out_file.exists(), "no partial portfolio");
}

#[cfg(unix)]
#[test]
fn output_file_is_private_and_its_extension_picks_the_format() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.html");
    let out = integra(
        &[
            SESSIONS[1],
            SESSIONS[2],
            "--framework",
            FRAMEWORK,
            "-o",
            path.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

/// A principle's column header and its line in the legend carry the same number and title
/// (the legend once counted from 1 while the columns counted from 2, past the context
/// principle, so "2" in the table read as the wrong principle).
#[test]
fn the_legend_numbers_the_principles_as_the_columns_do() {
    let html = portfolio("html");
    let doc = roxmltree::Document::parse_with_options(
        html.trim_start_matches("<!DOCTYPE html>"),
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap();
    let columns: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("th") && n.attribute("title").is_some())
        .map(|n| {
            (
                n.text().unwrap().to_owned(),
                n.attribute("title").unwrap().to_owned(),
            )
        })
        .collect();
    let legend: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("li") && n.attribute("value").is_some())
        .map(|n| {
            (
                n.attribute("value").unwrap().to_owned(),
                n.text().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(columns.len(), 2, "{columns:?}");
    assert_eq!(columns, legend);
    let md = portfolio("md");
    for (number, title) in &columns {
        assert!(md.contains(&format!("\n{number}. {title}")), "{md}");
    }
}

#[test]
fn html_has_a_heatmap_of_principles_by_site_shaded_by_band() {
    let html = portfolio("html");
    let start = html.find("<table class=\"heat\">").unwrap();
    let heat = &html[start..start + html[start..].find("</table>").unwrap()];
    // Columns: the principle, then one per session by site, in the sessions table's order.
    let columns_head = &heat[..heat.find("</thead>").unwrap()];
    let sites: Vec<&str> = ["Central drop-in centre", "Kampala hub", "Mombasa clinic"]
        .into_iter()
        .map(|s| columns_head.find(s).map(|_| s).unwrap())
        .collect();
    assert!(
        columns_head.find(sites[2]) < columns_head.find(sites[1]),
        "Kenya before Uganda: {columns_head}"
    );
    // Rows: overall, then each scored principle (three bands: shades 0, 2 and 4).
    assert_eq!(heat.matches("<tr><th scope=\"row\">").count(), 3, "{heat}");
    // Kampala: Services 10 and People 5 fall in the lowest band; Mombasa's People 90 in the
    // top one; the capped session's overall is shaded by the band it reached, marked ↓.
    assert!(heat.contains("<th scope=\"row\">1. Services</th>"));
    assert!(heat.contains("<td class=\"shade-0\">10</td>"), "{heat}");
    assert!(heat.contains("<td class=\"shade-4\">90</td>"), "{heat}");
    assert!(heat.contains("<strong>73</strong> ↓</td>"), "{heat}");
    assert!(
        heat.contains("<td>–</td>"),
        "the unanswered session: {heat}"
    );
    assert!(html.contains("<span class=\"swatch shade-2\"></span>Building readiness"));
}

#[test]
fn stats_are_a_csv_of_their_own_and_csv_locale_applies() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = SESSIONS.to_vec();
    args.extend(["--framework", FRAMEWORK, "--format", "csv", "--stats"]);
    let out = integra(&args, dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stats = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = stats.lines().collect();
    assert_eq!(rows[0], "statistic,overall,1. Services,2. People");
    // Overall 8.3, 73.3 and 96.7 (the unanswered session has none): median 73.3.
    assert!(rows[1].starts_with("median,73.3,"), "{stats}");
    assert!(rows[2].starts_with("mean,59.4,"), "{stats}");
    assert_eq!(rows[3], "sessions_scored,3,3,3");
    assert_eq!(rows.len(), 4);
    let sessions = portfolio("csv");
    assert!(!sessions.contains("median") && !sessions.contains("mean,"));
    args.push("--csv-locale");
    args.push("fr");
    let out = integra(&args, dir.path());
    let stats = String::from_utf8(out.stdout).unwrap();
    assert!(
        stats.starts_with("statistic;overall;1. Services;2. People\nmedian;73,3;"),
        "{stats}"
    );
    let out = integra(
        &[
            SESSIONS[0],
            "--framework",
            FRAMEWORK,
            "--format",
            "md",
            "--stats",
        ],
        dir.path(),
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--stats applies to the CSV portfolio"),
        "{err}"
    );
}
