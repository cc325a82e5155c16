# Les mots d'integra en français. Mêmes clés que en.ftl ; les noms de touches ne changent pas.

## Screens (header, help)
ui-screen-start = Accueil
ui-screen-setup = L'évaluation
ui-screen-overview = Vue d'ensemble
ui-screen-question = Question
ui-screen-review = Revue
ui-screen-results = Résultats
ui-screen-export = Export

## Window too small
ui-too-small-need = integra a besoin d'une fenêtre d'au moins { $size } caractères.
ui-too-small-have = Celle-ci fait { $size } : agrandissez la fenêtre (ou réduisez la police).
ui-too-small-quit = Appuyez sur q pour quitter ; vos réponses sont enregistrées.

## Footer
ui-key-quit = quitter
ui-key-keys = aide
ui-key-move = aller
ui-key-change = changer
ui-key-open = ouvrir
ui-key-field = champ
ui-key-next = suivant
ui-key-back = retour
ui-key-review = revue
ui-key-results = résultats
ui-key-edit = modifier
ui-key-overview = ensemble
ui-key-scroll = défiler
ui-key-export = exporter
ui-key-tick = cocher
ui-key-write = écrire
ui-key-question = question
ui-key-type = saisir
ui-key-keep = garder
ui-key-note = note
ui-key-done = fini
ui-key-choose = choisir
ui-key-choose-next = valider

## Start screen
ui-start-title = Nouvelle évaluation
ui-start-framework = Référentiel
ui-start-language = Langue
ui-start-no-framework = (aucun référentiel trouvé)
ui-start-new = Commencer une nouvelle évaluation
ui-start-no-sessions = Aucune session enregistrée : chaque réponse est enregistrée aussitôt.
ui-start-resume = Reprendre une session enregistrée
ui-start-unnamed = (programme sans nom)

## Setup screen
ui-setup-title = À propos de cette évaluation
ui-setup-intro = Ces informations figurent dans le rapport. Toutes facultatives ; m pour y revenir.
ui-setup-continue = Continuer
ui-field-programme = Programme
ui-field-site = Site
ui-field-country = Pays
ui-field-date = Date
ui-field-facilitator = Animation
ui-field-participants = Participants

## Overview
ui-overview-hidden-mark = (masquée)
ui-overview-principle-hint = Entrée ouvre sa première question sans réponse.
ui-overview-answer = Réponse : { $answer }
ui-overview-unanswered = Pas encore de réponse. Entrée pour l'ouvrir.
ui-overview-hidden = Masquée : posée seulement si { $why }.

## Question screen
ui-question-position = { $principle } { $sep } { $n } sur { $total }
ui-question-guidance = Conseils :
ui-question-evidence = Preuves :
ui-question-more = (i : suite)
ui-question-number = Nombre :
ui-question-answer = Réponse : { $text }
ui-question-write = Rédiger une réponse
ui-question-range-both = De { $min } à { $max }.
ui-question-range-min = Au moins { $min }.
ui-question-range-max = Au plus { $max }.
ui-question-type-number = Tapez le nombre, puis Entrée.
ui-question-editor-hint = Entrée ouvre l'éditeur ; là, Entrée garde le texte et Esc annule.
ui-question-note = Note :
ui-question-no-note = Pas de note (n pour en ajouter une).
ui-question-progress = Réponses : { $answered } sur { $total }
ui-number-invalid = « { $typed } » n'est pas un nombre
ui-number-between = La réponse doit être comprise entre { $min } et { $max }.
ui-number-at-least = La réponse doit valoir au moins { $min }.
ui-number-at-most = La réponse doit valoir au plus { $max }.

## Review
ui-review-question = Question
ui-review-answer = Réponse
ui-review-not-answered = sans réponse
ui-review-summary = { $answered } sur { $total } { $answered ->
        [one] répondue
       *[other] répondues
    } { $sep } { $unanswered } sans réponse ({ $mark }) { $sep } { $low } { $low ->
        [one] score faible
       *[other] scores faibles
    } ({ $lowmark })

## Results
ui-results-overall = Préparation globale :
ui-results-capped = Plafonnée (voir pourquoi ci-dessous) ; le score seul atteindrait : { $band }
ui-results-none = Aucune réponse notée pour l'instant.
ui-results-coverage = Couverture : { $answered } sur { $applicable } questions notées applicables ont une réponse ({ $percent } %)
ui-results-principles = Principes
ui-results-not-scored = non noté
ui-results-gates = Verrous non franchis
ui-results-not-assessed = (pas encore évalué)
ui-results-actions = Actions prioritaires
ui-results-points = ({ $points } points)

## Export
ui-export-title = Exporter le rapport
ui-export-dir = Les rapports sont écrits dans { $dir }
ui-export-anonymous = Omettre les noms de l'animateur et des participants
ui-export-write = Écrire les fichiers
ui-export-written = Écrits :
ui-format-md = Markdown
ui-format-html = HTML (une page autonome)
ui-format-txt = Texte brut
ui-format-json = JSON (pour d'autres outils)
ui-format-csv = CSV (une ligne par question)
ui-format-docx = Word (.docx, à modifier et partager)
ui-format-xlsx = Tableur (.xlsx, une feuille par tableau)
ui-format-csv-principle = CSV (une ligne par principe)

## Popups
ui-quit-title = Quitter integra ?
ui-quit-saved = Toutes les réponses sont déjà enregistrées, dans :
ui-quit-nothing = Aucune réponse pour l'instant.
ui-quit-yes = quitter
ui-quit-stay = rester
ui-notice-continue = Entrée ou Esc pour continuer
ui-notice-changed = Ce référentiel a changé
ui-editor-note = Note
ui-editor-answer = Réponse
ui-editor-newline = nouvelle ligne
ui-editor-keep = garder
ui-help-title = Touches
ui-help-here = Sur cet écran ({ $screen })
ui-help-everywhere = Partout
ui-help-space = choisir, ou cocher un élément de liste
ui-help-clear = effacer la réponse
ui-help-info = les conseils de la question en entier
ui-help-pages = aussi PgUp PgDn : question précédente / suivante
ui-help-these-keys = ces touches
ui-help-esc = retour ; ferme une fenêtre
ui-help-quit = quitter (avec confirmation ; tout est déjà enregistré)
ui-help-present = mode projecteur : fort contraste, moins de texte
ui-help-screens = ensemble, revue, résultats, export
ui-help-meta = modifier les informations de l'évaluation
ui-help-mouse-key = souris
ui-help-mouse = la molette fait défiler, un clic choisit
ui-info-title = À propos de cette question
ui-info-guidance = Conseils
ui-info-evidence = Preuves à rechercher
ui-info-why = Pourquoi ce principe compte
ui-info-low = Si le score est faible

## Messages
ui-status-hidden = Masquée : cette question n'est posée que si { $why }.
ui-status-all-hidden = Toutes les questions de ce principe sont masquées par des réponses précédentes.
ui-status-first = C'est la première question.
ui-save-failed = impossible d'enregistrer « { $path } » : { $error }
ui-no-framework = aucun référentiel n'est choisi
ui-no-data-folder = aucun dossier de données pour garder les sessions (HOME est-il défini ?) ; indiquez --session FICHIER

## Saving, unreadable sessions, preview
ui-too-small-quit-preview = Appuyez sur q pour quitter l'aperçu ; rien n'est enregistré.
ui-too-small-quit-lose = Vos réponses ne sont PAS enregistrées : q de nouveau pour quitter et les perdre, ou agrandissez la fenêtre pour les exporter.
ui-too-small-quit-unsaved = Vos réponses ne sont pas enregistrées (--no-save). Appuyez sur q pour quitter.
ui-too-small-quit-nosave = Appuyez sur q pour quitter ; rien n'est enregistré (--no-save).
ui-marker-nosave = Sans enregistrement (--no-save)
ui-marker-preview = Aperçu — rien n'est enregistré
ui-quit-preview = C'était un aperçu : rien n'a été enregistré.
ui-quit-nosave-lost = Vos réponses ne sont PAS enregistrées (--no-save) et seront perdues. Exportez-les d'abord (e) pour les garder.
ui-quit-exported = Rien n'a changé depuis l'export, enregistré dans :
ui-quit-save-failed = Le dernier enregistrement a échoué : les réponses données depuis ne sont qu'en mémoire et seront perdues en quittant. Le fichier :
ui-save-exists = « { $path } » existe déjà ; choisissez un autre nom, pour ne remplacer aucun fichier
ui-save-title = Enregistrement impossible
ui-save-in-memory = Vos réponses sont toujours là, en mémoire.
ui-save-elsewhere = Enregistrez-les ailleurs (un fichier ou un dossier) :
ui-save-there = enregistrer ici
ui-save-not-now = pas maintenant
ui-save-not-now-status = Non enregistré : vos réponses restent en mémoire ; la prochaine modification réessaiera.
ui-saved-in = Enregistré dans « { $path } » ; les réponses y seront enregistrées désormais.
ui-unreadable-title = Cette session est illisible
ui-unreadable-kept = « { $path } » est conservé tel quel ; rien ne sera écrit par-dessus.
ui-unreadable-backup = Sa sauvegarde d'avant le dernier enregistrement est lisible : { $path }
ui-unreadable-moves = L'ouvrir met le fichier illisible de côté (conservé, intact).
ui-unreadable-open = ouvrir la sauvegarde
ui-unreadable-leave = laisser
ui-unreadable-no-backup = Il n'en existe aucune sauvegarde lisible.
ui-unreadable-close = fermer
ui-restored-title = Sauvegarde ouverte
ui-restored-moved = Le fichier était illisible ; il a été mis de côté, intact, dans :
ui-restored-open = Sa sauvegarde d'avant le dernier enregistrement est ouverte à sa place.
ui-start-unreadable = illisible : Entrée pour les détails
ui-preview-export = Ceci est un aperçu : rien n'est écrit. Pour évaluer pour de bon et exporter, lancez `integra run --framework FICHIER`.

ui-resume-version = Le référentiel « { $id } » est maintenant en version { $now } ; cette session a été enregistrée avec la version { $was }.
ui-resume-changed = Le référentiel « { $id } » a changé depuis l'enregistrement de cette session.
ui-resume-kept = { $kept } { $kept ->
        [one] réponse gardée
       *[other] réponses gardées
    }. { $dropped } { $dropped ->
        [one] mise de côté, car elle ne correspond plus :
       *[other] mises de côté, car elles ne correspondent plus :
    }
ui-resume-backup = Le fichier d'origine est conservé dans { $path }
ui-resume-untouched = Sans sauvegarde : { $path } reste tel quel, avec toutes ses réponses.
ui-resume-all-fit = { $n ->
        [one] La réponse correspond toujours.
       *[other] Les { $n } réponses correspondent toujours.
    }

## Answers in words
answer-yes = Oui
answer-partly = En partie
answer-no = Non
answer-not-applicable = Sans objet
answer-dont-know = Ne sait pas
answer-none-ticked = Aucune des options
answer-level = niveau { $n }

## Conditions in words
cond-and = { $a } et { $b }
cond-or = { $a } ou { $b }
cond-not = non ({ $a })
cond-is = vaut « { $v } »
cond-one-of = vaut l'une de ces valeurs : { $v }
cond-at-least = vaut au moins { $v }
cond-at-most = vaut au plus { $v }
cond-includes = inclut « { $v } »

## Command line
cli-needs-terminal = l'assistant a besoin d'un terminal interactif ; pour les scripts, utilisez `integra score ANSWERS.toml`, `integra report` ou `integra outline`
cli-wrote-report = Rapport ({ $format }) écrit dans « { $path } ».
cli-signals = impossible de surveiller les signaux : { $error }
cli-terminal-open = impossible d'ouvrir le terminal : { $error }
cli-terminal-error = erreur du terminal : { $error }
cli-score-overall = Global : { $score } / 100  { $band }
cli-score-capped = (plafonné, voir pourquoi ci-dessous ; le score seul atteindrait : { $band })
cli-score-none = Global : aucune réponse notée pour l'instant
cli-score-gates = Verrous non franchis
cli-score-actions = Actions prioritaires (d'abord ce qui retient le niveau, puis par points en jeu)


## Reports
report-label = { $label } :
report-title = Rapport de préparation à l'intégration
report-title-programme = Rapport de préparation à l'intégration : { $programme }
report-not-recorded = non renseigné
report-omitted = omis
report-anonymous = Les noms de l'animation et des participants ont été retirés de ce rapport. Les notes et les réponses libres restent telles qu'elles ont été écrites : relisez-les pour y chercher des noms avant de partager.
report-version = version
report-framework-hash = Empreinte du référentiel
report-coverage = Couverture
report-coverage-value = { $answered } sur { $applicable } questions notées applicables ont une réponse ({ $percent } %)
report-caution = Attention
report-h-result = Résultat
report-gates-head = { $capped ->
        [yes] Le niveau est plafonné : { $n } { $n ->
            [one] verrou n'est pas franchi
           *[other] verrous ne sont pas franchis
        }
       *[no] { $n } { $n ->
            [one] verrou n'est pas franchi
           *[other] verrous ne sont pas franchis
        }
    }{ $format ->
        [html] {""}
       *[other] .
    }
report-gate-explain = Un verrou est un minimum indispensable : il limite la préparation, quelle que soit la moyenne{ $capped ->
        [yes] {""}
       *[no] ; même un score plus élevé ne relèverait pas le niveau tant { $n ->
            [one] qu'il n'est pas franchi
           *[other] qu'ils ne sont pas franchis
        }
    }{ $format ->
        [html] .
       *[other] {" :"}
    }
report-gate-needs = { $format ->
        [txt] « { $watches } » demande { $rule }. Tant que ce verrou n'est pas franchi, la préparation ne peut dépasser « { $cap } ».
       *[other] « { $watches } » demande { $rule }. Tant que ce verrou n'est pas franchi, la préparation ne peut dépasser { $cap }.
    }
report-readiness = Préparation : { $band }
report-overall-score = { $format ->
        [md] score global { $score } sur 100
       *[other] Score global : { $score } sur 100
    }
report-score-alone = { $format ->
        [txt] Le score seul atteindrait « { $uncapped } » ; il est maintenu à « { $band } » pour les raisons ci-dessous.
       *[other] Le score seul atteindrait { $uncapped } ; il est maintenu à { $band } pour les raisons ci-dessous.
    }
report-no-score-lead = Pas encore de score global :
report-no-score = aucune question notée n'a de réponse.
report-h-progress = Progrès depuis l'évaluation précédente
report-compared = Par rapport à l'évaluation { $dated ->
        [yes] du { $date }
       *[no] donnée avec --compare
    } : { $improved } { $improved ->
        [one] réponse améliorée
       *[other] réponses améliorées
    }, { $worsened } en recul, { $answered } nouvellement { $answered ->
        [one] renseignée
       *[other] renseignées
    } et { $changed } { $changed ->
        [one] modifiée
       *[other] modifiées
    } sans score à comparer.
report-col-before = Avant
report-col-now = Après
report-col-change = Écart
report-overall-score-row = Score global
report-readiness-row = Préparation
report-gates-changed = Verrous dont l'état a changé
report-answers-changed = Réponses modifiées
report-not-answered = sans réponse
report-score-change = score { $change }
report-no-change = Aucune réponse n'a changé.
report-h-principles = Scores par principe
report-col-principle = Principe
report-col-score = Score
report-col-chart = Graphique (0–100)
report-col-weight = Poids
report-col-answered = Réponses
report-n-of-m = { $answered } sur { $applicable }
report-weight-share = poids { $share } %
report-context-only = contexte seulement
report-answered-of = { $answered } sur { $applicable } avec réponse
report-h-strengths = Points forts
report-no-strengths = Aucune question n'atteint encore 75.
report-h-gaps = Lacunes
report-no-gaps = Aucune question sous 50.
report-h-actions = Plan d'action
report-actions-intro = Recommandations pour les questions qui n'ont pas la note maximale : d'abord celles qui retiennent le niveau, puis les plus lourdes en points (rang), par principe. Indiquez pour chacune un responsable et une échéance.
report-col-rank = Rang
report-col-action = Action
report-col-question = Question
report-col-owner = Responsable
report-col-due = Échéance
report-action-question = Question { $number } : { $text } (réponse : { $answer }, score { $score }/100)
report-no-actions = Aucune action : chaque question assortie d'une recommandation a la note maximale ou n'a pas encore de réponse.
report-h-notes = Notes
report-no-notes = Aucune note n'a été prise.
report-h-appendix = Annexe : toutes les questions et réponses
report-col-answer = Réponse
report-col-status = État
report-shown-if-lead = Posée seulement si { $condition }
report-shown-if = posée seulement si { $condition }
report-h-hidden = Questions masquées par une condition
report-hidden-intro = Ces questions n'ont pas été posées, car une réponse précédente les rendait sans objet ; elles ne comptent dans aucun score.
report-hidden-head = Questions masquées par une condition (hors de tout score) :
report-h-method = Comment les scores sont calculés
report-method-questions-lead = Questions.
report-method-questions = Chaque question avec réponse vaut de 0 à 1. Une échelle vaut selon la place du niveau choisi (niveau le plus bas 0, le plus haut 1) ; oui, en partie et non valent 1, ½ et 0 ; un choix vaut les points de l'option divisés par ceux de la meilleure option ; une liste à cocher vaut les points cochés divisés par le total de ses points ; un nombre, si le référentiel l'indique, se note en ligne droite entre son minimum et son maximum. Les questions à réponse libre et les choix sans points donnent du contexte, pas de score.
report-method-principles-lead = Principes.
report-method-principles = Le score d'un principe est 100 × Σ(poids × score) ÷ Σ(poids), sur ses questions qui ont une réponse notée. Les questions « sans objet », masquées par une condition, « ne sait pas » ou encore sans réponse sortent des deux sommes : elles ne font ni monter ni baisser le score. La couverture dit combien de questions ont compté.
report-method-overall-lead = Global.
report-method-overall = Le score global est la moyenne des scores des principes, chacun pondéré par la part de son principe (les principes sans réponse notée sont écartés) :
report-share = { $share } % (poids { $weight })
report-no-share = aucune part : questions de contexte, jamais notées
report-method-bands-lead = Niveaux.
report-method-bands = Le niveau est celui dont l'intervalle contient le score global :
report-band-range = de { $min } à { $max }
report-band-range-under = de { $min } à moins de { $max }
report-method-gates-lead = Verrous.
report-method-gates = Un verrou est un minimum indispensable. S'il n'est pas franchi, le niveau ne peut dépasser son plafond, quelle que soit la moyenne. Un verrou sur une question encore sans réponse, ou « ne sait pas », reste non franchi jusqu'à l'évaluation ; un verrou sur une question masquée ou sans objet est franchi.
report-gate-rule = { $format ->
        [txt] « { $watches } » demande { $rule } ; sinon le niveau est plafonné à « { $cap } ».
       *[other] « { $watches } » demande { $rule } ; sinon le niveau est plafonné à { $cap }.
    }
report-no-gates = Ce référentiel n'a pas de verrou.
report-method-actions-lead = Les actions
report-method-actions = sont classées par points en jeu : la part de la question dans le poids total × son écart à la note maximale × 100.
report-schema = schéma de rapport { $n }
report-framework-word = référentiel
report-aria-no-score = pas de score
report-aria-score = { $score } sur 100
report-status-scored = Notée
report-status-unscored = Non notée (contexte seulement)
report-status-not-applicable = Sans objet : hors du score
report-status-dont-know = Ne sait pas : hors du score
report-status-hidden = Masquée par une condition : hors du score
report-status-unanswered = Pas encore de réponse
report-gate-passed = Franchi
report-gate-not-applicable = Ne s'applique pas ici
report-gate-failed = Non franchi
report-gate-not-assessed = Pas encore évalué
report-rule-level = une réponse d'au moins « { $label } » (niveau { $level })
report-rule-level-bare = une réponse d'au moins le niveau { $level }
report-rule-principle = un score de principe d'au moins { $min }
report-rule-score = un score d'au moins { $min } sur 100
report-warn-version = Ces réponses ont été données pour la version « { $was } » du référentiel ; ce rapport les note avec la version « { $now } ». Vérifiez que les questions veulent toujours dire la même chose.
report-warn-hash = Ces réponses ont été données pour une autre copie du référentiel ({ $was }) que celle de ce rapport ({ $now }). Vérifiez que les questions veulent toujours dire la même chose.
report-warn-no-score = Aucune question notée n'a encore de réponse : il n'y a donc ni score global ni niveau.
report-warn-coverage = Seules { $answered } des { $applicable } questions applicables ont une réponse notée ({ $percent } %) : les scores peuvent beaucoup bouger avec les réponses restantes.
report-warn-earlier-version = Les réponses précédentes ont été données pour la version « { $was } » du référentiel ; les deux évaluations sont notées ici avec la version « { $now } ».
report-hint-unclosed = le '{"{"}% { $tag } %{"}"}' ouvert ligne { $line } n'est jamais fermé : ajoutez '{"{"}% end{ $tag } %{"}"}' là où il doit finir
report-warn-other-programme = La référence est un autre programme (« { $was } », celui-ci est « { $now } ») : les écarts ci-dessous comparent deux programmes, ils ne montrent pas de progrès.
report-warn-other-site = La référence est un autre site (« { $was } », celui-ci est « { $now } ») : les écarts ci-dessous comparent deux sites, ils ne montrent pas de progrès.
report-warn-later-baseline = La référence est datée du { $was }, après cette évaluation ({ $now }) : si c'est la plus récente, inversez les deux fichiers, sinon les changements se lisent à l'envers.
report-band-higher = plus haut
report-band-lower = plus bas
report-band-same = identique
report-trend-improved = en progrès
report-trend-worsened = en recul
report-trend-answered = nouvelle réponse
report-trend-changed = modifiée
report-trend-unchanged = inchangée

## Word reports (the other labels are shared with report-*)
docx-framework-value = { $title } ({ $id }, version { $version })
docx-gates-capped = Le niveau est plafonné par des verrous non franchis
docx-gates-failed = Verrous non franchis
docx-gate-intro = Un verrou est un minimum indispensable : tant qu'il n'est pas franchi, la préparation ne dépasse pas son plafond, quelle que soit la moyenne.
docx-gate-line = « { $watches } » demande { $rule }. Tant que ce verrou n'est pas franchi, la préparation ne peut dépasser { $cap }.
docx-overall-score = Score global : { $score } sur 100
docx-uncapped = Le score seul atteindrait { $uncapped } ; il est maintenu à { $band } pour les raisons ci-dessous.
docx-col-chart = Graphique (0–100, une case par 10 points)
docx-action-intro = Recommandations pour les questions qui n'ont pas la note maximale, par principe ; le rang place d'abord ce qui retient le niveau, puis les plus lourdes en points. Indiquez pour chacune un responsable et une échéance.
docx-hidden-intro = Une réponse précédente a rendu ces questions sans objet : elles n'ont pas été posées et ne comptent dans aucun score.
docx-progress-intro = Par rapport à { $previous } : réponses améliorées : { $improved } ; en recul : { $worsened } ; nouvelles réponses : { $answered } ; modifiées sans score à comparer : { $changed }.
docx-previous-dated = l'évaluation du { $date }
docx-previous-undated = l'évaluation précédente
docx-method-questions = Chaque question avec réponse vaut de 0 à 1. Une échelle vaut selon la place du niveau choisi (le plus bas 0, le plus haut 1) ; oui, en partie et non valent 1, ½ et 0 ; un choix vaut les points de l'option sur ceux de la meilleure ; une liste à cocher vaut les points cochés sur le total de ses points ; un nombre, si le référentiel l'indique, se note en ligne droite entre son minimum et son maximum. Les réponses libres et les choix sans points donnent du contexte, pas de score.
docx-method-principles = Le score d'un principe est 100 × Σ(poids × score) ÷ Σ(poids) sur ses questions avec une réponse notée. Les questions « sans objet » ou « ne sait pas », masquées par une condition ou encore sans réponse n'entrent dans aucune des deux sommes : elles ne font ni monter ni baisser le score ; la couverture compte les questions prises en compte.
docx-method-overall = Le score global est la moyenne des scores des principes, chacun pondéré par la part de son principe (un principe sans réponse notée est écarté) :
docx-method-gates = Un verrou est un minimum indispensable. Tant qu'il n'est pas franchi, le niveau ne peut dépasser son plafond, quelle que soit la moyenne. Un verrou sur une question encore sans réponse, ou « ne sait pas », reste non franchi jusqu'à l'évaluation ; un verrou sur une question masquée ou sans objet est franchi.
docx-no-share = { $title } : aucune part (questions de contexte, jamais notées)
docx-gate-method-line = { $reason } « { $watches } » demande { $rule } ; sinon le niveau est plafonné à { $cap }. { $status }.
docx-footer = { $generator } · schéma de rapport { $schema } · référentiel { $id } { $version } ({ $hash })
docx-page-of = Page { $page } sur { $pages }
docx-contents = Table des matières
docx-contents-hint = Pour ajouter les numéros de page à cette liste, mettez-la à jour : F9 dans Word, Outils > Actualiser > Tout actualiser dans LibreOffice.

## Spreadsheet reports (.xlsx)
xlsx-sheet-summary = Synthèse
xlsx-sheet-principles = Principes
xlsx-sheet-questions = Questions
xlsx-sheet-actions = Actions
xlsx-col-item = Élément
xlsx-col-value = Valeur
xlsx-answered = Questions répondues
xlsx-applicable = Questions applicables
xlsx-coverage-percent = Couverture (%)
xlsx-col-share = Part (%)
xlsx-col-note = Note
xlsx-col-points = Points en jeu
xlsx-duplicate-sheet = deux feuilles s'appellent « { $name } » : donnez des noms différents aux feuilles dans le catalogue (xlsx-sheet-*)


## Portfolio (integra aggregate)
agg-title = Portefeuille : { $title }
agg-sub = { $format ->
        [html] Référentiel { $id } version { $version } · { $n } { $n ->
            [one] session
           *[other] sessions
        }, triées par pays, site, programme et date.
       *[other] Référentiel { $id } version { $version } ({ $hash }) · { $n } { $n ->
            [one] session
           *[other] sessions
        }, triées par pays, site, programme et date.
    }
agg-anonymous = Les noms des personnes qui animent et participent sont retirés.
agg-h-sessions = Sessions
agg-col-overall = Global
agg-col-band = Niveau
agg-col-failed-gates = Verrous non franchis
agg-capped = (plafonné)
agg-median = Médiane
agg-mean = Moyenne
agg-h-bands = Niveaux
agg-no-score = Pas encore de score
agg-capped-count = { $capped } sur { $n } { $capped ->
        [one] est maintenue
       *[other] sont maintenues
    } sous le niveau de leur score par des verrous non franchis.
agg-schema = schéma de portefeuille { $n }
agg-version-note = Certaines sessions ont été remplies avec une autre version de « { $id } » ; chaque ligne est notée ici avec la version { $version } : { $list }.
agg-version-item = « { $file } » (version { $version })
cli-wrote-portfolio = Portefeuille de { $n } sessions écrit dans « { $path } ».

## Diagnostics (integra validate, preview et fichiers de réponses). Les id, clés, valeurs et
## le `code` restent tels quels ; seuls les mots autour sont traduits.
diag-error = erreur
diag-warning = avertissement
diag-hint = conseil
diag-summary = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
diag-did-you-mean = vouliez-vous dire '{ $word }' ?
diag-use-one-of = utilisez l'une de ces valeurs : { $values }
diag-unshown = { $count ->
    [one] { $count } autre problème non affiché
   *[other] { $count } autres problèmes non affichés
}
diag-unshown-hint = corrigez les problèmes ci-dessus puis relancez `integra validate`
diag-unlowered = la question '{ $id }' a passé les vérifications mais ses clés ne forment pas une question qu'integra sait poser (un défaut d'integra)
diag-unlowered-hint = signalez-le avec le fichier du référentiel ; en attendant, comparez les clés de la question '{ $id }' à docs/framework-format.md
diag-unlowered-gate = le verrou '{ $id }' a passé les vérifications mais ses clés ne forment pas un verrou qu'integra sait appliquer (un défaut d'integra)
diag-unlowered-gate-hint = signalez-le avec le fichier du référentiel ; en attendant, comparez les clés du verrou '{ $id }' à docs/framework-format.md
diag-what-scale = échelle
diag-what-principle = principe
diag-what-question = question
diag-what-band = palier
diag-what-gate = verrou
diag-what-principle-id = le principe '{ $id }'
diag-what-question-id = la question '{ $id }'
diag-id-hint = un id ne contient que des lettres, des chiffres, '-' et '_', par ex. `referral-tracking`
diag-id-invalid = id '{ $id }' non valide ({ $what })
diag-id-duplicate = id '{ $id }' en double ({ $what })
diag-id-duplicate-hint = chaque élément ({ $what }) doit avoir son propre id ; renommez l'un des deux
diag-too-many-principles = le principe '{ $id }' est de trop : un référentiel compte au plus { $max } principes
diag-too-many-questions = la question '{ $id }' est de trop : un référentiel compte au plus { $max } questions
diag-too-many-hint = scindez le référentiel en plusieurs référentiels plus petits
diag-framework-id-invalid = l'id du référentiel '{ $id }' n'est pas valide
diag-languages-en = 'languages' doit contenir "en"
diag-languages-en-hint = l'anglais est la langue de référence vers laquelle toutes les autres se replient
diag-no-principles = le référentiel n'a aucun principe
diag-no-principles-hint = ajoutez au moins une table `[[principles]]` avec des questions
diag-scale-no-levels = l'échelle '{ $id }' n'a aucun niveau
diag-scale-no-levels-hint = ajoutez au moins deux `[[scales.levels]]` avec value et label
diag-scale-one-level = l'échelle '{ $id }' n'a qu'un seul niveau
diag-scale-one-level-hint = il faut au moins deux niveaux pour distinguer les réponses
diag-scale-not-ascending = les niveaux de l'échelle '{ $id }' doivent croître par valeur, or { $next } suit { $prev }
diag-scale-not-ascending-hint = rangez les niveaux du moins prêt au plus prêt, avec des valeurs croissantes
diag-principle-no-questions = le principe '{ $id }' n'a aucune question
diag-principle-no-questions-hint = ajoutez des tables `[[principles.questions]]` sous ce principe
diag-rating-no-scale = la question de notation '{ $id }' n'a pas de 'scale'
diag-rating-no-scale-hint = ajoutez `scale = "<id of a [[scales]] entry>"`
diag-scale-define-hint = définissez-la sous `[[scales]]`
diag-scale-undefined = la question '{ $id }' utilise l'échelle '{ $scale }', qui n'est pas définie
diag-kind-no-scale = la question '{ $id }' de type { $kind } ne peut pas avoir de clé 'scale'
diag-kind-no-scale-hint = seules les questions `kind = "rating"` utilisent une échelle ; retirez la clé ou changez le type
diag-kind-no-options = la question '{ $id }' de type { $kind } ne peut pas avoir de clé 'options'
diag-kind-no-options-hint = seules les questions choice et checklist ont des options
diag-kind-no-key = la question '{ $id }' de type { $kind } ne peut pas avoir de clé '{ $key }'
diag-kind-no-key-hint = seules les questions number ont des bornes, une unité ou une notation numérique
diag-too-few-options = la question '{ $id }' de type { $kind } demande au moins { $least ->
    [one] { $least } option
   *[other] { $least } options
}
diag-too-few-options-hint = ajoutez `options = [{ "{" } id = "...", label = "..." { "}" }, ...]`
diag-option-id-invalid = l'id d'option '{ $option }' de la question '{ $id }' n'est pas valide
diag-option-reserved = l'id d'option '{ $option }' de la question '{ $id }' est réservé
diag-option-reserved-hint = les fichiers de réponses emploient "na" et "dont_know" pour « sans objet » et « ne sait pas » ; utilisez plutôt `not_applicable = true` / `dont_know = true`, ou renommez l'option
diag-option-twice = la question '{ $id }' liste deux fois l'option '{ $option }'
diag-option-twice-hint = donnez à chaque option son propre id
diag-option-points = l'option '{ $option }' de la question '{ $id }' vaut { $points } points ; les points doivent être 0 ou plus
diag-option-points-hint = utilisez un nombre fini comme 0, 1 ou 2
diag-number-bounds = la question '{ $id }' a min { $min } et max { $max } ; min doit être inférieur à max
diag-number-bounds-hint = inversez ou corrigez les bornes
diag-number-scoring-bounds = la question numérique notée '{ $id }' a besoin de 'min' et de 'max'
diag-number-scoring-bounds-hint = la note va de min à max
diag-cond-forms = la condition de la question '{ $id }' doit employer exactement une des formes 'question', 'all', 'any' ou 'not'
diag-cond-forms-hint = par ex. `show_if = { "{" } question = "legal_context", is = "legal" { "}" }`
diag-cond-self = la question '{ $id }' a une condition sur elle-même
diag-cond-self-hint = une condition ne peut porter que sur des questions antérieures
diag-cond-later = la condition de la question '{ $id }' renvoie à '{ $target }', qui vient plus loin
diag-cond-later-hint = placez plus tôt la question dont elle dépend, ou celle-ci plus loin
diag-cond-unknown = la condition de la question '{ $id }' renvoie à une question inconnue, '{ $target }'
diag-check-question-id = vérifiez l'id de la question
diag-check-principle-id = vérifiez l'id du principe
diag-cond-no-test = la condition de la question '{ $id }' dit sur quelle question porter, mais pas quoi tester
diag-cond-no-test-hint = ajoutez l'un de `is`, `one_of`, `at_least`, `at_most` ou `includes`
diag-cond-wrong-test = la condition de la question '{ $id }' teste la question '{ $target }' (type { $kind }) d'une façon que ce type ne permet pas
diag-cond-wrong-test-hint = `is`/`one_of` pour choice et yes_no, `at_least`/`at_most` pour rating et number, `includes` pour checklist
diag-cond-offers = '{ $target }' propose : { $values }
diag-cond-bad-value = la condition de la question '{ $id }' attend '{ $value }', que la question '{ $target }' ne propose pas
diag-no-bands = le référentiel n'a aucun palier
diag-no-bands-hint = ajoutez des tables `[[bands]]` couvrant les scores de 0 à 100
diag-band-bounds = le palier '{ $id }' va de { $min } à { $max } ; min doit être inférieur à max
diag-band-bounds-hint = chaque palier couvre de min (inclus) à max (exclu)
diag-bands-order = les paliers doivent être listés du score le plus bas au plus haut
diag-bands-order-hint = réordonnez les tables `[[bands]]` selon 'min'
diag-band-first = le palier le plus bas, '{ $id }', commence à { $min } : les scores inférieurs n'ont pas de palier
diag-band-first-hint = faites commencer le palier le plus bas à `min = 0`
diag-band-last = le palier le plus haut, '{ $id }', s'arrête à { $max } ; les paliers doivent atteindre 100
diag-band-last-hint = terminez le palier le plus haut à `max = 100`
diag-band-overlap = le palier '{ $id }' commence à { $min } mais le palier '{ $other }' va jusqu'à { $max } : ils se chevauchent
diag-band-gap = le palier '{ $id }' commence à { $min } mais le palier '{ $other }' s'arrête à { $max } : les scores entre les deux n'ont pas de palier
diag-band-start-at = faites commencer '{ $id }' à { $at }
diag-gate-unknown-question = le verrou '{ $id }' surveille une question inconnue, '{ $target }'
diag-gate-unknown-principle = le verrou '{ $id }' surveille un principe inconnu, '{ $target }'
diag-gate-principle-level = le verrou '{ $id }' surveille un principe, qui a un score et non un niveau
diag-gate-principle-level-hint = utilisez `min_score = <0-100>` pour un verrou sur un principe
diag-gate-no-threshold = le verrou '{ $id }' n'a pas de seuil
diag-gate-no-threshold-hint = ajoutez `min_score = <0-100>`
diag-gate-target = le verrou '{ $id }' doit surveiller exactement une 'question' ou un 'principle'
diag-gate-target-hint = indiquez soit `question = "..."`, soit `principle = "..."`
diag-gate-min-score = le verrou '{ $id }' a min_score { $score } ; les scores vont de 0 à 100
diag-gate-min-score-hint = utilisez un nombre de 0 à 100
diag-gate-cap-hint = indiquez l'un des id des `[[bands]]`
diag-gate-unknown-cap = le verrou '{ $id }' plafonne à un palier inconnu, '{ $band }'
diag-gate-threshold = le verrou '{ $id }' demande exactement un de 'min_level' ou 'min_score'
diag-gate-threshold-hint = `min_level` pour le niveau d'une question de notation, `min_score` (0-100) sinon
diag-gate-level = le verrou '{ $id }' demande le niveau { $level }, que l'échelle '{ $scale }' n'a pas
diag-gate-level-not-rating = le verrou '{ $id }' utilise 'min_level' mais la question '{ $question }' n'est pas une notation
diag-gate-level-not-rating-hint = utilisez plutôt `min_score = <0-100>`
diag-gate-unscored = le verrou '{ $id }' surveille la question '{ $question }', qui ne rapporte aucun score
diag-gate-unscored-hint = choisissez une question notée (le texte, les choix à zéro point et les nombres sans `scoring` ne rapportent rien)
diag-weight-positive = { $what } a le poids { $weight } ; les poids doivent être supérieurs à 0
diag-weight-positive-hint = utilisez un nombre positif comme 1 ou 2 ; retirez une question plutôt que de lui donner un poids 0
diag-weight-large = { $what } a le poids { $weight }, ce qui est trop grand
diag-weight-large-hint = utilisez des poids jusqu'à 1000000
diag-ctx-header = en-tête du référentiel
diag-ctx-id = { $what } '{ $id }'
diag-ctx-no-id = { $what } sans id
diag-translations-hint = écrivez `[translations.fr]` et dessous des lignes `"question.ID.text" = "..."`
diag-translations-table = 'translations' doit être une table de langues
diag-lang-code = '{ $code }' n'est pas un code de langue
diag-lang-code-hint = utilisez un code comme fr, es, ru ou pt-BR
diag-translations-lang-table = 'translations.{ $code }' doit être une table
diag-translation-text = la traduction de '{ $key }' doit être du texte entre guillemets
diag-translation-text-hint = mettez aussi la clé entre guillemets quand elle contient des points : `"question.ID.text" = "..."`
diag-list-of-tables = '{ $name }' doit être une liste de tables
diag-entry-table = chaque entrée de '{ $name }' doit être une table
diag-own-header-hint = écrivez chaque entrée sous son propre en-tête `[[{ $name }]]`
diag-unknown-key = clé inconnue '{ $key }' ({ $context })
diag-keys-allowed = les clés permises ici sont : { $keys }
diag-missing-key = il manque '{ $key }' ({ $context })
diag-missing-key-hint = ajoutez `{ $key } = ...` ici ({ $context })
diag-bad-variant = '{ $value }' n'est pas une valeur valide de '{ $key }' ({ $context })
diag-a-value = une valeur
diag-bad-value = { $key } ({ $context }) : { $detail }
diag-type-number-hint = écrivez un nombre sans guillemets, par ex. `weight = 2`
diag-type-bool-hint = écrivez `true` ou `false` sans guillemets
diag-type-list-hint = écrivez une liste entre crochets, par ex. `["a", "b"]`
diag-type-other-hint = voyez docs/framework-format.md pour la forme que prend cette clé
diag-toml-syntax = ce n'est pas du TOML valide (le lecteur TOML dit, en anglais : { $detail })
diag-toml-syntax-hint = vérifiez les guillemets, les crochets et les paires `key = value` de cette ligne
diag-single-question = le principe '{ $id }' n'a qu'une seule question
diag-single-question-hint = une seule réponse décide alors de tout le principe ; ajoutez des questions ou fusionnez-le avec un autre principe
diag-no-help = la question '{ $id }' n'a pas de texte d'aide
diag-no-help-hint = ajoutez `help = "..."` : ce que signifie la question et comment en juger
diag-no-recommendation = la question '{ $id }' n'a pas de recommandation
diag-no-recommendation-hint = ajoutez `recommendation = "..."` : l'action à mener quand le score est bas
diag-gate-never-fails = le verrou '{ $id }' ne peut jamais échouer une fois la question répondue
diag-gate-never-fails-hint = son seuil est au niveau de la réponse la plus basse ou en dessous ; relevez-le ou supprimez le verrou
diag-untranslated = { $count ->
    [one] { $count } texte n'a pas de traduction '{ $lang }'
   *[other] { $count } textes n'ont pas de traduction '{ $lang }'
}, par ex. '{ $first }'
diag-untranslated-hint = ajoutez-les sous `[translations.{ $lang }]` ; d'ici là, les lecteurs voient l'anglais
diag-unshown-warnings = { $count ->
    [one] { $count } autre avertissement non affiché
   *[other] { $count } autres avertissements non affichés
}
diag-unshown-warnings-hint = corrigez les avertissements ci-dessus puis relancez `integra validate`
diag-unreachable-hidden = la question '{ $id }' ne peut jamais s'afficher : sa condition porte sur '{ $targets }', { $count ->
    [one] qui ne s'affiche jamais non plus
   *[other] qui ne s'affichent jamais non plus
}
diag-unreachable-hidden-hint = corrigez la condition de la question visée, ou testez une autre question
diag-unreachable-not = la question '{ $id }' ne peut jamais s'afficher : un `not` de sa condition enveloppe quelque chose qui est toujours vrai
diag-unreachable-not-hint = une question sans réponse rend un test faux, donc le `not` de ce test est vrai ; vérifiez ce qu'enveloppe le `not`
diag-unreachable = la question '{ $id }' ne peut jamais s'afficher : sa condition n'est jamais remplie
diag-unreachable-bounds-hint = comparez les bornes à l'échelle ou au min et max du nombre
diag-unreachable-contradiction-hint = aucune réponse ne rend `{ $condition }` vrai : ses parties se contredisent
diag-translated-twice = '{ $key }' est traduit deux fois en '{ $lang }'
diag-translated-twice-hint = gardez soit la traduction en ligne, soit celle-ci
diag-translation-no-english = '{ $key }' n'a pas de texte anglais à traduire
diag-translation-no-english-hint = écrivez d'abord le texte anglais ; toute traduction s'y replie
diag-translation-key-hint = les clés ont la forme `question.ID.text` ou `scale.ID.level.VALUE.label` ; voyez docs/framework-format.md
diag-translation-key-unknown = la clé de traduction '{ $key }' ne désigne aucun texte de ce référentiel
diag-cannot-read = impossible de lire '{ $path }' : { $error }
diag-cannot-read-hint = vérifiez le chemin et ses droits d'accès
diag-folder = '{ $path }' est un dossier, pas un fichier
diag-folder-hint = indiquez un fichier .toml
diag-too-big = '{ $path }' fait { $size } octets ; les fichiers de plus de { $max } octets (4 Mio) sont refusés
diag-too-big-hint = est-ce le bon fichier ? un référentiel ou une feuille de réponses fait au plus quelques centaines de Kio
diag-too-big-unknown = '{ $path }' contient plus de { $max } octets (4 Mio) ; les fichiers aussi gros sont refusés
diag-not-regular = '{ $path }' n'est pas un fichier ordinaire (c'est un périphérique, un tube ou une socket) ; integra ne lit que des fichiers enregistrés sur le disque
diag-not-regular-hint = indiquez un fichier .toml enregistré sur le disque
diag-not-utf8 = '{ $path }' n'est pas du texte UTF-8 : octet invalide à la position { $offset }
diag-not-utf8-hint = enregistrez le fichier en UTF-8 depuis votre éditeur
diag-ok = ok
cli-preview-fix = corrigez les erreurs ci-dessus, puis relancez `integra preview { $file }`
diag-sheet-framework-hint = ajoutez `framework = "<framework id>"` en haut du fichier
diag-sheet-keys-hint = un fichier de réponses contient `framework`, `version`, `hash`, `language`, `[meta]`, `[answers]`, `[notes]` et `[session]`
diag-sheet-format-hint = voyez `integra score --help` pour la forme d'un fichier de réponses
diag-sheet-other-framework = ces réponses sont pour le référentiel '{ $named }', pas '{ $id }'
diag-sheet-other-framework-hint = indiquez le bon référentiel avec --framework, ou corrigez l'id
diag-sheet-unknown-question = '{ $question }' n'est pas une question du référentiel '{ $id }'
diag-sheet-unknown-question-hint = `integra outline` liste les id des questions
diag-answer-special = la question '{ $id }' n'accepte pas "{ $word }"
diag-answer-special-hint = répondez-y, ou retirez-la pour la laisser sans réponse
diag-answer-level = { $value } n'est pas un niveau de la question '{ $id }'
diag-answer-level-hint = utilisez l'une des valeurs de l'échelle : { $values }
diag-answer-yes-no = { $value } n'est pas une réponse à la question oui/non '{ $id }'
diag-answer-yes-no-hint = utilisez "yes", "partial" ou "no"
diag-answer-number = la question '{ $id }' attend un nombre, pas { $value }
diag-answer-number-hint = écrivez le nombre sans guillemets
diag-answer-range = { $value } est hors limites pour la question '{ $id }'
diag-answer-text = la question '{ $id }' attend du texte, pas { $value }
diag-answer-text-hint = mettez la réponse entre guillemets
diag-answer-checklist = la question '{ $id }' est une liste à cocher ; sa réponse est une liste
diag-answer-checklist-hint = par ex. ["option_a", "option_b"], ou [] si rien ne s'applique
diag-answer-between = la réponse doit être entre { $min } et { $max }
diag-answer-at-least = la réponse doit être au moins { $min }
diag-answer-at-most = la réponse doit être au plus { $max }
diag-answer-options = les options sont : { $options }
diag-answer-option = { $value } n'est pas une option de la question '{ $id }'

## Ligne de commande : forget, new, frameworks, templates
cli-forget-list = Ces fichiers vont être écrasés par des zéros, puis supprimés :
cli-forget-nothing = Rien n'a été supprimé.
cli-forget-removed = supprimé : { $path }
cli-forget-failed = impossible de supprimer '{ $path }' : { $error }
cli-forget-done = Terminé. Les copies ailleurs (rapports, sauvegardes de cet ordinateur, dossiers synchronisés) ne sont pas touchées, et sur les SSD et certains systèmes de fichiers d'anciennes données peuvent survivre à l'écrasement : voyez `integra forget --help`.
cli-forget-confirm = Supprimer définitivement { $count ->
    [one] ce fichier
   *[other] ces { $count } fichiers
} ? (tapez y pour oui) [y/N]
cli-forget-no-answer = impossible de lire la réponse : { $error } ; passez --yes pour sauter la question
cli-new-created = { $path } créé (référentiel '{ $id }').
cli-new-next = Étapes suivantes :
cli-new-step-edit = Modifiez-le dans n'importe quel éditeur de texte ; les commentaires expliquent chaque réglage.
cli-new-step-validate = le vérifie et montre chaque erreur
cli-new-step-preview = le parcourt dans l'assistant ; rien n'est enregistré
cli-new-step-outline = montre d'un coup d'œil principes, questions et poids
cli-new-ready = Quand il est prêt :
cli-new-exists = '{ $path }' existe déjà ; integra ne l'écrase jamais
cli-new-exists-hint = choisissez un autre NAME, ou passez -o avec un nouveau nom de fichier
cli-frameworks-invalid = (non valide)
cli-frameworks-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} : lancez `integra validate { $origin }`
cli-frameworks-id = ID
cli-frameworks-version = VERSION
cli-frameworks-title = TITRE
cli-frameworks-source = SOURCE
cli-templates-wrote = écrit : { $path }
cli-templates-edit = Modifiez-les, puis copiez ceux que vous avez changés dans '{ $dir }' pour les utiliser dans chaque rapport,
cli-templates-or-pass = ou passez-en un avec `integra report --template FILE`.
cli-templates-intro = Modèles de rapport (tera) ; un fichier de même nom dans le dossier utilisateur remplace le modèle intégré.
cli-templates-user-folder = Dossier utilisateur : { $dir }
cli-templates-no-user-folder = Dossier utilisateur : aucun sur ce système
cli-templates-builtin = intégré
cli-templates-json = sans modèle : les données du rapport elles-mêmes
cli-templates-docx = sans modèle : construit à partir des données du rapport
cli-templates-count = { $count } modèles intégrés ; `integra templates --export DIR` en écrit des copies.
cli-lang-unknown = integra ne parle pas '{ $code }' : choisissez parmi { $known }
cli-frameworks-builtin = intégré

## integra outline
cli-outline-principles = { $count ->
    [one] { $count } principe
   *[other] { $count } principes
}
cli-outline-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
cli-outline-gates = { $count ->
    [one] { $count } verrou
   *[other] { $count } verrous
}
cli-outline-bands = { $count ->
    [one] { $count } palier
   *[other] { $count } paliers
}
cli-outline-only-if = seulement si { $condition }
cli-outline-legend = - : non noté ; les parts sont celles du principe et du score global
cli-outline-gates-head = Verrous
cli-outline-gate-on = { $gate } sur { $target }
cli-outline-bands-head = Paliers

## integra migrate
cli-migrate-reason-removed = question supprimée
cli-migrate-reason-option = option plus proposée
cli-migrate-reason-level = niveau absent de la nouvelle échelle
cli-migrate-reason-range = nombre hors limites
cli-migrate-reason-kind = type de question changé
cli-migrate-reason-special = réponse plus permise
cli-migrate-reason-hidden = désormais masquée par une condition
cli-migrate-reason-fit = réponse plus adaptée
cli-migrate-detail = { $message } ({ $hint })
cli-migrate-removed = '{ $question }' n'est pas une question de '{ $id }' version { $version }
cli-migrate-renamed = '{ $question }' n'est pas une question de '{ $id }' version { $version } (renommée en '{ $near }' ?)
cli-migrate-hidden-detail = la réponse est gardée dans le fichier mais ne compte pas tant que la question est masquée
cli-migrate-same = '{ $path }' est la session en cours de migration ; integra ne l'écrase jamais
cli-migrate-same-hint = omettez -o, ou indiquez un autre fichier
cli-migrate-exists = '{ $path }' existe déjà
cli-migrate-exists-hint = indiquez un autre fichier avec -o, ou passez --force pour le remplacer
cli-migrate-wrote = { $path } écrit pour le référentiel '{ $id }' version { $version }.
cli-migrate-carried = Repris : { $answers } sur { $total ->
    [one] { $total } réponse
   *[other] { $total } réponses
} et { $notes } sur { $notes_total ->
    [one] { $notes_total } note
   *[other] { $notes_total } notes
}
cli-migrate-carried-hidden = { " " }; { $count ->
    [one] { $count } réponse reprise est désormais masquée par une condition (gardée, non comptée)
   *[other] { $count } réponses reprises sont désormais masquées par une condition (gardées, non comptées)
}
cli-migrate-complete = Tout a été repris.
cli-migrate-note-on = note sur '{ $question }'
cli-migrate-answer-to = réponse à '{ $question }'
cli-migrate-condition-at = la condition se trouve en { $place }
cli-migrate-original = L'original est inchangé : { $path } contient toujours toutes les réponses.

## Référentiel introuvable, refus des rapports et portefeuilles
cli-no-framework = aucun référentiel n'a l'id '{ $id }'
cli-hint-not-framework = la session désigne '{ $path }' comme fichier du référentiel '{ $id }', mais '{ $path }' n'est pas un référentiel qu'integra peut lire comme '{ $id }'
cli-hint-not-framework-hint = installez le référentiel '{ $id }' (voir `integra frameworks`) ou passez --framework ; `integra validate FICHIER` montre ce qui ne va pas dans un fichier de référentiel auquel vous faites confiance
cli-no-framework-near = vouliez-vous dire '{ $near }' ? (`integra frameworks` les liste tous)
cli-no-framework-hint = `integra frameworks` liste les référentiels disponibles
cli-report-format-unknown = impossible de déduire le format du rapport de '.{ $ext }' dans '{ $path }'
cli-report-format-unknown-hint = nommez le fichier .md, .html, .txt, .json, .csv ou .docx, ou passez --format
cli-report-by-principle = --by principle est une mise en page CSV, pas { $format }
cli-report-by-principle-hint = ajoutez --format csv
cli-report-binary = un rapport Word est un fichier binaire, pas pour le terminal
cli-report-binary-hint = passez -o report.docx
cli-aggregate-format-unknown = impossible de déduire le format du portefeuille de '{ $path }'
cli-aggregate-format-unknown-hint = nommez le fichier .md, .html ou .csv, ou passez --format
cli-aggregate-no-sessions = aucun fichier de session indiqué
cli-aggregate-other-item = '{ $path }' relève de '{ $id }'
cli-aggregate-other-frameworks = ces sessions n'ont pas été remplies avec le référentiel '{ $id }', leurs scores ne peuvent donc pas partager son tableau :
cli-aggregate-other-frameworks-hint = regroupez séparément les sessions de chaque référentiel, ou passez --framework pour choisir lequel

## Ouverture d'une session enregistrée
cli-session-no-framework = cette session est pour le référentiel '{ $id }', qui n'est pas disponible ici ; placez son fichier dans ./frameworks ou passez --framework PATH
cli-session-no-backup = certaines réponses de '{ $path }' ne correspondent plus au référentiel '{ $id }', et aucune sauvegarde n'a pu être écrite avant : { $error }
cli-score-hash-changed = le référentiel '{ $id }' a changé depuis l'enregistrement de ces réponses (son empreinte diffère) ; la notation utilise le texte actuel
cli-score-version-changed = ces réponses ont été données avec '{ $id }' version { $was } ; la notation utilise la version { $now }

## forget et new : refus
cli-forget-missing = '{ $path }' n'existe pas
cli-forget-not-file = '{ $path }' n'est pas un fichier ordinaire ; integra ne supprime que les fichiers de session qu'il a enregistrés
cli-forget-not-session = '{ $path }' n'est pas une session integra, il n'est donc pas touché : { $why }
cli-forget-no-session-table = il n'a pas de table [session] (fichier de réponses écrit à la main ou par un autre outil)
cli-new-bad-id = '{ $name }' ne peut pas être un id de référentiel : { $why }
cli-new-bad-id-hint = un id utilise les lettres a-z, les chiffres, '-' et '_', par ex. `integra new peer-services`
cli-new-bad-char = '{ $char }' n'est pas permis (seulement des lettres a-z sans accent)
cli-new-no-letters = il ne contient ni lettre ni chiffre
cli-new-too-long = il fait { $length } caractères ; un id en a au plus 100
cli-new-no-folder = ce système n'a pas de dossier pour les référentiels de l'utilisateur (pas de dossier personnel ?)
cli-new-no-folder-hint = passez -o PATH pour dire où écrire le fichier
cli-new-taken = un référentiel d'id '{ $id }' existe déjà ({ $origin })
cli-new-taken-hint = choisissez un autre NAME ; pour adapter ce référentiel, utilisez `integra new NEW-NAME --from { $id }`

## --help
help-usage = Utilisation :
help-commands = Commandes
help-arguments = Arguments
help-options = Options
help-about = Un assistant en terminal qui mesure à quel point les programmes VIH, SDSR et réduction des risques sont prêts à intégrer leurs services pour les personnes qui consomment des drogues
help-arg-no-save = Ne rien écrire avant l'export (pour `integra` seul ; aussi `integra run --no-save`)
help-flag-help = Afficher l'aide
help-flag-version = Afficher la version
help-cmd-frameworks = Lister les référentiels disponibles : id, version, titre et provenance
help-cmd-validate = Vérifier des fichiers de référentiel et signaler chaque problème avec sa ligne et sa colonne
help-cmd-validate-arg-paths = Fichiers de référentiel à vérifier
help-cmd-validate-arg-lang = Langue des messages (en, fr, es, ru) ; par défaut celle de l'environnement
help-cmd-score = Noter un fichier de réponses et afficher le tableau des scores
help-cmd-score-arg-answers = Le fichier de réponses (TOML) : `framework = "id"`, `[meta]`, `[answers]`, `[notes]`
help-cmd-score-arg-framework = Id ou chemin du référentiel (par défaut : l'id indiqué par le fichier de réponses)
help-cmd-score-arg-lang = Langue du texte du référentiel (par défaut : celle du fichier de réponses, sinon l'anglais)
help-cmd-schema = Afficher le schéma JSON du format des référentiels, pour la complétion dans l'éditeur (Taplo, VS Code)
help-cmd-run = Ouvrir l'assistant (comme `integra` seul), sur n'importe quel référentiel ou fichier de session
help-cmd-run-arg-framework = Id ou chemin du référentiel à présélectionner (par défaut : le référentiel intégré par défaut)
help-cmd-run-arg-session = Fichier de session à reprendre, ou à créer s'il n'existe pas (par défaut : un nouveau fichier dans le dossier de données, ou une session enregistrée choisie sur l'écran d'accueil)
help-cmd-run-arg-lang = Langue du texte du référentiel (par ex. en, fr, es, ru)
help-cmd-run-arg-present = Mode projecteur : grand, contrasté, moins de mots (`p` l'active ou le coupe)
help-cmd-run-arg-ascii = Dessiner uniquement avec des caractères ASCII, pour les terminaux sans caractères de cadre
help-cmd-run-arg-no-save = Ne rien écrire avant l'export : l'export écrit les rapports et le fichier de session
help-cmd-preview = Vérifier un fichier de référentiel, puis le parcourir dans l'assistant sans rien enregistrer
help-cmd-preview-arg-file = Le fichier de référentiel à essayer
help-cmd-preview-arg-lang = Langue du texte du référentiel et des messages (par ex. en, fr, es, ru)
help-cmd-preview-arg-present = Mode projecteur : grand, contrasté, moins de mots
help-cmd-preview-arg-ascii = Dessiner uniquement avec des caractères ASCII
help-cmd-outline = Afficher le plan d'un référentiel : principes, questions, poids en parts, verrous et niveaux
help-cmd-outline-arg-framework = Id ou chemin du référentiel (par défaut : le référentiel intégré par défaut)
help-cmd-report = Écrire le rapport d'un fichier de réponses ou de session : résultat, verrous non franchis, scores par principe, plan d'action, notes, chaque réponse et le calcul des scores
help-cmd-report-arg-answers = Le fichier de réponses ou de session (TOML)
help-cmd-report-arg-format = md, html, txt, json, csv, docx ou xlsx (par défaut : d'après l'extension du fichier -o, sinon md)
help-cmd-report-arg-template = Un modèle tera à utiliser à la place du modèle intégré (voir `integra templates`)
help-cmd-report-arg-output = Écrire le rapport dans ce fichier (réservé à vous, mode 0600) au lieu de l'afficher
help-cmd-report-arg-lang = Langue du texte du référentiel (par défaut : celle du fichier de réponses, sinon l'anglais)
help-cmd-report-arg-framework = Id ou chemin du référentiel (par défaut : l'id indiqué par le fichier de réponses)
help-cmd-report-arg-compare = Un fichier de réponses antérieur du même programme : le rapport ajoute ce qui a changé depuis
help-cmd-report-arg-anonymous = Omettre les noms de l'animateur et des participants (le rapport le signale)
help-cmd-report-arg-by = Avec --format csv : une ligne par question (par défaut) ou par principe
help-cmd-aggregate = Un tableau des sessions de plusieurs sites sur le même référentiel : scores, niveaux et verrous non franchis par session, avec la médiane et la moyenne de chaque principe et le nombre par niveau
help-cmd-aggregate-arg-sessions = Les fichiers de réponses ou de session (TOML), tous du même référentiel
help-cmd-aggregate-arg-format = md, html ou csv (par défaut : d'après l'extension du fichier -o, sinon md)
help-cmd-aggregate-arg-output = Écrire le tableau dans ce fichier (réservé à vous, mode 0600) au lieu de l'afficher
help-cmd-aggregate-arg-framework = Id ou chemin du référentiel de notation (par défaut : celui de la première session)
help-cmd-aggregate-arg-template = Un modèle tera à utiliser à la place du modèle d'agrégat intégré
help-cmd-aggregate-arg-lang = Langue du texte du référentiel (par défaut : celle de la première session, sinon l'anglais)
help-cmd-aggregate-arg-anonymous = Indiquer que les noms sont omis (le tableau n'affiche jamais les noms de l'animateur ni des participants)
help-cmd-new = Créer votre propre référentiel : un exemple commenté à modifier, ou la copie d'un autre
help-cmd-new-arg-name = Le nom du nouveau référentiel ; il devient l'id (par ex. `peer-services`)
help-cmd-new-arg-from = Copier ce référentiel (un id ou un chemin) au lieu de partir de l'exemple
help-cmd-new-arg-title = Le titre affiché (par défaut : tiré de NAME)
help-cmd-new-arg-output = Écrire ici (un fichier, ou un dossier où mettre NAME.toml) au lieu de votre dossier de référentiels
help-cmd-migrate = Reporter les réponses, notes et faits d'une session sur une autre révision de son référentiel. Écrit un nouveau fichier de session (l'original n'est jamais modifié) et liste chaque réponse qui n'a pas pu passer, avec la raison. Code de sortie 0 si tout est passé, 3 si le nouveau fichier est écrit mais que quelque chose est resté en arrière ou est désormais masqué
help-cmd-migrate-arg-session = Le fichier de session ou de réponses à reporter
help-cmd-migrate-arg-to = La révision du référentiel : un fichier, ou un id qu'integra sait trouver
help-cmd-migrate-arg-output = Où écrire la nouvelle session (par défaut : à côté de SESSION, nommée NAME-migrated-ID-VERSION.toml)
help-cmd-migrate-arg-force = Remplacer OUT s'il existe (la session d'origine n'est jamais remplacée)
help-cmd-forget = Supprimer une session pour de bon : le fichier, ses sauvegardes et ses restes, d'abord écrasés par des zéros
help-cmd-forget-long =
    Supprimer une session pour de bon : le fichier de session, ses sauvegardes (NAME.toml.bak, NAME.toml.STAMP.bak), les fichiers mis de côté (NAME.toml.STAMP.broken) et les fichiers temporaires laissés par un plantage. Chacun est écrasé par des zéros et écrit sur le disque avant d'être supprimé. integra liste les fichiers et demande d'abord (--yes saute la question), et refuse les fichiers qui ne sont pas des sessions qu'il a enregistrées.

    Ce que l'écrasement ne peut pas faire : sur les SSD, clés USB et cartes mémoire, les anciennes données peuvent rester dans des cellules mises de côté par le support ; les systèmes de fichiers copy-on-write (btrfs, ZFS, APFS), les instantanés et les journaux peuvent garder d'anciennes copies ; les sauvegardes de l'ordinateur, les dossiers synchronisés et les rapports écrits à partir de la session ne sont pas touchés. C'est le chiffrement du disque entier qui protège les données d'un ordinateur perdu ou partagé.
help-cmd-forget-arg-session = Le fichier de session (dans le dossier de données, ou celui passé à `integra run --session`)
help-cmd-forget-arg-yes = Ne pas demander avant de supprimer
help-cmd-templates = Montrer quels modèles de rapport sont utilisés, ou exporter les modèles intégrés pour les modifier
help-cmd-templates-arg-export = Écrire les modèles intégrés dans ce dossier
help-cmd-templates-arg-force = Avec --export : écraser les fichiers de modèle déjà présents
help-cmd-help = Afficher ce message ou l'aide des sous-commandes indiquées
help-flag-help-more = Afficher l'aide (plus de détails avec '--help')

## Report and export errors
report-err-template = le modèle '{ $name }' a échoué :
report-err-read-template = impossible de lire le modèle '{ $path }' : { $error }
report-err-json-template = les rapports JSON n'utilisent pas de modèle : ils sont les données du rapport elles-mêmes (voir docs/report-json.md)
report-err-write = impossible d'écrire '{ $path }' : { $error }
report-err-serialise = impossible de sérialiser le rapport : { $error }
report-err-docx-template = les rapports Word n'utilisent pas de modèle : ils sont construits à partir des données du rapport ; passez --format md ou html pour utiliser un modèle
report-err-docx-as-text = un rapport Word est un fichier binaire, pas du texte ; écrivez-le dans un fichier avec -o rapport.docx
report-err-docx-build = impossible de construire le document Word : { $error }
report-err-xlsx-template = les rapports tableur ne passent pas par un modèle : ils sont construits à partir des données du rapport ; indiquez --format csv pour utiliser un modèle
report-err-xlsx-as-text = un rapport tableur est un fichier binaire, pas du texte ; écrivez-le dans un fichier avec -o rapport.xlsx
report-err-xlsx-build = impossible de construire le classeur : { $error }
report-err-budget-time = le modèle '{ $name }' a été arrêté après { $amount } s : un rapport prend bien moins d'une seconde ; cherchez des boucles imbriquées, ou un texte qui grandit dans une boucle
report-err-budget-output = le modèle '{ $name }' a été arrêté : sa sortie a dépassé { $amount } Mio, bien plus que tout rapport ; cherchez des boucles imbriquées, ou un texte répété dans une boucle
report-err-budget-memory = le modèle '{ $name }' a été arrêté : il a pris plus de { $amount } Mio de mémoire ; cherchez un texte ou une liste qui double dans une boucle
cli-export-save = impossible d'enregistrer '{ $path }' : { $error }
cli-export-write = impossible d'écrire '{ $path }' : { $error }
cli-backup-refuse = '{ $path }' n'est pas une session lisible : il est conservé tel quel plutôt qu'écrasé :

# Wizard fit and finish (issue 14)
ui-key-skip = passer
ui-key-undo = annuler
ui-status-skipped = Laissée sans réponse. Pour répondre, tapez son numéro, ou placez-vous sur une ligne et appuyez sur Entrée.
ui-status-no-option = Il n'y a pas d'option { $n } ici : choisissez de 1 à { $max }.
ui-status-no-numbers = Les chiffres choisissent une option, et cette question n'en a pas : placez-vous sur son champ pour écrire.
ui-status-no-dont-know = Cette question ne propose pas « ne sait pas ».
ui-status-no-na = Cette question ne propose pas « sans objet ».
ui-status-nothing-to-undo = Rien à annuler.
ui-status-undone = Annulé : la dernière modification de « { $question } ».
ui-status-undone-any = Annulé : la dernière modification.
ui-status-edit-cancelled = Modification annulée : le texte est resté tel quel.
ui-status-framework-english = Ce référentiel n'a pas de texte en '{ $lang }' (il est rédigé en { $have }) : ses questions s'affichent en anglais.
ui-marker-english = Référentiel en anglais
ui-editor-cancel = annuler
ui-scroll-position = { $mark } suite  lignes { $from }-{ $to } sur { $total } ({ $keys })
ui-help-tenth = la dixième option (1 à 9 choisissent les neuf premières)
ui-help-undo = annuler la dernière modification d'une réponse ou d'une note
ui-help-move = monter et descendre
ui-help-ends = début / fin
ui-help-page = une page plus haut / plus bas
ui-start-lang-missing = Ce référentiel n'existe qu'en { $have } : ses questions s'afficheront en anglais ; les textes d'integra restent en { $lang }.
ui-results-provisional = Provisoire : seules { $percent } % des questions ont une réponse. Répondez à davantage avant de vous fier à ce niveau.
ui-results-covered = { $answered }/{ $applicable } répondues
ui-results-unsure = { $mark } la part d'un score qui repose sur des questions encore sans réponse (ou « ne sait pas »)
cli-frameworks-same = { $origin } (utilisé ; identique à : { $copies })
help-arg-lang = Langue de l'assistant et du texte des référentiels (comme `integra run --lang`)
help-arg-present = Mode projecteur : grand, contrasté, moins de mots (comme `integra run --present`)
help-arg-ascii = Dessiner uniquement avec des caractères ASCII (comme `integra run --ascii`)
## Sessions: one wizard per file, size and link limits (issue 11)
cli-save-too-big = '{ $path }' ferait { $size } octets, plus que les { $max } octets qu'integra peut relire : il n'a pas été enregistré. Raccourcissez les notes ou réponses libres les plus longues, puis enregistrez de nouveau
cli-save-not-file = '{ $path }' n'est pas un fichier ordinaire (dossier, périphérique ou tube) : aucune session n'y est enregistrée ; choisissez plutôt un nom de fichier
cli-save-link-loop = '{ $path }' est un lien symbolique qui tourne en rond : aucune session n'y est enregistrée ; faites-le pointer vers un fichier, ou choisissez un autre nom
cli-save-changed = '{ $path }' a été modifié par un autre programme (ou un autre integra) depuis sa lecture ici : il n'a pas été remplacé, ce qui aurait perdu ce qui y a été écrit
ui-save-changed = '{ $path }' a été modifié par un autre programme (ou un autre integra) depuis son ouverture ici : il n'a pas été écrasé. Enregistrez vos réponses sous le nom ci-dessous ; le fichier sur le disque reste tel quel, et vous pourrez comparer les deux ensuite.
ui-session-in-use = '{ $path }' est ouvert dans un autre integra (processus { $pid } sur '{ $host }'). Fermez-le d'abord là-bas, ou ouvrez une copie du fichier, pour que personne ne perde les réponses de l'autre.
ui-editor-full = Plein : { $max } caractères au plus ici ; rien de plus n'est pris
ui-folder-loose = Le dossier '{ $path }' est modifiable par d'autres utilisateurs de cet ordinateur, qui pourraient remplacer ou supprimer les fichiers de cette session. Gardez la session dans un dossier privé (chmod 700).
ui-folder-loose-title = Un dossier modifiable par d'autres
diag-gate-tiers-and-plain = le verrou '{ $id }' a des `[[gates.tiers]]` et aussi '{ $key }'
diag-gate-tiers-and-plain-hint = un verrou a soit des paliers (chacun avec son minimum et son `cap`), soit un seul `min_level`/`min_score` avec un `cap` facultatif : déplacez cette clé dans un palier ou supprimez-la
diag-gate-tiers-empty = le verrou '{ $id }' a une liste 'tiers' vide : il n'a aucun minimum et ne peut jamais échouer
diag-gate-tiers-empty-hint = ajoutez des tables `[[gates.tiers]]`, chacune avec `min_level` ou `min_score` et un `cap`, ou retirez `tiers` et donnez au verrou un seul `min_level` ou `min_score`
diag-gate-tier-threshold = le palier { $tier } du verrou '{ $id }' demande exactement un de 'min_level' ou 'min_score'
diag-coverage-fraction = '{ $key }' vaut { $value } ; la couverture est une fraction de 0 à 1
diag-coverage-fraction-hint = écrivez une fraction, par exemple `0.8` pour 80 % des questions notées applicables avec une réponse

## Authoring: reading past mistakes, revisions, translation kits
diag-note = note
diag-id-first-copy = le premier id '{ $id }' ({ $what }) est à la ligne { $line }
diag-toml-curly-quotes = il faut des guillemets droits (") ; cette ligne a des guillemets typographiques
diag-toml-curly-quotes-hint = remplacez “ ” ‘ ’ « » par le " du clavier (les traitements de texte changent les guillemets à la frappe : éditez les référentiels dans un éditeur de texte brut)
diag-toml-unclosed-string = ce texte n'a pas de guillemet fermant : une chaîne doit finir sur la ligne où elle commence
diag-toml-unclosed-string-hint = ajoutez le " fermant à la fin du texte, ou écrivez un texte sur plusieurs lignes entre """ et """
diag-toml-unquoted = cette valeur doit être entre guillemets : un texte s'écrit entre guillemets droits doubles
diag-toml-unquoted-hint = mettez le texte entre guillemets, par ex. `title = "Formation du personnel"`
diag-toml-duplicate = cette clé ou cette table est écrite une deuxième fois
diag-toml-duplicate-hint = écrivez chaque clé une seule fois par table ; chaque échelle, principe, question, verrou et palier commence par son propre en-tête à doubles crochets, comme [[scales]]
diag-toml-assignment = une clé doit être suivie de `=` et d'une valeur sur la même ligne
diag-toml-assignment-hint = écrivez `clé = valeur`, par ex. `weight = 2`
diag-toml-comma = il manque une virgule entre deux éléments
diag-toml-comma-hint = séparez par des virgules les éléments d'une liste et les entrées de `{ "{" } ... { "}" }`
diag-toml-unclosed = un crochet ou une accolade ouvert ici n'est pas fermé
diag-toml-unclosed-hint = fermez chaque [ par ] et chaque { "{" } par { "}" } ; une table `{ "{" } ... { "}" }` doit tenir sur une ligne
diag-toml-key = ce n'est pas une clé valide : une clé ne contient que des lettres, des chiffres, '-' et '_'
diag-toml-key-hint = cherchez un `=` manquant ou un caractère en trop, ou mettez la clé entre guillemets
diag-checks-skipped = les autres vérifications n'ont pas eu lieu : le fichier n'a pas pu être lu au-delà des erreurs de syntaxe ci-dessus
diag-checks-skipped-hint = corrigez les lignes indiquées, puis relancez `integra validate` pour voir tous les autres problèmes
diag-single-bracket = utilisez [[{ $name }]] (deux crochets) pour chaque élément ({ $what }) : un seul crochet désigne une table unique
diag-single-bracket-hint = chaque élément d'une liste commence par son propre en-tête à doubles crochets : écrivez [[{ $name }]] ici
diag-move-above-questions = placez cette clé au-dessus du premier [[principles.questions]] : toute clé sous cet en-tête appartient à la question
diag-weight-below-question = ce 'weight' pondère la question '{ $id }', pas le principe '{ $principle }' (qui garde le poids 1)
diag-type-text-hint = écrivez-le comme un texte entre guillemets : `{ $key } = "{ $value }"`
diag-band-inclusive-hint = un palier inclut son 'min' et s'arrête juste avant son 'max' : écrivez `max = { $at }` dans le palier '{ $other }', pour qu'un score de { $between } ait un palier
diag-toml-control = cette ligne contient un caractère de contrôle invisible ({ $code }), que TOML n'accepte pas dans un texte
diag-toml-control-hint = supprimez-le (il vient souvent d'un copier-coller depuis un autre programme) ; pour le garder exprès, écrivez-le sous forme d'échappement, par ex. \u0000
cli-no-framework-nearby = '{ $file }' dans ce dossier a cet id : indiquez-le avec `--framework { $file }` (ou déplacez-le dans ./frameworks)
cli-framework-chosen = utilisé pour le référentiel '{ $id }' : '{ $file }' (version { $version }) ; trouvés aussi : { $others }
verdict-gate-binding = Le verrou '{ $id }' maintient le niveau à « { $band } » : { $reason }
verdict-gate-not-assessed-binding = Le verrou '{ $id }' n'est pas encore évalué et maintient le niveau à « { $band } » : { $reason }
verdict-gate-not-binding = Le verrou '{ $id }' n'est pas franchi mais n'abaisse pas le niveau pour l'instant (seul, il permettrait jusqu'à « { $band } ») : { $reason }
verdict-gate-not-assessed-not-binding = Le verrou '{ $id }' n'est pas encore évalué mais n'abaisse pas le niveau pour l'instant (seul, il permettrait jusqu'à « { $band } ») : { $reason }
verdict-coverage-binding = Trop peu de réponses pour parler de « { $band } » : { $answered } sur { $applicable } ont une réponse, il en faut { $needed } ; le niveau reste à « { $cap } »
verdict-coverage-not-binding = Trop peu de réponses pour parler de « { $band } » : { $answered } sur { $applicable } ont une réponse, il en faut { $needed } (cela n'abaisse pas le niveau pour l'instant)
verdict-dont-know-binding = « Ne sait pas » ne vaut pas réussite : en comptant { $questions } comme la réponse la plus basse, le niveau reste à « { $cap } »
verdict-dont-know-not-binding = « Ne sait pas » ne vaut pas réussite : en comptant { $questions } comme la réponse la plus basse, on irait jusqu'à « { $cap } » (cela n'abaisse pas le niveau pour l'instant)
verdict-lift = { $steps } pour atteindre « { $band } »
verdict-score-alone = le score seul atteint « { $band } »
verdict-step-fix = corrigez { $gates }
verdict-step-find-out = renseignez { $questions }
verdict-step-answer = répondez à { $count } { $count ->
    [one] question
   *[other] questions
} de plus
verdict-and = et
verdict-heading = Pourquoi ce niveau
verdict-action-find-out = Trouvez la réponse : « ne sait pas » ne vaut pas réussite.
verdict-action-find-out-then = Trouvez la réponse (« ne sait pas » ne vaut pas réussite) ; si elle est basse : { $recommendation }
report-rule-tier = { $rule } (en dessous, plafonné à « { $band } »)
diag-gate-tier-never-fails = le palier { $tier } du verrou '{ $id }' ne peut jamais échouer une fois la question répondue
diag-gate-top-cap = le verrou '{ $id }' plafonne à '{ $band }', le niveau le plus haut : il ne peut jamais abaisser le verdict
diag-gate-tier-top-cap = le palier { $tier } du verrou '{ $id }' plafonne à '{ $band }', le niveau le plus haut : il ne peut jamais abaisser le verdict
diag-gate-top-cap-hint = plafonnez à un niveau plus bas (un cran sous le plus haut est l'usage pour « en partie en place »), ou supprimez-le
diag-gate-weak = le verrou '{ $id }' sur '{ $question }' laisse passer tous les niveaux sauf le plus bas : { $levels }
diag-gate-weak-hint = un verrou garde un minimum sûr en pratique ; si « pas le pire » ne suffit pas, relevez-le, par exemple `min_level = { $level }`
diag-gate-between-levels = le verrou '{ $id }' a min_score { $score } sur la notation '{ $question }', dont les niveaux sont notés selon leur rang : seul{ $count ->
    [one] {""}
   *[other] s
} { $levels } { $count ->
    [one] passe
   *[other] passent
}
diag-gate-between-levels-hint = sur cette échelle à { $n } niveaux, les niveaux valent { $scores }, pas des pourcentages ; écrivez `min_level = { $level }` pour nommer le plus bas niveau qui passe
diag-gate-hidden = le verrou '{ $id }' est franchi chaque fois que la question '{ $question }' est masquée, et elle n'est posée que si { $condition }
diag-gate-hidden-hint = integra ne peut pas savoir si les programmes à qui cette condition masque la question sont les plus à risque ; s'ils peuvent l'être, posez-la-leur aussi (élargissez `show_if`, par exemple aux programmes qui le prévoient) ou mettez aussi un verrou sur la question que regarde la condition ; sinon, dites-le avec `safe_when_hidden = true`
diag-lowest-min-coverage = le niveau '{ $id }' est le plus bas : son 'min_coverage' est sans effet
diag-lowest-min-coverage-hint = avec trop peu de réponses le verdict reste au niveau le plus bas, qui n'a donc pas besoin de minimum ; supprimez la clé, ou mettez-la sur le niveau au-dessus
diag-gate-hidden-risky = le verrou '{ $id }' est franchi chaque fois que la question '{ $question }' est masquée, et ce sont les réponses les plus basses qui la masquent : elle n'est posée que si { $condition }
diag-gate-hidden-risky-hint = les programmes aux réponses les plus faibles sautent cette question et franchissent donc le verrou ; posez-la-leur aussi (élargissez `show_if`) ou mettez un verrou sur la question que regarde la condition
diag-renamed-current = la question '{ $id }' est renommée depuis '{ $old }', qui est encore l'id d'une question
diag-renamed-current-hint = les réponses données sous '{ $old }' iraient à la question '{ $other }' : retirez `renamed_from` ici ou corrigez-le
diag-renamed-twice = la question '{ $id }' est renommée depuis '{ $old }', tout comme la question '{ $other }'
diag-renamed-twice-hint = un ancien id ne peut passer qu'à une seule question : gardez `renamed_from` sur celle qui l'a remplacée
diag-renamed-option = l'option '{ $option }' de la question '{ $id }' est renommée depuis '{ $old }', qu'une autre option porte ou réclame
diag-renamed-option-hint = donnez au `renamed_from` de chaque option un ancien id qu'aucune option actuelle ne porte ni ne réclame
cli-migrate-renamed-carried = La réponse à '{ $from }' répond maintenant à '{ $to }' (renommée dans cette révision).
cli-migrate-old-missing = La révision pour laquelle cette session a été remplie ({ $from }) est introuvable : les changements de sens et les nouvelles questions ne sont pas listés. Placez ce fichier de référentiel à côté de la session ou dans ./frameworks pour les voir.
cli-migrate-meaning-head = Conservées, mais elles ne veulent plus dire la même chose que dans { $id } { $version } ; vérifiez-les avec l'équipe :
cli-migrate-meaning = '{ $question }' = { $answer } : c'était { $before }, c'est maintenant { $now }
cli-migrate-new-questions = { $count ->
    [one] Une question est nouvelle dans cette révision et reste à poser : { $ids }
   *[other] { $count } questions sont nouvelles dans cette révision et restent à poser : { $ids }
}
report-earlier-own-version = Les réponses précédentes sont notées avec la version pour laquelle elles ont été données, « { $was } » ; les réponses actuelles avec « { $now } ». Des questions ont pu changer entre les deux : comparez les scores avec prudence.
cli-compare-own-version = les réponses précédentes sont notées avec leur propre version '{ $version }' ({ $file })
cli-compare-version-missing = la version '{ $version }' de '{ $id }' est introuvable : les réponses précédentes sont notées avec la version '{ $now }' ; placez ce fichier de référentiel à côté des réponses précédentes pour les noter avec leur propre version
help-cmd-translate = Écrire un kit de traduction : chaque texte d'un référentiel dans un bloc `[translations.LANG]` prêt à remplir, les traductions dont l'anglais a changé étant marquées CHECK
help-cmd-translate-arg-file = Le fichier du référentiel
help-cmd-translate-arg-lang = La langue cible (par ex. fr, es, ru, pt)
help-cmd-translate-arg-output = Écrire le bloc dans ce fichier (privé, mode 0600) au lieu de l'afficher
cli-translate-lang = '{ $lang }' n'est pas une langue cible
cli-translate-lang-hint = donnez un code de langue comme fr, es, ru ou pt (l'anglais est le texte lui-même)
cli-translate-header =
    Traduction de '{ $id }' { $version } en '{ $lang }', écrite par `integra translate`.
    Remplissez chaque text = "" vide avec la traduction de l'anglais au-dessus ; gardez les clés et les empreintes source.
    Les entrées marquées CHECK ont été traduites d'un anglais plus ancien : vérifiez-les, puis recopiez la nouvelle empreinte dans source.
    Placez ce bloc à la fin du fichier du référentiel, à la place de toute table [translations.{ $lang }] déjà présente.
cli-translate-summary = { $todo } à traduire, { $check } à vérifier, { $done } à jour. Placez le bloc à la fin de { $file } (à la place de toute table [translations.{ $lang }]), puis lancez `integra validate { $file } --lang { $lang }`.
diag-translation-stale = l'anglais de '{ $key }' a changé depuis sa traduction en '{ $lang }'
diag-translation-stale-hint = vérifiez la traduction par rapport au nouvel anglais, puis écrivez source = "{ $source }" (`integra translate --lang { $lang }` liste chaque entrée à vérifier)
cli-translate-check = l'anglais ci-dessus a changé depuis cette traduction ; une fois la traduction vérifiée, écrivez source = "{ $source }"
diag-weight-below-question-hint = s'il est destiné au principe '{ $principle }', placez-le au-dessus du premier [[principles.questions]] ; s'il est destiné à la question, donnez au principe son propre `weight` pour le signifier
ui-help-quit-nosave = quitter (avec confirmation ; les réponses non exportées sont perdues)
ui-help-quit-preview = quitter (un aperçu n'enregistre rien)
diag-toml-duplicate-key = '{ $key }' est écrit une deuxième fois dans cette table
diag-toml-unclosed-multiline = ce texte sur plusieurs lignes n'est jamais fermé
diag-toml-unclosed-multiline-hint = terminez-le par les trois mêmes guillemets qui l'ouvrent, là où le texte s'arrête
diag-toml-boolean = ce n'est ni 'true' ni 'false'
diag-toml-boolean-hint = écrivez `true` ou `false` en minuscules, sans guillemets
diag-toml-number = ce nombre n'est pas écrit comme TOML lit les nombres
diag-toml-number-hint = écrivez des chiffres avec au plus un '.', par ex. `weight = 1.5` ; sans zéro en tête, sans espace, sans unité (mettez le texte entre guillemets)
diag-toml-list-item = un élément de cette liste n'est pas valide : manque-t-il une virgule ou des guillemets ?
diag-toml-list-item-hint = séparez les éléments par des virgules et mettez le texte entre guillemets, par ex. `["a", "b"]` ou `[1, 2]`
diag-header-unclosed = cet en-tête n'est pas fermé : écrivez { $header }
diag-header-unclosed-hint = un en-tête se ferme avec autant de crochets qu'il en ouvre
diag-renamed-reference = la question '{ $old }' s'appelle maintenant '{ $new }' : utilisez le nouvel id
verdict-more = { $count } autres

# Report summary (page one) and gate-aware actions
report-h-summary = Synthèse
report-summary-band = Préparation : { $band } · score { $score } / 100 · { $answered } questions répondues sur { $applicable }
report-summary-no-score = Pas encore de score · { $answered } questions répondues sur { $applicable }
report-summary-gates = Ce qui retient le niveau
report-summary-more-gates = { $n ->
    [one] et un autre verrou : voir la section Résultat
   *[other] et { $n } autres verrous : voir la section Résultat
}
report-summary-answer = Réponse : { $answer }
report-summary-unanswered = Pas encore de réponse
report-summary-note = Note : { $note }
report-summary-actions = Premières actions
report-summary-points = { $points } points en jeu
report-action-holds-band = retient le niveau

## Reports: arithmetic, detail and CSV locale (issue 15)
report-list-sep = { " ; " }
report-actions-how = Ordre des actions : d'abord celles qui portent sur une question qui retient le niveau (une barrière non franchie, ou une réponse « ne sait pas », qui maintient le niveau bas), puis par points en jeu, c'est-à-dire la part de la question dans le poids total × son écart à la note maximale × 100.
report-arithmetic-intro = Pour vérifier chaque score : la part d'une question est son poids divisé par le poids qui a compté dans son principe (les questions avec une réponse notée), et elle apporte part × score ÷ 100 au score du principe. Les parts font 100 % et les apports des questions font le score du principe (à l'arrondi près).
report-col-share = Part
report-col-contribution = Apport
report-sum = Somme
report-arith-line = poids { $weight } · part { $share } % · apport { $adds }
report-arith-none = poids { $weight } · non compté
report-arith-sum = Somme : poids { $weight } · part 100 % · score { $score }
cli-report-detail-format = --detail vaut pour les rapports Markdown, HTML, texte et Word, pas pour { $format }
cli-report-detail-format-hint = ajoutez --format md, html, txt ou docx, ou retirez --detail
cli-report-csv-locale-format = --csv-locale vaut pour les rapports CSV, pas pour { $format }
cli-report-csv-locale-format-hint = ajoutez --format csv, ou retirez --csv-locale
help-cmd-report-arg-detail = md, html, txt et docx : full (par défaut) ou summary (résumé de la première page et détail par principe, sans l'annexe question par question)
help-cmd-report-arg-csv-locale = CSV pour un tableur dans cette langue : en (`,` et point décimal, par défaut), fr, es ou ru (`;` et virgule décimale), ou auto (la langue du rapport)
agg-h-heatmap = Principes par site
agg-heatmap-intro = Chaque case est le score d'un site pour un principe, teinté selon le niveau où tombe ce score : plus le bleu est foncé, plus le site est prêt ; l'orange est le niveau le plus bas. La ligne du score global est teintée selon le niveau atteint par chaque site, et ↓ signale un niveau que des barrières non franchies retiennent sous son score. Un tiret signifie qu'aucune question notée n'y a reçu de réponse.
cli-aggregate-csv-only = { $flag } vaut pour le portefeuille CSV, pas pour { $format }
cli-aggregate-csv-only-hint = ajoutez --format csv, ou retirez cette option
help-cmd-aggregate-arg-stats = Avec --format csv : la médiane, la moyenne et le nombre de chaque score au lieu d'une ligne par session
help-cmd-aggregate-arg-csv-locale = CSV pour un tableur dans cette langue : en (`,` et point décimal, par défaut), fr, es ou ru (`;` et virgule décimale), ou auto (la langue du portefeuille)
# Erreurs des commandes autrefois écrites seulement en anglais (issue 12).
cli-cannot-write = impossible d'écrire '{ $path }' : { $error }
cli-new-internal-load = integra a produit un référentiel qui ne se charge pas ; c'est un défaut d'integra :
cli-new-internal-field = integra ne trouve pas '{ $key }' dans le référentiel à copier ; c'est un défaut d'integra
cli-internal-hint = merci de le signaler à qui vous a fourni integra, avec la commande lancée et le référentiel utilisé
cli-new-source-unreadable = impossible de lire le fichier du référentiel '{ $id }' pour le copier
cli-new-source-unreadable-hint = vérifiez que le fichier existe toujours et peut être lu, ou copiez-le par son chemin avec --from PATH
ui-restore-failed = impossible de remettre la sauvegarde de '{ $path }' à sa place : { $error }
## Presenter view and compare with last time (issue 13)
ui-present-overall = Préparation globale
ui-present-out-of = sur 100
ui-present-principle = Principe { $n } sur { $total }
ui-present-no-gates = Tous les seuils sont franchis : aucun ne retient le niveau.
ui-present-answer = Réponse : { $answer }
ui-present-page = Page { $n } sur { $total } : { $keys } pour passer de l'une à l'autre
ui-too-small-present = Le mode projecteur demande la même taille : réduisez la police (Ctrl et moins dans la plupart des terminaux) jusqu'à ce que la fenêtre compte { $size } caractères.
ui-compare-since = { $change } points depuis { $when }
ui-compare-band = niveau { $change }
ui-compare-no-score = Pas de score à comparer avec { $when }.
ui-compare-gates = Seuils qui ont changé depuis { $when }
ui-compare-gates-same = Aucun seuil n'a changé depuis { $when }.
ui-compare-title = Comparer avec une évaluation précédente
ui-compare-intro = Évaluations précédentes de ce cadre, de la plus récente à la plus ancienne. Choisissez-en une : les résultats montrent alors ce qui a changé depuis.
ui-compare-clear = Aucune comparaison
ui-compare-none = Aucune évaluation précédente de '{ $framework }' n'est enregistrée dans le dossier des sessions. Les évaluations enregistrées là sur le même cadre apparaissent ici.
ui-compare-loaded = Comparaison avec '{ $file }'. Appuyez sur b pour en choisir une autre, sur x pour arrêter la comparaison.
ui-compare-failed = Impossible de comparer avec '{ $file }' : { $error }
ui-compare-cleared = Aucune comparaison : les résultats montrent cette évaluation seule.
ui-compare-dropped = { $count } de ses réponses ne correspondent plus au cadre : elles sont laissées hors de la comparaison.
ui-compare-heading = Comparé avec { $when }
ui-key-compare = comparer
ui-key-step = passer
ui-key-stop-compare = arrêter la comparaison
ui-help-compare = comparer avec une évaluation précédente du même cadre
ui-help-stop-compare = arrêter la comparaison
ui-help-step = mode projecteur : page précédente / suivante
## Workshop mode: roles, votes, divergence
role-staff = Personnel
role-peer = Pair / communauté
role-clinician = Clinicien·ne
role-manager = Responsable
role-partner = Partenaire
role-other = Autre
diag-what-role = rôle
diag-minutes-zero = le principe '{ $id }' a un temps prévu de 0 minute
diag-minutes-hint = indiquez les minutes que l'atelier doit y consacrer, par exemple `minutes = 20`, ou retirez 'minutes'
diag-divergence-gap = 'divergence_gap' vaut { $value } ; c'est une fraction de l'étendue des réponses d'une question, supérieure à 0 et au plus 1
diag-divergence-gap-hint = écrivez une fraction, par exemple `0.5` pour la moitié de l'échelle (la valeur par défaut), ou retirez 'divergence_gap'
workshop-bad-participant = un participant de '[session]' n'a pas d'identifiant 'id' ou pas de rôle 'role' et a été laissé de côté
workshop-votes-unknown-question = les votes sur la question '{ $question }' ont été laissés de côté : le référentiel n'a pas cette question
workshop-vote-unfit = le vote de '{ $voter }' a été laissé de côté : { $problem }
workshop-role-gap = '{ $lower }' note '{ $question }' { $amount } plus bas que '{ $higher }'
workshop-amount-levels = de { $points } points
workshop-amount-percent = de { $points } points de pourcentage
workshop-amount-number = de { $points }
report-h-workshop = Les votes de la salle
report-workshop-intro = { $participants ->
        [0] Aucun participant n'a été enregistré.
        [one] Un participant a été enregistré.
       *[other] { $participants } participants ont été enregistrés.
    } Les votes sur une question divergent quand ils s'étendent sur plus de { $gap } % de l'étendue de ses réponses. C'est le consensus fixé par la salle qui compte pour le score.
report-h-divergent = Là où les votes ont divergé
report-no-divergent = Les votes n'ont divergé sur aucune question.
report-consensus = Consensus retenu pour le score : { $answer }
report-no-consensus = Pas encore de consensus : la question compte comme sans réponse.
report-h-roles = Score moyen de chaque rôle par principe (0–100)
report-parked = Encore en attente :
ui-export-short = Rapport court : sans l'annexe question par question

## Mode atelier dans l'assistant : participants à l'écran de préparation, votes sur une question
ui-setup-people = Participants de l'atelier
ui-setup-people-privacy = Un rôle pour chacun. Les initiales suffisent : aucun nom n'est nécessaire, et rien d'autre n'est gardé sur une personne.
ui-setup-add-person = Ajouter un participant
ui-key-role = rôle
ui-key-remove = retirer
ui-key-add = ajouter
ui-key-votes = votes
ui-key-vote = voter
ui-key-pass = passer
ui-key-take-back = reprendre
ui-key-consensus = consensus
ui-key-counts = décompte
ui-key-votes-end = fin des votes
ui-votes-title = Votes :
ui-votes-consensus = Consensus
ui-votes-counting = Décompte : chaque touche ajoute une personne à cette réponse.
ui-votes-no-text = Pas de vote sur les questions à réponse libre.
ui-votes-none-ticked = rien de coché
ui-votes-range = Les chiffres de la salle : de { $low } à { $high }.
ui-votes-type-range = Chiffre le plus bas et le plus haut (ex. 3-12), puis Entrée :
ui-votes-diverge = Les votes divergent, de '{ $low }' à '{ $high }' : discutez avant de fixer le consensus.
ui-votes-consensus-set = Consensus : '{ $answer }'. Entrée passe à la question suivante.
ui-votes-suggest = Entrée retient '{ $answer }' comme consensus, ou appuyez sur la touche d'une autre réponse.
ui-status-votes-on = Saisie des votes activée : tapez la réponse de chaque participant à son tour. v l'arrête.
ui-status-votes-off = Saisie des votes arrêtée : les touches répondent de nouveau pour la salle.
ui-status-votes-counts = Décompte anonyme : chaque touche ajoute une personne à cette réponse.
ui-status-votes-named = Un vote par participant, à tour de rôle. c vote plutôt par groupe de rôle.
ui-status-votes-nothing = Aucun vote à reprendre sur cette question.
ui-status-votes-none = Pas encore de vote : tapez la réponse de chaque participant, ou v pour arrêter la saisie.
ui-status-votes-diverge = Les votes divergent : discutez, puis tapez la touche de la réponse retenue.
ui-status-votes-diverge-counts = Les votes divergent : discutez, puis tapez v et choisissez la réponse retenue.
ui-status-votes-tie = Les votes ne désignent aucune réponse unique : tapez la touche de la réponse retenue.
ui-status-consensus = Consensus '{ $answer }' retenu.
ui-status-range-invalid = '{ $typed }' n'est pas un intervalle : tapez le chiffre le plus bas et le plus haut, par exemple 3-12.
ui-help-votes = saisie des votes (chacun répond à son tour)
ui-help-vote-keys = la réponse du participant en cours, puis le suivant
ui-help-vote-pass = passer un participant (absent, abstention)
ui-help-vote-back = reprendre le dernier vote ou décompte
ui-help-vote-move = choisir qui vote à la prochaine touche
ui-help-vote-enter = retenir le consensus proposé, puis continuer
ui-help-vote-counts = par participant, par groupe de rôle ou en décompte
ui-help-vote-range = question chiffrée : le plus bas-le plus haut
ui-help-person-role = changer le rôle du participant
ui-help-person-remove = retirer le participant
report-err-engine-stopped = le moteur de modèles s'est arrêté de façon inattendue
report-err-aggregate-format = le tableau d'ensemble existe en md, html ou csv
cli-merge-exists = '{ $path }' existe déjà ; integra merge n'écrase jamais un fichier
cli-merge-exists-hint = donnez un autre nom de fichier avec -o, ou déplacez d'abord l'ancien fichier
cli-merge-other-framework = '{ $path }' est une session de '{ $id }' version { $version }, pas de '{ $first_id }' version { $first_version } comme '{ $first }' : seules des sessions d'un même référentiel et d'une même version peuvent être fusionnées
cli-merge-other-framework-hint = fusionnez séparément les sessions de chaque référentiel, ou portez d'abord l'ancienne session sur le nouveau référentiel avec `integra migrate`
cli-merge-unfit-vote = '{ $path }' : { $problem } ; rien n'a été fusionné, pour qu'aucun vote ne soit perdu. Ouvrez la session dans l'assistant pour voir ce qui a changé, puis fusionnez à nouveau
cli-merge-wrote = { $n } sessions fusionnées dans '{ $path }'.
cli-merge-conflicts = { $n ->
        [0] Les groupes sont d'accord partout où ils ont répondu à la même question.
        [one] Un désaccord à régler ensemble (la réponse de chaque groupe est gardée comme son vote) :
       *[other] { $n } désaccords à régler ensemble (la réponse de chaque groupe est gardée comme son vote) :
    }
cli-merge-conflict-answer = '{ $question }' : { $answers } (pas de consensus fixé)
cli-merge-conflict-fact = { $key } : { $values } (tout est gardé)
cli-merge-conflict-action = responsable ou échéance de l'action sur '{ $question }' (tout est gardé)
help-cmd-merge = Réunir les sessions de groupes de travail sur un même référentiel en une session d'atelier : les réponses de chaque groupe deviennent ses votes, les notes restent avec leur groupe, les désaccords sont listés
help-cmd-merge-arg-sessions = Les fichiers de session des groupes (deux ou plus, d'un même référentiel et d'une même version)
help-cmd-merge-arg-output = Le fichier de session fusionné à écrire (réservé à vous, mode 0600) ; jamais écrasé
help-cmd-merge-arg-framework = Id ou chemin du référentiel (par défaut : celui que nomment les sessions)
help-cmd-merge-arg-lang = Langue des messages (par défaut : celle de votre système)
report-overall-sum = Somme : le score global
report-overall-sum-line = Les apports des principes font le score global : { $score }.
report-adds = apport { $adds }
ui-present-divergent = Les avis divergent : { $spread }
ui-present-roles = Par rôle : { $means }
ui-key-roles = par rôle
ui-key-people = par personne
ui-status-votes-roles = Un vote par groupe de rôle, à tour de rôle (ce que disent les pairs, ce que dit le personnel). c passe au décompte anonyme.
ui-status-remove-voter = '{ $who }' a voté sur { $votes } { $votes ->
        [one] question
       *[other] questions
    } : Ctrl+D de nouveau le retire avec ses votes ; toute autre touche le garde.
cli-outline-minutes = { $minutes } min
cli-report-votes-left-out = { $n ->
        [one] Un vote de '{ $path }' ne correspond plus au référentiel et n'apparaît pas dans le rapport :
       *[other] { $n } votes de '{ $path }' ne correspondent plus au référentiel et n'apparaissent pas dans le rapport :
    }

# Facilitator aids: the parking lot, the next question to settle, the search line.
ui-parked-mark = [en attente]
ui-status-parked = '{ $id }' est mise en attente ; w y revient, f la retire de l'attente.
ui-status-unparked = '{ $id }' n'est plus en attente.
ui-status-none-open = Toutes les questions affichées ont une réponse et aucune n'est en attente : r pour relire les réponses.
ui-status-at-parked = '{ $id }' est en attente : tranchez-la, puis f la retire de l'attente.
ui-status-search-none = Aucune question ne correspond à '{ $query }' : essayez moins de mots ou d'autres mots.
ui-search-title = Trouver une question
ui-search-hint = Tapez des mots d'une question, son identifiant ou son principe ; Entrée y va, Échap ferme.
ui-search-count = { $n ->
        [one] Une question correspond ; Entrée y va.
       *[other] { $n } questions correspondent ; ↑↓ pour choisir, Entrée y va.
    }
ui-help-park = mettre en attente ou retirer de l'attente
ui-help-next-open = question suivante sans réponse ou en attente
ui-help-search = trouver une question par un mot, id ou principe

# Action owners and due dates, entered on the results.
ui-action-title = Qui suit cette action, et pour quand
ui-action-owner = Responsable
ui-action-due = Échéance
ui-action-due-hint = Une échéance s'écrit AAAA-MM-JJ, par ex. 2027-01-31 ; laissez vide s'il n'y en a pas.
ui-action-bad-date = '{ $due }' n'est pas une date : écrivez le jour au format AAAA-MM-JJ, par ex. 2027-01-31, ou laissez vide.
ui-action-key-keep = champ suivant, garder
ui-action-key-field = champ
ui-action-none = aucun
ui-results-action-plan = Responsable : { $owner } · échéance : { $due }
ui-status-action-kept = Le responsable et l'échéance de l'action sur '{ $id }' sont gardés ; tous les rapports les indiquent.
ui-status-no-action = Il n'y a pas d'action { $n } dans la liste : choisissez un des numéros affichés.
ui-status-no-actions = Il n'y a pas encore d'action à confier.
ui-help-action-pick = placer le curseur sur cette action de la liste
ui-help-action-edit = responsable et échéance de l'action sous le curseur

# The workshop clock and the agenda.
ui-status-clock-on = Le chronomètre tourne dans l'en-tête ; l'ordre du jour (A) compte le temps passé sur chaque principe. T l'arrête.
ui-status-clock-off = Le chronomètre est arrêté ; T le relance.
ui-agenda-title = Ordre du jour
ui-agenda-budget = Prévu
ui-agenda-spent = Passé
ui-agenda-answered = Répondu
ui-agenda-none = aucun
ui-agenda-min = { $n } min
ui-agenda-total = En tout : { $budget } min prévues, { $spent } min passées.
ui-agenda-clock-on = Le temps passé se compte pendant que le chronomètre tourne, sur les questions de chaque principe (cette séance seulement).
ui-agenda-clock-off = Le chronomètre est arrêté : T le lance, et le temps passé sur chaque principe se compte pendant qu'il tourne.
ui-agenda-key-budget = prévu ±5 min
ui-agenda-key-clock = chronomètre
ui-agenda-key-close = fermer
ui-help-clock = lancer ou arrêter le chronomètre de l'en-tête
ui-help-agenda = ordre du jour : temps prévu et passé par principe
