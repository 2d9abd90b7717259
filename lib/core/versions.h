#pragma once

#include <QString>

namespace Folio {

// Versions of Folio and the libraries it runs on, for --version and the About dialog.
struct Versions
{
    QString folio;
    QString qt; // the Qt actually loaded at run time
    QString cmarkGfm;
    QString libgit2;  // the libgit2 actually loaded at run time
    QString yamlCpp;  // the yaml-cpp Folio was built against (it has no runtime query)
    QString hunspell; // the Hunspell Folio was built against (it has no version API)

    [[nodiscard]] static Versions current();
};

} // namespace Folio
