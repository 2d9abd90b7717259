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

// What the last render on this thread did, for tests: how much Markdown cmark-gfm parsed and
// how many chunks came from the cache.
struct RenderStatistics
{
    int chunks = 0;
    int cachedChunks = 0;
    qsizetype parsedBytes = 0;
};
[[nodiscard]] RenderStatistics lastRenderStatistics();
// The HTML comment put before each top-level node to split cmark's HTML into blocks; random
// per process so that no page can forge one.
[[nodiscard]] const QString &blockMarker();

// Tests compare chunked and whole-document rendering; on by default.
void setChunkedRendering(bool enabled);
// Forgets the parsed chunks, so that the next render is a first render (benchmarks).
void clearChunkCache();

} // namespace Folio::Markdown
