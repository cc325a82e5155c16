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
ui-question-editor-hint = Entrée ouvre l'éditeur ; Esc garde ce qui est écrit.
ui-question-note = Note :
ui-question-no-note = Pas de note (n pour en ajouter une).
ui-question-progress = { $answered } sur { $total } { $answered ->
        [one] répondue
       *[other] répondues
    }
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
ui-results-capped = Plafonnée par les verrous ci-dessous ; le score seul atteindrait : { $band }
ui-results-none = Aucune réponse notée pour l'instant.
ui-results-coverage = Couverture : { $answered } sur { $applicable } questions notées applicables ont une réponse ({ $percent } %)
ui-results-principles = Principes
ui-results-not-scored = non noté
ui-results-gates = Verrous non franchis (chacun plafonne le niveau)
ui-results-not-assessed = (pas encore évalué)
ui-results-actions = Actions prioritaires
ui-results-points = ({ $points } points)

## Export
ui-export-title = Exporter le rapport
ui-export-dir = Les rapports sont écrits dans { $dir }
ui-export-write = Écrire les fichiers
ui-export-written = Écrits :
ui-format-md = Markdown
ui-format-html = HTML (une page autonome)
ui-format-txt = Texte brut
ui-format-json = JSON (pour d'autres outils)
ui-format-csv = CSV (une ligne par question)
ui-format-docx = Word (.docx, à modifier et partager)
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
ui-editor-close = garder et fermer
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
cli-wrote-report = Rapport { $format } écrit dans « { $path } ».

## Reports
report-questions-count = { $n ->
        [one] { $n } question
       *[other] { $n } questions
    }
