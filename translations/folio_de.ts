<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Folio::About::AboutDialog</name>
    <message>
        <source>About Folio</source>
        <translation>Über Folio</translation>
    </message>
    <message>
        <source>Folio&apos;s icon</source>
        <translation>Symbol von Folio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Folio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Folio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop editor for Markdown handbooks: edit pages offline, see them as they will be published, check spelling and links, and propose your changes as merge requests.</source>
        <translation>Ein Desktop-Editor für Markdown-Handbücher: Bearbeiten Sie Seiten offline, sehen Sie sie so, wie sie veröffentlicht werden, prüfen Sie Rechtschreibung und Links und schlagen Sie Ihre Änderungen als Merge-Requests vor.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy these versions, for a bug report</source>
        <translation>Diese Versionen für einen Fehlerbericht kopieren</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::FrontMatterChecker</name>
    <message>
        <source>front matter: %1</source>
        <translation>Front Matter: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a misspelling of &apos;%2&apos;</source>
        <translation>„%1“ sieht nach einem Tippfehler für „%2“ aus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2, not %3</source>
        <extracomment>%1 is a key, %2 the kind of value it takes (&quot;a date (YYYY-MM-DD)&quot;), %3 the kind it has</extracomment>
        <translation>„%1“ sollte %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &quot;%2&quot;, which no other page uses; the handbook uses %3</source>
        <translation>„%1“ ist „%2“, was keine andere Seite verwendet; das Handbuch verwendet %3</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos;</source>
        <translation>die Seite hat kein Feld „%1“</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos; (recommended)</source>
        <translation>die Seite hat kein Feld „%1“ (empfohlen)</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::FrontMatterSchema</name>
    <message>
        <source>any</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a list</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>nested keys</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>verschachtelte Schlüssel</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::LinkChecker</name>
    <message>
        <source>outside the handbook, not checked: %1</source>
        <translation>außerhalb des Handbuchs, nicht geprüft: %1</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>Bild nicht gefunden: %1</translation>
    </message>
    <message>
        <source>no page for ref &quot;%1&quot;</source>
        <translation>keine Seite für ref „%1“</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>no page for %1</source>
        <translation>keine Seite für %1</translation>
    </message>
    <message>
        <source>this page</source>
        <extracomment>%2 of &quot;no heading #%1 on %2&quot; when the link points into its own page</extracomment>
        <translation>dieser Seite</translation>
    </message>
    <message>
        <source>no heading #%1 on %2</source>
        <extracomment>%1 is the anchor, %2 a page&apos;s path or URL, or &quot;this page&quot;</extracomment>
        <translation>keine Überschrift #%1 auf %2</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins two template names for %3 of &quot;no heading #%1 on %2 that Folio can see; %3 may make it&quot;</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>no heading #%1 on %2 that Folio can see; %3 may make it</source>
        <extracomment>%1 is the anchor, %2 a page&apos;s path or URL, or &quot;this page&quot;, %3 one or two templates (shortcodes, partials) that may make the heading</extracomment>
        <translation>keine Überschrift #%1 auf %2 (soweit für Folio sichtbar); sie wird möglicherweise von %3 erzeugt</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::SpellChecker</name>
    <message>
        <source>no spelling dictionary</source>
        <translation>kein Rechtschreibwörterbuch</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the dictionary</source>
        <translation>„%1“ steht nicht im Wörterbuch</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::SpellingDictionary</name>
    <message>
        <source>no spelling dictionary for &quot;%1&quot; (looked in %2); %3</source>
        <extracomment>%1 is a language tag, %2 folders, %3 &quot;installed: ...&quot; or &quot;no dictionary is installed: ...&quot;</extracomment>
        <translation>kein Rechtschreibwörterbuch für „%1“ (gesucht in %2); %3</translation>
    </message>
    <message>
        <source>no dictionary is installed: install Hunspell&apos;s, e.g. the hunspell-en-us package</source>
        <translation>kein Wörterbuch installiert: Installieren Sie eines für Hunspell, z. B. das Paket hunspell-en-us</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>installiert: %1</translation>
    </message>
    <message>
        <source>cannot read the %1 dictionary %2: %3</source>
        <translation>das Wörterbuch %2 für %1 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Hunspell could not load %1</source>
        <translation>Hunspell konnte %1 nicht laden</translation>
    </message>
    <message>
        <source>the %1 dictionary is in the %2 encoding, which Folio cannot read</source>
        <translation>das Wörterbuch für %1 hat die Kodierung %2, die Folio nicht lesen kann</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::WordList</name>
    <message>
        <source>%1 is a folder, not a word list</source>
        <translation>%1 ist ein Ordner, keine Wortliste</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a word list</source>
        <translation>%1 ist größer als %2 MB und damit zu groß für eine Wortliste</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8</source>
        <translation>%1 ist kein UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>das Wort ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds white space: add one word at a time</source>
        <translation>„%1“ enthält Leerzeichen: Fügen Sie jeweils nur ein Wort hinzu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with &apos;#&apos;, which marks a comment</source>
        <translation>„%1“ beginnt mit „#“, das einen Kommentar kennzeichnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a &apos;/&apos;, which marks Hunspell flags</source>
        <translation>„%1“ enthält ein „/“, das Hunspell-Flags kennzeichnet</translation>
    </message>
    <message>
        <source>no word list file to add &quot;%1&quot; to</source>
        <translation>keine Wortlistendatei, zu der „%1“ hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Folio::Document::ExternalChangeController</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Write your text to the page&apos;s file again</source>
        <translation>Ihren Text erneut in die Datei der Seite schreiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the page without saving it</source>
        <translation>Die Seite schließen, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>%1 was deleted and is closed.</source>
        <translation>%1 wurde gelöscht und geschlossen.</translation>
    </message>
    <message>
        <source>%1 is not in the handbook any more (on this branch), so it was closed.</source>
        <translation>%1 ist (auf diesem Zweig) nicht mehr im Handbuch und wurde daher geschlossen.</translation>
    </message>
    <message>
        <source>The handbook folder %1 is not there any more (deleted, moved, or on a drive that is not mounted), so %2 cannot be saved. Your text is still here, unsaved.</source>
        <translation>Der Handbuchordner %1 ist nicht mehr vorhanden (gelöscht, verschoben oder auf einem nicht eingebundenen Laufwerk), daher kann %2 nicht gespeichert werden. Ihr Text ist noch da, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made again, so %2 cannot be saved. Your text is still here, unsaved.</source>
        <translation>Der Ordner %1 konnte nicht neu angelegt werden, daher kann %2 nicht gespeichert werden. Ihr Text ist noch da, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 was changed by another program and is not a page Folio can show any more: %2. Your text is still here; saving replaces the file with it.</source>
        <translation>%1 wurde von einem anderen Programm geändert und ist keine Seite mehr, die Folio anzeigen kann: %2. Ihr Text ist noch da; beim Speichern wird die Datei durch ihn ersetzt.</translation>
    </message>
    <message>
        <source>You kept your text of %1: saving replaces the file that was changed on disk.</source>
        <translation>Sie haben Ihren Text von %1 behalten: Beim Speichern wird die auf der Festplatte geänderte Datei ersetzt.</translation>
    </message>
    <message>
        <source>The handbook folder %1 is not there any more (deleted, moved, or on a drive that is not mounted). Your text of %2 is still here, unsaved; it can be saved once the folder is back.</source>
        <translation>Der Handbuchordner %1 ist nicht mehr vorhanden (gelöscht, verschoben oder auf einem nicht eingebundenen Laufwerk). Ihr Text von %2 ist noch da, aber nicht gespeichert; Sie können ihn speichern, sobald der Ordner wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>%1 was moved to %2 by another program; Folio now edits it there.</source>
        <translation>%1 wurde von einem anderen Programm nach %2 verschoben; Folio bearbeitet die Seite jetzt dort.</translation>
    </message>
    <message>
        <source>%1 was deleted by another program. Your text is still here, unsaved: Save writes the page again, Close closes it.</source>
        <translation>%1 wurde von einem anderen Programm gelöscht. Ihr Text ist noch da, aber nicht gespeichert: „Speichern“ schreibt die Seite erneut, „Schließen“ schließt sie.</translation>
    </message>
    <message>
        <source>%1 cannot be read any more: %2. Your text is still here.</source>
        <translation>%1 kann nicht mehr gelesen werden: %2. Ihr Text ist noch da.</translation>
    </message>
    <message>
        <source>%1 now shows the file&apos;s text. %2 brings yours back.</source>
        <translation>%1 zeigt jetzt den Text der Datei. Mit %2 erhalten Sie Ihren Text zurück.</translation>
    </message>
</context>
<context>
    <name>Folio::Document::ExternalChangeDialog</name>
    <message>
        <source>Page Changed on Disk</source>
        <translation>Seite auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 was changed by another program&lt;/b&gt; while you have unsaved edits here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep Mine&lt;/b&gt; keeps your text; saving replaces the file with it.&lt;br&gt;&lt;b&gt;Take Theirs&lt;/b&gt; loads the file&apos;s text; &lt;b&gt;Ctrl+Z&lt;/b&gt; brings yours back.&lt;br&gt;&lt;b&gt;Compare&lt;/b&gt; shows how your text differs from the file&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 wurde von einem anderen Programm geändert&lt;/b&gt;, während Sie hier ungespeicherte Änderungen haben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Meinen Text behalten&lt;/b&gt; behält Ihren Text; beim Speichern wird die Datei durch ihn ersetzt.&lt;br&gt;&lt;b&gt;Text der Datei übernehmen&lt;/b&gt; lädt den Text der Datei; mit &lt;b&gt;Ctrl+Z&lt;/b&gt; erhalten Sie Ihren Text zurück.&lt;br&gt;&lt;b&gt;Vergleichen&lt;/b&gt; zeigt, wie sich Ihr Text von dem der Datei unterscheidet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meinen Text behalten</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>Text der &amp;Datei übernehmen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>the file on disk</source>
        <translation>der Datei auf der Festplatte</translation>
    </message>
</context>
<context>
    <name>Folio::Document::RecoveryDialog</name>
    <message>
        <source>Unchanged on disk</source>
        <translation>Auf der Festplatte unverändert</translation>
    </message>
    <message>
        <source>Changed on disk since</source>
        <translation>Seitdem auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Deleted or moved since</source>
        <translation>Seitdem gelöscht oder verschoben</translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Folio could not read some of the edits it kept when it stopped.</source>
        <translation>Folio konnte einige der Änderungen nicht lesen, die es beim Beenden aufbewahrt hat.</translation>
    </message>
    <message>
        <source>Folio stopped before these edits were saved. Restore a page to open it with the edits (unsaved, until you save), or discard them. Decide Later keeps them for the next time this handbook opens.</source>
        <translation>Folio wurde beendet, bevor diese Änderungen gespeichert wurden. Stellen Sie eine Seite wieder her, um sie mit den Änderungen zu öffnen (ungespeichert, bis Sie speichern), oder verwerfen Sie die Änderungen. „Später entscheiden“ bewahrt sie auf, bis dieses Handbuch das nächste Mal geöffnet wird.</translation>
    </message>
    <message>
        <source>Pages with unsaved edits</source>
        <translation>Seiten mit ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <source>These files are kept as they are; delete them when you no longer need them:
%1</source>
        <translation>Diese Dateien bleiben unverändert erhalten; löschen Sie sie, wenn Sie sie nicht mehr benötigen:
%1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open the page with these edits, unsaved</source>
        <translation>Die Seite mit diesen Änderungen öffnen, ohne zu speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Throw these edits away</source>
        <translation>Diese Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>%1 on disk is as it was when these edits were made. Below: what restoring changes in it.</source>
        <translation>%1 ist auf der Festplatte unverändert, seit diese Änderungen gemacht wurden. Unten sehen Sie, was die Wiederherstellung darin ändert.</translation>
    </message>
    <message>
        <source>%1 changed on disk after these edits were made. Below: the page as it is on disk now against the recovered edits; restoring replaces it with the recovered text once you save.</source>
        <translation>%1 wurde auf der Festplatte geändert, nachdem diese Änderungen gemacht wurden. Unten sehen Sie die Seite, wie sie jetzt auf der Festplatte ist, im Vergleich zu den wiederhergestellten Änderungen; beim Wiederherstellen wird sie durch den wiederhergestellten Text ersetzt, sobald Sie speichern.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved after these edits were made. Restoring creates it again once you save.</source>
        <translation>%1 wurde gelöscht oder verschoben, nachdem diese Änderungen gemacht wurden. Beim Wiederherstellen wird die Seite neu angelegt, sobald Sie speichern.</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>der Fassung auf der Festplatte</translation>
    </message>
</context>
<context>
    <name>Folio::Editing::LineFormatter</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::EditorStatus</name>
    <message>
        <source>Words and reading time</source>
        <translation>Wörter und Lesezeit</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Cursorposition</translation>
    </message>
    <message>
        <source>%1 · %2 min read</source>
        <translation>%1 · %2 Min. Lesezeit</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z. %1, Sp. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Editor::EditorView</name>
    <message>
        <source>Page source</source>
        <translation>Seitenquelltext</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>In Seite suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/&amp;Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>\1 or $1 in the replacement stand for the groups</source>
        <translation>\1 oder $1 in der Ersetzung stehen für die Gruppen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>1 Treffer ersetzt</translation>
    </message>
    <message>
        <source>Replaced %1 matches</source>
        <translation>%1 Treffer ersetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Vorheriger Treffer (%1)</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Nächster Treffer (%1)</translation>
    </message>
    <message>
        <source>Close (%1)</source>
        <translation>Schließen (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::FormattingActions</name>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>&amp;Inline-Code</translation>
    </message>
    <message>
        <source>`x`</source>
        <translation>`x`</translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation>Überschrift &amp;%1</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>&amp;Aufzählungsliste</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <source>❝</source>
        <translation>❝</translation>
    </message>
    <message>
        <source>Code Bloc&amp;k</source>
        <translation>&amp;Codeblock</translation>
    </message>
    <message>
        <source>```</source>
        <translation>```</translation>
    </message>
    <message>
        <source>Insert &amp;Table</source>
        <translation>&amp;Tabelle einfügen</translation>
    </message>
    <message>
        <source>▦</source>
        <translation>▦</translation>
    </message>
    <message>
        <source>&amp;Re-align Table</source>
        <translation>Tabelle neu aus&amp;richten</translation>
    </message>
    <message>
        <source>⇔</source>
        <translation>⇔</translation>
    </message>
    <message>
        <source>Re-align the table the cursor is in (%1)</source>
        <translation>Die Tabelle, in der der Cursor steht, neu ausrichten (%1)</translation>
    </message>
    <message>
        <source>Put the cursor in a table to re-align it.</source>
        <translation>Setzen Sie den Cursor in eine Tabelle, um sie neu auszurichten.</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>More formatting commands</source>
        <translation>Weitere Formatierungsbefehle</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Zeilennummer</translation>
    </message>
    <message>
        <source>&amp;Line (1–%1), or line:column:</source>
        <translation>&amp;Zeile (1–%1) oder Zeile:Spalte:</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::ImageInserter</name>
    <message>
        <source>Open a page before adding images to it.</source>
        <translation>Öffnen Sie eine Seite, bevor Sie ihr Bilder hinzufügen.</translation>
    </message>
    <message>
        <source>Describe the image</source>
        <translation>Bild beschreiben</translation>
    </message>
    <message>
        <source>The image was saved as %1, but its page is no longer open.</source>
        <translation>Das Bild wurde als %1 gespeichert, aber seine Seite ist nicht mehr geöffnet.</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::InsertionController</name>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Link the selection to a page of the handbook or a web address</source>
        <translation>Die Auswahl mit einer Seite des Handbuchs oder einer Webadresse verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <source>Copy an image into the handbook&apos;s image folder for this page and show it here</source>
        <translation>Ein Bild in den Bilderordner des Handbuchs für diese Seite kopieren und hier anzeigen</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.svg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.svg *.webp)</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::LinkCompleter</name>
    <message>
        <source>Link completions</source>
        <translation>Link-Vervollständigungen</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>The page&apos;s title when empty</source>
        <translation>Titel der Seite, wenn leer</translation>
    </message>
    <message>
        <source>Type a page&apos;s title, or a URL such as https://…</source>
        <translation>Titel einer Seite oder URL wie https://…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Link to:</source>
        <translation>&amp;Link zu:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>Ü&amp;berschrift:</translation>
    </message>
    <message>
        <source>(Top of the page)</source>
        <translation>(Seitenanfang)</translation>
    </message>
</context>
<context>
    <name>Folio::FrontMatter::FrontMatterPanel</name>
    <message>
        <source>Front Matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>Front matter problem</source>
        <translation>Problem im Front Matter</translation>
    </message>
    <message>
        <source>Open a page to edit its front matter.</source>
        <translation>Öffnen Sie eine Seite, um ihr Front Matter zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a front matter field</source>
        <translation>Ein Front-Matter-Feld hinzufügen</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Field name:</source>
        <translation>Feldname:</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n page(s) of this handbook</source>
        <translation>
            <numerusform>Von %n Seite dieses Handbuchs verwendet</numerusform>
            <numerusform>Von %n Seiten dieses Handbuchs verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The form cannot edit this front matter: %1</source>
        <translation>Das Formular kann dieses Front Matter nicht bearbeiten: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>Required: this page has no %1</source>
        <translation>Erforderlich: Diese Seite hat kein Feld %1</translation>
    </message>
    <message>
        <source>Recommended: this page has no %1</source>
        <translation>Empfohlen: Diese Seite hat kein Feld %1</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>Weiteres für %1</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Did you mean “%1”? Rename</source>
        <translation>Meinten Sie „%1“? Umbenennen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>This change was not made: %1</source>
        <translation>Diese Änderung wurde nicht vorgenommen: %1</translation>
    </message>
</context>
<context>
    <name>Folio::FrontMatter::ListField</name>
    <message>
        <source>Add an item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>Einen Eintrag zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item from %1</source>
        <translation>Den ausgewählten Eintrag aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Folio::Git::BranchOfferDialog</name>
    <message>
        <source>Create a Branch for This Change?</source>
        <translation>Einen Zweig für diese Änderung erstellen?</translation>
    </message>
    <message>
        <source>You are on %1, the branch the handbook is published from. Put this change on a branch of its own, so colleagues can review it in a merge request before it reaches %1.</source>
        <translation>Sie sind auf %1, dem Zweig, aus dem das Handbuch veröffentlicht wird. Legen Sie diese Änderung auf einen eigenen Zweig, damit Ihre Kollegen sie in einem Merge-Request prüfen können, bevor sie in %1 gelangt.</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Zweigname</translation>
    </message>
    <message>
        <source>Create a Branch for This Change</source>
        <translation>Einen Zweig für diese Änderung erstellen</translation>
    </message>
    <message>
        <source>Commit to %1 Anyway</source>
        <translation>Trotzdem auf %1 committen</translation>
    </message>
    <message>
        <source>&amp;Branch name:</source>
        <translation>&amp;Zweigname:</translation>
    </message>
    <message>
        <source>Not a valid branch name: use letters, digits, &apos;-&apos; and &apos;/&apos;, without spaces.</source>
        <translation>Kein gültiger Zweigname: Verwenden Sie Buchstaben, Ziffern, „-“ und „/“, ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ChangesModel</name>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1
Renamed from %2</source>
        <translation>%1
Umbenannt von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Git::CloneDialog</name>
    <message>
        <source>Clone Handbook</source>
        <translation>Handbuch klonen</translation>
    </message>
    <message>
        <source>Folio copies the handbook from its git server to this computer. You edit the copy, also offline, and propose your changes from it.</source>
        <translation>Folio kopiert das Handbuch von seinem Git-Server auf diesen Computer. Sie bearbeiten die Kopie, auch offline, und schlagen Ihre Änderungen von dort aus vor.</translation>
    </message>
    <message>
        <source>Repository address</source>
        <translation>Repository-Adresse</translation>
    </message>
    <message>
        <source>https://gitlab.com/group/handbook.git</source>
        <translation>https://gitlab.com/group/handbook.git</translation>
    </message>
    <message>
        <source>The https:// or SSH (git@…) address from the Clone button of the project on GitLab</source>
        <translation>Die https://- oder SSH-Adresse (git@…) von der Schaltfläche „Klonen“ des Projekts auf GitLab</translation>
    </message>
    <message>
        <source>Folder to clone into</source>
        <translation>Zielordner für das Klonen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Only the &amp;latest version (faster, smaller)</source>
        <translation>Nur die &amp;neueste Version (schneller, kleiner)</translation>
    </message>
    <message>
        <source>Leave this on unless you need the handbook&apos;s older versions on this computer: its full history is much larger.</source>
        <translation>Lassen Sie dies eingeschaltet, sofern Sie die älteren Versionen des Handbuchs nicht auf diesem Computer benötigen: Der vollständige Verlauf ist viel größer.</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>What Folio is doing</source>
        <translation>Was Folio gerade tut</translation>
    </message>
    <message>
        <source>Clone progress</source>
        <translation>Fortschritt des Klonens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the clone</source>
        <translation>Das Klonen abbrechen</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address, as shown by the Clone button on GitLab.</source>
        <translation>Geben Sie die Adresse des Repositorys ein, wie sie die Schaltfläche „Klonen“ auf GitLab anzeigt.</translation>
    </message>
    <message>
        <source>Folio cannot clone from %1:// addresses. Use the https:// or the SSH (git@…) address from the Clone button on GitLab.</source>
        <translation>Folio kann nicht von %1://-Adressen klonen. Verwenden Sie die https://- oder die SSH-Adresse (git@…) von der Schaltfläche „Klonen“ auf GitLab.</translation>
    </message>
    <message>
        <source>This is not a repository address. Use the https:// or the SSH (git@…) address from the Clone button on GitLab.</source>
        <translation>Dies ist keine Repository-Adresse. Verwenden Sie die https://- oder die SSH-Adresse (git@…) von der Schaltfläche „Klonen“ auf GitLab.</translation>
    </message>
    <message>
        <source>The address names the server but no repository: add the project&apos;s path, e.g. …/group/handbook.git.</source>
        <translation>Die Adresse nennt den Server, aber kein Repository: Ergänzen Sie den Pfad des Projekts, z. B. …/group/handbook.git.</translation>
    </message>
    <message>
        <source>This address contains a password or access token. Remove it: Folio asks for your token when the server needs it and keeps it in the system keychain. In the address, git would store it in plain text.</source>
        <translation>Diese Adresse enthält ein Passwort oder Zugriffstoken. Entfernen Sie es: Folio fragt nach Ihrem Token, wenn der Server es benötigt, und bewahrt es im Schlüsselbund des Systems auf. In der Adresse würde git es im Klartext speichern.</translation>
    </message>
    <message>
        <source>Choose the folder to clone into.</source>
        <translation>Wählen Sie den Ordner, in den geklont werden soll.</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, e.g. %1.</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners an, z. B. %1.</translation>
    </message>
    <message>
        <source>%1 is a file. Choose a folder.</source>
        <translation>%1 ist eine Datei. Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Choose another folder, or, if it is this handbook already, open it with File &gt; Open Handbook….</source>
        <translation>%1 existiert bereits und ist nicht leer. Wählen Sie einen anderen Ordner oder, falls es bereits dieses Handbuch ist, öffnen Sie es mit Datei &gt; Handbuch öffnen….</translation>
    </message>
    <message>
        <source>Folio cannot create folders in %1. Choose another place.</source>
        <translation>Folio kann in %1 keine Ordner anlegen. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>This address is not encrypted: your access token could be read on the way. Use https:// if the server offers it.</source>
        <translation>Diese Adresse ist nicht verschlüsselt: Ihr Zugriffstoken könnte unterwegs mitgelesen werden. Verwenden Sie https://, wenn der Server es anbietet.</translation>
    </message>
    <message>
        <source>Over SSH, Folio&apos;s git library downloads the whole history anyway; the https:// address is smaller.</source>
        <translation>Über SSH lädt Folios Git-Bibliothek ohnehin den gesamten Verlauf herunter; die https://-Adresse ist kleiner.</translation>
    </message>
    <message>
        <source>Choose Where to Put the Handbook</source>
        <translation>Speicherort für das Handbuch wählen</translation>
    </message>
    <message>
        <source>Cloning %1 into %2</source>
        <translation>%1 wird nach %2 geklont</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Indexing the download… %L1 of %L2</source>
        <translation>Download wird indiziert… %L1 von %L2</translation>
    </message>
    <message>
        <source>Writing the files… %L1 of %L2</source>
        <translation>Dateien werden geschrieben… %L1 von %L2</translation>
    </message>
    <message>
        <source>Objects: %L1 of %L2</source>
        <translation>Objekte: %L1 von %L2</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <source>Clone cancelled. What it had downloaded was removed.</source>
        <translation>Klonen abgebrochen. Bereits Heruntergeladenes wurde entfernt.</translation>
    </message>
    <message>
        <source>Folio could not reach %1. Check the address and your network connection (and the VPN, if the server needs one), then try again.</source>
        <translation>Folio konnte %1 nicht erreichen. Prüfen Sie die Adresse und Ihre Netzwerkverbindung (und das VPN, falls der Server eines benötigt) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 did not accept your credentials. For an https:// address, use a personal access token with the read_repository scope; for SSH, a key added to your account.</source>
        <translation>%1 hat Ihre Anmeldedaten nicht akzeptiert. Verwenden Sie für eine https://-Adresse ein persönliches Zugriffstoken mit dem Bereich read_repository, für SSH einen Schlüssel, der Ihrem Konto hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>The SSH key of %1 is not the one this computer knows, so Folio did not connect: someone may be intercepting the connection. If the server&apos;s administrators changed its key, remove the old one from ~/.ssh/known_hosts and try again.</source>
        <translation>Der SSH-Schlüssel von %1 ist nicht der, den dieser Computer kennt, daher hat Folio keine Verbindung hergestellt: Möglicherweise wird die Verbindung abgefangen. Falls die Administratoren des Servers dessen Schlüssel geändert haben, entfernen Sie den alten aus ~/.ssh/known_hosts und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The SSH key of %1 was not trusted, so Folio did not connect.</source>
        <translation>Dem SSH-Schlüssel von %1 wurde nicht vertraut, daher hat Folio keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>The folder is not empty any more. Choose another folder.</source>
        <translation>Der Ordner ist nicht mehr leer. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Folio could not clone the handbook. Check that the address is a git repository you have access to.</source>
        <translation>Folio konnte das Handbuch nicht klonen. Prüfen Sie, ob die Adresse auf ein Git-Repository verweist, auf das Sie Zugriff haben.</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation>%1

Details: %2</translation>
    </message>
    <message>
        <source>Cloned the handbook into %1 with its full history: over SSH, Folio&apos;s git library cannot download only the latest version.</source>
        <translation>Das Handbuch wurde mit seinem vollständigen Verlauf nach %1 geklont: Über SSH kann Folios Git-Bibliothek nicht nur die neueste Version herunterladen.</translation>
    </message>
    <message>
        <source>Cloned the handbook into %1.</source>
        <translation>Das Handbuch wurde nach %1 geklont.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::CommitDialog</name>
    <message>
        <source>Commit Changes</source>
        <translation>Änderungen committen</translation>
    </message>
    <message>
        <source>Choose the files to commit:</source>
        <translation>Wählen Sie die Dateien für den Commit:</translation>
    </message>
    <message>
        <source>Files to commit</source>
        <translation>Dateien für den Commit</translation>
    </message>
    <message>
        <source>&amp;Describe the change:</source>
        <translation>Änderung &amp;beschreiben:</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Committen</translation>
    </message>
    <message>
        <source>Choose the files to commit to %1:</source>
        <translation>Wählen Sie die Dateien für den Commit auf %1:</translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;</source>
        <translation>Autor: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Author: not set yet. Folio will ask for your name and email.</source>
        <translation>Autor: noch nicht festgelegt. Folio fragt nach Ihrem Namen und Ihrer E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::DiffView</name>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>What the file is compared with</source>
        <translation>Womit die Datei verglichen wird</translation>
    </message>
    <message>
        <source>Last commit</source>
        <translation>Letzter Commit</translation>
    </message>
    <message>
        <source>Target branch</source>
        <translation>Zielzweig</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>Gerendert</translation>
    </message>
    <message>
        <source>Show the changes in the page as it will be published</source>
        <translation>Die Änderungen in der Seite so anzeigen, wie sie veröffentlicht wird</translation>
    </message>
    <message>
        <source>Show rendered diff</source>
        <translation>Gerenderte Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Select a file to see what changed.</source>
        <translation>Wählen Sie eine Datei aus, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Target branch (%1)</source>
        <translation>Zielzweig (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This is a binary file: its changes cannot be shown as text.</source>
        <translation>Dies ist eine Binärdatei: Ihre Änderungen können nicht als Text angezeigt werden.</translation>
    </message>
    <message>
        <source>No differences from the target branch.</source>
        <translation>Keine Unterschiede zum Zielzweig.</translation>
    </message>
    <message>
        <source>No differences from the last commit.</source>
        <translation>Keine Unterschiede zum letzten Commit.</translation>
    </message>
    <message>
        <source>(no line break at the end of the file)</source>
        <translation>(kein Zeilenumbruch am Dateiende)</translation>
    </message>
    <message numerus="yes">
        <source>The diff is too long to show here: only its first %n lines are shown.</source>
        <translation>
            <numerusform>Die Unterschiede sind zu lang, um sie hier vollständig anzuzeigen: Nur die erste %n Zeile wird angezeigt.</numerusform>
            <numerusform>Die Unterschiede sind zu lang, um sie hier vollständig anzuzeigen: Nur die ersten %n Zeilen werden angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::GitPanel</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Änderungen</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungskopien…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungskopien</translation>
    </message>
    <message>
        <source>The copies Folio kept before discarding or replacing a file</source>
        <translation>Die Kopien, die Folio vor dem Verwerfen oder Ersetzen einer Datei angelegt hat</translation>
    </message>
    <message>
        <source>Remove the Stale Lock</source>
        <translation>Verwaiste Sperre entfernen</translation>
    </message>
    <message>
        <source>Remove the stale lock</source>
        <translation>Die verwaiste Sperre entfernen</translation>
    </message>
    <message>
        <source>Changes status</source>
        <translation>Status der Änderungen</translation>
    </message>
    <message>
        <source>No handbook is open.</source>
        <translation>Es ist kein Handbuch geöffnet.</translation>
    </message>
    <message>
        <source>these files would be overwritten: %1</source>
        <translation>diese Dateien würden überschrieben: %1</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <source>Space includes or leaves out a file from the next commit; Enter shows its changes; Ctrl+Enter or a double-click opens the page.</source>
        <translation>Die Leertaste nimmt eine Datei in den nächsten Commit auf oder lässt sie weg; Enter zeigt ihre Änderungen; Ctrl+Enter oder ein Doppelklick öffnet die Seite.</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Committen…</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Committen</translation>
    </message>
    <message>
        <source>Save a version of the checked files in git</source>
        <translation>Eine Version der angehakten Dateien in Git speichern</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Vorschlagen…</translation>
    </message>
    <message>
        <source>Propose changes</source>
        <translation>Änderungen vorschlagen</translation>
    </message>
    <message>
        <source>Send the changed pages to GitLab as a merge request</source>
        <translation>Die geänderten Seiten als Merge-Request an GitLab senden</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Discard the selected file&apos;s changes</source>
        <translation>Die Änderungen der ausgewählten Datei verwerfen</translation>
    </message>
    <message>
        <source>Put the selected file back as it was in the last commit (your version is kept in Backups)</source>
        <translation>Die ausgewählte Datei auf den Stand des letzten Commits zurücksetzen (Ihre Version bleibt in den Sicherungskopien erhalten)</translation>
    </message>
    <message>
        <source>Send &amp;Now…</source>
        <translation>&amp;Jetzt senden…</translation>
    </message>
    <message>
        <source>Send the waiting proposals</source>
        <translation>Die wartenden Vorschläge senden</translation>
    </message>
    <message>
        <source>Select a file to see what changed.</source>
        <translation>Wählen Sie eine Datei aus, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Reading the changes…</source>
        <translation>Änderungen werden gelesen…</translation>
    </message>
    <message>
        <source>This handbook is not in a git repository, so there are no changes to list.</source>
        <translation>Dieses Handbuch liegt nicht in einem Git-Repository, daher gibt es keine Änderungen aufzulisten.</translation>
    </message>
    <message>
        <source>Could not read the changes: %1</source>
        <translation>Die Änderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No changes — edit a page and save it.</source>
        <translation>Keine Änderungen – bearbeiten Sie eine Seite und speichern Sie sie.</translation>
    </message>
    <message>
        <source>Cannot show the changes of %1: %2</source>
        <translation>Die Änderungen von %1 können nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>&amp;Open Page</source>
        <translation>Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>Änderungen &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Could not create the branch %1, so nothing was committed: %2</source>
        <translation>Der Zweig %1 konnte nicht erstellt werden, daher wurde nichts committet: %2</translation>
    </message>
    <message>
        <source>Nothing was committed: git still finds no name and email to record.</source>
        <translation>Es wurde nichts committet: Git findet immer noch keinen Namen und keine E-Mail-Adresse zum Eintragen.</translation>
    </message>
    <message>
        <source>Nothing was committed: git needs your name and email to record who made the change.</source>
        <translation>Es wurde nichts committet: Git benötigt Ihren Namen und Ihre E-Mail-Adresse, um festzuhalten, wer die Änderung vorgenommen hat.</translation>
    </message>
    <message>
        <source>Could not save your name and email, so nothing was committed: %1</source>
        <translation>Ihr Name und Ihre E-Mail-Adresse konnten nicht gespeichert werden, daher wurde nichts committet: %1</translation>
    </message>
    <message>
        <source>a detached HEAD</source>
        <translation>einen losgelösten HEAD</translation>
    </message>
    <message>
        <source>Nothing was committed: git&apos;s index is locked (see the explanation above).</source>
        <translation>Es wurde nichts committet: Der Index von Git ist gesperrt (siehe Erklärung oben).</translation>
    </message>
    <message>
        <source>Nothing to commit: the chosen files have no changes.</source>
        <translation>Nichts zu committen: Die gewählten Dateien haben keine Änderungen.</translation>
    </message>
    <message>
        <source>Nothing was committed: a merge is under way. Finish or abort it first.</source>
        <translation>Es wurde nichts committet: Eine Zusammenführung ist im Gange. Schließen Sie sie zuerst ab oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Commit failed: %1</source>
        <translation>Commit fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Git&apos;s index is locked (%1). Another git program may be running, or one crashed and left the lock behind. Until the lock is gone, nothing can be committed.</source>
        <translation>Der Index von Git ist gesperrt (%1). Möglicherweise läuft ein anderes Git-Programm, oder eines ist abgestürzt und hat die Sperre zurückgelassen. Solange die Sperre besteht, kann nichts committet werden.</translation>
    </message>
    <message>
        <source>The lock has not changed for %1 and no program has it open, so it is safe to remove.</source>
        <translation>Die Sperre ist seit %1 unverändert und kein Programm hat sie geöffnet, daher kann sie gefahrlos entfernt werden.</translation>
    </message>
    <message>
        <source>A program still has it open: wait until it has finished.</source>
        <translation>Ein Programm hat sie noch geöffnet: Warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>It changed %1 ago: wait a minute in case a git program is still working.</source>
        <translation>Sie wurde vor %1 geändert: Warten Sie eine Minute, falls noch ein Git-Programm arbeitet.</translation>
    </message>
    <message>
        <source>Removed the stale lock. You can commit again.</source>
        <translation>Die verwaiste Sperre wurde entfernt. Sie können wieder committen.</translation>
    </message>
    <message>
        <source>The lock was not removed: %1</source>
        <translation>Die Sperre wurde nicht entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) did not reach GitLab yet. Their commits are safe on this computer.</source>
        <translation>
            <numerusform>%n Vorschlag hat GitLab noch nicht erreicht. Sein Commit ist auf diesem Computer sicher.</numerusform>
            <numerusform>%n Vorschläge haben GitLab noch nicht erreicht. Ihre Commits sind auf diesem Computer sicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on %1</source>
        <translation>
            <numerusform>%n Änderung auf %1</numerusform>
            <numerusform>%n Änderungen auf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed %n file(s) to %1 (%2)</source>
        <translation>
            <numerusform>%n Datei auf %1 committet (%2)</numerusform>
            <numerusform>%n Dateien auf %1 committet (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::IdentityDialog</name>
    <message>
        <source>Your Name for Commits</source>
        <translation>Ihr Name für Commits</translation>
    </message>
    <message>
        <source>Every saved version of the handbook records who made it. Enter the name and email your colleagues know you by. They are kept for this handbook only.</source>
        <translation>Jede gespeicherte Version des Handbuchs hält fest, wer sie erstellt hat. Geben Sie den Namen und die E-Mail-Adresse ein, unter denen Ihre Kollegen Sie kennen. Beides wird nur für dieses Handbuch gespeichert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <source>Save and Commit</source>
        <translation>Speichern und committen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>Enter your name (without &lt; or &gt;).</source>
        <translation>Geben Sie Ihren Namen ein (ohne &lt; oder &gt;).</translation>
    </message>
</context>
<context>
    <name>Folio::Git::KeychainCredentials</name>
    <message>
        <source>The passphrase was wrong. Passphrase of the SSH key %1:</source>
        <translation>Die Passphrase war falsch. Passphrase des SSH-Schlüssels %1:</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key %1:</source>
        <translation>Passphrase des SSH-Schlüssels %1:</translation>
    </message>
    <message>
        <source>SSH Key Passphrase</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <source>New Server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>Folio has not connected to %1 before. Is this its key?</source>
        <translation>Folio hat sich noch nie mit %1 verbunden. Ist das sein Schlüssel?</translation>
    </message>
    <message>
        <source>Key type: %1
Fingerprint: %2</source>
        <translation>Schlüsseltyp: %1
Fingerabdruck: %2</translation>
    </message>
    <message>
        <source>Warning: this server is known with another type of key.</source>
        <translation>Warnung: Dieser Server ist mit einem anderen Schlüsseltyp bekannt.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gave you. If they differ, do not connect.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihr Administrator gegeben hat. Wenn sie sich unterscheiden, stellen Sie keine Verbindung her.</translation>
    </message>
    <message>
        <source>Trust and &amp;Remember</source>
        <translation>Vertrauen und &amp;merken</translation>
    </message>
    <message>
        <source>Trust &amp;This Time</source>
        <translation>&amp;Dieses Mal vertrauen</translation>
    </message>
    <message>
        <source>Do &amp;Not Connect</source>
        <translation>&amp;Nicht verbinden</translation>
    </message>
</context>
<context>
    <name>Folio::Git::PendingPushesDialog</name>
    <message>
        <source>Waiting Proposals</source>
        <translation>Wartende Vorschläge</translation>
    </message>
    <message>
        <source>These proposals are saved as commits on this computer but have not reached GitLab yet. Send them when you are online.</source>
        <translation>Diese Vorschläge sind als Commits auf diesem Computer gespeichert, haben GitLab aber noch nicht erreicht. Senden Sie sie, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Proposals waiting to be sent</source>
        <translation>Vorschläge, die auf das Senden warten</translation>
    </message>
    <message>
        <source>What happened to the last proposal sent</source>
        <translation>Was mit dem zuletzt gesendeten Vorschlag passiert ist</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Send the selected proposal now</source>
        <translation>Den ausgewählten Vorschlag jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen…</translation>
    </message>
    <message>
        <source>Forget the selected proposal</source>
        <translation>Den ausgewählten Vorschlag vergessen</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>&amp;Back to the List</source>
        <translation>&amp;Zurück zur Liste</translation>
    </message>
    <message>
        <source>%1
branch %2, saved %3</source>
        <translation>%1
Zweig %2, gespeichert am %3</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>No proposal is waiting: everything reached GitLab.</source>
        <translation>Kein Vorschlag wartet: Alles hat GitLab erreicht.</translation>
    </message>
    <message>
        <source>Cannot read the waiting proposals: %1</source>
        <translation>Die wartenden Vorschläge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sending branch %1 to GitLab…</source>
        <translation>Zweig %1 wird an GitLab gesendet…</translation>
    </message>
    <message>
        <source>Forget the Proposal?</source>
        <translation>Vorschlag vergessen?</translation>
    </message>
    <message>
        <source>Folio will stop offering to send this proposal. Its commit stays on branch %1 on this computer.</source>
        <translation>Folio bietet nicht mehr an, diesen Vorschlag zu senden. Sein Commit bleibt auf diesem Computer im Zweig %1.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>GitLab still cannot be reached; the proposal keeps waiting. %1</source>
        <translation>GitLab ist immer noch nicht erreichbar; der Vorschlag wartet weiter. %1</translation>
    </message>
    <message>
        <source>Sending cancelled; the proposal keeps waiting.</source>
        <translation>Senden abgebrochen; der Vorschlag wartet weiter.</translation>
    </message>
    <message>
        <source>Could not send it: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ProposalResultView</name>
    <message>
        <source>Merge request link</source>
        <translation>Link zum Merge-Request</translation>
    </message>
    <message>
        <source>&amp;Open the Prefilled Merge Request Page</source>
        <translation>Vorausgefüllte Merge-Request-Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the prefilled merge request page</source>
        <translation>Die vorausgefüllte Merge-Request-Seite öffnen</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Announcement for the team&apos;s chat</source>
        <translation>Ankündigung für den Team-Chat</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the announcement</source>
        <translation>Die Ankündigung kopieren</translation>
    </message>
    <message>
        <source>Tell your team, e.g. in Slack:</source>
        <translation>Informieren Sie Ihr Team, z. B. in Slack:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Your changes are proposed on branch %1. The merge request:</source>
        <translation>Ihre Änderungen wurden im Zweig %1 vorgeschlagen. Der Merge-Request:</translation>
    </message>
    <message>
        <source>Your changes are on branch %1, but GitLab did not create the merge request. Open the prefilled page to create it.</source>
        <translation>Ihre Änderungen liegen im Zweig %1, aber GitLab hat den Merge-Request nicht erstellt. Öffnen Sie die vorausgefüllte Seite, um ihn zu erstellen.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ProposeDialog</name>
    <message>
        <source>Propose Changes</source>
        <translation>Änderungen vorschlagen</translation>
    </message>
    <message>
        <source>Folio sends the chosen pages to GitLab as a merge request, on a new branch. Your pages stay as they are in the editor.</source>
        <translation>Folio sendet die gewählten Seiten als Merge-Request in einem neuen Zweig an GitLab. Ihre Seiten im Editor bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Pages to propose</source>
        <translation>Vorzuschlagende Seiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Why the change? Folio adds the list of changed pages after your text.</source>
        <translation>Warum die Änderung? Folio fügt nach Ihrem Text die Liste der geänderten Seiten an.</translation>
    </message>
    <message>
        <source>Target branch</source>
        <translation>Zielzweig</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Mark as &amp;draft (not ready for review yet)</source>
        <translation>Als &amp;Entwurf markieren (noch nicht bereit zur Prüfung)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Optional: GitLab user names</source>
        <translation>Optional: GitLab-Benutzernamen</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Zugewiesene Personen</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Zweigname</translation>
    </message>
    <message>
        <source>Why the changes cannot be proposed yet</source>
        <translation>Warum die Änderungen noch nicht vorgeschlagen werden können</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Zusammenführen &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Reviewer:</translation>
    </message>
    <message>
        <source>&amp;Assignees:</source>
        <translation>Zu&amp;gewiesen an:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Zweig:</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Pages to include:</source>
        <translation>Einzuschließende Seiten:</translation>
    </message>
    <message>
        <source>What Folio is doing</source>
        <translation>Was Folio gerade tut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the proposal</source>
        <translation>Den Vorschlag abbrechen</translation>
    </message>
    <message>
        <source>Why the proposal failed</source>
        <translation>Warum der Vorschlag fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Send the saved commit again</source>
        <translation>Den gespeicherten Commit erneut senden</translation>
    </message>
    <message>
        <source>Cannot propose yet: %1</source>
        <translation>Noch kein Vorschlag möglich: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Getting the latest version of the handbook…</source>
        <translation>Die neueste Version des Handbuchs wird abgerufen…</translation>
    </message>
    <message>
        <source>Putting your changes on a new branch…</source>
        <translation>Ihre Änderungen werden in einen neuen Zweig gelegt…</translation>
    </message>
    <message>
        <source>Saving a version of your changes…</source>
        <translation>Eine Version Ihrer Änderungen wird gespeichert…</translation>
    </message>
    <message>
        <source>Sending your changes to GitLab…</source>
        <translation>Ihre Änderungen werden an GitLab gesendet…</translation>
    </message>
    <message>
        <source>Folio could not propose your changes: %1</source>
        <translation>Folio konnte Ihre Änderungen nicht vorschlagen: %1</translation>
    </message>
    <message>
        <source>GitLab could not be reached. Your commit is safe on branch %1 — push it later, when you are online: Try Again, or the Changes panel&apos;s Send Now.</source>
        <translation>GitLab war nicht erreichbar. Ihr Commit ist im Zweig %1 sicher – senden Sie ihn später, wenn Sie online sind: mit „Erneut versuchen“ oder mit „Jetzt senden“ im Bereich „Änderungen“.</translation>
    </message>
    <message>
        <source>GitLab already has a branch named %1 with other changes, so yours cannot be added to it. Go Back and propose again: Folio suggests a new branch name.</source>
        <translation>GitLab hat bereits einen Zweig namens %1 mit anderen Änderungen, daher können Ihre Änderungen dort nicht hinzugefügt werden. Gehen Sie „Zurück“ und schlagen Sie erneut vor: Folio schlägt einen neuen Zweignamen vor.</translation>
    </message>
    <message>
        <source>GitLab did not accept your credentials. Your commit is safe on branch %1: Try Again to enter your access token again.</source>
        <translation>GitLab hat Ihre Anmeldedaten nicht akzeptiert. Ihr Commit ist im Zweig %1 sicher: Wählen Sie „Erneut versuchen“, um Ihr Zugriffstoken erneut einzugeben.</translation>
    </message>
    <message>
        <source>You cancelled the proposal: %1</source>
        <translation>Sie haben den Vorschlag abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::BackupsDialog</name>
    <message>
        <source>Changes discarded</source>
        <translation>Änderungen verworfen</translation>
    </message>
    <message>
        <source>Changes discarded (staged version)</source>
        <translation>Änderungen verworfen (vorgemerkte Version)</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Konflikt gelöst</translation>
    </message>
    <message>
        <source>Merge aborted</source>
        <translation>Zusammenführung abgebrochen</translation>
    </message>
    <message>
        <source>Replaced by a restored backup</source>
        <translation>Durch eine wiederhergestellte Sicherungskopie ersetzt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungskopien</translation>
    </message>
    <message>
        <source>Folio keeps a copy of a file before it replaces or removes it (when you discard changes, resolve a conflict or abort a merge). Newest first.</source>
        <translation>Folio legt eine Kopie einer Datei an, bevor es sie ersetzt oder entfernt (wenn Sie Änderungen verwerfen, einen Konflikt lösen oder eine Zusammenführung abbrechen). Neueste zuerst.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Original location</source>
        <translation>Ursprünglicher Ort</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Die ausgewählte Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open Backups Folder</source>
        <translation>Sicherungs&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Den Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The backups folder could not be opened. It is %1</source>
        <translation>Der Sicherungsordner konnte nicht geöffnet werden. Er befindet sich unter %1</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungskopien.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored next to the current file, as %1.</source>
        <translation>Neben der aktuellen Datei als %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>“%1” has changed since this backup was taken.</source>
        <translation>„%1“ wurde geändert, seit diese Sicherungskopie angelegt wurde.</translation>
    </message>
    <message>
        <source>Keep both: the backup is restored next to the file, under a new name.
Replace: the backup replaces the file; its current version is saved to backups first.</source>
        <translation>Beide behalten: Die Sicherungskopie wird unter einem neuen Namen neben der Datei wiederhergestellt.
Ersetzen: Die Sicherungskopie ersetzt die Datei; deren aktuelle Version wird vorher in den Sicherungskopien gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Keep both versions</source>
        <translation>Beide Versionen behalten</translation>
    </message>
    <message>
        <source>&amp;Replace (Current Version Is Backed Up)</source>
        <translation>&amp;Ersetzen (aktuelle Version wird gesichert)</translation>
    </message>
    <message>
        <source>Replace the file; its current version is backed up</source>
        <translation>Die Datei ersetzen; ihre aktuelle Version wird gesichert</translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation>Die Sicherungskopien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherungskopie wurde nicht wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::BranchBar</name>
    <message>
        <source>Switch, create or merge branches</source>
        <translation>Zweige wechseln, erstellen oder zusammenführen</translation>
    </message>
    <message>
        <source>Branch menu</source>
        <translation>Zweigmenü</translation>
    </message>
    <message>
        <source>Switching branch</source>
        <translation>Zweig wird gewechselt</translation>
    </message>
    <message>
        <source>Merge in progress: continue…</source>
        <translation>Zusammenführung läuft: fortsetzen…</translation>
    </message>
    <message>
        <source>Continue or abort the merge in progress</source>
        <translation>Die laufende Zusammenführung fortsetzen oder abbrechen</translation>
    </message>
    <message>
        <source>Git operation in progress</source>
        <translation>Git-Vorgang läuft</translation>
    </message>
    <message>
        <source>A git operation started outside Folio (such as a rebase) is not finished. Finish or abort it with git before switching branches.</source>
        <translation>Ein außerhalb von Folio gestarteter Git-Vorgang (etwa ein Rebase) ist nicht abgeschlossen. Schließen Sie ihn mit git ab oder brechen Sie ihn ab, bevor Sie den Zweig wechseln.</translation>
    </message>
    <message>
        <source>No git repository</source>
        <translation>Kein Git-Repository</translation>
    </message>
    <message>
        <source>Reading branches…</source>
        <translation>Zweige werden gelesen…</translation>
    </message>
    <message>
        <source>Branches unavailable</source>
        <translation>Zweige nicht verfügbar</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>losgelöst bei %1</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (noch keine Commits)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Zweig: %1</translation>
    </message>
    <message>
        <source>Cannot read the branches: %1</source>
        <translation>Die Zweige können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Finish or abort the merge in progress first</source>
        <translation>Schließen Sie zuerst die laufende Zusammenführung ab oder brechen Sie sie ab</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Wechseln zu</translation>
    </message>
    <message>
        <source>Follows %1: %2 ahead, %3 behind</source>
        <translation>Folgt %1: %2 voraus, %3 zurück</translation>
    </message>
    <message>
        <source>Creates a local branch “%1” that follows %2</source>
        <translation>Erstellt einen lokalen Zweig „%1“, der %2 folgt</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>&amp;Neuer Zweig…</translation>
    </message>
    <message>
        <source>the current version</source>
        <translation>die aktuelle Version</translation>
    </message>
    <message>
        <source>&amp;Merge a Branch into %1…</source>
        <translation>Einen Zweig in %1 &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Merge %1 into %2…</source>
        <translation>%1 in %2 &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Update from %1…</source>
        <translation>Von %1 &amp;aktualisieren…</translation>
    </message>
    <message>
        <source>Get the latest version from GitLab and merge it into %1</source>
        <translation>Die neueste Version von GitLab abrufen und in %1 zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Continue the Merge in Progress…</source>
        <translation>Laufende Zusammenführung &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>Cannot Switch Branch</source>
        <translation>Zweig kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Folio could not switch to “%1”. Nothing was changed.</source>
        <translation>Folio konnte nicht zu „%1“ wechseln. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::ConflictResolverWidget</name>
    <message>
        <source>Both branches changed these files in different ways. For each file, keep your version, take theirs, or edit the file to combine them and then mark it resolved.</source>
        <translation>Beide Zweige haben diese Dateien unterschiedlich geändert. Behalten Sie für jede Datei Ihre Version, übernehmen Sie die andere Version oder bearbeiten Sie die Datei, um beide zu kombinieren, und markieren Sie sie dann als gelöst.</translation>
    </message>
    <message>
        <source>Files with conflicts</source>
        <translation>Dateien mit Konflikten</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>Keep my version of the selected file</source>
        <translation>Meine Version der ausgewählten Datei behalten</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Andere Version übernehmen</translation>
    </message>
    <message>
        <source>Take their version of the selected file</source>
        <translation>Die Version des anderen Zweigs für die ausgewählte Datei übernehmen</translation>
    </message>
    <message>
        <source>I Edited It — &amp;Mark Resolved</source>
        <translation>Selbst bearbeitet – als &amp;gelöst markieren</translation>
    </message>
    <message>
        <source>Mark the selected file resolved as I edited it</source>
        <translation>Die ausgewählte Datei als gelöst markieren, so wie ich sie bearbeitet habe</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected file to edit it</source>
        <translation>Die ausgewählte Datei zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>&amp;Complete Merge</source>
        <translation>Zusammenführung ab&amp;schließen</translation>
    </message>
    <message>
        <source>Complete the merge</source>
        <translation>Die Zusammenführung abschließen</translation>
    </message>
    <message>
        <source>&amp;Abort Merge…</source>
        <translation>Zusammenführung a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Abort the merge and go back to before it</source>
        <translation>Die Zusammenführung abbrechen und zum Stand davor zurückkehren</translation>
    </message>
    <message>
        <source>Abort Merge</source>
        <translation>Zusammenführung abbrechen</translation>
    </message>
    <message>
        <source>Abort the merge and put every file back as it was before?</source>
        <translation>Die Zusammenführung abbrechen und jede Datei auf den vorherigen Stand zurücksetzen?</translation>
    </message>
    <message>
        <source>Changes you made to conflicted files during the merge are saved to backups first.</source>
        <translation>Änderungen, die Sie während der Zusammenführung an Dateien mit Konflikten vorgenommen haben, werden zuerst in den Sicherungskopien gespeichert.</translation>
    </message>
    <message>
        <source>Abort the merge</source>
        <translation>Die Zusammenführung abbrechen</translation>
    </message>
    <message>
        <source>Keep Merging</source>
        <translation>Weiter zusammenführen</translation>
    </message>
    <message>
        <source>Keep merging</source>
        <translation>Weiter zusammenführen</translation>
    </message>
    <message>
        <source>No conflicts left: complete the merge to record it.</source>
        <translation>Keine Konflikte mehr: Schließen Sie die Zusammenführung ab, um sie festzuhalten.</translation>
    </message>
    <message>
        <source>You deleted this file and they changed it. “Keep Mine” deletes it.</source>
        <translation>Sie haben diese Datei gelöscht, im anderen Zweig wurde sie geändert. „Meine Version behalten“ löscht sie.</translation>
    </message>
    <message>
        <source>They deleted this file and you changed it. “Take Theirs” deletes it.</source>
        <translation>Im anderen Zweig wurde diese Datei gelöscht, Sie haben sie geändert. „Andere Version übernehmen“ löscht sie.</translation>
    </message>
    <message>
        <source>Both branches changed this file.</source>
        <translation>Beide Zweige haben diese Datei geändert.</translation>
    </message>
    <message>
        <source>“%1” was not marked resolved: %2.
Open the file, keep the text you want between the &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, delete those lines, save, then mark it resolved again.</source>
        <translation>„%1“ wurde nicht als gelöst markiert: %2.
Öffnen Sie die Datei, behalten Sie den gewünschten Text zwischen den Zeilen &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= und &gt;&gt;&gt;&gt;&gt;&gt;&gt;, löschen Sie diese Zeilen, speichern Sie und markieren Sie die Datei dann erneut als gelöst.</translation>
    </message>
    <message>
        <source>“%1” could not be resolved: %2</source>
        <translation>„%1“ konnte nicht gelöst werden: %2</translation>
    </message>
    <message>
        <source>The merge could not be completed: %1</source>
        <translation>Die Zusammenführung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>The merge could not be aborted: %1</source>
        <translation>Die Zusammenführung konnte nicht abgebrochen werden: %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::DiscardConfirmation</name>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard “%1”? It was never committed, so discarding removes the file.</source>
        <translation>„%1“ verwerfen? Die Datei wurde nie committet, daher wird sie beim Verwerfen entfernt.</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”? It goes back to the last committed version.</source>
        <translation>Ihre Änderungen an „%1“ verwerfen? Die Datei wird auf die zuletzt committete Version zurückgesetzt.</translation>
    </message>
    <message>
        <source>Your current version is saved to backups first: you can get it back any time from Backups.</source>
        <translation>Ihre aktuelle Version wird zuerst in den Sicherungskopien gespeichert: Sie können sie jederzeit über „Sicherungskopien“ zurückholen.</translation>
    </message>
    <message>
        <source>Discarding</source>
        <translation>Wird verworfen</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes to %1</source>
        <translation>Die Änderungen an %1 verwerfen</translation>
    </message>
    <message>
        <source>Keep the changes</source>
        <translation>Die Änderungen behalten</translation>
    </message>
    <message>
        <source>The changes were not discarded: %1</source>
        <translation>Die Änderungen wurden nicht verworfen: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Branch to merge</source>
        <translation>Zusammenzuführender Zweig</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Zusammen&amp;führen</translation>
    </message>
    <message>
        <source>Start the merge</source>
        <translation>Die Zusammenführung starten</translation>
    </message>
    <message>
        <source>&amp;Branch to merge:</source>
        <translation>Zusammenzuführender &amp;Zweig:</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Zusammenführung läuft</translation>
    </message>
    <message>
        <source>Files in the way</source>
        <translation>Im Weg stehende Dateien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Merge in Progress</source>
        <translation>Zusammenführung im Gange</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Von %1 aktualisieren</translation>
    </message>
    <message>
        <source>Getting the latest version of “%1” from GitLab…</source>
        <translation>Die neueste Version von „%1“ wird von GitLab abgerufen…</translation>
    </message>
    <message>
        <source>Update cancelled: nothing was changed.</source>
        <translation>Aktualisierung abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>GitLab could not be reached, so nothing was changed. Update again when you are online.</source>
        <translation>GitLab war nicht erreichbar, daher wurde nichts geändert. Aktualisieren Sie erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Could not get the latest version of “%1”: nothing was changed.</source>
        <translation>Die neueste Version von „%1“ konnte nicht abgerufen werden: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Merging “%1” into “%2”…</source>
        <translation>„%1“ wird in „%2“ zusammengeführt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Continue Later</source>
        <translation>Später fortsetzen</translation>
    </message>
    <message>
        <source>Close and continue the merge later</source>
        <translation>Schließen und die Zusammenführung später fortsetzen</translation>
    </message>
    <message>
        <source>Bring the changes from another branch into the current version (detached at %1).</source>
        <translation>Die Änderungen aus einem anderen Zweig in die aktuelle Version übernehmen (losgelöst bei %1).</translation>
    </message>
    <message>
        <source>Bring the changes from another branch into “%1”, the branch you are on.</source>
        <translation>Die Änderungen aus einem anderen Zweig in „%1“ übernehmen, den Zweig, auf dem Sie sich befinden.</translation>
    </message>
    <message>
        <source>There is no other branch to merge into “%1”.</source>
        <translation>Es gibt keinen anderen Zweig, der in „%1“ zusammengeführt werden könnte.</translation>
    </message>
    <message>
        <source>Nothing to merge: “%1” already has every change from “%2”.</source>
        <translation>Nichts zusammenzuführen: „%1“ enthält bereits alle Änderungen aus „%2“.</translation>
    </message>
    <message>
        <source>Done: “%1” now has every change from “%2”.</source>
        <translation>Fertig: „%1“ enthält jetzt alle Änderungen aus „%2“.</translation>
    </message>
    <message>
        <source>Done: the changes from “%1” were merged into “%2”.</source>
        <translation>Fertig: Die Änderungen aus „%1“ wurden in „%2“ zusammengeführt.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”: Conflicts</source>
        <translation>„%1“ in „%2“ zusammenführen: Konflikte</translation>
    </message>
    <message>
        <source>Nothing was changed. Merging “%1” would overwrite changes that are not committed yet in these files:</source>
        <translation>Es wurde nichts geändert. Das Zusammenführen von „%1“ würde noch nicht committete Änderungen in diesen Dateien überschreiben:</translation>
    </message>
    <message>
        <source>Commit or discard these changes first, then merge again.
Details: %1</source>
        <translation>Committen oder verwerfen Sie diese Änderungen zuerst und führen Sie dann erneut zusammen.
Details: %1</translation>
    </message>
    <message>
        <source>The merge could not be done: %1</source>
        <translation>Die Zusammenführung konnte nicht durchgeführt werden: %1</translation>
    </message>
    <message>
        <source>Done: the merge was completed.</source>
        <translation>Fertig: Die Zusammenführung wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>The merge was aborted: every file is back as it was before the merge.</source>
        <translation>Die Zusammenführung wurde abgebrochen: Jede Datei ist wieder auf dem Stand vor der Zusammenführung.</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::NewBranchDialog</name>
    <message>
        <source>New Branch</source>
        <translation>Neuer Zweig</translation>
    </message>
    <message>
        <source>A branch is a separate line of work: your changes on it stay apart from other branches until you merge them.</source>
        <translation>Ein Zweig ist ein eigener Arbeitsstrang: Ihre Änderungen darauf bleiben von anderen Zweigen getrennt, bis Sie sie zusammenführen.</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Zweigname</translation>
    </message>
    <message>
        <source>for example: update-pricing-page</source>
        <translation>zum Beispiel: update-pricing-page</translation>
    </message>
    <message>
        <source>Branch name check</source>
        <translation>Prüfung des Zweignamens</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>The current version</source>
        <translation>Die aktuelle Version</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Ausgehend von:</translation>
    </message>
    <message>
        <source>Create and Switch</source>
        <translation>Erstellen und wechseln</translation>
    </message>
    <message>
        <source>Create the branch and switch to it</source>
        <translation>Den Zweig erstellen und zu ihm wechseln</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The current version (%1)</source>
        <translation>Die aktuelle Version (%1)</translation>
    </message>
    <message>
        <source>Type a name for the new branch.</source>
        <translation>Geben Sie einen Namen für den neuen Zweig ein.</translation>
    </message>
    <message>
        <source>A branch named “%1” already exists.</source>
        <translation>Ein Zweig namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>This name cannot be used: %1</source>
        <translation>Dieser Name kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Folio will create “%1” and switch to it.</source>
        <translation>Folio erstellt „%1“ und wechselt dorthin.</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::SwitchRefusedDialog</name>
    <message>
        <source>Cannot Switch Branch</source>
        <translation>Zweig kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Folio did not switch to “%1”: these files have changes that are not committed yet, and switching would overwrite them.</source>
        <translation>Folio hat nicht zu „%1“ gewechselt: Diese Dateien haben Änderungen, die noch nicht committet sind, und der Wechsel würde sie überschreiben.</translation>
    </message>
    <message>
        <source>Files with uncommitted changes</source>
        <translation>Dateien mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>Nothing was changed and your work is safe. To switch, first either:
• commit these changes, to keep them on the current branch, or
• discard them, if you do not need them (Folio keeps a backup copy).
Then switch again.</source>
        <translation>Es wurde nichts geändert und Ihre Arbeit ist sicher. Um zu wechseln, müssen Sie zuerst entweder:
• diese Änderungen committen, um sie auf dem aktuellen Zweig zu behalten, oder
• sie verwerfen, falls Sie sie nicht benötigen (Folio legt eine Sicherungskopie an).
Wechseln Sie danach erneut.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Folio::MainWindow</name>
    <message>
        <source>This page: as last committed</source>
        <translation>Diese Seite: wie zuletzt committet</translation>
    </message>
    <message>
        <source>This page: changed since the last commit</source>
        <translation>Diese Seite: seit dem letzten Commit geändert</translation>
    </message>
    <message>
        <source>This page: new, not committed yet</source>
        <translation>Diese Seite: neu, noch nicht committet</translation>
    </message>
    <message>
        <source>This page: deleted, not committed yet</source>
        <translation>Diese Seite: gelöscht, noch nicht committet</translation>
    </message>
    <message>
        <source>This page: renamed, not committed yet</source>
        <translation>Diese Seite: umbenannt, noch nicht committet</translation>
    </message>
    <message>
        <source>This page: merge conflict</source>
        <translation>Diese Seite: Konflikt bei der Zusammenführung</translation>
    </message>
    <message>
        <source>This page: ignored by git</source>
        <translation>Diese Seite: von Git ignoriert</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>losgelöst bei %1</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (noch keine Commits)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Zweig: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Filter pages</source>
        <translation>Seiten filtern</translation>
    </message>
    <message>
        <source>Filter pages by title or path</source>
        <translation>Seiten nach Titel oder Pfad filtern</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Current branch</source>
        <translation>Aktueller Zweig</translation>
    </message>
    <message>
        <source>Page changes</source>
        <translation>Änderungen der Seite</translation>
    </message>
    <message>
        <source>Folio cannot keep a copy of your unsaved edits in case it stops unexpectedly: %1</source>
        <translation>Folio kann keine Kopie Ihrer ungespeicherten Änderungen für den Fall anlegen, dass es unerwartet beendet wird: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Clone Handbook…</source>
        <translation>Handbuch &amp;klonen…</translation>
    </message>
    <message>
        <source>Copy a handbook from its git server to this computer</source>
        <translation>Ein Handbuch von seinem Git-Server auf diesen Computer kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Handbook…</source>
        <translation>Handbuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a handbook folder that is already on this computer</source>
        <translation>Einen Handbuchordner öffnen, der bereits auf diesem Computer liegt</translation>
    </message>
    <message>
        <source>Open &amp;Demo Handbook</source>
        <translation>&amp;Demo-Handbuch öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Autosave</source>
        <translation>&amp;Automatisch speichern</translation>
    </message>
    <message>
        <source>Save the page by itself a few seconds after you stop typing</source>
        <translation>Die Seite einige Sekunden nach dem Ende der Eingabe selbsttätig speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Page &amp;Tree</source>
        <translation>Seiten&amp;baum</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Go to &amp;Page…</source>
        <translation>Gehe zu &amp;Seite…</translation>
    </message>
    <message>
        <source>Open a page by typing part of its title or path</source>
        <translation>Eine Seite öffnen, indem Sie einen Teil ihres Titels oder Pfads eingeben</translation>
    </message>
    <message>
        <source>&amp;Find in Handbook…</source>
        <translation>Im &amp;Handbuch suchen…</translation>
    </message>
    <message>
        <source>Search the text of every page</source>
        <translation>Den Text aller Seiten durchsuchen</translation>
    </message>
    <message>
        <source>Go to &amp;Line…</source>
        <translation>Gehe zu &amp;Zeile…</translation>
    </message>
    <message>
        <source>Put the cursor on a line of the page by its number</source>
        <translation>Den Cursor anhand der Zeilennummer in eine Zeile der Seite setzen</translation>
    </message>
    <message>
        <source>Mark &amp;Misspellings in Preview</source>
        <translation>Recht&amp;schreibfehler in der Vorschau markieren</translation>
    </message>
    <message>
        <source>Underline the words the spelling check does not know in the preview too</source>
        <translation>Wörter, die die Rechtschreibprüfung nicht kennt, auch in der Vorschau unterstreichen</translation>
    </message>
    <message>
        <source>Check the spelling, links and front matter of every page of the handbook</source>
        <translation>Rechtschreibung, Links und Front Matter aller Seiten des Handbuchs prüfen</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>P&amp;revious Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Folio</source>
        <translation>Ü&amp;ber Folio</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Show or hide the list of changes</source>
        <translation>Liste der Änderungen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Indexing the handbook</source>
        <translation>Handbuch wird indiziert</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>Indizierung: %v von %m</translation>
    </message>
    <message>
        <source>Find in Handbook</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Soft &amp;Wrap</source>
        <translation>Dynamischer &amp;Zeilenumbruch</translation>
    </message>
    <message>
        <source>Wrap long lines at the editor&apos;s edge instead of scrolling sideways</source>
        <translation>Lange Zeilen am Rand des Editors umbrechen, statt seitlich zu scrollen</translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Mode</source>
        <translation>&amp;Ablenkungsfreier Modus</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Committen…</translation>
    </message>
    <message>
        <source>Save a version of the checked files in git</source>
        <translation>Eine Version der angehakten Dateien in Git speichern</translation>
    </message>
    <message>
        <source>Nothing to commit: no file has changed.</source>
        <translation>Nichts zu committen: Keine Datei wurde geändert.</translation>
    </message>
    <message>
        <source>&amp;Propose Changes…</source>
        <translation>Änderungen &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Send the changed pages to GitLab as a merge request</source>
        <translation>Die geänderten Seiten als Merge-Request an GitLab senden</translation>
    </message>
    <message>
        <source>Nothing to propose: no page has changed.</source>
        <translation>Nichts vorzuschlagen: Keine Seite wurde geändert.</translation>
    </message>
    <message>
        <source>Send &amp;Waiting Proposals…</source>
        <translation>&amp;Wartende Vorschläge senden…</translation>
    </message>
    <message>
        <source>Send the proposals that did not reach GitLab</source>
        <translation>Die Vorschläge senden, die GitLab nicht erreicht haben</translation>
    </message>
    <message>
        <source>&amp;Update from GitLab…</source>
        <translation>Von GitLab &amp;aktualisieren…</translation>
    </message>
    <message>
        <source>Get the latest version of the handbook and merge it into your branch</source>
        <translation>Die neueste Version des Handbuchs abrufen und in Ihren Zweig übernehmen</translation>
    </message>
    <message>
        <source>Nothing to update from: this handbook has no GitLab remote.</source>
        <translation>Keine Aktualisierung möglich: Dieses Handbuch hat kein GitLab-Remote-Repository.</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>&amp;Neuer Zweig…</translation>
    </message>
    <message>
        <source>Start a branch for a change</source>
        <translation>Einen Zweig für eine Änderung beginnen</translation>
    </message>
    <message>
        <source>&amp;Switch Branch</source>
        <translation>&amp;Zweig wechseln</translation>
    </message>
    <message>
        <source>Choose the branch to work on</source>
        <translation>Den Zweig wählen, an dem Sie arbeiten</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>Bring the changes of another branch into this one</source>
        <translation>Die Änderungen eines anderen Zweigs in diesen übernehmen</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>Änderungen ve&amp;rwerfen…</translation>
    </message>
    <message>
        <source>Put the selected file back as it was in the last commit</source>
        <translation>Die ausgewählte Datei auf den Stand des letzten Commits zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungskopien…</translation>
    </message>
    <message>
        <source>The copies Folio kept before discarding or replacing a file</source>
        <translation>Die Kopien, die Folio vor dem Verwerfen oder Ersetzen einer Datei angelegt hat</translation>
    </message>
    <message>
        <source>Select a changed file in the Changes panel first.</source>
        <translation>Wählen Sie zuerst eine geänderte Datei im Bereich „Änderungen“ aus.</translation>
    </message>
    <message>
        <source>No handbook is open.</source>
        <translation>Es ist kein Handbuch geöffnet.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clone Handbook…</source>
        <translation>Handbuch klonen…</translation>
    </message>
    <message>
        <source>Open Handbook…</source>
        <translation>Handbuch öffnen…</translation>
    </message>
    <message>
        <source>Open Demo Handbook</source>
        <translation>Demo-Handbuch öffnen</translation>
    </message>
    <message>
        <source>The demo handbook could not be created: %1</source>
        <translation>Das Demo-Handbuch konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot open %1.
%2</source>
        <translation>%1 kann nicht geöffnet werden.
%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>This is Folio&apos;s demo handbook, yours to try things on: its commits and merge requests stay on this computer. To work on your team&apos;s handbook, clone it from its git server, or open a copy you already have.</source>
        <translation>Dies ist das Demo-Handbuch von Folio zum Ausprobieren: Seine Commits und Merge-Requests bleiben auf diesem Computer. Um am Handbuch Ihres Teams zu arbeiten, klonen Sie es von seinem Git-Server oder öffnen Sie eine Kopie, die Sie bereits haben.</translation>
    </message>
    <message>
        <source>%1 is not a Hugo or Middleman handbook: showing it as a plain folder of Markdown pages.</source>
        <translation>%1 ist kein Hugo- oder Middleman-Handbuch: Es wird als einfacher Ordner mit Markdown-Seiten angezeigt.</translation>
    </message>
    <message>
        <source>The edits could not be discarded: %1</source>
        <translation>Die Änderungen konnten nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>%1 is open read-only, so Folio cannot damage it: %2</source>
        <translation>%1 ist schreibgeschützt geöffnet, daher kann Folio es nicht beschädigen: %2</translation>
    </message>
    <message>
        <source>Could not save %1. Your changes are still here, unsaved.
%2</source>
        <translation>%1 konnte nicht gespeichert werden. Ihre Änderungen sind noch da, aber nicht gespeichert.
%2</translation>
    </message>
    <message>
        <source>Autosave could not save %1. Your changes are still here, unsaved, and kept in case Folio stops; save them once the problem is fixed.
%2</source>
        <translation>Die automatische Speicherung konnte %1 nicht speichern. Ihre Änderungen sind noch da, nicht gespeichert, und werden aufbewahrt, falls Folio beendet wird; speichern Sie sie, sobald das Problem behoben ist.
%2</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>%1 automatisch gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Open Handbook</source>
        <translation>Handbuch öffnen</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git: %1</translation>
    </message>
    <message>
        <source>Not in a git repository</source>
        <translation>Nicht in einem Git-Repository</translation>
    </message>
    <message>
        <source>Problems in %1 (the defaults are used instead):
%2</source>
        <translation>Probleme in %1 (stattdessen werden die Standardwerte verwendet):
%2</translation>
    </message>
    <message>
        <source>No page is open. Choose one in the page tree.</source>
        <translation>Es ist keine Seite geöffnet. Wählen Sie eine im Seitenbaum aus.</translation>
    </message>
    <message>
        <source>%1 is outside the handbook, so Folio does not open it. It is at %2</source>
        <translation>%1 liegt außerhalb des Handbuchs, daher öffnet Folio die Datei nicht. Sie befindet sich unter %2</translation>
    </message>
    <message>
        <source>%1 is not a page, so Folio does not open it. It is at %2</source>
        <translation>%1 ist keine Seite, daher öffnet Folio die Datei nicht. Sie befindet sich unter %2</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Choose the editor&apos;s font, autosave, the spelling language, the preview&apos;s colours and defaults for merge requests</source>
        <translation>Schriftart des Editors, automatisches Speichern, Sprache der Rechtschreibprüfung, Farben der Vorschau und Standardwerte für Merge-Requests festlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>G&amp;it</source>
        <translation>G&amp;it</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel</source>
        <translation>Den Tastaturfokus in den nächsten Bereich verschieben</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>V&amp;orheriger Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Den Tastaturfokus in den vorherigen Bereich verschieben</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Rück&amp;gängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>A&amp;lles auswählen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Ei&amp;nstellungen…</translation>
    </message>
    <message>
        <source>Chec&amp;k Whole Handbook</source>
        <translation>Ganzes Hand&amp;buch prüfen</translation>
    </message>
    <message>
        <source>Only the page&apos;s text, full screen; %1 leaves</source>
        <translation>Nur der Text der Seite, im Vollbild; %1 beendet den Modus</translation>
    </message>
</context>
<context>
    <name>Folio::Markdown::HtmlSanitizer</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Embedded content</source>
        <translation>Eingebetteter Inhalt</translation>
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
        <translation>neu</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>in Konflikt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>Folio::Preferences::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Use the system&apos;s &amp;fixed-width font</source>
        <translation>System-Schriftart mit &amp;fester Zeichenbreite verwenden</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Autosave a few seconds after typing stops</source>
        <translation>Einige Sekunden nach dem Ende der Eingabe &amp;automatisch speichern</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>The handbook&apos;s: %1</source>
        <translation>Vorgabe des Handbuchs: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>Fa&amp;rben:</translation>
    </message>
    <message>
        <source>Merge requests</source>
        <translation>Merge-Requests</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Labels for new merge requests, separated by commas</source>
        <translation>Labels für neue Merge-Requests, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Default la&amp;bels:</source>
        <translation>Standard-&amp;Labels:</translation>
    </message>
    <message>
        <source>The default branch</source>
        <translation>Der Standardzweig</translation>
    </message>
    <message>
        <source>The branch merge requests ask to merge into</source>
        <translation>Der Zweig, in den Merge-Requests zusammengeführt werden sollen</translation>
    </message>
    <message>
        <source>&amp;Target branch:</source>
        <translation>&amp;Zielzweig:</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
</context>
<context>
    <name>Folio::Preview::RenderedDiffController</name>
    <message>
        <source>%1 is not a page of the handbook: there is no rendered diff for it.</source>
        <translation>%1 ist keine Seite des Handbuchs: Dafür gibt es keine gerenderten Unterschiede.</translation>
    </message>
    <message>
        <source>Git is not available.</source>
        <translation>Git ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The page as of %1 cannot be read: %2</source>
        <translation>Die Seite im Stand von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 as of %2: %3</source>
        <translation>%1 im Stand von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Rendered Diff: %1</source>
        <translation>Gerenderte Unterschiede: %1</translation>
    </message>
</context>
<context>
    <name>Folio::Preview::RenderedDiffView</name>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n Block geändert</numerusform>
            <numerusform>%n Blöcke geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) added</source>
        <translation>
            <numerusform>%n Block hinzugefügt</numerusform>
            <numerusform>%n Blöcke hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) removed</source>
        <translation>
            <numerusform>%n Block entfernt</numerusform>
            <numerusform>%n Blöcke entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n Wort hinzugefügt</numerusform>
            <numerusform>%n Wörter hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n Wort entfernt</numerusform>
            <numerusform>%n Wörter entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Änderungen an %1</translation>
    </message>
    <message>
        <source>Changes to %1 since %2</source>
        <translation>Änderungen an %1 gegenüber %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>Previous change (%1, %2)</source>
        <translation>Vorherige Änderung (%1, %2)</translation>
    </message>
    <message>
        <source>Next change (%1, %2)</source>
        <translation>Nächste Änderung (%1, %2)</translation>
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
        <translation>%1  —  Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>  (did you mean %1?)</source>
        <translation>  (meinten Sie %1?)</translation>
    </message>
    <message>
        <source>Check Handbook</source>
        <translation>Handbuch prüfen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Front Matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>Check every page of the handbook</source>
        <translation>Alle Seiten des Handbuchs prüfen</translation>
    </message>
    <message>
        <source>Check the spelling, links and front matter of every page of the handbook</source>
        <translation>Rechtschreibung, Links und Front Matter aller Seiten des Handbuchs prüfen</translation>
    </message>
    <message>
        <source>Pages checked</source>
        <translation>Geprüfte Seiten</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Anzahl der Probleme</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop checking the handbook</source>
        <translation>Prüfung des Handbuchs anhalten</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Show problems: %1</source>
        <translation>Probleme anzeigen: %1</translation>
    </message>
    <message>
        <source>Show or hide problems: %1</source>
        <translation>Probleme ein- oder ausblenden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n page(s)</source>
        <translation>
            <numerusform>%1 auf %n Seite</numerusform>
            <numerusform>%1 auf %n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Review::ReviewController</name>
    <message>
        <source>Spelling is not checked: %1</source>
        <translation>Die Rechtschreibung wird nicht geprüft: %1</translation>
    </message>
    <message>
        <source>A spelling word list cannot be used: %1</source>
        <translation>Eine Wortliste für die Rechtschreibprüfung kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Change Link to “%1”</source>
        <translation>Link in „%1“ ändern</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Handbook Dictionary</source>
        <translation>„%1“ zum Wörterbuch des Handbuchs hinzufügen</translation>
    </message>
    <message>
        <source>Add “%1” to Personal Dictionary</source>
        <translation>„%1“ zum persönlichen Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
    <message>
        <source>“%1” could not be added: %2</source>
        <translation>„%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Widgets::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::BacklinksPanel</name>
    <message>
        <source>Backlinks</source>
        <translation>Rückverweise</translation>
    </message>
    <message>
        <source>Pages that link to this page</source>
        <translation>Seiten, die auf diese Seite verweisen</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1 (to #%2)</source>
        <translation>%1 (zu #%2)</translation>
    </message>
    <message>
        <source>Open a page to see which pages link to it.</source>
        <translation>Öffnen Sie eine Seite, um zu sehen, welche Seiten auf sie verweisen.</translation>
    </message>
    <message>
        <source>Indexing the handbook…</source>
        <translation>Handbuch wird indiziert…</translation>
    </message>
    <message>
        <source>No page links to this page.</source>
        <translation>Keine Seite verweist auf diese Seite.</translation>
    </message>
    <message>
        <source>One link to this page:</source>
        <translation>Ein Verweis auf diese Seite:</translation>
    </message>
    <message>
        <source>%1 links to this page:</source>
        <translation>%1 Verweise auf diese Seite:</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::HandbookSearchPanel</name>
    <message>
        <source>Find in handbook</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Text to find in the handbook</source>
        <translation>Im Handbuch zu suchender Text</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/&amp;Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>Suche anhalten</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Stop Searching</source>
        <translation>Suche anhalten</translation>
    </message>
    <message>
        <source>The handbook changed since this search.</source>
        <translation>Das Handbuch wurde seit dieser Suche geändert.</translation>
    </message>
    <message>
        <source>The text to find must be on one line.</source>
        <translation>Der Suchtext muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>Indexing the handbook… The search starts when it is done.</source>
        <translation>Handbuch wird indiziert… Die Suche beginnt, sobald dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at %1: make the search more precise to see fewer</source>
        <translation>Angehalten bei %1: Präzisieren Sie die Suche, um weniger Treffer zu erhalten</translation>
    </message>
    <message>
        <source>Stopped: %1 so far</source>
        <translation>Angehalten: bisher %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Search the handbook as it is now (%1)</source>
        <translation>Das Handbuch in seinem aktuellen Stand durchsuchen (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Headings of the page</source>
        <translation>Überschriften der Seite</translation>
    </message>
    <message>
        <source>This page has no headings.</source>
        <translation>Diese Seite hat keine Überschriften.</translation>
    </message>
    <message>
        <source>(empty heading)</source>
        <translation>(leere Überschrift)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1, #%2</source>
        <translation>Zeile %1, #%2</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::QuickOpenDialog</name>
    <message>
        <source>Go to Page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <source>Page title or path</source>
        <translation>Seitentitel oder Pfad</translation>
    </message>
    <message>
        <source>Go to page by title or path</source>
        <translation>Anhand von Titel oder Pfad zu einer Seite wechseln</translation>
    </message>
    <message>
        <source>Quick open status</source>
        <translation>Status des Schnellöffnens</translation>
    </message>
    <message>
        <source>Matching pages</source>
        <translation>Passende Seiten</translation>
    </message>
    <message>
        <source>Indexing the handbook…</source>
        <translation>Handbuch wird indiziert…</translation>
    </message>
    <message>
        <source>No page matches “%1”</source>
        <translation>Keine Seite passt zu „%1“</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1 refused the token. Enter a valid personal access token (GitLab: Preferences › Access Tokens, scope &quot;write_repository&quot;).</source>
        <translation>%1 hat das Token abgelehnt. Geben Sie ein gültiges persönliches Zugriffstoken ein (GitLab: Einstellungen › Zugriffstoken, Bereich „write_repository“).</translation>
    </message>
    <message>
        <source>%1 asks who you are. Enter your personal access token (GitLab: Preferences › Access Tokens, scope &quot;write_repository&quot;).</source>
        <translation>%1 möchte wissen, wer Sie sind. Geben Sie Ihr persönliches Zugriffstoken ein (GitLab: Einstellungen › Zugriffstoken, Bereich „write_repository“).</translation>
    </message>
    <message>
        <source>Folio keeps it in your system keychain once the server accepts it.</source>
        <translation>Folio bewahrt es im Schlüsselbund Ihres Systems auf, sobald der Server es akzeptiert hat.</translation>
    </message>
    <message>
        <source>No system keychain is available, so Folio will not save the token and will ask for it each time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher speichert Folio das Token nicht und fragt jedes Mal danach.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Optional for GitLab tokens</source>
        <translation>Für GitLab-Token optional</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop editor for Markdown handbooks</source>
        <translation>Desktop-Editor für Markdown-Handbücher</translation>
    </message>
    <message>
        <source>A handbook folder, or a page in one.</source>
        <translation>Ein Handbuchordner oder eine Seite darin.</translation>
    </message>
</context>
</TS>
