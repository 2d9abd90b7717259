<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Folio::About::AboutDialog</name>
    <message>
        <source>About Folio</source>
        <translation>À propos de Folio</translation>
    </message>
    <message>
        <source>Folio&apos;s icon</source>
        <translation>Icône de Folio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Folio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Folio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop editor for Markdown handbooks: edit pages offline, see them as they will be published, check spelling and links, and propose your changes as merge requests.</source>
        <translation>Un éditeur de bureau pour les manuels en Markdown : modifiez les pages hors ligne, voyez-les telles qu&apos;elles seront publiées, vérifiez l&apos;orthographe et les liens, et proposez vos modifications sous forme de demandes de fusion.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Réalisé avec :</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Copy these versions, for a bug report</source>
        <translation>Copier ces versions, pour un rapport de bogue</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::FrontMatterChecker</name>
    <message>
        <source>front matter: %1</source>
        <translation>front matter : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a misspelling of &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à une faute de frappe pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2, not %3</source>
        <extracomment>%1 is a key, %2 the kind of value it takes (&quot;a date (YYYY-MM-DD)&quot;), %3 the kind it has</extracomment>
        <translation>«&#xa0;%1&#xa0;» devrait être %2, et non %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &quot;%2&quot;, which no other page uses; the handbook uses %3</source>
        <translation>«&#xa0;%1&#xa0;» vaut «&#xa0;%2&#xa0;», valeur qu&apos;aucune autre page n&apos;utilise ; le manuel utilise %3</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos;</source>
        <translation>la page n&apos;a pas de champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos; (recommended)</source>
        <translation>la page n&apos;a pas de champ «&#xa0;%1&#xa0;» (recommandé)</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::FrontMatterSchema</name>
    <message>
        <source>any</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>n&apos;importe quelle valeur</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>du texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a list</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>une liste</translation>
    </message>
    <message>
        <source>nested keys</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>des clés imbriquées</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::LinkChecker</name>
    <message>
        <source>outside the handbook, not checked: %1</source>
        <translation>hors du manuel, non vérifié : %1</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>image introuvable : %1</translation>
    </message>
    <message>
        <source>no page for ref &quot;%1&quot;</source>
        <translation>aucune page pour la référence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>fichier introuvable : %1</translation>
    </message>
    <message>
        <source>no page for %1</source>
        <translation>aucune page pour %1</translation>
    </message>
    <message>
        <source>this page</source>
        <extracomment>%2 of &quot;no heading #%1 on %2&quot; when the link points into its own page</extracomment>
        <translation>cette page</translation>
    </message>
    <message>
        <source>no heading #%1 on %2</source>
        <extracomment>%1 is the anchor, %2 a page&apos;s path or URL, or &quot;this page&quot;</extracomment>
        <translation>aucun titre #%1 sur %2</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins two template names for %3 of &quot;no heading #%1 on %2 that Folio can see; %3 may make it&quot;</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <source>no heading #%1 on %2 that Folio can see; %3 may make it</source>
        <extracomment>%1 is the anchor, %2 a page&apos;s path or URL, or &quot;this page&quot;, %3 one or two templates (shortcodes, partials) that may make the heading</extracomment>
        <translation>aucun titre #%1 sur %2 (du moins aucun que Folio puisse voir) ; %3 pourrait le générer</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::SpellChecker</name>
    <message>
        <source>no spelling dictionary</source>
        <translation>aucun dictionnaire orthographique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the dictionary</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas dans le dictionnaire</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::SpellingDictionary</name>
    <message>
        <source>no spelling dictionary for &quot;%1&quot; (looked in %2); %3</source>
        <extracomment>%1 is a language tag, %2 folders, %3 &quot;installed: ...&quot; or &quot;no dictionary is installed: ...&quot;</extracomment>
        <translation>aucun dictionnaire orthographique pour «&#xa0;%1&#xa0;» (recherché dans %2) ; %3</translation>
    </message>
    <message>
        <source>no dictionary is installed: install Hunspell&apos;s, e.g. the hunspell-en-us package</source>
        <translation>aucun dictionnaire n&apos;est installé : installez-en un pour Hunspell, par exemple le paquet hunspell-en-us</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>dictionnaires installés : %1</translation>
    </message>
    <message>
        <source>cannot read the %1 dictionary %2: %3</source>
        <translation>impossible de lire le fichier %2 du dictionnaire %1 : %3</translation>
    </message>
    <message>
        <source>Hunspell could not load %1</source>
        <translation>Hunspell n&apos;a pas pu charger %1</translation>
    </message>
    <message>
        <source>the %1 dictionary is in the %2 encoding, which Folio cannot read</source>
        <translation>le dictionnaire %1 utilise l&apos;encodage %2, que Folio ne sait pas lire</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::WordList</name>
    <message>
        <source>%1 is a folder, not a word list</source>
        <translation>%1 est un dossier, pas une liste de mots</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a word list</source>
        <translation>%1 fait plus de %2 Mo : trop volumineux pour une liste de mots</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8</source>
        <translation>%1 n&apos;est pas un texte UTF-8 ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>le mot est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds white space: add one word at a time</source>
        <translation>«&#xa0;%1&#xa0;» contient des espaces : ajoutez un mot à la fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with &apos;#&apos;, which marks a comment</source>
        <translation>«&#xa0;%1&#xa0;» commence par «&#xa0;#&#xa0;», qui marque un commentaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a &apos;/&apos;, which marks Hunspell flags</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;/&#xa0;», qui introduit des drapeaux Hunspell</translation>
    </message>
    <message>
        <source>no word list file to add &quot;%1&quot; to</source>
        <translation>aucun fichier de liste de mots auquel ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>Folio::Document::ExternalChangeController</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Write your text to the page&apos;s file again</source>
        <translation>Réécrire votre texte dans le fichier de la page</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the page without saving it</source>
        <translation>Fermer la page sans l&apos;enregistrer</translation>
    </message>
    <message>
        <source>%1 was deleted and is closed.</source>
        <translation>La page %1 a été supprimée et est fermée.</translation>
    </message>
    <message>
        <source>%1 is not in the handbook any more (on this branch), so it was closed.</source>
        <translation>La page %1 ne fait plus partie du manuel (sur cette branche) : elle a donc été fermée.</translation>
    </message>
    <message>
        <source>The handbook folder %1 is not there any more (deleted, moved, or on a drive that is not mounted), so %2 cannot be saved. Your text is still here, unsaved.</source>
        <translation>Le dossier du manuel %1 n&apos;existe plus (supprimé, déplacé ou sur un disque non monté) : la page %2 ne peut donc pas être enregistrée. Votre texte est toujours là, non enregistré.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made again, so %2 cannot be saved. Your text is still here, unsaved.</source>
        <translation>Le dossier %1 n&apos;a pas pu être recréé : la page %2 ne peut donc pas être enregistrée. Votre texte est toujours là, non enregistré.</translation>
    </message>
    <message>
        <source>%1 was changed by another program and is not a page Folio can show any more: %2. Your text is still here; saving replaces the file with it.</source>
        <translation>Le fichier %1 a été modifié par un autre programme et n&apos;est plus une page que Folio peut afficher : %2. Votre texte est toujours là ; l&apos;enregistrer remplacera le contenu du fichier.</translation>
    </message>
    <message>
        <source>You kept your text of %1: saving replaces the file that was changed on disk.</source>
        <translation>Vous avez conservé votre texte de %1 : l&apos;enregistrer remplacera le fichier modifié sur le disque.</translation>
    </message>
    <message>
        <source>The handbook folder %1 is not there any more (deleted, moved, or on a drive that is not mounted). Your text of %2 is still here, unsaved; it can be saved once the folder is back.</source>
        <translation>Le dossier du manuel %1 n&apos;existe plus (supprimé, déplacé ou sur un disque non monté). Votre texte de %2 est toujours là, non enregistré ; vous pourrez l&apos;enregistrer dès que le dossier sera de retour.</translation>
    </message>
    <message>
        <source>%1 was moved to %2 by another program; Folio now edits it there.</source>
        <translation>La page %1 a été déplacée vers %2 par un autre programme ; Folio la modifie désormais à cet emplacement.</translation>
    </message>
    <message>
        <source>%1 was deleted by another program. Your text is still here, unsaved: Save writes the page again, Close closes it.</source>
        <translation>La page %1 a été supprimée par un autre programme. Votre texte est toujours là, non enregistré : «&#xa0;Enregistrer&#xa0;» réécrit la page, «&#xa0;Fermer&#xa0;» la ferme.</translation>
    </message>
    <message>
        <source>%1 cannot be read any more: %2. Your text is still here.</source>
        <translation>La page %1 ne peut plus être lue : %2. Votre texte est toujours là.</translation>
    </message>
    <message>
        <source>%1 now shows the file&apos;s text. %2 brings yours back.</source>
        <translation>La page %1 affiche maintenant le texte du fichier. %2 rétablit le vôtre.</translation>
    </message>
</context>
<context>
    <name>Folio::Document::ExternalChangeDialog</name>
    <message>
        <source>Page Changed on Disk</source>
        <translation>Page modifiée sur le disque</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 was changed by another program&lt;/b&gt; while you have unsaved edits here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep Mine&lt;/b&gt; keeps your text; saving replaces the file with it.&lt;br&gt;&lt;b&gt;Take Theirs&lt;/b&gt; loads the file&apos;s text; &lt;b&gt;Ctrl+Z&lt;/b&gt; brings yours back.&lt;br&gt;&lt;b&gt;Compare&lt;/b&gt; shows how your text differs from the file&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La page %1 a été modifiée par un autre programme&lt;/b&gt; alors que vous avez des modifications non enregistrées ici.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Garder ma version&lt;/b&gt; conserve votre texte ; l&apos;enregistrer remplacera le fichier.&lt;br&gt;&lt;b&gt;Prendre la version du fichier&lt;/b&gt; charge le texte du fichier ; &lt;b&gt;Ctrl+Z&lt;/b&gt; rétablit le vôtre.&lt;br&gt;&lt;b&gt;Comparer&lt;/b&gt; montre en quoi votre texte diffère de celui du fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre la version du fichier</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>the file on disk</source>
        <translation>le fichier sur le disque</translation>
    </message>
</context>
<context>
    <name>Folio::Document::RecoveryDialog</name>
    <message>
        <source>Unchanged on disk</source>
        <translation>Inchangé sur le disque</translation>
    </message>
    <message>
        <source>Changed on disk since</source>
        <translation>Modifié sur le disque depuis</translation>
    </message>
    <message>
        <source>Deleted or moved since</source>
        <translation>Supprimé ou déplacé depuis</translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Folio could not read some of the edits it kept when it stopped.</source>
        <translation>Folio n&apos;a pas pu lire certaines des modifications qu&apos;il avait conservées lors de son arrêt.</translation>
    </message>
    <message>
        <source>Folio stopped before these edits were saved. Restore a page to open it with the edits (unsaved, until you save), or discard them. Decide Later keeps them for the next time this handbook opens.</source>
        <translation>Folio s&apos;est arrêté avant que ces modifications soient enregistrées. Restaurez une page pour l&apos;ouvrir avec ces modifications (non enregistrées tant que vous ne l&apos;enregistrez pas), ou abandonnez-les. «&#xa0;Décider plus tard&#xa0;» les conserve jusqu&apos;à la prochaine ouverture de ce manuel.</translation>
    </message>
    <message>
        <source>Pages with unsaved edits</source>
        <translation>Pages avec des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Date de modification</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <source>These files are kept as they are; delete them when you no longer need them:
%1</source>
        <translation>Ces fichiers sont conservés tels quels ; supprimez-les quand vous n&apos;en aurez plus besoin :
%1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Open the page with these edits, unsaved</source>
        <translation>Ouvrir la page avec ces modifications, non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Throw these edits away</source>
        <translation>Jeter ces modifications</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>%1 on disk is as it was when these edits were made. Below: what restoring changes in it.</source>
        <translation>La page %1 sur le disque est telle qu&apos;elle était lorsque ces modifications ont été faites. Ci-dessous : ce que la restauration y change.</translation>
    </message>
    <message>
        <source>%1 changed on disk after these edits were made. Below: the page as it is on disk now against the recovered edits; restoring replaces it with the recovered text once you save.</source>
        <translation>La page %1 a été modifiée sur le disque après ces modifications. Ci-dessous : la page telle qu&apos;elle est maintenant sur le disque, comparée aux modifications récupérées ; la restauration la remplace par le texte récupéré dès que vous enregistrez.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved after these edits were made. Restoring creates it again once you save.</source>
        <translation>La page %1 a été supprimée ou déplacée après ces modifications. La restauration la recrée dès que vous enregistrez.</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>sur le disque</translation>
    </message>
</context>
<context>
    <name>Folio::Editing::LineFormatter</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::EditorStatus</name>
    <message>
        <source>Words and reading time</source>
        <translation>Mots et temps de lecture</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Position du curseur</translation>
    </message>
    <message>
        <source>%1 · %2 min read</source>
        <translation>%1 · %2 min de lecture</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Ligne %1, col. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Editor::EditorView</name>
    <message>
        <source>Page source</source>
        <translation>Source de la page</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Mots e&amp;ntiers</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression rationnelle</translation>
    </message>
    <message>
        <source>\1 or $1 in the replacement stand for the groups</source>
        <translation>\1 ou $1 dans le remplacement désignent les groupes capturés</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Expression rationnelle non valable au caractère %1 : %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>1 occurrence remplacée</translation>
    </message>
    <message>
        <source>Replaced %1 matches</source>
        <translation>%1 occurrences remplacées</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Occurrence précédente (%1)</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Occurrence suivante (%1)</translation>
    </message>
    <message>
        <source>Close (%1)</source>
        <translation>Fermer (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::FormattingActions</name>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Mise en forme</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>&amp;Code en ligne</translation>
    </message>
    <message>
        <source>`x`</source>
        <translation>`x`</translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation>Titre &amp;%1</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Citati&amp;on</translation>
    </message>
    <message>
        <source>❝</source>
        <translation>❝</translation>
    </message>
    <message>
        <source>Code Bloc&amp;k</source>
        <translation>&amp;Bloc de code</translation>
    </message>
    <message>
        <source>```</source>
        <translation>```</translation>
    </message>
    <message>
        <source>Insert &amp;Table</source>
        <translation>Insérer un &amp;tableau</translation>
    </message>
    <message>
        <source>▦</source>
        <translation>▦</translation>
    </message>
    <message>
        <source>&amp;Re-align Table</source>
        <translation>&amp;Réaligner le tableau</translation>
    </message>
    <message>
        <source>⇔</source>
        <translation>⇔</translation>
    </message>
    <message>
        <source>Re-align the table the cursor is in (%1)</source>
        <translation>Réaligner le tableau dans lequel se trouve le curseur (%1)</translation>
    </message>
    <message>
        <source>Put the cursor in a table to re-align it.</source>
        <translation>Placez le curseur dans un tableau pour le réaligner.</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>More formatting commands</source>
        <translation>Autres commandes de mise en forme</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Numéro de ligne</translation>
    </message>
    <message>
        <source>&amp;Line (1–%1), or line:column:</source>
        <translation>&amp;Ligne (1–%1), ou ligne:colonne :</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::ImageInserter</name>
    <message>
        <source>Open a page before adding images to it.</source>
        <translation>Ouvrez une page avant d&apos;y ajouter des images.</translation>
    </message>
    <message>
        <source>Describe the image</source>
        <translation>Décrivez l&apos;image</translation>
    </message>
    <message>
        <source>The image was saved as %1, but its page is no longer open.</source>
        <translation>L&apos;image a été enregistrée sous %1, mais sa page n&apos;est plus ouverte.</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::InsertionController</name>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>Link the selection to a page of the handbook or a web address</source>
        <translation>Lier la sélection à une page du manuel ou à une adresse web</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <source>Copy an image into the handbook&apos;s image folder for this page and show it here</source>
        <translation>Copier une image dans le dossier d&apos;images du manuel pour cette page et l&apos;afficher ici</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.svg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.svg *.webp)</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::LinkCompleter</name>
    <message>
        <source>Link completions</source>
        <translation>Suggestions de liens</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>The page&apos;s title when empty</source>
        <translation>Titre de la page si vide</translation>
    </message>
    <message>
        <source>Type a page&apos;s title, or a URL such as https://…</source>
        <translation>Saisissez le titre d&apos;une page ou une URL comme https://…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Link to:</source>
        <translation>&amp;Lien vers :</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Titre de section :</translation>
    </message>
    <message>
        <source>(Top of the page)</source>
        <translation>(Haut de la page)</translation>
    </message>
</context>
<context>
    <name>Folio::FrontMatter::FrontMatterPanel</name>
    <message>
        <source>Front Matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <source>Front matter problem</source>
        <translation>Problème de front matter</translation>
    </message>
    <message>
        <source>Open a page to edit its front matter.</source>
        <translation>Ouvrez une page pour modifier son front matter.</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>A&amp;jouter un champ</translation>
    </message>
    <message>
        <source>Add a front matter field</source>
        <translation>Ajouter un champ au front matter</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Field name:</source>
        <translation>Nom du champ :</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n page(s) of this handbook</source>
        <translation>
            <numerusform>Utilisé par %n page de ce manuel</numerusform>
            <numerusform>Utilisé par %n pages de ce manuel</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>The form cannot edit this front matter: %1</source>
        <translation>Le formulaire ne peut pas modifier ce front matter : %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Required: this page has no %1</source>
        <translation>Obligatoire : cette page n&apos;a pas de champ %1</translation>
    </message>
    <message>
        <source>Recommended: this page has no %1</source>
        <translation>Recommandé : cette page n&apos;a pas de champ %1</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>Plus d&apos;options pour %1</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Did you mean “%1”? Rename</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;» ? Renommer</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>This change was not made: %1</source>
        <translation>Cette modification n&apos;a pas été effectuée : %1</translation>
    </message>
</context>
<context>
    <name>Folio::FrontMatter::ListField</name>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>Ajouter un élément à %1</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Supprimer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected item from %1</source>
        <translation>Supprimer l&apos;élément sélectionné de %1</translation>
    </message>
</context>
<context>
    <name>Folio::Git::BranchOfferDialog</name>
    <message>
        <source>Create a Branch for This Change?</source>
        <translation>Créer une branche pour cette modification ?</translation>
    </message>
    <message>
        <source>You are on %1, the branch the handbook is published from. Put this change on a branch of its own, so colleagues can review it in a merge request before it reaches %1.</source>
        <translation>Vous êtes sur %1, la branche à partir de laquelle le manuel est publié. Placez cette modification sur une branche dédiée, afin que vos collègues puissent la relire dans une demande de fusion avant qu&apos;elle n&apos;arrive sur %1.</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nom de la branche</translation>
    </message>
    <message>
        <source>Create a Branch for This Change</source>
        <translation>Créer une branche pour cette modification</translation>
    </message>
    <message>
        <source>Commit to %1 Anyway</source>
        <translation>Valider sur %1 quand même</translation>
    </message>
    <message>
        <source>&amp;Branch name:</source>
        <translation>&amp;Nom de la branche :</translation>
    </message>
    <message>
        <source>Not a valid branch name: use letters, digits, &apos;-&apos; and &apos;/&apos;, without spaces.</source>
        <translation>Nom de branche non valable : utilisez des lettres, des chiffres, &apos;-&apos; et &apos;/&apos;, sans espaces.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ChangesModel</name>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommé</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Type modifié</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Nouveau fichier</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1
Renamed from %2</source>
        <translation>%1
Ancien nom : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Folio::Git::CloneDialog</name>
    <message>
        <source>Clone Handbook</source>
        <translation>Cloner un manuel</translation>
    </message>
    <message>
        <source>Folio copies the handbook from its git server to this computer. You edit the copy, also offline, and propose your changes from it.</source>
        <translation>Folio copie le manuel depuis son serveur git vers cet ordinateur. Vous modifiez cette copie, même hors ligne, et proposez vos modifications à partir d&apos;elle.</translation>
    </message>
    <message>
        <source>Repository address</source>
        <translation>Adresse du dépôt</translation>
    </message>
    <message>
        <source>https://gitlab.com/group/handbook.git</source>
        <translation>https://gitlab.com/group/handbook.git</translation>
    </message>
    <message>
        <source>The https:// or SSH (git@…) address from the Clone button of the project on GitLab</source>
        <translation>L&apos;adresse https:// ou SSH (git@…) indiquée par le bouton «&#xa0;Cloner&#xa0;» du projet sur GitLab</translation>
    </message>
    <message>
        <source>Folder to clone into</source>
        <translation>Dossier de destination du clone</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Only the &amp;latest version (faster, smaller)</source>
        <translation>Uniquement la dernière &amp;version (plus rapide, plus léger)</translation>
    </message>
    <message>
        <source>Leave this on unless you need the handbook&apos;s older versions on this computer: its full history is much larger.</source>
        <translation>Laissez cette option activée, sauf si vous avez besoin des anciennes versions du manuel sur cet ordinateur : son historique complet est beaucoup plus volumineux.</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>D&amp;ossier :</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Cloner</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>What Folio is doing</source>
        <translation>Ce que fait Folio</translation>
    </message>
    <message>
        <source>Clone progress</source>
        <translation>Progression du clonage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the clone</source>
        <translation>Annuler le clonage</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address, as shown by the Clone button on GitLab.</source>
        <translation>Saisissez l&apos;adresse du dépôt, telle qu&apos;indiquée par le bouton «&#xa0;Cloner&#xa0;» sur GitLab.</translation>
    </message>
    <message>
        <source>Folio cannot clone from %1:// addresses. Use the https:// or the SSH (git@…) address from the Clone button on GitLab.</source>
        <translation>Folio ne peut pas cloner depuis des adresses %1://. Utilisez l&apos;adresse https:// ou SSH (git@…) indiquée par le bouton «&#xa0;Cloner&#xa0;» sur GitLab.</translation>
    </message>
    <message>
        <source>This is not a repository address. Use the https:// or the SSH (git@…) address from the Clone button on GitLab.</source>
        <translation>Ceci n&apos;est pas une adresse de dépôt. Utilisez l&apos;adresse https:// ou SSH (git@…) indiquée par le bouton «&#xa0;Cloner&#xa0;» sur GitLab.</translation>
    </message>
    <message>
        <source>The address names the server but no repository: add the project&apos;s path, e.g. …/group/handbook.git.</source>
        <translation>L&apos;adresse indique le serveur mais aucun dépôt : ajoutez le chemin du projet, par exemple …/group/handbook.git.</translation>
    </message>
    <message>
        <source>This address contains a password or access token. Remove it: Folio asks for your token when the server needs it and keeps it in the system keychain. In the address, git would store it in plain text.</source>
        <translation>Cette adresse contient un mot de passe ou un jeton d&apos;accès. Retirez-le : Folio vous demande votre jeton quand le serveur en a besoin et le conserve dans le trousseau du système. Dans l&apos;adresse, git le stockerait en clair.</translation>
    </message>
    <message>
        <source>Choose the folder to clone into.</source>
        <translation>Choisissez le dossier dans lequel cloner le manuel.</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, e.g. %1.</source>
        <translation>Indiquez le chemin complet du dossier, par exemple %1.</translation>
    </message>
    <message>
        <source>%1 is a file. Choose a folder.</source>
        <translation>%1 est un fichier. Choisissez un dossier.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Choose another folder, or, if it is this handbook already, open it with File &gt; Open Handbook….</source>
        <translation>%1 existe déjà et n&apos;est pas vide. Choisissez un autre dossier ou, s&apos;il s&apos;agit déjà de ce manuel, ouvrez-le avec Fichier &gt; Ouvrir un manuel….</translation>
    </message>
    <message>
        <source>Folio cannot create folders in %1. Choose another place.</source>
        <translation>Folio ne peut pas créer de dossiers dans %1. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>This address is not encrypted: your access token could be read on the way. Use https:// if the server offers it.</source>
        <translation>Cette adresse n&apos;est pas chiffrée : votre jeton d&apos;accès pourrait être intercepté en chemin. Utilisez https:// si le serveur le propose.</translation>
    </message>
    <message>
        <source>Over SSH, Folio&apos;s git library downloads the whole history anyway; the https:// address is smaller.</source>
        <translation>Via SSH, la bibliothèque git de Folio télécharge de toute façon l&apos;historique complet ; l&apos;adresse https:// est plus légère.</translation>
    </message>
    <message>
        <source>Choose Where to Put the Handbook</source>
        <translation>Choisir l&apos;emplacement du manuel</translation>
    </message>
    <message>
        <source>Cloning %1 into %2</source>
        <translation>Clonage de %1 dans %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Indexing the download… %L1 of %L2</source>
        <translation>Indexation du téléchargement… %L1 sur %L2</translation>
    </message>
    <message>
        <source>Writing the files… %L1 of %L2</source>
        <translation>Écriture des fichiers… %L1 sur %L2</translation>
    </message>
    <message>
        <source>Objects: %L1 of %L2</source>
        <translation>Objets : %L1 sur %L2</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Reçu : %1</translation>
    </message>
    <message>
        <source>Clone cancelled. What it had downloaded was removed.</source>
        <translation>Clonage annulé. Les données déjà téléchargées ont été supprimées.</translation>
    </message>
    <message>
        <source>Folio could not reach %1. Check the address and your network connection (and the VPN, if the server needs one), then try again.</source>
        <translation>Folio n&apos;a pas pu joindre %1. Vérifiez l&apos;adresse et votre connexion réseau (ainsi que le VPN, si le serveur en exige un), puis réessayez.</translation>
    </message>
    <message>
        <source>%1 did not accept your credentials. For an https:// address, use a personal access token with the read_repository scope; for SSH, a key added to your account.</source>
        <translation>%1 n&apos;a pas accepté vos identifiants. Pour une adresse https://, utilisez un jeton d&apos;accès personnel avec la portée read_repository ; pour SSH, une clé ajoutée à votre compte.</translation>
    </message>
    <message>
        <source>The SSH key of %1 is not the one this computer knows, so Folio did not connect: someone may be intercepting the connection. If the server&apos;s administrators changed its key, remove the old one from ~/.ssh/known_hosts and try again.</source>
        <translation>La clé SSH de %1 n&apos;est pas celle que connaît cet ordinateur : Folio ne s&apos;est donc pas connecté, car quelqu&apos;un intercepte peut-être la connexion. Si les administrateurs du serveur ont changé sa clé, supprimez l&apos;ancienne de ~/.ssh/known_hosts et réessayez.</translation>
    </message>
    <message>
        <source>The SSH key of %1 was not trusted, so Folio did not connect.</source>
        <translation>La clé SSH de %1 n&apos;a pas été approuvée : Folio ne s&apos;est donc pas connecté.</translation>
    </message>
    <message>
        <source>The folder is not empty any more. Choose another folder.</source>
        <translation>Le dossier n&apos;est plus vide. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Folio could not clone the handbook. Check that the address is a git repository you have access to.</source>
        <translation>Folio n&apos;a pas pu cloner le manuel. Vérifiez que l&apos;adresse est celle d&apos;un dépôt git auquel vous avez accès.</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation>%1

Détails : %2</translation>
    </message>
    <message>
        <source>Cloned the handbook into %1 with its full history: over SSH, Folio&apos;s git library cannot download only the latest version.</source>
        <translation>Le manuel a été cloné dans %1 avec son historique complet : via SSH, la bibliothèque git de Folio ne peut pas télécharger uniquement la dernière version.</translation>
    </message>
    <message>
        <source>Cloned the handbook into %1.</source>
        <translation>Le manuel a été cloné dans %1.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::CommitDialog</name>
    <message>
        <source>Commit Changes</source>
        <translation>Valider les modifications</translation>
    </message>
    <message>
        <source>Choose the files to commit:</source>
        <translation>Choisissez les fichiers à valider :</translation>
    </message>
    <message>
        <source>Files to commit</source>
        <translation>Fichiers à valider</translation>
    </message>
    <message>
        <source>&amp;Describe the change:</source>
        <translation>&amp;Décrire la modification :</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Message de commit</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Choose the files to commit to %1:</source>
        <translation>Choisissez les fichiers à valider sur %1 :</translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;</source>
        <translation>Auteur : %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Author: not set yet. Folio will ask for your name and email.</source>
        <translation>Auteur : pas encore défini. Folio vous demandera votre nom et votre adresse électronique.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::DiffView</name>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>What the file is compared with</source>
        <translation>Référence à laquelle le fichier est comparé</translation>
    </message>
    <message>
        <source>Last commit</source>
        <translation>Dernier commit</translation>
    </message>
    <message>
        <source>Target branch</source>
        <translation>Branche cible</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Show the changes in the page as it will be published</source>
        <translation>Afficher les modifications dans la page telle qu&apos;elle sera publiée</translation>
    </message>
    <message>
        <source>Show rendered diff</source>
        <translation>Afficher les différences du rendu</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Select a file to see what changed.</source>
        <translation>Sélectionnez un fichier pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Target branch (%1)</source>
        <translation>Branche cible (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This is a binary file: its changes cannot be shown as text.</source>
        <translation>Ceci est un fichier binaire : ses modifications ne peuvent pas être affichées sous forme de texte.</translation>
    </message>
    <message>
        <source>No differences from the target branch.</source>
        <translation>Aucune différence avec la branche cible.</translation>
    </message>
    <message>
        <source>No differences from the last commit.</source>
        <translation>Aucune différence avec le dernier commit.</translation>
    </message>
    <message>
        <source>(no line break at the end of the file)</source>
        <translation>(pas de saut de ligne à la fin du fichier)</translation>
    </message>
    <message numerus="yes">
        <source>The diff is too long to show here: only its first %n lines are shown.</source>
        <translation>
            <numerusform>Les différences sont trop longues pour être affichées ici : seule la première ligne (%n) est affichée.</numerusform>
            <numerusform>Les différences sont trop longues pour être affichées ici : seules les %n premières lignes sont affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::GitPanel</name>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The copies Folio kept before discarding or replacing a file</source>
        <translation>Les copies conservées par Folio avant d&apos;abandonner les modifications d&apos;un fichier ou de le remplacer</translation>
    </message>
    <message>
        <source>Remove the Stale Lock</source>
        <translation>Supprimer le verrou obsolète</translation>
    </message>
    <message>
        <source>Remove the stale lock</source>
        <translation>Supprimer le verrou obsolète</translation>
    </message>
    <message>
        <source>Changes status</source>
        <translation>État des modifications</translation>
    </message>
    <message>
        <source>No handbook is open.</source>
        <translation>Aucun manuel n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>these files would be overwritten: %1</source>
        <translation>ces fichiers seraient écrasés : %1</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <source>Space includes or leaves out a file from the next commit; Enter shows its changes; Ctrl+Enter or a double-click opens the page.</source>
        <translation>La touche Espace inclut un fichier dans le prochain commit ou l&apos;en exclut ; Entrée affiche ses modifications ; Ctrl+Enter ou un double-clic ouvre la page.</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Valider…</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Save a version of the checked files in git</source>
        <translation>Enregistrer dans git une version des fichiers cochés</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Proposer…</translation>
    </message>
    <message>
        <source>Propose changes</source>
        <translation>Proposer des modifications</translation>
    </message>
    <message>
        <source>Send the changed pages to GitLab as a merge request</source>
        <translation>Envoyer les pages modifiées à GitLab sous forme de demande de fusion</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>Discard the selected file&apos;s changes</source>
        <translation>Abandonner les modifications du fichier sélectionné</translation>
    </message>
    <message>
        <source>Put the selected file back as it was in the last commit (your version is kept in Backups)</source>
        <translation>Remettre le fichier sélectionné tel qu&apos;il était lors du dernier commit (votre version est conservée dans les sauvegardes)</translation>
    </message>
    <message>
        <source>Send &amp;Now…</source>
        <translation>En&amp;voyer maintenant…</translation>
    </message>
    <message>
        <source>Send the waiting proposals</source>
        <translation>Envoyer les propositions en attente</translation>
    </message>
    <message>
        <source>Select a file to see what changed.</source>
        <translation>Sélectionnez un fichier pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Reading the changes…</source>
        <translation>Lecture des modifications…</translation>
    </message>
    <message>
        <source>This handbook is not in a git repository, so there are no changes to list.</source>
        <translation>Ce manuel n&apos;est pas dans un dépôt git : il n&apos;y a donc aucune modification à afficher.</translation>
    </message>
    <message>
        <source>Could not read the changes: %1</source>
        <translation>Impossible de lire les modifications : %1</translation>
    </message>
    <message>
        <source>No changes — edit a page and save it.</source>
        <translation>Aucune modification — modifiez une page et enregistrez-la.</translation>
    </message>
    <message>
        <source>Cannot show the changes of %1: %2</source>
        <translation>Impossible d&apos;afficher les modifications de %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Open Page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>A&amp;bandonner les modifications…</translation>
    </message>
    <message>
        <source>Could not create the branch %1, so nothing was committed: %2</source>
        <translation>Impossible de créer la branche %1, rien n&apos;a donc été validé : %2</translation>
    </message>
    <message>
        <source>Nothing was committed: git still finds no name and email to record.</source>
        <translation>Rien n&apos;a été validé : git ne trouve toujours aucun nom ni aucune adresse électronique à enregistrer.</translation>
    </message>
    <message>
        <source>Nothing was committed: git needs your name and email to record who made the change.</source>
        <translation>Rien n&apos;a été validé : git a besoin de votre nom et de votre adresse électronique pour enregistrer l&apos;auteur de la modification.</translation>
    </message>
    <message>
        <source>Could not save your name and email, so nothing was committed: %1</source>
        <translation>Impossible d&apos;enregistrer votre nom et votre adresse électronique, rien n&apos;a donc été validé : %1</translation>
    </message>
    <message>
        <source>a detached HEAD</source>
        <translation>une HEAD détachée</translation>
    </message>
    <message>
        <source>Nothing was committed: git&apos;s index is locked (see the explanation above).</source>
        <translation>Rien n&apos;a été validé : l&apos;index de git est verrouillé (voir l&apos;explication ci-dessus).</translation>
    </message>
    <message>
        <source>Nothing to commit: the chosen files have no changes.</source>
        <translation>Rien à valider : les fichiers choisis ne comportent aucune modification.</translation>
    </message>
    <message>
        <source>Nothing was committed: a merge is under way. Finish or abort it first.</source>
        <translation>Rien n&apos;a été validé : une fusion est en cours. Terminez-la ou annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Commit failed: %1</source>
        <translation>Échec de la validation : %1</translation>
    </message>
    <message>
        <source>Git&apos;s index is locked (%1). Another git program may be running, or one crashed and left the lock behind. Until the lock is gone, nothing can be committed.</source>
        <translation>L&apos;index de git est verrouillé (%1). Un autre programme git est peut-être en cours d&apos;exécution, ou l&apos;un d&apos;eux s&apos;est arrêté brutalement en laissant le verrou derrière lui. Tant que le verrou est présent, rien ne peut être validé.</translation>
    </message>
    <message>
        <source>The lock has not changed for %1 and no program has it open, so it is safe to remove.</source>
        <translation>Le verrou n&apos;a pas changé depuis %1 et aucun programme ne l&apos;a ouvert : vous pouvez le supprimer sans risque.</translation>
    </message>
    <message>
        <source>A program still has it open: wait until it has finished.</source>
        <translation>Un programme l&apos;a encore ouvert : attendez qu&apos;il ait terminé.</translation>
    </message>
    <message>
        <source>It changed %1 ago: wait a minute in case a git program is still working.</source>
        <translation>Il a changé il y a %1 : attendez une minute au cas où un programme git serait encore en train de travailler.</translation>
    </message>
    <message>
        <source>Removed the stale lock. You can commit again.</source>
        <translation>Le verrou obsolète a été supprimé. Vous pouvez de nouveau valider.</translation>
    </message>
    <message>
        <source>The lock was not removed: %1</source>
        <translation>Le verrou n&apos;a pas été supprimé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) did not reach GitLab yet. Their commits are safe on this computer.</source>
        <translation>
            <numerusform>%n proposition n&apos;est pas encore parvenue à GitLab. Son commit est en sécurité sur cet ordinateur.</numerusform>
            <numerusform>%n propositions ne sont pas encore parvenues à GitLab. Leurs commits sont en sécurité sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on %1</source>
        <translation>
            <numerusform>%n modification sur %1</numerusform>
            <numerusform>%n modifications sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed %n file(s) to %1 (%2)</source>
        <translation>
            <numerusform>%n fichier validé sur %1 (%2)</numerusform>
            <numerusform>%n fichiers validés sur %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::IdentityDialog</name>
    <message>
        <source>Your Name for Commits</source>
        <translation>Votre nom pour les commits</translation>
    </message>
    <message>
        <source>Every saved version of the handbook records who made it. Enter the name and email your colleagues know you by. They are kept for this handbook only.</source>
        <translation>Chaque version enregistrée du manuel indique qui l&apos;a faite. Saisissez le nom et l&apos;adresse électronique sous lesquels vos collègues vous connaissent. Ils ne sont conservés que pour ce manuel.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <source>Save and Commit</source>
        <translation>Enregistrer et valider</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Adresse électronique :</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Saisissez une adresse électronique comme name@example.com.</translation>
    </message>
    <message>
        <source>Enter your name (without &lt; or &gt;).</source>
        <translation>Saisissez votre nom (sans &lt; ni &gt;).</translation>
    </message>
</context>
<context>
    <name>Folio::Git::KeychainCredentials</name>
    <message>
        <source>The passphrase was wrong. Passphrase of the SSH key %1:</source>
        <translation>La phrase de passe était incorrecte. Phrase de passe de la clé SSH %1 :</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key %1:</source>
        <translation>Phrase de passe de la clé SSH %1 :</translation>
    </message>
    <message>
        <source>SSH Key Passphrase</source>
        <translation>Phrase de passe de la clé SSH</translation>
    </message>
    <message>
        <source>New Server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <source>Folio has not connected to %1 before. Is this its key?</source>
        <translation>Folio ne s&apos;est encore jamais connecté à %1. Est-ce bien sa clé ?</translation>
    </message>
    <message>
        <source>Key type: %1
Fingerprint: %2</source>
        <translation>Type de clé : %1
Empreinte : %2</translation>
    </message>
    <message>
        <source>Warning: this server is known with another type of key.</source>
        <translation>Attention : ce serveur est connu avec un autre type de clé.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gave you. If they differ, do not connect.</source>
        <translation>Comparez l&apos;empreinte avec celle que votre administrateur vous a donnée. Si elles diffèrent, ne vous connectez pas.</translation>
    </message>
    <message>
        <source>Trust and &amp;Remember</source>
        <translation>Faire confiance et &amp;mémoriser</translation>
    </message>
    <message>
        <source>Trust &amp;This Time</source>
        <translation>Faire confiance &amp;cette fois-ci</translation>
    </message>
    <message>
        <source>Do &amp;Not Connect</source>
        <translation>&amp;Ne pas se connecter</translation>
    </message>
</context>
<context>
    <name>Folio::Git::PendingPushesDialog</name>
    <message>
        <source>Waiting Proposals</source>
        <translation>Propositions en attente</translation>
    </message>
    <message>
        <source>These proposals are saved as commits on this computer but have not reached GitLab yet. Send them when you are online.</source>
        <translation>Ces propositions sont enregistrées sous forme de commits sur cet ordinateur, mais ne sont pas encore parvenues à GitLab. Envoyez-les quand vous serez en ligne.</translation>
    </message>
    <message>
        <source>Proposals waiting to be sent</source>
        <translation>Propositions en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>What happened to the last proposal sent</source>
        <translation>Ce qu&apos;il est advenu de la dernière proposition envoyée</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send the selected proposal now</source>
        <translation>Envoyer maintenant la proposition sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Oublier…</translation>
    </message>
    <message>
        <source>Forget the selected proposal</source>
        <translation>Oublier la proposition sélectionnée</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Back to the List</source>
        <translation>&amp;Retour à la liste</translation>
    </message>
    <message>
        <source>%1
branch %2, saved %3</source>
        <translation>%1
branche %2, enregistrée le %3</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message>
        <source>No proposal is waiting: everything reached GitLab.</source>
        <translation>Aucune proposition en attente : tout est parvenu à GitLab.</translation>
    </message>
    <message>
        <source>Cannot read the waiting proposals: %1</source>
        <translation>Impossible de lire les propositions en attente : %1</translation>
    </message>
    <message>
        <source>Sending branch %1 to GitLab…</source>
        <translation>Envoi de la branche %1 à GitLab…</translation>
    </message>
    <message>
        <source>Forget the Proposal?</source>
        <translation>Oublier la proposition ?</translation>
    </message>
    <message>
        <source>Folio will stop offering to send this proposal. Its commit stays on branch %1 on this computer.</source>
        <translation>Folio ne proposera plus d&apos;envoyer cette proposition. Son commit reste sur la branche %1 de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>GitLab still cannot be reached; the proposal keeps waiting. %1</source>
        <translation>GitLab est toujours injoignable ; la proposition reste en attente. %1</translation>
    </message>
    <message>
        <source>Sending cancelled; the proposal keeps waiting.</source>
        <translation>Envoi annulé ; la proposition reste en attente.</translation>
    </message>
    <message>
        <source>Could not send it: %1</source>
        <translation>Impossible de l&apos;envoyer : %1</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ProposalResultView</name>
    <message>
        <source>Merge request link</source>
        <translation>Lien de la demande de fusion</translation>
    </message>
    <message>
        <source>&amp;Open the Prefilled Merge Request Page</source>
        <translation>&amp;Ouvrir la page préremplie de la demande de fusion</translation>
    </message>
    <message>
        <source>Open the prefilled merge request page</source>
        <translation>Ouvrir la page préremplie de la demande de fusion</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Announcement for the team&apos;s chat</source>
        <translation>Annonce pour la messagerie de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the announcement</source>
        <translation>Copier l&apos;annonce</translation>
    </message>
    <message>
        <source>Tell your team, e.g. in Slack:</source>
        <translation>Prévenez votre équipe, par exemple sur Slack :</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Your changes are proposed on branch %1. The merge request:</source>
        <translation>Vos modifications sont proposées sur la branche %1. La demande de fusion :</translation>
    </message>
    <message>
        <source>Your changes are on branch %1, but GitLab did not create the merge request. Open the prefilled page to create it.</source>
        <translation>Vos modifications sont sur la branche %1, mais GitLab n&apos;a pas créé la demande de fusion. Ouvrez la page préremplie pour la créer.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ProposeDialog</name>
    <message>
        <source>Propose Changes</source>
        <translation>Proposer des modifications</translation>
    </message>
    <message>
        <source>Folio sends the chosen pages to GitLab as a merge request, on a new branch. Your pages stay as they are in the editor.</source>
        <translation>Folio envoie les pages choisies à GitLab sous forme de demande de fusion, sur une nouvelle branche. Vos pages restent telles quelles dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Pages to propose</source>
        <translation>Pages à proposer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Why the change? Folio adds the list of changed pages after your text.</source>
        <translation>Pourquoi cette modification ? Folio ajoute la liste des pages modifiées après votre texte.</translation>
    </message>
    <message>
        <source>Target branch</source>
        <translation>Branche cible</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Mark as &amp;draft (not ready for review yet)</source>
        <translation>Marquer comme br&amp;ouillon (pas encore prêt pour la relecture)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
    <message>
        <source>Optional: GitLab user names</source>
        <translation>Facultatif : noms d&apos;utilisateur GitLab</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Personnes assignées</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nom de la branche</translation>
    </message>
    <message>
        <source>Why the changes cannot be proposed yet</source>
        <translation>Pourquoi les modifications ne peuvent pas encore être proposées</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Fusionner da&amp;ns :</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Étiquettes :</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Relecteurs :</translation>
    </message>
    <message>
        <source>&amp;Assignees:</source>
        <translation>Personnes &amp;assignées :</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>Bran&amp;che :</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Pages to include:</source>
        <translation>Pages à inclure :</translation>
    </message>
    <message>
        <source>What Folio is doing</source>
        <translation>Ce que fait Folio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the proposal</source>
        <translation>Annuler la proposition</translation>
    </message>
    <message>
        <source>Why the proposal failed</source>
        <translation>Raison de l&apos;échec de la proposition</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>R&amp;etour</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Send the saved commit again</source>
        <translation>Renvoyer le commit enregistré</translation>
    </message>
    <message>
        <source>Cannot propose yet: %1</source>
        <translation>Impossible de proposer pour l&apos;instant : %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Getting the latest version of the handbook…</source>
        <translation>Récupération de la dernière version du manuel…</translation>
    </message>
    <message>
        <source>Putting your changes on a new branch…</source>
        <translation>Placement de vos modifications sur une nouvelle branche…</translation>
    </message>
    <message>
        <source>Saving a version of your changes…</source>
        <translation>Enregistrement d&apos;une version de vos modifications…</translation>
    </message>
    <message>
        <source>Sending your changes to GitLab…</source>
        <translation>Envoi de vos modifications à GitLab…</translation>
    </message>
    <message>
        <source>Folio could not propose your changes: %1</source>
        <translation>Folio n&apos;a pas pu proposer vos modifications : %1</translation>
    </message>
    <message>
        <source>GitLab could not be reached. Your commit is safe on branch %1 — push it later, when you are online: Try Again, or the Changes panel&apos;s Send Now.</source>
        <translation>GitLab est injoignable. Votre commit est en sécurité sur la branche %1 — envoyez-le plus tard, quand vous serez en ligne : «&#xa0;Réessayer&#xa0;», ou «&#xa0;Envoyer maintenant&#xa0;» dans le panneau Modifications.</translation>
    </message>
    <message>
        <source>GitLab already has a branch named %1 with other changes, so yours cannot be added to it. Go Back and propose again: Folio suggests a new branch name.</source>
        <translation>GitLab a déjà une branche nommée %1 contenant d&apos;autres modifications : les vôtres ne peuvent donc pas y être ajoutées. Revenez en arrière avec «&#xa0;Retour&#xa0;» et proposez à nouveau : Folio suggère un nouveau nom de branche.</translation>
    </message>
    <message>
        <source>GitLab did not accept your credentials. Your commit is safe on branch %1: Try Again to enter your access token again.</source>
        <translation>GitLab n&apos;a pas accepté vos identifiants. Votre commit est en sécurité sur la branche %1 : cliquez sur «&#xa0;Réessayer&#xa0;» pour saisir à nouveau votre jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>You cancelled the proposal: %1</source>
        <translation>Vous avez annulé la proposition : %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::BackupsDialog</name>
    <message>
        <source>Changes discarded</source>
        <translation>Modifications abandonnées</translation>
    </message>
    <message>
        <source>Changes discarded (staged version)</source>
        <translation>Modifications abandonnées (version indexée)</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <source>Merge aborted</source>
        <translation>Fusion annulée</translation>
    </message>
    <message>
        <source>Replaced by a restored backup</source>
        <translation>Remplacé par une sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Folio keeps a copy of a file before it replaces or removes it (when you discard changes, resolve a conflict or abort a merge). Newest first.</source>
        <translation>Folio conserve une copie d&apos;un fichier avant de le remplacer ou de le supprimer (lorsque vous abandonnez des modifications, résolvez un conflit ou annulez une fusion). Les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Original location</source>
        <translation>Emplacement d&apos;origine</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Open Backups Folder</source>
        <translation>&amp;Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The backups folder could not be opened. It is %1</source>
        <translation>Le dossier des sauvegardes n&apos;a pas pu être ouvert. Il se trouve ici : %1</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 a été restauré.</translation>
    </message>
    <message>
        <source>Restored next to the current file, as %1.</source>
        <translation>Restauré à côté du fichier actuel, sous le nom %1.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>“%1” has changed since this backup was taken.</source>
        <translation>«&#xa0;%1&#xa0;» a changé depuis cette sauvegarde.</translation>
    </message>
    <message>
        <source>Keep both: the backup is restored next to the file, under a new name.
Replace: the backup replaces the file; its current version is saved to backups first.</source>
        <translation>Garder les deux : la sauvegarde est restaurée à côté du fichier, sous un nouveau nom.
Remplacer : la sauvegarde remplace le fichier ; sa version actuelle est d&apos;abord enregistrée dans les sauvegardes.</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>Keep both versions</source>
        <translation>Garder les deux versions</translation>
    </message>
    <message>
        <source>&amp;Replace (Current Version Is Backed Up)</source>
        <translation>&amp;Remplacer (la version actuelle est sauvegardée)</translation>
    </message>
    <message>
        <source>Replace the file; its current version is backed up</source>
        <translation>Remplacer le fichier ; sa version actuelle est sauvegardée</translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation>Impossible d&apos;afficher la liste des sauvegardes : %1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée : %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::BranchBar</name>
    <message>
        <source>Switch, create or merge branches</source>
        <translation>Changer de branche, créer ou fusionner des branches</translation>
    </message>
    <message>
        <source>Branch menu</source>
        <translation>Menu des branches</translation>
    </message>
    <message>
        <source>Switching branch</source>
        <translation>Changement de branche</translation>
    </message>
    <message>
        <source>Merge in progress: continue…</source>
        <translation>Fusion en cours : continuer…</translation>
    </message>
    <message>
        <source>Continue or abort the merge in progress</source>
        <translation>Continuer ou annuler la fusion en cours</translation>
    </message>
    <message>
        <source>Git operation in progress</source>
        <translation>Opération git en cours</translation>
    </message>
    <message>
        <source>A git operation started outside Folio (such as a rebase) is not finished. Finish or abort it with git before switching branches.</source>
        <translation>Une opération git lancée en dehors de Folio (par exemple un rebase) n&apos;est pas terminée. Terminez-la ou annulez-la avec git avant de changer de branche.</translation>
    </message>
    <message>
        <source>No git repository</source>
        <translation>Aucun dépôt git</translation>
    </message>
    <message>
        <source>Reading branches…</source>
        <translation>Lecture des branches…</translation>
    </message>
    <message>
        <source>Branches unavailable</source>
        <translation>Branches indisponibles</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>détachée sur %1</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (aucun commit pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Branche : %1</translation>
    </message>
    <message>
        <source>Cannot read the branches: %1</source>
        <translation>Impossible de lire les branches : %1</translation>
    </message>
    <message>
        <source>Finish or abort the merge in progress first</source>
        <translation>Terminez ou annulez d&apos;abord la fusion en cours</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Basculer vers</translation>
    </message>
    <message>
        <source>Follows %1: %2 ahead, %3 behind</source>
        <translation>Suit %1 : %2 en avance, %3 en retard</translation>
    </message>
    <message>
        <source>Creates a local branch “%1” that follows %2</source>
        <translation>Crée une branche locale «&#xa0;%1&#xa0;» qui suit %2</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>&amp;Nouvelle branche…</translation>
    </message>
    <message>
        <source>the current version</source>
        <translation>la version actuelle</translation>
    </message>
    <message>
        <source>&amp;Merge a Branch into %1…</source>
        <translation>&amp;Fusionner une branche dans %1…</translation>
    </message>
    <message>
        <source>&amp;Merge %1 into %2…</source>
        <translation>&amp;Fusionner %1 dans %2…</translation>
    </message>
    <message>
        <source>&amp;Update from %1…</source>
        <translation>&amp;Mettre à jour depuis %1…</translation>
    </message>
    <message>
        <source>Get the latest version from GitLab and merge it into %1</source>
        <translation>Récupérer la dernière version depuis GitLab et la fusionner dans %1</translation>
    </message>
    <message>
        <source>&amp;Continue the Merge in Progress…</source>
        <translation>&amp;Continuer la fusion en cours…</translation>
    </message>
    <message>
        <source>Cannot Switch Branch</source>
        <translation>Impossible de changer de branche</translation>
    </message>
    <message>
        <source>Folio could not switch to “%1”. Nothing was changed.</source>
        <translation>Folio n&apos;a pas pu basculer vers «&#xa0;%1&#xa0;». Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::ConflictResolverWidget</name>
    <message>
        <source>Both branches changed these files in different ways. For each file, keep your version, take theirs, or edit the file to combine them and then mark it resolved.</source>
        <translation>Les deux branches ont modifié ces fichiers de manière différente. Pour chaque fichier, gardez votre version, prenez la leur, ou modifiez le fichier pour les combiner, puis marquez-le comme résolu.</translation>
    </message>
    <message>
        <source>Files with conflicts</source>
        <translation>Fichiers en conflit</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Keep my version of the selected file</source>
        <translation>Garder ma version du fichier sélectionné</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre leur version</translation>
    </message>
    <message>
        <source>Take their version of the selected file</source>
        <translation>Prendre leur version du fichier sélectionné</translation>
    </message>
    <message>
        <source>I Edited It — &amp;Mark Resolved</source>
        <translation>Je l&apos;ai modifié — &amp;Marquer comme résolu</translation>
    </message>
    <message>
        <source>Mark the selected file resolved as I edited it</source>
        <translation>Marquer le fichier sélectionné comme résolu, tel que je l&apos;ai modifié</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the selected file to edit it</source>
        <translation>Ouvrir le fichier sélectionné pour le modifier</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Complete Merge</source>
        <translation>&amp;Terminer la fusion</translation>
    </message>
    <message>
        <source>Complete the merge</source>
        <translation>Terminer la fusion</translation>
    </message>
    <message>
        <source>&amp;Abort Merge…</source>
        <translation>&amp;Annuler la fusion…</translation>
    </message>
    <message>
        <source>Abort the merge and go back to before it</source>
        <translation>Annuler la fusion et revenir à l&apos;état d&apos;avant</translation>
    </message>
    <message>
        <source>Abort Merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Abort the merge and put every file back as it was before?</source>
        <translation>Annuler la fusion et remettre chaque fichier dans son état d&apos;avant ?</translation>
    </message>
    <message>
        <source>Changes you made to conflicted files during the merge are saved to backups first.</source>
        <translation>Les modifications que vous avez apportées aux fichiers en conflit pendant la fusion sont d&apos;abord enregistrées dans les sauvegardes.</translation>
    </message>
    <message>
        <source>Abort the merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Keep Merging</source>
        <translation>Poursuivre la fusion</translation>
    </message>
    <message>
        <source>Keep merging</source>
        <translation>Poursuivre la fusion</translation>
    </message>
    <message>
        <source>No conflicts left: complete the merge to record it.</source>
        <translation>Plus aucun conflit : terminez la fusion pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>You deleted this file and they changed it. “Keep Mine” deletes it.</source>
        <translation>Vous avez supprimé ce fichier et l&apos;autre branche l&apos;a modifié. «&#xa0;Garder ma version&#xa0;» le supprime.</translation>
    </message>
    <message>
        <source>They deleted this file and you changed it. “Take Theirs” deletes it.</source>
        <translation>L&apos;autre branche a supprimé ce fichier et vous l&apos;avez modifié. «&#xa0;Prendre leur version&#xa0;» le supprime.</translation>
    </message>
    <message>
        <source>Both branches changed this file.</source>
        <translation>Les deux branches ont modifié ce fichier.</translation>
    </message>
    <message>
        <source>“%1” was not marked resolved: %2.
Open the file, keep the text you want between the &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, delete those lines, save, then mark it resolved again.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été marqué comme résolu : %2.
Ouvrez le fichier, gardez le texte voulu entre les lignes &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= et &gt;&gt;&gt;&gt;&gt;&gt;&gt;, supprimez ces lignes, enregistrez, puis marquez-le à nouveau comme résolu.</translation>
    </message>
    <message>
        <source>“%1” could not be resolved: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être résolu : %2</translation>
    </message>
    <message>
        <source>The merge could not be completed: %1</source>
        <translation>La fusion n&apos;a pas pu être terminée : %1</translation>
    </message>
    <message>
        <source>The merge could not be aborted: %1</source>
        <translation>La fusion n&apos;a pas pu être annulée : %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::DiscardConfirmation</name>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard “%1”? It was never committed, so discarding removes the file.</source>
        <translation>Abandonner «&#xa0;%1&#xa0;» ? Ce fichier n&apos;a jamais été validé : l&apos;abandonner le supprime.</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”? It goes back to the last committed version.</source>
        <translation>Abandonner vos modifications de «&#xa0;%1&#xa0;» ? Le fichier revient à sa dernière version validée.</translation>
    </message>
    <message>
        <source>Your current version is saved to backups first: you can get it back any time from Backups.</source>
        <translation>Votre version actuelle est d&apos;abord enregistrée dans les sauvegardes : vous pouvez la récupérer à tout moment depuis Sauvegardes.</translation>
    </message>
    <message>
        <source>Discarding</source>
        <translation>Abandon des modifications en cours</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard the changes to %1</source>
        <translation>Abandonner les modifications de %1</translation>
    </message>
    <message>
        <source>Keep the changes</source>
        <translation>Conserver les modifications</translation>
    </message>
    <message>
        <source>The changes were not discarded: %1</source>
        <translation>Les modifications n&apos;ont pas été abandonnées : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Branch to merge</source>
        <translation>Branche à fusionner</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Start the merge</source>
        <translation>Lancer la fusion</translation>
    </message>
    <message>
        <source>&amp;Branch to merge:</source>
        <translation>&amp;Branche à fusionner :</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Fusion en cours</translation>
    </message>
    <message>
        <source>Files in the way</source>
        <translation>Fichiers qui bloquent la fusion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Merge in Progress</source>
        <translation>Fusion en cours</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Mettre à jour depuis %1</translation>
    </message>
    <message>
        <source>Getting the latest version of “%1” from GitLab…</source>
        <translation>Récupération de la dernière version de «&#xa0;%1&#xa0;» depuis GitLab…</translation>
    </message>
    <message>
        <source>Update cancelled: nothing was changed.</source>
        <translation>Mise à jour annulée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>GitLab could not be reached, so nothing was changed. Update again when you are online.</source>
        <translation>GitLab est injoignable : rien n&apos;a donc été modifié. Relancez la mise à jour quand vous serez en ligne.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Could not get the latest version of “%1”: nothing was changed.</source>
        <translation>Impossible de récupérer la dernière version de «&#xa0;%1&#xa0;» : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Merging “%1” into “%2”…</source>
        <translation>Fusion de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Continue Later</source>
        <translation>Continuer plus tard</translation>
    </message>
    <message>
        <source>Close and continue the merge later</source>
        <translation>Fermer et continuer la fusion plus tard</translation>
    </message>
    <message>
        <source>Bring the changes from another branch into the current version (detached at %1).</source>
        <translation>Intégrer les modifications d&apos;une autre branche dans la version actuelle (détachée sur %1).</translation>
    </message>
    <message>
        <source>Bring the changes from another branch into “%1”, the branch you are on.</source>
        <translation>Intégrer les modifications d&apos;une autre branche dans «&#xa0;%1&#xa0;», la branche sur laquelle vous êtes.</translation>
    </message>
    <message>
        <source>There is no other branch to merge into “%1”.</source>
        <translation>Il n&apos;y a aucune autre branche à fusionner dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to merge: “%1” already has every change from “%2”.</source>
        <translation>Rien à fusionner : «&#xa0;%1&#xa0;» contient déjà toutes les modifications de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Done: “%1” now has every change from “%2”.</source>
        <translation>Terminé : «&#xa0;%1&#xa0;» contient maintenant toutes les modifications de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Done: the changes from “%1” were merged into “%2”.</source>
        <translation>Terminé : les modifications de «&#xa0;%1&#xa0;» ont été fusionnées dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”: Conflicts</source>
        <translation>Fusion de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» : conflits</translation>
    </message>
    <message>
        <source>Nothing was changed. Merging “%1” would overwrite changes that are not committed yet in these files:</source>
        <translation>Rien n&apos;a été modifié. La fusion de «&#xa0;%1&#xa0;» écraserait des modifications non encore validées dans ces fichiers :</translation>
    </message>
    <message>
        <source>Commit or discard these changes first, then merge again.
Details: %1</source>
        <translation>Validez ou abandonnez d&apos;abord ces modifications, puis relancez la fusion.
Détails : %1</translation>
    </message>
    <message>
        <source>The merge could not be done: %1</source>
        <translation>La fusion n&apos;a pas pu être effectuée : %1</translation>
    </message>
    <message>
        <source>Done: the merge was completed.</source>
        <translation>Terminé : la fusion a été achevée.</translation>
    </message>
    <message>
        <source>The merge was aborted: every file is back as it was before the merge.</source>
        <translation>La fusion a été annulée : chaque fichier est revenu à son état d&apos;avant la fusion.</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::NewBranchDialog</name>
    <message>
        <source>New Branch</source>
        <translation>Nouvelle branche</translation>
    </message>
    <message>
        <source>A branch is a separate line of work: your changes on it stay apart from other branches until you merge them.</source>
        <translation>Une branche est une ligne de travail séparée : vos modifications y restent à l&apos;écart des autres branches jusqu&apos;à ce que vous les fusionniez.</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nom de la branche</translation>
    </message>
    <message>
        <source>for example: update-pricing-page</source>
        <translation>par exemple : update-pricing-page</translation>
    </message>
    <message>
        <source>Branch name check</source>
        <translation>Vérification du nom de la branche</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>The current version</source>
        <translation>La version actuelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Point de départ :</translation>
    </message>
    <message>
        <source>Create and Switch</source>
        <translation>Créer et basculer</translation>
    </message>
    <message>
        <source>Create the branch and switch to it</source>
        <translation>Créer la branche et basculer dessus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The current version (%1)</source>
        <translation>La version actuelle (%1)</translation>
    </message>
    <message>
        <source>Type a name for the new branch.</source>
        <translation>Saisissez un nom pour la nouvelle branche.</translation>
    </message>
    <message>
        <source>A branch named “%1” already exists.</source>
        <translation>Une branche nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>This name cannot be used: %1</source>
        <translation>Ce nom ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>Folio will create “%1” and switch to it.</source>
        <translation>Folio va créer «&#xa0;%1&#xa0;» et basculer dessus.</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::SwitchRefusedDialog</name>
    <message>
        <source>Cannot Switch Branch</source>
        <translation>Impossible de changer de branche</translation>
    </message>
    <message>
        <source>Folio did not switch to “%1”: these files have changes that are not committed yet, and switching would overwrite them.</source>
        <translation>Folio n&apos;a pas basculé vers «&#xa0;%1&#xa0;» : ces fichiers comportent des modifications non encore validées, et le changement de branche les écraserait.</translation>
    </message>
    <message>
        <source>Files with uncommitted changes</source>
        <translation>Fichiers avec des modifications non validées</translation>
    </message>
    <message>
        <source>Nothing was changed and your work is safe. To switch, first either:
• commit these changes, to keep them on the current branch, or
• discard them, if you do not need them (Folio keeps a backup copy).
Then switch again.</source>
        <translation>Rien n&apos;a été modifié et votre travail est en sécurité. Pour changer de branche, commencez par :
• valider ces modifications, pour les conserver sur la branche actuelle, ou
• les abandonner, si vous n&apos;en avez pas besoin (Folio en garde une copie de sauvegarde).
Puis changez à nouveau de branche.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Folio::MainWindow</name>
    <message>
        <source>This page: as last committed</source>
        <translation>Cette page : identique au dernier commit</translation>
    </message>
    <message>
        <source>This page: changed since the last commit</source>
        <translation>Cette page : modifiée depuis le dernier commit</translation>
    </message>
    <message>
        <source>This page: new, not committed yet</source>
        <translation>Cette page : nouvelle, pas encore validée</translation>
    </message>
    <message>
        <source>This page: deleted, not committed yet</source>
        <translation>Cette page : supprimée, pas encore validée</translation>
    </message>
    <message>
        <source>This page: renamed, not committed yet</source>
        <translation>Cette page : renommée, pas encore validée</translation>
    </message>
    <message>
        <source>This page: merge conflict</source>
        <translation>Cette page : conflit de fusion</translation>
    </message>
    <message>
        <source>This page: ignored by git</source>
        <translation>Cette page : ignorée par git</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>détachée sur %1</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (aucun commit pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Branche : %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Filter pages</source>
        <translation>Filtrer les pages</translation>
    </message>
    <message>
        <source>Filter pages by title or path</source>
        <translation>Filtrer les pages par titre ou par chemin</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Current branch</source>
        <translation>Branche actuelle</translation>
    </message>
    <message>
        <source>Page changes</source>
        <translation>Modifications de la page</translation>
    </message>
    <message>
        <source>Folio cannot keep a copy of your unsaved edits in case it stops unexpectedly: %1</source>
        <translation>Folio ne peut pas conserver de copie de vos modifications non enregistrées en cas d&apos;arrêt inattendu : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Clone Handbook…</source>
        <translation>&amp;Cloner un manuel…</translation>
    </message>
    <message>
        <source>Copy a handbook from its git server to this computer</source>
        <translation>Copier un manuel depuis son serveur git vers cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Open Handbook…</source>
        <translation>&amp;Ouvrir un manuel…</translation>
    </message>
    <message>
        <source>Open a handbook folder that is already on this computer</source>
        <translation>Ouvrir un dossier de manuel déjà présent sur cet ordinateur</translation>
    </message>
    <message>
        <source>Open &amp;Demo Handbook</source>
        <translation>Ouvrir le manuel de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Autosave</source>
        <translation>Enregistrement &amp;automatique</translation>
    </message>
    <message>
        <source>Save the page by itself a few seconds after you stop typing</source>
        <translation>Enregistrer automatiquement la page quelques secondes après l&apos;arrêt de la saisie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Page &amp;Tree</source>
        <translation>&amp;Arborescence des pages</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Go to &amp;Page…</source>
        <translation>Aller à la &amp;page…</translation>
    </message>
    <message>
        <source>Open a page by typing part of its title or path</source>
        <translation>Ouvrir une page en saisissant une partie de son titre ou de son chemin</translation>
    </message>
    <message>
        <source>&amp;Find in Handbook…</source>
        <translation>&amp;Rechercher dans le manuel…</translation>
    </message>
    <message>
        <source>Search the text of every page</source>
        <translation>Rechercher dans le texte de toutes les pages</translation>
    </message>
    <message>
        <source>Go to &amp;Line…</source>
        <translation>Aller à la &amp;ligne…</translation>
    </message>
    <message>
        <source>Put the cursor on a line of the page by its number</source>
        <translation>Placer le curseur sur une ligne de la page d&apos;après son numéro</translation>
    </message>
    <message>
        <source>Mark &amp;Misspellings in Preview</source>
        <translation>Marquer les fautes d&apos;&amp;orthographe dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Underline the words the spelling check does not know in the preview too</source>
        <translation>Souligner aussi dans l&apos;aperçu les mots inconnus du correcteur orthographique</translation>
    </message>
    <message>
        <source>Check the spelling, links and front matter of every page of the handbook</source>
        <translation>Vérifier l&apos;orthographe, les liens et le front matter de toutes les pages du manuel</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>P&amp;revious Problem</source>
        <translation>Problème pr&amp;écédent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Folio</source>
        <translation>À &amp;propos de Folio</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Show or hide the list of changes</source>
        <translation>Afficher ou masquer la liste des modifications</translation>
    </message>
    <message>
        <source>Indexing the handbook</source>
        <translation>Indexation du manuel</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>Indexation : %v sur %m</translation>
    </message>
    <message>
        <source>Find in Handbook</source>
        <translation>Rechercher dans le manuel</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>Soft &amp;Wrap</source>
        <translation>Retour à la ligne &amp;dynamique</translation>
    </message>
    <message>
        <source>Wrap long lines at the editor&apos;s edge instead of scrolling sideways</source>
        <translation>Renvoyer les longues lignes à la ligne au bord de l&apos;éditeur au lieu de faire défiler horizontalement</translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Mode</source>
        <translation>Mode &amp;sans distraction</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>Save a version of the checked files in git</source>
        <translation>Enregistrer dans git une version des fichiers cochés</translation>
    </message>
    <message>
        <source>Nothing to commit: no file has changed.</source>
        <translation>Rien à valider : aucun fichier n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Propose Changes…</source>
        <translation>&amp;Proposer des modifications…</translation>
    </message>
    <message>
        <source>Send the changed pages to GitLab as a merge request</source>
        <translation>Envoyer les pages modifiées à GitLab sous forme de demande de fusion</translation>
    </message>
    <message>
        <source>Nothing to propose: no page has changed.</source>
        <translation>Rien à proposer : aucune page n&apos;a été modifiée.</translation>
    </message>
    <message>
        <source>Send &amp;Waiting Proposals…</source>
        <translation>Envoyer les propositions en &amp;attente…</translation>
    </message>
    <message>
        <source>Send the proposals that did not reach GitLab</source>
        <translation>Envoyer les propositions qui ne sont pas parvenues à GitLab</translation>
    </message>
    <message>
        <source>&amp;Update from GitLab…</source>
        <translation>&amp;Mettre à jour depuis GitLab…</translation>
    </message>
    <message>
        <source>Get the latest version of the handbook and merge it into your branch</source>
        <translation>Récupérer la dernière version du manuel et la fusionner dans votre branche</translation>
    </message>
    <message>
        <source>Nothing to update from: this handbook has no GitLab remote.</source>
        <translation>Rien à mettre à jour : ce manuel n&apos;a pas de dépôt distant GitLab.</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>&amp;Nouvelle branche…</translation>
    </message>
    <message>
        <source>Start a branch for a change</source>
        <translation>Créer une branche pour une modification</translation>
    </message>
    <message>
        <source>&amp;Switch Branch</source>
        <translation>&amp;Changer de branche</translation>
    </message>
    <message>
        <source>Choose the branch to work on</source>
        <translation>Choisir la branche sur laquelle travailler</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Bring the changes of another branch into this one</source>
        <translation>Intégrer les modifications d&apos;une autre branche dans celle-ci</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>A&amp;bandonner les modifications…</translation>
    </message>
    <message>
        <source>Put the selected file back as it was in the last commit</source>
        <translation>Remettre le fichier sélectionné tel qu&apos;il était lors du dernier commit</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>The copies Folio kept before discarding or replacing a file</source>
        <translation>Les copies conservées par Folio avant d&apos;abandonner les modifications d&apos;un fichier ou de le remplacer</translation>
    </message>
    <message>
        <source>Select a changed file in the Changes panel first.</source>
        <translation>Sélectionnez d&apos;abord un fichier modifié dans le panneau Modifications.</translation>
    </message>
    <message>
        <source>No handbook is open.</source>
        <translation>Aucun manuel n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Clone Handbook…</source>
        <translation>Cloner un manuel…</translation>
    </message>
    <message>
        <source>Open Handbook…</source>
        <translation>Ouvrir un manuel…</translation>
    </message>
    <message>
        <source>Open Demo Handbook</source>
        <translation>Ouvrir le manuel de démonstration</translation>
    </message>
    <message>
        <source>The demo handbook could not be created: %1</source>
        <translation>Le manuel de démonstration n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Cannot open %1.
%2</source>
        <translation>Impossible d&apos;ouvrir %1.
%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>This is Folio&apos;s demo handbook, yours to try things on: its commits and merge requests stay on this computer. To work on your team&apos;s handbook, clone it from its git server, or open a copy you already have.</source>
        <translation>Ceci est le manuel de démonstration de Folio, pour vous entraîner : ses commits et demandes de fusion restent sur cet ordinateur. Pour travailler sur le manuel de votre équipe, clonez-le depuis son serveur git, ou ouvrez une copie que vous avez déjà.</translation>
    </message>
    <message>
        <source>%1 is not a Hugo or Middleman handbook: showing it as a plain folder of Markdown pages.</source>
        <translation>%1 n&apos;est pas un manuel Hugo ou Middleman : il est affiché comme un simple dossier de pages Markdown.</translation>
    </message>
    <message>
        <source>The edits could not be discarded: %1</source>
        <translation>Les modifications n&apos;ont pas pu être abandonnées : %1</translation>
    </message>
    <message>
        <source>%1 is open read-only, so Folio cannot damage it: %2</source>
        <translation>%1 est ouvert en lecture seule, afin que Folio ne puisse pas l&apos;endommager : %2</translation>
    </message>
    <message>
        <source>Could not save %1. Your changes are still here, unsaved.
%2</source>
        <translation>Impossible d&apos;enregistrer %1. Vos modifications sont toujours là, non enregistrées.
%2</translation>
    </message>
    <message>
        <source>Autosave could not save %1. Your changes are still here, unsaved, and kept in case Folio stops; save them once the problem is fixed.
%2</source>
        <translation>L&apos;enregistrement automatique n&apos;a pas pu enregistrer %1. Vos modifications sont toujours là, non enregistrées, et conservées en cas d&apos;arrêt de Folio ; enregistrez-les une fois le problème résolu.
%2</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>%1 enregistré automatiquement</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 comporte des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <source>Open Handbook</source>
        <translation>Ouvrir un manuel</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git : %1</translation>
    </message>
    <message>
        <source>Not in a git repository</source>
        <translation>Pas dans un dépôt git</translation>
    </message>
    <message>
        <source>Problems in %1 (the defaults are used instead):
%2</source>
        <translation>Problèmes dans %1 (les valeurs par défaut sont utilisées à la place) :
%2</translation>
    </message>
    <message>
        <source>No page is open. Choose one in the page tree.</source>
        <translation>Aucune page n&apos;est ouverte. Choisissez-en une dans l&apos;arborescence des pages.</translation>
    </message>
    <message>
        <source>%1 is outside the handbook, so Folio does not open it. It is at %2</source>
        <translation>%1 est en dehors du manuel : Folio ne l&apos;ouvre donc pas. Emplacement : %2</translation>
    </message>
    <message>
        <source>%1 is not a page, so Folio does not open it. It is at %2</source>
        <translation>%1 n&apos;est pas une page : Folio ne l&apos;ouvre donc pas. Emplacement : %2</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Choose the editor&apos;s font, autosave, the spelling language, the preview&apos;s colours and defaults for merge requests</source>
        <translation>Choisir la police de l&apos;éditeur, l&apos;enregistrement automatique, la langue du correcteur orthographique, les couleurs de l&apos;aperçu et les valeurs par défaut des demandes de fusion</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>G&amp;it</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Panneau suiva&amp;nt</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel</source>
        <translation>Déplacer le focus clavier vers le panneau suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>Panneau pré&amp;cédent</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Déplacer le focus clavier vers le panneau précédent</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préférence&amp;s…</translation>
    </message>
    <message>
        <source>Chec&amp;k Whole Handbook</source>
        <translation>Vérifier tout le &amp;manuel</translation>
    </message>
    <message>
        <source>Only the page&apos;s text, full screen; %1 leaves</source>
        <translation>Uniquement le texte de la page, en plein écran ; %1 pour quitter</translation>
    </message>
</context>
<context>
    <name>Folio::Markdown::HtmlSanitizer</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Embedded content</source>
        <translation>Contenu intégré</translation>
    </message>
</context>
<context>
    <name>Folio::PageTreeDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommée</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>Folio::Preferences::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Use the system&apos;s &amp;fixed-width font</source>
        <translation>Utiliser la police à chasse &amp;fixe du système</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;Autosave a few seconds after typing stops</source>
        <translation>&amp;Enregistrer automatiquement quelques secondes après l&apos;arrêt de la saisie</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>The handbook&apos;s: %1</source>
        <translation>Selon le manuel : %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Selon le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Merge requests</source>
        <translation>Demandes de fusion</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Labels for new merge requests, separated by commas</source>
        <translation>Étiquettes des nouvelles demandes de fusion, séparées par des virgules</translation>
    </message>
    <message>
        <source>Default la&amp;bels:</source>
        <translation>Étiquettes par &amp;défaut :</translation>
    </message>
    <message>
        <source>The default branch</source>
        <translation>La branche par défaut</translation>
    </message>
    <message>
        <source>The branch merge requests ask to merge into</source>
        <translation>La branche dans laquelle les demandes de fusion proposent de fusionner</translation>
    </message>
    <message>
        <source>&amp;Target branch:</source>
        <translation>&amp;Branche cible :</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (dictionnaire non installé)</translation>
    </message>
</context>
<context>
    <name>Folio::Preview::RenderedDiffController</name>
    <message>
        <source>%1 is not a page of the handbook: there is no rendered diff for it.</source>
        <translation>%1 n&apos;est pas une page du manuel : aucune comparaison du rendu n&apos;est disponible pour ce fichier.</translation>
    </message>
    <message>
        <source>Git is not available.</source>
        <translation>Git n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The page as of %1 cannot be read: %2</source>
        <translation>La page telle qu&apos;elle était dans %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>Cannot read %1 as of %2: %3</source>
        <translation>Impossible de lire %1 dans sa version de %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Rendered Diff: %1</source>
        <translation>Différences du rendu : %1</translation>
    </message>
</context>
<context>
    <name>Folio::Preview::RenderedDiffView</name>
    <message>
        <source>Previous Change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n bloc modifié</numerusform>
            <numerusform>%n blocs modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) added</source>
        <translation>
            <numerusform>%n bloc ajouté</numerusform>
            <numerusform>%n blocs ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) removed</source>
        <translation>
            <numerusform>%n bloc supprimé</numerusform>
            <numerusform>%n blocs supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n mot ajouté</numerusform>
            <numerusform>%n mots ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n mot supprimé</numerusform>
            <numerusform>%n mots supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Modifications de %1</translation>
    </message>
    <message>
        <source>Changes to %1 since %2</source>
        <translation>Modifications de %1 depuis %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modification %1 sur %2</translation>
    </message>
    <message>
        <source>Previous change (%1, %2)</source>
        <translation>Modification précédente (%1, %2)</translation>
    </message>
    <message>
        <source>Next change (%1, %2)</source>
        <translation>Modification suivante (%1, %2)</translation>
    </message>
</context>
<context>
    <name>Folio::Review::ProblemsPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1  —  line %2, column %3</source>
        <translation>%1  —  ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>  (did you mean %1?)</source>
        <translation>  (vouliez-vous dire %1 ?)</translation>
    </message>
    <message>
        <source>Check Handbook</source>
        <translation>Vérifier le manuel</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Front Matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <source>Check every page of the handbook</source>
        <translation>Vérifier toutes les pages du manuel</translation>
    </message>
    <message>
        <source>Check the spelling, links and front matter of every page of the handbook</source>
        <translation>Vérifier l&apos;orthographe, les liens et le front matter de toutes les pages du manuel</translation>
    </message>
    <message>
        <source>Pages checked</source>
        <translation>Pages vérifiées</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Nombre de problèmes</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop checking the handbook</source>
        <translation>Arrêter la vérification du manuel</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Show problems: %1</source>
        <translation>Afficher les problèmes : %1</translation>
    </message>
    <message>
        <source>Show or hide problems: %1</source>
        <translation>Afficher ou masquer les problèmes : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n page(s)</source>
        <translation>
            <numerusform>%1 dans %n page</numerusform>
            <numerusform>%1 dans %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Review::ReviewController</name>
    <message>
        <source>Spelling is not checked: %1</source>
        <translation>L&apos;orthographe n&apos;est pas vérifiée : %1</translation>
    </message>
    <message>
        <source>A spelling word list cannot be used: %1</source>
        <translation>Impossible d&apos;utiliser une liste de mots du correcteur orthographique : %1</translation>
    </message>
    <message>
        <source>Change Link to “%1”</source>
        <translation>Remplacer le lien par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>Renommer en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Handbook Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire du manuel</translation>
    </message>
    <message>
        <source>Add “%1” to Personal Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire personnel</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” could not be added: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être ajouté : %2</translation>
    </message>
</context>
<context>
    <name>Folio::Widgets::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::BacklinksPanel</name>
    <message>
        <source>Backlinks</source>
        <translation>Liens entrants</translation>
    </message>
    <message>
        <source>Pages that link to this page</source>
        <translation>Pages qui pointent vers cette page</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2 : %3</translation>
    </message>
    <message>
        <source>%1 (to #%2)</source>
        <translation>%1 (vers #%2)</translation>
    </message>
    <message>
        <source>Open a page to see which pages link to it.</source>
        <translation>Ouvrez une page pour voir quelles pages pointent vers elle.</translation>
    </message>
    <message>
        <source>Indexing the handbook…</source>
        <translation>Indexation du manuel…</translation>
    </message>
    <message>
        <source>No page links to this page.</source>
        <translation>Aucune page ne pointe vers cette page.</translation>
    </message>
    <message>
        <source>One link to this page:</source>
        <translation>Un lien vers cette page :</translation>
    </message>
    <message>
        <source>%1 links to this page:</source>
        <translation>%1 liens vers cette page :</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::HandbookSearchPanel</name>
    <message>
        <source>Find in handbook</source>
        <translation>Rechercher dans le manuel</translation>
    </message>
    <message>
        <source>Text to find in the handbook</source>
        <translation>Texte à rechercher dans le manuel</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>Mot e&amp;ntier</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Mot entier</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>&amp;Relancer la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation>Relancer la recherche</translation>
    </message>
    <message>
        <source>Stop Searching</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>The handbook changed since this search.</source>
        <translation>Le manuel a changé depuis cette recherche.</translation>
    </message>
    <message>
        <source>The text to find must be on one line.</source>
        <translation>Le texte à rechercher doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>Indexing the handbook… The search starts when it is done.</source>
        <translation>Indexation du manuel… La recherche commencera une fois l&apos;indexation terminée.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Recherche arrêtée.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at %1: make the search more precise to see fewer</source>
        <translation>Recherche arrêtée à %1 : affinez la recherche pour obtenir moins de résultats</translation>
    </message>
    <message>
        <source>Stopped: %1 so far</source>
        <translation>Recherche arrêtée : %1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>Search the handbook as it is now (%1)</source>
        <translation>Rechercher dans le manuel dans son état actuel (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Headings of the page</source>
        <translation>Titres de la page</translation>
    </message>
    <message>
        <source>This page has no headings.</source>
        <translation>Cette page n&apos;a aucun titre.</translation>
    </message>
    <message>
        <source>(empty heading)</source>
        <translation>(titre vide)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Line %1, #%2</source>
        <translation>Ligne %1, #%2</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::QuickOpenDialog</name>
    <message>
        <source>Go to Page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <source>Page title or path</source>
        <translation>Titre ou chemin de la page</translation>
    </message>
    <message>
        <source>Go to page by title or path</source>
        <translation>Aller à une page par son titre ou son chemin</translation>
    </message>
    <message>
        <source>Quick open status</source>
        <translation>État de l&apos;ouverture rapide</translation>
    </message>
    <message>
        <source>Matching pages</source>
        <translation>Pages correspondantes</translation>
    </message>
    <message>
        <source>Indexing the handbook…</source>
        <translation>Indexation du manuel…</translation>
    </message>
    <message>
        <source>No page matches “%1”</source>
        <translation>Aucune page ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::QuickOpenModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::SearchResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>%1 refused the token. Enter a valid personal access token (GitLab: Preferences › Access Tokens, scope &quot;write_repository&quot;).</source>
        <translation>%1 a refusé le jeton. Saisissez un jeton d&apos;accès personnel valable (GitLab : Préférences › Jetons d&apos;accès, portée &quot;write_repository&quot;).</translation>
    </message>
    <message>
        <source>%1 asks who you are. Enter your personal access token (GitLab: Preferences › Access Tokens, scope &quot;write_repository&quot;).</source>
        <translation>%1 demande qui vous êtes. Saisissez votre jeton d&apos;accès personnel (GitLab : Préférences › Jetons d&apos;accès, portée &quot;write_repository&quot;).</translation>
    </message>
    <message>
        <source>Folio keeps it in your system keychain once the server accepts it.</source>
        <translation>Folio le conserve dans le trousseau de votre système dès que le serveur l&apos;accepte.</translation>
    </message>
    <message>
        <source>No system keychain is available, so Folio will not save the token and will ask for it each time.</source>
        <translation>Aucun trousseau système n&apos;est disponible : Folio n&apos;enregistrera donc pas le jeton et vous le demandera à chaque fois.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Optional for GitLab tokens</source>
        <translation>Facultatif pour les jetons GitLab</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop editor for Markdown handbooks</source>
        <translation>Éditeur de bureau pour les manuels en Markdown</translation>
    </message>
    <message>
        <source>A handbook folder, or a page in one.</source>
        <translation>Un dossier de manuel, ou une page qu&apos;il contient.</translation>
    </message>
</context>
</TS>
