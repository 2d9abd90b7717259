#include "document/frontmattersourcemap.h"

#include "document/yamlscalar.h"

#include <vector>

namespace Folio::Document {

namespace {

struct Line
{
    qsizetype start;
    qsizetype end; // '\n' excluded
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

class Scanner
{
public:
    Scanner(QStringView text, const FrontMatterBlock &block)
        : m_text(text)
    {
        qsizetype pos = block.contentStart;
        while (pos < block.contentEnd) {
            qsizetype end = text.indexOf(u'\n', pos);
            if (end < 0 || end > block.contentEnd)
                end = block.contentEnd;
            m_lines.push_back(Line{pos, end});
            pos = end + 1;
        }
        m_firstLine = 2; // line 1 is the opening ---
    }

    Result<QList<FrontMatterEntrySource>> scan()
    {
        QList<FrontMatterEntrySource> entries;
        size_t i = 0;
        while (i < m_lines.size()) {
            const Line line = m_lines[i];
            if (auto tab = tabInIndentation(i); tab >= 0)
                return error(i, tab,
                             QStringLiteral("a tab is used for indentation; YAML "
                                            "allows only spaces there"));
            if (isBlankLine(line) || isCommentLine(line)) {
                ++i;
                continue;
            }
            if (indentOf(line) > 0)
                return error(i, indentOf(line), QStringLiteral("unexpected indentation"));
            auto entry = scanEntry(i);
            if (!entry)
                return entry.error();
            entries.append(std::move(entry).value());
        }
        return entries;
    }

private:
    Error error(size_t lineIndex, qsizetype column, const QString &what) const
    {
        return Error{ErrorDomain::Yaml, 0,
                     QStringLiteral("Folio cannot edit this front matter: %1").arg(what),
                     m_firstLine + int(lineIndex), int(column) + 1};
    }

    Error errorAt(qsizetype pos, const QString &what) const
    {
        const size_t index = lineIndexOf(pos);
        return error(index, pos - m_lines[index].start, what);
    }

    size_t lineIndexOf(qsizetype pos) const
    {
        size_t lo = 0, hi = m_lines.size();
        while (hi - lo > 1) {
            const size_t mid = (lo + hi) / 2;
            if (m_lines[mid].start <= pos)
                lo = mid;
            else
                hi = mid;
        }
        return lo;
    }

    qsizetype tabInIndentation(size_t index) const
    {
        const Line line = m_lines[index];
        for (qsizetype p = line.start; p < line.end; ++p) {
            if (m_text[p] == u'\t')
                return isBlankLine(line) ? -1 : p - line.start;
            if (m_text[p] != u' ')
                return -1;
        }
        return -1;
    }

    bool isBlankLine(Line line) const
    {
        for (qsizetype p = line.start; p < line.end; ++p) {
            if (!isBlank(m_text[p]))
                return false;
        }
        return true;
    }

    bool isCommentLine(Line line) const
    {
        const qsizetype p = skipBlanks(line.start, line.end);
        return p < line.end && m_text[p] == u'#';
    }

    int indentOf(Line line) const
    {
        int indent = 0;
        while (line.start + indent < line.end && m_text[line.start + indent] == u' ')
            ++indent;
        return indent;
    }

    qsizetype skipBlanks(qsizetype p, qsizetype end) const
    {
        while (p < end && isBlank(m_text[p]))
            ++p;
        return p;
    }

    bool startsSequenceItem(Line line, int indent) const
    {
        const qsizetype p = line.start + indent;
        return p < line.end && m_text[p] == u'-' && (p + 1 == line.end || isBlank(m_text[p + 1]));
    }

    // After a value's last character on a line: only blanks and a comment may follow.
    // Returns false when something else does.
    bool trailingComment(qsizetype p, qsizetype lineEnd, FrontMatterEntrySource *entry) const
    {
        const qsizetype q = skipBlanks(p, lineEnd);
        if (q == lineEnd)
            return true;
        if (m_text[q] != u'#' || q == p)
            return false;
        entry->commentStart = p;
        entry->commentEnd = lineEnd;
        return true;
    }

    // The end of a quoted scalar starting at p (one past its closing quote), or -1.
    qsizetype quotedEnd(qsizetype p, qsizetype limit) const
    {
        const QChar quote = m_text[p];
        for (qsizetype q = p + 1; q < limit; ++q) {
            if (quote == u'"' && m_text[q] == u'\\') {
                ++q;
            } else if (m_text[q] == quote) {
                if (quote == u'\'' && q + 1 < limit && m_text[q + 1] == u'\'')
                    ++q;
                else
                    return q + 1;
            }
        }
        return -1;
    }

    // A plain scalar's end on one line: before " #" or the end, trailing blanks dropped.
    qsizetype plainEnd(qsizetype p, qsizetype lineEnd) const
    {
        qsizetype end = p;
        for (qsizetype q = p; q < lineEnd; ++q) {
            if (m_text[q] == u'#' && q > p && isBlank(m_text[q - 1]))
                break;
            if (!isBlank(m_text[q]))
                end = q + 1;
        }
        return end;
    }

    // The end of a flow collection starting at p (one past its closing bracket), or -1;
    // items are collected when it is a sequence of scalars.
    qsizetype flowEnd(qsizetype p, FrontMatterEntrySource *entry) const
    {
        const qsizetype limit = m_lines.back().end;
        int depth = 0;
        bool tokenStart = true;
        bool scalars = m_text[p] == u'[';
        QList<SequenceItemSource> items;
        qsizetype itemStart = -1;
        qsizetype itemEnd = -1;
        ValueStyle itemStyle = ValueStyle::Plain;
        const auto finishItem = [&] {
            if (itemStart >= 0)
                items.append(SequenceItemSource{itemStart, itemEnd, itemStyle, 0, 0});
            itemStart = -1;
        };
        for (qsizetype q = p; q < limit; ++q) {
            const QChar c = m_text[q];
            if ((c == u'"' || c == u'\'') && tokenStart) {
                const qsizetype end = quotedEnd(q, limit);
                if (end < 0)
                    return -1;
                if (depth == 1 && itemStart < 0) {
                    itemStart = q;
                    itemStyle = c == u'"' ? ValueStyle::DoubleQuoted : ValueStyle::SingleQuoted;
                } else if (depth == 1) {
                    scalars = false;
                }
                itemEnd = end;
                q = end - 1;
                tokenStart = false;
                continue;
            }
            if (c == u'#' && q > p && (isBlank(m_text[q - 1]) || m_text[q - 1] == u'\n')) {
                while (q < limit && m_text[q] != u'\n')
                    ++q;
                tokenStart = true;
                continue;
            }
            if (c == u'[' || c == u'{') {
                if (depth >= 1)
                    scalars = false;
                ++depth;
                tokenStart = true;
                continue;
            }
            if (c == u']' || c == u'}') {
                --depth;
                if (depth == 0) {
                    finishItem();
                    if (scalars) {
                        entry->scalarItems = true;
                        entry->items = items;
                    }
                    return q + 1;
                }
                continue;
            }
            if (c == u',') {
                if (depth == 1)
                    finishItem();
                tokenStart = true;
                continue;
            }
            if (isBlank(c) || c == u'\n') {
                tokenStart = tokenStart || c == u'\n';
                continue;
            }
            if (c == u':' && (q + 1 < limit && (isBlank(m_text[q + 1]) || m_text[q + 1] == u'\n')))
                scalars = false; // a key: value pair inside the list
            if (depth == 1 && itemStart < 0) {
                itemStart = q;
                itemStyle = ValueStyle::Plain;
            } else if (depth == 1 && itemStyle != ValueStyle::Plain) {
                scalars = false;
            }
            if (depth == 1)
                itemEnd = q + 1;
            tokenStart = false;
        }
        return -1;
    }

    // The last line (index) of the lines after `after` that belong to a value indented by at
    // least minimumIndent, or `after` when none does. Blank and comment lines count only when
    // such a line follows them.
    size_t lastIndentedLine(size_t after, int minimumIndent, bool allowIndentlessSequence,
                            bool *indentless) const
    {
        size_t last = after;
        bool sawChild = false;
        for (size_t j = after + 1; j < m_lines.size(); ++j) {
            const Line line = m_lines[j];
            if (isBlankLine(line) || isCommentLine(line))
                continue;
            const int indent = indentOf(line);
            if (indent >= minimumIndent && indent > 0) {
                last = j;
                sawChild = true;
                continue;
            }
            if (allowIndentlessSequence && indent == 0 && startsSequenceItem(line, 0) &&
                (!sawChild || *indentless)) {
                *indentless = true;
                last = j;
                sawChild = true;
                continue;
            }
            break;
        }
        return last;
    }

    Result<FrontMatterEntrySource> scanEntry(size_t &index)
    {
        const Line line = m_lines[index];
        FrontMatterEntrySource entry;
        entry.line = m_firstLine + int(index);
        entry.lineStart = line.start;
        entry.keyStart = line.start;
        qsizetype p = line.start;
        const QChar first = m_text[p];
        if (first == u'"' || first == u'\'') {
            const qsizetype end = quotedEnd(p, line.end);
            if (end < 0)
                return error(index, 0, QStringLiteral("a quoted key spans lines"));
            entry.key = YamlScalar::unquote(m_text.sliced(p, end - p));
            entry.keyEnd = end;
            p = skipBlanks(end, line.end);
            if (p == line.end || m_text[p] != u':')
                return error(index, end - line.start, QStringLiteral("no ':' after the key"));
        } else {
            if (QStringView(u"?&*!-[{|>%@`,#]}").contains(first))
                return error(index, 0,
                             QStringLiteral("the key starts with '%1', which the form does not "
                                            "support")
                                 .arg(first));
            qsizetype colon = -1;
            for (qsizetype q = p; q < line.end; ++q) {
                if (m_text[q] == u'#' && q > p && isBlank(m_text[q - 1]))
                    break;
                if (m_text[q] == u':' && (q + 1 == line.end || isBlank(m_text[q + 1]))) {
                    colon = q;
                    break;
                }
            }
            if (colon < 0)
                return error(index, 0, QStringLiteral("the line is not a 'key: value' entry"));
            qsizetype keyEnd = colon;
            while (keyEnd > p && isBlank(m_text[keyEnd - 1]))
                --keyEnd;
            entry.key = m_text.sliced(p, keyEnd - p).toString();
            entry.keyEnd = keyEnd;
            p = colon;
        }
        entry.colon = p;
        ++p;
        qsizetype v = skipBlanks(p, line.end);

        // Properties (anchor, tag) before the value.
        while (v < line.end && (m_text[v] == u'&' || m_text[v] == u'!')) {
            entry.hasProperties = true;
            while (v < line.end && !isBlank(m_text[v]))
                ++v;
            p = v;
            v = skipBlanks(v, line.end);
        }

        size_t last = index;
        if (v == line.end || m_text[v] == u'#') {
            if (!trailingComment(p, line.end, &entry))
                return error(index, v - line.start, QStringLiteral("unexpected text"));
            bool indentless = false;
            last = lastIndentedLine(index, 1, true, &indentless);
            if (last == index) {
                entry.style = ValueStyle::Empty;
                entry.valueStart = entry.valueEnd = entry.colon + 1;
            } else {
                scanChildren(index + 1, last, indentless, &entry);
            }
        } else if (m_text[v] == u'|' || m_text[v] == u'>') {
            auto scanned = scanBlockScalar(index, v, &entry);
            if (!scanned)
                return scanned.error();
            last = *scanned;
        } else {
            entry.valueStart = v;
            qsizetype end = -1;
            const QChar c = m_text[v];
            if (c == u'"' || c == u'\'') {
                entry.style = c == u'"' ? ValueStyle::DoubleQuoted : ValueStyle::SingleQuoted;
                end = quotedEnd(v, m_lines.back().end);
            } else if (c == u'[' || c == u'{') {
                entry.style = c == u'[' ? ValueStyle::FlowSequence : ValueStyle::FlowMapping;
                end = flowEnd(v, &entry);
            } else if (c == u'*') {
                entry.style = ValueStyle::Alias;
                entry.hasProperties = true;
                end = v;
                while (end < line.end && !isBlank(m_text[end]))
                    ++end;
            } else {
                entry.style = ValueStyle::Plain;
                end = plainEnd(v, line.end);
                const qsizetype rest = skipBlanks(end, line.end);
                if (rest == line.end) {
                    // Continuation lines: more indented, not comments.
                    for (size_t j = index + 1; j < m_lines.size(); ++j) {
                        const Line next = m_lines[j];
                        if (isBlankLine(next))
                            continue;
                        if (indentOf(next) == 0 || isCommentLine(next))
                            break;
                        const qsizetype nextEnd = plainEnd(next.start, next.end);
                        if (skipBlanks(nextEnd, next.end) != next.end)
                            break; // a comment ends the scalar; yaml-cpp has checked the rest
                        end = nextEnd;
                        last = j;
                    }
                }
            }
            if (end < 0) {
                Error unclosed = errorAt(v, QStringLiteral("the value is not closed"));
                unclosed.code = FrontMatterSourceMap::InvalidYaml;
                unclosed.message = c == u'"' || c == u'\''
                                       ? QStringLiteral("the quoted value has no closing %1").arg(c)
                                       : QStringLiteral("the list or mapping is not closed");
                return unclosed;
            }
            entry.valueEnd = end;
            if (entry.style != ValueStyle::Plain)
                last = lineIndexOf(end - 1);
            if (!trailingComment(end, m_lines[last].end, &entry))
                return errorAt(end, QStringLiteral("unexpected text after the value"));
        }
        entry.end = std::min(m_lines[last].end + 1, m_lines.back().end + 1);
        index = last + 1;
        return entry;
    }

    // Block scalar: header at v on the key's line; returns the index of its last line.
    Result<size_t> scanBlockScalar(size_t index, qsizetype v, FrontMatterEntrySource *entry)
    {
        const Line line = m_lines[index];
        entry->style = m_text[v] == u'|' ? ValueStyle::Literal : ValueStyle::Folded;
        entry->valueStart = v;
        qsizetype h = v + 1;
        int explicitIndent = 0;
        bool keep = false;
        while (h < line.end && !isBlank(m_text[h])) {
            const QChar c = m_text[h];
            if (c.isDigit())
                explicitIndent = c.digitValue();
            else if (c == u'+')
                keep = true;
            else if (c != u'-')
                return errorAt(h, QStringLiteral("unexpected block scalar header"));
            ++h;
        }
        if (!trailingComment(h, line.end, entry))
            return errorAt(h, QStringLiteral("unexpected text after '|' or '>'"));
        int indent = explicitIndent;
        if (indent == 0) {
            for (size_t j = index + 1; j < m_lines.size(); ++j) {
                if (!isBlankLine(m_lines[j])) {
                    indent = indentOf(m_lines[j]);
                    break;
                }
            }
        }
        entry->childIndent = indent;
        size_t last = index;
        size_t lastContent = index;
        if (indent > 0) {
            for (size_t j = index + 1; j < m_lines.size(); ++j) {
                const Line next = m_lines[j];
                const bool blank = isBlankLine(next);
                if (!blank && indentOf(next) < indent)
                    break;
                last = j;
                if (!blank)
                    lastContent = j;
            }
        }
        if (!keep)
            last = lastContent;
        entry->valueEnd = last == index ? h : m_lines[last].end;
        return last;
    }

    void scanChildren(size_t first, size_t last, bool indentless, FrontMatterEntrySource *entry)
    {
        size_t firstChild = first;
        while (isBlankLine(m_lines[firstChild]) || isCommentLine(m_lines[firstChild]))
            ++firstChild;
        const Line child = m_lines[firstChild];
        const int indent = indentless ? 0 : indentOf(child);
        entry->valueOnFollowingLines = true;
        entry->childIndent = indent;
        entry->valueStart = m_lines[first].start;
        entry->valueEnd = m_lines[last].end;
        if (startsSequenceItem(child, indent)) {
            entry->style = ValueStyle::BlockSequence;
            scanSequenceItems(firstChild, last, indent, entry);
            return;
        }
        // A mapping, or (rarely) a scalar written on the next line; both are edited whole.
        const qsizetype p = child.start + indent;
        const QChar c = m_text[p];
        entry->style = c == u'"'                ? ValueStyle::DoubleQuoted
                       : c == u'\''             ? ValueStyle::SingleQuoted
                       : c == u'['              ? ValueStyle::FlowSequence
                       : c == u'{'              ? ValueStyle::FlowMapping
                       : c == u'|'              ? ValueStyle::Literal
                       : c == u'>'              ? ValueStyle::Folded
                       : c == u'&' || c == u'!' ? ValueStyle::BlockMapping
                                                : ValueStyle::Plain;
        if (entry->style == ValueStyle::Plain) {
            for (qsizetype q = p; q < child.end; ++q) {
                if (m_text[q] == u':' && (q + 1 == child.end || isBlank(m_text[q + 1]))) {
                    entry->style = ValueStyle::BlockMapping;
                    break;
                }
            }
        }
        if (c == u'&' || c == u'!' || c == u'*')
            entry->hasProperties = true;
    }

    void scanSequenceItems(size_t first, size_t last, int indent, FrontMatterEntrySource *entry)
    {
        QList<SequenceItemSource> items;
        for (size_t j = first; j <= last; ++j) {
            const Line line = m_lines[j];
            if (isBlankLine(line) || isCommentLine(line))
                continue;
            if (indentOf(line) != indent || !startsSequenceItem(line, indent))
                return; // an item spans lines or holds a collection
            const qsizetype p = skipBlanks(line.start + indent + 1, line.end);
            if (p == line.end)
                return;
            SequenceItemSource item{p, -1, ValueStyle::Plain, line.start, line.end};
            const QChar c = m_text[p];
            if (c == u'"' || c == u'\'') {
                item.style = c == u'"' ? ValueStyle::DoubleQuoted : ValueStyle::SingleQuoted;
                item.end = quotedEnd(p, line.end);
                if (item.end < 0)
                    return;
            } else if (QStringView(u"[{-|>&*!?#").contains(c)) {
                if (c == u'&' || c == u'*' || c == u'!')
                    entry->hasProperties = true;
                return;
            } else {
                item.end = plainEnd(p, line.end);
                const QStringView text = m_text.sliced(p, item.end - p);
                if (text.contains(u": ") || text.endsWith(u':'))
                    return;
            }
            const qsizetype rest = skipBlanks(item.end, line.end);
            if (rest != line.end && m_text[rest] != u'#')
                return;
            items.append(item);
        }
        entry->scalarItems = true;
        entry->items = items;
    }

    QStringView m_text;
    std::vector<Line> m_lines;
    int m_firstLine = 2;
};

} // namespace

Result<FrontMatterSourceMap> FrontMatterSourceMap::scan(QStringView pageText,
                                                        const FrontMatterBlock &block)
{
    FrontMatterSourceMap map;
    if (block.kind != FrontMatterBlock::Kind::Yaml)
        return map;
    auto entries = Scanner(pageText, block).scan();
    if (!entries)
        return entries.error();
    map.m_entries = std::move(entries).value();
    return map;
}

const FrontMatterEntrySource *FrontMatterSourceMap::entry(const QString &key) const
{
    for (const FrontMatterEntrySource &entry : m_entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

} // namespace Folio::Document
