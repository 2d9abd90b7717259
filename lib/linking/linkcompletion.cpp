#include "linking/linkcompletion.h"

#include "handbook/handbook.h"

#include <QSet>

#include <algorithm>

namespace Folio::Linking {

LinkCompletion::LinkCompletion(const Workspace::PageIndex &index)
    : m_index(index)
    , m_matcher(index)
{}

CompletionContext LinkCompletion::contextAt(QStringView line)
{
    const qsizetype paren = line.lastIndexOf(QLatin1String("]("));
    if (paren < 0)
        return {};
    const qsizetype targetStart = paren + 2;
    const QStringView target = line.sliced(targetStart);
    for (const QChar c : target) {
        if (c.isSpace() || c == QLatin1Char(')') || c == QLatin1Char('(') || c == QLatin1Char('<'))
            return {};
    }
    // The ']' must close a '[' of this line, and not an image's.
    int depth = 0;
    qsizetype open = -1;
    for (qsizetype i = paren; i >= 0; --i) {
        if (line[i] == QLatin1Char(']'))
            ++depth;
        else if (line[i] == QLatin1Char('[') && --depth == 0) {
            open = i;
            break;
        }
    }
    if (open < 0 || (open > 0 && line[open - 1] == QLatin1Char('!')))
        return {};

    CompletionContext context;
    if (const qsizetype hash = target.indexOf(QLatin1Char('#')); hash >= 0) {
        context.pageTarget = target.first(hash).toString();
        if (Handbook::Handbook::isExternalUrl(context.pageTarget))
            return {};
        context.kind = CompletionContext::Kind::Heading;
        context.start = targetStart + hash + 1;
        context.typed = target.sliced(hash + 1).toString();
        return context;
    }
    if (!target.startsWith(QLatin1Char('/')) || target.startsWith(QLatin1String("//")))
        return {};
    context.kind = CompletionContext::Kind::Page;
    context.start = targetStart;
    context.typed = target.toString();
    return context;
}

QList<CompletionItem> LinkCompletion::pages(QStringView typed) const
{
    QList<CompletionItem> items;
    QSet<QString> offered;
    const auto offer = [&](const Workspace::IndexedPage &page) {
        if (items.size() >= MaximumItems || offered.contains(page.path))
            return;
        offered.insert(page.path);
        items.append({page.url, page.title.isEmpty() ? page.url : page.title, page.url, page.path});
    };

    // URL prefix first: typing a URL narrows the list as in a file browser.
    QList<const Workspace::IndexedPage *> byUrl;
    for (const Workspace::IndexedPagePtr &page : m_index.pages()) {
        if (page->url.startsWith(typed, Qt::CaseInsensitive))
            byUrl.append(page.get());
    }
    std::sort(byUrl.begin(), byUrl.end(),
              [](const auto *a, const auto *b) { return a->url < b->url; });
    for (const Workspace::IndexedPage *page : std::as_const(byUrl))
        offer(*page);

    // Then the title: after "/handbook/" the user often types what the page is called.
    QString query = typed.toString();
    if (query.startsWith(QLatin1String("/handbook/"), Qt::CaseInsensitive))
        query.remove(0, 10);
    query.replace(QLatin1Char('/'), QLatin1Char(' '));
    query.replace(QLatin1Char('-'), QLatin1Char(' '));
    query = query.trimmed();
    if (!query.isEmpty()) {
        for (const Workspace::QuickOpenMatch &match : m_matcher.match(query, MaximumItems)) {
            if (const Workspace::IndexedPage *page = m_index.page(match.path))
                offer(*page);
        }
    }
    return items;
}

QString LinkCompletion::pageFor(const QString &target, const QString &fromPage) const
{
    if (target.isEmpty())
        return fromPage;
    return m_index.handbook().pageForUrl(
        target, fromPage, [this](const QString &path) { return m_index.indexOf(path) >= 0; });
}

QList<CompletionItem> LinkCompletion::headings(const QList<Workspace::PageHeading> &outline,
                                               QStringView typed)
{
    QList<CompletionItem> starting;
    QList<CompletionItem> containing;
    for (const Workspace::PageHeading &heading : outline) {
        if (heading.id.isEmpty())
            continue;
        const CompletionItem item{heading.id, heading.text.isEmpty() ? heading.id : heading.text,
                                  u'#' + heading.id, QString()};
        if (heading.id.startsWith(typed, Qt::CaseInsensitive) ||
            heading.text.startsWith(typed, Qt::CaseInsensitive))
            starting.append(item);
        else if (heading.id.contains(typed, Qt::CaseInsensitive) ||
                 heading.text.contains(typed, Qt::CaseInsensitive))
            containing.append(item);
    }
    return starting + containing;
}

} // namespace Folio::Linking
