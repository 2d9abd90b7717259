<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Folio::About::AboutDialog</name>
    <message>
        <source>About Folio</source>
        <translation>Folio について</translation>
    </message>
    <message>
        <source>Folio&apos;s icon</source>
        <translation>Folio のアイコン</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Folio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Folio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop editor for Markdown handbooks: edit pages offline, see them as they will be published, check spelling and links, and propose your changes as merge requests.</source>
        <translation>Markdown ハンドブック用のデスクトップエディターです。ページをオフラインで編集し、公開時の表示で確認し、スペルとリンクをチェックして、変更をマージリクエストとして提案できます。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用しているライブラリー:</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>バージョンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these versions, for a bug report</source>
        <translation>バグ報告用に、これらのバージョンをコピーします</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::FrontMatterChecker</name>
    <message>
        <source>front matter: %1</source>
        <translation>フロントマター: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a misspelling of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; は &apos;%2&apos; のスペルミスのようです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; が空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2, not %3</source>
        <extracomment>%1 is a key, %2 the kind of value it takes (&quot;a date (YYYY-MM-DD)&quot;), %3 the kind it has</extracomment>
        <translation>&apos;%1&apos; には %3 ではなく %2 を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &quot;%2&quot;, which no other page uses; the handbook uses %3</source>
        <translation>&apos;%1&apos; は &quot;%2&quot; ですが、この値を使っているページは他にありません。ハンドブックでは %3 が使われています</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos;</source>
        <translation>このページには &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos; (recommended)</source>
        <translation>このページには &apos;%1&apos; がありません (推奨)</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::FrontMatterSchema</name>
    <message>
        <source>any</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>任意の値</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>true or false</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>数値</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>日付 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a list</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>リスト</translation>
    </message>
    <message>
        <source>nested keys</source>
        <extracomment>%2 of &quot;&apos;%1&apos; should be %2, not %3&quot;</extracomment>
        <translation>入れ子のキー</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::LinkChecker</name>
    <message>
        <source>outside the handbook, not checked: %1</source>
        <translation>ハンドブックの外にあるため、チェックしていません: %1</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>画像が見つかりません: %1</translation>
    </message>
    <message>
        <source>no page for ref &quot;%1&quot;</source>
        <translation>ref &quot;%1&quot; に対応するページがありません</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>ファイルが見つかりません: %1</translation>
    </message>
    <message>
        <source>no page for %1</source>
        <translation>%1 に対応するページがありません</translation>
    </message>
    <message>
        <source>this page</source>
        <extracomment>%2 of &quot;no heading #%1 on %2&quot; when the link points into its own page</extracomment>
        <translation>このページ</translation>
    </message>
    <message>
        <source>no heading #%1 on %2</source>
        <extracomment>%1 is the anchor, %2 a page&apos;s path or URL, or &quot;this page&quot;</extracomment>
        <translation>%2 に見出し #%1 がありません</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins two template names for %3 of &quot;no heading #%1 on %2 that Folio can see; %3 may make it&quot;</extracomment>
        <translation> または </translation>
    </message>
    <message>
        <source>no heading #%1 on %2 that Folio can see; %3 may make it</source>
        <extracomment>%1 is the anchor, %2 a page&apos;s path or URL, or &quot;this page&quot;, %3 one or two templates (shortcodes, partials) that may make the heading</extracomment>
        <translation>Folio が確認できる範囲では %2 に見出し #%1 がありません。%3 が生成している可能性があります</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::SpellChecker</name>
    <message>
        <source>no spelling dictionary</source>
        <translation>スペルチェック用の辞書がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the dictionary</source>
        <translation>&quot;%1&quot; は辞書にありません</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::SpellingDictionary</name>
    <message>
        <source>no spelling dictionary for &quot;%1&quot; (looked in %2); %3</source>
        <extracomment>%1 is a language tag, %2 folders, %3 &quot;installed: ...&quot; or &quot;no dictionary is installed: ...&quot;</extracomment>
        <translation>&quot;%1&quot; のスペルチェック用の辞書がありません (検索先: %2)。%3</translation>
    </message>
    <message>
        <source>no dictionary is installed: install Hunspell&apos;s, e.g. the hunspell-en-us package</source>
        <translation>辞書がインストールされていません: Hunspell 用の辞書をインストールしてください (例: hunspell-en-us パッケージ)</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>インストール済み: %1</translation>
    </message>
    <message>
        <source>cannot read the %1 dictionary %2: %3</source>
        <translation>%1 の辞書 %2 を読み込めません: %3</translation>
    </message>
    <message>
        <source>Hunspell could not load %1</source>
        <translation>Hunspell は %1 を読み込めませんでした</translation>
    </message>
    <message>
        <source>the %1 dictionary is in the %2 encoding, which Folio cannot read</source>
        <translation>%1 の辞書のエンコーディングは %2 で、Folio では読み込めません</translation>
    </message>
</context>
<context>
    <name>Folio::Checks::WordList</name>
    <message>
        <source>%1 is a folder, not a word list</source>
        <translation>%1 は単語リストではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a word list</source>
        <translation>%1 は %2 MB を超えており、単語リストとしては大きすぎます</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8</source>
        <translation>%1 は UTF-8 のテキストではありません。UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>単語が空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds white space: add one word at a time</source>
        <translation>&quot;%1&quot; に空白が含まれています: 一度に 1 語ずつ追加してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with &apos;#&apos;, which marks a comment</source>
        <translation>&quot;%1&quot; は、コメントを表す &apos;#&apos; で始まっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a &apos;/&apos;, which marks Hunspell flags</source>
        <translation>&quot;%1&quot; に、Hunspell のフラグを表す &apos;/&apos; が含まれています</translation>
    </message>
    <message>
        <source>no word list file to add &quot;%1&quot; to</source>
        <translation>&quot;%1&quot; を追加する単語リストのファイルがありません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>Folio::Document::ExternalChangeController</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Write your text to the page&apos;s file again</source>
        <translation>編集中のテキストをページのファイルに再度書き込みます</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the page without saving it</source>
        <translation>保存せずにページを閉じます</translation>
    </message>
    <message>
        <source>%1 was deleted and is closed.</source>
        <translation>%1 は削除されたため、閉じました。</translation>
    </message>
    <message>
        <source>%1 is not in the handbook any more (on this branch), so it was closed.</source>
        <translation>%1 は (このブランチの) ハンドブックに存在しなくなったため、閉じました。</translation>
    </message>
    <message>
        <source>The handbook folder %1 is not there any more (deleted, moved, or on a drive that is not mounted), so %2 cannot be saved. Your text is still here, unsaved.</source>
        <translation>ハンドブックのフォルダー %1 が見つかりません (削除または移動されたか、マウントされていないドライブ上にあります)。そのため %2 を保存できません。テキストは未保存のままここに残っています。</translation>
    </message>
    <message>
        <source>The folder %1 could not be made again, so %2 cannot be saved. Your text is still here, unsaved.</source>
        <translation>フォルダー %1 を再作成できなかったため、%2 を保存できません。テキストは未保存のままここに残っています。</translation>
    </message>
    <message>
        <source>%1 was changed by another program and is not a page Folio can show any more: %2. Your text is still here; saving replaces the file with it.</source>
        <translation>%1 は別のプログラムによって変更され、Folio で表示できるページではなくなりました: %2。テキストはここに残っています。保存すると、ファイルがこのテキストで置き換えられます。</translation>
    </message>
    <message>
        <source>You kept your text of %1: saving replaces the file that was changed on disk.</source>
        <translation>%1 の編集中のテキストを残しました。保存すると、ディスク上で変更されたファイルが置き換えられます。</translation>
    </message>
    <message>
        <source>The handbook folder %1 is not there any more (deleted, moved, or on a drive that is not mounted). Your text of %2 is still here, unsaved; it can be saved once the folder is back.</source>
        <translation>ハンドブックのフォルダー %1 が見つかりません (削除または移動されたか、マウントされていないドライブ上にあります)。%2 のテキストは未保存のままここに残っています。フォルダーが戻れば保存できます。</translation>
    </message>
    <message>
        <source>%1 was moved to %2 by another program; Folio now edits it there.</source>
        <translation>%1 は別のプログラムによって %2 に移動されました。Folio は移動先で編集を続けます。</translation>
    </message>
    <message>
        <source>%1 was deleted by another program. Your text is still here, unsaved: Save writes the page again, Close closes it.</source>
        <translation>%1 は別のプログラムによって削除されました。テキストは未保存のままここに残っています。「保存」でページを再度書き込み、「閉じる」でページを閉じます。</translation>
    </message>
    <message>
        <source>%1 cannot be read any more: %2. Your text is still here.</source>
        <translation>%1 を読み込めなくなりました: %2。テキストはここに残っています。</translation>
    </message>
    <message>
        <source>%1 now shows the file&apos;s text. %2 brings yours back.</source>
        <translation>%1 にファイルのテキストを表示しています。%2 で編集中のテキストに戻せます。</translation>
    </message>
</context>
<context>
    <name>Folio::Document::ExternalChangeDialog</name>
    <message>
        <source>Page Changed on Disk</source>
        <translation>ディスク上のページが変更されました</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 was changed by another program&lt;/b&gt; while you have unsaved edits here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep Mine&lt;/b&gt; keeps your text; saving replaces the file with it.&lt;br&gt;&lt;b&gt;Take Theirs&lt;/b&gt; loads the file&apos;s text; &lt;b&gt;Ctrl+Z&lt;/b&gt; brings yours back.&lt;br&gt;&lt;b&gt;Compare&lt;/b&gt; shows how your text differs from the file&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 は別のプログラムによって変更されました&lt;/b&gt;。ここには未保存の編集があります。&lt;/p&gt;&lt;p&gt;&lt;b&gt;自分の版を残す&lt;/b&gt;: 編集中のテキストを残します。保存すると、ファイルがこのテキストで置き換えられます。&lt;br&gt;&lt;b&gt;ディスクの版を採用&lt;/b&gt;: ファイルのテキストを読み込みます。&lt;b&gt;Ctrl+Z&lt;/b&gt; で編集中のテキストに戻せます。&lt;br&gt;&lt;b&gt;比較&lt;/b&gt;: 編集中のテキストとファイルの違いを表示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>自分の版を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>ディスクの版を採用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>the file on disk</source>
        <translation>ディスク上のファイル</translation>
    </message>
</context>
<context>
    <name>Folio::Document::RecoveryDialog</name>
    <message>
        <source>Unchanged on disk</source>
        <translation>ディスク上で変更なし</translation>
    </message>
    <message>
        <source>Changed on disk since</source>
        <translation>その後ディスク上で変更あり</translation>
    </message>
    <message>
        <source>Deleted or moved since</source>
        <translation>その後削除または移動</translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>未保存の編集の復元</translation>
    </message>
    <message>
        <source>Folio could not read some of the edits it kept when it stopped.</source>
        <translation>Folio が終了時に保持していた編集の一部を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Folio stopped before these edits were saved. Restore a page to open it with the edits (unsaved, until you save), or discard them. Decide Later keeps them for the next time this handbook opens.</source>
        <translation>Folio はこれらの編集を保存する前に終了しました。ページを復元すると、編集が反映された状態で (保存するまでは未保存として) 開きます。不要な場合は破棄してください。「後で決める」を選ぶと、次にこのハンドブックを開くときまで保持されます。</translation>
    </message>
    <message>
        <source>Pages with unsaved edits</source>
        <translation>未保存の編集があるページ</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集日時</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <source>These files are kept as they are; delete them when you no longer need them:
%1</source>
        <translation>これらのファイルはそのまま残されます。不要になったら削除してください:
%1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Open the page with these edits, unsaved</source>
        <translation>これらの編集を反映してページを開きます (未保存)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Throw these edits away</source>
        <translation>これらの編集を破棄します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>後で決める(&amp;L)</translation>
    </message>
    <message>
        <source>%1 on disk is as it was when these edits were made. Below: what restoring changes in it.</source>
        <translation>ディスク上の %1 は、これらの編集が行われた時点から変わっていません。以下は、復元によって変わる内容です。</translation>
    </message>
    <message>
        <source>%1 changed on disk after these edits were made. Below: the page as it is on disk now against the recovered edits; restoring replaces it with the recovered text once you save.</source>
        <translation>ディスク上の %1 は、これらの編集が行われた後に変更されました。以下は、ディスク上の現在のページと復元した編集との比較です。復元すると、保存した時点で復元したテキストに置き換えられます。</translation>
    </message>
    <message>
        <source>%1 was deleted or moved after these edits were made. Restoring creates it again once you save.</source>
        <translation>%1 は、これらの編集が行われた後に削除または移動されました。復元すると、保存した時点で再作成されます。</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>ディスク上</translation>
    </message>
</context>
<context>
    <name>Folio::Editing::LineFormatter</name>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::EditorStatus</name>
    <message>
        <source>Words and reading time</source>
        <translation>単語数と読了時間</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>カーソル位置</translation>
    </message>
    <message>
        <source>%1 · %2 min read</source>
        <translation>%1 · 約 %2 分で読了</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>行 %1、列 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Editor::EditorView</name>
    <message>
        <source>Page source</source>
        <translation>ページのソース</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>ページ内を検索</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>大文字と小文字を区別(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>単語単位(&amp;W)</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正規表現(&amp;X)</translation>
    </message>
    <message>
        <source>\1 or $1 in the replacement stand for the groups</source>
        <translation>置換後の文字列内の \1 や $1 はグループを表します</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置換(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>すべて置換(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>正規表現の %1 文字目が無効です: %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>1 件置換しました</translation>
    </message>
    <message>
        <source>Replaced %1 matches</source>
        <translation>%1 件置換しました</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件の一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>前の一致 (%1)</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>次の一致 (%1)</translation>
    </message>
    <message>
        <source>Close (%1)</source>
        <translation>閉じる (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::FormattingActions</name>
    <message>
        <source>F&amp;ormat</source>
        <translation>書式(&amp;O)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>書式</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>太字(&amp;B)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>インラインコード(&amp;C)</translation>
    </message>
    <message>
        <source>`x`</source>
        <translation>`x`</translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation>見出し %1(&amp;%1)</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>箇条書き(&amp;U)</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>番号付きリスト(&amp;N)</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引用(&amp;Q)</translation>
    </message>
    <message>
        <source>❝</source>
        <translation>❝</translation>
    </message>
    <message>
        <source>Code Bloc&amp;k</source>
        <translation>コードブロック(&amp;K)</translation>
    </message>
    <message>
        <source>```</source>
        <translation>```</translation>
    </message>
    <message>
        <source>Insert &amp;Table</source>
        <translation>表を挿入(&amp;T)</translation>
    </message>
    <message>
        <source>▦</source>
        <translation>▦</translation>
    </message>
    <message>
        <source>&amp;Re-align Table</source>
        <translation>表の列を揃える(&amp;R)</translation>
    </message>
    <message>
        <source>⇔</source>
        <translation>⇔</translation>
    </message>
    <message>
        <source>Re-align the table the cursor is in (%1)</source>
        <translation>カーソルがある表の列を揃えます (%1)</translation>
    </message>
    <message>
        <source>Put the cursor in a table to re-align it.</source>
        <translation>表の列を揃えるには、カーソルを表の中に置いてください。</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>書式設定</translation>
    </message>
    <message>
        <source>More formatting commands</source>
        <translation>その他の書式コマンド</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>行番号</translation>
    </message>
    <message>
        <source>&amp;Line (1–%1), or line:column:</source>
        <translation>行 (1–%1)、または 行:列(&amp;L):</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::ImageInserter</name>
    <message>
        <source>Open a page before adding images to it.</source>
        <translation>画像を追加する前にページを開いてください。</translation>
    </message>
    <message>
        <source>Describe the image</source>
        <translation>画像の説明</translation>
    </message>
    <message>
        <source>The image was saved as %1, but its page is no longer open.</source>
        <translation>画像は %1 として保存されましたが、そのページはもう開いていません。</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::InsertionController</name>
    <message>
        <source>&amp;Link…</source>
        <translation>リンク(&amp;L)…</translation>
    </message>
    <message>
        <source>Link the selection to a page of the handbook or a web address</source>
        <translation>選択範囲をハンドブックのページまたは Web アドレスにリンクします</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>画像(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy an image into the handbook&apos;s image folder for this page and show it here</source>
        <translation>画像をこのページ用のハンドブックの画像フォルダーにコピーし、ここに表示します</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>画像の挿入</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.svg *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.gif *.svg *.webp)</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::LinkCompleter</name>
    <message>
        <source>Link completions</source>
        <translation>リンクの補完候補</translation>
    </message>
</context>
<context>
    <name>Folio::Editor::LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation>リンクの挿入</translation>
    </message>
    <message>
        <source>The page&apos;s title when empty</source>
        <translation>空の場合はページのタイトル</translation>
    </message>
    <message>
        <source>Type a page&apos;s title, or a URL such as https://…</source>
        <translation>ページのタイトル、または https://… のような URL を入力</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Link to:</source>
        <translation>リンク先(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>見出し(&amp;H):</translation>
    </message>
    <message>
        <source>(Top of the page)</source>
        <translation>(ページの先頭)</translation>
    </message>
</context>
<context>
    <name>Folio::FrontMatter::FrontMatterPanel</name>
    <message>
        <source>Front Matter</source>
        <translation>フロントマター</translation>
    </message>
    <message>
        <source>Front matter problem</source>
        <translation>フロントマターの問題</translation>
    </message>
    <message>
        <source>Open a page to edit its front matter.</source>
        <translation>ページを開くと、フロントマターを編集できます。</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>フィールドを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a front matter field</source>
        <translation>フロントマターのフィールドを追加します</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>その他…</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>フィールドの追加</translation>
    </message>
    <message>
        <source>Field name:</source>
        <translation>フィールド名:</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n page(s) of this handbook</source>
        <translation>
            <numerusform>このハンドブックの %n ページで使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>The form cannot edit this front matter: %1</source>
        <translation>このフロントマターはフォームで編集できません: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (必須)</translation>
    </message>
    <message>
        <source>Required: this page has no %1</source>
        <translation>必須: このページには %1 がありません</translation>
    </message>
    <message>
        <source>Recommended: this page has no %1</source>
        <translation>推奨: このページには %1 がありません</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>%1 のその他の操作</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <source>Did you mean “%1”? Rename</source>
        <translation>「%1」の誤りですか？ 名前を変更</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>This change was not made: %1</source>
        <translation>この変更は行われませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Folio::FrontMatter::ListField</name>
    <message>
        <source>Add an item</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>%1 に項目を追加</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>選択した項目を削除</translation>
    </message>
    <message>
        <source>Remove the selected item from %1</source>
        <translation>%1 から選択した項目を削除</translation>
    </message>
</context>
<context>
    <name>Folio::Git::BranchOfferDialog</name>
    <message>
        <source>Create a Branch for This Change?</source>
        <translation>この変更用のブランチを作成しますか？</translation>
    </message>
    <message>
        <source>You are on %1, the branch the handbook is published from. Put this change on a branch of its own, so colleagues can review it in a merge request before it reaches %1.</source>
        <translation>現在 %1 にいます。これはハンドブックの公開元のブランチです。この変更を専用のブランチに置くと、%1 に反映される前に同僚がマージリクエストでレビューできます。</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>ブランチ名</translation>
    </message>
    <message>
        <source>Create a Branch for This Change</source>
        <translation>この変更用のブランチを作成</translation>
    </message>
    <message>
        <source>Commit to %1 Anyway</source>
        <translation>それでも %1 にコミット</translation>
    </message>
    <message>
        <source>&amp;Branch name:</source>
        <translation>ブランチ名(&amp;B):</translation>
    </message>
    <message>
        <source>Not a valid branch name: use letters, digits, &apos;-&apos; and &apos;/&apos;, without spaces.</source>
        <translation>有効なブランチ名ではありません。英字、数字、&apos;-&apos;、&apos;/&apos; を使い、スペースは含めないでください。</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ChangesModel</name>
    <message>
        <source>Modified</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>名前変更</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>種類変更</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>新規ファイル</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1
Renamed from %2</source>
        <translation>%1
%2 から名前変更</translation>
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
        <translation>ハンドブックのクローン</translation>
    </message>
    <message>
        <source>Folio copies the handbook from its git server to this computer. You edit the copy, also offline, and propose your changes from it.</source>
        <translation>Folio はハンドブックを Git サーバーからこのコンピューターにコピーします。コピーはオフラインでも編集でき、そこから変更を提案できます。</translation>
    </message>
    <message>
        <source>Repository address</source>
        <translation>リポジトリのアドレス</translation>
    </message>
    <message>
        <source>https://gitlab.com/group/handbook.git</source>
        <translation>https://gitlab.com/group/handbook.git</translation>
    </message>
    <message>
        <source>The https:// or SSH (git@…) address from the Clone button of the project on GitLab</source>
        <translation>GitLab のプロジェクトの「クローン」ボタンに表示される https:// または SSH (git@…) のアドレス</translation>
    </message>
    <message>
        <source>Folder to clone into</source>
        <translation>クローン先のフォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <source>Only the &amp;latest version (faster, smaller)</source>
        <translation>最新バージョンのみ (高速、小容量)(&amp;L)</translation>
    </message>
    <message>
        <source>Leave this on unless you need the handbook&apos;s older versions on this computer: its full history is much larger.</source>
        <translation>ハンドブックの古いバージョンがこのコンピューターに必要な場合を除き、オンのままにしてください。完全な履歴はかなり大きくなります。</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>リポジトリ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>クローン(&amp;C)</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>クローン</translation>
    </message>
    <message>
        <source>What Folio is doing</source>
        <translation>Folio の処理状況</translation>
    </message>
    <message>
        <source>Clone progress</source>
        <translation>クローンの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the clone</source>
        <translation>クローンをキャンセル</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address, as shown by the Clone button on GitLab.</source>
        <translation>GitLab の「クローン」ボタンに表示されるリポジトリのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Folio cannot clone from %1:// addresses. Use the https:// or the SSH (git@…) address from the Clone button on GitLab.</source>
        <translation>Folio は %1:// のアドレスからはクローンできません。GitLab の「クローン」ボタンに表示される https:// または SSH (git@…) のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>This is not a repository address. Use the https:// or the SSH (git@…) address from the Clone button on GitLab.</source>
        <translation>これはリポジトリのアドレスではありません。GitLab の「クローン」ボタンに表示される https:// または SSH (git@…) のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>The address names the server but no repository: add the project&apos;s path, e.g. …/group/handbook.git.</source>
        <translation>このアドレスにはサーバー名しかなく、リポジトリが指定されていません。プロジェクトのパスを追加してください (例: …/group/handbook.git)。</translation>
    </message>
    <message>
        <source>This address contains a password or access token. Remove it: Folio asks for your token when the server needs it and keeps it in the system keychain. In the address, git would store it in plain text.</source>
        <translation>このアドレスにはパスワードまたはアクセストークンが含まれています。削除してください。Folio はサーバーが必要とするときにトークンを尋ね、システムのキーチェーンに保管します。アドレスに含めると、git はそれを平文で保存してしまいます。</translation>
    </message>
    <message>
        <source>Choose the folder to clone into.</source>
        <translation>クローン先のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, e.g. %1.</source>
        <translation>フォルダーのフルパスを指定してください (例: %1)。</translation>
    </message>
    <message>
        <source>%1 is a file. Choose a folder.</source>
        <translation>%1 はファイルです。フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Choose another folder, or, if it is this handbook already, open it with File &gt; Open Handbook….</source>
        <translation>%1 は既に存在し、空ではありません。別のフォルダーを選択してください。既にこのハンドブックである場合は、「ファイル &gt; ハンドブックを開く…」で開いてください。</translation>
    </message>
    <message>
        <source>Folio cannot create folders in %1. Choose another place.</source>
        <translation>Folio は %1 にフォルダーを作成できません。別の場所を選択してください。</translation>
    </message>
    <message>
        <source>This address is not encrypted: your access token could be read on the way. Use https:// if the server offers it.</source>
        <translation>このアドレスは暗号化されていないため、アクセストークンが途中で読み取られるおそれがあります。サーバーが対応している場合は https:// を使用してください。</translation>
    </message>
    <message>
        <source>Over SSH, Folio&apos;s git library downloads the whole history anyway; the https:// address is smaller.</source>
        <translation>SSH の場合、Folio の Git ライブラリーはいずれにしても履歴全体をダウンロードします。https:// のアドレスのほうが小さく済みます。</translation>
    </message>
    <message>
        <source>Choose Where to Put the Handbook</source>
        <translation>ハンドブックの保存先を選択</translation>
    </message>
    <message>
        <source>Cloning %1 into %2</source>
        <translation>%1 を %2 にクローンしています</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロードしています…</translation>
    </message>
    <message>
        <source>Indexing the download… %L1 of %L2</source>
        <translation>ダウンロードしたデータのインデックスを作成しています… %L1 / %L2</translation>
    </message>
    <message>
        <source>Writing the files… %L1 of %L2</source>
        <translation>ファイルを書き込んでいます… %L1 / %L2</translation>
    </message>
    <message>
        <source>Objects: %L1 of %L2</source>
        <translation>オブジェクト: %L1 / %L2</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>受信済み: %1</translation>
    </message>
    <message>
        <source>Clone cancelled. What it had downloaded was removed.</source>
        <translation>クローンをキャンセルしました。ダウンロード済みのデータは削除されました。</translation>
    </message>
    <message>
        <source>Folio could not reach %1. Check the address and your network connection (and the VPN, if the server needs one), then try again.</source>
        <translation>Folio は %1 に接続できませんでした。アドレスとネットワーク接続 (サーバーで必要な場合は VPN も) を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 did not accept your credentials. For an https:// address, use a personal access token with the read_repository scope; for SSH, a key added to your account.</source>
        <translation>%1 は認証情報を受け付けませんでした。https:// のアドレスでは、read_repository スコープを持つ個人アクセストークンを使用してください。SSH では、アカウントに追加した鍵を使用してください。</translation>
    </message>
    <message>
        <source>The SSH key of %1 is not the one this computer knows, so Folio did not connect: someone may be intercepting the connection. If the server&apos;s administrators changed its key, remove the old one from ~/.ssh/known_hosts and try again.</source>
        <translation>%1 の SSH 鍵がこのコンピューターに登録されているものと異なるため、Folio は接続しませんでした。通信が傍受されているおそれがあります。サーバーの管理者が鍵を変更した場合は、~/.ssh/known_hosts から古い鍵を削除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The SSH key of %1 was not trusted, so Folio did not connect.</source>
        <translation>%1 の SSH 鍵が信頼されなかったため、Folio は接続しませんでした。</translation>
    </message>
    <message>
        <source>The folder is not empty any more. Choose another folder.</source>
        <translation>フォルダーが空ではなくなりました。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Folio could not clone the handbook. Check that the address is a git repository you have access to.</source>
        <translation>Folio はハンドブックをクローンできませんでした。アドレスがアクセス権のある Git リポジトリであることを確認してください。</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation>%1

詳細: %2</translation>
    </message>
    <message>
        <source>Cloned the handbook into %1 with its full history: over SSH, Folio&apos;s git library cannot download only the latest version.</source>
        <translation>ハンドブックを履歴全体とともに %1 にクローンしました。SSH の場合、Folio の Git ライブラリーは最新バージョンのみをダウンロードすることができません。</translation>
    </message>
    <message>
        <source>Cloned the handbook into %1.</source>
        <translation>ハンドブックを %1 にクローンしました。</translation>
    </message>
</context>
<context>
    <name>Folio::Git::CommitDialog</name>
    <message>
        <source>Commit Changes</source>
        <translation>変更のコミット</translation>
    </message>
    <message>
        <source>Choose the files to commit:</source>
        <translation>コミットするファイルを選択してください:</translation>
    </message>
    <message>
        <source>Files to commit</source>
        <translation>コミットするファイル</translation>
    </message>
    <message>
        <source>&amp;Describe the change:</source>
        <translation>変更内容の説明(&amp;D):</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>コミットメッセージ</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Choose the files to commit to %1:</source>
        <translation>%1 にコミットするファイルを選択してください:</translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;</source>
        <translation>作成者: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Author: not set yet. Folio will ask for your name and email.</source>
        <translation>作成者: まだ設定されていません。Folio が名前とメールアドレスを尋ねます。</translation>
    </message>
</context>
<context>
    <name>Folio::Git::DiffView</name>
    <message>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>What the file is compared with</source>
        <translation>ファイルの比較対象</translation>
    </message>
    <message>
        <source>Last commit</source>
        <translation>最新のコミット</translation>
    </message>
    <message>
        <source>Target branch</source>
        <translation>マージ先ブランチ</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>レンダリング表示</translation>
    </message>
    <message>
        <source>Show the changes in the page as it will be published</source>
        <translation>公開時の表示でページの変更を確認します</translation>
    </message>
    <message>
        <source>Show rendered diff</source>
        <translation>レンダリング差分を表示</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Select a file to see what changed.</source>
        <translation>ファイルを選択すると、変更内容が表示されます。</translation>
    </message>
    <message>
        <source>Target branch (%1)</source>
        <translation>マージ先ブランチ (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This is a binary file: its changes cannot be shown as text.</source>
        <translation>これはバイナリファイルのため、変更をテキストとして表示できません。</translation>
    </message>
    <message>
        <source>No differences from the target branch.</source>
        <translation>マージ先ブランチとの差分はありません。</translation>
    </message>
    <message>
        <source>No differences from the last commit.</source>
        <translation>最新のコミットとの差分はありません。</translation>
    </message>
    <message>
        <source>(no line break at the end of the file)</source>
        <translation>(ファイル末尾に改行なし)</translation>
    </message>
    <message numerus="yes">
        <source>The diff is too long to show here: only its first %n lines are shown.</source>
        <translation>
            <numerusform>差分が長すぎるため、最初の %n 行のみを表示しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::GitPanel</name>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>変更(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>The copies Folio kept before discarding or replacing a file</source>
        <translation>ファイルを破棄または置き換える前に Folio が保存したコピー</translation>
    </message>
    <message>
        <source>Remove the Stale Lock</source>
        <translation>古いロックを削除</translation>
    </message>
    <message>
        <source>Remove the stale lock</source>
        <translation>古いロックを削除</translation>
    </message>
    <message>
        <source>Changes status</source>
        <translation>変更の状態</translation>
    </message>
    <message>
        <source>No handbook is open.</source>
        <translation>ハンドブックが開かれていません。</translation>
    </message>
    <message>
        <source>these files would be overwritten: %1</source>
        <translation>次のファイルが上書きされてしまいます: %1</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>変更されたファイル</translation>
    </message>
    <message>
        <source>Space includes or leaves out a file from the next commit; Enter shows its changes; Ctrl+Enter or a double-click opens the page.</source>
        <translation>Space キーでファイルを次のコミットに含めるか除外するかを切り替え、Enter キーで変更内容を表示し、Ctrl+Enter キーまたはダブルクリックでページを開きます。</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>コミット…</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Save a version of the checked files in git</source>
        <translation>チェックしたファイルのバージョンを Git に保存します</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>提案…</translation>
    </message>
    <message>
        <source>Propose changes</source>
        <translation>変更を提案</translation>
    </message>
    <message>
        <source>Send the changed pages to GitLab as a merge request</source>
        <translation>変更したページをマージリクエストとして GitLab に送信します</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>Discard the selected file&apos;s changes</source>
        <translation>選択したファイルの変更を破棄</translation>
    </message>
    <message>
        <source>Put the selected file back as it was in the last commit (your version is kept in Backups)</source>
        <translation>選択したファイルを最新のコミットの状態に戻します (現在の版はバックアップに保存されます)</translation>
    </message>
    <message>
        <source>Send &amp;Now…</source>
        <translation>今すぐ送信(&amp;N)…</translation>
    </message>
    <message>
        <source>Send the waiting proposals</source>
        <translation>待機中の提案を送信</translation>
    </message>
    <message>
        <source>Select a file to see what changed.</source>
        <translation>ファイルを選択すると、変更内容が表示されます。</translation>
    </message>
    <message>
        <source>Reading the changes…</source>
        <translation>変更を読み込んでいます…</translation>
    </message>
    <message>
        <source>This handbook is not in a git repository, so there are no changes to list.</source>
        <translation>このハンドブックは Git リポジトリ内にないため、表示する変更はありません。</translation>
    </message>
    <message>
        <source>Could not read the changes: %1</source>
        <translation>変更を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No changes — edit a page and save it.</source>
        <translation>変更はありません。ページを編集して保存してください。</translation>
    </message>
    <message>
        <source>Cannot show the changes of %1: %2</source>
        <translation>%1 の変更を表示できません: %2</translation>
    </message>
    <message>
        <source>&amp;Open Page</source>
        <translation>ページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>変更を破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>Could not create the branch %1, so nothing was committed: %2</source>
        <translation>ブランチ %1 を作成できなかったため、何もコミットされませんでした: %2</translation>
    </message>
    <message>
        <source>Nothing was committed: git still finds no name and email to record.</source>
        <translation>何もコミットされませんでした: 記録する名前とメールアドレスが Git でまだ見つかりません。</translation>
    </message>
    <message>
        <source>Nothing was committed: git needs your name and email to record who made the change.</source>
        <translation>何もコミットされませんでした: 変更者を記録するため、Git には名前とメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>Could not save your name and email, so nothing was committed: %1</source>
        <translation>名前とメールアドレスを保存できなかったため、何もコミットされませんでした: %1</translation>
    </message>
    <message>
        <source>a detached HEAD</source>
        <translation>デタッチされた HEAD</translation>
    </message>
    <message>
        <source>Nothing was committed: git&apos;s index is locked (see the explanation above).</source>
        <translation>何もコミットされませんでした: Git のインデックスがロックされています (上記の説明を参照してください)。</translation>
    </message>
    <message>
        <source>Nothing to commit: the chosen files have no changes.</source>
        <translation>コミットするものはありません: 選択したファイルに変更がありません。</translation>
    </message>
    <message>
        <source>Nothing was committed: a merge is under way. Finish or abort it first.</source>
        <translation>何もコミットされませんでした: マージが進行中です。先にマージを完了するか中止してください。</translation>
    </message>
    <message>
        <source>Commit failed: %1</source>
        <translation>コミットに失敗しました: %1</translation>
    </message>
    <message>
        <source>Git&apos;s index is locked (%1). Another git program may be running, or one crashed and left the lock behind. Until the lock is gone, nothing can be committed.</source>
        <translation>Git のインデックスがロックされています (%1)。別の Git プログラムが実行中か、クラッシュしたプログラムがロックを残した可能性があります。ロックがなくなるまで、何もコミットできません。</translation>
    </message>
    <message>
        <source>The lock has not changed for %1 and no program has it open, so it is safe to remove.</source>
        <translation>ロックは %1 の間変更されておらず、開いているプログラムもないため、安全に削除できます。</translation>
    </message>
    <message>
        <source>A program still has it open: wait until it has finished.</source>
        <translation>ロックを開いているプログラムがあります。処理が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>It changed %1 ago: wait a minute in case a git program is still working.</source>
        <translation>ロックは %1 前に変更されました。Git プログラムがまだ動作している可能性があるため、1 分ほどお待ちください。</translation>
    </message>
    <message>
        <source>Removed the stale lock. You can commit again.</source>
        <translation>古いロックを削除しました。再びコミットできます。</translation>
    </message>
    <message>
        <source>The lock was not removed: %1</source>
        <translation>ロックは削除されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) did not reach GitLab yet. Their commits are safe on this computer.</source>
        <translation>
            <numerusform>%n 件の提案がまだ GitLab に届いていません。これらのコミットはこのコンピューターに安全に保存されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on %1</source>
        <translation>
            <numerusform>%1 に %n 件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed %n file(s) to %1 (%2)</source>
        <translation>
            <numerusform>%n 個のファイルを %1 にコミットしました (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::IdentityDialog</name>
    <message>
        <source>Your Name for Commits</source>
        <translation>コミットに記録する名前</translation>
    </message>
    <message>
        <source>Every saved version of the handbook records who made it. Enter the name and email your colleagues know you by. They are kept for this handbook only.</source>
        <translation>ハンドブックの保存されたバージョンには、それぞれ作成者が記録されます。同僚に知られている名前とメールアドレスを入力してください。これらはこのハンドブックでのみ使用されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>山田 太郎</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>yamada@example.com</translation>
    </message>
    <message>
        <source>Save and Commit</source>
        <translation>保存してコミット</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>name@example.com のようなメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter your name (without &lt; or &gt;).</source>
        <translation>名前を入力してください (&lt; と &gt; は使用できません)。</translation>
    </message>
</context>
<context>
    <name>Folio::Git::KeychainCredentials</name>
    <message>
        <source>The passphrase was wrong. Passphrase of the SSH key %1:</source>
        <translation>パスフレーズが間違っています。SSH 鍵 %1 のパスフレーズ:</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key %1:</source>
        <translation>SSH 鍵 %1 のパスフレーズ:</translation>
    </message>
    <message>
        <source>SSH Key Passphrase</source>
        <translation>SSH 鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>New Server</source>
        <translation>新しいサーバー</translation>
    </message>
    <message>
        <source>Folio has not connected to %1 before. Is this its key?</source>
        <translation>Folio が %1 に接続するのは初めてです。これはこのサーバーの鍵ですか？</translation>
    </message>
    <message>
        <source>Key type: %1
Fingerprint: %2</source>
        <translation>鍵の種類: %1
フィンガープリント: %2</translation>
    </message>
    <message>
        <source>Warning: this server is known with another type of key.</source>
        <translation>警告: このサーバーは別の種類の鍵で登録されています。</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gave you. If they differ, do not connect.</source>
        <translation>フィンガープリントを管理者から伝えられたものと比較してください。異なる場合は接続しないでください。</translation>
    </message>
    <message>
        <source>Trust and &amp;Remember</source>
        <translation>信頼して記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Trust &amp;This Time</source>
        <translation>今回のみ信頼(&amp;T)</translation>
    </message>
    <message>
        <source>Do &amp;Not Connect</source>
        <translation>接続しない(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Folio::Git::PendingPushesDialog</name>
    <message>
        <source>Waiting Proposals</source>
        <translation>待機中の提案</translation>
    </message>
    <message>
        <source>These proposals are saved as commits on this computer but have not reached GitLab yet. Send them when you are online.</source>
        <translation>これらの提案はこのコンピューターにコミットとして保存されていますが、まだ GitLab に届いていません。オンラインのときに送信してください。</translation>
    </message>
    <message>
        <source>Proposals waiting to be sent</source>
        <translation>送信待ちの提案</translation>
    </message>
    <message>
        <source>What happened to the last proposal sent</source>
        <translation>最後に送信した提案の結果</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>今すぐ送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the selected proposal now</source>
        <translation>選択した提案を今すぐ送信</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>一覧から削除(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget the selected proposal</source>
        <translation>選択した提案を一覧から削除</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>送信をキャンセル</translation>
    </message>
    <message>
        <source>&amp;Back to the List</source>
        <translation>一覧に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>%1
branch %2, saved %3</source>
        <translation>%1
ブランチ %2、保存日時 %3</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>前回の試行: %1</translation>
    </message>
    <message>
        <source>No proposal is waiting: everything reached GitLab.</source>
        <translation>待機中の提案はありません。すべて GitLab に届いています。</translation>
    </message>
    <message>
        <source>Cannot read the waiting proposals: %1</source>
        <translation>待機中の提案を読み込めません: %1</translation>
    </message>
    <message>
        <source>Sending branch %1 to GitLab…</source>
        <translation>ブランチ %1 を GitLab に送信しています…</translation>
    </message>
    <message>
        <source>Forget the Proposal?</source>
        <translation>提案を一覧から削除しますか？</translation>
    </message>
    <message>
        <source>Folio will stop offering to send this proposal. Its commit stays on branch %1 on this computer.</source>
        <translation>Folio はこの提案の送信を今後提示しません。そのコミットは、このコンピューターのブランチ %1 に残ります。</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>一覧から削除(&amp;F)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>GitLab still cannot be reached; the proposal keeps waiting. %1</source>
        <translation>まだ GitLab に接続できません。提案は待機したままです。%1</translation>
    </message>
    <message>
        <source>Sending cancelled; the proposal keeps waiting.</source>
        <translation>送信をキャンセルしました。提案は待機したままです。</translation>
    </message>
    <message>
        <source>Could not send it: %1</source>
        <translation>送信できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ProposalResultView</name>
    <message>
        <source>Merge request link</source>
        <translation>マージリクエストのリンク</translation>
    </message>
    <message>
        <source>&amp;Open the Prefilled Merge Request Page</source>
        <translation>入力済みのマージリクエストページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the prefilled merge request page</source>
        <translation>入力済みのマージリクエストページを開きます</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>サーバーからの応答</translation>
    </message>
    <message>
        <source>Announcement for the team&apos;s chat</source>
        <translation>チームのチャット用のお知らせ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the announcement</source>
        <translation>お知らせをコピー</translation>
    </message>
    <message>
        <source>Tell your team, e.g. in Slack:</source>
        <translation>チームに知らせましょう (例: Slack で):</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Your changes are proposed on branch %1. The merge request:</source>
        <translation>変更はブランチ %1 で提案されました。マージリクエスト:</translation>
    </message>
    <message>
        <source>Your changes are on branch %1, but GitLab did not create the merge request. Open the prefilled page to create it.</source>
        <translation>変更はブランチ %1 にありますが、GitLab はマージリクエストを作成しませんでした。入力済みのページを開いて作成してください。</translation>
    </message>
</context>
<context>
    <name>Folio::Git::ProposeDialog</name>
    <message>
        <source>Propose Changes</source>
        <translation>変更の提案</translation>
    </message>
    <message>
        <source>Folio sends the chosen pages to GitLab as a merge request, on a new branch. Your pages stay as they are in the editor.</source>
        <translation>Folio は選択したページを新しいブランチに置き、マージリクエストとして GitLab に送信します。エディターのページはそのまま残ります。</translation>
    </message>
    <message>
        <source>Pages to propose</source>
        <translation>提案するページ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Why the change? Folio adds the list of changed pages after your text.</source>
        <translation>変更の理由は何ですか？ Folio は、入力したテキストの後に変更したページの一覧を追加します。</translation>
    </message>
    <message>
        <source>Target branch</source>
        <translation>マージ先ブランチ</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Mark as &amp;draft (not ready for review yet)</source>
        <translation>ドラフトにする (まだレビューの準備ができていない)(&amp;D)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ドラフト</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>レビュアー</translation>
    </message>
    <message>
        <source>Optional: GitLab user names</source>
        <translation>任意: GitLab のユーザー名</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>ブランチ名</translation>
    </message>
    <message>
        <source>Why the changes cannot be proposed yet</source>
        <translation>まだ変更を提案できない理由</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>マージ先(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>レビュアー(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Assignees:</source>
        <translation>担当者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>ブランチ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>提案(&amp;P)</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Pages to include:</source>
        <translation>含めるページ:</translation>
    </message>
    <message>
        <source>What Folio is doing</source>
        <translation>Folio の処理状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the proposal</source>
        <translation>提案をキャンセル</translation>
    </message>
    <message>
        <source>Why the proposal failed</source>
        <translation>提案が失敗した理由</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Send the saved commit again</source>
        <translation>保存したコミットを再送信します</translation>
    </message>
    <message>
        <source>Cannot propose yet: %1</source>
        <translation>まだ提案できません: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Getting the latest version of the handbook…</source>
        <translation>ハンドブックの最新バージョンを取得しています…</translation>
    </message>
    <message>
        <source>Putting your changes on a new branch…</source>
        <translation>変更を新しいブランチに置いています…</translation>
    </message>
    <message>
        <source>Saving a version of your changes…</source>
        <translation>変更のバージョンを保存しています…</translation>
    </message>
    <message>
        <source>Sending your changes to GitLab…</source>
        <translation>変更を GitLab に送信しています…</translation>
    </message>
    <message>
        <source>Folio could not propose your changes: %1</source>
        <translation>Folio は変更を提案できませんでした: %1</translation>
    </message>
    <message>
        <source>GitLab could not be reached. Your commit is safe on branch %1 — push it later, when you are online: Try Again, or the Changes panel&apos;s Send Now.</source>
        <translation>GitLab に接続できませんでした。コミットはブランチ %1 に安全に保存されています。オンラインになったら、「再試行」または「変更」パネルの「今すぐ送信」でプッシュしてください。</translation>
    </message>
    <message>
        <source>GitLab already has a branch named %1 with other changes, so yours cannot be added to it. Go Back and propose again: Folio suggests a new branch name.</source>
        <translation>GitLab には別の変更を含む %1 という名前のブランチが既にあるため、変更を追加できません。「戻る」を押してもう一度提案してください。Folio が新しいブランチ名を提案します。</translation>
    </message>
    <message>
        <source>GitLab did not accept your credentials. Your commit is safe on branch %1: Try Again to enter your access token again.</source>
        <translation>GitLab は認証情報を受け付けませんでした。コミットはブランチ %1 に安全に保存されています。「再試行」を押してアクセストークンを入力し直してください。</translation>
    </message>
    <message>
        <source>You cancelled the proposal: %1</source>
        <translation>提案をキャンセルしました: %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::BackupsDialog</name>
    <message>
        <source>Changes discarded</source>
        <translation>変更の破棄</translation>
    </message>
    <message>
        <source>Changes discarded (staged version)</source>
        <translation>変更の破棄 (ステージ済みの版)</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>競合の解決</translation>
    </message>
    <message>
        <source>Merge aborted</source>
        <translation>マージの中止</translation>
    </message>
    <message>
        <source>Replaced by a restored backup</source>
        <translation>復元したバックアップによる置き換え</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Folio keeps a copy of a file before it replaces or removes it (when you discard changes, resolve a conflict or abort a merge). Newest first.</source>
        <translation>Folio は、ファイルを置き換えたり削除したりする前 (変更の破棄、競合の解決、マージの中止の際) に、そのコピーを保存します。新しいものから順に表示します。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Original location</source>
        <translation>元の場所</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>選択したバックアップを復元</translation>
    </message>
    <message>
        <source>&amp;Open Backups Folder</source>
        <translation>バックアップフォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>バックアップフォルダーを開く</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The backups folder could not be opened. It is %1</source>
        <translation>バックアップフォルダーを開けませんでした。場所は %1 です</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 を復元しました。</translation>
    </message>
    <message>
        <source>Restored next to the current file, as %1.</source>
        <translation>現在のファイルの隣に %1 として復元しました。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>“%1” has changed since this backup was taken.</source>
        <translation>「%1」はこのバックアップの作成後に変更されています。</translation>
    </message>
    <message>
        <source>Keep both: the backup is restored next to the file, under a new name.
Replace: the backup replaces the file; its current version is saved to backups first.</source>
        <translation>両方を残す: バックアップをファイルの隣に新しい名前で復元します。
置き換える: バックアップでファイルを置き換えます。現在の版は先にバックアップに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>両方を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Keep both versions</source>
        <translation>両方の版を残す</translation>
    </message>
    <message>
        <source>&amp;Replace (Current Version Is Backed Up)</source>
        <translation>置き換える (現在の版はバックアップされます)(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the file; its current version is backed up</source>
        <translation>ファイルを置き換えます。現在の版はバックアップされます</translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation>バックアップの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>バックアップは復元されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::BranchBar</name>
    <message>
        <source>Switch, create or merge branches</source>
        <translation>ブランチの切り替え、作成、マージ</translation>
    </message>
    <message>
        <source>Branch menu</source>
        <translation>ブランチメニュー</translation>
    </message>
    <message>
        <source>Switching branch</source>
        <translation>ブランチを切り替えています</translation>
    </message>
    <message>
        <source>Merge in progress: continue…</source>
        <translation>マージ進行中: 続行…</translation>
    </message>
    <message>
        <source>Continue or abort the merge in progress</source>
        <translation>進行中のマージを続行または中止</translation>
    </message>
    <message>
        <source>Git operation in progress</source>
        <translation>Git の操作が進行中</translation>
    </message>
    <message>
        <source>A git operation started outside Folio (such as a rebase) is not finished. Finish or abort it with git before switching branches.</source>
        <translation>Folio の外部で開始された Git の操作 (リベースなど) が完了していません。ブランチを切り替える前に、git で完了するか中止してください。</translation>
    </message>
    <message>
        <source>No git repository</source>
        <translation>Git リポジトリがありません</translation>
    </message>
    <message>
        <source>Reading branches…</source>
        <translation>ブランチを読み込んでいます…</translation>
    </message>
    <message>
        <source>Branches unavailable</source>
        <translation>ブランチを取得できません</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>%1 でデタッチ中</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (コミットなし)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>ブランチ: %1</translation>
    </message>
    <message>
        <source>Cannot read the branches: %1</source>
        <translation>ブランチを読み込めません: %1</translation>
    </message>
    <message>
        <source>Finish or abort the merge in progress first</source>
        <translation>先に進行中のマージを完了するか中止してください</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>切り替え先</translation>
    </message>
    <message>
        <source>Follows %1: %2 ahead, %3 behind</source>
        <translation>%1 を追跡: %2 件先行、%3 件遅れ</translation>
    </message>
    <message>
        <source>Creates a local branch “%1” that follows %2</source>
        <translation>%2 を追跡するローカルブランチ「%1」を作成します</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>新しいブランチ(&amp;N)…</translation>
    </message>
    <message>
        <source>the current version</source>
        <translation>現在のバージョン</translation>
    </message>
    <message>
        <source>&amp;Merge a Branch into %1…</source>
        <translation>ブランチを %1 にマージ(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Merge %1 into %2…</source>
        <translation>%1 を %2 にマージ(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Update from %1…</source>
        <translation>%1 から更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Get the latest version from GitLab and merge it into %1</source>
        <translation>GitLab から最新バージョンを取得して %1 にマージします</translation>
    </message>
    <message>
        <source>&amp;Continue the Merge in Progress…</source>
        <translation>進行中のマージを続行(&amp;C)…</translation>
    </message>
    <message>
        <source>Cannot Switch Branch</source>
        <translation>ブランチを切り替えられません</translation>
    </message>
    <message>
        <source>Folio could not switch to “%1”. Nothing was changed.</source>
        <translation>Folio は「%1」に切り替えられませんでした。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::ConflictResolverWidget</name>
    <message>
        <source>Both branches changed these files in different ways. For each file, keep your version, take theirs, or edit the file to combine them and then mark it resolved.</source>
        <translation>両方のブランチがこれらのファイルを異なる方法で変更しました。ファイルごとに、自分の版を残すか、相手の版を採用するか、ファイルを編集して両方を組み合わせてから解決済みにしてください。</translation>
    </message>
    <message>
        <source>Files with conflicts</source>
        <translation>競合のあるファイル</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>自分の版を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Keep my version of the selected file</source>
        <translation>選択したファイルの自分の版を残します</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>相手の版を採用(&amp;T)</translation>
    </message>
    <message>
        <source>Take their version of the selected file</source>
        <translation>選択したファイルの相手の版を採用します</translation>
    </message>
    <message>
        <source>I Edited It — &amp;Mark Resolved</source>
        <translation>編集しました — 解決済みにする(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the selected file resolved as I edited it</source>
        <translation>選択したファイルを編集した内容で解決済みにします</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>ファイルを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected file to edit it</source>
        <translation>選択したファイルを開いて編集します</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>&amp;Complete Merge</source>
        <translation>マージを完了(&amp;C)</translation>
    </message>
    <message>
        <source>Complete the merge</source>
        <translation>マージを完了</translation>
    </message>
    <message>
        <source>&amp;Abort Merge…</source>
        <translation>マージを中止(&amp;A)…</translation>
    </message>
    <message>
        <source>Abort the merge and go back to before it</source>
        <translation>マージを中止し、マージ前の状態に戻します</translation>
    </message>
    <message>
        <source>Abort Merge</source>
        <translation>マージの中止</translation>
    </message>
    <message>
        <source>Abort the merge and put every file back as it was before?</source>
        <translation>マージを中止し、すべてのファイルをマージ前の状態に戻しますか？</translation>
    </message>
    <message>
        <source>Changes you made to conflicted files during the merge are saved to backups first.</source>
        <translation>マージ中に競合ファイルに加えた変更は、先にバックアップに保存されます。</translation>
    </message>
    <message>
        <source>Abort the merge</source>
        <translation>マージを中止</translation>
    </message>
    <message>
        <source>Keep Merging</source>
        <translation>マージを続ける</translation>
    </message>
    <message>
        <source>Keep merging</source>
        <translation>マージを続ける</translation>
    </message>
    <message>
        <source>No conflicts left: complete the merge to record it.</source>
        <translation>競合はすべて解決しました。マージを完了して記録してください。</translation>
    </message>
    <message>
        <source>You deleted this file and they changed it. “Keep Mine” deletes it.</source>
        <translation>あなたはこのファイルを削除し、相手は変更しました。「自分の版を残す」を選ぶとファイルは削除されます。</translation>
    </message>
    <message>
        <source>They deleted this file and you changed it. “Take Theirs” deletes it.</source>
        <translation>相手はこのファイルを削除し、あなたは変更しました。「相手の版を採用」を選ぶとファイルは削除されます。</translation>
    </message>
    <message>
        <source>Both branches changed this file.</source>
        <translation>両方のブランチがこのファイルを変更しました。</translation>
    </message>
    <message>
        <source>“%1” was not marked resolved: %2.
Open the file, keep the text you want between the &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, delete those lines, save, then mark it resolved again.</source>
        <translation>「%1」は解決済みになりませんでした: %2。
ファイルを開き、&lt;&lt;&lt;&lt;&lt;&lt;&lt;、=======、&gt;&gt;&gt;&gt;&gt;&gt;&gt; の行の間で必要なテキストを残してそれらの行を削除し、保存してから、もう一度解決済みにしてください。</translation>
    </message>
    <message>
        <source>“%1” could not be resolved: %2</source>
        <translation>「%1」を解決できませんでした: %2</translation>
    </message>
    <message>
        <source>The merge could not be completed: %1</source>
        <translation>マージを完了できませんでした: %1</translation>
    </message>
    <message>
        <source>The merge could not be aborted: %1</source>
        <translation>マージを中止できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::DiscardConfirmation</name>
    <message>
        <source>Discard Changes</source>
        <translation>変更の破棄</translation>
    </message>
    <message>
        <source>Discard “%1”? It was never committed, so discarding removes the file.</source>
        <translation>「%1」を破棄しますか？ 一度もコミットされていないため、破棄するとファイルが削除されます。</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”? It goes back to the last committed version.</source>
        <translation>「%1」への変更を破棄しますか？ 最新のコミットの版に戻ります。</translation>
    </message>
    <message>
        <source>Your current version is saved to backups first: you can get it back any time from Backups.</source>
        <translation>現在の版は先にバックアップに保存されます。「バックアップ」からいつでも取り戻せます。</translation>
    </message>
    <message>
        <source>Discarding</source>
        <translation>破棄しています</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Discard the changes to %1</source>
        <translation>%1 への変更を破棄</translation>
    </message>
    <message>
        <source>Keep the changes</source>
        <translation>変更を残す</translation>
    </message>
    <message>
        <source>The changes were not discarded: %1</source>
        <translation>変更は破棄されませんでした: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <source>Branch to merge</source>
        <translation>マージするブランチ</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>マージ(&amp;M)</translation>
    </message>
    <message>
        <source>Start the merge</source>
        <translation>マージを開始</translation>
    </message>
    <message>
        <source>&amp;Branch to merge:</source>
        <translation>マージするブランチ(&amp;B):</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>マージしています</translation>
    </message>
    <message>
        <source>Files in the way</source>
        <translation>妨げとなるファイル</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Merge in Progress</source>
        <translation>マージ進行中</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>%1 から更新</translation>
    </message>
    <message>
        <source>Getting the latest version of “%1” from GitLab…</source>
        <translation>GitLab から「%1」の最新バージョンを取得しています…</translation>
    </message>
    <message>
        <source>Update cancelled: nothing was changed.</source>
        <translation>更新をキャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <source>GitLab could not be reached, so nothing was changed. Update again when you are online.</source>
        <translation>GitLab に接続できなかったため、何も変更されていません。オンラインになったら、もう一度更新してください。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Could not get the latest version of “%1”: nothing was changed.</source>
        <translation>「%1」の最新バージョンを取得できませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>Merging “%1” into “%2”…</source>
        <translation>「%1」を「%2」にマージしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Continue Later</source>
        <translation>後で続ける</translation>
    </message>
    <message>
        <source>Close and continue the merge later</source>
        <translation>閉じて、後でマージを続けます</translation>
    </message>
    <message>
        <source>Bring the changes from another branch into the current version (detached at %1).</source>
        <translation>別のブランチの変更を現在のバージョン (%1 でデタッチ中) に取り込みます。</translation>
    </message>
    <message>
        <source>Bring the changes from another branch into “%1”, the branch you are on.</source>
        <translation>別のブランチの変更を、現在のブランチ「%1」に取り込みます。</translation>
    </message>
    <message>
        <source>There is no other branch to merge into “%1”.</source>
        <translation>「%1」にマージできる他のブランチはありません。</translation>
    </message>
    <message>
        <source>Nothing to merge: “%1” already has every change from “%2”.</source>
        <translation>マージするものはありません: 「%1」には「%2」のすべての変更が既に含まれています。</translation>
    </message>
    <message>
        <source>Done: “%1” now has every change from “%2”.</source>
        <translation>完了: 「%1」に「%2」のすべての変更が含まれました。</translation>
    </message>
    <message>
        <source>Done: the changes from “%1” were merged into “%2”.</source>
        <translation>完了: 「%1」の変更を「%2」にマージしました。</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”: Conflicts</source>
        <translation>「%1」を「%2」にマージ: 競合</translation>
    </message>
    <message>
        <source>Nothing was changed. Merging “%1” would overwrite changes that are not committed yet in these files:</source>
        <translation>何も変更されていません。「%1」をマージすると、次のファイルのまだコミットされていない変更が上書きされてしまいます:</translation>
    </message>
    <message>
        <source>Commit or discard these changes first, then merge again.
Details: %1</source>
        <translation>先にこれらの変更をコミットまたは破棄してから、もう一度マージしてください。
詳細: %1</translation>
    </message>
    <message>
        <source>The merge could not be done: %1</source>
        <translation>マージできませんでした: %1</translation>
    </message>
    <message>
        <source>Done: the merge was completed.</source>
        <translation>完了: マージが完了しました。</translation>
    </message>
    <message>
        <source>The merge was aborted: every file is back as it was before the merge.</source>
        <translation>マージを中止しました。すべてのファイルがマージ前の状態に戻りました。</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::NewBranchDialog</name>
    <message>
        <source>New Branch</source>
        <translation>新しいブランチ</translation>
    </message>
    <message>
        <source>A branch is a separate line of work: your changes on it stay apart from other branches until you merge them.</source>
        <translation>ブランチは独立した作業の流れです。ブランチ上の変更は、マージするまで他のブランチから切り離されています。</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>ブランチ名</translation>
    </message>
    <message>
        <source>for example: update-pricing-page</source>
        <translation>例: update-pricing-page</translation>
    </message>
    <message>
        <source>Branch name check</source>
        <translation>ブランチ名のチェック</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>開始点</translation>
    </message>
    <message>
        <source>The current version</source>
        <translation>現在のバージョン</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>開始点(&amp;S):</translation>
    </message>
    <message>
        <source>Create and Switch</source>
        <translation>作成して切り替え</translation>
    </message>
    <message>
        <source>Create the branch and switch to it</source>
        <translation>ブランチを作成して切り替えます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The current version (%1)</source>
        <translation>現在のバージョン (%1)</translation>
    </message>
    <message>
        <source>Type a name for the new branch.</source>
        <translation>新しいブランチの名前を入力してください。</translation>
    </message>
    <message>
        <source>A branch named “%1” already exists.</source>
        <translation>「%1」という名前のブランチは既に存在します。</translation>
    </message>
    <message>
        <source>This name cannot be used: %1</source>
        <translation>この名前は使用できません: %1</translation>
    </message>
    <message>
        <source>Folio will create “%1” and switch to it.</source>
        <translation>Folio は「%1」を作成して切り替えます。</translation>
    </message>
</context>
<context>
    <name>Folio::GitPanel::SwitchRefusedDialog</name>
    <message>
        <source>Cannot Switch Branch</source>
        <translation>ブランチを切り替えられません</translation>
    </message>
    <message>
        <source>Folio did not switch to “%1”: these files have changes that are not committed yet, and switching would overwrite them.</source>
        <translation>Folio は「%1」に切り替えませんでした。次のファイルにはまだコミットされていない変更があり、切り替えると上書きされてしまいます。</translation>
    </message>
    <message>
        <source>Files with uncommitted changes</source>
        <translation>コミットされていない変更があるファイル</translation>
    </message>
    <message>
        <source>Nothing was changed and your work is safe. To switch, first either:
• commit these changes, to keep them on the current branch, or
• discard them, if you do not need them (Folio keeps a backup copy).
Then switch again.</source>
        <translation>何も変更されておらず、作業内容は安全です。切り替えるには、まず次のいずれかを行ってください:
• 変更をコミットして、現在のブランチに残す
• 不要な場合は変更を破棄する (Folio がバックアップを保存します)
その後、もう一度切り替えてください。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Folio::MainWindow</name>
    <message>
        <source>This page: as last committed</source>
        <translation>このページ: 最新のコミットから変更なし</translation>
    </message>
    <message>
        <source>This page: changed since the last commit</source>
        <translation>このページ: 最新のコミット以降に変更あり</translation>
    </message>
    <message>
        <source>This page: new, not committed yet</source>
        <translation>このページ: 新規、未コミット</translation>
    </message>
    <message>
        <source>This page: deleted, not committed yet</source>
        <translation>このページ: 削除済み、未コミット</translation>
    </message>
    <message>
        <source>This page: renamed, not committed yet</source>
        <translation>このページ: 名前変更済み、未コミット</translation>
    </message>
    <message>
        <source>This page: merge conflict</source>
        <translation>このページ: マージの競合</translation>
    </message>
    <message>
        <source>This page: ignored by git</source>
        <translation>このページ: Git で無視されています</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>%1 でデタッチ中</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (コミットなし)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>ブランチ: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Filter pages</source>
        <translation>ページを絞り込み</translation>
    </message>
    <message>
        <source>Filter pages by title or path</source>
        <translation>タイトルまたはパスでページを絞り込みます</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Current branch</source>
        <translation>現在のブランチ</translation>
    </message>
    <message>
        <source>Page changes</source>
        <translation>ページの変更</translation>
    </message>
    <message>
        <source>Folio cannot keep a copy of your unsaved edits in case it stops unexpectedly: %1</source>
        <translation>予期せず終了した場合に備えて、Folio は未保存の編集のコピーを保持できません: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clone Handbook…</source>
        <translation>ハンドブックをクローン(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy a handbook from its git server to this computer</source>
        <translation>ハンドブックを Git サーバーからこのコンピューターにコピーします</translation>
    </message>
    <message>
        <source>&amp;Open Handbook…</source>
        <translation>ハンドブックを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a handbook folder that is already on this computer</source>
        <translation>このコンピューターに既にあるハンドブックのフォルダーを開きます</translation>
    </message>
    <message>
        <source>Open &amp;Demo Handbook</source>
        <translation>デモハンドブックを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Autosave</source>
        <translation>自動保存(&amp;A)</translation>
    </message>
    <message>
        <source>Save the page by itself a few seconds after you stop typing</source>
        <translation>入力を止めてから数秒後にページを自動的に保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Page &amp;Tree</source>
        <translation>ページツリー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Go to &amp;Page…</source>
        <translation>ページへ移動(&amp;P)…</translation>
    </message>
    <message>
        <source>Open a page by typing part of its title or path</source>
        <translation>タイトルまたはパスの一部を入力してページを開きます</translation>
    </message>
    <message>
        <source>&amp;Find in Handbook…</source>
        <translation>ハンドブック内を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the text of every page</source>
        <translation>すべてのページのテキストを検索します</translation>
    </message>
    <message>
        <source>Go to &amp;Line…</source>
        <translation>指定行へ移動(&amp;L)…</translation>
    </message>
    <message>
        <source>Put the cursor on a line of the page by its number</source>
        <translation>行番号を指定してカーソルを移動します</translation>
    </message>
    <message>
        <source>Mark &amp;Misspellings in Preview</source>
        <translation>プレビューでスペルミスを表示(&amp;M)</translation>
    </message>
    <message>
        <source>Underline the words the spelling check does not know in the preview too</source>
        <translation>スペルチェックで認識されない単語をプレビューでも下線で示します</translation>
    </message>
    <message>
        <source>Check the spelling, links and front matter of every page of the handbook</source>
        <translation>ハンドブックのすべてのページのスペル、リンク、フロントマターをチェックします</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>次の問題(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Problem</source>
        <translation>前の問題(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Folio</source>
        <translation>Folio について(&amp;A)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Show or hide the list of changes</source>
        <translation>変更の一覧を表示または非表示にします</translation>
    </message>
    <message>
        <source>Indexing the handbook</source>
        <translation>ハンドブックのインデックスを作成中</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>インデックスを作成中 %v / %m</translation>
    </message>
    <message>
        <source>Find in Handbook</source>
        <translation>ハンドブック内を検索</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>問題 (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Soft &amp;Wrap</source>
        <translation>行の折り返し(&amp;W)</translation>
    </message>
    <message>
        <source>Wrap long lines at the editor&apos;s edge instead of scrolling sideways</source>
        <translation>長い行を横にスクロールせず、エディターの端で折り返します</translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Mode</source>
        <translation>集中モード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>コミット(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a version of the checked files in git</source>
        <translation>チェックしたファイルのバージョンを Git に保存します</translation>
    </message>
    <message>
        <source>Nothing to commit: no file has changed.</source>
        <translation>コミットするものはありません: 変更されたファイルはありません。</translation>
    </message>
    <message>
        <source>&amp;Propose Changes…</source>
        <translation>変更を提案(&amp;P)…</translation>
    </message>
    <message>
        <source>Send the changed pages to GitLab as a merge request</source>
        <translation>変更したページをマージリクエストとして GitLab に送信します</translation>
    </message>
    <message>
        <source>Nothing to propose: no page has changed.</source>
        <translation>提案するものはありません: 変更されたページはありません。</translation>
    </message>
    <message>
        <source>Send &amp;Waiting Proposals…</source>
        <translation>待機中の提案を送信(&amp;W)…</translation>
    </message>
    <message>
        <source>Send the proposals that did not reach GitLab</source>
        <translation>GitLab に届かなかった提案を送信します</translation>
    </message>
    <message>
        <source>&amp;Update from GitLab…</source>
        <translation>GitLab から更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Get the latest version of the handbook and merge it into your branch</source>
        <translation>ハンドブックの最新バージョンを取得して、現在のブランチにマージします</translation>
    </message>
    <message>
        <source>Nothing to update from: this handbook has no GitLab remote.</source>
        <translation>更新元がありません: このハンドブックには GitLab のリモートがありません。</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>新しいブランチ(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a branch for a change</source>
        <translation>変更用のブランチを開始します</translation>
    </message>
    <message>
        <source>&amp;Switch Branch</source>
        <translation>ブランチを切り替え(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the branch to work on</source>
        <translation>作業するブランチを選択します</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>マージ(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring the changes of another branch into this one</source>
        <translation>別のブランチの変更をこのブランチに取り込みます</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>変更を破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>Put the selected file back as it was in the last commit</source>
        <translation>選択したファイルを最新のコミットの状態に戻します</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>The copies Folio kept before discarding or replacing a file</source>
        <translation>ファイルを破棄または置き換える前に Folio が保存したコピー</translation>
    </message>
    <message>
        <source>Select a changed file in the Changes panel first.</source>
        <translation>先に「変更」パネルで変更されたファイルを選択してください。</translation>
    </message>
    <message>
        <source>No handbook is open.</source>
        <translation>ハンドブックが開かれていません。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Clone Handbook…</source>
        <translation>ハンドブックをクローン…</translation>
    </message>
    <message>
        <source>Open Handbook…</source>
        <translation>ハンドブックを開く…</translation>
    </message>
    <message>
        <source>Open Demo Handbook</source>
        <translation>デモハンドブックを開く</translation>
    </message>
    <message>
        <source>The demo handbook could not be created: %1</source>
        <translation>デモハンドブックを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot open %1.
%2</source>
        <translation>%1 を開けません。
%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>This is Folio&apos;s demo handbook, yours to try things on: its commits and merge requests stay on this computer. To work on your team&apos;s handbook, clone it from its git server, or open a copy you already have.</source>
        <translation>これは Folio のデモハンドブックです。自由に試すことができ、コミットやマージリクエストはこのコンピューター内にとどまります。チームのハンドブックで作業するには、Git サーバーからクローンするか、既にあるコピーを開いてください。</translation>
    </message>
    <message>
        <source>%1 is not a Hugo or Middleman handbook: showing it as a plain folder of Markdown pages.</source>
        <translation>%1 は Hugo または Middleman のハンドブックではありません。Markdown ページを含む通常のフォルダーとして表示します。</translation>
    </message>
    <message>
        <source>The edits could not be discarded: %1</source>
        <translation>編集を破棄できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is open read-only, so Folio cannot damage it: %2</source>
        <translation>%1 は、Folio が損傷を与えないよう読み取り専用で開かれています: %2</translation>
    </message>
    <message>
        <source>Could not save %1. Your changes are still here, unsaved.
%2</source>
        <translation>%1 を保存できませんでした。変更は未保存のままここに残っています。
%2</translation>
    </message>
    <message>
        <source>Autosave could not save %1. Your changes are still here, unsaved, and kept in case Folio stops; save them once the problem is fixed.
%2</source>
        <translation>自動保存で %1 を保存できませんでした。変更は未保存のままここに残っており、Folio が終了した場合に備えて保持されています。問題が解決したら保存してください。
%2</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>%1 を自動保存しました</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Open Handbook</source>
        <translation>ハンドブックを開く</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git: %1</translation>
    </message>
    <message>
        <source>Not in a git repository</source>
        <translation>Git リポジトリ内にありません</translation>
    </message>
    <message>
        <source>Problems in %1 (the defaults are used instead):
%2</source>
        <translation>%1 に問題があります (代わりに既定値を使用します):
%2</translation>
    </message>
    <message>
        <source>No page is open. Choose one in the page tree.</source>
        <translation>ページが開かれていません。ページツリーからページを選択してください。</translation>
    </message>
    <message>
        <source>%1 is outside the handbook, so Folio does not open it. It is at %2</source>
        <translation>%1 はハンドブックの外にあるため、Folio では開きません。場所は %2 です</translation>
    </message>
    <message>
        <source>%1 is not a page, so Folio does not open it. It is at %2</source>
        <translation>%1 はページではないため、Folio では開きません。場所は %2 です</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Choose the editor&apos;s font, autosave, the spelling language, the preview&apos;s colours and defaults for merge requests</source>
        <translation>エディターのフォント、自動保存、スペルチェックの言語、プレビューの配色、マージリクエストの既定値を設定します</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>G&amp;it</source>
        <translation>Git(&amp;I)</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>その他のメニュー</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>次のパネル(&amp;X)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel</source>
        <translation>キーボードフォーカスを次のパネルに移動します</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>前のパネル(&amp;V)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>キーボードフォーカスを前のパネルに移動します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>やり直す(&amp;D)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>環境設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Chec&amp;k Whole Handbook</source>
        <translation>ハンドブック全体をチェック(&amp;W)</translation>
    </message>
    <message>
        <source>Only the page&apos;s text, full screen; %1 leaves</source>
        <translation>ページのテキストのみを全画面で表示します。%1 で終了します</translation>
    </message>
</context>
<context>
    <name>Folio::Markdown::HtmlSanitizer</name>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Embedded content</source>
        <translation>埋め込みコンテンツ</translation>
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
        <translation>新規</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>名前変更済み</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
</context>
<context>
    <name>Folio::Preferences::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>エディター</translation>
    </message>
    <message>
        <source>Use the system&apos;s &amp;fixed-width font</source>
        <translation>システムの等幅フォントを使用(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>フォント(&amp;O):</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Autosave a few seconds after typing stops</source>
        <translation>入力を止めてから数秒後に自動保存(&amp;A)</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>スペル</translation>
    </message>
    <message>
        <source>The handbook&apos;s: %1</source>
        <translation>ハンドブックの設定: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
    <message>
        <source>Merge requests</source>
        <translation>マージリクエスト</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Labels for new merge requests, separated by commas</source>
        <translation>新しいマージリクエストに付けるラベル (カンマ区切り)</translation>
    </message>
    <message>
        <source>Default la&amp;bels:</source>
        <translation>既定のラベル(&amp;B):</translation>
    </message>
    <message>
        <source>The default branch</source>
        <translation>既定のブランチ</translation>
    </message>
    <message>
        <source>The branch merge requests ask to merge into</source>
        <translation>マージリクエストのマージ先となるブランチ</translation>
    </message>
    <message>
        <source>&amp;Target branch:</source>
        <translation>マージ先ブランチ(&amp;T):</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (未インストール)</translation>
    </message>
</context>
<context>
    <name>Folio::Preview::RenderedDiffController</name>
    <message>
        <source>%1 is not a page of the handbook: there is no rendered diff for it.</source>
        <translation>%1 はハンドブックのページではないため、レンダリング差分はありません。</translation>
    </message>
    <message>
        <source>Git is not available.</source>
        <translation>Git を使用できません。</translation>
    </message>
    <message>
        <source>The page as of %1 cannot be read: %2</source>
        <translation>%1 時点のページを読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 as of %2: %3</source>
        <translation>%2 時点の %1 を読み込めません: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Rendered Diff: %1</source>
        <translation>レンダリング差分: %1</translation>
    </message>
</context>
<context>
    <name>Folio::Preview::RenderedDiffView</name>
    <message>
        <source>Previous Change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>変更なし</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n ブロック変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) added</source>
        <translation>
            <numerusform>%n ブロック追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) removed</source>
        <translation>
            <numerusform>%n ブロック削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n 語追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n 語削除</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>%1 の変更</translation>
    </message>
    <message>
        <source>Changes to %1 since %2</source>
        <translation>%2 以降の %1 の変更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>変更 %1 / %2</translation>
    </message>
    <message>
        <source>Previous change (%1, %2)</source>
        <translation>前の変更 (%1、%2)</translation>
    </message>
    <message>
        <source>Next change (%1, %2)</source>
        <translation>次の変更 (%1、%2)</translation>
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
        <translation>%1  —  %2 行目、%3 列目</translation>
    </message>
    <message>
        <source>  (did you mean %1?)</source>
        <translation>  (%1 の誤りですか？)</translation>
    </message>
    <message>
        <source>Check Handbook</source>
        <translation>ハンドブックをチェック</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>スペル</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Front Matter</source>
        <translation>フロントマター</translation>
    </message>
    <message>
        <source>Check every page of the handbook</source>
        <translation>ハンドブックのすべてのページをチェックします</translation>
    </message>
    <message>
        <source>Check the spelling, links and front matter of every page of the handbook</source>
        <translation>ハンドブックのすべてのページのスペル、リンク、フロントマターをチェックします</translation>
    </message>
    <message>
        <source>Pages checked</source>
        <translation>チェック済みのページ</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>問題の数</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>見つかった問題</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop checking the handbook</source>
        <translation>ハンドブックのチェックを停止</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Show problems: %1</source>
        <translation>問題を表示: %1</translation>
    </message>
    <message>
        <source>Show or hide problems: %1</source>
        <translation>問題を表示または非表示: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 件のエラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 件の注記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n page(s)</source>
        <translation>
            <numerusform>%n ページで %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Review::ReviewController</name>
    <message>
        <source>Spelling is not checked: %1</source>
        <translation>スペルはチェックされません: %1</translation>
    </message>
    <message>
        <source>A spelling word list cannot be used: %1</source>
        <translation>スペルチェックの単語リストを使用できません: %1</translation>
    </message>
    <message>
        <source>Change Link to “%1”</source>
        <translation>リンクを「%1」に変更</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>「%1」に名前を変更</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>候補なし</translation>
    </message>
    <message>
        <source>Add “%1” to Handbook Dictionary</source>
        <translation>「%1」をハンドブック辞書に追加</translation>
    </message>
    <message>
        <source>Add “%1” to Personal Dictionary</source>
        <translation>「%1」を個人辞書に追加</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>「%1」を無視</translation>
    </message>
    <message>
        <source>“%1” could not be added: %2</source>
        <translation>「%1」を追加できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Widgets::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::BacklinksPanel</name>
    <message>
        <source>Backlinks</source>
        <translation>バックリンク</translation>
    </message>
    <message>
        <source>Pages that link to this page</source>
        <translation>このページにリンクしているページ</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1 (to #%2)</source>
        <translation>%1 (#%2 へ)</translation>
    </message>
    <message>
        <source>Open a page to see which pages link to it.</source>
        <translation>ページを開くと、そのページにリンクしているページが表示されます。</translation>
    </message>
    <message>
        <source>Indexing the handbook…</source>
        <translation>ハンドブックのインデックスを作成しています…</translation>
    </message>
    <message>
        <source>No page links to this page.</source>
        <translation>このページにリンクしているページはありません。</translation>
    </message>
    <message>
        <source>One link to this page:</source>
        <translation>このページへのリンクが 1 件あります:</translation>
    </message>
    <message>
        <source>%1 links to this page:</source>
        <translation>このページへのリンクが %1 件あります:</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::HandbookSearchPanel</name>
    <message>
        <source>Find in handbook</source>
        <translation>ハンドブック内を検索</translation>
    </message>
    <message>
        <source>Text to find in the handbook</source>
        <translation>ハンドブック内で検索するテキスト</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>大文字と小文字を区別(&amp;C)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>単語単位(&amp;W)</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>検索を停止</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>検索の状態</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>再検索(&amp;A)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <source>Stop Searching</source>
        <translation>検索を停止</translation>
    </message>
    <message>
        <source>The handbook changed since this search.</source>
        <translation>この検索の後にハンドブックが変更されました。</translation>
    </message>
    <message>
        <source>The text to find must be on one line.</source>
        <translation>検索するテキストは 1 行で入力してください。</translation>
    </message>
    <message>
        <source>Indexing the handbook… The search starts when it is done.</source>
        <translation>ハンドブックのインデックスを作成しています… 完了すると検索が始まります。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 で %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件の一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at %1: make the search more precise to see fewer</source>
        <translation>%1 で停止しました: 結果を減らすには検索条件を絞り込んでください</translation>
    </message>
    <message>
        <source>Stopped: %1 so far</source>
        <translation>停止しました: ここまでで %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>Search the handbook as it is now (%1)</source>
        <translation>現在のハンドブックをもう一度検索します (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Headings of the page</source>
        <translation>ページの見出し</translation>
    </message>
    <message>
        <source>This page has no headings.</source>
        <translation>このページには見出しがありません。</translation>
    </message>
    <message>
        <source>(empty heading)</source>
        <translation>(空の見出し)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Line %1, #%2</source>
        <translation>%1 行目、#%2</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::QuickOpenDialog</name>
    <message>
        <source>Go to Page</source>
        <translation>ページへ移動</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>ページへ移動</translation>
    </message>
    <message>
        <source>Page title or path</source>
        <translation>ページのタイトルまたはパス</translation>
    </message>
    <message>
        <source>Go to page by title or path</source>
        <translation>タイトルまたはパスでページへ移動</translation>
    </message>
    <message>
        <source>Quick open status</source>
        <translation>クイックオープンの状態</translation>
    </message>
    <message>
        <source>Matching pages</source>
        <translation>一致するページ</translation>
    </message>
    <message>
        <source>Indexing the handbook…</source>
        <translation>ハンドブックのインデックスを作成しています…</translation>
    </message>
    <message>
        <source>No page matches “%1”</source>
        <translation>「%1」に一致するページはありません</translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::QuickOpenModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
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
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sign In to %1</source>
        <translation>%1 にサインイン</translation>
    </message>
    <message>
        <source>%1 refused the token. Enter a valid personal access token (GitLab: Preferences › Access Tokens, scope &quot;write_repository&quot;).</source>
        <translation>%1 はトークンを拒否しました。有効な個人アクセストークンを入力してください (GitLab: 環境設定 › アクセストークン、スコープ &quot;write_repository&quot;)。</translation>
    </message>
    <message>
        <source>%1 asks who you are. Enter your personal access token (GitLab: Preferences › Access Tokens, scope &quot;write_repository&quot;).</source>
        <translation>%1 が認証を求めています。個人アクセストークンを入力してください (GitLab: 環境設定 › アクセストークン、スコープ &quot;write_repository&quot;)。</translation>
    </message>
    <message>
        <source>Folio keeps it in your system keychain once the server accepts it.</source>
        <translation>サーバーがトークンを受け入れると、Folio はそれをシステムのキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>No system keychain is available, so Folio will not save the token and will ask for it each time.</source>
        <translation>システムのキーチェーンを利用できないため、Folio はトークンを保存せず、毎回入力を求めます。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Optional for GitLab tokens</source>
        <translation>GitLab のトークンでは省略可能</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>個人アクセストークン</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop editor for Markdown handbooks</source>
        <translation>Markdown ハンドブック用のデスクトップエディター</translation>
    </message>
    <message>
        <source>A handbook folder, or a page in one.</source>
        <translation>ハンドブックのフォルダー、またはその中のページ。</translation>
    </message>
</context>
</TS>
