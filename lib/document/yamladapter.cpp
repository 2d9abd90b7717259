#include "document/yamladapter_p.h"

#include <yaml-cpp/yaml.h>

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

} // namespace Folio::Document::YamlAdapter
