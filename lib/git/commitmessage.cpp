#include "git/commitmessage.h"

#include <QDir>

namespace Folio::Git {

namespace {

// Git's advice for a summary line is 50 characters, tools cut at about 72.
constexpr qsizetype maxSubject = 72;

bool isPage(const QString &path)
{
    const QString name = path.section(u'/', -1).toLower();
    return name.endsWith(QLatin1String(".md")) || name.endsWith(QLatin1String(".markdown")) ||
           name.endsWith(QLatin1String(".md.erb"));
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

// The deepest folder containing every path, "" for the top of the work tree.
QString commonFolder(const QStringList &paths)
{
    QString common = folderOf(paths.first());
    for (const QString &path : paths) {
        const QString folder = folderOf(path);
        while (!common.isEmpty() && folder != common && !folder.startsWith(common + u'/'))
            common = folderOf(common);
    }
    return common;
}

QString elided(const QString &subject)
{
    if (subject.size() <= maxSubject)
        return subject;
    return subject.left(maxSubject - 1).trimmed() + QChar(0x2026);
}

} // namespace

QString defaultCommitMessage(const QStringList &paths, const QHash<QString, QString> &titles)
{
    QStringList clean;
    for (const QString &path : paths) {
        const QString normalized = QDir::cleanPath(QDir::fromNativeSeparators(path));
        if (!normalized.isEmpty() && normalized != u"." && !clean.contains(normalized))
            clean.append(normalized);
    }
    if (clean.isEmpty())
        return QStringLiteral("Update");
    if (clean.size() == 1) {
        const QString path = clean.first();
        QString title = titles.value(path).simplified();
        if (title.isEmpty())
            title = titles.value(paths.first()).simplified();
        return elided(QStringLiteral("Update ") +
                      (title.isEmpty() ? path.section(u'/', -1) : title));
    }
    bool allPages = true;
    for (const QString &path : clean)
        allPages = allPages && isPage(path);
    const QString what = QStringLiteral("%1 %2")
                             .arg(clean.size())
                             .arg(allPages ? QStringLiteral("pages") : QStringLiteral("files"));
    const QString folder = commonFolder(clean);
    return elided(folder.isEmpty() ? QStringLiteral("Update ") + what
                                   : QStringLiteral("Update %1 in %2").arg(what, folder));
}

} // namespace Folio::Git
