#pragma once

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
    // Adds the scripts to the profile; call after the bridge script has been inserted.
    static void install(QWebEngineProfile *profile);
};

} // namespace Folio::Preview
