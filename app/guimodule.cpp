#include "cli/proposecommand.h"
#include "guiapplication.h"

#include <QStringList>
#include <QtGlobal>

// The symbols the folio executable looks up in this module.
extern "C" Q_DECL_EXPORT int folio_gui_main(int argc, char *argv[])
{
    return Folio::App::runGui(argc, argv);
}

// `folio propose`: here rather than in the executable because it needs libgit2, which the
// executable does not load (see main.cpp).
extern "C" Q_DECL_EXPORT int folio_propose_main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return Folio::Cli::runPropose(arguments);
}
