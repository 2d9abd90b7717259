#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Folio::Document {

enum class LineEnding
{
    Lf,
    CrLf,
};

// A page's text together with what is needed to write it back exactly as it was read:
// the UTF-8 BOM and the line-ending style. The editor sees '\n' only (QTextDocument drops '\r').
class Page
{
public:
    // Pages larger than this are refused: the editor and the preview would be unusable.
    static constexpr qint64 MaximumSize = 32 * 1024 * 1024;

    Page() = default;

    // Decodes bytes read from disk. Fails for binary content and for invalid UTF-8, with the
    // line and column of the first offending byte.
    [[nodiscard]] static Result<Page> fromBytes(const QByteArray &bytes);
    // Offset of the first byte that breaks UTF-8 (overlongs, surrogates and values past
    // U+10FFFF included), or -1 when the whole buffer is valid.
    [[nodiscard]] static qsizetype firstInvalidUtf8(const QByteArray &bytes);
    // Reads and decodes the file at path.
    [[nodiscard]] static Result<Page> load(const QString &path);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] bool hasBom() const { return m_bom; }
    [[nodiscard]] LineEnding lineEnding() const { return m_lineEnding; }
    // The bytes this page was read from or last saved as: what is on disk, as far as it knows.
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }

    // The bytes to write for text: the original bytes when the text is unchanged (so an
    // unedited page round-trips byte for byte), otherwise text with the page's BOM and
    // line-ending style.
    [[nodiscard]] QByteArray encode(const QString &text) const;

    // Writes text to path atomically; on success this page now describes what is on disk.
    [[nodiscard]] Result<void> save(const QString &path, const QString &text);

private:
    QString m_text;
    QByteArray m_bytes;
    bool m_bom = false;
    LineEnding m_lineEnding = LineEnding::Lf;
};

} // namespace Folio::Document
