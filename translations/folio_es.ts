<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Folio::About::AboutDialog</name>
    <message>
        <source>About Folio</source>
        <translation>Acerca de Folio</translation>
    </message>
    <message>
        <source>Folio&apos;s icon</source>
        <translation>Icono de Folio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Folio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Folio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop editor for Markdown handbooks: edit pages offline, see them as they will be published, check spelling and links, and propose your changes as merge requests.</source>
        <translation>Un editor de escritorio para manuales en Markdown: edite páginas sin conexión, véalas tal como se publicarán, compruebe la ortografía y los enlaces, y proponga sus cambios como solicitudes de fusión.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>Copy these versions, for a bug report</source>
        <translation>Copiar estas versiones para un informe de errores</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::FrontMatterChecker</name>
    <message>
        <source>front matter: %1</source>
        <translation>front matter: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a misspelling of &apos;%2&apos;</source>
        <translation>«%1» parece «%2» mal escrito</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>«%1» está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2, not %3</source>
        <extracomment>%1 is a key, %2 the kind of value it takes (&quot;a date (YYYY-MM-DD)&quot;), %3 the kind it has</extracomment>
        <translation>«%1» debería ser %2, no %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &quot;%2&quot;, which no other page uses; the handbook uses %3</source>
        <translation>«%1» es «%2», que no usa ninguna otra página; el manual usa %3</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos;</source>
        <translation>la página no tiene «%1»</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos; (recommended)</source>
        <translation>la página no tiene «%1» (recomendado)</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::FrontMatterSchema</name>
    <message>
        <source>any</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>cualquier valor</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>un número</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a list</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>una lista</translation>
    </message>
    <message>
        <source>nested keys</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>claves anidadas</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::LinkChecker</name>
    <message>
        <source>outside the handbook, not checked: %1</source>
        <translation>fuera del manual, no se comprueba: %1</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>no se ha encontrado la imagen: %1</translation>
    </message>
    <message>
        <source>no page for ref &quot;%1&quot;</source>
        <translation>no hay ninguna página para ref «%1»</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>no se ha encontrado el archivo: %1</translation>
    </message>
    <message>
        <source>no page for %1</source>
        <translation>no hay ninguna página para %1</translation>
    </message>
    <message>
        <source>this page</source>
        <extracomment>%2 of &quot;no heading #%1 on %2&quot; when the link points into its own page</extracomment>
        <translation>esta página</translation>
    </message>
    <message>
        <source>no heading #%1 on %2</source>
        <extracomment>%1 is the anchor, %2 a page&apos;s path or URL, or &quot;this page&quot;</extracomment>
        <translation>no hay ningún encabezado #%1 en %2</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins two template names for %3 of &quot;no heading #%1 on %2 that Folio can see; %3 may make it&quot;</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <source>no heading #%1 on %2 that Folio can see; %3 may make it</source>
        <extracomment>%1 is the anchor, %2 a page&apos;s path or URL, or &quot;this page&quot;, %3 one or two templates (shortcodes, partials) that may make the heading</extracomment>
        <translation>no hay ningún encabezado #%1 en %2 que Folio pueda ver; puede que lo genere %3</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::SpellChecker</name>
    <message>
        <source>no spelling dictionary</source>
        <translation>no hay diccionario ortográfico</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the dictionary</source>
        <translation>«%1» no está en el diccionario</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::SpellingDictionary</name>
    <message>
        <source>no spelling dictionary for &quot;%1&quot; (looked in %2); %3</source>
        <extracomment>%1 is a language tag, %2 folders, %3 &quot;installed: ...&quot; or &quot;no dictionary is installed: ...&quot;</extracomment>
        <translation>no hay diccionario ortográfico para «%1» (se ha buscado en %2); %3</translation>
    </message>
    <message>
        <source>no dictionary is installed: install Hunspell&apos;s, e.g. the hunspell-en-us package</source>
        <translation>no hay ningún diccionario instalado: instale uno de Hunspell, por ejemplo, el paquete hunspell-en-us</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>instalados: %1</translation>
    </message>
    <message>
        <source>cannot read the %1 dictionary %2: %3</source>
        <translation>no se puede leer %2, el diccionario de %1: %3</translation>
    </message>
    <message>
        <source>Hunspell could not load %1</source>
        <translation>Hunspell no ha podido cargar %1</translation>
    </message>
    <message>
        <source>the %1 dictionary is in the %2 encoding, which Folio cannot read</source>
        <translation>el diccionario de %1 está en la codificación %2, que Folio no puede leer</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::WordList</name>
    <message>
        <source>%1 is a folder, not a word list</source>
        <translation>%1 es una carpeta, no una lista de palabras</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a word list</source>
        <translation>%1 ocupa más de %2 MB, demasiado para una lista de palabras</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8</source>
        <translation>%1 no es texto UTF-8; guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>la palabra está vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds white space: add one word at a time</source>
        <translation>«%1» contiene espacios en blanco: añada las palabras de una en una</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with &apos;#&apos;, which marks a comment</source>
        <translation>«%1» empieza por «#», que indica un comentario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a &apos;/&apos;, which marks Hunspell flags</source>
        <translation>«%1» contiene «/», que señala indicadores de Hunspell</translation>
    </message>
    <message>
        <source>no word list file to add &quot;%1&quot; to</source>
        <translation>no hay ningún archivo de lista de palabras al que añadir «%1»</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>Folio::Document::ExternalChangeController</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Write your text to the page&apos;s file again</source>
        <translation>Escribir de nuevo su texto en el archivo de la página</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the page without saving it</source>
        <translation>Cerrar la página sin guardarla</translation>
    </message>
    <message>
        <source>%1 was deleted and is closed.</source>
        <translation>%1 se ha eliminado y se ha cerrado.</translation>
    </message>
    <message>
        <source>%1 is not in the handbook any more (on this branch), so it was closed.</source>
        <translation>%1 ya no está en el manual (en esta rama), así que se ha cerrado.</translation>
    </message>
    <message>
        <source>The handbook folder %1 is not there any more (deleted, moved, or on a drive that is not mounted), so %2 cannot be saved. Your text is still here, unsaved.</source>
        <translation>La carpeta del manual %1 ya no existe (se ha eliminado, movido o está en una unidad que no está montada), así que no se puede guardar %2. Su texto sigue aquí, sin guardar.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made again, so %2 cannot be saved. Your text is still here, unsaved.</source>
        <translation>No se ha podido volver a crear la carpeta %1, así que no se puede guardar %2. Su texto sigue aquí, sin guardar.</translation>
    </message>
    <message>
        <source>%1 was changed by another program and is not a page Folio can show any more: %2. Your text is still here; saving replaces the file with it.</source>
        <translation>Otro programa ha modificado %1 y ya no es una página que Folio pueda mostrar: %2. Su texto sigue aquí; al guardar, reemplazará el archivo.</translation>
    </message>
    <message>
        <source>You kept your text of %1: saving replaces the file that was changed on disk.</source>
        <translation>Ha conservado su texto de %1: al guardar, se reemplazará el archivo que se modificó en el disco.</translation>
    </message>
    <message>
        <source>The handbook folder %1 is not there any more (deleted, moved, or on a drive that is not mounted). Your text of %2 is still here, unsaved; it can be saved once the folder is back.</source>
        <translation>La carpeta del manual %1 ya no existe (se ha eliminado, movido o está en una unidad que no está montada). Su texto de %2 sigue aquí, sin guardar; podrá guardarlo cuando vuelva a estar disponible la carpeta.</translation>
    </message>
    <message>
        <source>%1 was moved to %2 by another program; Folio now edits it there.</source>
        <translation>Otro programa ha movido %1 a %2; Folio lo edita ahora allí.</translation>
    </message>
    <message>
        <source>%1 was deleted by another program. Your text is still here, unsaved: Save writes the page again, Close closes it.</source>
        <translation>Otro programa ha eliminado %1. Su texto sigue aquí, sin guardar: Guardar vuelve a escribir la página; Cerrar la cierra.</translation>
    </message>
    <message>
        <source>%1 cannot be read any more: %2. Your text is still here.</source>
        <translation>%1 ya no se puede leer: %2. Su texto sigue aquí.</translation>
    </message>
    <message>
        <source>%1 now shows the file&apos;s text. %2 brings yours back.</source>
        <translation>%1 muestra ahora el texto del archivo. %2 recupera el suyo.</translation>
    </message>
</context>
<context>
    <name>Folio::Document::ExternalChangeDialog</name>
    <message>
        <source>Page Changed on Disk</source>
        <translation>Página modificada en el disco</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 was changed by another program&lt;/b&gt; while you have unsaved edits here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep Mine&lt;/b&gt; keeps your text; saving replaces the file with it.&lt;br&gt;&lt;b&gt;Take Theirs&lt;/b&gt; loads the file&apos;s text; &lt;b&gt;Ctrl+Z&lt;/b&gt; brings yours back.&lt;br&gt;&lt;b&gt;Compare&lt;/b&gt; shows how your text differs from the file&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Otro programa ha modificado %1&lt;/b&gt; mientras usted tiene aquí cambios sin guardar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conservar la mía&lt;/b&gt; mantiene su texto; al guardar, reemplazará el archivo.&lt;br&gt;&lt;b&gt;Tomar la suya&lt;/b&gt; carga el texto del archivo; &lt;b&gt;Ctrl+Z&lt;/b&gt; recupera el suyo.&lt;br&gt;&lt;b&gt;Comparar&lt;/b&gt; muestra las diferencias entre su texto y el del archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Tomar la suya</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>the file on disk</source>
        <translation>el archivo en el disco</translation>
    </message>
</context>
<context>
    <name>Folio::Document::RecoveryDialog</name>
    <message>
        <source>Unchanged on disk</source>
        <translation>Sin cambios en el disco</translation>
    </message>
    <message>
        <source>Changed on disk since</source>
        <translation>Modificada en el disco desde entonces</translation>
    </message>
    <message>
        <source>Deleted or moved since</source>
        <translation>Eliminada o movida desde entonces</translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>Folio could not read some of the edits it kept when it stopped.</source>
        <translation>Folio no ha podido leer algunos de los cambios que conservó cuando se detuvo.</translation>
    </message>
    <message>
        <source>Folio stopped before these edits were saved. Restore a page to open it with the edits (unsaved, until you save), or discard them. Decide Later keeps them for the next time this handbook opens.</source>
        <translation>Folio se detuvo antes de que se guardaran estos cambios. Restaure una página para abrirla con los cambios (sin guardar hasta que la guarde) o descártelos. Decidir más tarde los conserva para la próxima vez que se abra este manual.</translation>
    </message>
    <message>
        <source>Pages with unsaved edits</source>
        <translation>Páginas con cambios sin guardar</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>En el disco</translation>
    </message>
    <message>
        <source>These files are kept as they are; delete them when you no longer need them:
%1</source>
        <translation>Estos archivos se conservan tal como están; elimínelos cuando ya no los necesite:
%1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Open the page with these edits, unsaved</source>
        <translation>Abrir la página con estos cambios, sin guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Throw these edits away</source>
        <translation>Desechar estos cambios</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <source>%1 on disk is as it was when these edits were made. Below: what restoring changes in it.</source>
        <translation>%1 está en el disco igual que cuando se hicieron estos cambios. Abajo: lo que cambiará al restaurar.</translation>
    </message>
    <message>
        <source>%1 changed on disk after these edits were made. Below: the page as it is on disk now against the recovered edits; restoring replaces it with the recovered text once you save.</source>
        <translation>%1 ha cambiado en el disco después de hacer estos cambios. Abajo: la página tal como está ahora en el disco frente a los cambios recuperados; al restaurar, se reemplaza por el texto recuperado cuando guarde.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved after these edits were made. Restoring creates it again once you save.</source>
        <translation>%1 se eliminó o se movió después de hacer estos cambios. Al restaurar, se volverá a crear cuando guarde.</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>en el disco</translation>
    </message>
</context>
<context>
    <name>Folio::Editing::LineFormatter</name>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::EditorStatus</name>
    <message>
        <source>Words and reading time</source>
        <translation>Palabras y tiempo de lectura</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Posición del cursor</translation>
    </message>
    <message>
        <source>%1 · %2 min read</source>
        <translation>%1 · %2 min de lectura</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Lín. %1, col. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Editor::EditorView</name>
    <message>
        <source>Page source</source>
        <translation>Código fuente de la página</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Palabras completas</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>\1 or $1 in the replacement stand for the groups</source>
        <translation>\1 o $1 en el reemplazo representan los grupos</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Expresión regular no válida en el carácter %1: %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No hay coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>Se ha reemplazado 1 coincidencia</translation>
    </message>
    <message>
        <source>Replaced %1 matches</source>
        <translation>Se han reemplazado %1 coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Coincidencia anterior (%1)</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Coincidencia siguiente (%1)</translation>
    </message>
    <message>
        <source>Close (%1)</source>
        <translation>Cerrar (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::FormattingActions</name>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>Código en &amp;línea</translation>
    </message>
    <message>
        <source>`x`</source>
        <translation>`x`</translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation>Encabezado &amp;%1</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Lista nu&amp;merada</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>C&amp;ita</translation>
    </message>
    <message>
        <source>❝</source>
        <translation>❝</translation>
    </message>
    <message>
        <source>Code Bloc&amp;k</source>
        <translation>&amp;Bloque de código</translation>
    </message>
    <message>
        <source>```</source>
        <translation>```</translation>
    </message>
    <message>
        <source>Insert &amp;Table</source>
        <translation>Insertar &amp;tabla</translation>
    </message>
    <message>
        <source>▦</source>
        <translation>▦</translation>
    </message>
    <message>
        <source>&amp;Re-align Table</source>
        <translation>&amp;Realinear tabla</translation>
    </message>
    <message>
        <source>⇔</source>
        <translation>⇔</translation>
    </message>
    <message>
        <source>Re-align the table the cursor is in (%1)</source>
        <translation>Realinear la tabla en la que está el cursor (%1)</translation>
    </message>
    <message>
        <source>Put the cursor in a table to re-align it.</source>
        <translation>Coloque el cursor en una tabla para realinearla.</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>More formatting commands</source>
        <translation>Más comandos de formato</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Número de línea</translation>
    </message>
    <message>
        <source>&amp;Line (1–%1), or line:column:</source>
        <translation>&amp;Línea (1–%1), o línea:columna:</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::ImageInserter</name>
    <message>
        <source>Open a page before adding images to it.</source>
        <translation>Abra una página antes de añadirle imágenes.</translation>
    </message>
    <message>
        <source>Describe the image</source>
        <translation>Describa la imagen</translation>
    </message>
    <message>
        <source>The image was saved as %1, but its page is no longer open.</source>
        <translation>La imagen se ha guardado como %1, pero su página ya no está abierta.</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::InsertionController</name>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Enlace…</translation>
    </message>
    <message>
        <source>Link the selection to a page of the handbook or a web address</source>
        <translation>Enlazar la selección a una página del manual o a una dirección web</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Imagen…</translation>
    </message>
    <message>
        <source>Copy an image into the handbook&apos;s image folder for this page and show it here</source>
        <translation>Copiar una imagen en la carpeta de imágenes del manual para esta página y mostrarla aquí</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.svg *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.svg *.webp)</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::LinkCompleter</name>
    <message>
        <source>Link completions</source>
        <translation>Sugerencias de enlaces</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <source>The page&apos;s title when empty</source>
        <translation>El título de la página, si se deja vacío</translation>
    </message>
    <message>
        <source>Type a page&apos;s title, or a URL such as https://…</source>
        <translation>Escriba el título de una página o una URL como https://…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Link to:</source>
        <translation>&amp;Enlazar a:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>E&amp;ncabezado:</translation>
    </message>
    <message>
        <source>(Top of the page)</source>
        <translation>(Principio de la página)</translation>
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
        <translation>Problema en el front matter</translation>
    </message>
    <message>
        <source>Open a page to edit its front matter.</source>
        <translation>Abra una página para editar su front matter.</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>Add a front matter field</source>
        <translation>Añadir un campo al front matter</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Field name:</source>
        <translation>Nombre del campo:</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n page(s) of this handbook</source>
        <translation>
            <numerusform>Usado en %n página de este manual</numerusform>
            <numerusform>Usado en %n páginas de este manual</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>The form cannot edit this front matter: %1</source>
        <translation>El formulario no puede editar este front matter: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>Required: this page has no %1</source>
        <translation>Obligatorio: esta página no tiene %1</translation>
    </message>
    <message>
        <source>Recommended: this page has no %1</source>
        <translation>Recomendado: esta página no tiene %1</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>Más opciones para %1</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Did you mean “%1”? Rename</source>
        <translation>¿Quería decir «%1»? Cambiar el nombre</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>This change was not made: %1</source>
        <translation>No se ha realizado este cambio: %1</translation>
    </message>
</context>
<context>
    <name>Folio::FrontMatter::ListField</name>
    <message>
        <source>Add an item</source>
        <translation>Añadir un elemento</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>Añadir un elemento a %1</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected item from %1</source>
        <translation>Eliminar el elemento seleccionado de %1</translation>
    </message>
</context>
<context>
    <name>Folio::Git::BranchOfferDialog</name>
    <message>
        <source>Create a Branch for This Change?</source>
        <translation>¿Crear una rama para este cambio?</translation>
    </message>
    <message>
        <source>You are on %1, the branch the handbook is published from. Put this change on a branch of its own, so colleagues can review it in a merge request before it reaches %1.</source>
        <translation>Está en %1, la rama desde la que se publica el manual. Coloque este cambio en una rama propia para que sus compañeros puedan revisarlo en una solicitud de fusión antes de que llegue a %1.</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nombre de la rama</translation>
    </message>
    <message>
        <source>Create a Branch for This Change</source>
        <translation>Crear una rama para este cambio</translation>
    </message>
    <message>
        <source>Commit to %1 Anyway</source>
        <translation>Confirmar en %1 de todos modos</translation>
    </message>
    <message>
        <source>&amp;Branch name:</source>
        <translation>Nombre de la &amp;rama:</translation>
    </message>
    <message>
        <source>Not a valid branch name: use letters, digits, &apos;-&apos; and &apos;/&apos;, without spaces.</source>
        <translation>El nombre de la rama no es válido: use letras, dígitos, «-» y «/», sin espacios.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ChangesModel</name>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renombrado</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Tipo cambiado</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Archivo nuevo</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1
Renamed from %2</source>
        <translation>%1
Renombrado desde %2</translation>
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
        <translation>Clonar manual</translation>
    </message>
    <message>
        <source>Folio copies the handbook from its git server to this computer. You edit the copy, also offline, and propose your changes from it.</source>
        <translation>Folio copia el manual desde su servidor git a este equipo. Usted edita la copia, también sin conexión, y propone sus cambios desde ella.</translation>
    </message>
    <message>
        <source>Repository address</source>
        <translation>Dirección del repositorio</translation>
    </message>
    <message>
        <source>https://gitlab.com/group/handbook.git</source>
        <translation>https://gitlab.com/group/handbook.git</translation>
    </message>
    <message>
        <source>The https:// or SSH (git@…) address from the Clone button of the project on GitLab</source>
        <translation>La dirección https:// o SSH (git@…) del botón Clonar del proyecto en GitLab</translation>
    </message>
    <message>
        <source>Folder to clone into</source>
        <translation>Carpeta en la que clonar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>Only the &amp;latest version (faster, smaller)</source>
        <translation>Solo la últi&amp;ma versión (más rápido, ocupa menos)</translation>
    </message>
    <message>
        <source>Leave this on unless you need the handbook&apos;s older versions on this computer: its full history is much larger.</source>
        <translation>Deje esta opción activada a menos que necesite en este equipo las versiones anteriores del manual: su historial completo es mucho más grande.</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repositorio:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>C&amp;lonar</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <source>What Folio is doing</source>
        <translation>Lo que está haciendo Folio</translation>
    </message>
    <message>
        <source>Clone progress</source>
        <translation>Progreso de la clonación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the clone</source>
        <translation>Cancelar la clonación</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address, as shown by the Clone button on GitLab.</source>
        <translation>Introduzca la dirección del repositorio, tal como la muestra el botón Clonar en GitLab.</translation>
    </message>
    <message>
        <source>Folio cannot clone from %1:// addresses. Use the https:// or the SSH (git@…) address from the Clone button on GitLab.</source>
        <translation>Folio no puede clonar desde direcciones %1://. Use la dirección https:// o SSH (git@…) del botón Clonar en GitLab.</translation>
    </message>
    <message>
        <source>This is not a repository address. Use the https:// or the SSH (git@…) address from the Clone button on GitLab.</source>
        <translation>Esto no es una dirección de repositorio. Use la dirección https:// o SSH (git@…) del botón Clonar en GitLab.</translation>
    </message>
    <message>
        <source>The address names the server but no repository: add the project&apos;s path, e.g. …/group/handbook.git.</source>
        <translation>La dirección indica el servidor, pero ningún repositorio: añada la ruta del proyecto, por ejemplo, …/group/handbook.git.</translation>
    </message>
    <message>
        <source>This address contains a password or access token. Remove it: Folio asks for your token when the server needs it and keeps it in the system keychain. In the address, git would store it in plain text.</source>
        <translation>Esta dirección contiene una contraseña o un token de acceso. Elimínelo: Folio le pide el token cuando el servidor lo necesita y lo guarda en el llavero del sistema. Si está en la dirección, git lo almacenaría como texto sin cifrar.</translation>
    </message>
    <message>
        <source>Choose the folder to clone into.</source>
        <translation>Elija la carpeta en la que clonar.</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, e.g. %1.</source>
        <translation>Indique la ruta completa de la carpeta, por ejemplo, %1.</translation>
    </message>
    <message>
        <source>%1 is a file. Choose a folder.</source>
        <translation>%1 es un archivo. Elija una carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Choose another folder, or, if it is this handbook already, open it with File &gt; Open Handbook….</source>
        <translation>%1 ya existe y no está vacía. Elija otra carpeta o, si ya es este manual, ábrala con Archivo &gt; Abrir manual….</translation>
    </message>
    <message>
        <source>Folio cannot create folders in %1. Choose another place.</source>
        <translation>Folio no puede crear carpetas en %1. Elija otro lugar.</translation>
    </message>
    <message>
        <source>This address is not encrypted: your access token could be read on the way. Use https:// if the server offers it.</source>
        <translation>Esta dirección no está cifrada: su token de acceso podría leerse por el camino. Use https:// si el servidor lo admite.</translation>
    </message>
    <message>
        <source>Over SSH, Folio&apos;s git library downloads the whole history anyway; the https:// address is smaller.</source>
        <translation>Por SSH, la biblioteca git de Folio descarga todo el historial de todos modos; con la dirección https:// la descarga es menor.</translation>
    </message>
    <message>
        <source>Choose Where to Put the Handbook</source>
        <translation>Elija dónde colocar el manual</translation>
    </message>
    <message>
        <source>Cloning %1 into %2</source>
        <translation>Clonando %1 en %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Indexing the download… %L1 of %L2</source>
        <translation>Indexando la descarga… %L1 de %L2</translation>
    </message>
    <message>
        <source>Writing the files… %L1 of %L2</source>
        <translation>Escribiendo los archivos… %L1 de %L2</translation>
    </message>
    <message>
        <source>Objects: %L1 of %L2</source>
        <translation>Objetos: %L1 de %L2</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Recibido: %1</translation>
    </message>
    <message>
        <source>Clone cancelled. What it had downloaded was removed.</source>
        <translation>Clonación cancelada. Se ha eliminado lo que se había descargado.</translation>
    </message>
    <message>
        <source>Folio could not reach %1. Check the address and your network connection (and the VPN, if the server needs one), then try again.</source>
        <translation>Folio no ha podido conectar con %1. Compruebe la dirección y su conexión de red (y la VPN, si el servidor la necesita) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 did not accept your credentials. For an https:// address, use a personal access token with the read_repository scope; for SSH, a key added to your account.</source>
        <translation>%1 no ha aceptado sus credenciales. Para una dirección https://, use un token de acceso personal con el ámbito read_repository; para SSH, una clave añadida a su cuenta.</translation>
    </message>
    <message>
        <source>The SSH key of %1 is not the one this computer knows, so Folio did not connect: someone may be intercepting the connection. If the server&apos;s administrators changed its key, remove the old one from ~/.ssh/known_hosts and try again.</source>
        <translation>La clave SSH de %1 no es la que conoce este equipo, así que Folio no se ha conectado: puede que alguien esté interceptando la conexión. Si los administradores del servidor han cambiado su clave, elimine la antigua de ~/.ssh/known_hosts y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The SSH key of %1 was not trusted, so Folio did not connect.</source>
        <translation>No se ha confiado en la clave SSH de %1, así que Folio no se ha conectado.</translation>
    </message>
    <message>
        <source>The folder is not empty any more. Choose another folder.</source>
        <translation>La carpeta ya no está vacía. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Folio could not clone the handbook. Check that the address is a git repository you have access to.</source>
        <translation>Folio no ha podido clonar el manual. Compruebe que la dirección sea un repositorio git al que tenga acceso.</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation>%1

Detalles: %2</translation>
    </message>
    <message>
        <source>Cloned the handbook into %1 with its full history: over SSH, Folio&apos;s git library cannot download only the latest version.</source>
        <translation>Se ha clonado el manual en %1 con todo su historial: por SSH, la biblioteca git de Folio no puede descargar solo la última versión.</translation>
    </message>
    <message>
        <source>Cloned the handbook into %1.</source>
        <translation>Se ha clonado el manual en %1.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::CommitDialog</name>
    <message>
        <source>Commit Changes</source>
        <translation>Confirmar cambios</translation>
    </message>
    <message>
        <source>Choose the files to commit:</source>
        <translation>Elija los archivos que confirmar:</translation>
    </message>
    <message>
        <source>Files to commit</source>
        <translation>Archivos que confirmar</translation>
    </message>
    <message>
        <source>&amp;Describe the change:</source>
        <translation>&amp;Describa el cambio:</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Mensaje de confirmación</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Choose the files to commit to %1:</source>
        <translation>Elija los archivos que confirmar en %1:</translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;</source>
        <translation>Autor: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Author: not set yet. Folio will ask for your name and email.</source>
        <translation>Autor: aún no establecido. Folio le pedirá su nombre y correo electrónico.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::DiffView</name>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>What the file is compared with</source>
        <translation>Con qué se compara el archivo</translation>
    </message>
    <message>
        <source>Last commit</source>
        <translation>Última confirmación</translation>
    </message>
    <message>
        <source>Target branch</source>
        <translation>Rama de destino</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>Renderizado</translation>
    </message>
    <message>
        <source>Show the changes in the page as it will be published</source>
        <translation>Mostrar los cambios en la página tal como se publicará</translation>
    </message>
    <message>
        <source>Show rendered diff</source>
        <translation>Mostrar las diferencias renderizadas</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Select a file to see what changed.</source>
        <translation>Seleccione un archivo para ver qué ha cambiado.</translation>
    </message>
    <message>
        <source>Target branch (%1)</source>
        <translation>Rama de destino (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This is a binary file: its changes cannot be shown as text.</source>
        <translation>Es un archivo binario: sus cambios no se pueden mostrar como texto.</translation>
    </message>
    <message>
        <source>No differences from the target branch.</source>
        <translation>No hay diferencias con la rama de destino.</translation>
    </message>
    <message>
        <source>No differences from the last commit.</source>
        <translation>No hay diferencias con la última confirmación.</translation>
    </message>
    <message>
        <source>(no line break at the end of the file)</source>
        <translation>(no hay salto de línea al final del archivo)</translation>
    </message>
    <message numerus="yes">
        <source>The diff is too long to show here: only its first %n lines are shown.</source>
        <translation>
            <numerusform>Las diferencias son demasiado largas para mostrarlas aquí: solo se muestra la primera %n línea.</numerusform>
            <numerusform>Las diferencias son demasiado largas para mostrarlas aquí: solo se muestran las primeras %n líneas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::GitPanel</name>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Cambios</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The copies Folio kept before discarding or replacing a file</source>
        <translation>Las copias que Folio guardó antes de descartar o reemplazar un archivo</translation>
    </message>
    <message>
        <source>Remove the Stale Lock</source>
        <translation>Eliminar el bloqueo obsoleto</translation>
    </message>
    <message>
        <source>Remove the stale lock</source>
        <translation>Eliminar el bloqueo obsoleto</translation>
    </message>
    <message>
        <source>Changes status</source>
        <translation>Estado de los cambios</translation>
    </message>
    <message>
        <source>No handbook is open.</source>
        <translation>No hay ningún manual abierto.</translation>
    </message>
    <message>
        <source>these files would be overwritten: %1</source>
        <translation>se sobrescribirían estos archivos: %1</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Archivos modificados</translation>
    </message>
    <message>
        <source>Space includes or leaves out a file from the next commit; Enter shows its changes; Ctrl+Enter or a double-click opens the page.</source>
        <translation>La tecla Espacio incluye o excluye un archivo de la próxima confirmación; Enter muestra sus cambios; Ctrl+Enter o un doble clic abre la página.</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Confirmar…</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Save a version of the checked files in git</source>
        <translation>Guardar en git una versión de los archivos marcados</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Proponer…</translation>
    </message>
    <message>
        <source>Propose changes</source>
        <translation>Proponer cambios</translation>
    </message>
    <message>
        <source>Send the changed pages to GitLab as a merge request</source>
        <translation>Enviar las páginas modificadas a GitLab como una solicitud de fusión</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Discard the selected file&apos;s changes</source>
        <translation>Descartar los cambios del archivo seleccionado</translation>
    </message>
    <message>
        <source>Put the selected file back as it was in the last commit (your version is kept in Backups)</source>
        <translation>Devolver el archivo seleccionado al estado de la última confirmación (su versión se guarda en Copias de seguridad)</translation>
    </message>
    <message>
        <source>Send &amp;Now…</source>
        <translation>&amp;Enviar ahora…</translation>
    </message>
    <message>
        <source>Send the waiting proposals</source>
        <translation>Enviar las propuestas pendientes</translation>
    </message>
    <message>
        <source>Select a file to see what changed.</source>
        <translation>Seleccione un archivo para ver qué ha cambiado.</translation>
    </message>
    <message>
        <source>Reading the changes…</source>
        <translation>Leyendo los cambios…</translation>
    </message>
    <message>
        <source>This handbook is not in a git repository, so there are no changes to list.</source>
        <translation>Este manual no está en un repositorio git, así que no hay cambios que mostrar.</translation>
    </message>
    <message>
        <source>Could not read the changes: %1</source>
        <translation>No se han podido leer los cambios: %1</translation>
    </message>
    <message>
        <source>No changes — edit a page and save it.</source>
        <translation>No hay cambios: edite una página y guárdela.</translation>
    </message>
    <message>
        <source>Cannot show the changes of %1: %2</source>
        <translation>No se pueden mostrar los cambios de %1: %2</translation>
    </message>
    <message>
        <source>&amp;Open Page</source>
        <translation>&amp;Abrir página</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>&amp;Descartar cambios…</translation>
    </message>
    <message>
        <source>Could not create the branch %1, so nothing was committed: %2</source>
        <translation>No se ha podido crear la rama %1, así que no se ha confirmado nada: %2</translation>
    </message>
    <message>
        <source>Nothing was committed: git still finds no name and email to record.</source>
        <translation>No se ha confirmado nada: git sigue sin encontrar un nombre y un correo electrónico que registrar.</translation>
    </message>
    <message>
        <source>Nothing was committed: git needs your name and email to record who made the change.</source>
        <translation>No se ha confirmado nada: git necesita su nombre y correo electrónico para registrar quién hizo el cambio.</translation>
    </message>
    <message>
        <source>Could not save your name and email, so nothing was committed: %1</source>
        <translation>No se han podido guardar su nombre y correo electrónico, así que no se ha confirmado nada: %1</translation>
    </message>
    <message>
        <source>a detached HEAD</source>
        <translation>un HEAD desacoplado</translation>
    </message>
    <message>
        <source>Nothing was committed: git&apos;s index is locked (see the explanation above).</source>
        <translation>No se ha confirmado nada: el índice de git está bloqueado (consulte la explicación anterior).</translation>
    </message>
    <message>
        <source>Nothing to commit: the chosen files have no changes.</source>
        <translation>No hay nada que confirmar: los archivos elegidos no tienen cambios.</translation>
    </message>
    <message>
        <source>Nothing was committed: a merge is under way. Finish or abort it first.</source>
        <translation>No se ha confirmado nada: hay una fusión en curso. Termínela o anúlela primero.</translation>
    </message>
    <message>
        <source>Commit failed: %1</source>
        <translation>Ha fallado la confirmación: %1</translation>
    </message>
    <message>
        <source>Git&apos;s index is locked (%1). Another git program may be running, or one crashed and left the lock behind. Until the lock is gone, nothing can be committed.</source>
        <translation>El índice de git está bloqueado (%1). Puede que se esté ejecutando otro programa de git o que uno se haya bloqueado y haya dejado el bloqueo. Hasta que desaparezca el bloqueo, no se puede confirmar nada.</translation>
    </message>
    <message>
        <source>The lock has not changed for %1 and no program has it open, so it is safe to remove.</source>
        <translation>El bloqueo no ha cambiado desde hace %1 y ningún programa lo tiene abierto, así que se puede eliminar con seguridad.</translation>
    </message>
    <message>
        <source>A program still has it open: wait until it has finished.</source>
        <translation>Un programa todavía lo tiene abierto: espere a que termine.</translation>
    </message>
    <message>
        <source>It changed %1 ago: wait a minute in case a git program is still working.</source>
        <translation>Cambió hace %1: espere un minuto por si algún programa de git sigue trabajando.</translation>
    </message>
    <message>
        <source>Removed the stale lock. You can commit again.</source>
        <translation>Se ha eliminado el bloqueo obsoleto. Ya puede volver a confirmar.</translation>
    </message>
    <message>
        <source>The lock was not removed: %1</source>
        <translation>No se ha eliminado el bloqueo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) did not reach GitLab yet. Their commits are safe on this computer.</source>
        <translation>
            <numerusform>%n propuesta aún no ha llegado a GitLab. Su confirmación está a salvo en este equipo.</numerusform>
            <numerusform>%n propuestas aún no han llegado a GitLab. Sus confirmaciones están a salvo en este equipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on %1</source>
        <translation>
            <numerusform>%n cambio en %1</numerusform>
            <numerusform>%n cambios en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed %n file(s) to %1 (%2)</source>
        <translation>
            <numerusform>Se ha confirmado %n archivo en %1 (%2)</numerusform>
            <numerusform>Se han confirmado %n archivos en %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::IdentityDialog</name>
    <message>
        <source>Your Name for Commits</source>
        <translation>Su nombre para las confirmaciones</translation>
    </message>
    <message>
        <source>Every saved version of the handbook records who made it. Enter the name and email your colleagues know you by. They are kept for this handbook only.</source>
        <translation>Cada versión guardada del manual registra quién la hizo. Introduzca el nombre y el correo electrónico con los que le conocen sus compañeros. Solo se guardan para este manual.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <source>Save and Commit</source>
        <translation>Guardar y confirmar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico como nombre@example.com.</translation>
    </message>
    <message>
        <source>Enter your name (without &lt; or &gt;).</source>
        <translation>Introduzca su nombre (sin &lt; ni &gt;).</translation>
    </message>
</context>
<context>
    <name>Folio::Git::KeychainCredentials</name>
    <message>
        <source>The passphrase was wrong. Passphrase of the SSH key %1:</source>
        <translation>La frase de contraseña no era correcta. Frase de contraseña de la clave SSH %1:</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key %1:</source>
        <translation>Frase de contraseña de la clave SSH %1:</translation>
    </message>
    <message>
        <source>SSH Key Passphrase</source>
        <translation>Frase de contraseña de la clave SSH</translation>
    </message>
    <message>
        <source>New Server</source>
        <translation>Servidor nuevo</translation>
    </message>
    <message>
        <source>Folio has not connected to %1 before. Is this its key?</source>
        <translation>Folio no se ha conectado antes a %1. ¿Es esta su clave?</translation>
    </message>
    <message>
        <source>Key type: %1
Fingerprint: %2</source>
        <translation>Tipo de clave: %1
Huella digital: %2</translation>
    </message>
    <message>
        <source>Warning: this server is known with another type of key.</source>
        <translation>Advertencia: este servidor se conoce con otro tipo de clave.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gave you. If they differ, do not connect.</source>
        <translation>Compare la huella digital con la que le ha dado su administrador. Si son diferentes, no se conecte.</translation>
    </message>
    <message>
        <source>Trust and &amp;Remember</source>
        <translation>Confiar y &amp;recordar</translation>
    </message>
    <message>
        <source>Trust &amp;This Time</source>
        <translation>Confiar solo es&amp;ta vez</translation>
    </message>
    <message>
        <source>Do &amp;Not Connect</source>
        <translation>&amp;No conectar</translation>
    </message>
</context>
<context>
    <name>Folio::Git::PendingPushesDialog</name>
    <message>
        <source>Waiting Proposals</source>
        <translation>Propuestas pendientes</translation>
    </message>
    <message>
        <source>These proposals are saved as commits on this computer but have not reached GitLab yet. Send them when you are online.</source>
        <translation>Estas propuestas están guardadas como confirmaciones en este equipo, pero aún no han llegado a GitLab. Envíelas cuando tenga conexión.</translation>
    </message>
    <message>
        <source>Proposals waiting to be sent</source>
        <translation>Propuestas pendientes de envío</translation>
    </message>
    <message>
        <source>What happened to the last proposal sent</source>
        <translation>Qué ocurrió con la última propuesta enviada</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Send the selected proposal now</source>
        <translation>Enviar ahora la propuesta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Olvidar…</translation>
    </message>
    <message>
        <source>Forget the selected proposal</source>
        <translation>Olvidar la propuesta seleccionada</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <source>&amp;Back to the List</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>%1
branch %2, saved %3</source>
        <translation>%1
rama %2, guardada: %3</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>No proposal is waiting: everything reached GitLab.</source>
        <translation>No hay ninguna propuesta pendiente: todo ha llegado a GitLab.</translation>
    </message>
    <message>
        <source>Cannot read the waiting proposals: %1</source>
        <translation>No se pueden leer las propuestas pendientes: %1</translation>
    </message>
    <message>
        <source>Sending branch %1 to GitLab…</source>
        <translation>Enviando la rama %1 a GitLab…</translation>
    </message>
    <message>
        <source>Forget the Proposal?</source>
        <translation>¿Olvidar la propuesta?</translation>
    </message>
    <message>
        <source>Folio will stop offering to send this proposal. Its commit stays on branch %1 on this computer.</source>
        <translation>Folio dejará de ofrecerle enviar esta propuesta. Su confirmación permanece en la rama %1 en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>GitLab still cannot be reached; the proposal keeps waiting. %1</source>
        <translation>Todavía no se puede conectar con GitLab; la propuesta sigue pendiente. %1</translation>
    </message>
    <message>
        <source>Sending cancelled; the proposal keeps waiting.</source>
        <translation>Envío cancelado; la propuesta sigue pendiente.</translation>
    </message>
    <message>
        <source>Could not send it: %1</source>
        <translation>No se ha podido enviar: %1</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ProposalResultView</name>
    <message>
        <source>Merge request link</source>
        <translation>Enlace a la solicitud de fusión</translation>
    </message>
    <message>
        <source>&amp;Open the Prefilled Merge Request Page</source>
        <translation>&amp;Abrir la página de la solicitud de fusión ya rellenada</translation>
    </message>
    <message>
        <source>Open the prefilled merge request page</source>
        <translation>Abrir la página de la solicitud de fusión ya rellenada</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Announcement for the team&apos;s chat</source>
        <translation>Anuncio para el chat del equipo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the announcement</source>
        <translation>Copiar el anuncio</translation>
    </message>
    <message>
        <source>Tell your team, e.g. in Slack:</source>
        <translation>Informe a su equipo, por ejemplo, en Slack:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Your changes are proposed on branch %1. The merge request:</source>
        <translation>Sus cambios se han propuesto en la rama %1. La solicitud de fusión:</translation>
    </message>
    <message>
        <source>Your changes are on branch %1, but GitLab did not create the merge request. Open the prefilled page to create it.</source>
        <translation>Sus cambios están en la rama %1, pero GitLab no ha creado la solicitud de fusión. Abra la página ya rellenada para crearla.</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ProposeDialog</name>
    <message>
        <source>Propose Changes</source>
        <translation>Proponer cambios</translation>
    </message>
    <message>
        <source>Folio sends the chosen pages to GitLab as a merge request, on a new branch. Your pages stay as they are in the editor.</source>
        <translation>Folio envía las páginas elegidas a GitLab como una solicitud de fusión, en una rama nueva. Sus páginas se quedan como están en el editor.</translation>
    </message>
    <message>
        <source>Pages to propose</source>
        <translation>Páginas que proponer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Why the change? Folio adds the list of changed pages after your text.</source>
        <translation>¿Por qué el cambio? Folio añade la lista de páginas modificadas después de su texto.</translation>
    </message>
    <message>
        <source>Target branch</source>
        <translation>Rama de destino</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Mark as &amp;draft (not ready for review yet)</source>
        <translation>Marcar como &amp;borrador (aún no está listo para revisión)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Optional: GitLab user names</source>
        <translation>Opcional: nombres de usuario de GitLab</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Asignados</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nombre de la rama</translation>
    </message>
    <message>
        <source>Why the changes cannot be proposed yet</source>
        <translation>Por qué aún no se pueden proponer los cambios</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>&amp;Fusionar en:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Revisores:</translation>
    </message>
    <message>
        <source>&amp;Assignees:</source>
        <translation>&amp;Asignados:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>Ra&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proponer</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>Pages to include:</source>
        <translation>Páginas que incluir:</translation>
    </message>
    <message>
        <source>What Folio is doing</source>
        <translation>Lo que está haciendo Folio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the proposal</source>
        <translation>Cancelar la propuesta</translation>
    </message>
    <message>
        <source>Why the proposal failed</source>
        <translation>Por qué ha fallado la propuesta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send the saved commit again</source>
        <translation>Volver a enviar la confirmación guardada</translation>
    </message>
    <message>
        <source>Cannot propose yet: %1</source>
        <translation>Aún no se puede proponer: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Getting the latest version of the handbook…</source>
        <translation>Obteniendo la última versión del manual…</translation>
    </message>
    <message>
        <source>Putting your changes on a new branch…</source>
        <translation>Colocando sus cambios en una rama nueva…</translation>
    </message>
    <message>
        <source>Saving a version of your changes…</source>
        <translation>Guardando una versión de sus cambios…</translation>
    </message>
    <message>
        <source>Sending your changes to GitLab…</source>
        <translation>Enviando sus cambios a GitLab…</translation>
    </message>
    <message>
        <source>Folio could not propose your changes: %1</source>
        <translation>Folio no ha podido proponer sus cambios: %1</translation>
    </message>
    <message>
        <source>GitLab could not be reached. Your commit is safe on branch %1 — push it later, when you are online: Try Again, or the Changes panel&apos;s Send Now.</source>
        <translation>No se ha podido conectar con GitLab. Su confirmación está a salvo en la rama %1: envíela más tarde, cuando tenga conexión, con Reintentar o con Enviar ahora en el panel Cambios.</translation>
    </message>
    <message>
        <source>GitLab already has a branch named %1 with other changes, so yours cannot be added to it. Go Back and propose again: Folio suggests a new branch name.</source>
        <translation>GitLab ya tiene una rama llamada %1 con otros cambios, así que no se pueden añadir los suyos a ella. Vuelva Atrás y proponga de nuevo: Folio le sugerirá un nombre de rama nuevo.</translation>
    </message>
    <message>
        <source>GitLab did not accept your credentials. Your commit is safe on branch %1: Try Again to enter your access token again.</source>
        <translation>GitLab no ha aceptado sus credenciales. Su confirmación está a salvo en la rama %1: pulse Reintentar para volver a introducir su token de acceso.</translation>
    </message>
    <message>
        <source>You cancelled the proposal: %1</source>
        <translation>Ha cancelado la propuesta: %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::BackupsDialog</name>
    <message>
        <source>Changes discarded</source>
        <translation>Cambios descartados</translation>
    </message>
    <message>
        <source>Changes discarded (staged version)</source>
        <translation>Cambios descartados (versión preparada)</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflicto resuelto</translation>
    </message>
    <message>
        <source>Merge aborted</source>
        <translation>Fusión anulada</translation>
    </message>
    <message>
        <source>Replaced by a restored backup</source>
        <translation>Reemplazado por una copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Folio keeps a copy of a file before it replaces or removes it (when you discard changes, resolve a conflict or abort a merge). Newest first.</source>
        <translation>Folio guarda una copia de un archivo antes de reemplazarlo o eliminarlo (al descartar cambios, resolver un conflicto o anular una fusión). Las más recientes, primero.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Original location</source>
        <translation>Ubicación original</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>&amp;Open Backups Folder</source>
        <translation>&amp;Abrir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Abrir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The backups folder could not be opened. It is %1</source>
        <translation>No se ha podido abrir la carpeta de copias de seguridad. Está en %1</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Se ha restaurado %1.</translation>
    </message>
    <message>
        <source>Restored next to the current file, as %1.</source>
        <translation>Se ha restaurado junto al archivo actual, como %1.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>“%1” has changed since this backup was taken.</source>
        <translation>«%1» ha cambiado desde que se hizo esta copia de seguridad.</translation>
    </message>
    <message>
        <source>Keep both: the backup is restored next to the file, under a new name.
Replace: the backup replaces the file; its current version is saved to backups first.</source>
        <translation>Conservar ambas: la copia de seguridad se restaura junto al archivo, con un nombre nuevo.
Reemplazar: la copia de seguridad reemplaza al archivo; antes se guarda una copia de seguridad de su versión actual.</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Conservar ambas</translation>
    </message>
    <message>
        <source>Keep both versions</source>
        <translation>Conservar ambas versiones</translation>
    </message>
    <message>
        <source>&amp;Replace (Current Version Is Backed Up)</source>
        <translation>&amp;Reemplazar (se guarda una copia de la versión actual)</translation>
    </message>
    <message>
        <source>Replace the file; its current version is backed up</source>
        <translation>Reemplazar el archivo; se guarda una copia de seguridad de su versión actual</translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation>No se han podido mostrar las copias de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>No se ha restaurado la copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::BranchBar</name>
    <message>
        <source>Switch, create or merge branches</source>
        <translation>Cambiar de rama, crear ramas o fusionarlas</translation>
    </message>
    <message>
        <source>Branch menu</source>
        <translation>Menú de ramas</translation>
    </message>
    <message>
        <source>Switching branch</source>
        <translation>Cambiando de rama</translation>
    </message>
    <message>
        <source>Merge in progress: continue…</source>
        <translation>Fusión en curso: continuar…</translation>
    </message>
    <message>
        <source>Continue or abort the merge in progress</source>
        <translation>Continuar o anular la fusión en curso</translation>
    </message>
    <message>
        <source>Git operation in progress</source>
        <translation>Operación de git en curso</translation>
    </message>
    <message>
        <source>A git operation started outside Folio (such as a rebase) is not finished. Finish or abort it with git before switching branches.</source>
        <translation>Hay una operación de git iniciada fuera de Folio (como un rebase) que no ha terminado. Termínela o anúlela con git antes de cambiar de rama.</translation>
    </message>
    <message>
        <source>No git repository</source>
        <translation>No hay repositorio git</translation>
    </message>
    <message>
        <source>Reading branches…</source>
        <translation>Leyendo las ramas…</translation>
    </message>
    <message>
        <source>Branches unavailable</source>
        <translation>Ramas no disponibles</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>desacoplado en %1</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (aún sin confirmaciones)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Rama: %1</translation>
    </message>
    <message>
        <source>Cannot read the branches: %1</source>
        <translation>No se pueden leer las ramas: %1</translation>
    </message>
    <message>
        <source>Finish or abort the merge in progress first</source>
        <translation>Termine o anule primero la fusión en curso</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Cambiar a</translation>
    </message>
    <message>
        <source>Follows %1: %2 ahead, %3 behind</source>
        <translation>Sigue a %1: %2 por delante, %3 por detrás</translation>
    </message>
    <message>
        <source>Creates a local branch “%1” that follows %2</source>
        <translation>Crea una rama local «%1» que sigue a %2</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>&amp;Nueva rama…</translation>
    </message>
    <message>
        <source>the current version</source>
        <translation>la versión actual</translation>
    </message>
    <message>
        <source>&amp;Merge a Branch into %1…</source>
        <translation>&amp;Fusionar una rama en %1…</translation>
    </message>
    <message>
        <source>&amp;Merge %1 into %2…</source>
        <translation>&amp;Fusionar %1 en %2…</translation>
    </message>
    <message>
        <source>&amp;Update from %1…</source>
        <translation>&amp;Actualizar desde %1…</translation>
    </message>
    <message>
        <source>Get the latest version from GitLab and merge it into %1</source>
        <translation>Obtener la última versión desde GitLab y fusionarla en %1</translation>
    </message>
    <message>
        <source>&amp;Continue the Merge in Progress…</source>
        <translation>&amp;Continuar la fusión en curso…</translation>
    </message>
    <message>
        <source>Cannot Switch Branch</source>
        <translation>No se puede cambiar de rama</translation>
    </message>
    <message>
        <source>Folio could not switch to “%1”. Nothing was changed.</source>
        <translation>Folio no ha podido cambiar a «%1». No se ha modificado nada.</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::ConflictResolverWidget</name>
    <message>
        <source>Both branches changed these files in different ways. For each file, keep your version, take theirs, or edit the file to combine them and then mark it resolved.</source>
        <translation>Ambas ramas han modificado estos archivos de forma distinta. Para cada archivo, conserve su versión, tome la de la otra rama o edite el archivo para combinarlas y luego márquelo como resuelto.</translation>
    </message>
    <message>
        <source>Files with conflicts</source>
        <translation>Archivos con conflictos</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>Keep my version of the selected file</source>
        <translation>Conservar mi versión del archivo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Tomar la suya</translation>
    </message>
    <message>
        <source>Take their version of the selected file</source>
        <translation>Tomar la versión de la otra rama del archivo seleccionado</translation>
    </message>
    <message>
        <source>I Edited It — &amp;Mark Resolved</source>
        <translation>Lo he editado — &amp;Marcar como resuelto</translation>
    </message>
    <message>
        <source>Mark the selected file resolved as I edited it</source>
        <translation>Marcar el archivo seleccionado como resuelto con mi edición</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <source>Open the selected file to edit it</source>
        <translation>Abrir el archivo seleccionado para editarlo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>&amp;Complete Merge</source>
        <translation>&amp;Finalizar la fusión</translation>
    </message>
    <message>
        <source>Complete the merge</source>
        <translation>Finalizar la fusión</translation>
    </message>
    <message>
        <source>&amp;Abort Merge…</source>
        <translation>A&amp;nular la fusión…</translation>
    </message>
    <message>
        <source>Abort the merge and go back to before it</source>
        <translation>Anular la fusión y volver al estado anterior</translation>
    </message>
    <message>
        <source>Abort Merge</source>
        <translation>Anular la fusión</translation>
    </message>
    <message>
        <source>Abort the merge and put every file back as it was before?</source>
        <translation>¿Anular la fusión y devolver cada archivo a su estado anterior?</translation>
    </message>
    <message>
        <source>Changes you made to conflicted files during the merge are saved to backups first.</source>
        <translation>Los cambios que haya hecho en los archivos en conflicto durante la fusión se guardan antes en las copias de seguridad.</translation>
    </message>
    <message>
        <source>Abort the merge</source>
        <translation>Anular la fusión</translation>
    </message>
    <message>
        <source>Keep Merging</source>
        <translation>Seguir fusionando</translation>
    </message>
    <message>
        <source>Keep merging</source>
        <translation>Seguir fusionando</translation>
    </message>
    <message>
        <source>No conflicts left: complete the merge to record it.</source>
        <translation>No quedan conflictos: finalice la fusión para registrarla.</translation>
    </message>
    <message>
        <source>You deleted this file and they changed it. “Keep Mine” deletes it.</source>
        <translation>Usted eliminó este archivo y en la otra rama se modificó. «Conservar la mía» lo elimina.</translation>
    </message>
    <message>
        <source>They deleted this file and you changed it. “Take Theirs” deletes it.</source>
        <translation>En la otra rama se eliminó este archivo y usted lo modificó. «Tomar la suya» lo elimina.</translation>
    </message>
    <message>
        <source>Both branches changed this file.</source>
        <translation>Ambas ramas han modificado este archivo.</translation>
    </message>
    <message>
        <source>“%1” was not marked resolved: %2.
Open the file, keep the text you want between the &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, delete those lines, save, then mark it resolved again.</source>
        <translation>«%1» no se ha marcado como resuelto: %2.
Abra el archivo, conserve el texto que quiera entre las líneas &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= y &gt;&gt;&gt;&gt;&gt;&gt;&gt;, elimine esas líneas, guarde y vuelva a marcarlo como resuelto.</translation>
    </message>
    <message>
        <source>“%1” could not be resolved: %2</source>
        <translation>No se ha podido resolver «%1»: %2</translation>
    </message>
    <message>
        <source>The merge could not be completed: %1</source>
        <translation>No se ha podido finalizar la fusión: %1</translation>
    </message>
    <message>
        <source>The merge could not be aborted: %1</source>
        <translation>No se ha podido anular la fusión: %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::DiscardConfirmation</name>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Discard “%1”? It was never committed, so discarding removes the file.</source>
        <translation>¿Descartar «%1»? Nunca se ha confirmado, así que al descartarlo se elimina el archivo.</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”? It goes back to the last committed version.</source>
        <translation>¿Descartar sus cambios en «%1»? Volverá a la última versión confirmada.</translation>
    </message>
    <message>
        <source>Your current version is saved to backups first: you can get it back any time from Backups.</source>
        <translation>Antes se guarda su versión actual en las copias de seguridad: puede recuperarla en cualquier momento desde Copias de seguridad.</translation>
    </message>
    <message>
        <source>Discarding</source>
        <translation>Descartando</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Discard the changes to %1</source>
        <translation>Descartar los cambios en %1</translation>
    </message>
    <message>
        <source>Keep the changes</source>
        <translation>Conservar los cambios</translation>
    </message>
    <message>
        <source>The changes were not discarded: %1</source>
        <translation>No se han descartado los cambios: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Branch to merge</source>
        <translation>Rama que fusionar</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Start the merge</source>
        <translation>Iniciar la fusión</translation>
    </message>
    <message>
        <source>&amp;Branch to merge:</source>
        <translation>&amp;Rama que fusionar:</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Fusionando</translation>
    </message>
    <message>
        <source>Files in the way</source>
        <translation>Archivos que lo impiden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Merge in Progress</source>
        <translation>Fusión en curso</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Actualizar desde %1</translation>
    </message>
    <message>
        <source>Getting the latest version of “%1” from GitLab…</source>
        <translation>Obteniendo la última versión de «%1» desde GitLab…</translation>
    </message>
    <message>
        <source>Update cancelled: nothing was changed.</source>
        <translation>Actualización cancelada: no se ha modificado nada.</translation>
    </message>
    <message>
        <source>GitLab could not be reached, so nothing was changed. Update again when you are online.</source>
        <translation>No se ha podido conectar con GitLab, así que no se ha modificado nada. Vuelva a actualizar cuando tenga conexión.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Could not get the latest version of “%1”: nothing was changed.</source>
        <translation>No se ha podido obtener la última versión de «%1»: no se ha modificado nada.</translation>
    </message>
    <message>
        <source>Merging “%1” into “%2”…</source>
        <translation>Fusionando «%1» en «%2»…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Continue Later</source>
        <translation>Continuar más tarde</translation>
    </message>
    <message>
        <source>Close and continue the merge later</source>
        <translation>Cerrar y continuar la fusión más tarde</translation>
    </message>
    <message>
        <source>Bring the changes from another branch into the current version (detached at %1).</source>
        <translation>Incorporar los cambios de otra rama a la versión actual (desacoplada en %1).</translation>
    </message>
    <message>
        <source>Bring the changes from another branch into “%1”, the branch you are on.</source>
        <translation>Incorporar los cambios de otra rama a «%1», la rama en la que está.</translation>
    </message>
    <message>
        <source>There is no other branch to merge into “%1”.</source>
        <translation>No hay ninguna otra rama que fusionar en «%1».</translation>
    </message>
    <message>
        <source>Nothing to merge: “%1” already has every change from “%2”.</source>
        <translation>No hay nada que fusionar: «%1» ya tiene todos los cambios de «%2».</translation>
    </message>
    <message>
        <source>Done: “%1” now has every change from “%2”.</source>
        <translation>Listo: «%1» tiene ahora todos los cambios de «%2».</translation>
    </message>
    <message>
        <source>Done: the changes from “%1” were merged into “%2”.</source>
        <translation>Listo: los cambios de «%1» se han fusionado en «%2».</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”: Conflicts</source>
        <translation>Fusionar «%1» en «%2»: conflictos</translation>
    </message>
    <message>
        <source>Nothing was changed. Merging “%1” would overwrite changes that are not committed yet in these files:</source>
        <translation>No se ha modificado nada. Fusionar «%1» sobrescribiría cambios aún no confirmados en estos archivos:</translation>
    </message>
    <message>
        <source>Commit or discard these changes first, then merge again.
Details: %1</source>
        <translation>Confirme o descarte primero estos cambios y vuelva a fusionar.
Detalles: %1</translation>
    </message>
    <message>
        <source>The merge could not be done: %1</source>
        <translation>No se ha podido realizar la fusión: %1</translation>
    </message>
    <message>
        <source>Done: the merge was completed.</source>
        <translation>Listo: se ha finalizado la fusión.</translation>
    </message>
    <message>
        <source>The merge was aborted: every file is back as it was before the merge.</source>
        <translation>Se ha anulado la fusión: todos los archivos han vuelto a su estado anterior a la fusión.</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::NewBranchDialog</name>
    <message>
        <source>New Branch</source>
        <translation>Nueva rama</translation>
    </message>
    <message>
        <source>A branch is a separate line of work: your changes on it stay apart from other branches until you merge them.</source>
        <translation>Una rama es una línea de trabajo independiente: sus cambios en ella se mantienen separados de otras ramas hasta que las fusione.</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nombre de la rama</translation>
    </message>
    <message>
        <source>for example: update-pricing-page</source>
        <translation>por ejemplo: actualizar-pagina-de-precios</translation>
    </message>
    <message>
        <source>Branch name check</source>
        <translation>Comprobación del nombre de la rama</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>The current version</source>
        <translation>La versión actual</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de:</translation>
    </message>
    <message>
        <source>Create and Switch</source>
        <translation>Crear y cambiar</translation>
    </message>
    <message>
        <source>Create the branch and switch to it</source>
        <translation>Crear la rama y cambiar a ella</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The current version (%1)</source>
        <translation>La versión actual (%1)</translation>
    </message>
    <message>
        <source>Type a name for the new branch.</source>
        <translation>Escriba un nombre para la rama nueva.</translation>
    </message>
    <message>
        <source>A branch named “%1” already exists.</source>
        <translation>Ya existe una rama llamada «%1».</translation>
    </message>
    <message>
        <source>This name cannot be used: %1</source>
        <translation>Este nombre no se puede usar: %1</translation>
    </message>
    <message>
        <source>Folio will create “%1” and switch to it.</source>
        <translation>Folio creará «%1» y cambiará a ella.</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::SwitchRefusedDialog</name>
    <message>
        <source>Cannot Switch Branch</source>
        <translation>No se puede cambiar de rama</translation>
    </message>
    <message>
        <source>Folio did not switch to “%1”: these files have changes that are not committed yet, and switching would overwrite them.</source>
        <translation>Folio no ha cambiado a «%1»: estos archivos tienen cambios aún no confirmados y cambiar de rama los sobrescribiría.</translation>
    </message>
    <message>
        <source>Files with uncommitted changes</source>
        <translation>Archivos con cambios sin confirmar</translation>
    </message>
    <message>
        <source>Nothing was changed and your work is safe. To switch, first either:
• commit these changes, to keep them on the current branch, or
• discard them, if you do not need them (Folio keeps a backup copy).
Then switch again.</source>
        <translation>No se ha modificado nada y su trabajo está a salvo. Para cambiar de rama, primero:
• confirme estos cambios, para conservarlos en la rama actual, o
• descártelos, si no los necesita (Folio guarda una copia de seguridad).
Luego vuelva a cambiar de rama.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Folio::MainWindow</name>
    <message>
        <source>This page: as last committed</source>
        <translation>Esta página: igual que en la última confirmación</translation>
    </message>
    <message>
        <source>This page: changed since the last commit</source>
        <translation>Esta página: modificada desde la última confirmación</translation>
    </message>
    <message>
        <source>This page: new, not committed yet</source>
        <translation>Esta página: nueva, aún sin confirmar</translation>
    </message>
    <message>
        <source>This page: deleted, not committed yet</source>
        <translation>Esta página: eliminada, aún sin confirmar</translation>
    </message>
    <message>
        <source>This page: renamed, not committed yet</source>
        <translation>Esta página: renombrada, aún sin confirmar</translation>
    </message>
    <message>
        <source>This page: merge conflict</source>
        <translation>Esta página: conflicto de fusión</translation>
    </message>
    <message>
        <source>This page: ignored by git</source>
        <translation>Esta página: ignorada por git</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>desacoplado en %1</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (aún sin confirmaciones)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Rama: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Filter pages</source>
        <translation>Filtrar páginas</translation>
    </message>
    <message>
        <source>Filter pages by title or path</source>
        <translation>Filtrar páginas por título o ruta</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Current branch</source>
        <translation>Rama actual</translation>
    </message>
    <message>
        <source>Page changes</source>
        <translation>Cambios de la página</translation>
    </message>
    <message>
        <source>Folio cannot keep a copy of your unsaved edits in case it stops unexpectedly: %1</source>
        <translation>Folio no puede guardar una copia de sus cambios sin guardar por si se detiene inesperadamente: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Clone Handbook…</source>
        <translation>&amp;Clonar manual…</translation>
    </message>
    <message>
        <source>Copy a handbook from its git server to this computer</source>
        <translation>Copiar un manual desde su servidor git a este equipo</translation>
    </message>
    <message>
        <source>&amp;Open Handbook…</source>
        <translation>&amp;Abrir manual…</translation>
    </message>
    <message>
        <source>Open a handbook folder that is already on this computer</source>
        <translation>Abrir una carpeta de manual que ya está en este equipo</translation>
    </message>
    <message>
        <source>Open &amp;Demo Handbook</source>
        <translation>Abrir manual de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Autosave</source>
        <translation>Guardado a&amp;utomático</translation>
    </message>
    <message>
        <source>Save the page by itself a few seconds after you stop typing</source>
        <translation>Guardar la página automáticamente unos segundos después de que deje de escribir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Page &amp;Tree</source>
        <translation>Árbol de &amp;páginas</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>I&amp;nsertar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Go to &amp;Page…</source>
        <translation>Ir a la &amp;página…</translation>
    </message>
    <message>
        <source>Open a page by typing part of its title or path</source>
        <translation>Abrir una página escribiendo parte de su título o ruta</translation>
    </message>
    <message>
        <source>&amp;Find in Handbook…</source>
        <translation>&amp;Buscar en el manual…</translation>
    </message>
    <message>
        <source>Search the text of every page</source>
        <translation>Buscar en el texto de todas las páginas</translation>
    </message>
    <message>
        <source>Go to &amp;Line…</source>
        <translation>Ir a la &amp;línea…</translation>
    </message>
    <message>
        <source>Put the cursor on a line of the page by its number</source>
        <translation>Colocar el cursor en una línea de la página indicando su número</translation>
    </message>
    <message>
        <source>Mark &amp;Misspellings in Preview</source>
        <translation>Marcar errores &amp;ortográficos en la vista previa</translation>
    </message>
    <message>
        <source>Underline the words the spelling check does not know in the preview too</source>
        <translation>Subrayar también en la vista previa las palabras que el corrector ortográfico no conoce</translation>
    </message>
    <message>
        <source>Check the spelling, links and front matter of every page of the handbook</source>
        <translation>Comprobar la ortografía, los enlaces y el front matter de todas las páginas del manual</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problema si&amp;guiente</translation>
    </message>
    <message>
        <source>P&amp;revious Problem</source>
        <translation>Problema an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Folio</source>
        <translation>&amp;Acerca de Folio</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Show or hide the list of changes</source>
        <translation>Mostrar u ocultar la lista de cambios</translation>
    </message>
    <message>
        <source>Indexing the handbook</source>
        <translation>Indexando el manual</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>Indexando %v de %m</translation>
    </message>
    <message>
        <source>Find in Handbook</source>
        <translation>Buscar en el manual</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Red&amp;ucir</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <source>Soft &amp;Wrap</source>
        <translation>A&amp;juste de línea</translation>
    </message>
    <message>
        <source>Wrap long lines at the editor&apos;s edge instead of scrolling sideways</source>
        <translation>Ajustar las líneas largas al borde del editor en lugar de desplazarse horizontalmente</translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Mode</source>
        <translation>Modo sin &amp;distracciones</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Confirmar…</translation>
    </message>
    <message>
        <source>Save a version of the checked files in git</source>
        <translation>Guardar en git una versión de los archivos marcados</translation>
    </message>
    <message>
        <source>Nothing to commit: no file has changed.</source>
        <translation>No hay nada que confirmar: no ha cambiado ningún archivo.</translation>
    </message>
    <message>
        <source>&amp;Propose Changes…</source>
        <translation>&amp;Proponer cambios…</translation>
    </message>
    <message>
        <source>Send the changed pages to GitLab as a merge request</source>
        <translation>Enviar las páginas modificadas a GitLab como una solicitud de fusión</translation>
    </message>
    <message>
        <source>Nothing to propose: no page has changed.</source>
        <translation>No hay nada que proponer: no ha cambiado ninguna página.</translation>
    </message>
    <message>
        <source>Send &amp;Waiting Proposals…</source>
        <translation>&amp;Enviar propuestas pendientes…</translation>
    </message>
    <message>
        <source>Send the proposals that did not reach GitLab</source>
        <translation>Enviar las propuestas que no llegaron a GitLab</translation>
    </message>
    <message>
        <source>&amp;Update from GitLab…</source>
        <translation>&amp;Actualizar desde GitLab…</translation>
    </message>
    <message>
        <source>Get the latest version of the handbook and merge it into your branch</source>
        <translation>Obtener la última versión del manual y fusionarla en su rama</translation>
    </message>
    <message>
        <source>Nothing to update from: this handbook has no GitLab remote.</source>
        <translation>No hay desde dónde actualizar: este manual no tiene un remoto de GitLab.</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>&amp;Nueva rama…</translation>
    </message>
    <message>
        <source>Start a branch for a change</source>
        <translation>Iniciar una rama para un cambio</translation>
    </message>
    <message>
        <source>&amp;Switch Branch</source>
        <translation>Ca&amp;mbiar de rama</translation>
    </message>
    <message>
        <source>Choose the branch to work on</source>
        <translation>Elegir la rama en la que trabajar</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Bring the changes of another branch into this one</source>
        <translation>Incorporar a esta rama los cambios de otra</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>&amp;Descartar cambios…</translation>
    </message>
    <message>
        <source>Put the selected file back as it was in the last commit</source>
        <translation>Devolver el archivo seleccionado al estado de la última confirmación</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <source>The copies Folio kept before discarding or replacing a file</source>
        <translation>Las copias que Folio guardó antes de descartar o reemplazar un archivo</translation>
    </message>
    <message>
        <source>Select a changed file in the Changes panel first.</source>
        <translation>Seleccione primero un archivo modificado en el panel Cambios.</translation>
    </message>
    <message>
        <source>No handbook is open.</source>
        <translation>No hay ningún manual abierto.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clone Handbook…</source>
        <translation>Clonar manual…</translation>
    </message>
    <message>
        <source>Open Handbook…</source>
        <translation>Abrir manual…</translation>
    </message>
    <message>
        <source>Open Demo Handbook</source>
        <translation>Abrir manual de demostración</translation>
    </message>
    <message>
        <source>The demo handbook could not be created: %1</source>
        <translation>No se ha podido crear el manual de demostración: %1</translation>
    </message>
    <message>
        <source>Cannot open %1.
%2</source>
        <translation>No se puede abrir %1.
%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>This is Folio&apos;s demo handbook, yours to try things on: its commits and merge requests stay on this computer. To work on your team&apos;s handbook, clone it from its git server, or open a copy you already have.</source>
        <translation>Este es el manual de demostración de Folio, para que pruebe cosas: sus confirmaciones y solicitudes de fusión se quedan en este equipo. Para trabajar en el manual de su equipo, clónelo desde su servidor git o abra una copia que ya tenga.</translation>
    </message>
    <message>
        <source>%1 is not a Hugo or Middleman handbook: showing it as a plain folder of Markdown pages.</source>
        <translation>%1 no es un manual de Hugo ni de Middleman: se muestra como una carpeta normal de páginas Markdown.</translation>
    </message>
    <message>
        <source>The edits could not be discarded: %1</source>
        <translation>No se han podido descartar los cambios: %1</translation>
    </message>
    <message>
        <source>%1 is open read-only, so Folio cannot damage it: %2</source>
        <translation>%1 está abierto en modo de solo lectura, así que Folio no puede dañarlo: %2</translation>
    </message>
    <message>
        <source>Could not save %1. Your changes are still here, unsaved.
%2</source>
        <translation>No se ha podido guardar %1. Sus cambios siguen aquí, sin guardar.
%2</translation>
    </message>
    <message>
        <source>Autosave could not save %1. Your changes are still here, unsaved, and kept in case Folio stops; save them once the problem is fixed.
%2</source>
        <translation>El guardado automático no ha podido guardar %1. Sus cambios siguen aquí, sin guardar, y se conservan por si Folio se detiene; guárdelos cuando se haya solucionado el problema.
%2</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Se ha guardado automáticamente %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Open Handbook</source>
        <translation>Abrir manual</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git: %1</translation>
    </message>
    <message>
        <source>Not in a git repository</source>
        <translation>No está en un repositorio git</translation>
    </message>
    <message>
        <source>Problems in %1 (the defaults are used instead):
%2</source>
        <translation>Problemas en %1 (se usan los valores predeterminados en su lugar):
%2</translation>
    </message>
    <message>
        <source>No page is open. Choose one in the page tree.</source>
        <translation>No hay ninguna página abierta. Elija una en el árbol de páginas.</translation>
    </message>
    <message>
        <source>%1 is outside the handbook, so Folio does not open it. It is at %2</source>
        <translation>%1 está fuera del manual, así que Folio no lo abre. Está en %2</translation>
    </message>
    <message>
        <source>%1 is not a page, so Folio does not open it. It is at %2</source>
        <translation>%1 no es una página, así que Folio no lo abre. Está en %2</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Choose the editor&apos;s font, autosave, the spelling language, the preview&apos;s colours and defaults for merge requests</source>
        <translation>Elegir la fuente del editor, el guardado automático, el idioma de la ortografía, los colores de la vista previa y los valores predeterminados de las solicitudes de fusión</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>G&amp;it</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel</source>
        <translation>Mover el foco del teclado al panel siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Mover el foco del teclado al panel anterior</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Chec&amp;k Whole Handbook</source>
        <translation>Comprobar todo el &amp;manual</translation>
    </message>
    <message>
        <source>Only the page&apos;s text, full screen; %1 leaves</source>
        <translation>Solo el texto de la página, a pantalla completa; %1 para salir</translation>
    </message>
</context>
<context>
    <name>Folio::Markdown::HtmlSanitizer</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Embedded content</source>
        <translation>Contenido incrustado</translation>
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
        <translation>nueva</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renombrada</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>en conflicto</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
</context>
<context>
    <name>Folio::Preferences::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Use the system&apos;s &amp;fixed-width font</source>
        <translation>Usar la fuente de ancho &amp;fijo del sistema</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Autosave a few seconds after typing stops</source>
        <translation>&amp;Guardar automáticamente unos segundos después de dejar de escribir</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>The handbook&apos;s: %1</source>
        <translation>Según el manual: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como en el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Merge requests</source>
        <translation>Solicitudes de fusión</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Labels for new merge requests, separated by commas</source>
        <translation>Etiquetas para las solicitudes de fusión nuevas, separadas por comas</translation>
    </message>
    <message>
        <source>Default la&amp;bels:</source>
        <translation>&amp;Etiquetas predeterminadas:</translation>
    </message>
    <message>
        <source>The default branch</source>
        <translation>La rama predeterminada</translation>
    </message>
    <message>
        <source>The branch merge requests ask to merge into</source>
        <translation>La rama en la que las solicitudes de fusión piden fusionar los cambios</translation>
    </message>
    <message>
        <source>&amp;Target branch:</source>
        <translation>Rama de &amp;destino:</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (no instalado)</translation>
    </message>
</context>
<context>
    <name>Folio::Preview::RenderedDiffController</name>
    <message>
        <source>%1 is not a page of the handbook: there is no rendered diff for it.</source>
        <translation>%1 no es una página del manual: no hay diferencias renderizadas para ella.</translation>
    </message>
    <message>
        <source>Git is not available.</source>
        <translation>Git no está disponible.</translation>
    </message>
    <message>
        <source>The page as of %1 cannot be read: %2</source>
        <translation>No se puede leer la página tal como estaba en %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 as of %2: %3</source>
        <translation>No se puede leer %1 tal como estaba en %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Rendered Diff: %1</source>
        <translation>Diferencias renderizadas: %1</translation>
    </message>
</context>
<context>
    <name>Folio::Preview::RenderedDiffView</name>
    <message>
        <source>Previous Change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>No hay cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n bloque modificado</numerusform>
            <numerusform>%n bloques modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) added</source>
        <translation>
            <numerusform>%n bloque añadido</numerusform>
            <numerusform>%n bloques añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) removed</source>
        <translation>
            <numerusform>%n bloque eliminado</numerusform>
            <numerusform>%n bloques eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n palabra añadida</numerusform>
            <numerusform>%n palabras añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n palabra eliminada</numerusform>
            <numerusform>%n palabras eliminadas</numerusform>
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
        <translation>Cambios en %1</translation>
    </message>
    <message>
        <source>Changes to %1 since %2</source>
        <translation>Cambios en %1 desde %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambio %1 de %2</translation>
    </message>
    <message>
        <source>Previous change (%1, %2)</source>
        <translation>Cambio anterior (%1, %2)</translation>
    </message>
    <message>
        <source>Next change (%1, %2)</source>
        <translation>Cambio siguiente (%1, %2)</translation>
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
        <translation>%1  —  línea %2, columna %3</translation>
    </message>
    <message>
        <source>  (did you mean %1?)</source>
        <translation>  (¿quería decir %1?)</translation>
    </message>
    <message>
        <source>Check Handbook</source>
        <translation>Comprobar el manual</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Front Matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <source>Check every page of the handbook</source>
        <translation>Comprobar todas las páginas del manual</translation>
    </message>
    <message>
        <source>Check the spelling, links and front matter of every page of the handbook</source>
        <translation>Comprobar la ortografía, los enlaces y el front matter de todas las páginas del manual</translation>
    </message>
    <message>
        <source>Pages checked</source>
        <translation>Páginas comprobadas</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Número de problemas</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop checking the handbook</source>
        <translation>Dejar de comprobar el manual</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>No hay problemas</translation>
    </message>
    <message>
        <source>Show problems: %1</source>
        <translation>Mostrar problemas: %1</translation>
    </message>
    <message>
        <source>Show or hide problems: %1</source>
        <translation>Mostrar u ocultar problemas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n page(s)</source>
        <translation>
            <numerusform>%1 en %n página</numerusform>
            <numerusform>%1 en %n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Review::ReviewController</name>
    <message>
        <source>Spelling is not checked: %1</source>
        <translation>No se comprueba la ortografía: %1</translation>
    </message>
    <message>
        <source>A spelling word list cannot be used: %1</source>
        <translation>No se puede usar una lista de palabras de ortografía: %1</translation>
    </message>
    <message>
        <source>Change Link to “%1”</source>
        <translation>Cambiar el enlace a «%1»</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>Cambiar el nombre a «%1»</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Handbook Dictionary</source>
        <translation>Añadir «%1» al diccionario del manual</translation>
    </message>
    <message>
        <source>Add “%1” to Personal Dictionary</source>
        <translation>Añadir «%1» al diccionario personal</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
    <message>
        <source>“%1” could not be added: %2</source>
        <translation>No se ha podido añadir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Widgets::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::BacklinksPanel</name>
    <message>
        <source>Backlinks</source>
        <translation>Enlaces entrantes</translation>
    </message>
    <message>
        <source>Pages that link to this page</source>
        <translation>Páginas que enlazan a esta página</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1 (to #%2)</source>
        <translation>%1 (a #%2)</translation>
    </message>
    <message>
        <source>Open a page to see which pages link to it.</source>
        <translation>Abra una página para ver qué páginas enlazan a ella.</translation>
    </message>
    <message>
        <source>Indexing the handbook…</source>
        <translation>Indexando el manual…</translation>
    </message>
    <message>
        <source>No page links to this page.</source>
        <translation>Ninguna página enlaza a esta página.</translation>
    </message>
    <message>
        <source>One link to this page:</source>
        <translation>Un enlace a esta página:</translation>
    </message>
    <message>
        <source>%1 links to this page:</source>
        <translation>%1 enlaces a esta página:</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::HandbookSearchPanel</name>
    <message>
        <source>Find in handbook</source>
        <translation>Buscar en el manual</translation>
    </message>
    <message>
        <source>Text to find in the handbook</source>
        <translation>Texto que buscar en el manual</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>&amp;Palabra completa</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Palabra completa</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>Dejar de buscar</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Stop Searching</source>
        <translation>Dejar de buscar</translation>
    </message>
    <message>
        <source>The handbook changed since this search.</source>
        <translation>El manual ha cambiado desde esta búsqueda.</translation>
    </message>
    <message>
        <source>The text to find must be on one line.</source>
        <translation>El texto que buscar debe estar en una sola línea.</translation>
    </message>
    <message>
        <source>Indexing the handbook… The search starts when it is done.</source>
        <translation>Indexando el manual… La búsqueda empezará cuando termine.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at %1: make the search more precise to see fewer</source>
        <translation>Detenida en %1: precise más la búsqueda para ver menos resultados</translation>
    </message>
    <message>
        <source>Stopped: %1 so far</source>
        <translation>Detenida: %1 hasta ahora</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No hay coincidencias</translation>
    </message>
    <message>
        <source>Search the handbook as it is now (%1)</source>
        <translation>Buscar en el manual tal como está ahora (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Headings of the page</source>
        <translation>Encabezados de la página</translation>
    </message>
    <message>
        <source>This page has no headings.</source>
        <translation>Esta página no tiene encabezados.</translation>
    </message>
    <message>
        <source>(empty heading)</source>
        <translation>(encabezado vacío)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Line %1, #%2</source>
        <translation>Línea %1, #%2</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::QuickOpenDialog</name>
    <message>
        <source>Go to Page</source>
        <translation>Ir a la página</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Ir a la página</translation>
    </message>
    <message>
        <source>Page title or path</source>
        <translation>Título o ruta de la página</translation>
    </message>
    <message>
        <source>Go to page by title or path</source>
        <translation>Ir a una página por su título o ruta</translation>
    </message>
    <message>
        <source>Quick open status</source>
        <translation>Estado de la apertura rápida</translation>
    </message>
    <message>
        <source>Matching pages</source>
        <translation>Páginas coincidentes</translation>
    </message>
    <message>
        <source>Indexing the handbook…</source>
        <translation>Indexando el manual…</translation>
    </message>
    <message>
        <source>No page matches “%1”</source>
        <translation>Ninguna página coincide con «%1»</translation>
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
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>%1 refused the token. Enter a valid personal access token (GitLab: Preferences › Access Tokens, scope &quot;write_repository&quot;).</source>
        <translation>%1 ha rechazado el token. Introduzca un token de acceso personal válido (GitLab: Preferencias › Tokens de acceso, ámbito &quot;write_repository&quot;).</translation>
    </message>
    <message>
        <source>%1 asks who you are. Enter your personal access token (GitLab: Preferences › Access Tokens, scope &quot;write_repository&quot;).</source>
        <translation>%1 pregunta quién es usted. Introduzca su token de acceso personal (GitLab: Preferencias › Tokens de acceso, ámbito &quot;write_repository&quot;).</translation>
    </message>
    <message>
        <source>Folio keeps it in your system keychain once the server accepts it.</source>
        <translation>Folio lo guarda en el llavero del sistema una vez que el servidor lo acepta.</translation>
    </message>
    <message>
        <source>No system keychain is available, so Folio will not save the token and will ask for it each time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que Folio no guardará el token y se lo pedirá cada vez.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Optional for GitLab tokens</source>
        <translation>Opcional para los tokens de GitLab</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop editor for Markdown handbooks</source>
        <translation>Editor de escritorio para manuales en Markdown</translation>
    </message>
    <message>
        <source>A handbook folder, or a page in one.</source>
        <translation>Una carpeta de manual, o una página dentro de una.</translation>
    </message>
</context>
</TS>
