//! The planner element around the form and the results: notices, announcements, files.

use crate::words::Words;

entries! {
    /// The label of the tab list.
    VIEW_TABS = "Vue", "View";
    STALE_PLAN = "Résultats du dernier plan valide\u{202f}: ils se mettront à jour dès que les champs listés ci-dessous seront corrigés.",
        "Results of the last valid plan: they update as soon as the fields listed below are fixed.";
    NO_PLAN_YET = "Votre plan s’affichera ici dès que les champs listés ci-dessous seront remplis.",
        "Your plan shows here as soon as the fields listed below are filled in.";
    WELCOME_TITLE = "Des objectifs de vente à la mesure de votre boutique", "Sales goals that fit your shop";
    WELCOME_TEXT = "Boussole calcule, canal par canal, le trafic, la conversion et le coût d’acquisition qu’il vous faut pour atteindre votre croissance, avec les paliers de chaque trimestre, des objectifs SMART et des OKR. Tout est calculé dans votre navigateur\u{202f}: rien de ce que vous saisissez ne quitte cette page.",
        "Boussole works out, channel by channel, the traffic, conversion and acquisition cost you need to reach your growth, with each quarter’s milestones, SMART objectives and OKRs. Everything is computed in your browser: nothing you type leaves this page.";
    START_EXAMPLE_HINT = "Une boutique fictive déjà remplie, pour découvrir les résultats. Ses valeurs restent marquées «\u{202f}exemple\u{202f}» tant que vous ne les changez pas.",
        "A made-up shop, already filled in, to see what the results look like. Its values stay tagged “example” until you change them.";
    START_BLANK_HINT = "Un formulaire vide\u{202f}: votre panier moyen, votre marge, vos canaux et la croissance visée suffisent.",
        "An empty form: your average order value, margin, channels and growth goal are enough.";
    EXAMPLE_STARTED = "Exemple chargé\u{202f}: remplacez ses valeurs par les vôtres.",
        "Example loaded: replace its values with yours.";
    BLANK_STARTED = "Formulaire vide\u{202f}: commencez par le panier moyen.",
        "Empty form: start with the average order value.";
    /// Heads the list of required fields still blank.
    TO_FILL = "Pour calculer votre plan, remplissez\u{202f}:", "To compute your plan, fill in:";
    /// How many fields have errors, and the noun ([`FIELD`] or [`FIELDS`]).
    TO_FIX = "{} {} à corriger\u{202f}:", "{} {} to fix:";
    FIELD = "champ", "field";
    FIELDS = "champs", "fields";
    /// Heads the list of controls that still hold the example's values.
    EXAMPLE_LEFT = "Valeurs de l’exemple encore utilisées dans ce plan\u{202f}:",
        "Example values still used in this plan:";
    /// The bar that keeps the plan in sight while editing.
    GLANCE = "Le plan en bref", "The plan at a glance";
    GLANCE_GOAL = "Objectif", "Goal";
    GLANCE_PAID_CPA = "CPA payant", "Paid CPA";
    /// Before the target CPA, in brackets.
    GLANCE_TARGET = "cible", "target";
    GLANCE_FEASIBLE = "sous les plafonds", "under the ceilings";
    GLANCE_BEYOND_CEILING = "au-delà d’un plafond", "beyond a ceiling";
    GLANCE_ODDS = "Probabilité", "Odds";
    TO_RESULTS = "Voir les résultats", "See the results";
    /// The skip link, the first stop of the keyboard.
    SKIP_TO_RESULTS = "Aller aux résultats", "Skip to the results";
    SHARE_TITLE = "Partager / exporter", "Share / export";
    SHARE_WAITING = "Disponible dès que le plan est calculé.", "Available once the plan is worked out.";
    /// Back from the results to the field edited last ({}: its name).
    BACK_TO_FIELD = "Revenir à «\u{202f}{}\u{202f}»", "Back to “{}”";
    /// Goal shares given to some channels only ({}: the channels without one).
    SHARES_MISSING = "Part de l’objectif\u{202f}: donnez-en une à chaque canal, ou à aucun (il en manque pour {}).",
        "Goal share: give one to every channel, or to none (missing for {}).";
    /// A channel row was added ({}: its number).
    CHANNEL_ADDED = "Canal {} ajouté\u{202f}: saisissez son nom.", "Channel {} added: type its name.";
    /// A channel row was removed ({}: its name).
    CHANNEL_REMOVED = "Canal «\u{202f}{}\u{202f}» supprimé.", "Channel “{}” removed.";
    PLAN_HAS_ERRORS = "Le plan a des erreurs\u{202f}: corrigez-les dans la vue Plan.",
        "The plan has errors: fix them in the Plan view.";
    PLAN_HAS_ERRORS_FOR_REVIEW = "Le plan a des erreurs\u{202f}: corrigez-les dans la vue Plan pour mettre la revue à jour.",
        "The plan has errors: fix them in the Plan view to update the review.";
    STALE_REVIEW = "Résultats de la dernière revue valide\u{202f}: corrigez les champs signalés pour les mettre à jour.",
        "Results of the last valid review: fix the highlighted fields to update them.";
    NO_REVIEW_YET = "Corrigez les champs signalés pour calculer la revue.",
        "Fix the highlighted fields to compute the review.";
    EXAMPLE_RESTORED = "Plan d’exemple rétabli.", "Example plan restored.";
    OBJECTIVE_COPIED = "Objectif copié.", "Objective copied.";
    OKR_COPIED = "OKR copiés.", "OKR copied.";
    OKR_COPIED_MARKDOWN = "OKR copiés en Markdown.", "OKR copied as Markdown.";
    PLAN_COPIED = "Plan copié en texte.", "Plan copied as text.";
    PLAN_COPIED_MARKDOWN = "Plan copié en Markdown.", "Plan copied as Markdown.";
    OBJECTIVES_COPIED = "Objectifs SMART et OKR copiés.", "SMART objectives and OKR copied.";
    OBJECTIVES_COPIED_MARKDOWN = "Objectifs SMART et OKR copiés en Markdown.",
        "SMART objectives and OKR copied as Markdown.";
    LINK_COPIED = "Lien copié\u{202f}: il contient tout le plan.", "Link copied: it holds the whole plan.";
    COPY_FAILED = "Le navigateur a refusé la copie\u{202f}: sélectionnez le texte et copiez-le avec Ctrl+C (⌘+C sur Mac). Dans une page qui intègre Boussole, son iframe doit porter allow=\"clipboard-write\".", "The browser refused to copy: select the text and copy it with Ctrl+C (⌘+C on a Mac). On a page that embeds Boussole, its iframe needs allow=\"clipboard-write\".";
    PLAN_IMPORTED = "Plan importé.", "Plan imported.";
    /// The file's name.
    FILE_SAVED = "Fichier «\u{202f}{}\u{202f}» enregistré.", "File “{}” saved.";
    PLAN_AND_ACTUALS_IMPORTED = "Plan et réalisé importés.", "Plan and actuals imported.";
    /// A saved list longer than a plan allows ({}: how many, what, the most a plan holds).
    LIST_CUT = "{} {} étaient enregistrés\u{202f}: seuls les {} premiers sont repris.",
        "{} {} were saved: only the first {} are kept.";
    /// The same, in the previous plan saved with it.
    PREVIOUS_LIST_CUT = "Dans le plan précédent, {} {} étaient enregistrés\u{202f}: seuls les {} premiers sont repris.",
        "In the previous plan, {} {} were saved: only the first {} are kept.";
    /// What [`LIST_CUT`] counts.
    CLOSED_QUARTERS = "trimestres clos", "closed quarters";
    /// A share link whose plan cannot be read (cut short by an e-mail program, most often).
    LINK_UNREADABLE = "Le lien ouvert ne contient pas de plan lisible, peut-être parce qu’il a été coupé en chemin (par une messagerie, par exemple)\u{202f}: recopiez-le en entier.",
        "The link opened holds no readable plan, perhaps because it was cut on the way (by an e-mail program, for instance): copy it whole.";
    /// A share link that expands past the most a plan may weigh (`MAX_PLAN_BYTES`).
    LINK_TOO_LARGE = "Le lien ouvert est trop volumineux pour être un plan Boussole (plus de 1\u{a0}Mo une fois décompressé)\u{202f}: il n’a pas été lu.",
        "The link opened is too large to be a Boussole plan (over 1\u{a0}MB once expanded): it was not read.";
    /// After a link that was not read, when the visitor has a plan of their own.
    HERE_IS_YOUR_PLAN = "Voici votre plan.", "Here is your plan.";
    /// Said with a copy or an export taken while the form has errors.
    FROM_LAST_VALID_PLAN = "C’est le dernier plan valide\u{202f}: le formulaire a des erreurs à corriger.",
        "This is the last valid plan: the form has errors to fix.";
    /// localStorage refused the plan (full, or blocked).
    SAVE_FAILED = "Ce navigateur n’a pas pu enregistrer vos dernières modifications (stockage plein ou bloqué)\u{202f}: exportez votre plan en JSON pour ne rien perdre.",
        "This browser could not save your latest changes (storage full or blocked): export your plan as JSON to keep it.";
    /// The browser refuses the page its storage: said at the start, before anything is lost.
    STORAGE_BLOCKED = "Ce navigateur ne laisse pas cette page garder votre plan (stockage bloqué, comme dans certains cadres intégrés)\u{202f}: il sera perdu à la fermeture de la page. Pour le garder, copiez son lien ou exportez-le en JSON, dans «\u{202f}Partager / exporter\u{202f}».",
        "This browser does not let this page keep your plan (storage blocked, as in some embedded frames): it will be lost when the page closes. To keep it, copy its link or export it as JSON, in “Share / export”.";
    /// Another tab saved the plan, and this one had nothing left to save: it shows theirs.
    OTHER_TAB_ADOPTED = "Ce plan a été modifié dans un autre onglet\u{202f}: voici sa dernière version.",
        "This plan was changed in another tab: here is its latest version.";
    /// Another tab saved the plan while this one had edits left to save.
    OTHER_TAB_KEPT = "Ce plan a aussi été modifié dans un autre onglet. Vos modifications ici sont enregistrées\u{202f}; celles de l’autre onglet sont gardées comme plan précédent\u{202f}: «\u{202f}Revenir au plan précédent\u{202f}» les rétablit.",
        "This plan was also changed in another tab. Your changes here are saved; the other tab’s are kept as the previous plan: “Back to previous plan” brings them back.";
    /// Another tab saved something this page cannot read.
    OTHER_TAB_UNREAD = "Un autre onglet a enregistré un plan que cette page ne sait pas relire\u{202f}: il est gardé tel quel, à côté du vôtre.",
        "Another tab saved a plan this page cannot read: it is kept as it was, beside yours.";
    /// Values of a saved state that could not be read ({}: their names).
    SAVED_VALUES_DROPPED = "Ces valeurs enregistrées n’ont pas pu être relues et reprennent celles de l’exemple\u{202f}: {}.",
        "These saved values could not be read and take the example’s: {}.";
    /// Values of the previous plan saved with it that could not be read ({}: their names).
    PREVIOUS_VALUES_DROPPED = "Dans le plan précédent, ces valeurs n’ont pas pu être relues et reprennent celles de l’exemple\u{202f}: {}.",
        "In the previous plan, these values could not be read and take the example’s: {}.";
    /// What this browser held for the planner reads as no plan at all: kept, never erased.
    UNREAD_KEPT = "Le plan enregistré dans ce navigateur n’a pas pu être relu (il vient d’une autre version de Boussole, ou a été modifié à la main). Il n’est pas effacé\u{202f}: il reste enregistré tel quel, à côté du plan que vous commencez.",
        "The plan saved in this browser could not be read (it comes from another version of Boussole, or was edited by hand). It is not erased: it stays saved as it was, beside the plan you start.";
    /// A `#plan=` link opened while this browser holds another plan of the visitor's.
    VISITING_SHARED = "Ce lien ouvre un plan partagé. Votre propre plan reste enregistré dans ce navigateur\u{202f}: ouvrez ce plan pour travailler dessus (le vôtre sera gardé comme plan précédent), ou gardez le vôtre.",
        "This link opens a shared plan. Your own plan is still saved in this browser: open this plan to work on it (yours is kept as the previous plan), or keep yours.";
    OPEN_SHARED = "Ouvrir ce plan", "Open this plan";
    KEEP_MINE = "Garder mon plan", "Keep my plan";
    SHARED_OPENED = "Plan du lien ouvert.", "Shared plan opened.";
    /// The visitor typed in a link's plan before choosing: it becomes theirs.
    SHARED_ADOPTED = "Le plan du lien est maintenant le vôtre.", "The shared plan is now yours.";
    OWN_PLAN_KEPT = "Votre plan est rétabli\u{202f}; le plan du lien est fermé.",
        "Your plan is back; the shared plan is closed.";
    /// Said after a link, an import or the example replaced the plan.
    PREVIOUS_KEPT = "Votre plan précédent est gardé\u{202f}: «\u{202f}Revenir au plan précédent\u{202f}» le rétablit.",
        "Your previous plan is kept: “Back to previous plan” brings it back.";
    PREVIOUS_RESTORED = "Plan précédent rétabli\u{202f}; le même bouton ramène celui que vous quittez.",
        "Previous plan restored; the same button brings back the one you left.";
    NOT_A_PLAN_FILE = "Ce fichier n’est pas un plan Boussole valide\u{202f}: {}",
        "This file is not a valid Boussole plan: {}";
    /// A file chosen to import, past the most a plan may weigh (`MAX_PLAN_BYTES`).
    FILE_TOO_LARGE = "Ce fichier est trop volumineux pour être un plan Boussole (plus de 1\u{a0}Mo)\u{202f}: il n’a pas été lu. Choisissez un fichier enregistré par «\u{202f}Exporter (JSON)\u{202f}».",
        "This file is too large to be a Boussole plan (over 1\u{a0}MB): it was not read. Choose a file saved by “Export (JSON)”.";
}
