#include "document/yamladapter_p.h"

#include <yaml-cpp/yaml.h>

#include <QList>

#include <algorithm>

namespace Folio::Document::YamlAdapter {

namespace {

QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &entry : node) {
            const YAML::Node &key = entry.first;
            map.insert(key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString(),
                       toVariant(entry.second));
        }
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

// yaml-cpp marks are 0-based and -1 when unknown.
int oneBased(int position)
{
    return position < 0 ? 0 : position + 1;
}

Node toNode(const YAML::Node &node)
{
    Node result;
    const YAML::Mark mark = node.Mark();
    result.line = mark.is_null() ? 0 : oneBased(mark.line);
    result.column = mark.is_null() ? 0 : oneBased(mark.column);
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        result.kind = Node::Kind::Scalar;
        result.scalar = QString::fromStdString(node.Scalar());
        break;
    case YAML::NodeType::Sequence:
        result.kind = Node::Kind::Sequence;
        for (const YAML::Node &item : node)
            result.values.push_back(toNode(item));
        break;
    case YAML::NodeType::Map:
        result.kind = Node::Kind::Mapping;
        for (const auto &entry : node) {
            result.keys.push_back(toNode(entry.first));
            Node value = toNode(entry.second);
            if (value.kind == Node::Kind::Null) {
                // yaml-cpp places an absent value after the line: point at the key instead.
                value.line = result.keys.back().line;
                value.column = result.keys.back().column;
            }
            result.values.push_back(std::move(value));
        }
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return result;
}

} // namespace

Result<QVariantMap> parseMapping(const QString &yaml)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (root.IsNull() || !root.IsDefined())
            return QVariantMap();
        if (!root.IsMap()) {
            return Error{ErrorDomain::Yaml, 0,
                         QStringLiteral("front matter must be a mapping of keys to values"),
                         root.Mark().line + 1, root.Mark().column + 1};
        }
        return toVariant(root).toMap();
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
        return Error{ErrorDomain::Yaml, 0, QString::fromStdString(e.msg), line, column};
    } catch (const std::exception &e) {
        return Error{ErrorDomain::Yaml, 0, QString::fromLocal8Bit(e.what())};
    }
}

Result<Node> parseDocument(const QString &yaml, int maximumDepth)
{
    if (nestingDepth(yaml) > maximumDepth) {
        return Error{ErrorDomain::Yaml, 0,
                     QStringLiteral("nested more than %1 levels deep").arg(maximumDepth), 1, 1};
    }
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (root.IsNull() || !root.IsDefined()) {
            Node empty;
            empty.kind = Node::Kind::Mapping;
            return empty;
        }
        return toNode(root);
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
        return Error{ErrorDomain::Yaml, 0, QString::fromStdString(e.msg), line, column};
    } catch (const std::exception &e) {
        return Error{ErrorDomain::Yaml, 0, QString::fromLocal8Bit(e.what())};
    }
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
