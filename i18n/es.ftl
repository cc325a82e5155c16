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
ui-question-editor-hint = Enter abre el editor; allí Enter guarda lo escrito y Esc cancela.
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
ui-results-capped = Limitada (vea por qué abajo); solo por la puntuación llegaría a: { $band }
ui-results-none = Aún no hay respuestas puntuadas.
ui-results-coverage = Cobertura: { $answered } de { $applicable } preguntas puntuables aplicables respondidas ({ $percent } %)
ui-results-principles = Principios
ui-results-not-scored = sin puntuar
ui-results-gates = Umbrales no superados
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
ui-format-xlsx = Hoja de cálculo (.xlsx, una hoja por tabla)
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
cli-score-capped = (limitado, vea por qué abajo; solo por la puntuación llegaría a: { $band })
cli-score-none = Global: aún no hay respuestas puntuadas
cli-score-gates = Umbrales no superados
cli-score-actions = Acciones principales (primero lo que frena el nivel, luego por puntos en juego)


## Reports
report-label = { $label }:
report-title = Informe de preparación para la integración
report-title-programme = Informe de preparación para la integración: { $programme }
report-not-recorded = no consta
report-omitted = omitido
report-anonymous = Los nombres de quien facilita y de los participantes se omitieron en este informe. Las notas y las respuestas de texto libre se mantienen tal como se escribieron: revíselas en busca de nombres antes de compartir.
report-version = versión
report-framework-hash = Huella del marco
report-coverage = Cobertura
report-coverage-value = { $answered } de { $applicable } preguntas puntuables aplicables respondidas ({ $percent } %)
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
report-gate-needs = { $format ->
        [txt] «{ $watches }» requiere { $rule }. Mientras este umbral no se supere, la preparación no puede pasar de «{ $cap }».
       *[other] «{ $watches }» requiere { $rule }. Mientras este umbral no se supere, la preparación no puede pasar de { $cap }.
    }
report-readiness = Preparación: { $band }
report-overall-score = { $format ->
        [md] puntuación global { $score } de 100
       *[other] Puntuación global: { $score } de 100
    }
report-score-alone = { $format ->
        [txt] Solo por la puntuación se llegaría a «{ $uncapped }»; se mantiene en «{ $band }» por las razones de abajo.
       *[other] Solo por la puntuación se llegaría a { $uncapped }; se mantiene en { $band } por las razones de abajo.
    }
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
report-weight-share = peso { $share } %
report-context-only = solo contexto
report-answered-of = { $answered } de { $applicable } respondidas
report-h-strengths = Fortalezas
report-no-strengths = Aún ninguna pregunta llega a 75.
report-h-gaps = Brechas
report-no-gaps = Ninguna pregunta está por debajo de 50.
report-h-actions = Plan de acción
report-actions-intro = Recomendaciones para las preguntas que no tienen la máxima puntuación: primero las que frenan el nivel, luego las que más puntos ponen en juego (orden), agrupadas por principio. Anote una persona responsable y una fecha límite para cada una.
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
report-share = { $share } % (peso { $weight })
report-no-share = sin parte: solo preguntas de contexto, nunca puntuadas
report-method-bands-lead = Niveles.
report-method-bands = El nivel es aquel cuyo intervalo contiene la puntuación global:
report-band-range = de { $min } a { $max }
report-band-range-under = de { $min } a menos de { $max }
report-method-gates-lead = Umbrales.
report-method-gates = Un umbral es un mínimo imprescindible. Si no se supera, el nivel no puede pasar de su tope, por alta que sea la media. Un umbral sobre una pregunta aún sin responder, o respondida «no sabe», no se supera hasta que se evalúe; un umbral sobre una pregunta oculta o que no aplica se supera.
report-gate-rule = { $format ->
        [txt] «{ $watches }» requiere { $rule }; si no, el nivel queda limitado a «{ $cap }».
       *[other] «{ $watches }» requiere { $rule }; si no, el nivel queda limitado a { $cap }.
    }
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
report-warn-version = Estas respuestas se dieron con la versión «{ $was }» del marco; este informe las puntúa con la versión «{ $now }». Compruebe que las preguntas siguen significando lo mismo.
report-warn-hash = Estas respuestas se dieron con otra copia del marco ({ $was }) distinta de la usada en este informe ({ $now }). Compruebe que las preguntas siguen significando lo mismo.
report-warn-no-score = Aún no se ha respondido ninguna pregunta puntuable, así que no hay puntuación global ni nivel.
report-warn-coverage = Solo { $answered } de { $applicable } preguntas aplicables tienen respuesta puntuada ({ $percent } %): las puntuaciones pueden cambiar mucho al responder el resto.
report-warn-earlier-version = Las respuestas anteriores se dieron con la versión «{ $was }» del marco; aquí ambas evaluaciones se puntúan con la versión «{ $now }».
report-hint-unclosed = el '{"{"}% { $tag } %{"}"}' abierto en la línea { $line } nunca se cierra: añada '{"{"}% end{ $tag } %{"}"}' donde deba terminar
report-warn-other-programme = La referencia es otro programa («{ $was }», este es «{ $now }»): las diferencias de abajo comparan dos programas, no muestran avances.
report-warn-other-site = La referencia es otro sitio («{ $was }», este es «{ $now }»): las diferencias de abajo comparan dos sitios, no muestran avances.
report-warn-later-baseline = La referencia tiene fecha { $was }, posterior a esta evaluación ({ $now }): si es la más reciente, intercambie los dos archivos; si no, los cambios se leen al revés.
report-band-higher = más alto
report-band-lower = más bajo
report-band-same = igual
report-trend-improved = mejoró
report-trend-worsened = empeoró
report-trend-answered = nueva respuesta
report-trend-changed = cambió
report-trend-unchanged = sin cambios

## Word reports (the other labels are shared with report-*)
docx-framework-value = { $title } ({ $id }, versión { $version })
docx-gates-capped = El nivel está limitado por umbrales no superados
docx-gates-failed = Umbrales no superados
docx-gate-intro = Un umbral es un mínimo imprescindible: mientras no se supere, la preparación no pasa de su tope, por alta que sea la puntuación media.
docx-gate-line = «{ $watches }» requiere { $rule }. Mientras este umbral no se supere, la preparación no puede pasar de { $cap }.
docx-overall-score = Puntuación global: { $score } de 100
docx-uncapped = Solo por la puntuación se llegaría a { $uncapped }; se mantiene en { $band } por las razones de abajo.
docx-col-chart = Gráfico (0–100, una celda cada 10 puntos)
docx-action-intro = Recomendaciones para las preguntas sin la máxima puntuación, agrupadas por principio; el orden pone primero lo que frena el nivel y luego las que más puntos ponen en juego. Anote una persona responsable y una fecha límite para cada una.
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
docx-page-of = Página { $page } de { $pages }
docx-contents = Índice
docx-contents-hint = Para añadir los números de página a esta lista, actualícela: F9 en Word, Herramientas > Actualizar > Actualizar todo en LibreOffice.

## Spreadsheet reports (.xlsx)
xlsx-sheet-summary = Resumen
xlsx-sheet-principles = Principios
xlsx-sheet-questions = Preguntas
xlsx-sheet-actions = Acciones
xlsx-col-item = Elemento
xlsx-col-value = Valor
xlsx-answered = Preguntas respondidas
xlsx-applicable = Preguntas aplicables
xlsx-coverage-percent = Cobertura (%)
xlsx-col-share = Peso relativo (%)
xlsx-col-note = Nota
xlsx-col-points = Puntos en juego
xlsx-duplicate-sheet = dos hojas se llaman «{ $name }»: dé nombres distintos a las hojas en el catálogo (xlsx-sheet-*)


## Portfolio (integra aggregate)
agg-title = Cartera: { $title }
agg-sub = { $format ->
        [html] Marco { $id } versión { $version } · { $n } { $n ->
            [one] sesión
           *[other] sesiones
        }, ordenadas por país, lugar, programa y fecha.
       *[other] Marco { $id } versión { $version } ({ $hash }) · { $n } { $n ->
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

## Diagnósticos (integra validate, preview y archivos de respuestas). Los id, claves, valores
## y el `code` no se traducen; solo las palabras que los rodean.
diag-error = error
diag-warning = aviso
diag-hint = sugerencia
diag-summary = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
diag-did-you-mean = ¿quiso decir '{ $word }'?
diag-use-one-of = use uno de estos valores: { $values }
diag-unshown = { $count ->
    [one] { $count } problema más no se muestra
   *[other] { $count } problemas más no se muestran
}
diag-unshown-hint = corrija los problemas anteriores y vuelva a ejecutar `integra validate`
diag-unlowered = la pregunta '{ $id }' pasó las comprobaciones pero sus claves no forman una pregunta que integra sepa hacer (un fallo de integra)
diag-unlowered-hint = infórmelo junto con el archivo del marco; mientras tanto, compare las claves de la pregunta '{ $id }' con docs/framework-format.md
diag-unlowered-gate = el umbral '{ $id }' pasó las comprobaciones pero sus claves no forman un umbral que integra sepa aplicar (un fallo de integra)
diag-unlowered-gate-hint = infórmelo junto con el archivo del marco; mientras tanto, compare las claves del umbral '{ $id }' con docs/framework-format.md
diag-what-scale = escala
diag-what-principle = principio
diag-what-question = pregunta
diag-what-band = tramo
diag-what-gate = umbral
diag-what-principle-id = el principio '{ $id }'
diag-what-question-id = la pregunta '{ $id }'
diag-id-hint = un id solo lleva letras, cifras, '-' y '_', p. ej. `referral-tracking`
diag-id-invalid = el id '{ $id }' no es válido ({ $what })
diag-id-duplicate = id '{ $id }' repetido ({ $what })
diag-id-duplicate-hint = cada elemento ({ $what }) necesita su propio id; cambie el nombre de uno de ellos
diag-too-many-principles = el principio '{ $id }' sobra: un marco tiene como máximo { $max } principios
diag-too-many-questions = la pregunta '{ $id }' sobra: un marco tiene como máximo { $max } preguntas
diag-too-many-hint = divida el marco en varios más pequeños
diag-framework-id-invalid = el id del marco '{ $id }' no es válido
diag-languages-en = 'languages' debe incluir "en"
diag-languages-en-hint = el inglés es la lengua de referencia a la que recurren todas las demás
diag-no-principles = el marco no tiene principios
diag-no-principles-hint = añada al menos una tabla `[[principles]]` con preguntas
diag-scale-no-levels = la escala '{ $id }' no tiene niveles
diag-scale-no-levels-hint = añada al menos dos `[[scales.levels]]` con value y label
diag-scale-one-level = la escala '{ $id }' tiene un solo nivel
diag-scale-one-level-hint = una escala necesita al menos dos niveles para distinguir respuestas
diag-scale-not-ascending = los niveles de la escala '{ $id }' deben ir de menor a mayor valor, pero { $next } va después de { $prev }
diag-scale-not-ascending-hint = ordene los niveles de menor a mayor preparación, con valores crecientes
diag-principle-no-questions = el principio '{ $id }' no tiene preguntas
diag-principle-no-questions-hint = añada tablas `[[principles.questions]]` debajo de él
diag-rating-no-scale = la pregunta de valoración '{ $id }' no tiene 'scale'
diag-rating-no-scale-hint = añada `scale = "<id of a [[scales]] entry>"`
diag-scale-define-hint = defínala en `[[scales]]`
diag-scale-undefined = la pregunta '{ $id }' usa la escala '{ $scale }', que no está definida
diag-kind-no-scale = la pregunta '{ $id }' de tipo { $kind } no admite la clave 'scale'
diag-kind-no-scale-hint = solo las preguntas `kind = "rating"` usan escala; quite la clave o cambie el tipo
diag-kind-no-options = la pregunta '{ $id }' de tipo { $kind } no admite la clave 'options'
diag-kind-no-options-hint = solo las preguntas choice y checklist tienen opciones
diag-kind-no-key = la pregunta '{ $id }' de tipo { $kind } no admite la clave '{ $key }'
diag-kind-no-key-hint = solo las preguntas number tienen límites, unidad o puntuación numérica
diag-too-few-options = la pregunta '{ $id }' de tipo { $kind } necesita al menos { $least ->
    [one] { $least } opción
   *[other] { $least } opciones
}
diag-too-few-options-hint = añada `options = [{ "{" } id = "...", label = "..." { "}" }, ...]`
diag-option-id-invalid = el id de opción '{ $option }' de la pregunta '{ $id }' no es válido
diag-option-reserved = el id de opción '{ $option }' de la pregunta '{ $id }' está reservado
diag-option-reserved-hint = los archivos de respuestas usan "na" y "dont_know" para «no aplica» y «no sabe»; use `not_applicable = true` / `dont_know = true` o cambie el nombre de la opción
diag-option-twice = la pregunta '{ $id }' incluye dos veces la opción '{ $option }'
diag-option-twice-hint = dé a cada opción su propio id
diag-option-points = la opción '{ $option }' de la pregunta '{ $id }' tiene { $points } puntos; los puntos deben ser 0 o más
diag-option-points-hint = use un número finito como 0, 1 o 2
diag-number-bounds = la pregunta '{ $id }' tiene min { $min } y max { $max }; min debe ser menor que max
diag-number-bounds-hint = intercambie o corrija los límites
diag-number-scoring-bounds = la pregunta numérica puntuada '{ $id }' necesita 'min' y 'max'
diag-number-scoring-bounds-hint = la puntuación va de min a max
diag-cond-forms = la condición de la pregunta '{ $id }' debe usar exactamente una de las formas 'question', 'all', 'any' o 'not'
diag-cond-forms-hint = p. ej. `show_if = { "{" } question = "legal_context", is = "legal" { "}" }`
diag-cond-self = la pregunta '{ $id }' tiene una condición sobre sí misma
diag-cond-self-hint = una condición solo puede mirar preguntas anteriores
diag-cond-later = la condición de la pregunta '{ $id }' remite a '{ $target }', que viene después
diag-cond-later-hint = adelante la pregunta de la que depende, o retrase esta
diag-cond-unknown = la condición de la pregunta '{ $id }' remite a una pregunta desconocida, '{ $target }'
diag-check-question-id = compruebe el id de la pregunta
diag-check-principle-id = compruebe el id del principio
diag-cond-no-test = la condición de la pregunta '{ $id }' dice qué pregunta mirar pero no qué comprobar
diag-cond-no-test-hint = añada uno de `is`, `one_of`, `at_least`, `at_most` o `includes`
diag-cond-wrong-test = la condición de la pregunta '{ $id }' comprueba la pregunta '{ $target }' (tipo { $kind }) de un modo que ese tipo no admite
diag-cond-wrong-test-hint = `is`/`one_of` para choice y yes_no, `at_least`/`at_most` para rating y number, `includes` para checklist
diag-cond-offers = '{ $target }' ofrece: { $values }
diag-cond-bad-value = la condición de la pregunta '{ $id }' espera '{ $value }', que la pregunta '{ $target }' no ofrece
diag-no-bands = el marco no tiene tramos
diag-no-bands-hint = añada tablas `[[bands]]` que cubran las puntuaciones de 0 a 100
diag-band-bounds = el tramo '{ $id }' va de { $min } a { $max }; min debe ser menor que max
diag-band-bounds-hint = cada tramo cubre de min (incluido) a max (excluido)
diag-bands-order = los tramos deben ir de la puntuación más baja a la más alta
diag-bands-order-hint = ordene las tablas `[[bands]]` por 'min'
diag-band-first = el tramo más bajo, '{ $id }', empieza en { $min }: las puntuaciones inferiores quedan sin tramo
diag-band-first-hint = haga empezar el tramo más bajo en `min = 0`
diag-band-last = el tramo más alto, '{ $id }', termina en { $max }; los tramos deben llegar a 100
diag-band-last-hint = termine el tramo más alto en `max = 100`
diag-band-overlap = el tramo '{ $id }' empieza en { $min } pero el tramo '{ $other }' llega hasta { $max }: se solapan
diag-band-gap = el tramo '{ $id }' empieza en { $min } pero el tramo '{ $other }' termina en { $max }: las puntuaciones intermedias quedan sin tramo
diag-band-start-at = haga empezar '{ $id }' en { $at }
diag-gate-unknown-question = el umbral '{ $id }' vigila una pregunta desconocida, '{ $target }'
diag-gate-unknown-principle = el umbral '{ $id }' vigila un principio desconocido, '{ $target }'
diag-gate-principle-level = el umbral '{ $id }' vigila un principio, que tiene puntuación y no nivel
diag-gate-principle-level-hint = use `min_score = <0-100>` en los umbrales de principio
diag-gate-no-threshold = el umbral '{ $id }' no tiene límite
diag-gate-no-threshold-hint = añada `min_score = <0-100>`
diag-gate-target = el umbral '{ $id }' debe vigilar exactamente una 'question' o un 'principle'
diag-gate-target-hint = indique `question = "..."` o bien `principle = "..."`
diag-gate-min-score = el umbral '{ $id }' tiene min_score { $score }; las puntuaciones van de 0 a 100
diag-gate-min-score-hint = use un número de 0 a 100
diag-gate-cap-hint = indique uno de los id de `[[bands]]`
diag-gate-unknown-cap = el umbral '{ $id }' limita a un tramo desconocido, '{ $band }'
diag-gate-threshold = el umbral '{ $id }' necesita exactamente uno de 'min_level' o 'min_score'
diag-gate-threshold-hint = `min_level` para el nivel de una pregunta de valoración, `min_score` (0-100) en los demás casos
diag-gate-level = el umbral '{ $id }' pide el nivel { $level }, que la escala '{ $scale }' no tiene
diag-gate-level-not-rating = el umbral '{ $id }' usa 'min_level' pero la pregunta '{ $question }' no es de valoración
diag-gate-level-not-rating-hint = use `min_score = <0-100>` en su lugar
diag-gate-unscored = el umbral '{ $id }' vigila la pregunta '{ $question }', que no puntúa
diag-gate-unscored-hint = elija una pregunta que puntúe (el texto, las opciones de cero puntos y los números sin `scoring` no puntúan)
diag-weight-positive = { $what } tiene peso { $weight }; los pesos deben ser mayores que 0
diag-weight-positive-hint = use un número positivo como 1 o 2; mejor quitar una pregunta que darle peso 0
diag-weight-large = { $what } tiene peso { $weight }, que es demasiado grande
diag-weight-large-hint = use pesos de hasta 1000000
diag-ctx-header = cabecera del marco
diag-ctx-id = { $what } '{ $id }'
diag-ctx-no-id = { $what } sin id
diag-translations-hint = escriba `[translations.fr]` y debajo líneas `"question.ID.text" = "..."`
diag-translations-table = 'translations' debe ser una tabla de idiomas
diag-lang-code = '{ $code }' no es un código de idioma
diag-lang-code-hint = use un código como fr, es, ru o pt-BR
diag-translations-lang-table = 'translations.{ $code }' debe ser una tabla
diag-translation-text = la traducción de '{ $key }' debe ser texto entre comillas
diag-translation-text-hint = ponga también la clave entre comillas cuando lleve puntos: `"question.ID.text" = "..."`
diag-list-of-tables = '{ $name }' debe ser una lista de tablas
diag-entry-table = cada entrada de '{ $name }' debe ser una tabla
diag-own-header-hint = escriba cada entrada bajo su propia cabecera `[[{ $name }]]`
diag-unknown-key = clave desconocida '{ $key }' ({ $context })
diag-keys-allowed = las claves admitidas aquí son: { $keys }
diag-missing-key = falta '{ $key }' ({ $context })
diag-missing-key-hint = añada `{ $key } = ...` aquí ({ $context })
diag-bad-variant = '{ $value }' no es un valor válido de '{ $key }' ({ $context })
diag-a-value = un valor
diag-bad-value = { $key } ({ $context }): { $detail }
diag-type-number-hint = escriba un número sin comillas, p. ej. `weight = 2`
diag-type-bool-hint = escriba `true` o `false` sin comillas
diag-type-list-hint = escriba una lista entre corchetes, p. ej. `["a", "b"]`
diag-type-other-hint = consulte docs/framework-format.md para la forma de esta clave
diag-toml-syntax = esto no es TOML válido (el lector de TOML dice, en inglés: { $detail })
diag-toml-syntax-hint = revise las comillas, los corchetes y los pares `key = value` de esta línea
diag-single-question = el principio '{ $id }' tiene una sola pregunta
diag-single-question-hint = una sola respuesta decide entonces todo el principio; añada preguntas o únalo a otro principio
diag-no-help = la pregunta '{ $id }' no tiene texto de ayuda
diag-no-help-hint = añada `help = "..."`: qué significa la pregunta y cómo valorarla
diag-no-recommendation = la pregunta '{ $id }' no tiene recomendación
diag-no-recommendation-hint = añada `recommendation = "..."`: la acción a tomar cuando puntúa bajo
diag-gate-never-fails = el umbral '{ $id }' nunca puede fallar una vez respondido
diag-gate-never-fails-hint = su límite está en la respuesta más baja posible o por debajo; súbalo o quite el umbral
diag-untranslated = { $count ->
    [one] { $count } texto no tiene traducción '{ $lang }'
   *[other] { $count } textos no tienen traducción '{ $lang }'
}, p. ej. '{ $first }'
diag-untranslated-hint = añádalos en `[translations.{ $lang }]`; mientras tanto se muestra el inglés
diag-unshown-warnings = { $count ->
    [one] { $count } aviso más no se muestra
   *[other] { $count } avisos más no se muestran
}
diag-unshown-warnings-hint = corrija los avisos anteriores y vuelva a ejecutar `integra validate`
diag-unreachable-hidden = la pregunta '{ $id }' nunca puede mostrarse: su condición mira '{ $targets }', { $count ->
    [one] que tampoco se muestra nunca
   *[other] que tampoco se muestran nunca
}
diag-unreachable-hidden-hint = corrija la condición de la pregunta a la que mira, o compruebe otra pregunta
diag-unreachable-not = la pregunta '{ $id }' nunca puede mostrarse: un `not` de su condición envuelve algo que siempre se cumple
diag-unreachable-not-hint = una pregunta sin respuesta hace falsa una comprobación, así que su `not` es verdadero; revise lo que envuelve el `not`
diag-unreachable = la pregunta '{ $id }' nunca puede mostrarse: su condición nunca se cumple
diag-unreachable-bounds-hint = compare los límites con la escala o con el min y max del número
diag-unreachable-contradiction-hint = ninguna respuesta hace que `{ $condition }` se cumpla: sus partes se contradicen
diag-translated-twice = '{ $key }' está traducido dos veces al '{ $lang }'
diag-translated-twice-hint = conserve la traducción en línea o esta, no las dos
diag-translation-no-english = '{ $key }' no tiene texto en inglés que traducir
diag-translation-no-english-hint = escriba primero el texto en inglés; toda traducción recurre a él
diag-translation-key-hint = las claves tienen la forma `question.ID.text` o `scale.ID.level.VALUE.label`; consulte docs/framework-format.md
diag-translation-key-unknown = la clave de traducción '{ $key }' no corresponde a ningún texto de este marco
diag-cannot-read = no se puede leer '{ $path }': { $error }
diag-cannot-read-hint = compruebe la ruta y sus permisos
diag-folder = '{ $path }' es una carpeta, no un archivo
diag-folder-hint = indique un archivo .toml
diag-too-big = '{ $path }' ocupa { $size } bytes; se rechazan los archivos de más de { $max } bytes (4 MiB)
diag-too-big-hint = ¿es el archivo correcto? un marco o una hoja de respuestas ocupa como mucho unos cientos de KiB
diag-too-big-unknown = '{ $path }' contiene más de { $max } bytes (4 MiB); se rechazan los archivos tan grandes
diag-not-regular = '{ $path }' no es un archivo normal (es un dispositivo, una tubería o un socket); integra solo lee archivos guardados en el disco
diag-not-regular-hint = indique un archivo .toml guardado en el disco
diag-not-utf8 = '{ $path }' no es texto UTF-8: byte no válido en la posición { $offset }
diag-not-utf8-hint = guarde el archivo como UTF-8 en su editor
diag-ok = correcto
cli-preview-fix = corrija los errores anteriores y vuelva a ejecutar `integra preview { $file }`
diag-sheet-framework-hint = añada `framework = "<framework id>"` al principio del archivo
diag-sheet-keys-hint = un archivo de respuestas tiene `framework`, `version`, `hash`, `language`, `[meta]`, `[answers]`, `[notes]` y `[session]`
diag-sheet-format-hint = consulte `integra score --help` para el formato del archivo de respuestas
diag-sheet-other-framework = estas respuestas son del marco '{ $named }', no de '{ $id }'
diag-sheet-other-framework-hint = indique el marco correspondiente con --framework, o corrija el id
diag-sheet-unknown-question = '{ $question }' no es una pregunta del marco '{ $id }'
diag-sheet-unknown-question-hint = `integra outline` muestra los id de las preguntas
diag-answer-special = la pregunta '{ $id }' no admite "{ $word }"
diag-answer-special-hint = respóndala, o quítela para dejarla sin respuesta
diag-answer-level = { $value } no es un nivel de la pregunta '{ $id }'
diag-answer-level-hint = use uno de los valores de la escala: { $values }
diag-answer-yes-no = { $value } no es una respuesta a la pregunta sí/no '{ $id }'
diag-answer-yes-no-hint = use "yes", "partial" o "no"
diag-answer-number = la pregunta '{ $id }' espera un número, no { $value }
diag-answer-number-hint = escriba el número sin comillas
diag-answer-range = { $value } está fuera de rango para la pregunta '{ $id }'
diag-answer-text = la pregunta '{ $id }' espera texto, no { $value }
diag-answer-text-hint = ponga la respuesta entre comillas
diag-answer-checklist = la pregunta '{ $id }' es una lista de verificación; su respuesta es una lista
diag-answer-checklist-hint = p. ej. ["option_a", "option_b"], o [] si no aplica ninguna
diag-answer-between = la respuesta debe estar entre { $min } y { $max }
diag-answer-at-least = la respuesta debe ser al menos { $min }
diag-answer-at-most = la respuesta debe ser como mucho { $max }
diag-answer-options = las opciones son: { $options }
diag-answer-option = { $value } no es una opción de la pregunta '{ $id }'

## Línea de órdenes: forget, new, frameworks, templates
cli-forget-list = Estos archivos se sobrescribirán con ceros y luego se borrarán:
cli-forget-nothing = No se ha borrado nada.
cli-forget-removed = borrado: { $path }
cli-forget-failed = no se pudo borrar '{ $path }': { $error }
cli-forget-done = Hecho. Las copias en otros lugares (informes, copias de seguridad de este equipo, carpetas sincronizadas) no se tocan, y en los SSD y algunos sistemas de archivos los datos antiguos pueden sobrevivir a la sobrescritura: consulte `integra forget --help`.
cli-forget-confirm = ¿Borrar para siempre { $count ->
    [one] este archivo
   *[other] estos { $count } archivos
}? (escriba y para sí) [y/N]
cli-forget-no-answer = no se pudo leer la respuesta: { $error }; use --yes para saltarse la pregunta
cli-new-created = Creado { $path } (marco '{ $id }').
cli-new-next = Próximos pasos:
cli-new-step-edit = Edítelo con cualquier editor de texto; los comentarios explican cada ajuste.
cli-new-step-validate = lo comprueba y señala cada error
cli-new-step-preview = lo recorre en el asistente; no se guarda nada
cli-new-step-outline = muestra de un vistazo principios, preguntas y pesos
cli-new-ready = Cuando esté listo:
cli-new-exists = '{ $path }' ya existe; integra nunca lo sobrescribe
cli-new-exists-hint = elija otro NAME, o use -o con un nombre de archivo nuevo
cli-frameworks-invalid = (no válido)
cli-frameworks-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}: ejecute `integra validate { $origin }`
cli-frameworks-id = ID
cli-frameworks-version = VERSIÓN
cli-frameworks-title = TÍTULO
cli-frameworks-source = ORIGEN
cli-templates-wrote = escrito: { $path }
cli-templates-edit = Edítelas y copie las que haya cambiado a '{ $dir }' para usarlas en todos los informes,
cli-templates-or-pass = o indique una con `integra report --template FILE`.
cli-templates-intro = Plantillas de informe (tera); un archivo con el mismo nombre en la carpeta del usuario sustituye a la integrada.
cli-templates-user-folder = Carpeta del usuario: { $dir }
cli-templates-no-user-folder = Carpeta del usuario: ninguna en este sistema
cli-templates-builtin = integrada
cli-templates-json = sin plantilla: los datos del informe tal cual
cli-templates-docx = sin plantilla: se construye a partir de los datos del informe
cli-templates-count = { $count } plantillas integradas; `integra templates --export DIR` escribe copias.
cli-lang-unknown = integra no habla '{ $code }': elija uno de { $known }
cli-frameworks-builtin = integrado

## integra outline
cli-outline-principles = { $count ->
    [one] { $count } principio
   *[other] { $count } principios
}
cli-outline-questions = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
cli-outline-gates = { $count ->
    [one] { $count } umbral
   *[other] { $count } umbrales
}
cli-outline-bands = { $count ->
    [one] { $count } tramo
   *[other] { $count } tramos
}
cli-outline-only-if = solo si { $condition }
cli-outline-legend = -: sin puntuación; las partes son del principio y de la puntuación global
cli-outline-gates-head = Umbrales
cli-outline-gate-on = { $gate } sobre { $target }
cli-outline-bands-head = Tramos

## integra migrate
cli-migrate-reason-removed = pregunta eliminada
cli-migrate-reason-option = opción que ya no se ofrece
cli-migrate-reason-level = nivel que no está en la nueva escala
cli-migrate-reason-range = número fuera de rango
cli-migrate-reason-kind = cambió el tipo de pregunta
cli-migrate-reason-special = respuesta que ya no se admite
cli-migrate-reason-hidden = ahora oculta por una condición
cli-migrate-reason-fit = respuesta que ya no encaja
cli-migrate-detail = { $message } ({ $hint })
cli-migrate-removed = '{ $question }' no es una pregunta de '{ $id }' versión { $version }
cli-migrate-renamed = '{ $question }' no es una pregunta de '{ $id }' versión { $version } (¿renombrada como '{ $near }'?)
cli-migrate-hidden-detail = la respuesta se conserva en el archivo pero no cuenta mientras la pregunta esté oculta
cli-migrate-same = '{ $path }' es la sesión que se está migrando; integra nunca la sobrescribe
cli-migrate-same-hint = quite -o, o indique otro archivo
cli-migrate-exists = '{ $path }' ya existe
cli-migrate-exists-hint = indique otro archivo con -o, o use --force para sustituirlo
cli-migrate-wrote = Escrito { $path } para el marco '{ $id }' versión { $version }.
cli-migrate-carried = Se conservan { $answers } de { $total ->
    [one] { $total } respuesta
   *[other] { $total } respuestas
} y { $notes } de { $notes_total ->
    [one] { $notes_total } nota
   *[other] { $notes_total } notas
}
cli-migrate-carried-hidden = ; { $count ->
    [one] { $count } respuesta conservada queda oculta
   *[other] { $count } respuestas conservadas quedan ocultas
} por una condición (se guardan, no cuentan)
cli-migrate-complete = Se ha conservado todo.
cli-migrate-note-on = nota sobre '{ $question }'
cli-migrate-answer-to = respuesta a '{ $question }'
cli-migrate-condition-at = la condición está en { $place }
cli-migrate-original = El original no cambia: { $path } sigue teniendo todas las respuestas.

## Marco no encontrado, rechazos de informes y carteras
cli-no-framework = no hay ningún marco con el id '{ $id }'
cli-hint-not-framework = la sesión indica '{ $path }' como archivo del marco '{ $id }', pero '{ $path }' no es un marco que integra pueda leer como '{ $id }'
cli-hint-not-framework-hint = instale el marco '{ $id }' (vea `integra frameworks`) o pase --framework; `integra validate ARCHIVO` muestra qué falla en un archivo de marco de confianza
cli-no-framework-near = ¿quiso decir '{ $near }'? (`integra frameworks` los muestra todos)
cli-no-framework-hint = `integra frameworks` muestra los marcos disponibles
cli-report-format-unknown = no se puede deducir el formato del informe a partir de '.{ $ext }' en '{ $path }'
cli-report-format-unknown-hint = nombre el archivo .md, .html, .txt, .json, .csv o .docx, o use --format
cli-report-by-principle = --by principle es una disposición CSV, no para { $format }
cli-report-by-principle-hint = añada --format csv
cli-report-binary = un informe de Word es un archivo binario, no para el terminal
cli-report-binary-hint = use -o report.docx
cli-aggregate-format-unknown = no se puede deducir el formato de la cartera a partir de '{ $path }'
cli-aggregate-format-unknown-hint = nombre el archivo .md, .html o .csv, o use --format
cli-aggregate-no-sessions = no se ha indicado ningún archivo de sesión
cli-aggregate-other-item = '{ $path }' es de '{ $id }'
cli-aggregate-other-frameworks = estas sesiones no se respondieron con el marco '{ $id }', así que sus puntuaciones no pueden compartir su tabla:
cli-aggregate-other-frameworks-hint = agrupe por separado las sesiones de cada marco, o use --framework para elegir cuál

## Abrir una sesión guardada
cli-session-no-framework = esta sesión es del marco '{ $id }', que no está disponible aquí; ponga su archivo en ./frameworks o use --framework PATH
cli-session-no-backup = algunas respuestas de '{ $path }' ya no encajan en el marco '{ $id }', y no se pudo escribir antes una copia de seguridad: { $error }
cli-score-hash-changed = el marco '{ $id }' ha cambiado desde que se guardaron estas respuestas (su huella es distinta); se puntúa con el texto actual
cli-score-version-changed = estas respuestas se dieron con '{ $id }' versión { $was }; se puntúa con la versión { $now }

## forget y new: rechazos
cli-forget-missing = '{ $path }' no existe
cli-forget-not-file = '{ $path }' no es un archivo normal; integra solo borra los archivos de sesión que guardó
cli-forget-not-session = '{ $path }' no es una sesión de integra, así que no se toca: { $why }
cli-forget-no-session-table = no tiene tabla [session] (un archivo de respuestas escrito a mano o con otra herramienta)
cli-new-bad-id = '{ $name }' no puede ser un id de marco: { $why }
cli-new-bad-id-hint = un id usa letras a-z, cifras, '-' y '_', p. ej. `integra new peer-services`
cli-new-bad-char = '{ $char }' no está permitido (solo letras a-z sin tilde)
cli-new-no-letters = no tiene letras ni cifras
cli-new-too-long = tiene { $length } caracteres; un id tiene como máximo 100
cli-new-no-folder = este sistema no tiene carpeta para los marcos del usuario (¿no hay carpeta personal?)
cli-new-no-folder-hint = use -o PATH para indicar dónde escribir el archivo
cli-new-taken = ya existe un marco con el id '{ $id }' ({ $origin })
cli-new-taken-hint = elija otro NAME; para adaptar ese marco, use `integra new NEW-NAME --from { $id }`

## --help
help-usage = Uso:
help-commands = Comandos
help-arguments = Argumentos
help-options = Opciones
help-about = Un asistente de terminal que mide qué tan preparados están los programas de VIH, SDSR y reducción de daños para integrar servicios para personas que usan drogas
help-arg-no-save = No escribir nada hasta exportar (para `integra` solo; también `integra run --no-save`)
help-flag-help = Mostrar la ayuda
help-flag-version = Mostrar la versión
help-cmd-frameworks = Listar los marcos disponibles: id, versión, título y procedencia
help-cmd-validate = Comprobar archivos de marco e informar de cada problema con su línea y columna
help-cmd-validate-arg-paths = Archivos de marco que comprobar
help-cmd-validate-arg-lang = Idioma de los mensajes (en, fr, es, ru); por defecto, el del entorno
help-cmd-score = Puntuar un archivo de respuestas y mostrar la tabla de puntuaciones
help-cmd-score-arg-answers = El archivo de respuestas (TOML): `framework = "id"`, `[meta]`, `[answers]`, `[notes]`
help-cmd-score-arg-framework = Id o ruta del marco (por defecto: el id que indica el archivo de respuestas)
help-cmd-score-arg-lang = Idioma del texto del marco (por defecto: el del archivo de respuestas, si no, inglés)
help-cmd-schema = Mostrar el esquema JSON del formato de marcos, para el autocompletado del editor (Taplo, VS Code)
help-cmd-run = Abrir el asistente (lo que hace `integra` solo), con cualquier marco o archivo de sesión
help-cmd-run-arg-framework = Id o ruta del marco que preseleccionar (por defecto: el marco integrado por defecto)
help-cmd-run-arg-session = Archivo de sesión que retomar, o crear si no existe (por defecto: un archivo nuevo en la carpeta de datos, o una sesión guardada elegida en la pantalla de inicio)
help-cmd-run-arg-lang = Idioma del texto del marco (p. ej. en, fr, es, ru)
help-cmd-run-arg-present = Modo proyector: grande, alto contraste, menos palabras (`p` lo activa o desactiva)
help-cmd-run-arg-ascii = Dibujar solo con caracteres ASCII, para terminales sin caracteres de recuadro
help-cmd-run-arg-no-save = No escribir nada hasta exportar: al exportar se escriben los informes y el archivo de sesión
help-cmd-preview = Comprobar un archivo de marco y recorrerlo en el asistente sin guardar nada
help-cmd-preview-arg-file = El archivo de marco que probar
help-cmd-preview-arg-lang = Idioma del texto del marco y de los mensajes (p. ej. en, fr, es, ru)
help-cmd-preview-arg-present = Modo proyector: grande, alto contraste, menos palabras
help-cmd-preview-arg-ascii = Dibujar solo con caracteres ASCII
help-cmd-outline = Mostrar el esquema de un marco: principios, preguntas, pesos como proporciones, umbrales y niveles
help-cmd-outline-arg-framework = Id o ruta del marco (por defecto: el marco integrado por defecto)
help-cmd-report = Escribir un informe de un archivo de respuestas o de sesión: resultado, umbrales no superados, puntuaciones por principio, plan de acción, notas, cada respuesta y cómo se calcularon las puntuaciones
help-cmd-report-arg-answers = El archivo de respuestas o de sesión (TOML)
help-cmd-report-arg-format = md, html, txt, json, csv, docx o xlsx (por defecto: según la extensión del archivo -o, si no, md)
help-cmd-report-arg-template = Una plantilla tera en lugar de la integrada (ver `integra templates`)
help-cmd-report-arg-output = Escribir el informe en este archivo (privado para usted, modo 0600) en lugar de mostrarlo
help-cmd-report-arg-lang = Idioma del texto del marco (por defecto: el del archivo de respuestas, si no, inglés)
help-cmd-report-arg-framework = Id o ruta del marco (por defecto: el id que indica el archivo de respuestas)
help-cmd-report-arg-compare = Un archivo de respuestas anterior del mismo programa: el informe añade lo que ha cambiado desde entonces
help-cmd-report-arg-anonymous = Omitir los nombres de la persona facilitadora y de los participantes (el informe lo indica)
help-cmd-report-arg-by = Con --format csv: una fila por pregunta (por defecto) o por principio
help-cmd-aggregate = Una tabla con las sesiones de varios sitios sobre el mismo marco: puntuaciones, niveles y umbrales no superados por sesión, con la mediana y la media de cada principio y el recuento por nivel
help-cmd-aggregate-arg-sessions = Los archivos de respuestas o de sesión (TOML), todos del mismo marco
help-cmd-aggregate-arg-format = md, html o csv (por defecto: según la extensión del archivo -o, si no, md)
help-cmd-aggregate-arg-output = Escribir la tabla en este archivo (privado para usted, modo 0600) en lugar de mostrarla
help-cmd-aggregate-arg-framework = Id o ruta del marco con el que puntuar (por defecto: el de la primera sesión)
help-cmd-aggregate-arg-template = Una plantilla tera en lugar de la plantilla de agregado integrada
help-cmd-aggregate-arg-lang = Idioma del texto del marco (por defecto: el de la primera sesión, si no, inglés)
help-cmd-aggregate-arg-anonymous = Indicar que se omiten los nombres (la tabla nunca muestra los nombres de la persona facilitadora ni de los participantes)
help-cmd-new = Crear un marco propio: un ejemplo comentado que editar, o una copia de otro
help-cmd-new-arg-name = El nombre del nuevo marco; se convierte en el id (p. ej. `peer-services`)
help-cmd-new-arg-from = Copiar este marco (un id o una ruta) en lugar de partir del ejemplo
help-cmd-new-arg-title = El título que se muestra (por defecto: derivado de NAME)
help-cmd-new-arg-output = Escribir aquí (un archivo, o una carpeta donde poner NAME.toml) en lugar de su carpeta de marcos
help-cmd-migrate = Llevar las respuestas, notas y datos de una sesión a otra revisión de su marco. Escribe un archivo de sesión nuevo (el original nunca cambia) y lista cada respuesta que no pudo pasar, y por qué. Código de salida 0 si todo pasó, 3 si se escribió el archivo nuevo pero algo quedó atrás o ahora está oculto
help-cmd-migrate-arg-session = El archivo de sesión o de respuestas que trasladar
help-cmd-migrate-arg-to = La revisión del marco: un archivo, o un id que integra pueda encontrar
help-cmd-migrate-arg-output = Dónde escribir la nueva sesión (por defecto: junto a SESSION, con el nombre NAME-migrated-ID-VERSION.toml)
help-cmd-migrate-arg-force = Reemplazar OUT si existe (la sesión original nunca se reemplaza)
help-cmd-forget = Eliminar una sesión definitivamente: el archivo, sus copias de seguridad y restos, sobrescritos antes con ceros
help-cmd-forget-long =
    Eliminar una sesión definitivamente: el archivo de sesión, sus copias de seguridad (NAME.toml.bak, NAME.toml.STAMP.bak), los archivos apartados (NAME.toml.STAMP.broken) y los archivos temporales que deja un fallo. Cada uno se sobrescribe con ceros y se vuelca al disco antes de eliminarse. integra lista los archivos y pregunta primero (--yes omite la pregunta), y rechaza los archivos que no son sesiones guardadas por él.

    Lo que sobrescribir no puede hacer: en SSD, memorias USB y tarjetas de memoria los datos antiguos pueden quedar en celdas que la unidad ha apartado; los sistemas de archivos copy-on-write (btrfs, ZFS, APFS), las instantáneas y los registros de transacciones pueden conservar copias antiguas; las copias de seguridad del equipo, las carpetas sincronizadas y los informes escritos a partir de la sesión no se tocan. Lo que protege los datos de un equipo perdido o compartido es cifrar el disco entero.
help-cmd-forget-arg-session = El archivo de sesión (en la carpeta de datos, o el indicado a `integra run --session`)
help-cmd-forget-arg-yes = No preguntar antes de eliminar
help-cmd-templates = Mostrar qué plantillas de informe se usan, o exportar las integradas para editarlas
help-cmd-templates-arg-export = Escribir las plantillas integradas en esta carpeta
help-cmd-templates-arg-force = Con --export: sobrescribir los archivos de plantilla que ya existan
help-cmd-help = Mostrar este mensaje o la ayuda de los subcomandos indicados
help-flag-help-more = Mostrar la ayuda (más detalles con '--help')

## Report and export errors
report-err-template = la plantilla '{ $name }' falló:
report-err-read-template = no se puede leer la plantilla '{ $path }': { $error }
report-err-json-template = los informes JSON no usan plantilla: son los datos mismos del informe (véase docs/report-json.md)
report-err-write = no se puede escribir '{ $path }': { $error }
report-err-serialise = no se puede serializar el informe: { $error }
report-err-docx-template = los informes Word no usan plantilla: se construyen a partir de los datos del informe; use --format md o html para usar una plantilla
report-err-docx-as-text = un informe Word es un archivo binario, no texto; escríbalo en un archivo con -o informe.docx
report-err-docx-build = no se puede construir el documento Word: { $error }
report-err-xlsx-template = los informes de hoja de cálculo no usan plantillas: se construyen con los datos del informe; indique --format csv para usar una plantilla
report-err-xlsx-as-text = un informe de hoja de cálculo es un archivo binario, no texto; escríbalo en un archivo con -o informe.xlsx
report-err-xlsx-build = no se puede construir la hoja de cálculo: { $error }
report-err-budget-time = la plantilla '{ $name }' se detuvo tras { $amount } s: un informe tarda mucho menos de un segundo; busque bucles dentro de bucles, o un texto que crece en un bucle
report-err-budget-output = la plantilla '{ $name }' se detuvo: su salida superó { $amount } MiB, mucho más que cualquier informe; busque bucles dentro de bucles, o un texto repetido en un bucle
report-err-budget-memory = la plantilla '{ $name }' se detuvo: ocupó más de { $amount } MiB de memoria; busque un texto o una lista que se duplica en un bucle
cli-export-save = no se puede guardar '{ $path }': { $error }
cli-export-write = no se puede escribir '{ $path }': { $error }
cli-backup-refuse = '{ $path }' no es una sesión legible, así que se conserva tal cual en lugar de sobrescribirse:

# Wizard fit and finish (issue 14)
ui-key-skip = saltar
ui-key-undo = deshacer
ui-status-skipped = Sin responder. Para responder, pulse su número, o vaya a una fila y pulse Enter.
ui-status-no-option = Aquí no hay opción { $n }: elija de 1 a { $max }.
ui-status-no-numbers = Los números eligen opciones y esta pregunta no tiene: vaya a su campo para escribir.
ui-status-no-dont-know = Esta pregunta no ofrece «no sabe».
ui-status-no-na = Esta pregunta no ofrece «no aplica».
ui-status-nothing-to-undo = No hay nada que deshacer.
ui-status-undone = Deshecho: el último cambio en «{ $question }».
ui-status-undone-any = Deshecho: el último cambio.
ui-status-edit-cancelled = Edición cancelada: el texto quedó como estaba.
ui-status-framework-english = Este marco no tiene texto en '{ $lang }' (está escrito en { $have }): sus preguntas se muestran en inglés.
ui-marker-english = Marco en inglés
ui-editor-cancel = cancelar
ui-scroll-position = { $mark } más  líneas { $from }-{ $to } de { $total } ({ $keys })
ui-help-tenth = la décima opción (1 a 9 eligen las nueve primeras)
ui-help-undo = deshacer el último cambio de una respuesta o una nota
ui-help-move = subir y bajar
ui-help-ends = inicio / final
ui-help-page = una página arriba / abajo
ui-start-lang-missing = Este marco solo está escrito en { $have }: sus preguntas se mostrarán en inglés; los textos de integra siguen en { $lang }.
ui-results-provisional = Provisional: solo el { $percent } % de las preguntas tiene respuesta. Responda más antes de fiarse de este nivel.
ui-results-covered = { $answered }/{ $applicable } respondidas
ui-results-unsure = { $mark } la parte de una puntuación que se apoya en preguntas aún sin responder (o «no sabe»)
cli-frameworks-same = { $origin } (en uso; igual que: { $copies })
help-arg-lang = Idioma del asistente y del texto de los marcos (como `integra run --lang`)
help-arg-present = Modo proyector: grande, alto contraste, menos palabras (como `integra run --present`)
help-arg-ascii = Dibujar solo con caracteres ASCII (como `integra run --ascii`)
## Sessions: one wizard per file, size and link limits (issue 11)
cli-save-too-big = '{ $path }' ocuparía { $size } bytes, más de los { $max } bytes que integra puede volver a leer, así que no se guardó: acorte las notas o respuestas libres más largas y vuelva a guardar
cli-save-not-file = '{ $path }' no es un archivo normal (una carpeta, un dispositivo o una tubería), así que no se guarda ninguna sesión allí; elija un nombre de archivo
cli-save-link-loop = '{ $path }' es un enlace simbólico que da vueltas en círculo, así que no se guarda ninguna sesión allí; haga que apunte a un archivo o elija otro nombre
cli-save-changed = '{ $path }' fue modificado por otro programa (u otro integra) desde que se leyó aquí, así que no se reemplazó: eso perdería lo que se escribió en él
ui-save-changed = '{ $path }' fue modificado por otro programa (u otro integra) desde que se abrió aquí, así que no se sobrescribió. Guarde sus respuestas con el nombre de abajo; el archivo en el disco queda como está y podrá comparar ambos después.
ui-session-in-use = '{ $path }' está abierto en otro integra (proceso { $pid } en '{ $host }'). Ciérrelo allí primero, o abra una copia del archivo, para que nadie pierda las respuestas del otro.
ui-editor-full = Lleno: como máximo { $max } caracteres aquí; no se admite nada más
ui-folder-loose = Otros usuarios de este equipo pueden escribir en la carpeta '{ $path }' y podrían reemplazar o borrar los archivos de esta sesión. Guarde la sesión en una carpeta privada (chmod 700).
ui-folder-loose-title = Una carpeta en la que otros pueden escribir
diag-gate-tiers-and-plain = el umbral '{ $id }' tiene `[[gates.tiers]]` y también '{ $key }'
diag-gate-tiers-and-plain-hint = un umbral tiene o bien escalones (cada uno con su mínimo y su `cap`), o bien un solo `min_level`/`min_score` con un `cap` opcional: mueva esta clave a un escalón o quítela
diag-gate-tiers-empty = el umbral '{ $id }' tiene una lista 'tiers' vacía: no tiene ningún mínimo y nunca puede fallar
diag-gate-tiers-empty-hint = añada tablas `[[gates.tiers]]`, cada una con `min_level` o `min_score` y un `cap`, o quite `tiers` y dé al umbral un solo `min_level` o `min_score`
diag-gate-tier-threshold = el escalón { $tier } del umbral '{ $id }' necesita exactamente uno de 'min_level' o 'min_score'
diag-coverage-fraction = '{ $key }' vale { $value }; la cobertura es una fracción de 0 a 1
diag-coverage-fraction-hint = escriba una fracción, por ejemplo `0.8` para el 80 % de las preguntas puntuadas aplicables con respuesta

## Authoring: reading past mistakes, revisions, translation kits
diag-note = nota
diag-id-first-copy = el primer id '{ $id }' ({ $what }) está en la línea { $line }
diag-toml-curly-quotes = se necesitan comillas rectas ("); esta línea tiene comillas tipográficas
diag-toml-curly-quotes-hint = cambie “ ” ‘ ’ « » por la " del teclado (los procesadores de texto cambian las comillas al escribir: edite los marcos en un editor de texto plano)
diag-toml-unclosed-string = a este texto le falta la comilla de cierre: una cadena debe terminar en la línea donde empieza
diag-toml-unclosed-string-hint = añada la " de cierre al final del texto, o escriba un texto de varias líneas entre """ y """
diag-toml-unquoted = este valor necesita comillas: un texto se escribe entre comillas dobles rectas
diag-toml-unquoted-hint = ponga el texto entre comillas, p. ej. `title = "Formación del personal"`
diag-toml-duplicate = esta clave o tabla se escribe por segunda vez
diag-toml-duplicate-hint = escriba cada clave una sola vez por tabla; cada escala, principio, pregunta, umbral y tramo empieza con su propio encabezado de doble corchete, como [[scales]]
diag-toml-assignment = una clave debe ir seguida de `=` y un valor en la misma línea
diag-toml-assignment-hint = escriba `clave = valor`, p. ej. `weight = 2`
diag-toml-comma = falta una coma entre dos elementos
diag-toml-comma-hint = separe con comas los elementos de una lista y las entradas de `{ "{" } ... { "}" }`
diag-toml-unclosed = un corchete o una llave que se abre aquí no se cierra
diag-toml-unclosed-hint = cierre cada [ con ] y cada { "{" } con { "}" }; una tabla `{ "{" } ... { "}" }` debe caber en una línea
diag-toml-key = esta no es una clave válida: una clave solo tiene letras, dígitos, '-' y '_'
diag-toml-key-hint = busque un `=` que falte o un carácter de más, o ponga la clave entre comillas
diag-checks-skipped = las demás comprobaciones no se hicieron: el archivo no se pudo leer más allá de los errores de sintaxis de arriba
diag-checks-skipped-hint = corrija las líneas indicadas y vuelva a ejecutar `integra validate` para ver todos los demás problemas
diag-single-bracket = use [[{ $name }]] (dos corchetes) para cada elemento ({ $what }): un solo corchete indica una única tabla
diag-single-bracket-hint = cada elemento de una lista empieza con su propio encabezado de doble corchete: escriba [[{ $name }]] aquí
diag-move-above-questions = mueva esta clave por encima del primer [[principles.questions]]: toda clave bajo ese encabezado pertenece a la pregunta
diag-weight-below-question = este 'weight' pondera la pregunta '{ $id }', no el principio '{ $principle }' (que conserva el peso 1)
diag-type-text-hint = escríbalo como texto entre comillas: `{ $key } = "{ $value }"`
diag-band-inclusive-hint = un tramo incluye su 'min' y termina justo antes de su 'max': escriba `max = { $at }` en el tramo '{ $other }', para que una puntuación de { $between } tenga tramo
diag-toml-control = esta línea contiene un carácter de control invisible ({ $code }), que TOML no admite en un texto
diag-toml-control-hint = bórrelo (suele venir de copiar desde otro programa); para conservarlo a propósito, escríbalo como secuencia de escape, p. ej. \u0000
cli-no-framework-nearby = '{ $file }' en esta carpeta tiene ese id: indíquelo con `--framework { $file }` (o muévalo a ./frameworks)
cli-framework-chosen = para el marco '{ $id }' se usa '{ $file }' (versión { $version }); también se encontró: { $others }
verdict-gate-binding = El umbral '{ $id }' mantiene el nivel en «{ $band }»: { $reason }
verdict-gate-not-assessed-binding = El umbral '{ $id }' aún no se ha evaluado y mantiene el nivel en «{ $band }»: { $reason }
verdict-gate-not-binding = El umbral '{ $id }' no se ha superado, pero ahora no baja el nivel (por sí solo permitiría hasta «{ $band }»): { $reason }
verdict-gate-not-assessed-not-binding = El umbral '{ $id }' aún no se ha evaluado, pero ahora no baja el nivel (por sí solo permitiría hasta «{ $band }»): { $reason }
verdict-coverage-binding = No hay suficientes respuestas para llamar a esto «{ $band }»: { $answered } de { $applicable } respondidas, se necesitan { $needed }; el nivel se queda en «{ $cap }»
verdict-coverage-not-binding = No hay suficientes respuestas para llamar a esto «{ $band }»: { $answered } de { $applicable } respondidas, se necesitan { $needed } (ahora no baja el nivel)
verdict-dont-know-binding = «No sabe» no es un aprobado: contando { $questions } como la respuesta más baja, el nivel se queda en «{ $cap }»
verdict-dont-know-not-binding = «No sabe» no es un aprobado: contando { $questions } como la respuesta más baja se llegaría hasta «{ $cap }» (ahora no baja el nivel)
verdict-lift = { $steps } para llegar a «{ $band }»
verdict-score-alone = solo por la puntuación se llega a «{ $band }»
verdict-step-fix = corrija { $gates }
verdict-step-find-out = averigüe { $questions }
verdict-step-answer = responda { $count } { $count ->
    [one] pregunta
   *[other] preguntas
} más
verdict-and = y
verdict-heading = Por qué este nivel
verdict-action-find-out = Averigüe la respuesta: «no sabe» no es un aprobado.
verdict-action-find-out-then = Averigüe la respuesta («no sabe» no es un aprobado); si es baja: { $recommendation }
report-rule-tier = { $rule } (por debajo, limitado a «{ $band }»)
diag-gate-tier-never-fails = el escalón { $tier } del umbral '{ $id }' nunca puede fallar una vez respondido
diag-gate-top-cap = el umbral '{ $id }' limita a '{ $band }', el nivel más alto: nunca puede bajar el veredicto
diag-gate-tier-top-cap = el escalón { $tier } del umbral '{ $id }' limita a '{ $band }', el nivel más alto: nunca puede bajar el veredicto
diag-gate-top-cap-hint = limite a un nivel más bajo (uno por debajo del más alto es lo habitual para «en parte»), o quítelo
diag-gate-weak = el umbral '{ $id }' sobre '{ $question }' deja pasar todos los niveles menos el más bajo: { $levels }
diag-gate-weak-hint = un umbral protege un mínimo seguro en la práctica; si se quiere más que «no lo peor», súbalo, por ejemplo `min_level = { $level }`
diag-gate-between-levels = el umbral '{ $id }' tiene min_score { $score } en la valoración '{ $question }', cuyos niveles puntúan por posición: solo { $count ->
    [one] pasa
   *[other] pasan
} { $levels }
diag-gate-between-levels-hint = en esta escala de { $n } niveles, los niveles puntúan { $scores }, no porcentajes; escriba `min_level = { $level }` para nombrar el nivel más bajo que pasa
diag-gate-hidden = el umbral '{ $id }' se supera siempre que la pregunta '{ $question }' está oculta, y solo se muestra si { $condition }
diag-gate-hidden-hint = integra no puede saber si los programas a los que esta condición oculta la pregunta son los de riesgo; si pueden serlo, hágasela también a ellos (amplíe `show_if`, por ejemplo a los programas que lo planean) o ponga también un umbral en la pregunta que mira la condición; si no, dígalo con `safe_when_hidden = true`
diag-lowest-min-coverage = el nivel '{ $id }' es el más bajo: su 'min_coverage' no tiene efecto
diag-lowest-min-coverage-hint = con pocas respuestas el veredicto se queda en el nivel más bajo, que no necesita mínimo; quite la clave o póngala en el nivel de arriba
diag-gate-hidden-risky = el umbral '{ $id }' se supera siempre que la pregunta '{ $question }' está oculta, y son las respuestas más bajas las que la ocultan: solo se muestra si { $condition }
diag-gate-hidden-risky-hint = los programas con las respuestas más débiles se saltan esta pregunta y así superan el umbral; hágasela también a ellos (amplíe `show_if`) o ponga un umbral en la pregunta que mira la condición
diag-renamed-current = la pregunta '{ $id }' se renombra desde '{ $old }', que todavía es el id de una pregunta
diag-renamed-current-hint = las respuestas dadas con '{ $old }' irían a la pregunta '{ $other }': quite `renamed_from` aquí o corríjalo
diag-renamed-twice = la pregunta '{ $id }' se renombra desde '{ $old }', igual que la pregunta '{ $other }'
diag-renamed-twice-hint = un id antiguo solo puede pasar a una pregunta: deje `renamed_from` en la que ocupó su lugar
diag-renamed-option = la opción '{ $option }' de la pregunta '{ $id }' se renombra desde '{ $old }', que otra opción tiene o reclama
diag-renamed-option-hint = dé al `renamed_from` de cada opción un id antiguo que ninguna opción actual tenga ni reclame
cli-migrate-renamed-carried = La respuesta a '{ $from }' ahora responde a '{ $to }' (renombrada en esta revisión).
cli-migrate-old-missing = No se encontró la revisión con la que se respondió esta sesión ({ $from }), así que no se listan los cambios de significado ni las preguntas nuevas: ponga ese archivo de marco junto a la sesión o en ./frameworks para verlos.
cli-migrate-meaning-head = Se conservan, pero ya no significan lo mismo que en { $id } { $version }; revíselas con el equipo:
cli-migrate-meaning = '{ $question }' = { $answer }: era { $before }, ahora { $now }
cli-migrate-new-questions = { $count ->
    [one] Una pregunta es nueva en esta revisión y falta por hacer: { $ids }
   *[other] { $count } preguntas son nuevas en esta revisión y faltan por hacer: { $ids }
}
report-earlier-own-version = Las respuestas anteriores se puntúan con la versión con la que se dieron, «{ $was }»; las actuales con «{ $now }». Las preguntas pueden haber cambiado entre ambas: compare las puntuaciones con cuidado.
cli-compare-own-version = las respuestas anteriores se puntúan con su propia versión '{ $version }' ({ $file })
cli-compare-version-missing = no se encontró la versión '{ $version }' de '{ $id }', así que las respuestas anteriores se puntúan con la versión '{ $now }'; ponga ese archivo de marco junto a las respuestas anteriores para puntuarlas con su propia versión
help-cmd-translate = Escribir un kit de traducción: cada texto de un marco en un bloque `[translations.LANG]` listo para rellenar, con las traducciones cuyo inglés cambió marcadas CHECK
help-cmd-translate-arg-file = El archivo del marco
help-cmd-translate-arg-lang = El idioma al que traducir (p. ej. fr, es, ru, pt)
help-cmd-translate-arg-output = Escribir el bloque en este archivo (privado, modo 0600) en lugar de mostrarlo
cli-translate-lang = '{ $lang }' no es un idioma al que traducir
cli-translate-lang-hint = indique un código de idioma como fr, es, ru o pt (el inglés es el propio texto)
cli-translate-header =
    Traducción de '{ $id }' { $version } al '{ $lang }', escrita por `integra translate`.
    Rellene cada text = "" vacío con la traducción del inglés de encima; conserve las claves y las huellas source.
    Las entradas marcadas CHECK se tradujeron de un inglés anterior: revíselas y copie la nueva huella en source.
    Ponga este bloque al final del archivo del marco, en lugar de cualquier tabla [translations.{ $lang }] que ya haya.
cli-translate-summary = { $todo } por traducir, { $check } por revisar, { $done } al día. Ponga el bloque al final de { $file } (en lugar de cualquier tabla [translations.{ $lang }]) y ejecute `integra validate { $file } --lang { $lang }`.
diag-translation-stale = el inglés de '{ $key }' cambió desde que se tradujo al '{ $lang }'
diag-translation-stale-hint = revise la traducción frente al nuevo inglés y escriba source = "{ $source }" (`integra translate --lang { $lang }` lista cada entrada por revisar)
cli-translate-check = el inglés de arriba cambió desde esta traducción; cuando la haya revisado, escriba source = "{ $source }"
diag-weight-below-question-hint = si es para el principio '{ $principle }', muévalo por encima del primer [[principles.questions]]; si es para la pregunta, dé al principio su propio `weight` para dejarlo claro
ui-help-quit-nosave = salir (pregunta antes; las respuestas no exportadas se pierden)
ui-help-quit-preview = salir (una vista previa no guarda nada)
diag-toml-duplicate-key = '{ $key }' se escribe por segunda vez en esta tabla
diag-toml-unclosed-multiline = este texto de varias líneas nunca se cierra
diag-toml-unclosed-multiline-hint = termínelo con las mismas tres comillas que lo abren, donde acaba el texto
diag-toml-boolean = esto no es 'true' ni 'false'
diag-toml-boolean-hint = escriba `true` o `false` en minúsculas, sin comillas
diag-toml-number = este número no está escrito como TOML lee los números
diag-toml-number-hint = escriba cifras con como mucho un '.', p. ej. `weight = 1.5`; sin ceros a la izquierda, sin espacios, sin unidades (ponga el texto entre comillas)
diag-toml-list-item = un elemento de esta lista no es válido: ¿falta una coma o unas comillas?
diag-toml-list-item-hint = separe los elementos con comas y ponga el texto entre comillas, p. ej. `["a", "b"]` o `[1, 2]`
diag-header-unclosed = este encabezado no está cerrado: escriba { $header }
diag-header-unclosed-hint = un encabezado se cierra con tantos corchetes como abre
diag-renamed-reference = la pregunta '{ $old }' ahora es '{ $new }': use el nuevo id
verdict-more = { $count } más

# Report summary (page one) and gate-aware actions
report-h-summary = Resumen
report-summary-band = Preparación: { $band } · puntuación { $score } / 100 · { $answered } de { $applicable } preguntas respondidas
report-summary-no-score = Aún sin puntuación · { $answered } de { $applicable } preguntas respondidas
report-summary-gates = Lo que frena el nivel
report-summary-more-gates = { $n ->
    [one] y un umbral más: vea la sección Resultado
   *[other] y { $n } umbrales más: vea la sección Resultado
}
report-summary-answer = Respuesta: { $answer }
report-summary-unanswered = Aún sin respuesta
report-summary-note = Nota: { $note }
report-summary-actions = Primeras acciones
report-summary-points = { $points } puntos en juego
report-action-holds-band = frena el nivel

## Reports: arithmetic, detail and CSV locale (issue 15)
report-list-sep = { "; " }
report-actions-how = Orden de las acciones: primero las de una pregunta que frena el nivel (una barrera no superada, o una respuesta «no sabe», que mantiene bajo el nivel), después por puntos en juego, es decir, la proporción de la pregunta en el peso total × su distancia a la puntuación máxima × 100.
report-arithmetic-intro = Para comprobar cada puntuación: la proporción de una pregunta es su peso dividido entre el peso que contó en su principio (las preguntas con una respuesta puntuada), y aporta proporción × puntuación ÷ 100 a la puntuación del principio. Las proporciones suman 100 % y los aportes de las preguntas suman la puntuación del principio (salvo redondeo).
report-col-share = Proporción
report-col-contribution = Aporte
report-sum = Suma
report-arith-line = peso { $weight } · proporción { $share } % · aporte { $adds }
report-arith-none = peso { $weight } · no cuenta
report-arith-sum = Suma: peso { $weight } · proporción 100 % · puntuación { $score }
cli-report-detail-format = --detail se aplica a los informes Markdown, HTML, de texto y Word, no a { $format }
cli-report-detail-format-hint = añada --format md, html, txt o docx, o quite --detail
cli-report-csv-locale-format = --csv-locale se aplica a los informes CSV, no a { $format }
cli-report-csv-locale-format-hint = añada --format csv, o quite --csv-locale
help-cmd-report-arg-detail = md, html, txt y docx: full (por defecto) o summary (resumen de la primera página y detalle por principio, sin el anexo pregunta por pregunta)
help-cmd-report-arg-csv-locale = CSV para una hoja de cálculo en este idioma: en (`,` y punto decimal, por defecto), fr, es o ru (`;` y coma decimal), o auto (el idioma del informe)
agg-h-heatmap = Principios por sitio
agg-heatmap-intro = Cada casilla es la puntuación de un sitio en un principio, sombreada según el nivel en que cae esa puntuación: cuanto más oscuro el azul, más preparado; el naranja es el nivel más bajo. La fila global se sombrea según el nivel que alcanzó cada sitio, y ↓ señala un nivel que barreras no superadas mantienen por debajo de su puntuación. Un guion indica que allí no se respondió ninguna pregunta puntuada.
cli-aggregate-csv-only = { $flag } se aplica a la cartera CSV, no a { $format }
cli-aggregate-csv-only-hint = añada --format csv, o quite esa opción
help-cmd-aggregate-arg-stats = Con --format csv: la mediana, la media y el número de cada puntuación en lugar de una fila por sesión
help-cmd-aggregate-arg-csv-locale = CSV para una hoja de cálculo en este idioma: en (`,` y punto decimal, por defecto), fr, es o ru (`;` y coma decimal), o auto (el idioma de la cartera)
# Errores de las órdenes que antes solo estaban en inglés (issue 12).
cli-cannot-write = no se puede escribir '{ $path }': { $error }
cli-new-internal-load = integra ha creado un marco que no se carga; es un fallo de integra:
cli-new-internal-field = integra no encuentra '{ $key }' en el marco que se va a copiar; es un fallo de integra
cli-internal-hint = por favor, infórmelo a quien le proporcionó integra, con la orden que ejecutó y el marco que usó
cli-new-source-unreadable = no se puede leer el archivo del marco '{ $id }' para copiarlo
cli-new-source-unreadable-hint = compruebe que el archivo sigue ahí y se puede leer, o cópielo por su ruta con --from PATH
ui-restore-failed = no se pudo poner la copia de seguridad de '{ $path }' en su lugar: { $error }
## Presenter view and compare with last time (issue 13)
ui-present-overall = Preparación general
ui-present-out-of = de 100
ui-present-principle = Principio { $n } de { $total }
ui-present-no-gates = Se superan todos los umbrales: ninguno retiene el nivel.
ui-present-answer = Respuesta: { $answer }
ui-present-page = Página { $n } de { $total }: { $keys } para pasar de una a otra
ui-too-small-present = El modo proyector necesita el mismo tamaño: reduzca la letra (Ctrl y menos en la mayoría de los terminales) hasta que la ventana tenga { $size } caracteres.
ui-compare-since = { $change } puntos desde { $when }
ui-compare-band = nivel { $change }
ui-compare-no-score = No hay puntuación para comparar con { $when }.
ui-compare-gates = Umbrales que cambiaron desde { $when }
ui-compare-gates-same = Ningún umbral cambió desde { $when }.
ui-compare-title = Comparar con una evaluación anterior
ui-compare-intro = Evaluaciones anteriores de este marco, de la más reciente a la más antigua. Elija una: los resultados muestran entonces qué cambió desde entonces.
ui-compare-clear = Sin comparación
ui-compare-none = No hay ninguna evaluación anterior de '{ $framework }' guardada en la carpeta de sesiones. Las evaluaciones guardadas allí con el mismo marco aparecen aquí.
ui-compare-loaded = Comparando con '{ $file }'. Pulse b para elegir otra, x para dejar de comparar.
ui-compare-failed = No se puede comparar con '{ $file }': { $error }
ui-compare-cleared = Sin comparación: los resultados muestran solo esta evaluación.
ui-compare-dropped = { $count } de sus respuestas ya no encajan en el marco: quedan fuera de la comparación.
ui-compare-heading = Comparado con { $when }
ui-key-compare = comparar
ui-key-step = pasar
ui-key-stop-compare = dejar de comparar
ui-help-compare = comparar con una evaluación anterior del mismo marco
ui-help-stop-compare = dejar de comparar
ui-help-step = modo proyector: página anterior / siguiente
## Workshop mode: roles, votes, divergence
role-staff = Personal
role-peer = Par / comunidad
role-clinician = Clínico/a
role-manager = Gerente
role-partner = Socio/a
role-other = Otro
diag-what-role = rol
diag-minutes-zero = el principio '{ $id }' tiene un tiempo previsto de 0 minutos
diag-minutes-hint = escriba los minutos que el taller debe dedicarle, por ejemplo `minutes = 20`, o quite 'minutes'
diag-divergence-gap = 'divergence_gap' vale { $value }; es una fracción del rango de respuestas de una pregunta, mayor que 0 y como máximo 1
diag-divergence-gap-hint = escriba una fracción, por ejemplo `0.5` para la mitad de la escala (el valor por defecto), o quite 'divergence_gap'
workshop-bad-participant = un participante en '[session]' no tiene 'id' o no tiene 'role' y se dejó fuera
workshop-votes-unknown-question = los votos sobre la pregunta '{ $question }' se dejaron fuera: el marco no tiene esa pregunta
workshop-vote-unfit = el voto de '{ $voter }' se dejó fuera: { $problem }
workshop-role-gap = '{ $lower }' valora '{ $question }' { $amount } más bajo que '{ $higher }'
workshop-amount-levels = { $points } puntos
workshop-amount-percent = { $points } puntos porcentuales
workshop-amount-number = { $points }
report-h-workshop = Los votos de la sala
report-workshop-intro = { $participants ->
        [0] No se registró ningún participante.
        [one] Se registró un participante.
       *[other] Se registraron { $participants } participantes.
    } Los votos sobre una pregunta divergen cuando abarcan más del { $gap } % de su rango de respuestas. Lo que puntúa es el consenso que fijó la sala.
report-h-divergent = Dónde divergieron los votos
report-no-divergent = Los votos no divergieron en ninguna pregunta.
report-consensus = Consenso usado para la puntuación: { $answer }
report-no-consensus = Aún sin consenso: la pregunta cuenta como sin respuesta.
report-h-roles = Puntuación media de cada rol por principio (0–100)
report-parked = Aún aparcadas:
ui-export-short = Informe breve: sin el anexo pregunta por pregunta

## Modo taller en el asistente: participantes en la pantalla inicial, votos en una pregunta
ui-setup-people = Participantes del taller
ui-setup-people-privacy = Un rol para cada uno. Bastan las iniciales: no hace falta ningún nombre y no se guarda nada más sobre nadie.
ui-setup-add-person = Añadir un participante
ui-key-role = rol
ui-key-remove = quitar
ui-key-add = añadir
ui-key-votes = votos
ui-key-vote = votar
ui-key-pass = pasar
ui-key-take-back = deshacer voto
ui-key-consensus = consenso
ui-key-counts = recuento
ui-key-votes-end = fin de votos
ui-votes-title = Votos:
ui-votes-consensus = Consenso
ui-votes-counting = Recuento: cada tecla suma una persona a esa respuesta.
ui-votes-no-text = No se vota en las preguntas de respuesta libre.
ui-votes-none-ticked = nada marcado
ui-votes-range = Las cifras de la sala: de { $low } a { $high }.
ui-votes-type-range = Cifra más baja y más alta (p. ej. 3-12), luego Intro:
ui-votes-diverge = Los votos divergen, de '{ $low }' a '{ $high }': debatan antes de fijar el consenso.
ui-votes-consensus-set = Consenso: '{ $answer }'. Intro pasa a la pregunta siguiente.
ui-votes-suggest = Intro acepta '{ $answer }' como consenso, o pulse la tecla de otra respuesta.
ui-status-votes-on = Registro de votos activado: pulse la respuesta de cada participante por turno. v lo termina.
ui-status-votes-off = Registro de votos terminado: las teclas vuelven a responder por la sala.
ui-status-votes-counts = Recuento anónimo: cada tecla suma una persona a esa respuesta.
ui-status-votes-named = Un voto por participante, por turno. c vota en cambio por grupo de rol.
ui-status-votes-nothing = No hay ningún voto que deshacer en esta pregunta.
ui-status-votes-none = Aún no hay votos: pulse la respuesta de cada participante, o v para terminar el registro.
ui-status-votes-diverge = Los votos divergen: debatan y luego pulse la tecla de la respuesta de consenso.
ui-status-votes-diverge-counts = Los votos divergen: debatan, luego pulse v y elija la respuesta de consenso.
ui-status-votes-tie = Los votos no señalan una sola respuesta: pulse la tecla de la respuesta de consenso.
ui-status-consensus = Consenso '{ $answer }' guardado.
ui-status-range-invalid = '{ $typed }' no es un intervalo: escriba la cifra más baja y la más alta, por ejemplo 3-12.
ui-help-votes = registro de votos (cada uno responde por turno)
ui-help-vote-keys = la respuesta del participante actual; luego otro
ui-help-vote-pass = pasar a un participante (ausente, abstención)
ui-help-vote-back = deshacer el último voto o recuento
ui-help-vote-move = elegir quién vota con la próxima tecla
ui-help-vote-enter = aceptar el consenso propuesto y seguir
ui-help-vote-counts = por participante, por grupo de rol o en recuento
ui-help-vote-range = pregunta numérica: la cifra más baja-más alta
ui-help-person-role = cambiar el rol del participante
ui-help-person-remove = quitar al participante
report-err-engine-stopped = el motor de plantillas se detuvo de forma inesperada
report-err-aggregate-format = la tabla de conjunto se ofrece en md, html o csv
cli-merge-exists = '{ $path }' ya existe; integra merge nunca sobrescribe un archivo
cli-merge-exists-hint = indique otro nombre de archivo con -o, o mueva antes el archivo anterior
cli-merge-other-framework = '{ $path }' es una sesión de '{ $id }' versión { $version }, no de '{ $first_id }' versión { $first_version } como '{ $first }': solo se pueden combinar sesiones de un mismo marco y versión
cli-merge-other-framework-hint = combine por separado las sesiones de cada marco, o lleve antes la sesión antigua al marco nuevo con `integra migrate`
cli-merge-unfit-vote = '{ $path }': { $problem }; no se combinó nada, para no perder ningún voto. Abra la sesión en el asistente para ver qué cambió y vuelva a combinar
cli-merge-wrote = Se combinaron { $n } sesiones en '{ $path }'.
cli-merge-conflicts = { $n ->
        [0] Los grupos coinciden en todas las preguntas que respondieron en común.
        [one] Un desacuerdo para resolver juntos (la respuesta de cada grupo se guarda como su voto):
       *[other] { $n } desacuerdos para resolver juntos (la respuesta de cada grupo se guarda como su voto):
    }
cli-merge-conflict-answer = '{ $question }': { $answers } (sin consenso fijado)
cli-merge-conflict-fact = { $key }: { $values } (se guardan todos)
cli-merge-conflict-action = responsable o fecha límite de la acción sobre '{ $question }' (se guardan todos)
help-cmd-merge = Combinar las sesiones de los grupos de trabajo sobre un mismo marco en una sesión de taller: las respuestas de cada grupo pasan a ser sus votos, las notas quedan con su grupo, los desacuerdos se listan
help-cmd-merge-arg-sessions = Los archivos de sesión de los grupos (dos o más, de un mismo marco y versión)
help-cmd-merge-arg-output = El archivo de sesión combinado que escribir (privado para usted, modo 0600); nunca se sobrescribe
help-cmd-merge-arg-framework = Id o ruta del marco (por defecto: el que nombran las sesiones)
help-cmd-merge-arg-lang = Idioma de los mensajes (por defecto: el de su sistema)
report-overall-sum = Suma: la puntuación global
report-overall-sum-line = Los aportes de los principios suman la puntuación global: { $score }.
report-adds = aporte { $adds }
ui-present-divergent = Las opiniones difieren: { $spread }
ui-present-roles = Por función: { $means }
ui-key-roles = por rol
ui-key-people = por persona
ui-status-votes-roles = Un voto por grupo de rol, por turno (lo que dicen los pares, lo que dice el personal). c cambia al recuento anónimo.
ui-status-remove-voter = '{ $who }' ha votado en { $votes } { $votes ->
        [one] pregunta
       *[other] preguntas
    }: Ctrl+D otra vez lo quita con sus votos; cualquier otra tecla lo mantiene.
cli-outline-minutes = { $minutes } min
cli-report-votes-left-out = { $n ->
        [one] Un voto de '{ $path }' ya no encaja en el marco y se deja fuera del informe:
       *[other] { $n } votos de '{ $path }' ya no encajan en el marco y se dejan fuera del informe:
    }

# Facilitator aids: the parking lot, the next question to settle, the search line.
ui-parked-mark = [aparcada]
ui-status-parked = '{ $id }' queda aparcada; w vuelve a ella, f la desaparca.
ui-status-unparked = '{ $id }' ya no está aparcada.
ui-status-none-open = Todas las preguntas mostradas tienen respuesta y ninguna está aparcada: r para revisar las respuestas.
ui-status-at-parked = '{ $id }' está aparcada: resuélvala y luego f la desaparca.
ui-status-search-none = Ninguna pregunta coincide con '{ $query }': pruebe con menos palabras o con otras.
ui-search-title = Buscar una pregunta
ui-search-hint = Escriba palabras de una pregunta, su identificador o su principio; Intro va allí, Esc cierra.
ui-search-count = { $n ->
        [one] Coincide una pregunta; Intro va allí.
       *[other] Coinciden { $n } preguntas; ↑↓ para elegir, Intro va allí.
    }
ui-help-park = aparcar o desaparcar esta pregunta
ui-help-next-open = siguiente pregunta sin respuesta o aparcada
ui-help-search = buscar una pregunta por palabra, id o principio

# Action owners and due dates, entered on the results.
ui-action-title = Quién da seguimiento a esta acción, y para cuándo
ui-action-owner = Responsable
ui-action-due = Plazo
ui-action-due-hint = El plazo se escribe AAAA-MM-DD, p. ej. 2027-01-31; déjelo vacío si no hay.
ui-action-bad-date = '{ $due }' no es una fecha: escriba el día como AAAA-MM-DD, p. ej. 2027-01-31, o déjelo vacío.
ui-action-key-keep = campo siguiente, guardar
ui-action-key-field = campo
ui-action-none = ninguno
ui-results-action-plan = Responsable: { $owner } · plazo: { $due }
ui-status-action-kept = Se guardan el responsable y el plazo de la acción sobre '{ $id }'; todos los informes los muestran.
ui-status-no-action = No hay acción { $n } en la lista: elija uno de los números mostrados.
ui-status-no-actions = Todavía no hay acciones a las que asignar un responsable.
ui-help-action-pick = poner el cursor en esa acción de la lista
ui-help-action-edit = responsable y plazo de la acción bajo el cursor

# The workshop clock and the agenda.
ui-status-clock-on = El cronómetro corre en la cabecera; la agenda (A) cuenta el tiempo dedicado a cada principio. T lo detiene.
ui-status-clock-off = El cronómetro está detenido; T lo vuelve a poner en marcha.
ui-agenda-title = Agenda
ui-agenda-budget = Previsto
ui-agenda-spent = Dedicado
ui-agenda-answered = Respondidas
ui-agenda-none = ninguno
ui-agenda-min = { $n } min
ui-agenda-total = En total: { $budget } min previstos, { $spent } min dedicados.
ui-agenda-clock-on = El tiempo dedicado se cuenta mientras corre el cronómetro, en las preguntas de cada principio (solo esta sesión de trabajo).
ui-agenda-clock-off = El cronómetro está detenido: T lo pone en marcha, y el tiempo dedicado a cada principio se cuenta mientras corre.
ui-agenda-key-budget = previsto ±5 min
ui-agenda-key-clock = cronómetro
ui-agenda-key-close = cerrar
ui-help-clock = poner en marcha o detener el cronómetro de la cabecera
ui-help-agenda = agenda: tiempo previsto y dedicado por principio
