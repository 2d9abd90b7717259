#pragma once

namespace Folio::App {

// Runs Folio's window: folio [PATH]. Lives in the GUI module; main() loads it on demand.
int runGui(int argc, char *argv[]);

// What must happen before the QApplication exists: Folio's preview URL scheme, and software
// compositing unless FOLIO_GPU=1. Used by runGui() and by the tests that show the window.
void prepareGuiApplication();

// Sets the application's name, icon and data locations; call once after the
// QApplication exists.
void setApplicationIdentity();

} // namespace Folio::App
