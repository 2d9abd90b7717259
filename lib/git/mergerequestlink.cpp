#include "git/mergerequestlink.h"

#include <QUrl>

namespace Folio::Git {

namespace {

QString cleaned(const QByteArray &line)
{
    QString text = QString::fromUtf8(line).trimmed();
    while (text.startsWith(QLatin1String("remote:")))
        text = text.mid(7).trimmed();
    return text;
}

} // namespace

void MergeRequestLink::feed(QByteArrayView chunk)
{
    for (const QByteArray &line : m_lines.feed(chunk))
        handleLine(line);
}

void MergeRequestLink::finish()
{
    for (const QByteArray &line : m_lines.finish())
        handleLine(line);
    m_heading.reset();
}

void MergeRequestLink::handleLine(const QByteArray &line)
{
    const QString text = cleaned(line);
    if (text.isEmpty())
        return;
    static const QLatin1String createPrefix("To create a merge request for ");
    static const QLatin1String createSuffix(", visit:");
    static const QLatin1String viewPrefix("View merge request for ");
    if (text.startsWith(createPrefix) && text.endsWith(createSuffix)) {
        m_heading = MergeRequestLinkInfo{
            MergeRequestLinkInfo::Kind::Create,
            text.mid(createPrefix.size(), text.size() - createPrefix.size() - createSuffix.size()),
            {}};
        return;
    }
    if (text.startsWith(viewPrefix) && text.endsWith(u':')) {
        m_heading =
            MergeRequestLinkInfo{MergeRequestLinkInfo::Kind::Existing,
                                 text.mid(viewPrefix.size(), text.size() - viewPrefix.size() - 1),
                                 {}};
        return;
    }
    if (!m_heading)
        return;
    // Only a web address counts: anything else means the heading was not GitLab's.
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() &&
        (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
        !url.host().isEmpty() && !text.contains(u' ')) {
        m_heading->url = text;
        m_links.append(*m_heading);
    }
    m_heading.reset();
}

std::optional<MergeRequestLinkInfo> MergeRequestLink::link() const
{
    for (const MergeRequestLinkInfo &found : m_links) {
        if (found.kind == MergeRequestLinkInfo::Kind::Existing)
            return found;
    }
    if (m_links.isEmpty())
        return std::nullopt;
    return m_links.last();
}

std::optional<MergeRequestLinkInfo> MergeRequestLink::find(QByteArrayView text)
{
    MergeRequestLink parser;
    parser.feed(text);
    parser.finish();
    return parser.link();
}

} // namespace Folio::Git
