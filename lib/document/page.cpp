#include "document/page.h"

#include "document/atomicfile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Folio::Document {

namespace {

constexpr char Utf8Bom[] = "\xEF\xBB\xBF";

Error encodingError(const QByteArray &bytes, qsizetype offset, const QString &what)
{
    const QByteArray before = bytes.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return Error{ErrorDomain::Encoding, 0, what, line, column};
}

} // namespace

qsizetype Page::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Pages are mostly ASCII: skip eight such bytes at a time.
        if (i + 8 <= n) {
            quint64 eight;
            std::memcpy(&eight, s + i, sizeof eight);
            if ((eight & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

Result<Page> Page::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() > MaximumSize) {
        return Error{ErrorDomain::File, 0,
                     QStringLiteral("the file is %1 MB, larger than the %2 MB Folio can edit")
                         .arg(bytes.size() / (1024 * 1024))
                         .arg(MaximumSize / (1024 * 1024))};
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return encodingError(bytes, nul, QStringLiteral("the file is binary, not a text page"));
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        return encodingError(bytes, bad,
                             QStringLiteral("the file is not valid UTF-8 text (byte 0x%1)")
                                 .arg(QString::number(uchar(bytes.at(bad)), 16)
                                          .toUpper()
                                          .rightJustified(2, QLatin1Char('0'))));
    }

    Page page;
    page.m_bytes = bytes;
    page.m_bom = bytes.startsWith(Utf8Bom);
    const QByteArrayView body = QByteArrayView(bytes).sliced(page.m_bom ? 3 : 0);

    // The style is the majority one; a page that mixes styles keeps its bytes until edited,
    // and then the lines around the edit keep theirs (encodeMixed).
    qsizetype crlf = 0, lf = 0, cr = 0;
    for (qsizetype i = 0, n = body.size(); i < n; ++i) {
        if (body[i] == '\n') {
            ++lf;
        } else if (body[i] == '\r') {
            ++cr;
            if (i + 1 < n && body[i + 1] == '\n') {
                ++crlf;
                ++i;
            }
        }
    }
    page.m_lineEnding = crlf > lf ? LineEnding::CrLf : LineEnding::Lf;
    page.m_mixedLineEndings = (crlf > 0 && lf > 0) || cr > crlf; // lf: bare LFs only

    QString text = QString::fromUtf8(body);
    if (cr > 0) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    page.m_text = std::move(text);
    return page;
}

Result<Page> Page::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorDomain::File, ENOENT, QStringLiteral("%1: no such file").arg(path)};
    if (info.isDir())
        return Error{ErrorDomain::File, EISDIR,
                     QStringLiteral("%1 is a folder, not a page").arg(path)};
    if (info.size() > MaximumSize) {
        return Error{ErrorDomain::File, EFBIG,
                     QStringLiteral("%1 is %2 MB, larger than the %3 MB Folio can edit")
                         .arg(path)
                         .arg(info.size() / (1024 * 1024))
                         .arg(MaximumSize / (1024 * 1024))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorDomain::File, 0, QStringLiteral("%1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorDomain::File, 0, QStringLiteral("%1: %2").arg(path, file.errorString())};
    return fromBytes(bytes);
}

Result<Page> Page::loadForEditing(const QString &path)
{
    auto page = load(path);
    if (!page) {
        const Error &error = page.error();
        if (error.domain != ErrorDomain::Encoding ||
            error.message.contains(QLatin1String("binary")))
            return page;
        // Show the text so it can be read and copied; never write it back.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorDomain::File, 0,
                         QStringLiteral("%1: %2").arg(path, file.errorString())};
        const QByteArray bytes = file.readAll();
        Page lossy;
        lossy.m_bytes = bytes;
        lossy.m_bom = bytes.startsWith(Utf8Bom);
        QString text = QString::fromUtf8(QByteArrayView(bytes).sliced(lossy.m_bom ? 3 : 0));
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        lossy.m_text = std::move(text);
        lossy.m_readOnlyReason = error.toString();
        return lossy;
    }
    const QFileInfo info(path);
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    struct stat status = {};
    if (::stat(native.constData(), &status) == 0 && (status.st_mode & S_IWUSR) == 0) {
        // Checked on the mode bits too: root may write anything, but a page someone made
        // read-only is not one to replace.
        page->m_readOnlyReason = QStringLiteral("the file is read-only");
    } else if (::access(native.constData(), W_OK) != 0) {
        page->m_readOnlyReason = QStringLiteral("you may not write this file (%1)")
                                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
    } else if (::access(folder.constData(), W_OK) != 0) {
        // A save writes a temporary file next to the page and renames it over the page.
        page->m_readOnlyReason = QStringLiteral("you may not write in its folder (%1)")
                                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    return page;
}

QByteArray Page::lineBreak() const
{
    return m_lineEnding == LineEnding::CrLf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

QByteArray Page::encodeMixed(const QString &text) const
{
    // The line breaks as they are on disk, in order; m_text has one '\n' for each.
    const QByteArrayView body = QByteArrayView(m_bytes).sliced(m_bom ? 3 : 0);
    QList<QByteArrayView> breaks;
    for (qsizetype i = 0, n = body.size(); i < n; ++i) {
        if (body[i] == '\n') {
            breaks.append(body.sliced(i, 1));
        } else if (body[i] == '\r') {
            const bool pair = i + 1 < n && body[i + 1] == '\n';
            breaks.append(body.sliced(i, pair ? 2 : 1));
            i += pair ? 1 : 0;
        }
    }
    const QList<QStringView> before = QStringView(m_text).split(u'\n');
    const QList<QStringView> after = QStringView(text).split(u'\n');
    const qsizetype n = before.size() - 1; // line breaks before and after the edit
    const qsizetype m = after.size() - 1;
    if (breaks.size() != n)
        return {}; // cannot happen for bytes fromBytes() decoded; the caller falls back
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0; // lines matching from the end, the last (unterminated) one included
    while (suffix <= n - prefix && suffix <= m - prefix && before[n - suffix] == after[m - suffix])
        ++suffix;

    QByteArray out;
    out.reserve(text.size() + m + 3);
    if (m_bom)
        out.append(Utf8Bom);
    for (qsizetype j = 0; j <= m; ++j) {
        out.append(after[j].toUtf8());
        if (j == m)
            break;
        if (j < prefix)
            out.append(breaks[j]);
        else if (j > m - suffix)
            out.append(breaks[j + n - m]);
        else
            out.append(lineBreak());
    }
    return out;
}

QByteArray Page::encode(const QString &text) const
{
    if (text == m_text && !m_bytes.isEmpty())
        return m_bytes;
    if (m_mixedLineEndings) {
        if (QByteArray mixed = encodeMixed(text); !mixed.isEmpty() || text.isEmpty())
            return mixed;
    }
    QByteArray out;
    if (m_bom)
        out.append(Utf8Bom);
    if (m_lineEnding == LineEnding::CrLf) {
        QString withCrLf = text;
        withCrLf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        out.append(withCrLf.toUtf8());
    } else {
        out.append(text.toUtf8());
    }
    return out;
}

Result<void> Page::save(const QString &path, const QString &text)
{
    if (isReadOnly())
        return Error{ErrorDomain::File, EROFS,
                     QStringLiteral("%1 was opened read-only: %2").arg(path, m_readOnlyReason)};
    const QByteArray bytes = encode(text);
    if (auto written = AtomicFile::write(path, bytes); !written)
        return written.error();
    m_bytes = bytes;
    m_text = text;
    return {};
}

} // namespace Folio::Document
