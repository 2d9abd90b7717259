#include "document/page.h"

#include "document/atomicfile.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>

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

    // The style is the majority one; a page that mixes styles keeps its bytes until edited.
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

QByteArray Page::encode(const QString &text) const
{
    if (text == m_text && !m_bytes.isEmpty())
        return m_bytes;
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
    const QByteArray bytes = encode(text);
    if (auto written = AtomicFile::write(path, bytes); !written)
        return written.error();
    m_bytes = bytes;
    m_text = text;
    return {};
}

} // namespace Folio::Document
