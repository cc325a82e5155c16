# Las palabras de integra en español. Mismas claves que en.ftl; los nombres de teclas no cambian.

## Screens (header, help)
ui-screen-start = Inicio
ui-screen-setup = La evaluación
ui-screen-overview = Panorama
ui-screen-question = Pregunta
ui-screen-review = Revisión
ui-screen-results = Resultados
ui-screen-export = Exportar

## Window too small
ui-too-small-need = integra necesita una ventana de al menos { $size } caracteres.
ui-too-small-have = Esta mide { $size }: agrande la ventana (o reduzca la letra).
ui-too-small-quit = Pulse q para salir; sus respuestas están guardadas.

## Footer
ui-key-quit = salir
ui-key-keys = teclas
ui-key-move = mover
ui-key-change = cambiar
ui-key-open = abrir
ui-key-field = campo
ui-key-next = siguiente
ui-key-back = atrás
ui-key-review = revisión
ui-key-results = resultados
ui-key-edit = editar
ui-key-overview = panorama
ui-key-scroll = desplazar
ui-key-export = exportar
ui-key-tick = marcar
ui-key-write = escribir
ui-key-question = pregunta
ui-key-type = teclear
ui-key-keep = guardar
ui-key-note = nota
ui-key-done = listo
ui-key-choose = elegir
ui-key-choose-next = elegir+seguir

## Start screen
ui-start-title = Nueva evaluación
ui-start-framework = Marco
ui-start-language = Idioma
ui-start-no-framework = (no se encontró ningún marco)
ui-start-new = Empezar una nueva evaluación
ui-start-no-sessions = Aún no hay sesiones guardadas: cada respuesta se guarda al darla.
ui-start-resume = Retomar una sesión guardada
ui-start-unnamed = (programa sin nombre)

## Setup screen
ui-setup-title = Sobre esta evaluación
ui-setup-intro = Estos datos aparecen en el informe. Todos son opcionales; m los edita luego.
ui-setup-continue = Continuar
ui-field-programme = Programa
ui-field-site = Lugar
ui-field-country = País
ui-field-date = Fecha
ui-field-facilitator = Facilitación
ui-field-participants = Participantes

## Overview
ui-overview-hidden-mark = (oculta)
ui-overview-principle-hint = Enter abre su primera pregunta sin responder.
ui-overview-answer = Respuesta: { $answer }
ui-overview-unanswered = Sin responder aún. Enter la abre.
ui-overview-hidden = Oculta: solo se pregunta si { $why }.

## Question screen
ui-question-position = { $principle } { $sep } { $n } de { $total }
ui-question-guidance = Orientación:
ui-question-evidence = Evidencia:
ui-question-more = (i: más)
ui-question-number = Número:
ui-question-answer = Respuesta: { $text }
ui-question-write = Escribir una respuesta
ui-question-range-both = De { $min } a { $max }.
ui-question-range-min = Al menos { $min }.
ui-question-range-max = Como máximo { $max }.
ui-question-type-number = Escriba el número y pulse Enter.
ui-question-editor-hint = Enter abre el editor; Esc conserva lo escrito.
ui-question-note = Nota:
ui-question-no-note = Sin nota (n para añadir una).
ui-question-progress = { $answered } de { $total } { $answered ->
        [one] respondida
       *[other] respondidas
    }
ui-number-invalid = '{ $typed }' no es un número
ui-number-between = La respuesta debe estar entre { $min } y { $max }.
ui-number-at-least = La respuesta debe ser al menos { $min }.
ui-number-at-most = La respuesta debe ser como máximo { $max }.

## Review
ui-review-question = Pregunta
ui-review-answer = Respuesta
ui-review-not-answered = sin responder
ui-review-summary = { $answered } de { $total } { $answered ->
        [one] respondida
       *[other] respondidas
    } { $sep } { $unanswered } sin responder ({ $mark }) { $sep } { $low } con puntuación baja ({ $lowmark })

## Results
ui-results-overall = Preparación global:
ui-results-capped = Limitada por los umbrales de abajo; solo por la puntuación llegaría a: { $band }
ui-results-none = Aún no hay respuestas puntuadas.
ui-results-coverage = Cobertura: { $answered } de { $applicable } preguntas puntuables aplicables respondidas ({ $percent } %)
ui-results-principles = Principios
ui-results-not-scored = sin puntuar
ui-results-gates = Umbrales no superados (cada uno limita el nivel)
ui-results-not-assessed = (aún sin evaluar)
ui-results-actions = Acciones recomendadas principales
ui-results-points = ({ $points } puntos)

## Export
ui-export-title = Exportar el informe
ui-export-dir = Los informes se escriben en { $dir }
ui-export-anonymous = Omitir los nombres de quien facilita y de los participantes
ui-export-write = Escribir los archivos
ui-export-written = Escritos:
ui-format-md = Markdown
ui-format-html = HTML (una página autónoma)
ui-format-txt = Texto sin formato
ui-format-json = JSON (para otras herramientas)
ui-format-csv = CSV (una fila por pregunta)
ui-format-docx = Word (.docx, para editar y compartir)
ui-format-csv-principle = CSV (una fila por principio)

## Popups
ui-quit-title = ¿Salir de integra?
ui-quit-saved = Todas las respuestas ya están guardadas, en:
ui-quit-nothing = Aún no se ha respondido nada.
ui-quit-yes = salir
ui-quit-stay = quedarse
ui-notice-continue = Enter o Esc para continuar
ui-notice-changed = Este marco ha cambiado
ui-editor-note = Nota
ui-editor-answer = Respuesta
ui-editor-close = guardar y cerrar
ui-editor-newline = nueva línea
ui-editor-keep = guardar
ui-help-title = Teclas
ui-help-here = En esta pantalla ({ $screen })
ui-help-everywhere = En todas partes
ui-help-space = elegir, o marcar un elemento de la lista
ui-help-clear = borrar la respuesta
ui-help-info = la orientación completa de la pregunta
ui-help-pages = también PgUp PgDn: pregunta anterior / siguiente
ui-help-these-keys = estas teclas
ui-help-esc = atrás; cierra una ventana
ui-help-quit = salir (pregunta antes; todo queda guardado)
ui-help-present = modo proyector: alto contraste, menos texto
ui-help-screens = panorama, revisión, resultados, exportar
ui-help-meta = editar los datos de la evaluación
ui-help-mouse-key = ratón
ui-help-mouse = la rueda desplaza, un clic elige
ui-info-title = Sobre esta pregunta
ui-info-guidance = Orientación
ui-info-evidence = Evidencia que buscar
ui-info-why = Por qué importa este principio
ui-info-low = Si la puntuación es baja

## Messages
ui-status-hidden = Oculta: esta pregunta solo se hace si { $why }.
ui-status-all-hidden = Todas las preguntas de este principio están ocultas por respuestas anteriores.
ui-status-first = Esta es la primera pregunta.
ui-save-failed = no se pudo guardar '{ $path }': { $error }
ui-no-framework = no hay ningún marco elegido
ui-no-data-folder = no hay carpeta de datos para guardar sesiones (¿está definido HOME?); use --session ARCHIVO

## Saving, unreadable sessions, preview
ui-too-small-quit-preview = Pulse q para salir de la vista previa; no se guarda nada.
ui-too-small-quit-lose = Sus respuestas NO están guardadas: pulse q otra vez para salir y perderlas, o agrande la ventana para exportarlas.
ui-too-small-quit-unsaved = Sus respuestas no están guardadas (--no-save). Pulse q para salir.
ui-too-small-quit-nosave = Pulse q para salir; no se guarda nada (--no-save).
ui-marker-nosave = Sin guardar (--no-save)
ui-marker-preview = Vista previa — no se guarda nada
ui-quit-preview = Era una vista previa: no se guardó nada.
ui-quit-nosave-lost = Sus respuestas NO están guardadas (--no-save) y se perderán. Expórtelas antes (e) para conservarlas.
ui-quit-exported = Nada cambió desde la exportación, guardada en:
ui-quit-save-failed = Falló el último guardado: las respuestas dadas desde entonces solo están en memoria y se pierden al salir. El archivo es:
ui-save-exists = '{ $path }' ya existe; elija otro nombre para no reemplazar ningún archivo
ui-save-title = No se pudo guardar
ui-save-in-memory = Sus respuestas siguen aquí, en memoria.
ui-save-elsewhere = Guárdelas en otro lugar (un archivo o una carpeta):
ui-save-there = guardar ahí
ui-save-not-now = ahora no
ui-save-not-now-status = Sin guardar: sus respuestas siguen en memoria; el próximo cambio lo intentará de nuevo.
ui-saved-in = Guardado en '{ $path }'; desde ahora las respuestas se guardan ahí.
ui-unreadable-title = No se puede leer esta sesión
ui-unreadable-kept = '{ $path }' se conserva tal cual; no se escribirá nada encima.
ui-unreadable-backup = Su copia de antes del último guardado se puede leer: { $path }
ui-unreadable-moves = Abrirla aparta el archivo ilegible (conservado, sin cambios).
ui-unreadable-open = abrir la copia
ui-unreadable-leave = dejarlo
ui-unreadable-no-backup = No hay ninguna copia legible.
ui-unreadable-close = cerrar
ui-restored-title = Copia abierta
ui-restored-moved = El archivo no se podía leer, así que se apartó, sin cambios, a:
ui-restored-open = Su copia de antes del último guardado está abierta en su lugar.
ui-start-unreadable = ilegible: Enter para ver detalles
ui-preview-export = Esto es una vista previa: no se escribe nada. Para evaluar de verdad y exportar, ejecute `integra run --framework ARCHIVO`.

ui-resume-version = El marco '{ $id }' está ahora en la versión { $now }; esta sesión se guardó con la versión { $was }.
ui-resume-changed = El marco '{ $id }' ha cambiado desde que se guardó esta sesión.
ui-resume-kept = Se { $kept ->
        [one] conservó { $kept } respuesta
       *[other] conservaron { $kept } respuestas
    }. Se { $dropped ->
        [one] apartó { $dropped } que ya no encaja:
       *[other] apartaron { $dropped } que ya no encajan:
    }
ui-resume-backup = El archivo tal como estaba se conserva en { $path }
ui-resume-untouched = Sin guardar: { $path } queda como estaba, con todas sus respuestas.
ui-resume-all-fit = { $n ->
        [one] La respuesta sigue encajando.
       *[other] Las { $n } respuestas siguen encajando.
    }

## Answers in words
answer-yes = Sí
answer-partly = En parte
answer-no = No
answer-not-applicable = No aplica
answer-dont-know = No sabe
answer-none-ticked = Ninguna de las opciones
answer-level = nivel { $n }

## Conditions in words
cond-and = { $a } y { $b }
cond-or = { $a } o { $b }
cond-not = no ({ $a })
cond-is = es '{ $v }'
cond-one-of = es uno de { $v }
cond-at-least = es al menos { $v }
cond-at-most = es como máximo { $v }
cond-includes = incluye '{ $v }'

## Command line
cli-needs-terminal = el asistente necesita un terminal interactivo; para scripts use `integra score ANSWERS.toml`, `integra report` o `integra outline`
cli-wrote-report = Informe ({ $format }) escrito en '{ $path }'.
cli-signals = no se pueden vigilar las señales: { $error }
cli-terminal-open = no se puede abrir el terminal: { $error }
cli-terminal-error = error del terminal: { $error }
cli-score-overall = Global: { $score } / 100  { $band }
cli-score-capped = (limitado por umbrales no superados; solo por la puntuación llegaría a: { $band })
cli-score-none = Global: aún no hay respuestas puntuadas
cli-score-gates = Umbrales no superados (cada uno limita el nivel)
cli-score-actions = Acciones principales (por puntos en juego)


## Reports
report-label = { $label }:
report-title = Informe de preparación para la integración
report-title-programme = Informe de preparación para la integración: { $programme }
report-not-recorded = no consta
report-omitted = omitido
report-anonymous = Los nombres de quien facilita y de los participantes se omitieron en este informe.
report-version = versión
report-framework-hash = Huella del marco
report-coverage = Cobertura
report-coverage-value = { $answered } de { $applicable } preguntas puntuables aplicables respondidas ({ $percent } %)
report-caution = Atención
report-h-result = Resultado
report-gates-head = { $capped ->
        [yes] El nivel está limitado: { $n } { $n ->
            [one] umbral no superado
           *[other] umbrales no superados
        }
       *[no] { $n } { $n ->
            [one] umbral no superado
           *[other] umbrales no superados
        }
    }{ $format ->
        [html] {""}
       *[other] .
    }
report-gate-explain = Un umbral es un mínimo imprescindible que limita la preparación, por alta que sea la media{ $capped ->
        [yes] {""}
       *[no] : ni una puntuación más alta subiría el nivel mientras { $n ->
            [one] no se supere
           *[other] no se superen
        }
    }{ $format ->
        [html] .
       *[other] :
    }
report-gate-needs = «{ $watches }» requiere { $rule }. Mientras este umbral no se supere, la preparación no puede pasar de «{ $cap }».
report-readiness = Preparación: { $band }
report-overall-score = { $format ->
        [md] puntuación global { $score } de 100
       *[other] Puntuación global: { $score } de 100
    }
report-score-alone = Solo por la puntuación se llegaría a «{ $uncapped }»; los umbrales no superados de arriba la mantienen en «{ $band }».
report-no-score-lead = Aún no hay puntuación global:
report-no-score = ninguna pregunta puntuable tiene respuesta.
report-h-progress = Avance desde la evaluación anterior
report-compared = Respecto de la evaluación { $dated ->
        [yes] del { $date }
       *[no] indicada con --compare
    }: { $improved } { $improved ->
        [one] respuesta mejoró
       *[other] respuestas mejoraron
    }, { $worsened } { $worsened ->
        [one] empeoró
       *[other] empeoraron
    }, { $answered } { $answered ->
        [one] se respondió
       *[other] se respondieron
    } por primera vez y { $changed } { $changed ->
        [one] cambió
       *[other] cambiaron
    } sin puntuación que comparar.
report-col-before = Antes
report-col-now = Ahora
report-col-change = Cambio
report-overall-score-row = Puntuación global
report-readiness-row = Preparación
report-gates-changed = Umbrales que cambiaron de estado
report-answers-changed = Respuestas que cambiaron
report-not-answered = sin responder
report-score-change = puntuación { $change }
report-no-change = Ninguna respuesta cambió.
report-h-principles = Puntuación por principio
report-col-principle = Principio
report-col-score = Puntuación
report-col-chart = Gráfico (0–100)
report-col-weight = Peso
report-col-answered = Respondidas
report-n-of-m = { $answered } de { $applicable }
report-weight-share = peso { $share } %
report-context-only = solo contexto
report-answered-of = { $answered } de { $applicable } respondidas
report-h-strengths = Fortalezas
report-no-strengths = Aún ninguna pregunta llega a 75.
report-h-gaps = Brechas
report-no-gaps = Ninguna pregunta está por debajo de 50.
report-h-actions = Plan de acción
report-actions-intro = Recomendaciones para las preguntas que no tienen la máxima puntuación, primero las que más puntos ponen en juego (orden), agrupadas por principio. Anote una persona responsable y una fecha límite para cada una.
report-col-rank = Orden
report-col-action = Acción
report-col-question = Pregunta
report-col-owner = Responsable
report-col-due = Plazo
report-action-question = Pregunta { $number }: { $text } (respuesta: { $answer }, puntuación { $score }/100)
report-no-actions = No hay acciones: toda pregunta con recomendación tiene la máxima puntuación o aún no tiene respuesta.
report-h-notes = Notas
report-no-notes = No se registraron notas.
report-h-appendix = Anexo: todas las preguntas y respuestas
report-col-answer = Respuesta
report-col-status = Estado
report-shown-if-lead = Solo se muestra si { $condition }
report-shown-if = solo se muestra si { $condition }
report-h-hidden = Preguntas ocultas por condiciones
report-hidden-intro = Estas preguntas no se mostraron porque una respuesta anterior las hizo irrelevantes; no cuentan en ninguna puntuación.
report-hidden-head = Preguntas ocultas por condiciones (fuera de toda puntuación):
report-h-method = Cómo se calcularon las puntuaciones
report-method-questions-lead = Preguntas.
report-method-questions = Cada pregunta respondida vale de 0 a 1. Una escala puntúa según el lugar del nivel elegido (nivel más bajo 0, más alto 1); sí, en parte y no valen 1, ½ y 0; una opción única vale sus puntos divididos entre los de la mejor opción; una lista de casillas vale los puntos marcados divididos entre todos sus puntos; un número, si el marco indica cómo, puntúa en línea recta entre su mínimo y su máximo. Las preguntas de texto libre y las opciones sin puntos aportan contexto, no puntuación.
report-method-principles-lead = Principios.
report-method-principles = La puntuación de un principio es 100 × Σ(peso × puntuación) ÷ Σ(peso), sobre sus preguntas con respuesta puntuada. Las preguntas respondidas «no aplica», ocultas por una condición, respondidas «no sabe» o aún sin responder quedan fuera de ambas sumas: ni suben ni bajan la puntuación. La cobertura indica cuántas preguntas contaron.
report-method-overall-lead = Global.
report-method-overall = La puntuación global es la media de las puntuaciones de los principios, cada una ponderada por la parte de su principio (los principios sin respuesta puntuada quedan fuera):
report-share = { $share } % (peso { $weight })
report-no-share = sin parte: solo preguntas de contexto, nunca puntuadas
report-method-bands-lead = Niveles.
report-method-bands = El nivel es aquel cuyo intervalo contiene la puntuación global:
report-band-range = de { $min } a { $max }
report-band-range-under = de { $min } a menos de { $max }
report-method-gates-lead = Umbrales.
report-method-gates = Un umbral es un mínimo imprescindible. Si no se supera, el nivel no puede pasar de su tope, por alta que sea la media. Un umbral sobre una pregunta aún sin responder, o respondida «no sabe», no se supera hasta que se evalúe; un umbral sobre una pregunta oculta o que no aplica se supera.
report-gate-rule = «{ $watches }» requiere { $rule }; si no, el nivel queda limitado a «{ $cap }».
report-no-gates = Este marco no tiene umbrales.
report-method-actions-lead = Las acciones
report-method-actions = se ordenan por puntos en juego: la parte de la pregunta en el peso total × su distancia a la máxima puntuación × 100.
report-schema = esquema de informe { $n }
report-framework-word = marco
report-aria-no-score = sin puntuación
report-aria-score = { $score } de 100
report-status-scored = Puntuada
report-status-unscored = Sin puntuar (solo contexto)
report-status-not-applicable = No aplica: fuera de la puntuación
report-status-dont-know = No sabe: fuera de la puntuación
report-status-hidden = Oculta por una condición: fuera de la puntuación
report-status-unanswered = Aún sin responder
report-gate-passed = Superado
report-gate-not-applicable = No se aplica aquí
report-gate-failed = No superado
report-gate-not-assessed = Aún sin evaluar
report-rule-level = una respuesta de al menos «{ $label }» (nivel { $level })
report-rule-level-bare = una respuesta de al menos el nivel { $level }
report-rule-principle = una puntuación de principio de al menos { $min }
report-rule-score = una puntuación de al menos { $min } de 100
report-rule-answer = una respuesta
report-warn-version = Estas respuestas se dieron con la versión «{ $was }» del marco; este informe las puntúa con la versión «{ $now }». Compruebe que las preguntas siguen significando lo mismo.
report-warn-hash = Estas respuestas se dieron con otra copia del marco ({ $was }) distinta de la usada en este informe ({ $now }). Compruebe que las preguntas siguen significando lo mismo.
report-warn-no-score = Aún no se ha respondido ninguna pregunta puntuable, así que no hay puntuación global ni nivel.
report-warn-coverage = Solo { $answered } de { $applicable } preguntas aplicables tienen respuesta puntuada ({ $percent } %): las puntuaciones pueden cambiar mucho al responder el resto.
report-warn-earlier-version = Las respuestas anteriores se dieron con la versión «{ $was }» del marco; aquí ambas evaluaciones se puntúan con la versión «{ $now }».
report-band-higher = más alto
report-band-lower = más bajo
report-band-same = igual
report-trend-improved = mejoró
report-trend-worsened = empeoró
report-trend-answered = nueva respuesta
report-trend-changed = cambió
report-trend-unchanged = sin cambios

## Word reports (the other labels are shared with report-*)
docx-contents = Índice
docx-framework-value = { $title } ({ $id }, versión { $version })
docx-gates-capped = El nivel está limitado por umbrales no superados
docx-gates-failed = Umbrales no superados
docx-gate-intro = Un umbral es un mínimo imprescindible: mientras no se supere, la preparación no pasa de su tope, por alta que sea la puntuación media.
docx-gate-line = «{ $watches }» requiere { $rule }. Mientras este umbral no se supere, la preparación no puede pasar de { $cap }.
docx-overall-score = Puntuación global: { $score } de 100
docx-uncapped = Solo por la puntuación se llegaría a { $uncapped }; los umbrales no superados la mantienen en { $band }.
docx-col-chart = Gráfico (0–100, una celda cada 10 puntos)
docx-action-intro = Recomendaciones para las preguntas sin la máxima puntuación, agrupadas por principio; el orden pone primero las que más puntos ponen en juego. Anote una persona responsable y una fecha límite para cada una.
docx-hidden-intro = Una respuesta anterior hizo irrelevantes estas preguntas: no se hicieron y no cuentan en ninguna puntuación.
docx-progress-intro = Respecto de { $previous }: respuestas que mejoraron: { $improved }; que empeoraron: { $worsened }; respondidas por primera vez: { $answered }; cambiadas sin puntuación que comparar: { $changed }.
docx-previous-dated = la evaluación del { $date }
docx-previous-undated = la evaluación anterior
docx-method-questions = Cada pregunta respondida vale de 0 a 1. Una escala puntúa según el lugar del nivel elegido (el más bajo 0, el más alto 1); sí, en parte y no valen 1, ½ y 0; una opción única vale sus puntos sobre los de la mejor opción; una lista de casillas vale los puntos marcados sobre todos sus puntos; un número, si el marco indica cómo, puntúa en línea recta entre su mínimo y su máximo. Las preguntas de texto libre y las opciones sin puntos aportan contexto, no puntuación.
docx-method-principles = La puntuación de un principio es 100 × Σ(peso × puntuación) ÷ Σ(peso) sobre sus preguntas con respuesta puntuada. Las preguntas respondidas «no aplica» o «no sabe», ocultas por una condición o aún sin responder no entran en ninguna suma: ni suben ni bajan la puntuación; la cobertura cuenta las preguntas que sí cuentan.
docx-method-overall = La puntuación global promedia las puntuaciones de los principios, cada una ponderada por la parte de su principio (un principio sin respuesta puntuada queda fuera):
docx-method-gates = Un umbral es un mínimo imprescindible. Mientras no se supere, el nivel no puede pasar de su tope, por alta que sea la media. Un umbral sobre una pregunta aún sin responder, o respondida «no sabe», no se supera hasta que se evalúe; un umbral sobre una pregunta oculta o que no aplica se supera.
docx-no-share = { $title }: sin parte (solo preguntas de contexto, nunca puntuadas)
docx-gate-method-line = { $reason } «{ $watches }» requiere { $rule }; si no, el nivel queda limitado a { $cap }. { $status }.
docx-footer = { $generator } · esquema de informe { $schema } · marco { $id } { $version } ({ $hash })

## Portfolio (integra aggregate)
agg-title = Cartera: { $title }
agg-sub = { $format ->
        [html] Marco <code>{ $id }</code> versión { $version } · { $n } { $n ->
            [one] sesión
           *[other] sesiones
        }, ordenadas por país, lugar, programa y fecha.
       *[other] Marco `{ $id }` versión { $version } (`{ $hash }`) · { $n } { $n ->
            [one] sesión
           *[other] sesiones
        }, ordenadas por país, lugar, programa y fecha.
    }
agg-anonymous = Se omiten los nombres de quienes facilitan y participan.
agg-h-sessions = Sesiones
agg-col-overall = Global
agg-col-band = Nivel
agg-col-failed-gates = Umbrales no superados
agg-capped = (limitado)
agg-median = Mediana
agg-mean = Media
agg-h-bands = Niveles
agg-no-score = Aún sin puntuación
agg-capped-count = { $capped } de { $n } { $capped ->
        [one] queda
       *[other] quedan
    } por debajo del nivel de su puntuación por umbrales no superados.
agg-schema = esquema de cartera { $n }
agg-version-note = Algunas sesiones se respondieron con otra versión de '{ $id }'; aquí cada fila se puntúa con la versión { $version }: { $list }.
agg-version-item = '{ $file }' (versión { $version })
cli-wrote-portfolio = Cartera de { $n } sesiones escrita en '{ $path }'.
