#pragma once

#include <QString>

class QWebEngineProfile;

namespace Folio::Preview {

// Folio's decorations of the preview: fenced code highlighted with highlight.js and mermaid
// fences drawn as diagrams. Both libraries come from packages at build time (Debian's
// libjs-highlight.js, mermaid from the npm registry) and are compiled into the binary.
// Everything runs in Folio's isolated world, as decorators of bridge.js: the page itself
// still runs no script.
class PreviewScripts
{
public:
    // Adds the decorations to the profile; call after the bridge script has been inserted.
    static void install(QWebEngineProfile *profile);

    // The libraries (4 MB) as a script that defines folioLibraries. It is run in a page only
    // before the first block that needs it, so pages without code fences do not pay for
    // parsing it on every load.
    [[nodiscard]] static QString librariesSource();
    // Whether a block's HTML has a fenced code block (highlighting or a diagram).
    [[nodiscard]] static bool needsLibraries(const QString &blockHtml);
};

} // namespace Folio::Preview
