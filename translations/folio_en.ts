<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Folio::Editor::EditorStatus</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Editor::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::FrontMatter::FrontMatterPanel</name>
    <message numerus="yes">
        <source>Used by %n page(s) of this handbook</source>
        <translation>
            <numerusform>Used by %n page of this handbook</numerusform>
            <numerusform>Used by %n pages of this handbook</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::DiffView</name>
    <message numerus="yes">
        <source>The diff is too long to show here: only its first %n lines are shown.</source>
        <translation>
            <numerusform>The diff is too long to show here: only its first line is shown.</numerusform>
            <numerusform>The diff is too long to show here: only its first %n lines are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Git::GitPanel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) did not reach GitLab yet. Their commits are safe on this computer.</source>
        <translation>
            <numerusform>A proposal did not reach GitLab yet. Its commit is safe on this computer.</numerusform>
            <numerusform>%n proposals did not reach GitLab yet. Their commits are safe on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on %1</source>
        <translation>
            <numerusform>%n change on %1</numerusform>
            <numerusform>%n changes on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed %n file(s) to %1 (%2)</source>
        <translation>
            <numerusform>Committed %n file to %1 (%2)</numerusform>
            <numerusform>Committed %n files to %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::MainWindow</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Preview::RenderedDiffView</name>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n block changed</numerusform>
            <numerusform>%n blocks changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) added</source>
        <translation>
            <numerusform>%n block added</numerusform>
            <numerusform>%n blocks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) removed</source>
        <translation>
            <numerusform>%n block removed</numerusform>
            <numerusform>%n blocks removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n word added</numerusform>
            <numerusform>%n words added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n word removed</numerusform>
            <numerusform>%n words removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Review::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n page(s)</source>
        <translation>
            <numerusform>%1 in %n page</numerusform>
            <numerusform>%1 in %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Workspace::HandbookSearchPanel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
