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
ui-export-anonymous = Не указывать имена ведущего и участников
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

ui-resume-version = Методика «{ $id }» теперь версии { $now }; эта сессия сохранена по версии { $was }.
ui-resume-changed = Методика «{ $id }» изменилась после сохранения этой сессии.
ui-resume-kept = { $kept ->
        [one] Сохранён { $kept } ответ
        [few] Сохранено { $kept } ответа
       *[many] Сохранено { $kept } ответов
    }. Больше не подходят и отложены ({ $dropped }):
ui-resume-backup = Исходный файл сохранён в { $path }
ui-resume-untouched = Без сохранения: { $path } остаётся как был, со всеми ответами.
ui-resume-all-fit = { $n ->
        [one] { $n } ответ по-прежнему подходит.
        [few] Все { $n } ответа по-прежнему подходят.
       *[many] Все { $n } ответов по-прежнему подходят.
    }

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
cli-wrote-report = Отчёт ({ $format }) записан в «{ $path }».
cli-signals = не удаётся отслеживать сигналы: { $error }
cli-terminal-open = не удаётся открыть терминал: { $error }
cli-terminal-error = ошибка терминала: { $error }
cli-score-overall = Итог: { $score } / 100  { $band }
cli-score-capped = (ограничено непройденными порогами; по одному баллу уровень был бы: { $band })
cli-score-none = Итог: оценённых ответов пока нет
cli-score-gates = Непройденные пороги (каждый ограничивает уровень)
cli-score-actions = Главные действия (по баллам на кону)


## Reports
report-label = { $label }:
report-title = Отчёт о готовности к интеграции
report-title-programme = Отчёт о готовности к интеграции: { $programme }
report-not-recorded = не указано
report-omitted = скрыто
report-anonymous = Имена ведущего и участников в этот отчёт не включены.
report-version = версия
report-framework-hash = Отпечаток методики
report-coverage = Охват
report-coverage-value = отвечено { $answered } из { $applicable } применимых оцениваемых вопросов ({ $percent } %)
report-caution = Внимание
report-h-result = Итог
report-gates-head = { $capped ->
        [yes] Уровень ограничен: { $n ->
            [one] не пройден { $n } порог
            [few] не пройдены { $n } порога
           *[many] не пройдено { $n } порогов
        }
       *[no] { $n ->
            [one] Не пройден { $n } порог
            [few] Не пройдены { $n } порога
           *[many] Не пройдено { $n } порогов
        }
    }{ $format ->
        [html] {""}
       *[other] .
    }
report-gate-explain = Порог — обязательный минимум: он ограничивает готовность, каким бы высоким ни было среднее{ $capped ->
        [yes] {""}
       *[no] ; даже более высокий балл не поднимет уровень, пока { $n ->
            [one] он не пройден
           *[other] они не пройдены
        }
    }{ $format ->
        [html] .
       *[other] :
    }
report-gate-needs = «{ $watches }»: требуется { $rule }. Пока этот порог не пройден, готовность не может быть выше уровня «{ $cap }».
report-readiness = Готовность: { $band }
report-overall-score = { $format ->
        [md] общий балл { $score } из 100
       *[other] Общий балл: { $score } из 100
    }
report-score-alone = По одному баллу уровень был бы «{ $uncapped }»; непройденные пороги выше удерживают его на уровне «{ $band }».
report-no-score-lead = Общего балла пока нет:
report-no-score = ни на один оцениваемый вопрос не дан ответ.
report-h-progress = Изменения с прошлой оценки
report-compared = По сравнению с оценкой { $dated ->
        [yes] от { $date }
       *[no] из --compare
    }: улучшилось ответов — { $improved }, ухудшилось — { $worsened }, впервые дано — { $answered }, изменилось без сравнимого балла — { $changed }.
report-col-before = Было
report-col-now = Стало
report-col-change = Разница
report-overall-score-row = Общий балл
report-readiness-row = Готовность
report-gates-changed = Пороги, у которых изменилось состояние
report-answers-changed = Изменившиеся ответы
report-not-answered = нет ответа
report-score-change = балл { $change }
report-no-change = Ни один ответ не изменился.
report-h-principles = Баллы по принципам
report-col-principle = Принцип
report-col-score = Балл
report-col-chart = Диаграмма (0–100)
report-col-weight = Вес
report-col-answered = Отвечено
report-n-of-m = { $answered } из { $applicable }
report-weight-share = вес { $share } %
report-context-only = только контекст
report-answered-of = отвечено { $answered } из { $applicable }
report-h-strengths = Сильные стороны
report-no-strengths = Пока ни один вопрос не набрал 75.
report-h-gaps = Пробелы
report-no-gaps = Нет вопросов с баллом ниже 50.
report-h-actions = План действий
report-actions-intro = Рекомендации по вопросам без полного балла: сначала те, где на кону больше всего баллов (место), по принципам. Для каждой укажите ответственного и срок.
report-col-rank = Место
report-col-action = Действие
report-col-question = Вопрос
report-col-owner = Ответственный
report-col-due = Срок
report-action-question = Вопрос { $number }: { $text } (ответ: { $answer }, балл { $score }/100)
report-no-actions = Действий нет: каждый вопрос с рекомендацией имеет полный балл или ещё без ответа.
report-h-notes = Заметки
report-no-notes = Заметок нет.
report-h-appendix = Приложение: все вопросы и ответы
report-col-answer = Ответ
report-col-status = Состояние
report-shown-if-lead = Задаётся, только если { $condition }
report-shown-if = задаётся, только если { $condition }
report-h-hidden = Вопросы, скрытые условиями
report-hidden-intro = Эти вопросы не задавались, потому что предыдущий ответ сделал их неуместными; они не входят ни в один балл.
report-hidden-head = Вопросы, скрытые условиями (не входят ни в один балл):
report-h-method = Как рассчитаны баллы
report-method-questions-lead = Вопросы.
report-method-questions = Каждый отвеченный вопрос даёт от 0 до 1. Шкала оценивается по месту выбранного уровня (низший уровень 0, высший 1); «да», «частично» и «нет» дают 1, ½ и 0; выбор даёт баллы варианта, делённые на баллы лучшего варианта; список с отметками даёт отмеченные баллы, делённые на все его баллы; число, если методика это задаёт, оценивается по прямой между его минимумом и максимумом. Вопросы со свободным ответом и варианты без баллов дают контекст, но не балл.
report-method-principles-lead = Принципы.
report-method-principles = Балл принципа равен 100 × Σ(вес × балл) ÷ Σ(вес) по его вопросам с оцениваемым ответом. Вопросы с ответом «неприменимо», скрытые условием, с ответом «не знаю» или ещё без ответа не входят ни в одну из сумм: они не повышают и не понижают балл. Охват показывает, сколько вопросов учтено.
report-method-overall-lead = Общий балл.
report-method-overall = Общий балл — среднее баллов принципов, взвешенное по доле каждого принципа (принципы без оцениваемых ответов не учитываются):
report-share = { $share } % (вес { $weight })
report-no-share = без доли: только вопросы контекста, без оценки
report-method-bands-lead = Уровни.
report-method-bands = Уровень — тот, в диапазон которого попадает общий балл:
report-band-range = от { $min } до { $max }
report-band-range-under = от { $min } до менее { $max }
report-method-gates-lead = Пороги.
report-method-gates = Порог — обязательный минимум. Пока он не пройден, уровень не может быть выше его предела, каким бы высоким ни было среднее. Порог на вопросе без ответа или с ответом «не знаю» не пройден, пока вопрос не оценён; порог на скрытом или неприменимом вопросе считается пройденным.
report-gate-rule = «{ $watches }»: требуется { $rule }; иначе уровень ограничен «{ $cap }».
report-no-gates = В этой методике нет порогов.
report-method-actions-lead = Действия
report-method-actions = упорядочены по баллам на кону: доля вопроса в общем весе × его отставание от полного балла × 100.
report-schema = схема отчёта { $n }
report-framework-word = методика
report-aria-no-score = нет балла
report-aria-score = { $score } из 100
report-status-scored = Оценён
report-status-unscored = Не оценивается (контекст)
report-status-not-applicable = Неприменимо: вне балла
report-status-dont-know = Не знаю: вне балла
report-status-hidden = Скрыт условием: вне балла
report-status-unanswered = Ответа пока нет
report-gate-passed = Пройден
report-gate-not-applicable = Здесь не применяется
report-gate-failed = Не пройден
report-gate-not-assessed = Ещё не оценён
report-rule-level = ответ не ниже «{ $label }» (уровень { $level })
report-rule-level-bare = ответ не ниже уровня { $level }
report-rule-principle = балл принципа не ниже { $min }
report-rule-score = балл не ниже { $min } из 100
report-rule-answer = ответ
report-warn-version = Эти ответы даны по версии «{ $was }» методики; отчёт оценивает их по версии «{ $now }». Проверьте, что вопросы по-прежнему значат то же самое.
report-warn-hash = Эти ответы даны по другой копии методики ({ $was }), чем та, что использована в отчёте ({ $now }). Проверьте, что вопросы по-прежнему значат то же самое.
report-warn-no-score = Ни на один оцениваемый вопрос ещё нет ответа, поэтому нет ни общего балла, ни уровня.
report-warn-coverage = Оцениваемый ответ есть только у { $answered } из { $applicable } применимых вопросов ({ $percent } %): баллы могут сильно измениться, когда ответят на остальные.
report-warn-earlier-version = Прежние ответы даны по версии «{ $was }» методики; здесь обе оценки рассчитаны по версии «{ $now }».
report-band-higher = выше
report-band-lower = ниже
report-band-same = так же
report-trend-improved = улучшился
report-trend-worsened = ухудшился
report-trend-answered = новый ответ
report-trend-changed = изменён
report-trend-unchanged = без изменений

## Word reports (the other labels are shared with report-*)
docx-contents = Содержание
docx-framework-value = { $title } ({ $id }, версия { $version })
docx-gates-capped = Уровень ограничен непройденными порогами
docx-gates-failed = Непройденные пороги
docx-gate-intro = Порог — обязательный минимум: пока он не пройден, готовность не выше его предела, каким бы высоким ни был средний балл.
docx-gate-line = «{ $watches }»: требуется { $rule }. Пока этот порог не пройден, готовность не может быть выше уровня { $cap }.
docx-overall-score = Общий балл: { $score } из 100
docx-uncapped = По одному баллу уровень был бы { $uncapped }; непройденные пороги удерживают его на уровне { $band }.
docx-col-chart = Диаграмма (0–100, клетка на каждые 10 баллов)
docx-action-intro = Рекомендации по вопросам без полного балла, по принципам; место ставит первыми те, где на кону больше всего баллов. Для каждой укажите ответственного и срок.
docx-hidden-intro = Предыдущий ответ сделал эти вопросы неуместными: они не задавались и не входят ни в один балл.
docx-progress-intro = По сравнению с { $previous }: улучшилось ответов — { $improved }, ухудшилось — { $worsened }, впервые дано — { $answered }, изменилось без сравнимого балла — { $changed }.
docx-previous-dated = оценкой от { $date }
docx-previous-undated = прошлой оценкой
docx-method-questions = Каждый отвеченный вопрос даёт от 0 до 1. Шкала оценивается по месту выбранного уровня (низший 0, высший 1); «да», «частично» и «нет» дают 1, ½ и 0; выбор даёт баллы варианта, делённые на баллы лучшего; список с отметками даёт отмеченные баллы, делённые на все его баллы; число, если методика это задаёт, оценивается по прямой между его минимумом и максимумом. Вопросы со свободным ответом и варианты без баллов дают контекст, но не балл.
docx-method-principles = Балл принципа равен 100 × Σ(вес × балл) ÷ Σ(вес) по его вопросам с оцениваемым ответом. Вопросы с ответом «неприменимо» или «не знаю», скрытые условием или ещё без ответа не входят ни в одну из сумм и не повышают и не понижают балл; охват считает учтённые вопросы.
docx-method-overall = Общий балл — среднее баллов принципов, взвешенное по доле каждого принципа (принцип без оцениваемых ответов не учитывается):
docx-method-gates = Порог — обязательный минимум. Пока он не пройден, уровень не может быть выше его предела, каким бы высоким ни было среднее. Порог на вопросе без ответа или с ответом «не знаю» не пройден, пока вопрос не оценён; порог на скрытом или неприменимом вопросе считается пройденным.
docx-no-share = { $title }: без доли (только вопросы контекста, без оценки)
docx-gate-method-line = { $reason } «{ $watches }»: требуется { $rule }; иначе уровень ограничен { $cap }. { $status }.
docx-footer = { $generator } · схема отчёта { $schema } · методика { $id } { $version } ({ $hash })

## Portfolio (integra aggregate)
agg-title = Сводка: { $title }
agg-sub = { $format ->
        [html] Методика <code>{ $id }</code> версии { $version } · сессий: { $n }, по стране, площадке, программе и дате.
       *[other] Методика `{ $id }` версии { $version } (`{ $hash }`) · сессий: { $n }, по стране, площадке, программе и дате.
    }
agg-anonymous = Имена ведущих и участников не включены.
agg-h-sessions = Сессии
agg-col-overall = Итог
agg-col-band = Уровень
agg-col-failed-gates = Непройденные пороги
agg-capped = (ограничен)
agg-median = Медиана
agg-mean = Среднее
agg-h-bands = Уровни
agg-no-score = Балла пока нет
agg-capped-count = Сессий, которые непройденные пороги удерживают ниже уровня их балла: { $capped } из { $n }.
agg-schema = схема сводки { $n }
agg-version-note = Некоторые сессии заполнены по другой версии «{ $id }»; здесь каждая строка оценена по версии { $version }: { $list }.
agg-version-item = «{ $file }» (версия { $version })
cli-wrote-portfolio = Сводка (сессий: { $n }) записана в «{ $path }».
