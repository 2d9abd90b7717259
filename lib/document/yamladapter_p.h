#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>
#include <QVariantMap>

#include <vector>

namespace Folio::Document::YamlAdapter {

// The only place that includes yaml-cpp and the only try/catch around it. Scalars become
// QString, sequences QVariantList, mappings QVariantMap; an empty document is an empty map.
// Error positions are 1-based and relative to yaml.
[[nodiscard]] Result<QVariantMap> parseMapping(const QString &yaml);

// A YAML node that remembers where it starts, for reports that point at one key or value
// (a settings file), which a QVariantMap cannot.
struct Node
{
    enum class Kind
    {
        Null, // absent value ("key:" with nothing after it)
        Scalar,
        Sequence,
        Mapping,
    };

    Kind kind = Kind::Null;
    QString scalar;           // the text of a scalar
    std::vector<Node> keys;   // a mapping's keys, in file order (duplicates kept)
    std::vector<Node> values; // a mapping's values (same order as keys), a sequence's items
    int line = 0;             // 1-based; 0 when yaml-cpp gives no position
    int column = 0;           // 1-based, in characters
    // yaml-cpp's tag: "?" for a plain scalar or an untagged collection, "!" for a quoted
    // scalar, else the explicit tag (e.g. "tag:yaml.org,2002:str").
    QString tag;
    bool flow = false;       // a collection written [ ... ] or { ... }
    bool anchored = false;   // carries an anchor (&name) that aliases may refer to
    bool alias = false;      // an alias (*name): a copy of the anchored node
    bool hasAliases = false; // this node or one inside it is an alias or anchored

    [[nodiscard]] bool isPlainScalar() const { return kind == Kind::Scalar && tag == u"?"; }
    // Same content, tags, styles and anchors; positions are ignored.
    [[nodiscard]] bool sameAs(const Node &other) const;
};

// Aliases are copied where they are used: a document whose aliases expand to more nodes than
// this is refused ("billion laughs").
inline constexpr int MaximumNodeCount = 100000;

// Parses a whole YAML document keeping positions; an empty document is an empty Mapping.
// Input nested deeper than maximumDepth (see nestingDepth) is refused before yaml-cpp sees it.
[[nodiscard]] Result<Node> parseDocument(const QString &yaml, int maximumDepth = 64);

// An upper bound of the nesting depth of a YAML text: block indentation levels, sequence
// dashes that open on the same line, and flow brackets. Cheap, and never below the truth:
// yaml-cpp recurses per level and overflows the stack on hostile input, so callers check
// this first.
[[nodiscard]] int nestingDepth(QStringView yaml);

} // namespace Folio::Document::YamlAdapter
