#include "checks/wordlist.h"

#include "document/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace Folio::Checks {

namespace {

// The word a line holds, or an empty view for blank lines, comments and a .dic count line.
QStringView wordOfLine(QStringView line, bool first)
{
    line = line.trimmed();
    if (line.isEmpty() || line.startsWith(u'#'))
        return {};
    if (first && std::all_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); }))
        return {}; // a Hunspell .dic file's word count
    if (const qsizetype flags = line.indexOf(u'/'); flags > 0)
        line = line.first(flags); // "word/FLAGS" in a .dic file
    return line;
}

// Case-insensitive first, so that "alice" and "Alice" sit together; then exact.
int compareWords(QStringView a, QStringView b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded : a.compare(b, Qt::CaseSensitive);
}

Error fileError(const QString &message)
{
    return Error{ErrorDomain::File, 0, message};
}

} // namespace

Result<QString> WordList::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QString();
    if (QFileInfo(path).isDir())
        return fileError(QCoreApplication::translate("Folio::Checks::WordList",
                                                     "%1 is a folder, not a word list")
                             .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(
            QCoreApplication::translate("Folio::Checks::WordList", "cannot read %1: %2")
                .arg(path, file.errorString()));
    const QByteArray bytes = file.read(MaximumSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fileError(
            QCoreApplication::translate("Folio::Checks::WordList", "cannot read %1: %2")
                .arg(path, file.errorString()));
    if (bytes.size() > MaximumSize) {
        return fileError(
            QCoreApplication::translate("Folio::Checks::WordList",
                                        "%1 is larger than %2 MB, too large for a word list")
                .arg(path)
                .arg(MaximumSize / (1024 * 1024)));
    }
    // The BOM stays in the text, so that add() writes it back.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Error{ErrorDomain::Encoding, 0,
                     QCoreApplication::translate("Folio::Checks::WordList",
                                                 "%1 is not UTF-8 text; save it as UTF-8")
                         .arg(path)};
    }
    return text;
}

void WordList::parse(QStringView text)
{
    m_words.clear();
    m_set.clear();
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);
    bool first = true;
    for (const QStringView line : text.tokenize(u'\n')) {
        const QStringView word = wordOfLine(line, first);
        first = false;
        if (word.isEmpty())
            continue;
        QString copy = word.toString();
        if (!m_set.contains(copy)) {
            m_set.insert(copy);
            m_words.append(std::move(copy));
        }
    }
}

Result<WordList> WordList::load(const QString &path)
{
    auto text = read(path);
    if (!text)
        return text.error();
    WordList list;
    list.m_path = path;
    list.parse(*text);
    return list;
}

bool WordList::contains(const QString &word) const
{
    return m_set.contains(word);
}

QString WordList::invalidWordReason(QStringView word)
{
    if (word.trimmed().isEmpty())
        return QCoreApplication::translate("Folio::Checks::WordList", "the word is empty");
    for (const QChar c : word) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return QCoreApplication::translate("Folio::Checks::WordList",
                                               "\"%1\" holds white space: add one word at a time")
                .arg(word.toString().simplified());
    }
    if (word.startsWith(u'#'))
        return QCoreApplication::translate("Folio::Checks::WordList",
                                           "\"%1\" starts with '#', which marks a comment")
            .arg(word.toString());
    if (word.contains(u'/'))
        return QCoreApplication::translate("Folio::Checks::WordList",
                                           "\"%1\" holds a '/', which marks Hunspell flags")
            .arg(word.toString());
    return {};
}

Result<void> WordList::add(const QString &word)
{
    if (const QString reason = invalidWordReason(word); !reason.isEmpty())
        return Error{ErrorDomain::Spelling, 0, reason};
    if (m_path.isEmpty())
        return fileError(QCoreApplication::translate("Folio::Checks::WordList",
                                                     "no word list file to add \"%1\" to")
                             .arg(word));
    auto current = read(m_path);
    if (!current)
        return current.error();
    QString text = *current;
    parse(text);
    if (m_set.contains(word))
        return {};

    const QString eol =
        text.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    qsizetype insertAt = -1;
    qsizetype lineStart = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    bool first = true;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView existing =
            wordOfLine(QStringView(text).sliced(lineStart, lineEnd - lineStart), first);
        first = false;
        if (!existing.isEmpty() && compareWords(existing, word) > 0) {
            insertAt = lineStart;
            break;
        }
        lineStart = lineEnd + 1;
    }
    if (insertAt >= 0)
        text.insert(insertAt, word + eol);
    else if (text.isEmpty() || text.endsWith(u'\n'))
        text += word + eol;
    else
        text += eol + word; // the file had no final line break: it still has none

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fileError(
            QCoreApplication::translate("Folio::Checks::WordList", "cannot create the folder %1")
                .arg(info.absolutePath()));
    if (auto written = Document::AtomicFile::write(m_path, text.toUtf8()); !written)
        return written.error();
    parse(text);
    return {};
}

} // namespace Folio::Checks
