#pragma once

#include "core/result.h"

#include <QString>

namespace Folio::Handbook {

// The handbook Folio opens when started without one: original pages in both eras, copied
// from the resources into a git repository whose origin is a local bare repository, so
// every flow (commit, push, merge request) works offline.
class DemoHandbook
{
public:
    // Where the demo lives: a folder in the user's data folder.
    [[nodiscard]] static QString defaultLocation();
    // The bare repository used as the demo's origin, next to location.
    [[nodiscard]] static QString originLocation(const QString &location);

    // Returns location, creating the demo there first when it does not exist yet. An
    // existing demo is left as it is: it holds the user's edits.
    [[nodiscard]] static Result<QString> ensure(const QString &location = defaultLocation());
};

} // namespace Folio::Handbook
