#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Folio::Workspace {

// One heading of a page, with the id its site generator gives it (see Markdown::headingId).
struct PageHeading
{
    int level = 0; // 1-6
    // As the outline shows it: inline Markdown reduced to its text. Empty in a PageIndex,
    // which keeps ids only (PageIndex::outline() gives the text).
    QString text;
    QString id;   // the anchor; empty when the generator gives none (kramdown, empty heading)
    int line = 0; // 1-based line in the page file, front matter included

    friend bool operator==(const PageHeading &, const PageHeading &) = default;
};

// One link or image reference leaving a page.
struct PageLink
{
    enum class Kind
    {
        Page,     // to a page of the handbook (or to an anchor of the same page)
        Image,    // an image or other file served by the site
        External, // another site, mailto: ...
    };

    QString target;       // as written in the page, e.g. "../sales/#quota"
    QString resolvedPath; // the page or file it reaches, relative to the root; empty: broken
    QString anchor;       // "#anchor" without '#', percent-decoded; empty when none
    int line = 0;         // 1-based line in the page file
    int column = 0;       // 1-based, in UTF-16 code units of the line, where target starts
    Kind kind = Kind::Page;

    [[nodiscard]] bool isBroken() const { return kind != Kind::External && resolvedPath.isEmpty(); }

    friend bool operator==(const PageLink &, const PageLink &) = default;
};

// Everything the index knows about one page. Immutable once in a PageIndex, and shared
// between snapshots when the page did not change.
struct IndexedPage
{
    QString path;                // relative to the handbook root, '/'-separated
    QString url;                 // the site URL path, e.g. "/handbook/sales/"
    QString title;               // front matter `title`, else the first level-1 heading
    QString description;         // front matter `description`
    QStringList frontMatterKeys; // top-level keys, in page order
    QString frontMatterError;    // why the YAML could not be read; empty when it could
    QList<PageHeading> headings; // in page order: the outline
    // Other ids an `#anchor` can reach, in page order: HTML `id=` and `name=` attributes,
    // attribute lists (kramdown `{: #id}`, a Goldmark `{#id}` block), kramdown's TOC
    // (`markdown-toc`). Heading ids are in headings.
    QStringList anchors;
    // The templates the page calls whose output only the site generator knows, once each in
    // page order: Hugo shortcodes as "{{< name >}}" or "{{% name %}}", ERB output tags as
    // "<%= name %>". Their output may hold more headings and ids.
    QStringList templateCalls;
    QList<PageLink> links; // in page order
    QByteArray text;       // the file's bytes (UTF-8), what full-text search reads
    QString problem;       // why the page could not be read (then text is empty)

    // What the index compares to notice a change on disk without reading the file.
    qint64 modifiedNs = 0; // modification time, nanoseconds since the epoch
    qint64 size = -1;
    quint64 inode = 0;

    // The text of one 1-based line without its line break; empty when out of range.
    [[nodiscard]] QString lineText(int line) const;
    // The heading the given line is under (the last heading at or before it), or -1.
    [[nodiscard]] int headingIndexAtLine(int line) const;
};

using IndexedPagePtr = std::shared_ptr<const IndexedPage>;

} // namespace Folio::Workspace
