#include "checks/linkchecker.h"

#include "checks/editdistance.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <algorithm>
#include <cctype>

namespace Folio::Checks {

using Workspace::IndexedPage;
using Workspace::PageHeading;
using Workspace::PageLink;

namespace {

// A link's first path segment: "handbook" for "/handbook/a/b/".
QStringView firstSegment(QStringView sitePath)
{
    QStringView rest = sitePath;
    while (rest.startsWith(u'/'))
        rest = rest.sliced(1);
    const qsizetype slash = rest.indexOf(u'/');
    return slash < 0 ? rest : rest.first(slash);
}

// Whether a site path names a file rather than a page: its last segment has an extension of
// a few letters and digits, other than those of pages ("x.html", "v12.0" and "a.b/" are pages).
bool isFilePath(QStringView sitePath)
{
    const qsizetype slash = sitePath.lastIndexOf(u'/');
    const QStringView name = sitePath.sliced(slash + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot + 1 == name.size() || name.size() - dot - 1 > 5)
        return false;
    const QStringView extension = name.sliced(dot + 1);
    bool letter = false;
    for (const QChar c : extension) {
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return false;
        letter = letter || c.isLetter();
    }
    static const QStringList pageExtensions = {QStringLiteral("html"), QStringLiteral("htm"),
                                               QStringLiteral("md"), QStringLiteral("erb"),
                                               QStringLiteral("markdown")};
    return letter && !pageExtensions.contains(extension.toString().toLower());
}

// Anchors whose element no page text shows, or that need none.
bool isUncheckedAnchor(const QString &anchor)
{
    return anchor == QLatin1String("top") || anchor.startsWith(QLatin1String("fn:")) ||
           anchor.startsWith(QLatin1String("fnref:")) || anchor.startsWith(QLatin1String(":~:"));
}

// The template calls of a page whose output may hold ids the page text does not show: ERB
// output tags on .erb pages (only those go through ERB), Hugo shortcodes on Goldmark pages,
// except shortcodes that only wrap their Markdown (whose headings the index has) or embed
// something without ids.
QStringList unseenTemplates(const IndexedPage &page, Markdown::Dialect dialect)
{
    static const QStringList transparent = {QStringLiteral("alert"),
                                            QStringLiteral("note"),
                                            QStringLiteral("warning"),
                                            QStringLiteral("details"),
                                            QStringLiteral("panel"),
                                            QStringLiteral("card"),
                                            QStringLiteral("cardpane"),
                                            QStringLiteral("pageinfo"),
                                            QStringLiteral("youtube"),
                                            QStringLiteral("vimeo"),
                                            QStringLiteral("figure"),
                                            QStringLiteral("label"),
                                            QStringLiteral("ref"),
                                            QStringLiteral("relref"),
                                            QStringLiteral("member-by-name"),
                                            QStringLiteral("member-by-gitlab")};
    const bool erb = page.path.endsWith(QLatin1String(".erb"));
    QStringList unseen;
    for (const QString &call : page.templateCalls) {
        if (call.startsWith(QLatin1String("<%="))) {
            if (erb)
                unseen.append(call);
        } else if (dialect == Markdown::Dialect::Goldmark &&
                   !transparent.contains(call.sliced(4, call.size() - 8))) {
            unseen.append(call);
        }
    }
    return unseen;
}

bool hasId(const IndexedPage &page, const QString &id)
{
    for (const PageHeading &heading : page.headings) {
        if (heading.id == id)
            return true;
    }
    return page.anchors.contains(id);
}

// The ids of page closest to a missing one, best first: the same id in other letter case,
// then a few typing mistakes away.
QStringList closestIds(const IndexedPage &page, const QString &anchor)
{
    const int limit = std::clamp(int(anchor.size()) / 3, 1, 4);
    QList<std::pair<int, QString>> ranked;
    const auto consider = [&](const QString &id) {
        if (id.isEmpty())
            return;
        for (const auto &known : std::as_const(ranked)) {
            if (known.second == id)
                return;
        }
        const int distance =
            id.compare(anchor, Qt::CaseInsensitive) == 0 ? 0 : editDistance(anchor, id, limit);
        if (distance <= limit)
            ranked.append({distance, id});
    };
    for (const PageHeading &heading : page.headings)
        consider(heading.id);
    for (const QString &id : page.anchors)
        consider(id);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ids;
    for (qsizetype i = 0; i < ranked.size() && i < 3; ++i)
        ids.append(ranked[i].second);
    return ids;
}

Problem linkProblem(const PageLink &link, Severity severity, const QString &message,
                    const QStringList &suggestions = {})
{
    Problem problem;
    problem.line = link.line;
    problem.column = link.column;
    problem.length = int(link.target.size());
    problem.severity = severity;
    problem.message = message;
    problem.suggestions = suggestions;
    problem.category = Category::Link;
    problem.subject = link.target;
    return problem;
}

// The URL a browser follows for a Markdown link destination: a backslash before ASCII
// punctuation is Markdown's escape, and any other backslash the browser reads as a slash
// (`internal\root-cause/` is `internal/root-cause/`).
QString followedUrl(const QString &destination)
{
    if (!destination.contains(u'\\'))
        return destination;
    QString url;
    url.reserve(destination.size());
    for (qsizetype i = 0; i < destination.size(); ++i) {
        const QChar c = destination[i];
        if (c != u'\\') {
            url += c;
        } else if (i + 1 < destination.size() && destination[i + 1].unicode() < 128 &&
                   std::ispunct(destination[i + 1].unicode())) {
            url += destination[++i];
        } else {
            url += u'/';
        }
    }
    return url;
}

// The link with its query and fragment removed, percent-decoded: the path it asks for.
QString pathPart(const QString &url)
{
    QString path = url;
    if (const qsizetype hash = path.indexOf(u'#'); hash >= 0)
        path.truncate(hash);
    if (const qsizetype query = path.indexOf(u'?'); query >= 0)
        path.truncate(query);
    return QUrl::fromPercentEncoding(path.toUtf8());
}

// The part of a link before its '#', to build replacements that keep it.
QString beforeFragment(const QString &target)
{
    const qsizetype hash = target.indexOf(u'#');
    return hash < 0 ? target : target.left(hash);
}

// target with its anchor replaced by id, for a suggestion; the anchor of a Hugo ref call ends
// at its closing quote.
QString withAnchor(const QString &target, const QString &id)
{
    const qsizetype hash = target.indexOf(u'#');
    if (hash < 0)
        return target + u'#' + id;
    qsizetype end = target.size();
    if (!Handbook::Handbook::hugoRefPath(target).isEmpty()) {
        end = hash + 1;
        while (end < target.size() && target[end] != u'"' && !target[end].isSpace())
            ++end;
    }
    return target.left(hash + 1) + id + target.sliced(end);
}

QString fragmentPart(const QString &target)
{
    const qsizetype hash = target.indexOf(u'#');
    return hash < 0 ? QString() : target.sliced(hash);
}

} // namespace

QStringList LinkChecker::defaultSiteHosts()
{
    return {QStringLiteral("handbook.gitlab.com"), QStringLiteral("about.gitlab.com")};
}

LinkChecker::LinkChecker(const Workspace::PageIndex &index)
    : LinkChecker(index, Options())
{}

LinkChecker::LinkChecker(const Workspace::PageIndex &index, Options options)
    : m_index(index)
    , m_options(std::move(options))
{
    QStringList urls;
    urls.reserve(index.size());
    for (const Workspace::IndexedPagePtr &page : index.pages()) {
        urls.append(page->url);
        const QStringView section = firstSegment(page->url);
        if (!section.isEmpty())
            m_sections.insert(section.toString());
        // A page's name for Hugo's ref: its file name, or its folder's for a section page.
        const QStringList parts = page->path.split(u'/');
        QString name = parts.last();
        if ((name == u"_index.md" || name == u"index.md") && parts.size() > 1)
            name = parts.at(parts.size() - 2);
        else if (name.endsWith(QLatin1String(".md")))
            name.chop(3);
        m_pageNames.insert(name);
    }
    m_suggester = PageUrlSuggester(urls);
    // The folders the site serves files from, as Handbook::resolveAsset looks for them.
    const Handbook::Handbook &handbook = index.handbook();
    if (!handbook.rootPath().isEmpty()) {
        QStringList assetRoots = {QStringLiteral("static"), QStringLiteral("sites/handbook/source"),
                                  QStringLiteral("source")};
        for (const QString &contentRoot : handbook.contentRoots())
            assetRoots.append(contentRoot);
        for (const QString &assetRoot : std::as_const(assetRoots)) {
            const QDir folder(handbook.absolutePath(assetRoot));
            for (const QString &name : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                m_assetSections.insert(name);
        }
    }
}

QList<Problem> LinkChecker::check(const IndexedPage &page) const
{
    QList<Problem> problems;
    for (const PageLink &link : page.links)
        checkLink(page, link, problems);
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return problems;
}

void LinkChecker::checkLink(const IndexedPage &page, const PageLink &link,
                            QList<Problem> &problems) const
{
    const QString &target = link.target;
    if ((target.contains(QLatin1String("{{")) &&
         Handbook::Handbook::hugoRefPath(target).isEmpty()) ||
        target.contains(QLatin1String("<%")))
        return; // built by a template: not knowable offline
    // An absolute link to the handbook's own site is checked like a root-relative one.
    const bool onSiteHost = link.kind == PageLink::Kind::External;
    const QString url = followedUrl(onSiteHost ? siteRelative(target) : target);
    if (url.isEmpty())
        return; // another site, mailto: ...
    const Handbook::Handbook &handbook = m_index.handbook();
    const QString outside = QCoreApplication::translate("Folio::Checks::LinkChecker",
                                                        "outside the handbook, not checked: %1")
                                .arg(beforeFragment(target));

    if (link.kind == PageLink::Kind::Image) {
        // (An image on a site host is External in the index: it takes the file path below.)
        if (link.resolvedPath.isEmpty() && handbook.resolveAsset(url, page.path).isEmpty())
            problems.append(linkProblem(
                link, Severity::Error,
                QCoreApplication::translate("Folio::Checks::LinkChecker", "image not found: %1")
                    .arg(pathPart(url))));
        return;
    }
    const QString anchor = Handbook::Handbook::urlAnchor(url);
    if (url.startsWith(u'#')) {
        if (!anchor.isEmpty())
            checkAnchor(page, link, page, anchor, problems);
        return;
    }

    const QString resolved = !onSiteHost && !link.resolvedPath.isEmpty()
                                 ? link.resolvedPath
                                 : resolvePage(url, page.path);
    if (!resolved.isEmpty()) {
        const IndexedPage *found = resolved == page.path ? &page : m_index.page(resolved);
        if (found && !anchor.isEmpty())
            checkAnchor(page, link, *found, anchor, problems);
        return;
    }

    if (const QString ref = Handbook::Handbook::hugoRefPath(url); !ref.isEmpty()) {
        // Hugo also finds a page by its name alone when no other page has it: only a name no
        // page has is surely broken.
        QString name = pathPart(ref);
        while (name.endsWith(u'/'))
            name.chop(1);
        name = name.section(u'/', -1);
        if (name.endsWith(QLatin1String(".md")))
            name.chop(3);
        if (!m_pageNames.contains(name))
            problems.append(linkProblem(
                link, Severity::Error,
                QCoreApplication::translate("Folio::Checks::LinkChecker", "no page for ref \"%1\"")
                    .arg(ref)));
        return;
    }
    const QString path =
        sitePath(url, page.url.isEmpty() ? handbook.urlForPage(page.path) : page.url);
    if (isFilePath(path)) {
        if (!handbook.resolveAsset(url, page.path).isEmpty())
            return;
        if (!onSiteHost && (isUnderHandbook(path) || isServedFolder(path)))
            problems.append(linkProblem(
                link, Severity::Error,
                QCoreApplication::translate("Folio::Checks::LinkChecker", "file not found: %1")
                    .arg(path)));
        else
            problems.append(linkProblem(link, Severity::Info, outside));
        return;
    }
    const QString written = pathPart(url);
    if (!written.startsWith(u'/') && Handbook::Handbook::isPageFileName(written)) {
        // A link to a page file next to this one, as GitLab renders them: always ours.
        problems.append(
            linkProblem(link, Severity::Error,
                        QCoreApplication::translate("Folio::Checks::LinkChecker", "no page for %1")
                            .arg(written)));
        return;
    }
    if (!isUnderHandbook(path)) {
        problems.append(linkProblem(link, Severity::Info, outside));
        return;
    }
    QStringList suggestions = m_suggester.suggest(path);
    for (QString &suggestion : suggestions)
        suggestion += fragmentPart(target);
    problems.append(linkProblem(
        link, Severity::Error,
        QCoreApplication::translate("Folio::Checks::LinkChecker", "no page for %1").arg(path),
        suggestions));
}

void LinkChecker::checkAnchor(const IndexedPage &page, const PageLink &link,
                              const IndexedPage &target, const QString &anchor,
                              QList<Problem> &problems) const
{
    if (isUncheckedAnchor(anchor) || hasId(target, anchor))
        return;
    QStringList suggestions = closestIds(target, anchor);
    for (QString &suggestion : suggestions)
        suggestion = withAnchor(link.target, suggestion);
    //: %2 of "no heading #%1 on %2" when the link points into its own page
    const QString where =
        &target == &page || target.path == page.path
            ? QCoreApplication::translate("Folio::Checks::LinkChecker", "this page")
            : (target.url.isEmpty() ? target.path : target.url);
    // The id may come from what a template makes: say so, without failing the check.
    const QStringList unseen =
        unseenTemplates(target, m_index.handbook().renderOptions(target.path).dialect);
    if (!unseen.isEmpty()) {
        //: Joins two template names for %3 of "no heading #%1 on %2 that Folio can see; %3
        //: may make it"
        const QString templates =
            QStringList(unseen.mid(0, 2))
                .join(QCoreApplication::translate("Folio::Checks::LinkChecker", " or "));
        // One sentence, so each language can order it as it needs.
        //: %1 is the anchor, %2 a page's path or URL, or "this page", %3 one or two templates
        //: (shortcodes, partials) that may make the heading
        const QString message =
            QCoreApplication::translate("Folio::Checks::LinkChecker",
                                        "no heading #%1 on %2 that Folio can see; %3 may make it")
                .arg(anchor, where, templates);
        problems.append(linkProblem(link, Severity::Info, message, suggestions));
        return;
    }
    //: %1 is the anchor, %2 a page's path or URL, or "this page"
    const QString message =
        QCoreApplication::translate("Folio::Checks::LinkChecker", "no heading #%1 on %2")
            .arg(anchor, where);
    problems.append(linkProblem(link, Severity::Error, message, suggestions));
}

QString LinkChecker::siteRelative(const QString &url) const
{
    QStringView rest(url);
    if (rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        rest = rest.sliced(8);
    else if (rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        rest = rest.sliced(7);
    else if (rest.startsWith(QLatin1String("//")))
        rest = rest.sliced(2);
    else
        return {};
    qsizetype hostEnd = 0;
    while (hostEnd < rest.size() && rest[hostEnd] != u'/' && rest[hostEnd] != u'?' &&
           rest[hostEnd] != u'#')
        ++hostEnd;
    const QStringView host = rest.first(hostEnd);
    const bool ours = std::any_of(
        m_options.siteHosts.cbegin(), m_options.siteHosts.cend(),
        [&](const QString &siteHost) { return host.compare(siteHost, Qt::CaseInsensitive) == 0; });
    if (!ours)
        return {};
    const QStringView path = rest.sliced(hostEnd);
    return path.startsWith(u'/') ? path.toString() : u'/' + path.toString();
}

QString LinkChecker::sitePath(const QString &url, const QString &baseUrl) const
{
    QString path = pathPart(url);
    if (!path.startsWith(u'/'))
        path = QUrl(QStringLiteral("folio:") + (baseUrl.isEmpty() ? QStringLiteral("/") : baseUrl))
                   .resolved(QUrl(path))
                   .path();
    const bool folder = path.endsWith(u'/');
    path = QDir::cleanPath(path);
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    if (folder && !path.endsWith(u'/'))
        path += u'/';
    return path;
}

QString LinkChecker::resolvePage(const QString &url, const QString &fromPage) const
{
    return m_index.handbook().pageForUrl(url, fromPage, [&](const QString &candidate) {
        return candidate == fromPage || m_index.indexOf(candidate) >= 0;
    });
}

bool LinkChecker::isUnderHandbook(const QString &sitePath) const
{
    const QStringView section = firstSegment(sitePath);
    return !section.isEmpty() && m_sections.contains(section.toString());
}

bool LinkChecker::isServedFolder(const QString &sitePath) const
{
    const QStringView section = firstSegment(sitePath);
    return !section.isEmpty() && m_assetSections.contains(section.toString());
}

} // namespace Folio::Checks
