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
ui-question-editor-hint = Enter opens the editor; Esc keeps what you wrote.
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
ui-results-capped = Capped by the gates below; the score alone would reach: { $band }
ui-results-none = No scored answers yet.
ui-results-coverage = Coverage: { $answered } of { $applicable } applicable scored questions answered ({ $percent }%)
ui-results-principles = Principles
ui-results-not-scored = not scored
ui-results-gates = Gates not passed (each caps the band)
ui-results-not-assessed = (not yet assessed)
ui-results-actions = Top recommended actions
ui-results-points = ({ $points } points)

## Export
ui-export-title = Export the report
ui-export-dir = Reports are written to { $dir }
ui-export-write = Write the files
ui-export-written = Written:
ui-format-md = Markdown
ui-format-html = HTML (one self-contained page)
ui-format-txt = Plain text
ui-format-json = JSON (for other tools)
ui-format-csv = CSV (one row per question)
ui-format-docx = Word (.docx, to edit and share)
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
ui-editor-close = keep and close
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

## Reports
report-questions-count = { $n ->
        [one] { $n } question
       *[other] { $n } questions
    }
