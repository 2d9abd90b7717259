#pragma once

#include <QList>
#include <QString>

namespace Folio::Markdown {

// A top-level node of cmark's document, as the block assembler needs to know it.
struct TopNode
{
    int firstLine = 0; // page lines
    int lastLine = 0;
    int headingLevel = 0; // 0 when not a heading
    bool list = false;
    QString headingText; // what a reader sees of a heading
};

// HTML for one or more consecutive top-level nodes, balanced on its own.
struct Piece
{
    QString html;
    int firstLine = 0;
    int lastLine = 0;
    QList<int> nodes; // indices into the TopNode list; empty for Folio's own pieces
};

} // namespace Folio::Markdown
