# Тексты integra на русском. Ключи те же, что в en.ftl; названия клавиш не переводятся.

## Screens (header, help)
ui-screen-start = Начало
ui-screen-setup = Об оценке
ui-screen-overview = Обзор
ui-screen-question = Вопрос
ui-screen-review = Проверка
ui-screen-results = Результаты
ui-screen-export = Экспорт

## Window too small
ui-too-small-need = integra нужно окно не меньше { $size } символов.
ui-too-small-have = Сейчас оно { $size }: увеличьте окно (или уменьшите шрифт).
ui-too-small-quit = Нажмите q, чтобы выйти; ответы сохранены.

## Footer
ui-key-quit = выход
ui-key-keys = клавиши
ui-key-move = курсор
ui-key-change = сменить
ui-key-open = открыть
ui-key-field = поле
ui-key-next = далее
ui-key-back = назад
ui-key-review = проверка
ui-key-results = итоги
ui-key-edit = изменить
ui-key-overview = обзор
ui-key-scroll = листать
ui-key-export = экспорт
ui-key-tick = отметить
ui-key-write = записать
ui-key-question = вопрос
ui-key-type = ввод
ui-key-keep = принять
ui-key-note = заметка
ui-key-done = готово
ui-key-choose = выбрать
ui-key-choose-next = далее

## Start screen
ui-start-title = Новая оценка
ui-start-framework = Методика
ui-start-language = Язык
ui-start-no-framework = (методика не найдена)
ui-start-new = Начать новую оценку
ui-start-no-sessions = Сохранённых сессий пока нет: ответы сохраняются сразу.
ui-start-resume = Продолжить сохранённую сессию
ui-start-unnamed = (программа без названия)

## Setup screen
ui-setup-title = Об этой оценке
ui-setup-intro = Эти сведения войдут в отчёт. Все необязательны; m — изменить позже.
ui-setup-continue = Продолжить
ui-field-programme = Программа
ui-field-site = Площадка
ui-field-country = Страна
ui-field-date = Дата
ui-field-facilitator = Ведущий
ui-field-participants = Участники

## Overview
ui-overview-hidden-mark = (скрыт)
ui-overview-principle-hint = Enter открывает первый вопрос без ответа.
ui-overview-answer = Ответ: { $answer }
ui-overview-unanswered = Ответа пока нет. Enter — открыть.
ui-overview-hidden = Скрыт: задаётся, только если { $why }.

## Question screen
ui-question-position = { $principle } { $sep } { $n } из { $total }
ui-question-guidance = Пояснение:
ui-question-evidence = Подтверждение:
ui-question-more = (i: ещё)
ui-question-number = Число:
ui-question-answer = Ответ: { $text }
ui-question-write = Написать ответ
ui-question-range-both = От { $min } до { $max }.
ui-question-range-min = Не меньше { $min }.
ui-question-range-max = Не больше { $max }.
ui-question-type-number = Введите число и нажмите Enter.
ui-question-editor-hint = Enter открывает редактор; Esc сохраняет написанное.
ui-question-note = Заметка:
ui-question-no-note = Заметки нет (n — добавить).
ui-question-progress = Отвечено { $answered } из { $total }
ui-number-invalid = «{ $typed }» — не число
ui-number-between = Ответ должен быть от { $min } до { $max }.
ui-number-at-least = Ответ должен быть не меньше { $min }.
ui-number-at-most = Ответ должен быть не больше { $max }.

## Review
ui-review-question = Вопрос
ui-review-answer = Ответ
ui-review-not-answered = нет ответа
ui-review-summary = Отвечено { $answered } из { $total } { $sep } без ответа: { $unanswered } ({ $mark }) { $sep } с низкой оценкой: { $low } ({ $lowmark })

## Results
ui-results-overall = Общая готовность:
ui-results-capped = Ограничено порогами ниже; по одному баллу уровень был бы: { $band }
ui-results-none = Оценённых ответов пока нет.
ui-results-coverage = Охват: отвечено { $answered } из { $applicable } применимых оцениваемых вопросов ({ $percent } %)
ui-results-principles = Принципы
ui-results-not-scored = не оценено
ui-results-gates = Непройденные пороги (каждый ограничивает уровень)
ui-results-not-assessed = (ещё не оценено)
ui-results-actions = Главные рекомендуемые действия
ui-results-points = ({ $points } балла)

## Export
ui-export-title = Экспорт отчёта
ui-export-dir = Отчёты записываются в { $dir }
ui-export-write = Записать файлы
ui-export-written = Записано:
ui-format-md = Markdown
ui-format-html = HTML (одна самодостаточная страница)
ui-format-txt = Простой текст
ui-format-json = JSON (для других программ)
ui-format-csv = CSV (строка на вопрос)
ui-format-docx = Word (.docx, для правки и рассылки)
ui-format-csv-principle = CSV (строка на принцип)

## Popups
ui-quit-title = Выйти из integra?
ui-quit-saved = Все ответы уже сохранены в:
ui-quit-nothing = Ответов пока нет.
ui-quit-yes = выйти
ui-quit-stay = остаться
ui-notice-continue = Enter или Esc — продолжить
ui-notice-changed = Методика изменилась
ui-editor-note = Заметка
ui-editor-answer = Ответ
ui-editor-close = сохранить и закрыть
ui-editor-newline = новая строка
ui-editor-keep = сохранить
ui-help-title = Клавиши
ui-help-here = На этом экране ({ $screen })
ui-help-everywhere = Везде
ui-help-space = выбрать или отметить пункт списка
ui-help-clear = стереть ответ
ui-help-info = полное пояснение к вопросу
ui-help-pages = также PgUp PgDn: предыдущий / следующий вопрос
ui-help-these-keys = эти клавиши
ui-help-esc = назад; закрывает окно
ui-help-quit = выход (с вопросом; ответы всегда сохранены)
ui-help-present = режим проектора: контраст, меньше текста
ui-help-screens = обзор, проверка, итоги, экспорт
ui-help-meta = изменить сведения об оценке
ui-help-mouse-key = мышь
ui-help-mouse = колесо листает, щелчок выбирает
ui-info-title = Об этом вопросе
ui-info-guidance = Пояснение
ui-info-evidence = Чем подтвердить
ui-info-why = Почему этот принцип важен
ui-info-low = Если оценка низкая

## Messages
ui-status-hidden = Скрыт: этот вопрос задаётся, только если { $why }.
ui-status-all-hidden = Все вопросы этого принципа скрыты из-за предыдущих ответов.
ui-status-first = Это первый вопрос.
ui-save-failed = не удалось сохранить «{ $path }»: { $error }
ui-no-framework = методика не выбрана
ui-no-data-folder = нет папки данных для сессий (задана ли HOME?); укажите --session ФАЙЛ

## Saving, unreadable sessions, preview
ui-too-small-quit-preview = Нажмите q, чтобы выйти из просмотра; ничего не сохраняется.
ui-too-small-quit-lose = Ответы НЕ сохранены: нажмите q ещё раз, чтобы выйти и потерять их, или увеличьте окно, чтобы их экспортировать.
ui-too-small-quit-unsaved = Ответы не сохранены (--no-save). Нажмите q, чтобы выйти.
ui-too-small-quit-nosave = Нажмите q, чтобы выйти; ничего не сохраняется (--no-save).
ui-marker-nosave = Без сохранения (--no-save)
ui-marker-preview = Просмотр — ничего не сохраняется
ui-quit-preview = Это был просмотр: ничего не сохранено.
ui-quit-nosave-lost = Ответы НЕ сохранены (--no-save) и будут потеряны. Сначала экспортируйте их (e), чтобы сохранить.
ui-quit-exported = С момента экспорта ничего не изменилось; он сохранён в:
ui-quit-save-failed = Последнее сохранение не удалось: ответы, данные после него, есть только в памяти и пропадут при выходе. Файл:
ui-save-exists = «{ $path }» уже существует; выберите другое имя, чтобы не заменить файл
ui-save-title = Не удалось сохранить
ui-save-in-memory = Ответы по-прежнему здесь, в памяти.
ui-save-elsewhere = Сохраните их в другом месте (файл или папка):
ui-save-there = сохранить туда
ui-save-not-now = не сейчас
ui-save-not-now-status = Не сохранено: ответы в памяти; при следующем изменении будет новая попытка.
ui-saved-in = Сохранено в «{ $path }»; дальше ответы сохраняются туда.
ui-unreadable-title = Эту сессию нельзя прочитать
ui-unreadable-kept = «{ $path }» остаётся как есть; поверх него ничего не запишется.
ui-unreadable-backup = Её резервная копия до последнего сохранения читается: { $path }
ui-unreadable-moves = Если открыть её, нечитаемый файл будет отложен в сторону (без изменений).
ui-unreadable-open = открыть копию
ui-unreadable-leave = оставить
ui-unreadable-no-backup = Читаемой резервной копии нет.
ui-unreadable-close = закрыть
ui-restored-title = Открыта резервная копия
ui-restored-moved = Файл не читался, поэтому он отложен без изменений в:
ui-restored-open = Вместо него открыта резервная копия до последнего сохранения.
ui-start-unreadable = не читается: Enter — подробности
ui-preview-export = Это просмотр: ничего не записывается. Чтобы провести оценку и экспортировать, запустите `integra run --framework ФАЙЛ`.

## Answers in words
answer-yes = Да
answer-partly = Частично
answer-no = Нет
answer-not-applicable = Неприменимо
answer-dont-know = Не знаю
answer-none-ticked = Ни один вариант
answer-level = уровень { $n }

## Conditions in words
cond-and = { $a } и { $b }
cond-or = { $a } или { $b }
cond-not = не ({ $a })
cond-is = = «{ $v }»
cond-one-of = — одно из: { $v }
cond-at-least = ≥ { $v }
cond-at-most = ≤ { $v }
cond-includes = включает «{ $v }»

## Command line
cli-needs-terminal = мастеру нужен интерактивный терминал; для скриптов используйте `integra score ANSWERS.toml`, `integra report` или `integra outline`
cli-wrote-report = Отчёт { $format } записан в «{ $path }».

## Reports
report-questions-count = { $n ->
        [one] { $n } вопрос
        [few] { $n } вопроса
       *[many] { $n } вопросов
    }
