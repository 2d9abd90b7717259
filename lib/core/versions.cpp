#include "core/versions.h"

#include "core/buildinfo.h"
#include "git/gitbuildversion.h"
#include "markdown/renderer.h"

#include <QtGlobal>

namespace Folio {

Versions Versions::current()
{
    Versions v;
    v.folio = QStringLiteral(FOLIO_VERSION);
    v.qt = QString::fromLatin1(qVersion());
    v.cmarkGfm = Markdown::Renderer::cmarkVersion();
    v.libgit2 = Git::buildVersion();
    v.yamlCpp = QStringLiteral(FOLIO_YAML_CPP_VERSION_STRING);
    v.hunspell = QStringLiteral(FOLIO_HUNSPELL_VERSION_STRING);
    return v;
}

} // namespace Folio
