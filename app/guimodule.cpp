#include "guiapplication.h"

#include <QtGlobal>

// The one symbol the folio executable looks up in this module.
extern "C" Q_DECL_EXPORT int folio_gui_main(int argc, char *argv[])
{
    return Folio::App::runGui(argc, argv);
}
