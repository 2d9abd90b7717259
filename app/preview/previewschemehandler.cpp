#include "preview/previewschemehandler.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QUrl>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Folio::Preview {

namespace {

// Replies with bytes; the buffer is parented to the job so it lives as long as the reply.
void reply(QWebEngineUrlRequestJob *job, const QByteArray &mime, const QByteArray &bytes)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mime, buffer);
}

bool replyWithFile(QWebEngineUrlRequestJob *job, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QMimeDatabase mimeDatabase;
    const QByteArray mime = mimeDatabase.mimeTypeForFile(path).name().toLatin1();
    reply(job, mime, file.readAll());
    return true;
}

} // namespace

void PreviewSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(SchemeName);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure, so the page counts as a secure context; deliberately not LocalAccessAllowed, so
    // nothing loaded through it may reach file:// URLs.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

PreviewSchemeHandler::PreviewSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{}

void PreviewSchemeHandler::setHandbook(const Handbook::Handbook &handbook)
{
    m_handbook = handbook;
    m_page.clear();
}

void PreviewSchemeHandler::setPage(const QString &relativePath)
{
    m_page = relativePath;
}

QUrl PreviewSchemeHandler::pageUrl() const
{
    QUrl url;
    url.setScheme(QString::fromLatin1(SchemeName));
    url.setHost(QString::fromLatin1(HandbookHost));
    url.setPath(m_page.isEmpty() ? QStringLiteral("/") : m_handbook.urlForPage(m_page));
    return url;
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (url.host() == QLatin1String(AppHost)) {
        const QString name = url.path();
        if (name == QLatin1String("/preview.css")) {
            replyWithFile(job, QStringLiteral(":/preview/preview.css"));
            return;
        }
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (url.host() != QLatin1String(HandbookHost) || m_handbook.rootPath().isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (url.path() == pageUrl().path()) {
        replyWithFile(job, QStringLiteral(":/preview/shell.html"));
        return;
    }
    const QString file = m_handbook.resolveAsset(url.path(QUrl::FullyEncoded), m_page);
    if (file.isEmpty() || !replyWithFile(job, file))
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace Folio::Preview
