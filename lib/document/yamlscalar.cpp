#include "document/yamlscalar.h"

#include <QDate>
#include <QRegularExpression>

namespace Folio::Document::YamlScalar {

namespace {

bool matches(const QRegularExpression &pattern, QStringView text)
{
    return pattern.match(text).hasMatch();
}

// Printable in the YAML sense, minus the characters that YAML 1.1 reads as line breaks and a
// byte order mark, which no front matter should hide inside a value.
bool isSafeCharacter(char32_t c)
{
    if (c == U'\t')
        return true;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return false;
    if (c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF)
        return false;
    return !(c >= 0xD800 && c <= 0xDFFF);
}

bool allSafe(QStringView text, bool allowNewline)
{
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n' && allowNewline)
            continue;
        if (!isSafeCharacter(c))
            return false;
    }
    return true;
}

bool allSafeFast(QStringView text, bool allowNewline)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F)
            continue;
        return allSafe(text, allowNewline);
    }
    return true;
}

} // namespace

Resolved resolvePlain(QStringView text)
{
    static const QRegularExpression null(QStringLiteral("^(~|null|Null|NULL)?$"));
    static const QRegularExpression boolean(QStringLiteral("^(true|True|TRUE|false|False|FALSE)$"));
    static const QRegularExpression number(
        QStringLiteral("^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|"
                       "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|"
                       "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (matches(null, text))
        return Resolved::Null;
    if (matches(boolean, text))
        return Resolved::Boolean;
    if (matches(number, text))
        return Resolved::Number;
    if (matches(date, text) && QDate::fromString(text.toString(), Qt::ISODate).isValid())
        return Resolved::Date;
    return Resolved::String;
}

double numberValue(QStringView text)
{
    const QString lower = text.toString().toLower();
    if (lower.endsWith(u".inf"))
        return lower.startsWith(u'-') ? -qInf() : qInf();
    if (lower == u".nan")
        return qQNaN();
    if (lower.startsWith(u"0x"))
        return double(lower.sliced(2).toLongLong(nullptr, 16));
    if (lower.startsWith(u"0o"))
        return double(lower.sliced(2).toLongLong(nullptr, 8));
    return lower.toDouble();
}

bool isPlainSafe(QStringView text, Context context)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    if (resolvePlain(text) != Resolved::String)
        return false;
    // Indicators that start something else than a plain scalar, and '~' for good measure.
    if (QStringView(u"-?:,[]{}#&*!|>'\"%@`~=<").contains(text.front()))
        return false;
    // YAML 1.1 booleans, and anything a 1.1 reader (Psych reads "1,000" as 1000) could take
    // for a number or a time.
    static const QRegularExpression yaml11(
        QStringLiteral("^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$|"
                       "^[-+]?\\.?[0-9][0-9a-zA-Z_,.:+-]*$|^[-+]?\\.(inf|nan)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (matches(yaml11, text))
        return false;
    if (text.contains(u": ") || text.endsWith(u':') || text.contains(u" #") || text.contains(u'\t'))
        return false;
    if (context == Context::Flow) {
        for (const QChar c : text) {
            if (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}')
                return false;
        }
    }
    return allSafeFast(text, false);
}

bool canBeSingleQuoted(QStringView text)
{
    return allSafeFast(text, false);
}

bool canBeBlockScalar(QStringView text)
{
    bool anyContent = false;
    for (const QChar c : text) {
        if (c != u'\n' && c != u' ') {
            anyContent = true;
            break;
        }
    }
    return anyContent && allSafeFast(text, true);
}

QString singleQuoted(QStringView text)
{
    QString out = text.toString();
    out.replace(u'\'', QStringLiteral("''"));
    return u'\'' + out + u'\'';
}

QString doubleQuoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case U'"':
            out += QStringLiteral("\\\"");
            continue;
        case U'\\':
            out += QStringLiteral("\\\\");
            continue;
        case U'\n':
            out += QStringLiteral("\\n");
            continue;
        case U'\t':
            out += QStringLiteral("\\t");
            continue;
        case U'\r':
            out += QStringLiteral("\\r");
            continue;
        case 0:
            out += QStringLiteral("\\0");
            continue;
        default:
            break;
        }
        if (!isSafeCharacter(c)) {
            if (c <= 0xFF)
                out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            continue;
        }
        out += QString::fromUcs4(&c, 1);
    }
    out += u'"';
    return out;
}

QString literalBlock(QStringView text, int indent)
{
    qsizetype trailing = 0;
    while (trailing < text.size() && text[text.size() - 1 - trailing] == u'\n')
        ++trailing;
    const QStringView content = text.first(text.size() - trailing);
    const QString margin(indent, u' ');
    QString out = QStringLiteral("|");
    if (content.startsWith(u' '))
        out += QString::number(indent);
    out += trailing == 0 ? QStringLiteral("-") : trailing == 1 ? QString() : QStringLiteral("+");
    for (const QStringView line : content.tokenize(u'\n')) {
        out += u'\n';
        if (!line.isEmpty())
            out += margin + line;
    }
    for (qsizetype i = 1; i < trailing; ++i)
        out += u'\n';
    return out;
}

bool isFoldable(QStringView text)
{
    return !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace() &&
           !text.contains(u'\n') && allSafeFast(text, false);
}

QString foldedBlock(QStringView text, int indent, int width)
{
    const QString margin(indent, u' ');
    const qsizetype room = std::max<qsizetype>(20, width - indent);
    QString out = QStringLiteral(">-");
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype breakAt = -1;
        if (text.size() - lineStart > room) {
            // The last single space within room whose neighbours are not blanks: folding turns
            // exactly that line break back into one space.
            for (qsizetype i = lineStart + 1; i < text.size() - 1; ++i) {
                const bool single =
                    text[i] == u' ' && !text[i - 1].isSpace() && !text[i + 1].isSpace();
                if (!single)
                    continue;
                if (i - lineStart > room && breakAt >= 0)
                    break;
                breakAt = i;
                if (i - lineStart > room)
                    break;
            }
        }
        const qsizetype lineEnd = breakAt >= 0 ? breakAt : text.size();
        out += u'\n' + margin + text.sliced(lineStart, lineEnd - lineStart);
        lineStart = breakAt >= 0 ? breakAt + 1 : text.size();
    }
    return out;
}

QString unquote(QStringView source)
{
    if (source.size() >= 2 && source.front() == u'\'' && source.back() == u'\'') {
        QString out = source.sliced(1, source.size() - 2).toString();
        out.replace(QStringLiteral("''"), QStringLiteral("'"));
        return out;
    }
    if (source.size() >= 2 && source.front() == u'"' && source.back() == u'"') {
        QString out;
        const QStringView inner = source.sliced(1, source.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner[i] == u'\\' && i + 1 < inner.size()) {
                const QChar next = inner[++i];
                out += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
            } else {
                out += inner[i];
            }
        }
        return out;
    }
    return source.toString();
}

} // namespace Folio::Document::YamlScalar
