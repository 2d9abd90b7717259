#include "workspace/pageindex.h"

#include "workspace/pagescanner.h"

#include <QHash>

#include <algorithm>

namespace Folio::Workspace {

namespace {

struct LinkRef
{
    int page = 0;
    int link = 0;
};

} // namespace

struct PageIndex::Data
{
    Handbook::Handbook handbook;
    QList<IndexedPagePtr> pages;
    QHash<QString, qsizetype> byPath;
    QHash<QString, QList<LinkRef>> linksTo; // resolved path -> links reaching it
    QList<Error> problems;
    qint64 textBytes = 0;
};

PageIndex::PageIndex()
{
    static const std::shared_ptr<const Data> empty = std::make_shared<const Data>();
    d = empty;
}

PageIndex PageIndex::create(const Handbook::Handbook &handbook, QList<IndexedPagePtr> pages,
                            QList<Error> problems)
{
    auto data = std::make_shared<Data>();
    data->handbook = handbook;
    data->pages = std::move(pages);
    data->problems = std::move(problems);
    data->byPath.reserve(data->pages.size());
    for (qsizetype i = 0; i < data->pages.size(); ++i) {
        const IndexedPage &page = *data->pages[i];
        data->byPath.insert(page.path, i);
        data->textBytes += page.text.size();
        if (!page.problem.isEmpty()) // code 0: PageIndexer::update tells them from folder ones
            data->problems.append(Error{ErrorDomain::File, 0, page.problem});
        for (qsizetype k = 0; k < page.links.size(); ++k) {
            const PageLink &link = page.links[k];
            if (!link.resolvedPath.isEmpty() && link.resolvedPath != page.path)
                data->linksTo[link.resolvedPath].append(LinkRef{int(i), int(k)});
        }
    }
    PageIndex index;
    index.d = std::move(data);
    return index;
}

const Handbook::Handbook &PageIndex::handbook() const
{
    return d->handbook;
}

qsizetype PageIndex::size() const
{
    return d->pages.size();
}

const IndexedPage &PageIndex::at(qsizetype i) const
{
    return *d->pages.at(i);
}

const QList<IndexedPagePtr> &PageIndex::pages() const
{
    return d->pages;
}

qsizetype PageIndex::indexOf(const QString &path) const
{
    return d->byPath.value(path, -1);
}

const IndexedPage *PageIndex::page(const QString &path) const
{
    const qsizetype i = indexOf(path);
    return i < 0 ? nullptr : d->pages.at(i).get();
}

QList<PageHeading> PageIndex::outline(const QString &path) const
{
    // The index keeps ids and lines only; the text comes from scanning the page again.
    const IndexedPage *found = page(path);
    if (!found)
        return {};
    return PageScanner::scan(found->text, handbook().renderOptions(path).dialect).headings;
}

QList<Backlink> PageIndex::backlinks(const QString &path) const
{
    QList<Backlink> result;
    const auto it = d->linksTo.constFind(path);
    if (it == d->linksTo.cend())
        return result;
    result.reserve(it->size());
    for (const LinkRef &ref : *it) {
        const IndexedPage &from = *d->pages.at(ref.page);
        const PageLink &link = from.links.at(ref.link);
        result.append(Backlink{from.path, from.title, link.line, from.lineText(link.line).trimmed(),
                               link.anchor, link.target});
    }
    return result;
}

qsizetype PageIndex::backlinkCount(const QString &path) const
{
    return d->linksTo.value(path).size();
}

const QList<Error> &PageIndex::problems() const
{
    return d->problems;
}

qint64 PageIndex::textBytes() const
{
    return d->textBytes;
}

qint64 PageIndex::estimatedMemoryBytes() const
{
    // Strings are UTF-16; each QString and list has a ~32-byte header; hash nodes ~64 bytes.
    const auto stringBytes = [](const QString &s) { return qint64(s.capacity()) * 2 + 32; };
    // Strings the indexer interned (keys, link targets) are counted where they are not shared.
    const auto ownBytes = [&](const QString &s) { return s.isDetached() ? stringBytes(s) : 0; };
    qint64 total = d->textBytes;
    for (const IndexedPagePtr &page : d->pages) {
        total += qint64(sizeof(IndexedPage)) + 16 + stringBytes(page->path) +
                 stringBytes(page->url) + stringBytes(page->title) + stringBytes(page->description);
        for (const QString &key : page->frontMatterKeys)
            total += ownBytes(key);
        for (const QString &anchor : page->anchors)
            total += stringBytes(anchor);
        for (const QString &call : page->templateCalls)
            total += stringBytes(call);
        for (const PageHeading &heading : page->headings)
            total +=
                qint64(sizeof(PageHeading)) + stringBytes(heading.text) + stringBytes(heading.id);
        for (const PageLink &link : page->links)
            total += qint64(sizeof(PageLink)) + ownBytes(link.target) +
                     ownBytes(link.resolvedPath) + stringBytes(link.anchor);
        total += 64; // byPath node
    }
    for (const QList<LinkRef> &refs : d->linksTo)
        total += 64 + qint64(refs.capacity()) * qint64(sizeof(LinkRef));
    return total;
}

} // namespace Folio::Workspace
