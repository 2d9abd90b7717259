#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Folio::Test {

// Runs a program (the real git CLI, the folio binary) and returns its exit code, capturing
// standard output and error. Fails the test with a message if it cannot start.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult run(const QString &program, const QStringList &arguments,
                  const QString &workingDirectory = {});

// Runs git with a fixed identity and no user or system configuration.
ProcessResult git(const QString &workingDirectory, const QStringList &arguments);

// Writes bytes to path, creating folders; QVERIFY-style failures are the caller's job.
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

// The shared corpus of real handbook pages, or an empty string when it is not there.
QString corpusDir();

// A query parameter of url, decoded; "<missing>" when absent. GitLab's merge-request form keys
// have percent-encoded brackets ("merge_request%5Btitle%5D"), which QUrlQuery does not decode.
inline QString queryParameter(const QUrl &url, const QString &name)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (QUrl::fromPercentEncoding(pair.left(equals)) == name)
            return QUrl::fromPercentEncoding(pair.sliced(equals + 1));
    }
    return QStringLiteral("<missing>");
}

} // namespace Folio::Test
