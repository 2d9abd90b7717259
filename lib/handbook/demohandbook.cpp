#include "handbook/demohandbook.h"

#include "git/repository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Folio::Handbook {

namespace {

const QString ResourceRoot = QStringLiteral(":/demo");
const QString Branch = QStringLiteral("main");

Result<void> copyResources(const QString &target)
{
    QDirIterator it(ResourceRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.sliced(ResourceRoot.size() + 1);
        const QString destination = target % u'/' % relative;
        if (!QDir().mkpath(QFileInfo(destination).path()))
            return Error{ErrorDomain::File, 0,
                         QStringLiteral("cannot create the folder of %1").arg(destination)};
        // Read and write instead of QFile::copy, which would keep the resource's read-only mode.
        QFile in(source);
        QFile out(destination);
        if (!in.open(QIODevice::ReadOnly))
            return Error{ErrorDomain::File, 0,
                         QStringLiteral("%1: %2").arg(source, in.errorString())};
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return Error{ErrorDomain::File, 0,
                         QStringLiteral("%1: %2").arg(destination, out.errorString())};
        const QByteArray bytes = in.readAll();
        if (out.write(bytes) != bytes.size() || !out.flush())
            return Error{ErrorDomain::File, 0,
                         QStringLiteral("%1: %2").arg(destination, out.errorString())};
        ++copied;
    }
    if (copied == 0)
        return Error{ErrorDomain::File, 0,
                     QStringLiteral("the demo handbook is missing from this build")};
    return {};
}

} // namespace

QString DemoHandbook::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-handbook");
}

QString DemoHandbook::originLocation(const QString &location)
{
    return location + QStringLiteral("-origin.git");
}

Result<QString> DemoHandbook::ensure(const QString &location)
{
    if (QFileInfo::exists(location % u"/.git"))
        return location;
    if (QFileInfo::exists(location)) {
        return Error{
            ErrorDomain::Handbook, EEXIST,
            QStringLiteral("%1 exists but is not the demo handbook; move it away to get a new demo")
                .arg(location)};
    }

    // Build next to the final place and rename at the end, so an interrupted first run
    // leaves no half-made demo behind.
    const QString building = location + QStringLiteral(".partial");
    const QString origin = originLocation(location);
    QDir(building).removeRecursively();
    QDir(origin).removeRecursively(); // belongs to the demo only, never holds user work alone

    if (auto copied = copyResources(building); !copied)
        return copied.error();
    auto repo = Git::Repository::init(building, Branch);
    if (!repo)
        return repo.error();
    if (auto staged = repo->stageAll(); !staged)
        return staged.error();
    const Git::Signature author{QStringLiteral("Folio"), QStringLiteral("folio@demo.invalid")};
    if (auto committed =
            repo->commit(QStringLiteral("Create the Acme Cloud demo handbook"), author);
        !committed)
        return committed.error();
    auto bare = Git::Repository::init(origin, Branch, /*bare=*/true);
    if (!bare)
        return bare.error();
    if (auto added = repo->addRemote(QStringLiteral("origin"), QDir(origin).absolutePath()); !added)
        return added.error();
    if (auto pushed = repo->pushBranch(QStringLiteral("origin"), Branch); !pushed)
        return pushed.error();

    if (!QDir().rename(building, location))
        return Error{ErrorDomain::File, 0,
                     QStringLiteral("cannot move %1 to %2").arg(building, location)};
    return location;
}

} // namespace Folio::Handbook
