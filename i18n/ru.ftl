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
ui-question-editor-hint = Enter открывает редактор; там Enter сохраняет написанное, Esc отменяет.
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
ui-results-capped = Ограничено (причины ниже); по одному баллу уровень был бы: { $band }
ui-results-none = Оценённых ответов пока нет.
ui-results-coverage = Охват: отвечено { $answered } из { $applicable } применимых оцениваемых вопросов ({ $percent } %)
ui-results-principles = Принципы
ui-results-not-scored = не оценено
ui-results-gates = Непройденные пороги
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
ui-format-xlsx = Электронная таблица (.xlsx, по листу на таблицу)
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
cli-score-capped = (ограничено, причины ниже; по одному баллу уровень был бы: { $band })
cli-score-none = Итог: оценённых ответов пока нет
cli-score-gates = Непройденные пороги
cli-score-actions = Главные действия (сначала то, что удерживает уровень, затем по баллам на кону)


## Reports
report-label = { $label }:
report-title = Отчёт о готовности к интеграции
report-title-programme = Отчёт о готовности к интеграции: { $programme }
report-not-recorded = не указано
report-omitted = скрыто
report-anonymous = Имена ведущего и участников в этот отчёт не включены. Заметки и ответы в свободной форме сохранены так, как были написаны: перед тем как делиться отчётом, проверьте, нет ли в них имён.
report-version = версия
report-framework-hash = Отпечаток методики
report-coverage = Охват
report-coverage-value = отвечено { $answered } из { $applicable } применимых оцениваемых вопросов ({ $percent } %)
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
report-gate-needs = { $format ->
        [txt] «{ $watches }»: требуется { $rule }. Пока этот порог не пройден, готовность не может быть выше уровня «{ $cap }».
       *[other] «{ $watches }»: требуется { $rule }. Пока этот порог не пройден, готовность не может быть выше уровня { $cap }.
    }
report-readiness = Готовность: { $band }
report-overall-score = { $format ->
        [md] общий балл { $score } из 100
       *[other] Общий балл: { $score } из 100
    }
report-score-alone = { $format ->
        [txt] По одному баллу уровень был бы «{ $uncapped }»; он удерживается на уровне «{ $band }» по причинам ниже.
       *[other] По одному баллу уровень был бы { $uncapped }; он удерживается на уровне { $band } по причинам ниже.
    }
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
report-weight-share = вес { $share } %
report-context-only = только контекст
report-answered-of = отвечено { $answered } из { $applicable }
report-h-strengths = Сильные стороны
report-no-strengths = Пока ни один вопрос не набрал 75.
report-h-gaps = Пробелы
report-no-gaps = Нет вопросов с баллом ниже 50.
report-h-actions = План действий
report-actions-intro = Рекомендации по вопросам без полного балла: сначала те, что удерживают уровень, затем те, где на кону больше всего баллов (место), по принципам. Для каждой укажите ответственного и срок.
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
report-share = { $share } % (вес { $weight })
report-no-share = без доли: только вопросы контекста, без оценки
report-method-bands-lead = Уровни.
report-method-bands = Уровень — тот, в диапазон которого попадает общий балл:
report-band-range = от { $min } до { $max }
report-band-range-under = от { $min } до менее { $max }
report-method-gates-lead = Пороги.
report-method-gates = Порог — обязательный минимум. Пока он не пройден, уровень не может быть выше его предела, каким бы высоким ни было среднее. Порог на вопросе без ответа или с ответом «не знаю» не пройден, пока вопрос не оценён; порог на скрытом или неприменимом вопросе считается пройденным.
report-gate-rule = { $format ->
        [txt] «{ $watches }»: требуется { $rule }; иначе уровень ограничен «{ $cap }».
       *[other] «{ $watches }»: требуется { $rule }; иначе уровень ограничен { $cap }.
    }
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
report-warn-version = Эти ответы даны по версии «{ $was }» методики; отчёт оценивает их по версии «{ $now }». Проверьте, что вопросы по-прежнему значат то же самое.
report-warn-hash = Эти ответы даны по другой копии методики ({ $was }), чем та, что использована в отчёте ({ $now }). Проверьте, что вопросы по-прежнему значат то же самое.
report-warn-no-score = Ни на один оцениваемый вопрос ещё нет ответа, поэтому нет ни общего балла, ни уровня.
report-warn-coverage = Оцениваемый ответ есть только у { $answered } из { $applicable } применимых вопросов ({ $percent } %): баллы могут сильно измениться, когда ответят на остальные.
report-warn-earlier-version = Прежние ответы даны по версии «{ $was }» методики; здесь обе оценки рассчитаны по версии «{ $now }».
report-hint-unclosed = '{"{"}% { $tag } %{"}"}', открытый в строке { $line }, нигде не закрыт: добавьте '{"{"}% end{ $tag } %{"}"}' там, где он должен заканчиваться
report-warn-other-programme = Исходная оценка относится к другой программе («{ $was }», эта — «{ $now }»): различия ниже сравнивают две программы и не показывают прогресс.
report-warn-other-site = Исходная оценка относится к другой площадке («{ $was }», эта — «{ $now }»): различия ниже сравнивают две площадки и не показывают прогресс.
report-warn-later-baseline = Исходная оценка датирована { $was }, позже этой оценки ({ $now }): если она более поздняя, поменяйте файлы местами, иначе изменения читаются наоборот.
report-band-higher = выше
report-band-lower = ниже
report-band-same = так же
report-trend-improved = улучшился
report-trend-worsened = ухудшился
report-trend-answered = новый ответ
report-trend-changed = изменён
report-trend-unchanged = без изменений

## Word reports (the other labels are shared with report-*)
docx-framework-value = { $title } ({ $id }, версия { $version })
docx-gates-capped = Уровень ограничен непройденными порогами
docx-gates-failed = Непройденные пороги
docx-gate-intro = Порог — обязательный минимум: пока он не пройден, готовность не выше его предела, каким бы высоким ни был средний балл.
docx-gate-line = «{ $watches }»: требуется { $rule }. Пока этот порог не пройден, готовность не может быть выше уровня { $cap }.
docx-overall-score = Общий балл: { $score } из 100
docx-uncapped = По одному баллу уровень был бы { $uncapped }; он удерживается на уровне { $band } по причинам ниже.
docx-col-chart = Диаграмма (0–100, клетка на каждые 10 баллов)
docx-action-intro = Рекомендации по вопросам без полного балла, по принципам; место ставит первыми то, что удерживает уровень, затем те, где на кону больше всего баллов. Для каждой укажите ответственного и срок.
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
docx-page-of = Страница { $page } из { $pages }
docx-contents = Содержание
docx-contents-hint = Чтобы добавить номера страниц в этот список, обновите его: F9 в Word, «Сервис > Обновить > Обновить всё» в LibreOffice.

## Spreadsheet reports (.xlsx)
xlsx-sheet-summary = Сводка
xlsx-sheet-principles = Принципы
xlsx-sheet-questions = Вопросы
xlsx-sheet-actions = Действия
xlsx-col-item = Пункт
xlsx-col-value = Значение
xlsx-answered = Отвечено вопросов
xlsx-applicable = Применимых вопросов
xlsx-coverage-percent = Охват (%)
xlsx-col-share = Доля (%)
xlsx-col-note = Заметка
xlsx-col-points = Баллы на кону
xlsx-duplicate-sheet = два листа называются «{ $name }»: дайте листам разные названия в каталоге (xlsx-sheet-*)


## Portfolio (integra aggregate)
agg-title = Сводка: { $title }
agg-sub = { $format ->
        [html] Методика { $id } версии { $version } · сессий: { $n }, по стране, площадке, программе и дате.
       *[other] Методика { $id } версии { $version } ({ $hash }) · сессий: { $n }, по стране, площадке, программе и дате.
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

## Диагностика (integra validate, preview и файлы ответов). Id, ключи, значения и `code`
## не переводятся; переводятся только слова вокруг них.
diag-error = ошибка
diag-warning = предупреждение
diag-hint = подсказка
diag-summary = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
}
diag-did-you-mean = может быть, '{ $word }'?
diag-use-one-of = используйте одно из значений: { $values }
diag-unshown = { $count ->
    [one] ещё { $count } проблема не показана
    [few] ещё { $count } проблемы не показаны
   *[many] ещё { $count } проблем не показано
}
diag-unshown-hint = исправьте проблемы выше и снова запустите `integra validate`
diag-unlowered = вопрос '{ $id }' прошёл проверки, но его ключи не складываются в вопрос, который integra умеет задать (ошибка integra)
diag-unlowered-hint = сообщите об этом, приложив файл методики; пока сверьте ключи вопроса '{ $id }' с docs/framework-format.md
diag-unlowered-gate = порог '{ $id }' прошёл проверки, но его ключи не складываются в порог, который integra умеет применить (ошибка integra)
diag-unlowered-gate-hint = сообщите об этом, приложив файл методики; пока сверьте ключи порога '{ $id }' с docs/framework-format.md
diag-what-scale = шкала
diag-what-principle = принцип
diag-what-question = вопрос
diag-what-band = диапазон
diag-what-gate = порог
diag-what-principle-id = принцип '{ $id }'
diag-what-question-id = вопрос '{ $id }'
diag-id-hint = id состоит только из латинских букв, цифр, '-' и '_', например `referral-tracking`
diag-id-invalid = недопустимый id '{ $id }' ({ $what })
diag-id-duplicate = повторяющийся id '{ $id }' ({ $what })
diag-id-duplicate-hint = каждому элементу ({ $what }) нужен свой id; переименуйте один из них
diag-too-many-principles = принцип '{ $id }' лишний: в методике может быть не больше { $max } принципов
diag-too-many-questions = вопрос '{ $id }' лишний: в методике может быть не больше { $max } вопросов
diag-too-many-hint = разделите методику на несколько меньших
diag-framework-id-invalid = id методики '{ $id }' недопустим
diag-languages-en = 'languages' должен включать "en"
diag-languages-en-hint = английский — опорный язык, к которому возвращаются все остальные
diag-no-principles = в методике нет принципов
diag-no-principles-hint = добавьте хотя бы одну таблицу `[[principles]]` с вопросами
diag-scale-no-levels = у шкалы '{ $id }' нет уровней
diag-scale-no-levels-hint = добавьте хотя бы два `[[scales.levels]]` с value и label
diag-scale-one-level = у шкалы '{ $id }' только один уровень
diag-scale-one-level-hint = чтобы различать ответы, шкале нужно хотя бы два уровня
diag-scale-not-ascending = уровни шкалы '{ $id }' должны возрастать по значению, а { $next } идёт после { $prev }
diag-scale-not-ascending-hint = перечислите уровни от наименьшей готовности к наибольшей, с возрастающими значениями
diag-principle-no-questions = у принципа '{ $id }' нет вопросов
diag-principle-no-questions-hint = добавьте под ним таблицы `[[principles.questions]]`
diag-rating-no-scale = у оценочного вопроса '{ $id }' нет 'scale'
diag-rating-no-scale-hint = добавьте `scale = "<id of a [[scales]] entry>"`
diag-scale-define-hint = определите её в `[[scales]]`
diag-scale-undefined = вопрос '{ $id }' использует шкалу '{ $scale }', которая не определена
diag-kind-no-scale = у вопроса '{ $id }' типа { $kind } не может быть ключа 'scale'
diag-kind-no-scale-hint = шкала есть только у вопросов `kind = "rating"`; уберите ключ или смените тип
diag-kind-no-options = у вопроса '{ $id }' типа { $kind } не может быть ключа 'options'
diag-kind-no-options-hint = варианты есть только у вопросов choice и checklist
diag-kind-no-key = у вопроса '{ $id }' типа { $kind } не может быть ключа '{ $key }'
diag-kind-no-key-hint = границы, единица и числовая оценка бывают только у вопросов number
diag-too-few-options = вопросу '{ $id }' типа { $kind } нужно не меньше { $least ->
    [one] { $least } варианта
   *[many] { $least } вариантов
}
diag-too-few-options-hint = добавьте `options = [{ "{" } id = "...", label = "..." { "}" }, ...]`
diag-option-id-invalid = id варианта '{ $option }' вопроса '{ $id }' недопустим
diag-option-reserved = id варианта '{ $option }' вопроса '{ $id }' зарезервирован
diag-option-reserved-hint = в файлах ответов "na" и "dont_know" означают «неприменимо» и «не знаю»; используйте `not_applicable = true` / `dont_know = true` или переименуйте вариант
diag-option-twice = вопрос '{ $id }' дважды перечисляет вариант '{ $option }'
diag-option-twice-hint = дайте каждому варианту свой id
diag-option-points = у варианта '{ $option }' вопроса '{ $id }' баллы равны { $points }; баллы должны быть не меньше 0
diag-option-points-hint = используйте конечное число, например 0, 1 или 2
diag-number-bounds = у вопроса '{ $id }' min { $min } и max { $max }; min должен быть меньше max
diag-number-bounds-hint = поменяйте границы местами или исправьте их
diag-number-scoring-bounds = оцениваемому числовому вопросу '{ $id }' нужны и 'min', и 'max'
diag-number-scoring-bounds-hint = оценка идёт от min до max
diag-cond-forms = условие вопроса '{ $id }' должно использовать ровно одну из форм 'question', 'all', 'any' или 'not'
diag-cond-forms-hint = например, `show_if = { "{" } question = "legal_context", is = "legal" { "}" }`
diag-cond-self = условие вопроса '{ $id }' ссылается на него самого
diag-cond-self-hint = условие может смотреть только на более ранние вопросы
diag-cond-later = условие вопроса '{ $id }' ссылается на '{ $target }', который идёт позже
diag-cond-later-hint = перенесите вопрос, от которого оно зависит, раньше, или этот вопрос позже
diag-cond-unknown = условие вопроса '{ $id }' ссылается на неизвестный вопрос '{ $target }'
diag-check-question-id = проверьте id вопроса
diag-check-principle-id = проверьте id принципа
diag-cond-no-test = условие вопроса '{ $id }' говорит, на какой вопрос смотреть, но не что проверять
diag-cond-no-test-hint = добавьте одно из `is`, `one_of`, `at_least`, `at_most` или `includes`
diag-cond-wrong-test = условие вопроса '{ $id }' проверяет вопрос '{ $target }' (тип { $kind }) так, как этот тип не позволяет
diag-cond-wrong-test-hint = `is`/`one_of` для choice и yes_no, `at_least`/`at_most` для rating и number, `includes` для checklist
diag-cond-offers = '{ $target }' предлагает: { $values }
diag-cond-bad-value = условие вопроса '{ $id }' ожидает '{ $value }', но вопрос '{ $target }' такого не предлагает
diag-no-bands = в методике нет диапазонов
diag-no-bands-hint = добавьте таблицы `[[bands]]`, покрывающие баллы от 0 до 100
diag-band-bounds = диапазон '{ $id }' идёт от { $min } до { $max }; min должен быть меньше max
diag-band-bounds-hint = каждый диапазон охватывает баллы от min (включительно) до max (не включая)
diag-bands-order = диапазоны должны идти от низших баллов к высшим
diag-bands-order-hint = упорядочьте таблицы `[[bands]]` по 'min'
diag-band-first = нижний диапазон '{ $id }' начинается с { $min }: баллы ниже остаются без диапазона
diag-band-first-hint = начните нижний диапазон с `min = 0`
diag-band-last = верхний диапазон '{ $id }' кончается на { $max }; диапазоны должны доходить до 100
diag-band-last-hint = закончите верхний диапазон на `max = 100`
diag-band-overlap = диапазон '{ $id }' начинается с { $min }, а диапазон '{ $other }' идёт до { $max }: они перекрываются
diag-band-gap = диапазон '{ $id }' начинается с { $min }, а диапазон '{ $other }' кончается на { $max }: баллы между ними без диапазона
diag-band-start-at = начните '{ $id }' с { $at }
diag-gate-unknown-question = порог '{ $id }' следит за неизвестным вопросом '{ $target }'
diag-gate-unknown-principle = порог '{ $id }' следит за неизвестным принципом '{ $target }'
diag-gate-principle-level = порог '{ $id }' следит за принципом, а у принципа есть балл, но нет уровня
diag-gate-principle-level-hint = для порогов по принципам используйте `min_score = <0-100>`
diag-gate-no-threshold = у порога '{ $id }' не задано значение
diag-gate-no-threshold-hint = добавьте `min_score = <0-100>`
diag-gate-target = порог '{ $id }' должен следить ровно за одним: 'question' или 'principle'
diag-gate-target-hint = задайте либо `question = "..."`, либо `principle = "..."`
diag-gate-min-score = у порога '{ $id }' min_score { $score }; баллы идут от 0 до 100
diag-gate-min-score-hint = используйте число от 0 до 100
diag-gate-cap-hint = укажите один из id в `[[bands]]`
diag-gate-unknown-cap = порог '{ $id }' ограничивает неизвестным диапазоном '{ $band }'
diag-gate-threshold = порогу '{ $id }' нужно ровно одно из 'min_level' или 'min_score'
diag-gate-threshold-hint = `min_level` для уровня оценочного вопроса, иначе `min_score` (0-100)
diag-gate-level = порог '{ $id }' требует уровень { $level }, которого нет в шкале '{ $scale }'
diag-gate-level-not-rating = порог '{ $id }' использует 'min_level', но вопрос '{ $question }' не оценочный
diag-gate-level-not-rating-hint = используйте вместо этого `min_score = <0-100>`
diag-gate-unscored = порог '{ $id }' следит за вопросом '{ $question }', который не даёт баллов
diag-gate-unscored-hint = выберите оцениваемый вопрос (текст, варианты без баллов и числа без `scoring` баллов не дают)
diag-weight-positive = { $what }: вес { $weight }; вес должен быть больше 0
diag-weight-positive-hint = используйте положительное число, например 1 или 2; лучше убрать вопрос, чем дать ему вес 0
diag-weight-large = { $what }: вес { $weight } слишком велик
diag-weight-large-hint = используйте вес не больше 1000000
diag-ctx-header = заголовок методики
diag-ctx-id = { $what } '{ $id }'
diag-ctx-no-id = { $what } без id
diag-translations-hint = напишите `[translations.fr]`, а под ним строки `"question.ID.text" = "..."`
diag-translations-table = 'translations' должен быть таблицей языков
diag-lang-code = '{ $code }' — не код языка
diag-lang-code-hint = используйте код вроде fr, es, ru или pt-BR
diag-translations-lang-table = 'translations.{ $code }' должен быть таблицей
diag-translation-text = перевод '{ $key }' должен быть текстом в кавычках
diag-translation-text-hint = если в ключе есть точки, возьмите в кавычки и его: `"question.ID.text" = "..."`
diag-list-of-tables = '{ $name }' должен быть списком таблиц
diag-entry-table = каждый элемент '{ $name }' должен быть таблицей
diag-own-header-hint = пишите каждый элемент под своим заголовком `[[{ $name }]]`
diag-unknown-key = неизвестный ключ '{ $key }' ({ $context })
diag-keys-allowed = здесь допустимы ключи: { $keys }
diag-missing-key = не хватает '{ $key }' ({ $context })
diag-missing-key-hint = добавьте `{ $key } = ...` сюда ({ $context })
diag-bad-variant = '{ $value }' — недопустимое значение '{ $key }' ({ $context })
diag-a-value = значение
diag-bad-value = { $key } ({ $context }): { $detail }
diag-type-number-hint = пишите число без кавычек, например `weight = 2`
diag-type-bool-hint = пишите `true` или `false` без кавычек
diag-type-list-hint = пишите список в квадратных скобках, например `["a", "b"]`
diag-type-other-hint = форма этого ключа описана в docs/framework-format.md
diag-toml-syntax = это не корректный TOML (сообщение читателя TOML на английском: { $detail })
diag-toml-syntax-hint = проверьте кавычки, скобки и пары `key = value` в этой строке
diag-single-question = у принципа '{ $id }' всего один вопрос
diag-single-question-hint = тогда один ответ решает весь принцип; добавьте вопросы или объедините его с другим принципом
diag-no-help = у вопроса '{ $id }' нет пояснения
diag-no-help-hint = добавьте `help = "..."`: что значит вопрос и как его оценивать
diag-no-recommendation = у вопроса '{ $id }' нет рекомендации
diag-no-recommendation-hint = добавьте `recommendation = "..."`: что делать, если балл низкий
diag-gate-never-fails = порог '{ $id }' никогда не срабатывает, если на вопрос ответили
diag-gate-never-fails-hint = его значение не выше самого низкого возможного ответа; поднимите его или уберите порог
diag-untranslated = { $count ->
    [one] { $count } строка не переведена
    [few] { $count } строки не переведены
   *[many] { $count } строк не переведено
} на '{ $lang }', например '{ $first }'
diag-untranslated-hint = добавьте их в `[translations.{ $lang }]`; пока их нет, читатели видят английский текст
diag-unshown-warnings = { $count ->
    [one] ещё { $count } предупреждение не показано
    [few] ещё { $count } предупреждения не показаны
   *[many] ещё { $count } предупреждений не показано
}
diag-unshown-warnings-hint = исправьте предупреждения выше и снова запустите `integra validate`
diag-unreachable-hidden = вопрос '{ $id }' никогда не будет показан: его условие смотрит на '{ $targets }', { $count ->
    [one] который тоже никогда не показывается
   *[many] которые тоже никогда не показываются
}
diag-unreachable-hidden-hint = исправьте условие вопроса, на который оно смотрит, или проверяйте другой вопрос
diag-unreachable-not = вопрос '{ $id }' никогда не будет показан: `not` в его условии оборачивает то, что верно всегда
diag-unreachable-not-hint = вопрос без ответа делает проверку ложной, поэтому `not` от неё истинно; проверьте, что оборачивает `not`
diag-unreachable = вопрос '{ $id }' никогда не будет показан: его условие никогда не выполняется
diag-unreachable-bounds-hint = сверьте границы со шкалой или с min и max числа
diag-unreachable-contradiction-hint = никакие ответы не делают `{ $condition }` истинным: его части противоречат друг другу
diag-translated-twice = '{ $key }' переведён на '{ $lang }' дважды
diag-translated-twice-hint = оставьте либо встроенный перевод, либо этот
diag-translation-no-english = у '{ $key }' нет английского текста для перевода
diag-translation-no-english-hint = сначала напишите английский текст; любой перевод возвращается к нему
diag-translation-key-hint = ключи выглядят как `question.ID.text` или `scale.ID.level.VALUE.label`; см. docs/framework-format.md
diag-translation-key-unknown = ключ перевода '{ $key }' не называет ни одного текста этой методики
diag-cannot-read = не удаётся прочитать '{ $path }': { $error }
diag-cannot-read-hint = проверьте путь и права доступа
diag-folder = '{ $path }' — папка, а не файл
diag-folder-hint = укажите файл .toml
diag-too-big = '{ $path }' занимает { $size } байт; файлы больше { $max } байт (4 МиБ) не принимаются
diag-too-big-hint = тот ли это файл? методика или лист ответов занимает не больше нескольких сотен КиБ
diag-too-big-unknown = '{ $path }' содержит больше { $max } байт (4 МиБ); такие большие файлы не принимаются
diag-not-regular = '{ $path }' — не обычный файл (это устройство, канал или сокет); integra читает только файлы, сохранённые на диске
diag-not-regular-hint = укажите файл .toml, сохранённый на диске
diag-not-utf8 = '{ $path }' — не текст UTF-8: недопустимый байт на позиции { $offset }
diag-not-utf8-hint = сохраните файл в UTF-8 в своём редакторе
diag-ok = в порядке
cli-preview-fix = исправьте ошибки выше и снова запустите `integra preview { $file }`
diag-sheet-framework-hint = добавьте `framework = "<framework id>"` в начало файла
diag-sheet-keys-hint = в файле ответов бывают `framework`, `version`, `hash`, `language`, `[meta]`, `[answers]`, `[notes]` и `[session]`
diag-sheet-format-hint = формат файла ответов описан в `integra score --help`
diag-sheet-other-framework = эти ответы относятся к методике '{ $named }', а не '{ $id }'
diag-sheet-other-framework-hint = укажите нужную методику через --framework или исправьте id
diag-sheet-unknown-question = '{ $question }' — не вопрос методики '{ $id }'
diag-sheet-unknown-question-hint = `integra outline` выводит id вопросов
diag-answer-special = вопрос '{ $id }' не допускает "{ $word }"
diag-answer-special-hint = ответьте на него или уберите его, чтобы он остался без ответа
diag-answer-level = { $value } — не уровень вопроса '{ $id }'
diag-answer-level-hint = используйте одно из значений шкалы: { $values }
diag-answer-yes-no = { $value } — не ответ на вопрос «да/нет» '{ $id }'
diag-answer-yes-no-hint = используйте "yes", "partial" или "no"
diag-answer-number = вопрос '{ $id }' ждёт число, а не { $value }
diag-answer-number-hint = пишите число без кавычек
diag-answer-range = { $value } вне допустимых границ вопроса '{ $id }'
diag-answer-text = вопрос '{ $id }' ждёт текст, а не { $value }
diag-answer-text-hint = возьмите ответ в кавычки
diag-answer-checklist = вопрос '{ $id }' — список отметок; его ответ — список
diag-answer-checklist-hint = например ["option_a", "option_b"] или [], если ничего не подходит
diag-answer-between = ответ должен быть от { $min } до { $max }
diag-answer-at-least = ответ должен быть не меньше { $min }
diag-answer-at-most = ответ должен быть не больше { $max }
diag-answer-options = варианты: { $options }
diag-answer-option = { $value } — не вариант вопроса '{ $id }'

## Командная строка: forget, new, frameworks, templates
cli-forget-list = Эти файлы будут перезаписаны нулями, а затем удалены:
cli-forget-nothing = Ничего не удалено.
cli-forget-removed = удалён { $path }
cli-forget-failed = не удалось удалить '{ $path }': { $error }
cli-forget-done = Готово. Копии в других местах (отчёты, резервные копии этого компьютера, синхронизируемые папки) не затронуты, а на SSD и некоторых файловых системах старые данные могут пережить перезапись: см. `integra forget --help`.
cli-forget-confirm = Удалить { $count ->
    [one] этот { $count } файл
    [few] эти { $count } файла
   *[many] эти { $count } файлов
} навсегда? (введите y, чтобы согласиться) [y/N]
cli-forget-no-answer = не удалось прочитать ответ: { $error }; укажите --yes, чтобы пропустить вопрос
cli-new-created = Создан { $path } (методика '{ $id }').
cli-new-next = Дальше:
cli-new-step-edit = Отредактируйте его в любом текстовом редакторе; комментарии объясняют каждую настройку.
cli-new-step-validate = проверяет его и указывает на каждую ошибку
cli-new-step-preview = проводит по нему в мастере; ничего не сохраняется
cli-new-step-outline = показывает принципы, вопросы и веса одним взглядом
cli-new-ready = Когда всё готово:
cli-new-exists = '{ $path }' уже существует; integra никогда его не перезаписывает
cli-new-exists-hint = выберите другое NAME или укажите -o с новым именем файла
cli-frameworks-invalid = (с ошибками)
cli-frameworks-problems = { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
   *[many] { $count } проблем
}: запустите `integra validate { $origin }`
cli-frameworks-id = ID
cli-frameworks-version = ВЕРСИЯ
cli-frameworks-title = НАЗВАНИЕ
cli-frameworks-source = ИСТОЧНИК
cli-templates-wrote = записан { $path }
cli-templates-edit = Отредактируйте их, затем скопируйте изменённые в '{ $dir }', чтобы они использовались для всех отчётов,
cli-templates-or-pass = или передайте один через `integra report --template FILE`.
cli-templates-intro = Шаблоны отчётов (tera); файл с тем же именем в папке пользователя заменяет встроенный.
cli-templates-user-folder = Папка пользователя: { $dir }
cli-templates-no-user-folder = Папка пользователя: на этой системе нет
cli-templates-builtin = встроенный
cli-templates-json = без шаблона: сами данные отчёта
cli-templates-docx = без шаблона: строится из данных отчёта
cli-templates-count = Встроенных шаблонов: { $count }; `integra templates --export DIR` записывает их копии.
cli-lang-unknown = integra не говорит на языке '{ $code }': выберите один из { $known }
cli-frameworks-builtin = встроенная

## integra outline
cli-outline-principles = { $count ->
    [one] { $count } принцип
    [few] { $count } принципа
   *[many] { $count } принципов
}
cli-outline-questions = { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[many] { $count } вопросов
}
cli-outline-gates = { $count ->
    [one] { $count } порог
    [few] { $count } порога
   *[many] { $count } порогов
}
cli-outline-bands = { $count ->
    [one] { $count } диапазон
    [few] { $count } диапазона
   *[many] { $count } диапазонов
}
cli-outline-only-if = только если { $condition }
cli-outline-legend = -: без баллов; доли — от принципа и от общего балла
cli-outline-gates-head = Пороги
cli-outline-gate-on = { $gate } по { $target }
cli-outline-bands-head = Диапазоны

## integra migrate
cli-migrate-reason-removed = вопрос удалён
cli-migrate-reason-option = вариант больше не предлагается
cli-migrate-reason-level = уровня нет в новой шкале
cli-migrate-reason-range = число вне границ
cli-migrate-reason-kind = тип вопроса изменился
cli-migrate-reason-special = такой ответ больше не допускается
cli-migrate-reason-hidden = теперь скрыт условием
cli-migrate-reason-fit = ответ больше не подходит
cli-migrate-detail = { $message } ({ $hint })
cli-migrate-removed = '{ $question }' — не вопрос '{ $id }' версии { $version }
cli-migrate-renamed = '{ $question }' — не вопрос '{ $id }' версии { $version } (переименован в '{ $near }'?)
cli-migrate-hidden-detail = ответ остаётся в файле, но не учитывается, пока вопрос скрыт
cli-migrate-same = '{ $path }' — переносимая сессия; integra никогда её не перезаписывает
cli-migrate-same-hint = уберите -o или укажите другой файл
cli-migrate-exists = '{ $path }' уже существует
cli-migrate-exists-hint = укажите другой файл через -o или добавьте --force, чтобы заменить его
cli-migrate-wrote = Записан { $path } для методики '{ $id }' версии { $version }.
cli-migrate-carried = Перенесено: { $answers } из { $total ->
    [one] { $total } ответа
   *[other] { $total } ответов
} и { $notes } из { $notes_total ->
    [one] { $notes_total } заметки
   *[other] { $notes_total } заметок
}
cli-migrate-carried-hidden = ; перенесённых ответов, теперь скрытых условием: { $count } (сохранены, не учитываются)
cli-migrate-complete = Перенесено всё.
cli-migrate-note-on = заметка к '{ $question }'
cli-migrate-answer-to = ответ на '{ $question }'
cli-migrate-condition-at = условие находится в { $place }
cli-migrate-original = Оригинал не изменён: в { $path } по-прежнему все ответы.

## Методика не найдена, отказы отчётов и портфелей
cli-no-framework = нет методики с id '{ $id }'
cli-hint-not-framework = сессия указывает '{ $path }' как файл методики '{ $id }', но '{ $path }' — не методика, которую integra может прочитать как '{ $id }'
cli-hint-not-framework-hint = установите методику '{ $id }' (см. `integra frameworks`) или укажите --framework; `integra validate ФАЙЛ` покажет, что не так с файлом методики, которому вы доверяете
cli-no-framework-near = может быть, '{ $near }'? (`integra frameworks` выводит все)
cli-no-framework-hint = `integra frameworks` выводит доступные методики
cli-report-format-unknown = не удаётся определить формат отчёта по '.{ $ext }' в '{ $path }'
cli-report-format-unknown-hint = назовите файл .md, .html, .txt, .json, .csv или .docx или укажите --format
cli-report-by-principle = --by principle — это раскладка CSV, а не { $format }
cli-report-by-principle-hint = добавьте --format csv
cli-report-binary = отчёт Word — двоичный файл, не для терминала
cli-report-binary-hint = укажите -o report.docx
cli-aggregate-format-unknown = не удаётся определить формат портфеля по '{ $path }'
cli-aggregate-format-unknown-hint = назовите файл .md, .html или .csv или укажите --format
cli-aggregate-no-sessions = не указано ни одного файла сессии
cli-aggregate-other-item = '{ $path }' относится к '{ $id }'
cli-aggregate-other-frameworks = эти сессии заполнены не по методике '{ $id }', поэтому их баллы не могут быть в одной таблице:
cli-aggregate-other-frameworks-hint = сводите сессии каждой методики отдельно или выберите одну через --framework

## Открытие сохранённой сессии
cli-session-no-framework = эта сессия для методики '{ $id }', которой здесь нет; положите её файл в ./frameworks или укажите --framework PATH
cli-session-no-backup = некоторые ответы в '{ $path }' больше не подходят к методике '{ $id }', а резервную копию записать не удалось: { $error }
cli-score-hash-changed = методика '{ $id }' изменилась с тех пор, как были сохранены эти ответы (отпечаток другой); оценка идёт по текущему тексту
cli-score-version-changed = эти ответы давались по '{ $id }' версии { $was }; оценка идёт по версии { $now }

## forget и new: отказы
cli-forget-missing = '{ $path }' не существует
cli-forget-not-file = '{ $path }' — не обычный файл; integra удаляет только сохранённые ею файлы сессий
cli-forget-not-session = '{ $path }' — не сессия integra, поэтому файл не тронут: { $why }
cli-forget-no-session-table = в нём нет таблицы [session] (файл ответов написан вручную или другой программой)
cli-new-bad-id = '{ $name }' не может быть id методики: { $why }
cli-new-bad-id-hint = id состоит из латинских букв a-z, цифр, '-' и '_', например `integra new peer-services`
cli-new-bad-char = '{ $char }' недопустим (только латинские буквы a-z без диакритики)
cli-new-no-letters = в нём нет ни букв, ни цифр
cli-new-too-long = в нём { $length } символов; в id не больше 100
cli-new-no-folder = в этой системе нет папки для методик пользователя (нет домашней папки?)
cli-new-no-folder-hint = укажите -o PATH, чтобы задать, куда записать файл
cli-new-taken = методика с id '{ $id }' уже есть ({ $origin })
cli-new-taken-hint = выберите другое NAME; чтобы адаптировать эту методику, используйте `integra new NEW-NAME --from { $id }`

## --help
help-usage = Использование:
help-commands = Команды
help-arguments = Аргументы
help-options = Параметры
help-about = Мастер в терминале, который оценивает, насколько программы по ВИЧ, СРЗП и снижению вреда готовы объединить услуги для людей, употребляющих наркотики
help-arg-no-save = Ничего не записывать до экспорта (для `integra` без команды; также `integra run --no-save`)
help-flag-help = Показать справку
help-flag-version = Показать версию
help-cmd-frameworks = Перечислить доступные методики: id, версия, название и откуда каждая взята
help-cmd-validate = Проверить файлы методик и сообщить о каждой ошибке со строкой и столбцом
help-cmd-validate-arg-paths = Файлы методик для проверки
help-cmd-validate-arg-lang = Язык сообщений (en, fr, es, ru); по умолчанию из окружения
help-cmd-score = Подсчитать баллы файла ответов и вывести таблицу баллов
help-cmd-score-arg-answers = Файл ответов (TOML): `framework = "id"`, `[meta]`, `[answers]`, `[notes]`
help-cmd-score-arg-framework = Id или путь методики (по умолчанию: id, указанный в файле ответов)
help-cmd-score-arg-lang = Язык текста методики (по умолчанию: язык файла ответов, иначе английский)
help-cmd-schema = Вывести JSON Schema формата методик для автодополнения в редакторе (Taplo, VS Code)
help-cmd-run = Открыть мастер (то же, что `integra` без команды) с любой методикой или файлом сессии
help-cmd-run-arg-framework = Id или путь методики для предварительного выбора (по умолчанию: встроенная методика)
help-cmd-run-arg-session = Файл сессии, который продолжить или создать, если его нет (по умолчанию: новый файл в папке данных или сохранённая сессия, выбранная на начальном экране)
help-cmd-run-arg-lang = Язык текста методики (например, en, fr, es, ru)
help-cmd-run-arg-present = Режим проектора: крупно, контрастно, меньше слов (`p` включает и выключает)
help-cmd-run-arg-ascii = Рисовать только символами ASCII, для терминалов без символов рамок
help-cmd-run-arg-no-save = Ничего не записывать до экспорта: экспорт записывает отчёты и файл сессии
help-cmd-preview = Проверить файл методики и пройти его в мастере, ничего не сохраняя
help-cmd-preview-arg-file = Файл методики, который нужно опробовать
help-cmd-preview-arg-lang = Язык текста методики и сообщений (например, en, fr, es, ru)
help-cmd-preview-arg-present = Режим проектора: крупно, контрастно, меньше слов
help-cmd-preview-arg-ascii = Рисовать только символами ASCII
help-cmd-outline = Вывести структуру методики: принципы, вопросы, веса в долях, пороги и уровни
help-cmd-outline-arg-framework = Id или путь методики (по умолчанию: встроенная методика)
help-cmd-report = Записать отчёт по файлу ответов или сессии: результат, непройденные пороги, баллы по принципам, план действий, заметки, все ответы и как считались баллы
help-cmd-report-arg-answers = Файл ответов или сессии (TOML)
help-cmd-report-arg-format = md, html, txt, json, csv, docx или xlsx (по умолчанию: по расширению файла -o, иначе md)
help-cmd-report-arg-template = Шаблон tera вместо встроенного (см. `integra templates`)
help-cmd-report-arg-output = Записать отчёт в этот файл (доступный только вам, режим 0600), а не выводить его
help-cmd-report-arg-lang = Язык текста методики (по умолчанию: язык файла ответов, иначе английский)
help-cmd-report-arg-framework = Id или путь методики (по умолчанию: id, указанный в файле ответов)
help-cmd-report-arg-compare = Более ранний файл ответов той же программы: отчёт добавит, что изменилось с тех пор
help-cmd-report-arg-anonymous = Не указывать имена ведущего и участников (отчёт об этом сообщает)
help-cmd-report-arg-by = С --format csv: одна строка на вопрос (по умолчанию) или на принцип
help-cmd-aggregate = Одна таблица сессий разных площадок по одной методике: баллы, уровни и непройденные пороги каждой сессии, медиана и среднее по каждому принципу и число сессий на уровень
help-cmd-aggregate-arg-sessions = Файлы ответов или сессий (TOML), все по одной методике
help-cmd-aggregate-arg-format = md, html или csv (по умолчанию: по расширению файла -o, иначе md)
help-cmd-aggregate-arg-output = Записать таблицу в этот файл (доступный только вам, режим 0600), а не выводить её
help-cmd-aggregate-arg-framework = Id или путь методики для подсчёта (по умолчанию: методика первой сессии)
help-cmd-aggregate-arg-template = Шаблон tera вместо встроенного шаблона сводной таблицы
help-cmd-aggregate-arg-lang = Язык текста методики (по умолчанию: язык первой сессии, иначе английский)
help-cmd-aggregate-arg-anonymous = Указать, что имена не приводятся (таблица никогда не показывает имена ведущего и участников)
help-cmd-new = Создать свою методику: пример с комментариями для правки или копию другой
help-cmd-new-arg-name = Имя новой методики; оно становится её id (например, `peer-services`)
help-cmd-new-arg-from = Скопировать эту методику (id или путь) вместо примера
help-cmd-new-arg-title = Название, которое видят люди (по умолчанию: из NAME)
help-cmd-new-arg-output = Записать сюда (файл или папку для NAME.toml), а не в вашу папку методик
help-cmd-migrate = Перенести ответы, заметки и сведения сессии на другую редакцию её методики. Записывает новый файл сессии (исходный файл не меняется) и перечисляет каждый ответ, который не удалось перенести, с причиной. Код выхода 0, если перенесено всё, 3, если новый файл записан, но что-то осталось или теперь скрыто
help-cmd-migrate-arg-session = Файл сессии или ответов для переноса
help-cmd-migrate-arg-to = Редакция методики: файл или id, который integra может найти
help-cmd-migrate-arg-output = Куда записать новую сессию (по умолчанию: рядом с SESSION, под именем NAME-migrated-ID-VERSION.toml)
help-cmd-migrate-arg-force = Заменить OUT, если он существует (исходная сессия никогда не заменяется)
help-cmd-forget = Удалить сессию насовсем: файл, его резервные копии и остатки, предварительно перезаписанные нулями
help-cmd-forget-long =
    Удалить сессию насовсем: файл сессии, её резервные копии (NAME.toml.bak, NAME.toml.STAMP.bak), отложенные файлы (NAME.toml.STAMP.broken) и временные файлы, оставшиеся после сбоя. Каждый перезаписывается нулями и сбрасывается на диск перед удалением. integra перечисляет файлы и сначала спрашивает (--yes пропускает вопрос), а файлы, которые не являются сохранёнными ею сессиями, удалять отказывается.

    Чего перезапись не может: на SSD, USB-накопителях и картах памяти старые данные могут остаться в ячейках, которые накопитель отложил; файловые системы copy-on-write (btrfs, ZFS, APFS), снимки и журналы могут хранить старые копии; резервные копии компьютера, синхронизируемые папки и отчёты, записанные из сессии, не затрагиваются. Данные на потерянном или общем компьютере защищает шифрование всего диска.
help-cmd-forget-arg-session = Файл сессии (в папке данных или тот, что передан `integra run --session`)
help-cmd-forget-arg-yes = Не спрашивать перед удалением
help-cmd-templates = Показать, какие шаблоны отчётов используются, или выгрузить встроенные для правки
help-cmd-templates-arg-export = Записать встроенные шаблоны в эту папку
help-cmd-templates-arg-force = С --export: перезаписать уже существующие файлы шаблонов
help-cmd-help = Показать это сообщение или справку по указанным подкомандам
help-flag-help-more = Показать справку (подробнее: '--help')

## Report and export errors
report-err-template = шаблон '{ $name }' не сработал:
report-err-read-template = не удаётся прочитать шаблон '{ $path }': { $error }
report-err-json-template = для отчётов JSON шаблоны не используются: это сами данные отчёта (см. docs/report-json.md)
report-err-write = не удаётся записать '{ $path }': { $error }
report-err-serialise = не удаётся сериализовать отчёт: { $error }
report-err-docx-template = для отчётов Word шаблоны не используются: они строятся из данных отчёта; чтобы применить шаблон, укажите --format md или html
report-err-docx-as-text = отчёт Word — двоичный файл, а не текст; запишите его в файл с помощью -o report.docx
report-err-docx-build = не удаётся создать документ Word: { $error }
report-err-xlsx-template = отчёты в виде таблиц не используют шаблоны: они строятся из данных отчёта; укажите --format csv, чтобы использовать шаблон
report-err-xlsx-as-text = отчёт в виде таблицы — двоичный файл, а не текст; запишите его в файл с помощью -o report.xlsx
report-err-xlsx-build = не удалось построить таблицу: { $error }
report-err-budget-time = шаблон '{ $name }' остановлен через { $amount } с: отчёт создаётся гораздо быстрее секунды; ищите вложенные циклы или текст, который растёт в цикле
report-err-budget-output = шаблон '{ $name }' остановлен: его вывод превысил { $amount } МиБ, намного больше любого отчёта; ищите вложенные циклы или текст, повторяемый в цикле
report-err-budget-memory = шаблон '{ $name }' остановлен: он занял больше { $amount } МиБ памяти; ищите текст или список, который удваивается в цикле
cli-export-save = не удаётся сохранить '{ $path }': { $error }
cli-export-write = не удаётся записать '{ $path }': { $error }
cli-backup-refuse = '{ $path }' — нечитаемая сессия, поэтому файл сохраняется как есть и не перезаписывается:

# Wizard fit and finish (issue 14)
ui-key-skip = пропустить
ui-key-undo = отменить
ui-status-skipped = Оставлено без ответа. Чтобы ответить, нажмите номер варианта или выберите строку и нажмите Enter.
ui-status-no-option = Варианта { $n } здесь нет: выберите от 1 до { $max }.
ui-status-no-numbers = Цифры выбирают варианты, а у этого вопроса их нет: перейдите в поле, чтобы ввести ответ.
ui-status-no-dont-know = У этого вопроса нет ответа «не знаю».
ui-status-no-na = У этого вопроса нет ответа «неприменимо».
ui-status-nothing-to-undo = Отменять нечего.
ui-status-undone = Отменено последнее изменение вопроса «{ $question }».
ui-status-undone-any = Отменено последнее изменение.
ui-status-edit-cancelled = Правка отменена: текст остался прежним.
ui-status-framework-english = У этой методики нет текста на '{ $lang }' (она написана на: { $have }): вопросы показаны на английском.
ui-marker-english = Методика на английском
ui-editor-cancel = отменить
ui-scroll-position = { $mark } ещё  строки { $from }-{ $to } из { $total } ({ $keys })
ui-help-tenth = десятый вариант (1–9 выбирают первые девять)
ui-help-undo = отменить последнее изменение ответа или заметки
ui-help-move = вверх и вниз
ui-help-ends = в начало / в конец
ui-help-page = на страницу вверх / вниз
ui-start-lang-missing = Эта методика есть только на: { $have }. Её вопросы будут на английском; надписи integra останутся на языке «{ $lang }».
ui-results-provisional = Предварительно: ответ есть только на { $percent }% вопросов. Ответьте на большее число, прежде чем опираться на этот уровень.
ui-results-covered = отвечено { $answered }/{ $applicable }
ui-results-unsure = { $mark } часть оценки, опирающаяся на вопросы пока без ответа (или с ответом «не знаю»)
cli-frameworks-same = { $origin } (используется; совпадает с: { $copies })
help-arg-lang = Язык мастера и текста методики (как `integra run --lang`)
help-arg-present = Режим проектора: крупно, контрастно, меньше слов (как `integra run --present`)
help-arg-ascii = Рисовать только символами ASCII (как `integra run --ascii`)
## Sessions: one wizard per file, size and link limits (issue 11)
cli-save-too-big = '{ $path }' занял бы { $size } байт — больше { $max } байт, которые integra может прочитать обратно, поэтому он не сохранён: сократите самые длинные заметки или текстовые ответы и сохраните снова
cli-save-not-file = '{ $path }' — не обычный файл (папка, устройство или канал), поэтому сессия туда не сохраняется; выберите имя файла
cli-save-link-loop = '{ $path }' — символическая ссылка, ведущая по кругу, поэтому сессия туда не сохраняется; направьте её на файл или выберите другое имя
cli-save-changed = '{ $path }' изменён другой программой (или другим integra) после того, как был прочитан здесь, поэтому он не заменён: иначе записанное туда было бы потеряно
ui-save-changed = '{ $path }' изменён другой программой (или другим integra) после открытия здесь, поэтому он не перезаписан. Сохраните ответы под именем ниже; файл на диске остаётся как есть, и потом их можно сравнить.
ui-session-in-use = '{ $path }' открыт в другом integra (процесс { $pid } на '{ $host }'). Сначала закройте его там или откройте копию файла, чтобы никто не потерял ответы другого.
ui-editor-full = Заполнено: здесь не более { $max } символов, больше не принимается
ui-folder-loose = В папку '{ $path }' могут писать другие пользователи этого компьютера — они могут заменить или удалить файлы этой сессии. Храните сессию в личной папке (chmod 700).
ui-folder-loose-title = Папка, доступная другим для записи
diag-gate-tiers-and-plain = у порога '{ $id }' есть `[[gates.tiers]]` и ещё '{ $key }'
diag-gate-tiers-and-plain-hint = у порога либо ступени (у каждой свой минимум и `cap`), либо один `min_level`/`min_score` с необязательным `cap`: перенесите этот ключ в ступень или удалите его
diag-gate-tiers-empty = у порога '{ $id }' пустой список 'tiers': у него нет минимума, и он никогда не сработает
diag-gate-tiers-empty-hint = добавьте таблицы `[[gates.tiers]]`, в каждой `min_level` или `min_score` и `cap`, или уберите `tiers` и задайте порогу один `min_level` или `min_score`
diag-gate-tier-threshold = ступени { $tier } порога '{ $id }' нужно ровно одно из 'min_level' или 'min_score'
diag-coverage-fraction = '{ $key }' равно { $value }; охват — это доля от 0 до 1
diag-coverage-fraction-hint = укажите долю, например `0.8` — ответы на 80 % применимых оцениваемых вопросов

## Authoring: reading past mistakes, revisions, translation kits
diag-note = примечание
diag-id-first-copy = первый id '{ $id }' ({ $what }) находится в строке { $line }
diag-toml-curly-quotes = нужны прямые кавычки ("); в этой строке типографские кавычки
diag-toml-curly-quotes-hint = замените “ ” ‘ ’ « » на обычную " с клавиатуры (текстовые редакторы вроде Word меняют кавычки при наборе: правьте методики в редакторе простого текста)
diag-toml-unclosed-string = у этого текста нет закрывающей кавычки: строка должна закончиться на той же строке, где началась
diag-toml-unclosed-string-hint = добавьте закрывающую " в конце текста или пишите многострочный текст между """ и """
diag-toml-unquoted = это значение нужно взять в кавычки: текст пишется в прямых двойных кавычках
diag-toml-unquoted-hint = возьмите текст в кавычки, например `title = "Обучение персонала"`
diag-toml-duplicate = этот ключ или эта таблица записаны второй раз
diag-toml-duplicate-hint = пишите каждый ключ в таблице один раз; каждая шкала, принцип, вопрос, порог и диапазон начинается со своего заголовка в двойных скобках, например [[scales]]
diag-toml-assignment = после ключа должны стоять `=` и значение на той же строке
diag-toml-assignment-hint = пишите `ключ = значение`, например `weight = 2`
diag-toml-comma = между двумя элементами не хватает запятой
diag-toml-comma-hint = разделяйте запятыми элементы списка и записи внутри `{ "{" } ... { "}" }`
diag-toml-unclosed = открытая здесь скобка не закрыта
diag-toml-unclosed-hint = закрывайте каждую [ скобкой ] и каждую { "{" } скобкой { "}" }; таблица `{ "{" } ... { "}" }` должна умещаться на одной строке
diag-toml-key = это недопустимый ключ: ключ состоит только из букв, цифр, '-' и '_'
diag-toml-key-hint = проверьте, не пропущен ли `=` и нет ли лишнего символа, или возьмите ключ в кавычки
diag-checks-skipped = остальные проверки не выполнены: файл не удалось прочитать дальше синтаксических ошибок выше
diag-checks-skipped-hint = исправьте указанные строки и снова запустите `integra validate`, чтобы увидеть все остальные проблемы
diag-single-bracket = используйте [[{ $name }]] (две скобки) для каждого элемента ({ $what }): одна скобка означает одну-единственную таблицу
diag-single-bracket-hint = каждый элемент списка начинается со своего заголовка в двойных скобках: напишите здесь [[{ $name }]]
diag-move-above-questions = перенесите этот ключ выше первого [[principles.questions]]: все ключи под этим заголовком относятся к вопросу
diag-weight-below-question = этот 'weight' задаёт вес вопроса '{ $id }', а не принципа '{ $principle }' (у него остаётся вес 1)
diag-type-text-hint = запишите это как текст в кавычках: `{ $key } = "{ $value }"`
diag-band-inclusive-hint = диапазон включает свой 'min' и заканчивается чуть ниже своего 'max': напишите `max = { $at }` в диапазоне '{ $other }', чтобы у оценки { $between } был диапазон
diag-toml-control = в этой строке есть невидимый управляющий символ ({ $code }), который TOML не допускает в тексте
diag-toml-control-hint = удалите его (он часто появляется при копировании из другой программы); если он нужен, запишите его как escape-последовательность, например \u0000
cli-no-framework-nearby = у файла '{ $file }' в этой папке такой id: укажите его через `--framework { $file }` (или переместите в ./frameworks)
cli-framework-chosen = для методики '{ $id }' используется '{ $file }' (версия { $version }); найдены также: { $others }
verdict-gate-binding = Порог '{ $id }' удерживает уровень на «{ $band }»: { $reason }
verdict-gate-not-assessed-binding = Порог '{ $id }' ещё не оценён и удерживает уровень на «{ $band }»: { $reason }
verdict-gate-not-binding = Порог '{ $id }' не пройден, но сейчас не снижает уровень (сам по себе он допускал бы до «{ $band }»): { $reason }
verdict-gate-not-assessed-not-binding = Порог '{ $id }' ещё не оценён, но сейчас не снижает уровень (сам по себе он допускал бы до «{ $band }»): { $reason }
verdict-coverage-binding = Слишком мало ответов, чтобы говорить об уровне «{ $band }»: отвечено { $answered } из { $applicable }, нужно { $needed }; уровень остаётся «{ $cap }»
verdict-coverage-not-binding = Слишком мало ответов, чтобы говорить об уровне «{ $band }»: отвечено { $answered } из { $applicable }, нужно { $needed } (сейчас это не снижает уровень)
verdict-dont-know-binding = «Не знаю» — не зачёт: если считать { $questions } самым низким ответом, уровень остаётся «{ $cap }»
verdict-dont-know-not-binding = «Не знаю» — не зачёт: если считать { $questions } самым низким ответом, уровень был бы не выше «{ $cap }» (сейчас это не снижает уровень)
verdict-lift = { $steps }, чтобы достичь уровня «{ $band }»
verdict-score-alone = по одному баллу уровень — «{ $band }»
verdict-step-fix = исправьте { $gates }
verdict-step-find-out = выясните { $questions }
verdict-step-answer = ответьте ещё на { $count } { $count ->
    [one] вопрос
    [few] вопроса
   *[many] вопросов
}
verdict-and = и
verdict-heading = Почему этот уровень
verdict-action-find-out = Выясните ответ: «не знаю» — не зачёт.
verdict-action-find-out-then = Выясните ответ («не знаю» — не зачёт); если он низкий: { $recommendation }
report-rule-tier = { $rule } (ниже — не выше «{ $band }»)
diag-gate-tier-never-fails = ступень { $tier } порога '{ $id }' никогда не срабатывает, если на вопрос ответили
diag-gate-top-cap = порог '{ $id }' ограничивает уровнем '{ $band }', самым высоким: он никогда не снижает вывод
diag-gate-tier-top-cap = ступень { $tier } порога '{ $id }' ограничивает уровнем '{ $band }', самым высоким: она никогда не снижает вывод
diag-gate-top-cap-hint = ограничьте более низким уровнем (для «частично» обычно на один ниже самого высокого) или удалите его
diag-gate-weak = порог '{ $id }' для '{ $question }' пропускает все уровни, кроме самого низкого: { $levels }
diag-gate-weak-hint = порог охраняет минимум, безопасный на практике; если нужно больше, чем «не худший», поднимите его, например `min_level = { $level }`
diag-gate-between-levels = у порога '{ $id }' min_score { $score } для оценочного вопроса '{ $question }', уровни которого получают баллы по позиции: { $count ->
    [one] проходит
   *[other] проходят
} только { $levels }
diag-gate-between-levels-hint = на этой шкале из { $n } уровней уровни дают { $scores } баллов, а не проценты; напишите `min_level = { $level }`, чтобы назвать самый низкий проходящий уровень
diag-gate-hidden = порог '{ $id }' считается пройденным, когда вопрос '{ $question }' скрыт, а показывается он только если { $condition }
diag-gate-hidden-hint = integra не может определить, относятся ли программы, от которых это условие скрывает вопрос, к рискованным; если могут, задайте вопрос и им (расширьте `show_if`, например на программы, которые это планируют) или поставьте порог и на вопрос, который проверяет условие; если не могут, укажите `safe_when_hidden = true`
diag-lowest-min-coverage = уровень '{ $id }' самый низкий: его 'min_coverage' ни на что не влияет
diag-lowest-min-coverage-hint = при слишком малом числе ответов вывод остаётся на самом низком уровне, ему минимум не нужен; удалите ключ или задайте его уровню выше
diag-gate-hidden-risky = порог '{ $id }' считается пройденным, когда вопрос '{ $question }' скрыт, а скрывают его самые низкие ответы: он показывается только если { $condition }
diag-gate-hidden-risky-hint = программы с самыми слабыми ответами пропускают этот вопрос и тем самым проходят порог; задайте его и им (расширьте `show_if`) или поставьте порог на вопрос, который проверяет условие
diag-renamed-current = вопрос '{ $id }' переименован из '{ $old }', но это всё ещё id вопроса
diag-renamed-current-hint = ответы, данные под '{ $old }', попали бы в вопрос '{ $other }': уберите здесь `renamed_from` или исправьте его
diag-renamed-twice = вопрос '{ $id }' переименован из '{ $old }', как и вопрос '{ $other }'
diag-renamed-twice-hint = старый id может перейти только к одному вопросу: оставьте `renamed_from` у того, который его заменил
diag-renamed-option = вариант '{ $option }' вопроса '{ $id }' переименован из '{ $old }', который есть у другого варианта или уже им заявлен
diag-renamed-option-hint = укажите в `renamed_from` каждого варианта старый id, которого нет у текущих вариантов и который не заявлен другим
cli-migrate-renamed-carried = Ответ на '{ $from }' теперь относится к '{ $to }' (вопрос переименован в этой редакции).
cli-migrate-old-missing = Редакция, по которой заполнялась эта сессия ({ $from }), не найдена, поэтому изменения смысла и новые вопросы не показаны: положите этот файл методики рядом с сессией или в ./frameworks, чтобы их увидеть.
cli-migrate-meaning-head = Сохранены, но значат не то, что в { $id } { $version }; проверьте их вместе с командой:
cli-migrate-meaning = '{ $question }' = { $answer }: было { $before }, стало { $now }
cli-migrate-new-questions = { $count ->
    [one] { $count } вопрос новый в этой редакции, его ещё нужно задать: { $ids }
    [few] { $count } вопроса новые в этой редакции, их ещё нужно задать: { $ids }
   *[other] { $count } вопросов новые в этой редакции, их ещё нужно задать: { $ids }
}
report-earlier-own-version = Прежние ответы рассчитаны по той версии, по которой они давались, «{ $was }»; текущие — по «{ $now }». Вопросы между ними могли измениться: сравнивайте оценки осторожно.
cli-compare-own-version = прежние ответы рассчитаны по их собственной версии '{ $version }' ({ $file })
cli-compare-version-missing = версия '{ $version }' методики '{ $id }' не найдена, поэтому прежние ответы рассчитаны по версии '{ $now }'; положите этот файл методики рядом с прежними ответами, чтобы рассчитать их по их собственной версии
help-cmd-translate = Подготовить набор для перевода: все тексты методики в готовом к заполнению блоке `[translations.LANG]`; переводы, у которых изменился английский текст, помечены CHECK
help-cmd-translate-arg-file = Файл методики
help-cmd-translate-arg-lang = Язык перевода (например fr, es, ru, pt)
help-cmd-translate-arg-output = Записать блок в этот файл (доступен только вам, режим 0600), а не выводить его
cli-translate-lang = '{ $lang }' — не язык для перевода
cli-translate-lang-hint = укажите код языка, например fr, es, ru или pt (английский — это сам исходный текст)
cli-translate-header =
    Перевод '{ $id }' { $version } на '{ $lang }', подготовлен `integra translate`.
    Заполните каждый пустой text = "" переводом английского текста над ним; ключи и отпечатки source не меняйте.
    Записи с пометкой CHECK переводились с прежнего английского текста: проверьте их и перенесите новый отпечаток в source.
    Поместите этот блок в конец файла методики вместо уже имеющейся таблицы [translations.{ $lang }].
cli-translate-summary = Перевести: { $todo }, проверить: { $check }, актуальны: { $done }. Поместите блок в конец { $file } (вместо таблицы [translations.{ $lang }], если она есть) и запустите `integra validate { $file } --lang { $lang }`.
diag-translation-stale = английский текст '{ $key }' изменился после перевода на '{ $lang }'
diag-translation-stale-hint = сверьте перевод с новым английским текстом и запишите source = "{ $source }" (`integra translate --lang { $lang }` покажет все записи для проверки)
cli-translate-check = английский текст выше изменился после перевода; проверив перевод, запишите source = "{ $source }"
diag-weight-below-question-hint = если он относится к принципу '{ $principle }', перенесите его выше первого [[principles.questions]]; если к вопросу, задайте принципу собственный `weight`, чтобы это было явно
ui-help-quit-nosave = выход (с вопросом; неэкспортированные ответы пропадут)
ui-help-quit-preview = выход (в предпросмотре ничего не сохраняется)
diag-toml-duplicate-key = '{ $key }' записан в этой таблице второй раз
diag-toml-unclosed-multiline = этот многострочный текст нигде не закрыт
diag-toml-unclosed-multiline-hint = закончите его теми же тремя кавычками, которыми он открыт, там, где текст заканчивается
diag-toml-boolean = это не 'true' и не 'false'
diag-toml-boolean-hint = пишите `true` или `false` строчными буквами, без кавычек
diag-toml-number = это число записано не так, как TOML читает числа
diag-toml-number-hint = пишите цифры с не более чем одной '.', например `weight = 1.5`; без ведущих нулей, пробелов и единиц измерения (текст берите в кавычки)
diag-toml-list-item = элемент этого списка недопустим: не пропущена ли запятая или кавычки?
diag-toml-list-item-hint = разделяйте элементы запятыми и берите текст в кавычки, например `["a", "b"]` или `[1, 2]`
diag-header-unclosed = этот заголовок не закрыт: напишите { $header }
diag-header-unclosed-hint = заголовок закрывается тем же числом скобок, каким открывается
diag-renamed-reference = вопрос '{ $old }' теперь называется '{ $new }': используйте новый id
verdict-more = ещё { $count }

# Report summary (page one) and gate-aware actions
report-h-summary = Краткие итоги
report-summary-band = Готовность: { $band } · балл { $score } из 100 · отвечено { $answered } из { $applicable } вопросов
report-summary-no-score = Балла пока нет · отвечено { $answered } из { $applicable } вопросов
report-summary-gates = Что удерживает уровень
report-summary-more-gates = { $n ->
    [one] и ещё { $n } порог: см. раздел «Итог»
    [few] и ещё { $n } порога: см. раздел «Итог»
   *[many] и ещё { $n } порогов: см. раздел «Итог»
}
report-summary-answer = Ответ: { $answer }
report-summary-unanswered = Ответа пока нет
report-summary-note = Примечание: { $note }
report-summary-actions = Первые действия
report-summary-points = На кону баллов: { $points }
report-action-holds-band = удерживает уровень

## Reports: arithmetic, detail and CSV locale (issue 15)
report-list-sep = { "; " }
report-actions-how = Порядок действий: сначала те, что касаются вопроса, который удерживает уровень (непройденный порог или ответ «не знаю», из-за которых уровень остаётся низким), затем по баллам на кону: доля вопроса в общем весе × его отставание от высшей оценки × 100.
report-arithmetic-intro = Как проверить каждую оценку: доля вопроса — это его вес, делённый на вес, который учитывался в его принципе (вопросы с оценённым ответом), и вопрос добавляет долю × оценку ÷ 100 к оценке принципа. Доли в сумме дают 100 %, а вклады вопросов — оценку принципа (с точностью до округления).
report-col-share = Доля
report-col-contribution = Вклад
report-sum = Сумма
report-arith-line = вес { $weight } · доля { $share } % · вклад { $adds }
report-arith-none = вес { $weight } · не учитывается
report-arith-sum = Сумма: вес { $weight } · доля 100 % · оценка { $score }
cli-report-detail-format = --detail относится к отчётам Markdown, HTML, текстовым и Word, а не к { $format }
cli-report-detail-format-hint = добавьте --format md, html, txt или docx либо уберите --detail
cli-report-csv-locale-format = --csv-locale относится к отчётам CSV, а не к { $format }
cli-report-csv-locale-format-hint = добавьте --format csv либо уберите --csv-locale
help-cmd-report-arg-detail = md, html, txt и docx: full (по умолчанию) или summary (сводка первой страницы и подробности по принципам, без приложения по каждому вопросу)
help-cmd-report-arg-csv-locale = CSV для электронной таблицы на этом языке: en (`,` и десятичная точка, по умолчанию), fr, es или ru (`;` и десятичная запятая) либо auto (язык отчёта)
agg-h-heatmap = Принципы по площадкам
agg-heatmap-intro = Каждая клетка — оценка одной площадки по одному принципу, окрашенная по уровню, в который попадает эта оценка: чем темнее синий, тем выше готовность; оранжевый — самый низкий уровень. Строка общего балла окрашена по уровню, которого достигла площадка, а ↓ отмечает уровень, который непройденные пороги держат ниже её балла. Прочерк означает, что там не было ответа ни на один оцениваемый вопрос.
cli-aggregate-csv-only = { $flag } относится к портфелю в CSV, а не к { $format }
cli-aggregate-csv-only-hint = добавьте --format csv либо уберите этот параметр
help-cmd-aggregate-arg-stats = С --format csv: медиана, среднее и число по каждой оценке вместо строки на каждую сессию
help-cmd-aggregate-arg-csv-locale = CSV для электронной таблицы на этом языке: en (`,` и десятичная точка, по умолчанию), fr, es или ru (`;` и десятичная запятая) либо auto (язык портфеля)
# Ошибки команд, прежде написанные только по-английски (issue 12).
cli-cannot-write = не удаётся записать '{ $path }': { $error }
cli-new-internal-load = integra создала методику, которая не загружается; это ошибка в integra:
cli-new-internal-field = integra не находит '{ $key }' в копируемой методике; это ошибка в integra
cli-internal-hint = пожалуйста, сообщите об этом тем, кто предоставил вам integra, указав выполненную команду и использованную методику
cli-new-source-unreadable = не удаётся прочитать файл методики '{ $id }', чтобы скопировать его
cli-new-source-unreadable-hint = проверьте, что файл на месте и доступен для чтения, или скопируйте его по пути: --from PATH
ui-restore-failed = не удалось вернуть резервную копию '{ $path }' на место: { $error }
## Presenter view and compare with last time (issue 13)
ui-present-overall = Общая готовность
ui-present-out-of = из 100
ui-present-principle = Принцип { $n } из { $total }
ui-present-no-gates = Все пороги пройдены: ни один не сдерживает уровень.
ui-present-answer = Ответ: { $answer }
ui-present-page = Страница { $n } из { $total }: { $keys } — листать
ui-too-small-present = Режиму проектора нужен тот же размер: уменьшите шрифт (Ctrl и минус в большинстве терминалов), пока окно не вместит { $size } символов.
ui-compare-since = { $change } баллов с { $when }
ui-compare-band = уровень { $change }
ui-compare-no-score = Нет оценки для сравнения с { $when }.
ui-compare-gates = Пороги, изменившиеся с { $when }
ui-compare-gates-same = С { $when } ни один порог не изменился.
ui-compare-title = Сравнить с прошлой оценкой
ui-compare-intro = Прошлые оценки по этой рамке, сначала самые новые. Выберите одну: результаты покажут, что изменилось с тех пор.
ui-compare-clear = Без сравнения
ui-compare-none = В папке сессий нет сохранённых прошлых оценок по '{ $framework }'. Оценки по той же рамке, сохранённые там, появятся здесь.
ui-compare-loaded = Сравнение с '{ $file }'. Нажмите b, чтобы выбрать другую, x — чтобы прекратить сравнение.
ui-compare-failed = Не удаётся сравнить с '{ $file }': { $error }
ui-compare-cleared = Без сравнения: результаты показывают только эту оценку.
ui-compare-dropped = Ответов, которые больше не подходят к рамке: { $count }; они не учитываются в сравнении.
ui-compare-heading = Сравнение с { $when }
ui-key-compare = сравнить
ui-key-step = листать
ui-key-stop-compare = без сравнения
ui-help-compare = сравнить с прошлой оценкой по той же рамке
ui-help-stop-compare = прекратить сравнение
ui-help-step = проектор: предыдущая / следующая страница
## Workshop mode: roles, votes, divergence
role-staff = Сотрудники
role-peer = Равные / сообщество
role-clinician = Клиницисты
role-manager = Руководители
role-partner = Партнёры
role-other = Другие
diag-what-role = роль
diag-minutes-zero = у принципа '{ $id }' запланировано 0 минут
diag-minutes-hint = укажите, сколько минут семинар должен на него потратить, например `minutes = 20`, или уберите 'minutes'
diag-divergence-gap = 'divergence_gap' равно { $value }; это доля диапазона ответов вопроса, больше 0 и не больше 1
diag-divergence-gap-hint = укажите долю, например `0.5` — половина шкалы (по умолчанию), или уберите 'divergence_gap'
workshop-bad-participant = участник в '[session]' без 'id' или без 'role' пропущен
workshop-votes-unknown-question = голоса по вопросу '{ $question }' пропущены: в рамочном документе нет такого вопроса
workshop-vote-unfit = голос '{ $voter }' пропущен: { $problem }
workshop-role-gap = '{ $lower }' оценивают '{ $question }' на { $amount } ниже, чем '{ $higher }'
workshop-amount-levels = { $points } балла
workshop-amount-percent = { $points } процентного пункта
workshop-amount-number = { $points }
report-h-workshop = Голоса участников
report-workshop-intro = { $participants ->
        [0] Участники не записаны.
        [one] Записан { $participants } участник.
        [few] Записано { $participants } участника.
       *[other] Записано { $participants } участников.
    } Голоса по вопросу расходятся, когда охватывают больше { $gap } % диапазона его ответов. В балл идёт согласованный ответ, который выбрали участники.
report-h-divergent = Где голоса разошлись
report-no-divergent = Ни по одному вопросу голоса не разошлись.
report-consensus = Согласованный ответ, использованный для балла: { $answer }
report-no-consensus = Согласованного ответа пока нет: вопрос считается неотвеченным.
report-h-roles = Средний балл каждой роли по принципам (0–100)
report-parked = Ещё отложены:
ui-export-short = Краткий отчёт: без приложения по каждому вопросу

## Режим семинара в мастере: участники на экране «Об оценке», голосование по вопросу
ui-setup-people = Участники семинара
ui-setup-people-privacy = У каждого — роль. Достаточно инициалов: имена не нужны, и больше ничего о человеке не хранится.
ui-setup-add-person = Добавить участника
ui-key-role = роль
ui-key-remove = убрать
ui-key-add = добавить
ui-key-votes = голоса
ui-key-vote = голос
ui-key-pass = пропустить
ui-key-take-back = отменить голос
ui-key-consensus = консенсус
ui-key-counts = подсчёт
ui-key-votes-end = конец голосования
ui-votes-title = Голоса:
ui-votes-consensus = Консенсус
ui-votes-counting = Подсчёт: каждая клавиша добавляет к этому ответу одного человека.
ui-votes-no-text = По вопросам со свободным ответом не голосуют.
ui-votes-none-ticked = ничего не отмечено
ui-votes-range = Цифры участников: от { $low } до { $high }.
ui-votes-type-range = Наименьшая и наибольшая цифра (например, 3-12), затем Enter:
ui-votes-diverge = Голоса расходятся, от '{ $low }' до '{ $high }': обсудите, прежде чем задать консенсус.
ui-votes-consensus-set = Консенсус: '{ $answer }'. Enter — к следующему вопросу.
ui-votes-suggest = Enter принимает '{ $answer }' как консенсус; или нажмите клавишу другого ответа.
ui-status-votes-on = Ввод голосов включён: нажимайте ответ каждого участника по очереди. v — закончить.
ui-status-votes-off = Ввод голосов выключен: клавиши снова отвечают за всю группу.
ui-status-votes-counts = Анонимный подсчёт: каждая клавиша добавляет к ответу одного человека.
ui-status-votes-named = Один голос от каждого участника по очереди. c — голосование по ролям.
ui-status-votes-nothing = По этому вопросу нет голоса, который можно отменить.
ui-status-votes-none = Голосов пока нет: нажимайте ответ каждого участника или v, чтобы закончить ввод.
ui-status-votes-diverge = Голоса расходятся: обсудите, затем нажмите клавишу ответа, принятого консенсусом.
ui-status-votes-diverge-counts = Голоса расходятся: обсудите, затем нажмите v и выберите ответ, принятый консенсусом.
ui-status-votes-tie = Голоса не указывают на один ответ: нажмите клавишу ответа, принятого консенсусом.
ui-status-consensus = Консенсус '{ $answer }' сохранён.
ui-status-range-invalid = '{ $typed }' — не диапазон: введите наименьшую и наибольшую цифру, например 3-12.
ui-help-votes = ввод голосов (участники отвечают по очереди)
ui-help-vote-keys = ответ текущего участника, затем следующий
ui-help-vote-pass = пропустить участника (нет на месте, воздержался)
ui-help-vote-back = отменить последний голос или подсчёт
ui-help-vote-move = выбрать, чей голос запишет следующая клавиша
ui-help-vote-enter = принять предложенный консенсус и идти дальше
ui-help-vote-counts = по участникам, по ролям или анонимный подсчёт
ui-help-vote-range = числовой вопрос: наименьшая-наибольшая цифра
ui-help-person-role = сменить роль участника
ui-help-person-remove = убрать участника
report-err-engine-stopped = обработчик шаблонов неожиданно остановился
report-err-aggregate-format = сводная таблица бывает в форматах md, html или csv
cli-merge-exists = '{ $path }' уже существует; integra merge никогда не перезаписывает файлы
cli-merge-exists-hint = укажите другое имя файла с -o или сначала уберите старый файл
cli-merge-other-framework = '{ $path }' — сессия '{ $id }' версии { $version }, а не '{ $first_id }' версии { $first_version }, как '{ $first }': объединять можно только сессии одного рамочного документа одной версии
cli-merge-other-framework-hint = объединяйте сессии каждого рамочного документа отдельно или сначала перенесите старую сессию на новый документ командой `integra migrate`
cli-merge-unfit-vote = '{ $path }': { $problem }; ничего не объединено, чтобы не потерять ни одного голоса. Откройте сессию в мастере, чтобы увидеть изменения, и объедините снова
cli-merge-wrote = Объединено сессий: { $n }, в '{ $path }'.
cli-merge-conflicts = { $n ->
        [0] Группы согласны везде, где отвечали на один и тот же вопрос.
        [one] { $n } расхождение, которое нужно решить вместе (ответ каждой группы сохранён как её голос):
        [few] { $n } расхождения, которые нужно решить вместе (ответ каждой группы сохранён как её голос):
       *[other] { $n } расхождений, которые нужно решить вместе (ответ каждой группы сохранён как её голос):
    }
cli-merge-conflict-answer = '{ $question }': { $answers } (согласованный ответ не задан)
cli-merge-conflict-fact = { $key }: { $values } (сохранено всё)
cli-merge-conflict-action = ответственный или срок действия по '{ $question }' (сохранено всё)
help-cmd-merge = Объединить сессии рабочих групп по одному рамочному документу в одну сессию семинара: ответы каждой группы становятся её голосами, заметки остаются за своей группой, расхождения перечисляются
help-cmd-merge-arg-sessions = Файлы сессий групп (два или больше, одного рамочного документа и одной версии)
help-cmd-merge-arg-output = Файл объединённой сессии (доступен только вам, режим 0600); никогда не перезаписывается
help-cmd-merge-arg-framework = Id или путь к рамочному документу (по умолчанию: тот, что указан в сессиях)
help-cmd-merge-arg-lang = Язык сообщений (по умолчанию: язык системы)
report-overall-sum = Сумма: общий балл
report-overall-sum-line = Вклады принципов в сумме дают общий балл: { $score }.
report-adds = вклад { $adds }
ui-present-divergent = Мнения разошлись: { $spread }
ui-present-roles = По ролям: { $means }
ui-key-roles = по ролям
ui-key-people = по участникам
ui-status-votes-roles = Один голос от каждой роли по очереди (что говорят равные консультанты, что говорит персонал). c — анонимный подсчёт.
ui-status-remove-voter = '{ $who }': голоса по { $votes } { $votes ->
        [one] вопросу
       *[other] вопросам
    }. Ещё раз Ctrl+D — убрать вместе с голосами; любая другая клавиша — оставить.
cli-outline-minutes = { $minutes } мин
cli-report-votes-left-out = { $n ->
        [one] { $n } голос в '{ $path }' больше не подходит к рамочному документу и не вошёл в отчёт:
        [few] { $n } голоса в '{ $path }' больше не подходят к рамочному документу и не вошли в отчёт:
       *[other] { $n } голосов в '{ $path }' больше не подходят к рамочному документу и не вошли в отчёт:
    }

# Facilitator aids: the parking lot, the next question to settle, the search line.
ui-parked-mark = [отложен]
ui-status-parked = Вопрос '{ $id }' отложен; w вернётся к нему, f снимет отметку.
ui-status-unparked = Вопрос '{ $id }' больше не отложен.
ui-status-none-open = На все показанные вопросы есть ответы, отложенных нет: r — просмотреть ответы.
ui-status-at-parked = Вопрос '{ $id }' отложен: решите его, затем f снимет отметку.
ui-status-search-none = Ни один вопрос не подходит под '{ $query }': попробуйте меньше слов или другие слова.
ui-search-title = Найти вопрос
ui-search-hint = Введите слова из вопроса, его идентификатор или принцип; Enter — перейти, Esc — закрыть.
ui-search-count = { $n ->
        [one] Найден { $n } вопрос; Enter — перейти.
        [few] Найдено { $n } вопроса; ↑↓ — выбрать, Enter — перейти.
       *[many] Найдено { $n } вопросов; ↑↓ — выбрать, Enter — перейти.
    }
ui-help-park = отложить вопрос или снять отметку
ui-help-next-open = следующий вопрос без ответа или отложенный
ui-help-search = найти вопрос по слову, id или принципу

# Action owners and due dates, entered on the results.
ui-action-title = Кто отвечает за это действие и к какому сроку
ui-action-owner = Ответственный
ui-action-due = Срок
ui-action-due-hint = Срок пишется как ГГГГ-ММ-ДД, например 2027-01-31; оставьте пустым, если срока нет.
ui-action-bad-date = '{ $due }' — не дата: напишите день как ГГГГ-ММ-ДД, например 2027-01-31, или оставьте поле пустым.
ui-action-key-keep = далее, сохранить
ui-action-key-field = поле
ui-action-none = нет
ui-results-action-plan = Ответственный: { $owner } · срок: { $due }
ui-status-action-kept = Ответственный и срок действия по '{ $id }' сохранены; они есть во всех отчётах.
ui-status-no-action = В списке нет действия { $n }: выберите один из показанных номеров.
ui-status-no-actions = Пока нет действий, которым можно назначить ответственного.
ui-help-action-pick = поставить курсор на это действие списка
ui-help-action-edit = ответственный и срок действия под курсором

# The workshop clock and the agenda.
ui-status-clock-on = Таймер идёт в заголовке; повестка (A) считает время, потраченное на каждый принцип. T останавливает его.
ui-status-clock-off = Таймер остановлен; T снова запускает его.
ui-agenda-title = Повестка
ui-agenda-budget = План
ui-agenda-spent = Потрачено
ui-agenda-answered = Отвечено
ui-agenda-none = нет
ui-agenda-min = { $n } мин
ui-agenda-total = Всего: по плану { $budget } мин, потрачено { $spent } мин.
ui-agenda-clock-on = Время считается, пока идёт таймер, по вопросам каждого принципа (только в этом сеансе).
ui-agenda-clock-off = Таймер остановлен: T запускает его, и пока он идёт, считается время на каждый принцип.
ui-agenda-key-budget = план ±5 мин
ui-agenda-key-clock = таймер
ui-agenda-key-close = закрыть
ui-help-clock = запустить или остановить таймер в заголовке
ui-help-agenda = повестка: время по плану и потраченное по принципам
