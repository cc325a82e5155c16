# integra's own words, English (the reference catalogue: every key starts here).
# Keys: ui-* the wizard, answer-* answers in words, cond-* conditions in words,
# report-* report templates and report data. Placeables are filled in by the code.

## Screens (header, help)
ui-screen-start = Start
ui-screen-setup = About the assessment
ui-screen-overview = Overview
ui-screen-question = Question
ui-screen-review = Review
ui-screen-results = Results
ui-screen-export = Export

## Window too small
ui-too-small-need = integra needs a window of at least { $size } characters.
ui-too-small-have = This one is { $size }: please make the window larger (or the font smaller).
ui-too-small-quit = Press q to quit; your answers are saved.

## Footer: what a key does (key names themselves are not translated)
ui-key-quit = quit
ui-key-keys = keys
ui-key-move = move
ui-key-change = change
ui-key-open = open
ui-key-field = field
ui-key-next = next
ui-key-back = back
ui-key-review = review
ui-key-results = results
ui-key-edit = edit
ui-key-overview = overview
ui-key-scroll = scroll
ui-key-export = export
ui-key-tick = tick
ui-key-write = write
ui-key-question = question
ui-key-type = type
ui-key-keep = keep
ui-key-note = note
ui-key-done = done
ui-key-choose = choose
ui-key-choose-next = choose+next

## Start screen
ui-start-title = New assessment
ui-start-framework = Framework
ui-start-language = Language
ui-start-no-framework = (no framework found)
ui-start-new = Start a new assessment
ui-start-no-sessions = No saved sessions yet: answers are saved as you give them.
ui-start-resume = Resume a saved session
ui-start-unnamed = (programme not named)

## Setup screen
ui-setup-title = About this assessment
ui-setup-intro = These facts go on the report. All are optional; m edits them later.
ui-setup-continue = Continue
ui-field-programme = Programme
ui-field-site = Site
ui-field-country = Country
ui-field-date = Date
ui-field-facilitator = Facilitator
ui-field-participants = Participants

## Overview
ui-overview-hidden-mark = (hidden)
ui-overview-principle-hint = Enter opens its first unanswered question.
ui-overview-answer = Answer: { $answer }
ui-overview-unanswered = Not answered yet. Enter opens it.
ui-overview-hidden = Hidden: asked only if { $why }.

## Question screen
ui-question-position = { $principle } { $sep } { $n } of { $total }
ui-question-guidance = Guidance:
ui-question-evidence = Evidence:
ui-question-more = (i: more)
ui-question-number = Number:
ui-question-answer = Answer: { $text }
ui-question-write = Write an answer
ui-question-range-both = From { $min } to { $max }.
ui-question-range-min = At least { $min }.
ui-question-range-max = At most { $max }.
ui-question-type-number = Type the number, then Enter.
ui-question-editor-hint = Enter opens the editor; there Enter keeps what you wrote and Esc cancels.
ui-question-note = Note:
ui-question-no-note = No note yet (n to add one).
ui-question-progress = { $answered } of { $total } answered
ui-number-invalid = '{ $typed }' is not a number
ui-number-between = The answer must be between { $min } and { $max }.
ui-number-at-least = The answer must be at least { $min }.
ui-number-at-most = The answer must be at most { $max }.

## Review
ui-review-question = Question
ui-review-answer = Answer
ui-review-not-answered = not answered
ui-review-summary = { $answered } of { $total } answered { $sep } { $unanswered } not answered ({ $mark }) { $sep } { $low } scored low ({ $lowmark })

## Results
ui-results-overall = Overall readiness:
ui-results-capped = Capped (see why below); the score alone would reach: { $band }
ui-results-none = No scored answers yet.
ui-results-coverage = Coverage: { $answered } of { $applicable } applicable scored questions answered ({ $percent }%)
ui-results-principles = Principles
ui-results-not-scored = not scored
ui-results-gates = Gates not passed
ui-results-not-assessed = (not yet assessed)
ui-results-actions = Top recommended actions
ui-results-points = ({ $points } points)

## Export
ui-export-title = Export the report
ui-export-dir = Reports are written to { $dir }
ui-export-anonymous = Leave the facilitator's and participants' names out
ui-export-write = Write the files
ui-export-written = Written:
ui-format-md = Markdown
ui-format-html = HTML (one self-contained page)
ui-format-txt = Plain text
ui-format-json = JSON (for other tools)
ui-format-csv = CSV (one row per question)
ui-format-docx = Word (.docx, to edit and share)
ui-format-xlsx = Spreadsheet (.xlsx, one sheet per table)
ui-format-csv-principle = CSV (one row per principle)

## Popups
ui-quit-title = Quit integra?
ui-quit-saved = Every answer is already saved, in:
ui-quit-nothing = Nothing has been answered yet.
ui-quit-yes = quit
ui-quit-stay = stay
ui-notice-continue = Enter or Esc to continue
ui-notice-changed = This framework has changed
ui-editor-note = Note
ui-editor-answer = Answer
ui-editor-newline = new line
ui-editor-keep = keep
ui-help-title = Keys
ui-help-here = On this screen ({ $screen })
ui-help-everywhere = Everywhere
ui-help-space = choose, or tick a checklist item
ui-help-clear = clear the answer
ui-help-info = the question's guidance in full
ui-help-pages = also PgUp PgDn: previous / next question
ui-help-these-keys = these keys
ui-help-esc = back; closes a window
ui-help-quit = quit (asks first; answers are always saved)
ui-help-present = projector mode: high contrast, fewer words
ui-help-screens = overview, review, results, export
ui-help-meta = edit the assessment's facts
ui-help-mouse-key = mouse
ui-help-mouse = the wheel scrolls, a click chooses
ui-info-title = About this question
ui-info-guidance = Guidance
ui-info-evidence = Evidence to look for
ui-info-why = Why this principle matters
ui-info-low = If it scores low

## Messages
ui-status-hidden = Hidden: this question is asked only if { $why }.
ui-status-all-hidden = Every question of this principle is hidden by earlier answers.
ui-status-first = This is the first question.
ui-save-failed = could not save '{ $path }': { $error }
ui-no-framework = no framework is selected
ui-no-data-folder = there is no data folder to keep sessions in (is HOME set?); pass --session FILE

## Saving, unreadable sessions, preview
ui-too-small-quit-preview = Press q to quit the preview; nothing is saved.
ui-too-small-quit-lose = Your answers are NOT saved: press q again to quit and lose them, or enlarge the window to export them.
ui-too-small-quit-unsaved = Your answers are not saved (--no-save). Press q to quit.
ui-too-small-quit-nosave = Press q to quit; nothing is saved (--no-save).
ui-marker-nosave = Not saving (--no-save)
ui-marker-preview = Preview — nothing is saved
ui-quit-preview = This was a preview: nothing was saved.
ui-quit-nosave-lost = Your answers are NOT saved (--no-save) and will be lost. Export them first (e) to keep them.
ui-quit-exported = Nothing changed since the export, saved in:
ui-quit-save-failed = The last save failed: answers given since are only in memory and are lost on quitting. The file is:
ui-save-exists = '{ $path }' already exists; choose another name, so that no file is replaced
ui-save-title = Could not save
ui-save-in-memory = Your answers are still here, in memory.
ui-save-elsewhere = Save them in another place (a file or a folder):
ui-save-there = save there
ui-save-not-now = not now
ui-save-not-now-status = Not saved: your answers are kept in memory; the next change tries again.
ui-saved-in = Saved in '{ $path }'; answers are saved there from now on.
ui-unreadable-title = This session cannot be read
ui-unreadable-kept = '{ $path }' is kept as it is; nothing will be written over it.
ui-unreadable-backup = Its backup from before the last save can be read: { $path }
ui-unreadable-moves = Opening it moves the unreadable file aside (kept, unchanged).
ui-unreadable-open = open the backup
ui-unreadable-leave = leave it
ui-unreadable-no-backup = There is no readable backup of it.
ui-unreadable-close = close
ui-restored-title = Backup opened
ui-restored-moved = The file could not be read, so it was moved aside, unchanged, to:
ui-restored-open = Its backup from before the last save is open in its place.
ui-start-unreadable = cannot be read: Enter for details
ui-preview-export = This is a preview: nothing is written. To assess for real and export, run `integra run --framework FILE`.

ui-resume-version = Framework '{ $id }' is now version { $now }; this session was saved against version { $was }.
ui-resume-changed = Framework '{ $id }' has changed since this session was saved.
ui-resume-kept = Kept { $kept } { $kept ->
        [one] answer
       *[other] answers
    }. Set aside { $dropped } that no longer fit:
ui-resume-backup = The file as it was is kept at { $path }
ui-resume-untouched = Not saving: { $path } is left as it was, with every answer.
ui-resume-all-fit = { $n ->
        [one] The answer still fits.
       *[other] All { $n } answers still fit.
    }

## Answers in words (wizard and reports)
answer-yes = Yes
answer-partly = Partly
answer-no = No
answer-not-applicable = Not applicable
answer-dont-know = Don't know
answer-none-ticked = None of the options
answer-level = level { $n }

## Conditions in words ('q' is a question id, values are option ids)
cond-and = { $a } and { $b }
cond-or = { $a } or { $b }
cond-not = not ({ $a })
cond-is = is '{ $v }'
cond-one-of = is one of { $v }
cond-at-least = is at least { $v }
cond-at-most = is at most { $v }
cond-includes = includes '{ $v }'

## Command line
cli-needs-terminal = the wizard needs an interactive terminal; for scripts use `integra score ANSWERS.toml`, `integra report` or `integra outline`
cli-wrote-report = Wrote the { $format } report to '{ $path }'.
cli-signals = cannot watch for signals: { $error }
cli-terminal-open = cannot open the terminal: { $error }
cli-terminal-error = terminal error: { $error }
cli-score-overall = Overall: { $score } / 100  { $band }
cli-score-capped = (capped, see why below; the score alone would reach: { $band })
cli-score-none = Overall: no scored answers yet
cli-score-gates = Failed gates
cli-score-actions = Top actions (what holds the band down first, then by points at stake)

## Reports
# Report templates pass $format (md, html, txt, csv; the Word writer passes docx): English
# words some messages per format so that reports stay as they were; other languages may use
# one wording for all. No message carries markup (no <em>, no *stars*, no `backticks`): the
# templates pass emphasised values as arguments (the `em`, `strong` and `code` filters). Plain
# text cannot emphasise, so there a message quotes the value itself (its [txt] variant).
report-label = { $label }:
report-title = Integration readiness report
report-title-programme = Integration readiness report: { $programme }
report-not-recorded = not recorded
report-omitted = omitted
report-anonymous = Names of the facilitator and participants were left out of this report. Notes and free-text answers are kept as they were written: read them for names before sharing.
report-version = version
report-framework-hash = Framework hash
report-coverage = Coverage
report-coverage-value = { $answered } of { $applicable } applicable scored questions answered ({ $percent }%)
report-caution = Caution
report-h-result = Result
report-gates-head = { $format ->
        [html] { $capped ->
            [yes] The band is capped: { $n } { $n ->
                [one] gate
               *[other] gates
            } failed
           *[no] { $n } { $n ->
                [one] gate
               *[other] gates
            } failed
        }
       *[other] { $capped ->
            [yes] The band is capped because { $n } { $n ->
                [one] gate
               *[other] gates
            } failed.
           *[no] { $n } { $n ->
                [one] gate
               *[other] gates
            } failed.
        }
    }
report-gate-explain = A gate is a critical minimum that limits readiness however high the average is{ $capped ->
        [yes] {""}
       *[no] : even a higher score would not raise the band while { $n ->
            [one] this fails
           *[other] these fail
        }
    }{ $format ->
        [html] .
       *[other] :
    }
report-gate-needs = { $format ->
        [txt] "{ $watches }" needs { $rule }. While this gate fails, readiness can be no higher than '{ $cap }'.
        [md] "{ $watches }" needs { $rule }. While this gate fails, readiness can be no higher than { $cap }.
       *[other] “{ $watches }” needs { $rule }. While this gate fails, readiness can be no higher than { $cap }.
    }
report-readiness = Readiness: { $band }
report-overall-score = { $format ->
        [txt] Overall score: { $score } / 100
        [md] overall score { $score } out of 100
       *[other] Overall score { $score } out of 100
    }
report-score-alone = { $format ->
        [txt] The score alone would reach '{ $uncapped }'; it is held at '{ $band }' for the reasons below.
       *[other] The score alone would reach { $uncapped }; it is held at { $band } for the reasons below.
    }
report-no-score-lead = No overall score yet:
report-no-score = no scored question has been answered.
report-h-progress = Progress since the previous assessment
report-compared = Compared with the assessment { $dated ->
        [yes] of { $date }
       *[no] given with --compare
    }: { $improved } { $improved ->
        [one] answer
       *[other] answers
    } improved, { $worsened } worsened, { $answered } newly answered and { $changed } changed without a score to compare.
report-col-before = Before
report-col-now = Now
report-col-change = Change
report-overall-score-row = Overall score
report-readiness-row = Readiness
report-gates-changed = Gates whose status changed
report-answers-changed = Answers that changed
report-not-answered = not answered
report-score-change = score { $change }
report-no-change = No answer changed.
report-h-principles = Scores by principle
report-col-principle = Principle
report-col-score = Score
report-col-chart = Chart (0–100)
report-col-weight = Weight
report-col-answered = Answered
report-n-of-m = { $answered } of { $applicable }
report-weight-share = weight { $share }%
report-context-only = context only
report-answered-of = { $answered } of { $applicable } answered
report-h-strengths = Strengths
report-no-strengths = No question scores 75 or more yet.
report-h-gaps = Gaps
report-no-gaps = No question scores below 50.
report-h-actions = Action plan
report-actions-intro = { $format ->
        [txt] Recommendations for the questions not at full marks: first those that hold the band down, then the most points at stake, grouped by principle. Fill in an owner and a due date for each.
       *[other] Recommendations for the questions that are not at full marks: first those that hold the band down, then the most points at stake (rank), grouped by principle. Fill in an owner and a due date for each.
    }
report-col-rank = Rank
report-col-action = Action
report-col-question = Question
report-col-owner = Owner
report-col-due = Due
report-action-question = Question { $number }: { $text } (answer: { $answer }, score { $score }/100)
report-no-actions = No actions: every question with a recommendation is at full marks, or not yet answered.
report-h-notes = Notes
report-no-notes = No notes were recorded.
report-h-appendix = Appendix: every question and answer
report-col-answer = Answer
report-col-status = Status
report-shown-if-lead = Shown only if { $condition }
report-shown-if = shown only if { $condition }
report-h-hidden = Questions hidden by conditions
report-hidden-intro = These questions were not shown because an earlier answer made them irrelevant; they are left out of every score.
report-hidden-head = Questions hidden by conditions (left out of every score):
report-h-method = How the scores were computed
report-method-questions-lead = Questions.
report-method-questions = { $format ->
        [html] Each answered question scores from 0 to 1. A rating scores by its level’s place on the scale (lowest level 0, highest 1); yes, partly and no score 1, ½ and 0; a choice scores its option’s points divided by the best option’s points; a checklist scores the points ticked divided by all its points; a number, where the framework says how, scores on a straight line between its minimum and maximum. Free-text questions, and choices whose options carry no points, give context but no score.
        [txt] Each answered question scores from 0 to 1. A rating scores by its level's place on the scale (lowest level 0, highest 1); yes, partly and no score 1, 1/2 and 0; a choice scores its option's points divided by the best option's points; a checklist scores the points ticked divided by all its points; a number, where the framework says how, scores on a straight line between its minimum and maximum. Free-text questions, and choices whose options carry no points, give context but no score.
       *[md] Each answered question scores from 0 to 1. A rating scores by its level's place on the scale (lowest level 0, highest 1); yes, partly and no score 1, ½ and 0; a choice scores its option's points divided by the best option's points; a checklist scores the points ticked divided by all its points; a number, where the framework says how, scores on a straight line between its minimum and maximum. Free-text questions, and choices whose options carry no points, give context but no score.
    }
report-method-principles-lead = Principles.
report-method-principles = { $format ->
        [html] A principle’s score is 100 × Σ(weight × score) ÷ Σ(weight), over its questions that have a scored answer. Questions answered “not applicable”, hidden by a condition, answered “don’t know” or not yet answered are left out of both sums: they neither raise nor lower the score. Coverage says how many questions counted.
        [txt] A principle's score is 100 x sum(weight x score) / sum(weight), over its questions that have a scored answer. Questions answered "not applicable", hidden by a condition, answered "don't know" or not yet answered are left out of both sums: they neither raise nor lower the score. Coverage says how many questions counted.
       *[md] A principle's score is 100 × Σ(weight × score) ÷ Σ(weight), over its questions that have a scored answer. Questions answered "not applicable", hidden by a condition, answered "don't know" or not yet answered are left out of both sums: they neither raise nor lower the score. Coverage says how many questions counted.
    }
report-method-overall-lead = Overall.
report-method-overall = { $format ->
        [html] The overall score is the average of the principle scores, each weighted by its principle’s share (principles with no scored answer are left out):
       *[other] The overall score is the average of the principle scores, each weighted by its principle's share (principles with no scored answer are left out):
    }
report-share = { $share }% (weight { $weight })
report-no-share = no share: context questions only, never scored
report-method-bands-lead = Bands.
report-method-bands = The band is the one whose range holds the overall score:
report-band-range = { $min } to { $max }
report-band-range-under = { $min } to under { $max }
report-method-gates-lead = Gates.
report-method-gates = { $format ->
        [html] A gate is a critical minimum. When it fails, the band can be no higher than the gate’s cap, however high the average. A gate on a question not yet answered, or answered “don’t know”, fails until it is assessed; a gate on a question that is hidden or not applicable passes.
       *[other] A gate is a critical minimum. When it fails, the band can be no higher than the gate's cap, however high the average. A gate on a question not yet answered, or answered "don't know", fails until it is assessed; a gate on a question that is hidden or not applicable passes.
    }
report-gate-rule = { $format ->
        [txt] "{ $watches }" needs { $rule }; otherwise the band is capped at '{ $cap }'.
        [md] "{ $watches }" needs { $rule }; otherwise the band is capped at { $cap }.
       *[other] “{ $watches }” needs { $rule }; otherwise the band is capped at { $cap }.
    }
report-no-gates = This framework has no gates.
report-method-actions-lead = Actions
report-method-actions = { $format ->
        [html] are ranked by points at stake: the question’s share of the total weight × its distance from full marks × 100.
        [txt] are ranked by points at stake: the question's share of the total weight x its distance from full marks x 100.
       *[md] are ranked by points at stake: the question's share of the total weight × its distance from full marks × 100.
    }
report-schema = report schema { $n }
report-framework-word = framework
report-aria-no-score = no score
report-aria-score = { $score } out of 100

## Report data (labels integra writes into the report context)
report-status-scored = Scored
report-status-unscored = Not scored (context only)
report-status-not-applicable = Not applicable: left out of the score
report-status-dont-know = Don't know: left out of the score
report-status-hidden = Hidden by a condition: left out of the score
report-status-unanswered = Not answered yet
report-gate-passed = Passed
report-gate-not-applicable = Does not apply here
report-gate-failed = Failed
report-gate-not-assessed = Not yet assessed
report-rule-level = an answer of at least '{ $label }' (level { $level })
report-rule-level-bare = an answer of at least level { $level }
report-rule-principle = a principle score of at least { $min }
report-rule-score = a score of at least { $min } out of 100
report-warn-version = These answers were given against version '{ $was }' of the framework; this report scores them against version '{ $now }'. Check that the questions still mean the same.
report-warn-hash = These answers were given against a different copy of the framework ({ $was }) than the one used for this report ({ $now }). Check that the questions still mean the same.
report-warn-no-score = No scored question has been answered yet, so there is no overall score or band.
report-warn-coverage = Only { $answered } of { $applicable } applicable questions have a scored answer ({ $percent }%): scores may change a lot as the rest are answered.
report-warn-earlier-version = The earlier answers were given against version '{ $was }' of the framework; both assessments are scored here against version '{ $now }'.
report-hint-unclosed = the '{"{"}% { $tag } %{"}"}' opened on line { $line } is never closed: add '{"{"}% end{ $tag } %{"}"}' where it should end
report-warn-other-programme = The baseline is another programme ('{ $was }', this one is '{ $now }'): the differences below compare two programmes, they do not show progress.
report-warn-other-site = The baseline is another site ('{ $was }', this one is '{ $now }'): the differences below compare two sites, they do not show progress.
report-warn-later-baseline = The baseline is dated { $was }, after this assessment ({ $now }): if it is the later one, swap the two files, or the changes read backwards.
report-band-higher = higher
report-band-lower = lower
report-band-same = same
report-trend-improved = improved
report-trend-worsened = worsened
report-trend-answered = newly answered
report-trend-changed = changed
report-trend-unchanged = unchanged

## Word reports (the other labels are shared with report-*)
docx-framework-value = { $title } ({ $id }, version { $version })
docx-gates-capped = The band is capped by failed gates
docx-gates-failed = Failed gates
docx-gate-intro = A gate is a critical minimum: while it fails, readiness stays at or below its cap, however high the average score.
docx-gate-line = “{ $watches }” needs { $rule }. While this gate fails, readiness can be no higher than { $cap }.
docx-overall-score = Overall score { $score } out of 100
docx-uncapped = The score alone would reach { $uncapped }; it is held at { $band } for the reasons below.
docx-col-chart = Chart (0–100, one cell per 10 points)
docx-action-intro = Recommendations for the questions not at full marks, grouped by principle; the rank puts first what holds the band down, then the most points at stake. Fill in an owner and a due date for each.
docx-hidden-intro = An earlier answer made these questions irrelevant, so they were not asked and count in no score.
docx-progress-intro = Compared with { $previous }: { $improved } answers improved, { $worsened } worsened, { $answered } newly answered, { $changed } changed without a score to compare.
docx-previous-dated = the assessment of { $date }
docx-previous-undated = the earlier assessment
docx-method-questions = Each answered question scores from 0 to 1. A rating scores by its level's place on the scale (lowest 0, highest 1); yes, partly and no score 1, ½ and 0; a choice scores its option's points over the best option's points; a checklist scores the points ticked over all its points; a number, where the framework says how, scores on a straight line between its minimum and maximum. Free-text questions, and choices whose options carry no points, add context but no score.
docx-method-principles = A principle's score is 100 × Σ(weight × score) ÷ Σ(weight) over its questions with a scored answer. Questions answered “not applicable” or “don't know”, hidden by a condition, or not yet answered are in neither sum, so they neither raise nor lower the score; coverage counts the questions that did count.
docx-method-overall = The overall score averages the principle scores, each weighted by its principle's share (a principle with no scored answer is left out):
docx-method-gates = A gate is a critical minimum. While it fails, the band can be no higher than the gate's cap, however high the average. A gate on a question not yet answered, or answered “don't know”, fails until it is assessed; a gate on a hidden or not-applicable question passes.
docx-no-share = { $title }: no share (context questions only, never scored)
docx-gate-method-line = { $reason } “{ $watches }” needs { $rule }; otherwise the band is capped at { $cap }. { $status }.
docx-footer = { $generator } · report schema { $schema } · framework { $id } { $version } ({ $hash })
docx-page-of = Page { $page } of { $pages }
docx-contents = Contents
docx-contents-hint = To add page numbers to this list, update it: F9 in Word, Tools > Update > Update All in LibreOffice.

## Spreadsheet reports (.xlsx)
xlsx-sheet-summary = Summary
xlsx-sheet-principles = Principles
xlsx-sheet-questions = Questions
xlsx-sheet-actions = Actions
xlsx-col-item = Item
xlsx-col-value = Value
xlsx-answered = Questions answered
xlsx-applicable = Applicable questions
xlsx-coverage-percent = Coverage (%)
xlsx-col-share = Share (%)
xlsx-col-note = Note
xlsx-col-points = Points at stake
xlsx-duplicate-sheet = two sheets are named '{ $name }': give the sheets different names in the catalogue (xlsx-sheet-*)


## Portfolio (integra aggregate)
agg-title = Portfolio: { $title }
agg-sub = { $format ->
        [html] Framework { $id } version { $version } · { $n } { $n ->
            [one] session
           *[other] sessions
        }, sorted by country, site, programme and date.
       *[other] Framework { $id } version { $version } ({ $hash }) · { $n } { $n ->
            [one] session
           *[other] sessions
        }, sorted by country, site, programme and date.
    }
agg-anonymous = Names of facilitators and participants are left out.
agg-h-sessions = Sessions
agg-col-overall = Overall
agg-col-band = Band
agg-col-failed-gates = Failed gates
agg-capped = (capped)
agg-median = Median
agg-mean = Mean
agg-h-bands = Bands
agg-no-score = No score yet
agg-capped-count = { $capped } of { $n } held below the band their score reaches by failed gates.
agg-schema = portfolio schema { $n }
agg-version-note = Some sessions were answered against another version of '{ $id }'; every row is scored here against version { $version }: { $list }.
agg-version-item = '{ $file }' (version { $version })
cli-wrote-portfolio = Wrote the portfolio of { $n } sessions to '{ $path }'.

## Diagnostics (integra validate, preview and answers files). Ids, keys, values and `code`
## stay as written; only the words around them are translated.
diag-error = error
diag-warning = warning
diag-hint = hint
diag-summary = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
diag-did-you-mean = did you mean '{ $word }'?
diag-use-one-of = use one of: { $values }
diag-unshown = { $count } more problems not shown
diag-unshown-hint = fix the problems above and run `integra validate` again
diag-unlowered = question '{ $id }' passed the checks but its keys do not make a question integra can ask (a bug in integra)
diag-unlowered-hint = please report it with the framework file; meanwhile check the keys of question '{ $id }' against docs/framework-format.md
diag-unlowered-gate = gate '{ $id }' passed the checks but its keys do not make a gate integra can apply (a bug in integra)
diag-unlowered-gate-hint = please report it with the framework file; meanwhile check the keys of gate '{ $id }' against docs/framework-format.md
diag-what-scale = scale
diag-what-principle = principle
diag-what-question = question
diag-what-band = band
diag-what-gate = gate
diag-what-principle-id = principle '{ $id }'
diag-what-question-id = question '{ $id }'
diag-id-hint = ids use letters, digits, '-' and '_' only, e.g. `referral-tracking`
diag-id-invalid = { $what } id '{ $id }' is not a valid id
diag-id-duplicate = duplicate { $what } id '{ $id }'
diag-id-duplicate-hint = every { $what } needs its own id; rename one of them
diag-too-many-principles = principle '{ $id }' is one too many: a framework may have at most { $max } principles
diag-too-many-questions = question '{ $id }' is one too many: a framework may have at most { $max } questions
diag-too-many-hint = split the framework into several smaller ones
diag-framework-id-invalid = framework id '{ $id }' is not a valid id
diag-languages-en = 'languages' must include "en"
diag-languages-en-hint = English is the reference language every other falls back to
diag-no-principles = the framework has no principles
diag-no-principles-hint = add at least one `[[principles]]` table with questions
diag-scale-no-levels = scale '{ $id }' has no levels
diag-scale-no-levels-hint = add at least two `[[scales.levels]]` with value and label
diag-scale-one-level = scale '{ $id }' has only one level
diag-scale-one-level-hint = a scale needs at least two levels to tell answers apart
diag-scale-not-ascending = levels of scale '{ $id }' must ascend by value, but { $next } follows { $prev }
diag-scale-not-ascending-hint = list levels from lowest to highest readiness with increasing values
diag-principle-no-questions = principle '{ $id }' has no questions
diag-principle-no-questions-hint = add `[[principles.questions]]` tables under it
diag-rating-no-scale = rating question '{ $id }' has no 'scale'
diag-rating-no-scale-hint = add `scale = "<id of a [[scales]] entry>"`
diag-scale-define-hint = define it under `[[scales]]`
diag-scale-undefined = question '{ $id }' uses scale '{ $scale }', which is not defined
diag-kind-no-scale = { $kind } question '{ $id }' cannot take a 'scale'
diag-kind-no-scale-hint = only `kind = "rating"` questions use a scale; remove the key or change the kind
diag-kind-no-options = { $kind } question '{ $id }' cannot take 'options'
diag-kind-no-options-hint = only choice and checklist questions have options
diag-kind-no-key = { $kind } question '{ $id }' cannot take '{ $key }'
diag-kind-no-key-hint = only number questions have bounds, a unit or number scoring
diag-too-few-options = { $kind } question '{ $id }' needs at least { $least ->
    [one] { $least } option
   *[other] { $least } options
}
diag-too-few-options-hint = add `options = [{ "{" } id = "...", label = "..." { "}" }, ...]`
diag-option-id-invalid = option id '{ $option }' of question '{ $id }' is not a valid id
diag-option-reserved = option id '{ $option }' of question '{ $id }' is reserved
diag-option-reserved-hint = answers files use "na" and "dont_know" for not applicable and don't know; use `not_applicable = true` / `dont_know = true` instead, or rename the option
diag-option-twice = question '{ $id }' lists option '{ $option }' twice
diag-option-twice-hint = give every option its own id
diag-option-points = option '{ $option }' of question '{ $id }' has points { $points }; points must be 0 or more
diag-option-points-hint = use a finite number such as 0, 1 or 2
diag-number-bounds = question '{ $id }' has min { $min } and max { $max }; min must be below max
diag-number-bounds-hint = swap or correct the bounds
diag-number-scoring-bounds = scored number question '{ $id }' needs both 'min' and 'max'
diag-number-scoring-bounds-hint = the score runs from min to max
diag-cond-forms = the condition of question '{ $id }' must use exactly one of 'question', 'all', 'any' or 'not'
diag-cond-forms-hint = e.g. `show_if = { "{" } question = "legal_context", is = "legal" { "}" }`
diag-cond-self = question '{ $id }' has a condition on itself
diag-cond-self-hint = a condition can only look at earlier questions
diag-cond-later = the condition of question '{ $id }' refers to '{ $target }', which comes later
diag-cond-later-hint = move the question it depends on earlier, or this one later
diag-cond-unknown = the condition of question '{ $id }' refers to unknown question '{ $target }'
diag-check-question-id = check the question id
diag-check-principle-id = check the principle id
diag-cond-no-test = the condition of question '{ $id }' says which question but not what to test
diag-cond-no-test-hint = add one of `is`, `one_of`, `at_least`, `at_most` or `includes`
diag-cond-wrong-test = the condition of question '{ $id }' tests { $kind } question '{ $target }' in a way that kind cannot answer
diag-cond-wrong-test-hint = use `is`/`one_of` for choice and yes_no, `at_least`/`at_most` for rating and number, `includes` for checklist
diag-cond-offers = '{ $target }' offers: { $values }
diag-cond-bad-value = the condition of question '{ $id }' expects '{ $value }', which question '{ $target }' does not offer
diag-no-bands = the framework has no bands
diag-no-bands-hint = add `[[bands]]` tables covering scores 0 to 100
diag-band-bounds = band '{ $id }' runs from { $min } to { $max }; min must be below max
diag-band-bounds-hint = each band covers min (included) up to max (excluded)
diag-bands-order = bands must be listed from the lowest scores to the highest
diag-bands-order-hint = reorder the `[[bands]]` tables by 'min'
diag-band-first = the lowest band '{ $id }' starts at { $min }, leaving scores below it without a band
diag-band-first-hint = start the lowest band at `min = 0`
diag-band-last = the highest band '{ $id }' ends at { $max }; bands must reach 100
diag-band-last-hint = end the highest band at `max = 100`
diag-band-overlap = band '{ $id }' starts at { $min } but band '{ $other }' runs to { $max }: they overlap
diag-band-gap = band '{ $id }' starts at { $min } but band '{ $other }' ends at { $max }: scores in between have no band
diag-band-start-at = start '{ $id }' at { $at }
diag-gate-unknown-question = gate '{ $id }' watches unknown question '{ $target }'
diag-gate-unknown-principle = gate '{ $id }' watches unknown principle '{ $target }'
diag-gate-principle-level = gate '{ $id }' watches a principle, which has a score, not a level
diag-gate-principle-level-hint = use `min_score = <0-100>` for principle gates
diag-gate-no-threshold = gate '{ $id }' has no threshold
diag-gate-no-threshold-hint = add `min_score = <0-100>`
diag-gate-target = gate '{ $id }' must watch exactly one 'question' or 'principle'
diag-gate-target-hint = set either `question = "..."` or `principle = "..."`
diag-gate-min-score = gate '{ $id }' has min_score { $score }; scores run from 0 to 100
diag-gate-min-score-hint = use a number from 0 to 100
diag-gate-cap-hint = name one of the `[[bands]]` ids
diag-gate-unknown-cap = gate '{ $id }' caps at unknown band '{ $band }'
diag-gate-threshold = gate '{ $id }' needs exactly one of 'min_level' or 'min_score'
diag-gate-threshold-hint = `min_level` for a rating question's level, `min_score` (0-100) otherwise
diag-gate-level = gate '{ $id }' asks for level { $level }, which scale '{ $scale }' does not have
diag-gate-level-not-rating = gate '{ $id }' uses 'min_level' but question '{ $question }' is not a rating
diag-gate-level-not-rating-hint = use `min_score = <0-100>` instead
diag-gate-unscored = gate '{ $id }' watches question '{ $question }', which carries no score
diag-gate-unscored-hint = gate a scored question (text, zero-point choices and numbers without `scoring` never score)
diag-weight-positive = { $what } has weight { $weight }; weights must be above 0
diag-weight-positive-hint = use a positive number such as 1 or 2; leave a question out rather than weighting it 0
diag-weight-large = { $what } has weight { $weight }, which is too large
diag-weight-large-hint = use weights up to 1000000
diag-ctx-header = the framework header
diag-ctx-id = { $what } '{ $id }'
diag-ctx-no-id = a { $what } without an id
diag-translations-hint = write `[translations.fr]` and under it `"question.ID.text" = "..."` lines
diag-translations-table = 'translations' must be a table of languages
diag-lang-code = '{ $code }' is not a language code
diag-lang-code-hint = use a code such as fr, es, ru or pt-BR
diag-translations-lang-table = 'translations.{ $code }' must be a table
diag-translation-text = the translation of '{ $key }' must be text in quotes
diag-translation-text-hint = quote the key too when it has dots: `"question.ID.text" = "..."`
diag-list-of-tables = '{ $name }' must be a list of tables
diag-entry-table = each entry of '{ $name }' must be a table
diag-own-header-hint = write each entry under its own `[[{ $name }]]` header
diag-unknown-key = unknown key '{ $key }' in { $context }
diag-keys-allowed = the keys allowed here are: { $keys }
diag-missing-key = { $context } is missing '{ $key }'
diag-missing-key-hint = add `{ $key } = ...` to { $context }
diag-bad-variant = '{ $value }' is not a valid '{ $key }' in { $context }
diag-a-value = a value
diag-bad-value = { $key } in { $context }: { $detail }
diag-type-number-hint = write a number without quotes, e.g. `weight = 2`
diag-type-bool-hint = write `true` or `false` without quotes
diag-type-list-hint = write a list in square brackets, e.g. `["a", "b"]`
diag-type-other-hint = see docs/framework-format.md for the form this key takes
diag-toml-syntax = this is not valid TOML (the TOML reader says: { $detail })
diag-toml-syntax-hint = check quotes, brackets and `key = value` pairs on this line
diag-single-question = principle '{ $id }' has a single question
diag-single-question-hint = one answer then decides the whole principle; add questions or merge it with another principle
diag-no-help = question '{ $id }' has no help text
diag-no-help-hint = add `help = "..."`: what the question means and how to judge it
diag-no-recommendation = question '{ $id }' has no recommendation
diag-no-recommendation-hint = add `recommendation = "..."`: the action to take when it scores low
diag-gate-never-fails = gate '{ $id }' can never fail once answered
diag-gate-never-fails-hint = its threshold is at or below the lowest possible answer; raise it or remove the gate
diag-untranslated = { $count } strings have no '{ $lang }' translation, e.g. '{ $first }'
diag-untranslated-hint = add them under `[translations.{ $lang }]`; until then readers see English
diag-unshown-warnings = { $count } more warnings not shown
diag-unshown-warnings-hint = fix the warnings above and run `integra validate` again
diag-unreachable-hidden = question '{ $id }' can never be shown: its condition looks at '{ $targets }', which { $count ->
    [one] is
   *[other] are
} never shown either
diag-unreachable-hidden-hint = fix the condition of the question it looks at, or test another question
diag-unreachable-not = question '{ $id }' can never be shown: a `not` in its condition wraps something that always holds
diag-unreachable-not-hint = an unanswered question makes a test false, so `not` of that test is true; check what the `not` wraps
diag-unreachable = question '{ $id }' can never be shown: its condition can never hold
diag-unreachable-bounds-hint = check the bounds against the scale or the number's min and max
diag-unreachable-contradiction-hint = no answers make `{ $condition }` hold: its parts contradict each other
diag-translated-twice = '{ $key }' is translated into '{ $lang }' twice
diag-translated-twice-hint = keep either the inline translation or this one
diag-translation-no-english = '{ $key }' has no English text to translate
diag-translation-no-english-hint = write the English text first; every translation falls back to it
diag-translation-key-hint = keys look like `question.ID.text` or `scale.ID.level.VALUE.label`; see docs/framework-format.md
diag-translation-key-unknown = translation key '{ $key }' names no text of this framework
diag-cannot-read = cannot read '{ $path }': { $error }
diag-cannot-read-hint = check the path and its permissions
diag-folder = '{ $path }' is a folder, not a file
diag-folder-hint = name a .toml file
diag-too-big = '{ $path }' is { $size } bytes; files over { $max } bytes (4 MiB) are refused
diag-too-big-hint = is this the right file? frameworks and answer sheets are a few hundred KiB at most
diag-too-big-unknown = '{ $path }' holds more than { $max } bytes (4 MiB); files that big are refused
diag-not-regular = '{ $path }' is not a regular file (it is a device, a pipe or a socket); integra reads only files saved on disk
diag-not-regular-hint = name a .toml file saved on disk
diag-not-utf8 = '{ $path }' is not UTF-8 text: invalid byte at offset { $offset }
diag-not-utf8-hint = save the file as UTF-8 in your editor
diag-ok = ok
cli-preview-fix = fix the errors above, then run `integra preview { $file }` again
diag-sheet-framework-hint = add `framework = "<framework id>"` at the top of the file
diag-sheet-keys-hint = an answers file has `framework`, `version`, `hash`, `language`, `[meta]`, `[answers]`, `[notes]` and `[session]`
diag-sheet-format-hint = see `integra score --help` for the answers-file format
diag-sheet-other-framework = these answers are for framework '{ $named }', not '{ $id }'
diag-sheet-other-framework-hint = pass the matching framework with --framework, or correct the id
diag-sheet-unknown-question = '{ $question }' is not a question of framework '{ $id }'
diag-sheet-unknown-question-hint = `integra outline` lists the question ids
diag-answer-special = question '{ $id }' does not allow "{ $word }"
diag-answer-special-hint = answer it, or leave it out to mark it unanswered
diag-answer-level = { $value } is not a level of question '{ $id }'
diag-answer-level-hint = use one of the scale's values: { $values }
diag-answer-yes-no = { $value } is not an answer to yes/no question '{ $id }'
diag-answer-yes-no-hint = use "yes", "partial" or "no"
diag-answer-number = question '{ $id }' takes a number, not { $value }
diag-answer-number-hint = write the number without quotes
diag-answer-range = { $value } is out of range for question '{ $id }'
diag-answer-text = question '{ $id }' takes text, not { $value }
diag-answer-text-hint = put the answer in quotes
diag-answer-checklist = question '{ $id }' is a checklist; its answer is a list
diag-answer-checklist-hint = e.g. ["option_a", "option_b"], or [] when none applies
diag-answer-between = the answer must be between { $min } and { $max }
diag-answer-at-least = the answer must be at least { $min }
diag-answer-at-most = the answer must be at most { $max }
diag-answer-options = the options are: { $options }
diag-answer-option = { $value } is not an option of question '{ $id }'

## Command line: forget, new, frameworks, templates
cli-forget-list = These files will be overwritten with zeros, then removed:
cli-forget-nothing = Nothing removed.
cli-forget-removed = removed { $path }
cli-forget-failed = could not remove '{ $path }': { $error }
cli-forget-done = Done. Copies elsewhere (reports, backups of this computer, synced folders) are not touched, and on SSDs and some file systems old data can survive overwriting: see `integra forget --help`.
cli-forget-confirm = Remove these { $count } files for good? [y/N]
cli-forget-no-answer = could not read the answer: { $error }; pass --yes to skip the question
cli-new-created = Created { $path } (framework '{ $id }').
cli-new-next = Next steps:
cli-new-step-edit = Edit it in any text editor; the comments explain each setting.
cli-new-step-validate = checks it and points at each mistake
cli-new-step-preview = walks through it in the wizard; nothing is saved
cli-new-step-outline = shows principles, questions and weights at a glance
cli-new-ready = When it is ready:
cli-new-exists = '{ $path }' already exists; integra never overwrites it
cli-new-exists-hint = choose another NAME, or pass -o with a new file name
cli-frameworks-invalid = (invalid)
cli-frameworks-problems = { $count } problem(s): run `integra validate { $origin }`
cli-frameworks-id = ID
cli-frameworks-version = VERSION
cli-frameworks-title = TITLE
cli-frameworks-source = SOURCE
cli-templates-wrote = wrote { $path }
cli-templates-edit = Edit them, then copy the ones you changed to '{ $dir }' to use them for every report,
cli-templates-or-pass = or pass one with `integra report --template FILE`.
cli-templates-intro = Report templates (tera); a file of the same name in the user folder replaces the built-in one.
cli-templates-user-folder = User folder: { $dir }
cli-templates-no-user-folder = User folder: none on this system
cli-templates-builtin = built-in
cli-templates-json = not templated: the report data itself
cli-templates-docx = not templated: built from the report data
cli-templates-count = { $count } built-in templates; `integra templates --export DIR` writes copies.
cli-lang-unknown = integra does not speak '{ $code }': choose one of { $known }
cli-frameworks-builtin = built-in

## integra outline
cli-outline-principles = { $count ->
    [one] { $count } principle
   *[other] { $count } principles
}
cli-outline-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
cli-outline-gates = { $count ->
    [one] { $count } gate
   *[other] { $count } gates
}
cli-outline-bands = { $count ->
    [one] { $count } band
   *[other] { $count } bands
}
cli-outline-only-if = only if { $condition }
cli-outline-legend = -: unscored; shares are of the principle, and of the overall score
cli-outline-gates-head = Gates
cli-outline-gate-on = { $gate } on { $target }
cli-outline-bands-head = Bands

## integra migrate
cli-migrate-reason-removed = question removed
cli-migrate-reason-option = option no longer offered
cli-migrate-reason-level = level not on the new scale
cli-migrate-reason-range = number out of range
cli-migrate-reason-kind = kind of question changed
cli-migrate-reason-special = answer no longer allowed
cli-migrate-reason-hidden = now hidden by a condition
cli-migrate-reason-fit = answer no longer fits
cli-migrate-detail = { $message } ({ $hint })
cli-migrate-removed = '{ $question }' is not a question of '{ $id }' version { $version }
cli-migrate-renamed = '{ $question }' is not a question of '{ $id }' version { $version } (renamed to '{ $near }'?)
cli-migrate-hidden-detail = the answer is kept in the file but does not count while the question is hidden
cli-migrate-same = '{ $path }' is the session being migrated; integra never overwrites it
cli-migrate-same-hint = leave out -o, or name another file
cli-migrate-exists = '{ $path }' already exists
cli-migrate-exists-hint = name another file with -o, or pass --force to replace it
cli-migrate-wrote = Wrote { $path } for framework '{ $id }' version { $version }.
cli-migrate-carried = Carried { $answers } of { $total ->
    [one] { $total } answer
   *[other] { $total } answers
} and { $notes } of { $notes_total ->
    [one] { $notes_total } note
   *[other] { $notes_total } notes
}
cli-migrate-carried-hidden = ; { $count ->
    [one] { $count } carried answer
   *[other] { $count } carried answers
} now hidden by a condition (kept, not counted)
cli-migrate-complete = Everything came across.
cli-migrate-note-on = note on '{ $question }'
cli-migrate-answer-to = answer to '{ $question }'
cli-migrate-condition-at = the condition is at { $place }
cli-migrate-original = The original is unchanged: { $path } still holds every answer.

## Frameworks not found, report and portfolio refusals
cli-no-framework = no framework with id '{ $id }'
cli-hint-not-framework = the session names '{ $path }' as the file of framework '{ $id }', but '{ $path }' is not a framework integra can read as '{ $id }'
cli-hint-not-framework-hint = install framework '{ $id }' (see `integra frameworks`) or pass --framework; `integra validate FILE` shows what is wrong with a framework file you trust
cli-no-framework-near = did you mean '{ $near }'? (`integra frameworks` lists them all)
cli-no-framework-hint = `integra frameworks` lists the frameworks available
cli-report-format-unknown = cannot tell the report format from '.{ $ext }' in '{ $path }'
cli-report-format-unknown-hint = name the file .md, .html, .txt, .json, .csv or .docx, or pass --format
cli-report-by-principle = --by principle is a CSV layout, not one for { $format }
cli-report-by-principle-hint = add --format csv
cli-report-binary = a Word report is a binary file, not for the terminal
cli-report-binary-hint = pass -o report.docx
cli-aggregate-format-unknown = cannot tell the portfolio format from '{ $path }'
cli-aggregate-format-unknown-hint = name the file .md, .html or .csv, or pass --format
cli-aggregate-no-sessions = no session files given
cli-aggregate-other-item = '{ $path }' is '{ $id }'
cli-aggregate-other-frameworks = these sessions were not answered against framework '{ $id }', so their scores cannot share its table:
cli-aggregate-other-frameworks-hint = aggregate each framework's sessions separately, or pass --framework to choose which one

## Opening a saved session
cli-session-no-framework = this session is for framework '{ $id }', which is not available here; put its file in ./frameworks or pass --framework PATH
cli-session-no-backup = some answers in '{ $path }' no longer fit framework '{ $id }', and a backup could not be written first: { $error }
cli-score-hash-changed = framework '{ $id }' has changed since these answers were saved (its content hash differs); scoring with the current text
cli-score-version-changed = these answers were given against '{ $id }' version { $was }; scoring with version { $now }

## forget and new: refusals
cli-forget-missing = '{ $path }' does not exist
cli-forget-not-file = '{ $path }' is not a regular file; integra only removes session files it saved
cli-forget-not-session = '{ $path }' is not an integra session, so it is left alone: { $why }
cli-forget-no-session-table = it has no [session] table (an answers file written by hand or by another tool)
cli-new-bad-id = '{ $name }' cannot be a framework id: { $why }
cli-new-bad-id-hint = ids use letters a-z, digits, '-' and '_', e.g. `integra new peer-services`
cli-new-bad-char = '{ $char }' is not allowed (only unaccented letters a-z)
cli-new-no-letters = it has no letters or digits
cli-new-too-long = it is { $length } characters long; ids have at most 100
cli-new-no-folder = this system has no folder for user frameworks (no home folder?)
cli-new-no-folder-hint = pass -o PATH to say where to write the file
cli-new-taken = a framework with id '{ $id }' already exists ({ $origin })
cli-new-taken-hint = choose another NAME; to adapt that framework, use `integra new NEW-NAME --from { $id }`

## --help (the English text is the doc comments in src/cli.rs; a test keeps them equal)
help-usage = Usage:
help-commands = Commands
help-arguments = Arguments
help-options = Options
help-about = A terminal wizard that scores how ready HIV, SRHR and harm-reduction programmes are to integrate services for people who use drugs
help-arg-no-save = Write nothing until you export (for `integra` alone; `integra run --no-save` too)
help-flag-help = Print help
help-flag-version = Print version
help-cmd-frameworks = List the frameworks available: id, version, title and where each comes from
help-cmd-validate = Check framework files and report every problem with its line and column
help-cmd-validate-arg-paths = Framework files to check
help-cmd-validate-arg-lang = Language of the messages (en, fr, es, ru); default from the environment
help-cmd-score = Score an answers file and print the scorecard
help-cmd-score-arg-answers = The answers file (TOML): `framework = "id"`, `[meta]`, `[answers]`, `[notes]`
help-cmd-score-arg-framework = Framework id or path (default: the id the answers file names)
help-cmd-score-arg-lang = Language for framework text (default: the answers file's, else English)
help-cmd-schema = Print the JSON Schema of the framework format, for editor completion (Taplo, VS Code)
help-cmd-run = Open the wizard (what `integra` alone does), on any framework or session file
help-cmd-run-arg-framework = Framework id or path to preselect (default: the built-in default framework)
help-cmd-run-arg-session = Session file to resume, or to create if it does not exist (default: a new file in the data folder, or a saved session chosen on the start screen)
help-cmd-run-arg-lang = Language for framework text (e.g. en, fr, es, ru)
help-cmd-run-arg-present = Projector mode: large, high contrast, fewer words (`p` toggles it)
help-cmd-run-arg-ascii = Draw with ASCII characters only, for terminals without box-drawing characters
help-cmd-run-arg-no-save = Write nothing until you export: exporting writes the reports and the session file
help-cmd-preview = Check a framework file, then walk through it in the wizard without saving anything
help-cmd-preview-arg-file = The framework file to try out
help-cmd-preview-arg-lang = Language for framework text and messages (e.g. en, fr, es, ru)
help-cmd-preview-arg-present = Projector mode: large, high contrast, fewer words
help-cmd-preview-arg-ascii = Draw with ASCII characters only
help-cmd-outline = Print a framework's outline: principles, questions, weights as shares, gates and bands
help-cmd-outline-arg-framework = Framework id or path (default: the built-in default framework)
help-cmd-report = Write a report of an answers or session file: result, failed gates, scores by principle, action plan, notes, every answer, and how the scores were computed
help-cmd-report-arg-answers = The answers or session file (TOML)
help-cmd-report-arg-format = md, html, txt, json, csv, docx or xlsx (default: from the -o file's extension, else md)
help-cmd-report-arg-template = A tera template to use instead of the built-in one (see `integra templates`)
help-cmd-report-arg-output = Write the report to this file (created private to you, mode 0600) instead of printing it
help-cmd-report-arg-lang = Language for framework text (default: the answers file's, else English)
help-cmd-report-arg-framework = Framework id or path (default: the id the answers file names)
help-cmd-report-arg-compare = An earlier answers file of the same programme: the report adds what changed since
help-cmd-report-arg-anonymous = Leave the facilitator's and participants' names out (the report says so)
help-cmd-report-arg-by = With --format csv: one row per question (the default) or per principle
help-cmd-aggregate = One table of many sites' sessions of the same framework: scores, bands and failed gates per session, with the median and mean of each principle and the count per band
help-cmd-aggregate-arg-sessions = The answers or session files (TOML), all of one framework
help-cmd-aggregate-arg-format = md, html or csv (default: from the -o file's extension, else md)
help-cmd-aggregate-arg-output = Write the table to this file (private to you, mode 0600) instead of printing it
help-cmd-aggregate-arg-framework = Framework id or path to score against (default: the first session's)
help-cmd-aggregate-arg-template = A tera template to use instead of the built-in aggregate one
help-cmd-aggregate-arg-lang = Language for framework text (default: the first session's, else English)
help-cmd-aggregate-arg-anonymous = Say that names are left out (the table never shows the facilitator's or participants' names)
help-cmd-new = Start a framework of your own: a commented example to edit, or a copy of another
help-cmd-new-arg-name = The new framework's name; it becomes the id (e.g. `peer-services`)
help-cmd-new-arg-from = Copy this framework (an id or a path) instead of starting from the example
help-cmd-new-arg-title = The title people see (default: made from NAME)
help-cmd-new-arg-output = Write here (a file, or a folder to put NAME.toml in) instead of your framework folder
help-cmd-migrate = Carry a session's answers, notes and facts onto another revision of its framework. Writes a new session file (the original is never changed) and lists every answer that could not come across, and why. Exit status 0 when everything came across, 3 when the new file was written but something was left behind or is now hidden
help-cmd-migrate-arg-session = The session or answers file to carry over
help-cmd-migrate-arg-to = The framework revision: a file, or an id integra can find
help-cmd-migrate-arg-output = Where to write the new session (default: beside SESSION, named NAME-migrated-ID-VERSION.toml)
help-cmd-migrate-arg-force = Replace OUT if it exists (the original session is never replaced)
help-cmd-forget = Remove a session for good: the file, its backups and leftovers, overwritten with zeros first
help-cmd-forget-long =
    Remove a session for good: the session file, its backups (NAME.toml.bak, NAME.toml.STAMP.bak), files set aside (NAME.toml.STAMP.broken) and temporary files left by a crash. Each is overwritten with zeros and flushed to the disk before it is removed. integra lists the files and asks first (--yes skips the question), and refuses files that are not sessions it saved.

    What overwriting cannot do: on SSDs, USB sticks and memory cards the old data can stay in cells the drive has set aside; copy-on-write file systems (btrfs, ZFS, APFS), snapshots and journals can keep old copies; backups of the computer, synced folders and reports written from the session are not touched. Encrypting the whole disk is what protects data on a lost or shared computer.
help-cmd-forget-arg-session = The session file (in the data folder, or the one given to `integra run --session`)
help-cmd-forget-arg-yes = Do not ask before removing
help-cmd-templates = Show which report templates are in use, or export the built-in ones to edit
help-cmd-templates-arg-export = Write the built-in templates into this folder
help-cmd-templates-arg-force = With --export: overwrite template files that already exist
help-cmd-help = Print this message or the help of the given subcommand(s)
help-flag-help-more = Print help (see more with '--help')

## Report and export errors
report-err-template = template '{ $name }' failed:
report-err-read-template = cannot read template '{ $path }': { $error }
report-err-json-template = JSON reports are not templated: they are the report data itself (see docs/report-json.md)
report-err-write = cannot write '{ $path }': { $error }
report-err-serialise = cannot serialise the report: { $error }
report-err-docx-template = Word reports are not templated: they are built from the report data; pass --format md or html to use a template
report-err-docx-as-text = a Word report is a binary file, not text; write it to a file with -o report.docx
report-err-docx-build = cannot build the Word document: { $error }
report-err-xlsx-template = spreadsheet reports are not templated: they are built from the report data; pass --format csv to use a template
report-err-xlsx-as-text = a spreadsheet report is a binary file, not text; write it to a file with -o report.xlsx
report-err-xlsx-build = cannot build the spreadsheet: { $error }
report-err-budget-time = template '{ $name }' was stopped after { $amount } s: a report takes well under a second, so look for loops inside loops, or text that grows in a loop
report-err-budget-output = template '{ $name }' was stopped: its output passed { $amount } MiB, far more than any report; look for loops inside loops, or text repeated in a loop
report-err-budget-memory = template '{ $name }' was stopped: it took more than { $amount } MiB of memory; look for text or lists that double in a loop
cli-export-save = cannot save '{ $path }': { $error }
cli-export-write = cannot write '{ $path }': { $error }
cli-backup-refuse = '{ $path }' is not a readable session, so it is kept as it is rather than written over:

# Wizard fit and finish (issue 14)
ui-key-skip = skip
ui-key-undo = undo
ui-status-skipped = Left unanswered. To answer, press its number, or move to a row and press Enter.
ui-status-no-option = There is no option { $n } here: choose from 1 to { $max }.
ui-status-no-numbers = Number keys choose options, and this question has none: move to its field to type.
ui-status-no-dont-know = This question does not offer 'don't know'.
ui-status-no-na = This question does not offer 'not applicable'.
ui-status-nothing-to-undo = Nothing to undo.
ui-status-undone = Undone: the last change to '{ $question }'.
ui-status-undone-any = Undone: the last change.
ui-status-edit-cancelled = Edit cancelled: the text is as it was.
ui-status-framework-english = This framework has no text in '{ $lang }' (it is written in { $have }): its questions show in English.
ui-marker-english = Framework in English
ui-editor-cancel = cancel
ui-scroll-position = { $mark } more  lines { $from }-{ $to } of { $total } ({ $keys })
ui-help-tenth = the tenth option (1 to 9 choose the first nine)
ui-help-undo = undo the last change to an answer or a note
ui-help-move = move up and down
ui-help-ends = first / last
ui-help-page = a page up / down
ui-start-lang-missing = This framework is written in { $have } only: its questions will show in English; integra's own words stay in { $lang }.
ui-results-provisional = Provisional: only { $percent }% of the questions are answered. Answer more before relying on this band.
ui-results-covered = { $answered }/{ $applicable } answered
ui-results-unsure = { $mark } the part of a score that rests on questions not answered yet (or answered 'don't know')
cli-frameworks-same = { $origin } (used; the same as { $copies })
help-arg-lang = Language of the wizard and of framework text (as `integra run --lang`)
help-arg-present = Projector mode: large, high contrast, fewer words (as `integra run --present`)
help-arg-ascii = Draw with ASCII characters only (as `integra run --ascii`)
## Sessions: one wizard per file, size and link limits (issue 11)
cli-save-too-big = '{ $path }' would be { $size } bytes, more than the { $max } bytes integra can read back, so it was not saved: shorten the longest notes or text answers, then save again
cli-save-not-file = '{ $path }' is not a regular file (a folder, a device or a pipe), so no session is saved there; choose a file name instead
cli-save-link-loop = '{ $path }' is a symbolic link that leads round in a circle, so no session is saved there; point it at a file, or choose another name
cli-save-changed = '{ $path }' was changed by another program (or another integra) since it was read here, so it was not replaced: that would lose what was written there
ui-save-changed = '{ $path }' was changed by another program (or another integra) since it was opened here, so it was not saved over. Save your answers under the name below; the file on disk is left as it is, and you can compare the two afterwards.
ui-session-in-use = '{ $path }' is open in another integra (process { $pid } on '{ $host }'). Close it there first, or open a copy of the file, so that neither loses the other's answers.
ui-editor-full = Full: at most { $max } characters here; nothing more is taken
ui-folder-loose = The folder '{ $path }' can be written by other users of this computer, who could replace or remove this session's files. Keep the session in a private folder (chmod 700).
ui-folder-loose-title = A folder others can write to
diag-gate-tiers-and-plain = gate '{ $id }' has `[[gates.tiers]]` and also '{ $key }'
diag-gate-tiers-and-plain-hint = a gate has either tiers (each with its own minimum and `cap`) or one `min_level`/`min_score` with an optional `cap`: move this key into a tier or remove it
diag-gate-tiers-empty = gate '{ $id }' has an empty 'tiers' list, so it has no minimum and can never fail
diag-gate-tiers-empty-hint = add `[[gates.tiers]]` tables, each with `min_level` or `min_score` and a `cap`, or remove `tiers` and give the gate one `min_level` or `min_score`
diag-gate-tier-threshold = tier { $tier } of gate '{ $id }' needs exactly one of 'min_level' or 'min_score'
diag-coverage-fraction = '{ $key }' is { $value }; coverage is a fraction from 0 to 1
diag-coverage-fraction-hint = write a fraction, e.g. `0.8` for 80% of the applicable, scored questions answered

## Authoring: reading past mistakes, revisions, translation kits
diag-note = note
diag-id-first-copy = the first { $what } '{ $id }' is on line { $line }
diag-toml-curly-quotes = straight quotes (") are needed; this line has typographic quotes
diag-toml-curly-quotes-hint = replace “ ” ‘ ’ with the plain " of the keyboard (word processors change quotes as you type: edit framework files in a plain-text editor)
diag-toml-unclosed-string = this text has no closing quote: a string must end on the line it starts
diag-toml-unclosed-string-hint = add the closing " at the end of the text, or write text over several lines between """ and """
diag-toml-unquoted = this value needs quotes: text is written between straight double quotes
diag-toml-unquoted-hint = put the text in quotes, e.g. `title = "Staff training"`
diag-toml-duplicate = this key or table is written a second time
diag-toml-duplicate-hint = write each key once per table; each scale, principle, question, gate and band starts with its own double-bracket header such as [[scales]]
diag-toml-assignment = a key must be followed by `=` and a value on the same line
diag-toml-assignment-hint = write `key = value`, e.g. `weight = 2`
diag-toml-comma = a comma is missing between two items
diag-toml-comma-hint = separate the items of a list, and the entries of `{ "{" } ... { "}" }`, with commas
diag-toml-unclosed = a bracket or brace opened here is not closed
diag-toml-unclosed-hint = close each [ with ] and each { "{" } with { "}" }; a `{ "{" } ... { "}" }` table must stay on one line
diag-toml-key = this is not a valid key: a key has only letters, digits, '-' and '_'
diag-toml-key-hint = check for a missing `=` or a stray character, or put the key in quotes
diag-checks-skipped = the other checks were skipped: the file could not be read past the syntax errors above
diag-checks-skipped-hint = fix the lines shown above, then run `integra validate` again to see every other problem
diag-single-bracket = use [[{ $name }]] (two brackets) for each { $what }: one bracket means a single table
diag-single-bracket-hint = every entry of a list starts with its own double-bracket header: write [[{ $name }]] here
diag-move-above-questions = move this key above the first [[principles.questions]]: every key below that header belongs to the question
diag-weight-below-question = 'weight' here weighs question '{ $id }', not principle '{ $principle }' (which keeps weight 1)
diag-type-text-hint = write it as text in quotes: `{ $key } = "{ $value }"`
diag-band-inclusive-hint = a band includes its 'min' and stops just below its 'max': write `max = { $at }` in band '{ $other }', so that a score of { $between } has a band
diag-toml-control = this line holds an invisible control character ({ $code }), which TOML does not allow in text
diag-toml-control-hint = delete it (it often comes from copying out of another program); to keep it on purpose, write it as an escape such as \u0000
cli-no-framework-nearby = '{ $file }' in this folder has that id: pass it with `--framework { $file }` (or move it into ./frameworks)
cli-framework-chosen = using '{ $file }' (version { $version }) for framework '{ $id }'; also found: { $others }
verdict-gate-binding = Gate '{ $id }' holds the band at '{ $band }': { $reason }
verdict-gate-not-assessed-binding = Gate '{ $id }' is not yet assessed and holds the band at '{ $band }': { $reason }
verdict-gate-not-binding = Gate '{ $id }' failed but does not lower the band now (on its own it would allow up to '{ $band }'): { $reason }
verdict-gate-not-assessed-not-binding = Gate '{ $id }' is not yet assessed but does not lower the band now (on its own it would allow up to '{ $band }'): { $reason }
verdict-coverage-binding = Not enough answered to call this '{ $band }': { $answered } of { $applicable } answered, { $needed } needed; the band stays at '{ $cap }'
verdict-coverage-not-binding = Not enough answered to call this '{ $band }': { $answered } of { $applicable } answered, { $needed } needed (this does not lower the band now)
verdict-dont-know-binding = "Don't know" is not a pass: counting { $questions } as the lowest answer holds the band at '{ $cap }'
verdict-dont-know-not-binding = "Don't know" is not a pass: counting { $questions } as the lowest answer would allow up to '{ $cap }' (this does not lower the band now)
verdict-lift = { $steps } to reach '{ $band }'
verdict-score-alone = the score alone reaches '{ $band }'
verdict-step-fix = fix { $gates }
verdict-step-find-out = find out { $questions }
verdict-step-answer = answer { $count } more { $count ->
    [one] question
   *[other] questions
}
verdict-and = and
verdict-heading = Why this band
verdict-action-find-out = Find out the answer: "don't know" is not a pass.
verdict-action-find-out-then = Find out the answer ("don't know" is not a pass); if it is low: { $recommendation }
report-rule-tier = { $rule } (below it, capped at { $band })
diag-gate-tier-never-fails = tier { $tier } of gate '{ $id }' can never fail once answered
diag-gate-top-cap = gate '{ $id }' caps at '{ $band }', the top band: it can never lower the verdict
diag-gate-tier-top-cap = tier { $tier } of gate '{ $id }' caps at '{ $band }', the top band: it can never lower the verdict
diag-gate-top-cap-hint = cap at a lower band (one below the top is the usual choice for "partly in place"), or remove it
diag-gate-weak = gate '{ $id }' on '{ $question }' lets every level but the lowest pass: { $levels }
diag-gate-weak-hint = a gate guards a minimum that is safe in practice; if more than "not the worst" is meant, raise it, e.g. `min_level = { $level }`
diag-gate-between-levels = gate '{ $id }' has min_score { $score } on rating '{ $question }', whose levels score by position: only { $levels } { $count ->
    [one] passes
   *[other] pass
}
diag-gate-between-levels-hint = on this { $n }-level scale levels score { $scores }, not percentages; write `min_level = { $level }` to name the lowest level that passes
diag-gate-hidden = gate '{ $id }' passes whenever question '{ $question }' is hidden, and it is shown only when { $condition }
diag-gate-hidden-hint = integra cannot tell whether the programmes this condition hides the question from are the risky ones; if they can be, ask it of them too (widen `show_if`, e.g. to programmes planning it) or also gate the question the condition looks at; if they cannot, say so with `safe_when_hidden = true`
diag-lowest-min-coverage = band '{ $id }' is the lowest: its 'min_coverage' has no effect
diag-lowest-min-coverage-hint = too little answered leaves the verdict in the lowest band, so it needs no minimum; remove the key, or set it on the band above
diag-gate-hidden-risky = gate '{ $id }' passes whenever question '{ $question }' is hidden, and the lowest answers hide it: it is shown only when { $condition }
diag-gate-hidden-risky-hint = the programmes with the weakest answers skip this question and so pass the gate; ask it of them too (widen `show_if`) or gate the question the condition looks at
diag-renamed-current = question '{ $id }' is renamed from '{ $old }', which is still a question id
diag-renamed-current-hint = answers given under '{ $old }' would go to question '{ $other }': remove `renamed_from` here or correct it
diag-renamed-twice = question '{ $id }' is renamed from '{ $old }', and so is question '{ $other }'
diag-renamed-twice-hint = an old id can move to one question only: keep `renamed_from` on the question that took its place
diag-renamed-option = option '{ $option }' of question '{ $id }' is renamed from '{ $old }', which another option has or claims
diag-renamed-option-hint = give each option's `renamed_from` an old id that no current option has and no other option claims
cli-migrate-renamed-carried = The answer to '{ $from }' now answers '{ $to }' (renamed in this revision).
cli-migrate-old-missing = The revision this session was answered against ({ $from }) was not found, so changed meanings and new questions are not listed: put that framework file beside the session or in ./frameworks to see them.
cli-migrate-meaning-head = Kept, but they mean something else than in { $id } { $version }; check them with the team:
cli-migrate-meaning = '{ $question }' = { $answer }: was { $before }, now { $now }
cli-migrate-new-questions = { $count ->
    [one] One question is new in this revision, still to be asked: { $ids }
   *[other] { $count } questions are new in this revision, still to be asked: { $ids }
}
report-earlier-own-version = The earlier answers are scored against the version they were given on, '{ $was }'; the current ones against '{ $now }'. Questions may have changed between the two: compare scores with care.
cli-compare-own-version = the earlier answers are scored against their own version '{ $version }' ({ $file })
cli-compare-version-missing = version '{ $version }' of '{ $id }' was not found, so the earlier answers are scored against version '{ $now }'; put that framework file beside the earlier answers to score them against their own version
help-cmd-translate = Write a translation kit: every text of a framework as a ready-to-fill `[translations.LANG]` block, with translations whose English changed marked CHECK
help-cmd-translate-arg-file = The framework file
help-cmd-translate-arg-lang = The language to translate into (e.g. fr, es, ru, pt)
help-cmd-translate-arg-output = Write the block to this file (private to you, mode 0600) instead of printing it
cli-translate-lang = '{ $lang }' is not a language to translate into
cli-translate-lang-hint = give a language code such as fr, es, ru or pt (English is the text itself)
cli-translate-header =
    Translation of '{ $id }' { $version } into '{ $lang }', written by `integra translate`.
    Fill in each empty text = "" with the translation of the English above it; keep the keys and the source fingerprints.
    Entries marked CHECK were translated from older English: check them, then copy the new fingerprint into source.
    Put this block at the end of the framework file, in place of any [translations.{ $lang }] table already there.
cli-translate-summary = { $todo } to translate, { $check } to check, { $done } up to date. Put the block at the end of { $file } (in place of any [translations.{ $lang }] table), then run `integra validate { $file } --lang { $lang }`.
diag-translation-stale = the English of '{ $key }' changed since it was translated into '{ $lang }'
diag-translation-stale-hint = check the translation against the new English, then write source = "{ $source }" (`integra translate --lang { $lang }` lists every entry to check)
cli-translate-check = the English above changed since this was translated; once the translation is checked, write source = "{ $source }"
diag-weight-below-question-hint = if it is meant for principle '{ $principle }', move it above the first [[principles.questions]]; if it is meant for the question, give the principle its own `weight` to say so
ui-help-quit-nosave = quit (asks first; answers not exported are lost)
ui-help-quit-preview = quit (a preview saves nothing)
diag-toml-duplicate-key = '{ $key }' is written a second time in this table
diag-toml-unclosed-multiline = this text over several lines is never closed
diag-toml-unclosed-multiline-hint = end it with the same three quotes that open it, where the text ends
diag-toml-boolean = this is not 'true' or 'false'
diag-toml-boolean-hint = write `true` or `false` in lower case, without quotes
diag-toml-number = this number is not written the way TOML reads numbers
diag-toml-number-hint = write digits with at most one '.', e.g. `weight = 1.5`; no leading zeros, no spaces, no units (put text in quotes)
diag-toml-list-item = an item of this list is not valid: is a comma or a pair of quotes missing?
diag-toml-list-item-hint = separate items with commas and put text in quotes, e.g. `["a", "b"]` or `[1, 2]`
diag-header-unclosed = this header is not closed: write { $header }
diag-header-unclosed-hint = a header ends with as many closing brackets as it opens with
diag-renamed-reference = question '{ $old }' is now '{ $new }': use the new id
verdict-more = { $count } more

# Report summary (page one) and gate-aware actions
report-h-summary = Summary
report-summary-band = Readiness: { $band } · score { $score } / 100 · { $answered } of { $applicable } questions answered
report-summary-no-score = No score yet · { $answered } of { $applicable } questions answered
report-summary-gates = What holds the band down
report-summary-more-gates = { $n ->
    [one] and one more gate: see the Result section
   *[other] and { $n } more gates: see the Result section
}
report-summary-answer = Answer: { $answer }
report-summary-unanswered = Not answered yet
report-summary-note = Note: { $note }
report-summary-actions = First actions
report-summary-points = { $points } points at stake
report-action-holds-band = holds the band down

## Reports: arithmetic, detail and CSV locale (issue 15)
report-list-sep = { "; " }
report-actions-how = How actions are ranked: first those on a question that holds the band down (a failed gate, or an answer of don't know, that keeps the band low), then by points at stake, which are the question's share of the total weight × its distance from full marks × 100.
report-arithmetic-intro = How to check each score: a question's share is its weight divided by the weight that counted in its principle (the questions with a scored answer), and it adds share × score ÷ 100 to the principle's score. The shares add up to 100% and what the questions add up to the principle's score (give or take rounding).
report-col-share = Share
report-col-contribution = Adds
report-sum = Sum
report-arith-line = weight { $weight } · share { $share }% · adds { $adds }
report-arith-none = weight { $weight } · not counted
report-arith-sum = Sum: weight { $weight } · share 100% · score { $score }
cli-report-detail-format = --detail applies to Markdown, HTML, text and Word reports, not to { $format }
cli-report-detail-format-hint = add --format md, html, txt or docx, or leave --detail out
cli-report-csv-locale-format = --csv-locale applies to CSV reports, not to { $format }
cli-report-csv-locale-format-hint = add --format csv, or leave --csv-locale out
help-cmd-report-arg-detail = md, html, txt and docx: full (the default) or summary (page-one summary and principle detail, without the question-by-question appendix)
help-cmd-report-arg-csv-locale = CSV for a spreadsheet in this language: en (`,` and decimal point, the default), fr, es or ru (`;` and decimal comma), or auto (the report's language)
agg-h-heatmap = Principles by site
agg-heatmap-intro = Each cell is one site's score on one principle, shaded by the band that score falls in: the darker the blue, the readier; orange is the lowest band. The overall row is shaded by the band each site reached, and ↓ marks a band that failed gates hold below its score. A dash means nothing scored was answered there.
cli-aggregate-csv-only = { $flag } applies to the CSV portfolio, not to { $format }
cli-aggregate-csv-only-hint = add --format csv, or leave that option out
help-cmd-aggregate-arg-stats = With --format csv: the median, mean and count of each score instead of one row per session
help-cmd-aggregate-arg-csv-locale = CSV for a spreadsheet in this language: en (`,` and decimal point, the default), fr, es or ru (`;` and decimal comma), or auto (the portfolio's language)
# Command errors once written only in English (issue 12).
cli-cannot-write = cannot write '{ $path }': { $error }
cli-new-internal-load = integra made a framework that does not load; this is a bug in integra:
cli-new-internal-field = the framework to copy has no '{ $key }' that integra can find; this is a bug in integra
cli-internal-hint = please report this to the people who gave you integra, with the command you ran and the framework you used
cli-new-source-unreadable = cannot read the file of framework '{ $id }' to copy it
cli-new-source-unreadable-hint = check that the file is still there and readable, or copy it by its path with --from PATH
ui-restore-failed = could not put the backup of '{ $path }' in its place: { $error }
## Presenter view and compare with last time (issue 13)
ui-present-overall = Overall readiness
ui-present-out-of = out of 100
ui-present-principle = Principle { $n } of { $total }
ui-present-no-gates = Every gate passes: none holds the band down.
ui-present-answer = Answer: { $answer }
ui-present-page = Page { $n } of { $total }: { $keys } to step
ui-too-small-present = Projector mode needs the same size: make the font smaller (Ctrl and minus in most terminals) until the window holds { $size } characters.
ui-compare-since = { $change } points since { $when }
ui-compare-band = band { $change }
ui-compare-no-score = No score to compare with { $when }.
ui-compare-gates = Gates changed since { $when }
ui-compare-gates-same = No gate changed since { $when }.
ui-compare-title = Compare with an earlier assessment
ui-compare-intro = Earlier assessments of this framework, newest first. Choose one: the results then show what changed since.
ui-compare-clear = No comparison
ui-compare-none = No earlier assessment of '{ $framework }' is saved in the sessions folder. Assessments saved there on the same framework appear here.
ui-compare-loaded = Comparing with '{ $file }'. Press b to choose another, x to stop comparing.
ui-compare-failed = Cannot compare with '{ $file }': { $error }
ui-compare-cleared = No comparison: the results show this assessment alone.
ui-compare-dropped = { $count } of its answers no longer fit the framework: they are left out of the comparison.
ui-compare-heading = Compared with { $when }
ui-key-compare = compare
ui-key-step = step
ui-key-stop-compare = stop comparing
ui-help-compare = compare with an earlier assessment of the same framework
ui-help-stop-compare = stop comparing
ui-help-step = projector mode: previous / next page
## Workshop mode: roles, votes, divergence
role-staff = Staff
role-peer = Peer / community
role-clinician = Clinician
role-manager = Manager
role-partner = Partner
role-other = Other
diag-what-role = role
diag-minutes-zero = principle '{ $id }' has a time budget of 0 minutes
diag-minutes-hint = write the minutes the workshop should spend on it, e.g. `minutes = 20`, or leave 'minutes' out
diag-divergence-gap = 'divergence_gap' is { $value }; it is a fraction of a question's answer range, above 0 and at most 1
diag-divergence-gap-hint = write a fraction, e.g. `0.5` for half the scale (the default), or leave 'divergence_gap' out
workshop-bad-participant = a participant in '[session]' has no 'id' or no 'role' and was left out
workshop-votes-unknown-question = votes on question '{ $question }' were left out: the framework has no such question
workshop-vote-unfit = the vote by '{ $voter }' was left out: { $problem }
workshop-role-gap = '{ $lower }' rate '{ $question }' { $amount } lower than '{ $higher }'
workshop-amount-levels = { $points } points
workshop-amount-percent = { $points } percentage points
workshop-amount-number = { $points }
report-h-workshop = The room's votes
report-workshop-intro = { $participants ->
        [0] No participants were recorded.
        [one] One participant was recorded.
       *[other] { $participants } participants were recorded.
    } Votes on a question diverge when they span more than { $gap }% of its answer range. The consensus the room set is what scored.
report-h-divergent = Where the votes diverged
report-no-divergent = The votes did not diverge on any question.
report-consensus = Consensus used for the score: { $answer }
report-no-consensus = No consensus set yet: the question counts as unanswered.
report-h-roles = Each role's mean score by principle (0–100)
report-parked = Still parked:
ui-export-short = Short report: leave out the question-by-question appendix

## Workshop mode in the wizard: participants on the setup screen, vote entry on a question
ui-setup-people = Workshop participants
ui-setup-people-privacy = A role each. Initials are enough: no names are needed, and nothing else about a person is kept.
ui-setup-add-person = Add a participant
ui-key-role = role
ui-key-remove = remove
ui-key-add = add
ui-key-votes = votes
ui-key-vote = vote
ui-key-pass = pass
ui-key-take-back = take back
ui-key-consensus = consensus
ui-key-counts = counts
ui-key-votes-end = end votes
ui-votes-title = Votes:
ui-votes-consensus = Consensus
ui-votes-counting = Counting: each key adds one person to that answer.
ui-votes-no-text = Votes are not taken on free-text questions.
ui-votes-none-ticked = none ticked
ui-votes-range = The room's figures: { $low } to { $high }.
ui-votes-type-range = Lowest and highest figure (e.g. 3-12), then Enter:
ui-votes-diverge = The votes diverge, from '{ $low }' to '{ $high }': discuss before setting the consensus.
ui-votes-consensus-set = Consensus: '{ $answer }'. Enter goes to the next question.
ui-votes-suggest = Enter accepts '{ $answer }' as the consensus, or press another answer's key.
ui-status-votes-on = Vote entry is on: press each participant's answer in turn. v ends it.
ui-status-votes-off = Vote entry is off: keys answer for the room again.
ui-status-votes-counts = Counting anonymously: each key adds one person to that answer.
ui-status-votes-named = One vote per participant, in turn. c votes by role group instead.
ui-status-votes-nothing = No vote to take back on this question.
ui-status-votes-none = No votes yet: press each participant's answer, or v to end vote entry.
ui-status-votes-diverge = The votes diverge: discuss, then press the consensus answer's key.
ui-status-votes-diverge-counts = The votes diverge: discuss, then press v and choose the consensus answer.
ui-status-votes-tie = The votes point at no single answer: press the consensus answer's key.
ui-status-consensus = Consensus '{ $answer }' kept.
ui-status-range-invalid = '{ $typed }' is not a range: type the lowest and highest figure, such as 3-12.
ui-help-votes = vote entry on or off (participants answer in turn)
ui-help-vote-keys = the current participant's answer, then the next
ui-help-vote-pass = pass over a participant (absent, abstaining)
ui-help-vote-back = take back the last vote or count
ui-help-vote-move = choose whose vote the next key records
ui-help-vote-enter = accept the suggested consensus, then go on
ui-help-vote-counts = by participant, by role group, or counted anonymously
ui-help-vote-range = number question: the room's lowest-highest figure
ui-help-person-role = change the participant's role
ui-help-person-remove = remove the participant
report-err-engine-stopped = the template engine stopped unexpectedly
report-err-aggregate-format = the portfolio comes as md, html or csv
cli-merge-exists = '{ $path }' already exists; integra merge never writes over a file
cli-merge-exists-hint = give another file name with -o, or move the old file away first
cli-merge-other-framework = '{ $path }' is a session of '{ $id }' version { $version }, not of '{ $first_id }' version { $first_version } like '{ $first }': only sessions of one framework and version can be merged
cli-merge-other-framework-hint = merge each framework's sessions separately, or carry the older session onto the newer framework first with `integra migrate`
cli-merge-unfit-vote = '{ $path }': { $problem }; nothing was merged, so that no vote is lost. Open the session in the wizard to see what changed, then merge again
cli-merge-wrote = Merged { $n } sessions into '{ $path }'.
cli-merge-conflicts = { $n ->
        [0] The groups agreed wherever they answered the same question.
        [one] One disagreement to settle together (each group's answer is kept as its vote):
       *[other] { $n } disagreements to settle together (each group's answer is kept as its vote):
    }
cli-merge-conflict-answer = '{ $question }': { $answers } (no consensus set)
cli-merge-conflict-fact = { $key }: { $values } (all kept)
cli-merge-conflict-action = owner or due date of the action on '{ $question }' (all kept)
help-cmd-merge = Combine breakout groups' sessions of one framework into one workshop session: each group's answers become its votes, notes are kept with their group, disagreements are listed
help-cmd-merge-arg-sessions = The groups' session files (two or more, of one framework and version)
help-cmd-merge-arg-output = The merged session file to write (private to you, mode 0600); never overwritten
help-cmd-merge-arg-framework = Framework id or path (default: the one the sessions name)
help-cmd-merge-arg-lang = Language for messages (default: your system's)
report-overall-sum = Sum: the overall score
report-overall-sum-line = What the principles add up to is the overall score: { $score }.
report-adds = adds { $adds }
ui-present-divergent = The room disagreed: { $spread }
ui-present-roles = By role: { $means }
ui-key-roles = by role
ui-key-people = by person
ui-status-votes-roles = One vote per role group, in turn (what the peers say, what the staff say). c counts anonymously instead.
ui-status-remove-voter = '{ $who }' has voted on { $votes } { $votes ->
        [one] question
       *[other] questions
    }: Ctrl+D again removes them with their votes; any other key keeps them.
cli-outline-minutes = { $minutes } min
cli-report-votes-left-out = { $n ->
        [one] One vote in '{ $path }' no longer fits the framework and is left out of the report:
       *[other] { $n } votes in '{ $path }' no longer fit the framework and are left out of the report:
    }

# Facilitator aids: the parking lot, the next question to settle, the search line.
ui-parked-mark = [parked]
ui-status-parked = '{ $id }' is in the parking lot; w comes back to it, f takes it out.
ui-status-unparked = '{ $id }' is out of the parking lot.
ui-status-none-open = Every question shown is answered and none is parked: r reviews the answers.
ui-status-at-parked = '{ $id }' is parked: settle it, then f takes it out of the parking lot.
ui-status-search-none = No question matches '{ $query }': try fewer or other words.
ui-search-title = Find a question
ui-search-hint = Type words of a question, its id or its principle; Enter goes there, Esc closes.
ui-search-count = { $n ->
        [one] One question matches; Enter goes there.
       *[other] { $n } questions match; ↑↓ choose, Enter goes there.
    }
ui-help-park = park or unpark this question (the parking lot)
ui-help-next-open = next question unanswered or parked (goes round)
ui-help-search = find a question by a word, its id or principle

# Action owners and due dates, entered on the results.
ui-action-title = Who follows this action up, and by when
ui-action-owner = Owner
ui-action-due = Due
ui-action-due-hint = A due date is written YYYY-MM-DD, e.g. 2027-01-31; leave it empty for none.
ui-action-bad-date = '{ $due }' is not a date: write the day as YYYY-MM-DD, e.g. 2027-01-31, or leave it empty.
ui-action-key-keep = next field, keep
ui-action-key-field = field
ui-action-none = none
ui-results-action-plan = Owner: { $owner } · due: { $due }
ui-status-action-kept = The owner and due date of the action on '{ $id }' are kept; every report shows them.
ui-status-no-action = There is no action { $n } in the list: choose one of the numbers shown.
ui-status-no-actions = There are no actions to give an owner yet.
ui-help-action-pick = put the cursor on that action of the list
ui-help-action-edit = the owner and due date of the action under the cursor

# The workshop clock and the agenda.
ui-status-clock-on = The clock runs in the header; the agenda (A) counts the time spent on each principle. T stops it.
ui-status-clock-off = The clock is stopped; T starts it again.
ui-agenda-title = Agenda
ui-agenda-budget = Budget
ui-agenda-spent = Spent
ui-agenda-answered = Answered
ui-agenda-none = none
ui-agenda-min = { $n } min
ui-agenda-total = In all: { $budget } min budgeted, { $spent } min spent.
ui-agenda-clock-on = Time spent counts while the clock runs, on the questions of each principle (this sitting only).
ui-agenda-clock-off = The clock is stopped: T starts it, and the time spent on each principle is counted while it runs.
ui-agenda-key-budget = budget ±5 min
ui-agenda-key-clock = clock
ui-agenda-key-close = close
ui-help-clock = start or stop the clock in the header
ui-help-agenda = agenda: time budget and time spent per principle
