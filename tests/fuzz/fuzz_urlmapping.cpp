// URL <-> path mapping of a Hugo and a Middleman handbook laid out once in a temporary folder,
// next to a folder outside them that symbolic links inside point to: whatever the link, no
// page or asset resolves outside the handbook root, into a hidden folder such as .git, or to
// a path that is not a page of the handbook.
//
// Input: a link as a page writes it, then optionally a line with the page it is written on.

#include "fuzzsupport.h"
#include "handbook/handbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Folio::Handbook;
using namespace Qt::StringLiterals;
using Folio::Result;
using Folio::Fuzz::require;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    require(file.open(QIODevice::WriteOnly) && file.write(content) == content.size(),
            "the fixture can be written", path);
}

void link(const QString &target, const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    require(QFile::link(target, path), "the fixture's symbolic link can be made", path);
}

struct Fixture
{
    QTemporaryDir dir;
    Handbook hugo;
    Handbook middleman;
    QStringList hugoPages;
    QStringList middlemanPages;

    Fixture()
    {
        require(dir.isValid(), "a temporary folder");
        const QString base = QFileInfo(dir.path()).canonicalFilePath();
        const QByteArray page = "---\ntitle: Page\n---\n\nText.\n";
        // What no link may reach: a sibling folder, and hidden or non-content files inside.
        writeFile(base + u"/outside/secret.md", page);
        writeFile(base + u"/outside/secret.png", "png");
        writeFile(base + u"/outside/_index.md", page);

        const QString h = base + u"/hugo";
        QDir().mkpath(h + u"/.git");
        writeFile(h + u"/.git/config.md", page);
        writeFile(h + u"/config.toml", "baseURL = '/'\n");
        writeFile(h + u"/README.md", page);
        hugoPages = {u"content/_index.md"_s,
                     u"content/handbook/_index.md"_s,
                     u"content/handbook/sales/_index.md"_s,
                     u"content/handbook/sales/playbook.md"_s,
                     u"content/handbook/bundle/index.md"_s,
                     u"content/handbook/über uns/_index.md"_s};
        for (const QString &p : std::as_const(hugoPages))
            writeFile(h + u'/' + p, page);
        writeFile(h + u"/content/handbook/.drafts/hidden.md", page);
        writeFile(h + u"/content/handbook/bundle/diagram.png", "png");
        writeFile(h + u"/static/images/logo.png", "png");
        writeFile(h + u"/static/.well-known/key.png", "png");
        link(base + u"/outside", h + u"/content/handbook/escape");
        link(base + u"/outside/secret.png", h + u"/static/images/leak.png");
        link(base + u"/outside/secret.md", h + u"/content/handbook/leak.md");

        const QString m = base + u"/middleman";
        QDir().mkpath(m + u"/.git");
        writeFile(m + u"/.git/index.html.md", page);
        writeFile(m + u"/README.md", page);
        middlemanPages = {u"sites/handbook/source/handbook/index.html.md"_s,
                          u"sites/handbook/source/handbook/sales/index.html.md"_s,
                          u"sites/handbook/source/handbook/sales/playbook.html.md"_s,
                          u"sites/handbook/source/handbook/about.html.md.erb"_s};
        for (const QString &p : std::as_const(middlemanPages))
            writeFile(m + u'/' + p, page);
        writeFile(m + u"/sites/handbook/source/images/logo.png", "png");
        link(base + u"/outside", m + u"/sites/handbook/source/handbook/escape");
        link(base + u"/outside/secret.png", m + u"/sites/handbook/source/images/leak.png");

        Result<Handbook> openedHugo = Handbook::open(h);
        Result<Handbook> openedMiddleman = Handbook::open(m);
        require(openedHugo && openedHugo->era() == Era::Hugo, "the Hugo fixture opens as Hugo");
        require(openedMiddleman && openedMiddleman->era() == Era::Middleman,
                "the Middleman fixture opens as Middleman");
        hugo = *openedHugo;
        middleman = *openedMiddleman;
        // The mapping works at all on the fixture: each page is found at its own URL.
        for (const auto &[handbook, pages] :
             {std::pair{&hugo, &hugoPages}, std::pair{&middleman, &middlemanPages}}) {
            for (const QString &p : std::as_const(*pages)) {
                require(handbook->pageForUrl(handbook->urlForPage(p)) == p,
                        "a fixture page is found at its URL", p + u" " + handbook->urlForPage(p));
            }
        }
    }
};

bool insideRoot(const Handbook &handbook, const QString &absolute)
{
    return absolute.startsWith(handbook.rootPath() + u'/');
}

void checkHandbook(const Handbook &handbook, const QString &url, const QString &fromPage)
{
    const QString context = url + u" from " + fromPage + u" in " + handbook.rootPath();

    // From a page of the handbook (the only pages links are read on), or from nowhere.
    const bool realPage = fromPage.isEmpty() || handbook.isPagePath(fromPage);
    const QString page = handbook.pageForUrl(url, fromPage);
    if (realPage && !page.isEmpty() && page != fromPage) {
        require(handbook.isPagePath(page), "a link maps to a page path of the handbook",
                page + u" <- " + context);
        const QFileInfo info(handbook.absolutePath(page));
        require(info.isFile() && insideRoot(handbook, info.canonicalFilePath()),
                "a link maps to a page file inside the root", page + u" <- " + context);
    }

    // The index's variant (an index holds only page paths): asked only about clean relative
    // paths, which is all an index can answer.
    (void)handbook.pageForUrl(url, fromPage, [&](const QString &candidate) {
        require(!realPage ||
                    (!candidate.startsWith(u'/') && !candidate.split(u'/').contains(u".."_s)),
                "candidates are clean relative paths", candidate + u" <- " + context);
        return handbook.isPagePath(candidate) && candidate.size() % 3 == 0;
    });

    const QString asset = handbook.resolveAsset(url, fromPage);
    if (!asset.isEmpty()) {
        const QFileInfo info(asset);
        require(info.isFile() && info.canonicalFilePath() == asset && insideRoot(handbook, asset),
                "an asset resolves to a file inside the root", asset + u" <- " + context);
        require(!asset.sliced(handbook.rootPath().size()).contains(u"/."),
                "no asset inside a hidden folder", asset + u" <- " + context);
    }

    const QString pageUrl = handbook.urlForPage(fromPage);
    require(pageUrl.startsWith(u'/'), "a page's URL is a root-relative path", pageUrl);

    // An absolute path as the watcher or a drop gives it (never with a NUL, which no file
    // name holds): relative only when inside.
    const QString relative = url.contains(QChar(0))
                                 ? QString()
                                 : handbook.relativePath(handbook.rootPath() + u'/' + url);
    if (!relative.isEmpty()) {
        require(!relative.startsWith(u'/') && !relative.split(u'/').contains(u".."_s),
                "a relative path stays below the root", relative + u" <- " + context);
    }
    (void)Handbook::urlAnchor(url);
    (void)handbook.renderOptions(fromPage);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fixture;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = text.indexOf(u'\n');
    const QString url = newline < 0 ? text : text.first(newline);
    const QString fromPage = newline < 0 ? QString() : text.sliced(newline + 1);
    checkHandbook(fixture.hugo, url, fromPage);
    checkHandbook(fixture.middleman, url, fromPage);
    return 0;
}
