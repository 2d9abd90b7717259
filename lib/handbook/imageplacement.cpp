#include "handbook/imageplacement.h"

#include "document/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStringBuilder>

namespace Folio::Handbook {

namespace {

const QString HugoContentRoot = QStringLiteral("content/");

bool isIndexFileName(const QString &fileName)
{
    return fileName == QLatin1String("_index.md") || fileName == QLatin1String("index.md") ||
           fileName == QLatin1String("index.html.md") ||
           fileName == QLatin1String("index.html.md.erb");
}

QString contentRootOf(const Handbook &handbook, const QString &page)
{
    QString root;
    for (const QString &candidate : handbook.contentRoots()) {
        if (page.startsWith(candidate) && candidate.size() >= root.size())
            root = candidate;
    }
    return root;
}

// Lowercase letters and digits, other runs as one '-': safe in every URL and file system.
QString slugified(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

// Where a page's images go: the folder relative to the root, and the URL prefix that reaches
// it from the page (site-absolute, or relative for a plain folder).
struct ImageFolder
{
    QString folder;
    QString urlPrefix;
};

ImageFolder imageFolder(const Handbook &handbook, const QString &page)
{
    const QString root = contentRootOf(handbook, page);
    if (root.isEmpty()) {
        const QString pageFolder = QFileInfo(page).path();
        const QString folder = pageFolder == QLatin1String(".")
                                   ? QStringLiteral("images")
                                   : pageFolder % QStringLiteral("/images");
        return {folder, QStringLiteral("images/")};
    }
    // The section is the page's URL folder, as the handbook's /images/<section>/ mirror it.
    QString section = handbook.urlForPage(page);
    if (!isIndexFileName(QFileInfo(page).fileName())) {
        while (section.endsWith(QLatin1Char('/')))
            section.chop(1);
        section.truncate(section.lastIndexOf(QLatin1Char('/')) + 1);
    }
    if (section.startsWith(QLatin1String("/handbook/")))
        section.remove(0, 10);
    while (section.startsWith(QLatin1Char('/')))
        section.remove(0, 1);
    const QString base =
        root == HugoContentRoot ? QStringLiteral("static/images/") : root % u"images/";
    QString folder = base % section;
    while (folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    return {folder, u"/images/" % section};
}

} // namespace

QString ImagePlacement::slugFor(const QString &page)
{
    const QFileInfo info(page);
    QString name = info.fileName();
    if (isIndexFileName(name)) {
        name = QFileInfo(info.path()).fileName();
    } else {
        name.truncate(name.indexOf(QLatin1Char('.')) < 0 ? name.size()
                                                         : name.indexOf(QLatin1Char('.')));
    }
    if (name == QLatin1String("."))
        name.clear();
    const QString slug = slugified(name);
    return slug.isEmpty() ? QStringLiteral("image") : slug;
}

ImagePlacement ImagePlacement::choose(const Handbook &handbook, const QString &page,
                                      const QString &suffix, const FileExists &exists)
{
    const ImageFolder where = imageFolder(handbook, page);
    const QString slug = slugFor(page);
    const QString extension = suffix.toLower();
    for (int counter = 1;; ++counter) {
        const QString name = slug % u'-' % QString::number(counter) % u'.' % extension;
        const QString path = where.folder % u'/' % name;
        if (!exists(path))
            return {path, where.urlPrefix % name};
    }
}

Result<ImagePlacement> ImagePlacement::save(const Handbook &handbook, const QString &page,
                                            const QString &suffix, const QByteArray &bytes)
{
    const ImagePlacement placement =
        choose(handbook, page, suffix, [&handbook](const QString &relative) {
            return QFileInfo::exists(handbook.absolutePath(relative));
        });
    const QString path = handbook.absolutePath(placement.relativePath);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{ErrorDomain::File, 0, QStringLiteral("cannot create folder %1").arg(folder)};
    if (Result<void> written = Document::AtomicFile::write(path, bytes); !written)
        return written.error();
    return placement;
}

} // namespace Folio::Handbook
