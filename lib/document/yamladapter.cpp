#include "document/yamladapter_p.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <QList>

#include <algorithm>
#include <limits>
#include <optional>
#include <sstream>
#include <unordered_map>

namespace Folio::Document::YamlAdapter {

namespace {

QVariant toVariant(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Scalar:
        return node.scalar;
    case Node::Kind::Sequence: {
        QVariantList list;
        for (const Node &item : node.values)
            list.append(toVariant(item));
        return list;
    }
    case Node::Kind::Mapping: {
        QVariantMap map;
        for (size_t i = 0; i < node.keys.size(); ++i) {
            const Node &key = node.keys[i];
            map.insert(key.kind == Node::Kind::Scalar ? key.scalar : QString(),
                       toVariant(node.values[i]));
        }
        return map;
    }
    case Node::Kind::Null:
        break;
    }
    return {};
}

// yaml-cpp marks are 0-based, count bytes of UTF-8 and are -1 when unknown; Folio reports
// 1-based lines and columns in characters.
class Positions
{
public:
    explicit Positions(const std::string &utf8)
        : m_text(utf8)
    {
        m_lineStarts.push_back(0);
        for (size_t i = 0; i < utf8.size(); ++i) {
            if (utf8[i] == '\n')
                m_lineStarts.push_back(i + 1);
        }
    }

    int line(const YAML::Mark &mark) const { return mark.line < 0 ? 0 : mark.line + 1; }
    int column(const YAML::Mark &mark) const
    {
        if (mark.line < 0 || mark.column < 0 || size_t(mark.line) >= m_lineStarts.size())
            return mark.column < 0 ? 0 : mark.column + 1;
        const size_t start = m_lineStarts[size_t(mark.line)];
        const size_t length = std::min(size_t(mark.column), m_text.size() - start);
        return int(QString::fromUtf8(m_text.data() + start, qsizetype(length)).size()) + 1;
    }

private:
    const std::string &m_text;
    std::vector<size_t> m_lineStarts;
};

// Builds Nodes from yaml-cpp's parse events, which (unlike YAML::Load) tell anchors and
// aliases apart and give each node's tag and style.
class NodeBuilder final : public YAML::EventHandler
{
public:
    explicit NodeBuilder(const Positions &positions)
        : m_positions(positions)
    {}

    [[nodiscard]] bool tooLarge() const { return m_count > MaximumNodeCount; }
    [[nodiscard]] std::optional<Node> takeRoot() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        Node node = start(mark, anchor);
        node.kind = Node::Kind::Null;
        add(std::move(node), anchor, 1);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto found = m_anchors.find(anchor);
        if (found == m_anchors.end())
            return; // yaml-cpp reports unknown aliases itself
        Node node = found->second.node;
        node.line = m_positions.line(mark);
        node.column = m_positions.column(mark);
        node.alias = true;
        node.anchored = false;
        node.hasAliases = true;
        add(std::move(node), YAML::NullAnchor, found->second.count);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        Node node = start(mark, anchor);
        node.kind = Node::Kind::Scalar;
        node.tag = QString::fromStdString(tag);
        node.scalar = QString::fromStdString(value);
        add(std::move(node), anchor, 1);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        open(mark, tag, anchor, style, Node::Kind::Sequence);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        open(mark, tag, anchor, style, Node::Kind::Mapping);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        Node node;
        YAML::anchor_t anchor;
        int countBefore;
    };
    struct Anchored
    {
        Node node;
        int count;
    };

    Node start(const YAML::Mark &mark, YAML::anchor_t anchor) const
    {
        Node node;
        node.line = m_positions.line(mark);
        node.column = m_positions.column(mark);
        node.anchored = anchor != YAML::NullAnchor;
        node.hasAliases = node.anchored;
        return node;
    }

    void open(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style, Node::Kind kind)
    {
        Node node = start(mark, anchor);
        node.kind = kind;
        node.tag = QString::fromStdString(tag);
        node.flow = style == YAML::EmitterStyle::Flow;
        m_open.push_back(Open{std::move(node), anchor, m_count});
    }

    void close()
    {
        Open done = std::move(m_open.back());
        m_open.pop_back();
        add(std::move(done.node), done.anchor, m_count - done.countBefore + 1, false);
    }

    // count: how many nodes this one stands for, aliases expanded.
    void add(Node node, YAML::anchor_t anchor, int count, bool counted = true)
    {
        if (counted)
            m_count += count;
        else
            ++m_count;
        if (tooLarge())
            return;
        if (anchor != YAML::NullAnchor)
            m_anchors.insert_or_assign(anchor, Anchored{node, count});
        if (m_open.empty()) {
            m_root = std::move(node);
            return;
        }
        Node &parent = m_open.back().node;
        parent.hasAliases = parent.hasAliases || node.hasAliases;
        if (parent.kind == Node::Kind::Sequence) {
            parent.values.push_back(std::move(node));
        } else if (parent.keys.size() == parent.values.size()) {
            parent.keys.push_back(std::move(node));
        } else {
            if (node.kind == Node::Kind::Null) {
                // yaml-cpp places an absent value after the line: point at the key instead.
                node.line = parent.keys.back().line;
                node.column = parent.keys.back().column;
            }
            parent.values.push_back(std::move(node));
        }
    }

    const Positions &m_positions;
    std::vector<Open> m_open;
    std::optional<Node> m_root;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    int m_count = 0;
};

} // namespace

Result<QVariantMap> parseMapping(const QString &yaml)
{
    auto document = parseDocument(yaml, std::numeric_limits<int>::max());
    if (!document)
        return document.error();
    if (document->kind == Node::Kind::Null)
        return QVariantMap();
    if (document->kind != Node::Kind::Mapping) {
        return Error{ErrorDomain::Yaml, 0,
                     QStringLiteral("front matter must be a mapping of keys to values"),
                     document->line, document->column};
    }
    return toVariant(*document).toMap();
}

Result<Node> parseDocument(const QString &yaml, int maximumDepth)
{
    if (maximumDepth != std::numeric_limits<int>::max() && nestingDepth(yaml) > maximumDepth) {
        return Error{ErrorDomain::Yaml, 0,
                     QStringLiteral("nested more than %1 levels deep").arg(maximumDepth), 1, 1};
    }
    const std::string utf8 = yaml.toStdString();
    const Positions positions(utf8);
    try {
        std::istringstream stream(utf8);
        YAML::Parser parser(stream);
        NodeBuilder builder(positions);
        parser.HandleNextDocument(builder);
        if (builder.tooLarge()) {
            return Error{ErrorDomain::Yaml, 0,
                         QStringLiteral("the YAML expands to more than %1 values (through "
                                        "aliases); Folio refuses it")
                             .arg(MaximumNodeCount),
                         1, 1};
        }
        std::optional<Node> root = builder.takeRoot();
        if (!root || root->kind == Node::Kind::Null) {
            Node empty;
            empty.kind = Node::Kind::Mapping;
            return empty;
        }
        return std::move(*root);
    } catch (const YAML::Exception &e) {
        return Error{ErrorDomain::Yaml, 0, QString::fromStdString(e.msg),
                     e.mark.is_null() ? 0 : positions.line(e.mark),
                     e.mark.is_null() ? 0 : positions.column(e.mark)};
    } catch (const std::exception &e) {
        return Error{ErrorDomain::Yaml, 0, QString::fromLocal8Bit(e.what())};
    }
}

bool Node::sameAs(const Node &other) const
{
    if (kind != other.kind || scalar != other.scalar || tag != other.tag || flow != other.flow ||
        anchored != other.anchored || alias != other.alias || keys.size() != other.keys.size() ||
        values.size() != other.values.size()) {
        return false;
    }
    for (size_t i = 0; i < keys.size(); ++i) {
        if (!keys[i].sameAs(other.keys[i]))
            return false;
    }
    for (size_t i = 0; i < values.size(); ++i) {
        if (!values[i].sameAs(other.values[i]))
            return false;
    }
    return true;
}

int nestingDepth(QStringView yaml)
{
    int deepest = 0;
    int flow = 0;
    QList<qsizetype> indents;
    qsizetype pos = 0;
    while (pos < yaml.size()) {
        qsizetype end = yaml.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = yaml.size();
        const QStringView line = yaml.sliced(pos, end - pos);
        pos = end + 1;
        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == QLatin1Char(' '))
            ++indent;
        if (indent == line.size() || line[indent] == QLatin1Char('#'))
            continue;
        while (!indents.isEmpty() && indents.last() >= indent)
            indents.removeLast();
        indents.append(indent);
        int dashes = 0;
        for (qsizetype i = indent;
             i + 1 < line.size() && line[i] == QLatin1Char('-') && line[i + 1] == QLatin1Char(' ');
             i += 2) {
            ++dashes;
        }
        for (const QChar c : line.sliced(indent)) {
            if (c == QLatin1Char('[') || c == QLatin1Char('{'))
                deepest = std::max(deepest, int(indents.size()) + dashes + ++flow);
            else if ((c == QLatin1Char(']') || c == QLatin1Char('}')) && flow > 0)
                --flow;
        }
        deepest = std::max(deepest, int(indents.size()) + dashes + flow);
    }
    return deepest;
}

} // namespace Folio::Document::YamlAdapter
