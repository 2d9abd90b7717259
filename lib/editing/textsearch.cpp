#include "editing/textsearch.h"

namespace Folio::Editing {

Result<TextSearch> TextSearch::create(const QString &query, SearchOptions options)
{
    QString pattern = options.regularExpression ? query : QRegularExpression::escape(query);
    if (options.wholeWord)
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    QRegularExpression::PatternOptions patternOptions =
        QRegularExpression::UseUnicodePropertiesOption;
    if (!options.matchCase)
        patternOptions |= QRegularExpression::CaseInsensitiveOption;
    TextSearch search;
    search.m_expression = QRegularExpression(pattern, patternOptions);
    search.m_regularExpression = options.regularExpression;
    if (query.isEmpty())
        return Error{ErrorDomain::Search, 0, QStringLiteral("empty search")};
    if (!search.m_expression.isValid()) {
        // The offset is in the pattern as compiled: take the whole-word wrapper off.
        const qsizetype offset = search.m_expression.patternErrorOffset() -
                                 (options.wholeWord ? qsizetype(5) : qsizetype(0));
        return Error{ErrorDomain::Search, 1, search.m_expression.errorString(), 0,
                     int(std::clamp<qsizetype>(offset, 0, query.size())) + 1};
    }
    return search;
}

QList<TextMatch> TextSearch::findAll(const QString &text) const
{
    QList<TextMatch> matches;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // "x*" also matches nothing everywhere: nothing to show or replace there.
        if (match.capturedLength(0) > 0)
            matches.append({match.capturedStart(0), match.capturedLength(0)});
    }
    return matches;
}

QString TextSearch::replacementFor(const QString &text, TextMatch match,
                                   const QString &replacement) const
{
    if (!m_regularExpression)
        return replacement;
    const QRegularExpressionMatch groups =
        m_expression.match(text, match.start, QRegularExpression::NormalMatch,
                           QRegularExpression::AnchorAtOffsetMatchOption);
    QString result;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        const bool escape = c == u'\\' || c == u'$';
        if (escape && i + 1 < replacement.size() && replacement[i + 1].isDigit()) {
            result += groups.captured(replacement[i + 1].digitValue());
            ++i;
        } else if (escape && i + 1 < replacement.size() && replacement[i + 1] == c) {
            result += c;
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

Document::TextEdit TextSearch::replaceAll(const QString &text, const QString &replacement,
                                          qsizetype *count) const
{
    const QList<TextMatch> matches = findAll(text);
    if (count)
        *count = matches.size();
    if (matches.isEmpty())
        return {};
    const qsizetype from = matches.first().start;
    QString region;
    qsizetype copied = from;
    for (const TextMatch &match : matches) {
        region += QStringView(text).sliced(copied, match.start - copied);
        region += replacementFor(text, match, replacement);
        copied = match.end();
    }
    Document::TextEdit edit =
        Document::TextEdit::between(QStringView(text).sliced(from, copied - from), region);
    edit.start += from;
    return edit;
}

} // namespace Folio::Editing
