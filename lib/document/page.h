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
    // Like load(), for showing a page in the editor: a file that is not valid UTF-8, or that
    // Folio may not write (no write permission on it or on its folder), opens read-only with
    // the reason in readOnlyReason() instead of failing. Invalid bytes show as U+FFFD. Binary,
    // missing and too large files still fail.
    [[nodiscard]] static Result<Page> loadForEditing(const QString &path);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] bool hasBom() const { return m_bom; }
    [[nodiscard]] LineEnding lineEnding() const { return m_lineEnding; }
    // Why the page must not be written; empty when it may. save() refuses such a page, so a
    // lossy decoding never replaces the original bytes.
    [[nodiscard]] const QString &readOnlyReason() const { return m_readOnlyReason; }
    [[nodiscard]] bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // The bytes last read or written: what the file holds as far as Folio knows.
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }

    // The bytes to write for text: the original bytes when the text is unchanged (so an
    // unedited page round-trips byte for byte), otherwise text with the page's BOM and
    // line-ending style. In a page that mixes styles (or has lone CRs), lines before and after
    // the edited ones keep their own line endings; only the edited lines take the majority's.
    [[nodiscard]] QByteArray encode(const QString &text) const;

    // Writes text to path atomically; on success this page now describes what is on disk.
    [[nodiscard]] Result<void> save(const QString &path, const QString &text);

private:
    [[nodiscard]] QByteArray encodeMixed(const QString &text) const;
    [[nodiscard]] QByteArray lineBreak() const;

    QString m_text;
    QString m_readOnlyReason;
    bool m_mixedLineEndings = false; // more than one style, or lone CRs
    QByteArray m_bytes;
    bool m_bom = false;
    LineEnding m_lineEnding = LineEnding::Lf;
};

} // namespace Folio::Document
