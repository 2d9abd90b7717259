#pragma once

#include "core/result.h"

#include <QString>
#include <QVariantMap>

namespace Folio::Document::YamlAdapter {

// The only place that includes yaml-cpp and the only try/catch around it. Scalars become
// QString, sequences QVariantList, mappings QVariantMap; an empty document is an empty map.
// Error positions are 1-based and relative to yaml.
[[nodiscard]] Result<QVariantMap> parseMapping(const QString &yaml);

} // namespace Folio::Document::YamlAdapter
