#pragma once

#include "core/error.h"
#include "handbook/handbook.h"
#include "workspace/indexedpage.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace Folio::Workspace {

// A page that links to another one, for the Backlinks dock.
struct Backlink
{
    QString fromPath;  // the linking page, relative to the root
    QString fromTitle; // its title (may be empty)
    int line = 0;      // 1-based line of the link in the linking page
    QString lineText;  // that line, trimmed of white space at both ends
    QString anchor;    // the anchor the link goes to on the target page; empty for the top
    QString target;    // the link as written
};

// An immutable snapshot of everything the index knows about a handbook: one IndexedPage per
// page, sorted by path, and the reverse link map (backlinks), computed once when the snapshot
// is made. A value type, implicitly shared: copying is cheap, and a snapshot may be read from
// any number of threads at once. A newer snapshot shares the pages that did not change.
// Made by PageIndexer.
class PageIndex
{
public:
    PageIndex(); // empty: no handbook, no pages

    // A snapshot of these pages (sorted by path, unique) with their page links already
    // resolved; computes the backlinks. folderProblems are those of listing the folders; each
    // page's own problem is added (as ErrorDomain::File, code 0). For PageIndexer and tests.
    [[nodiscard]] static PageIndex create(const Handbook::Handbook &handbook,
                                          QList<IndexedPagePtr> pages, QList<Error> folderProblems);

    // Whether both are copies of one snapshot (PageIndexer::update returns its input when
    // nothing changed).
    [[nodiscard]] bool isSameSnapshot(const PageIndex &other) const { return d == other.d; }

    [[nodiscard]] const Handbook::Handbook &handbook() const;
    [[nodiscard]] bool isEmpty() const { return size() == 0; }
    [[nodiscard]] qsizetype size() const;
    [[nodiscard]] const IndexedPage &at(qsizetype i) const;
    [[nodiscard]] const QList<IndexedPagePtr> &pages() const;
    // The position of a page (relative path) in pages(), or -1.
    [[nodiscard]] qsizetype indexOf(const QString &path) const;
    // The page at a relative path, or nullptr; valid as long as this snapshot (or a copy) lives.
    [[nodiscard]] const IndexedPage *page(const QString &path) const;

    // A page's headings in order (the Outline dock); empty for an unknown page.
    [[nodiscard]] QList<PageHeading> outline(const QString &path) const;
    // The pages linking to a page (or to an image or file, by its relative path), ordered by
    // linking page then line; links from a page to itself are left out.
    [[nodiscard]] QList<Backlink> backlinks(const QString &path) const;
    [[nodiscard]] qsizetype backlinkCount(const QString &path) const;

    // What stood in the way while indexing: unreadable folders and pages, pages that are not
    // UTF-8 or are binary, folder links not followed. The rest of the handbook is indexed.
    [[nodiscard]] const QList<Error> &problems() const;

    // The bytes of page text held (the bulk of the index's memory), and an estimate of the
    // whole index's memory, for diagnostics and the benchmark.
    [[nodiscard]] qint64 textBytes() const;
    [[nodiscard]] qint64 estimatedMemoryBytes() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Folio::Workspace

Q_DECLARE_METATYPE(Folio::Workspace::PageIndex)
