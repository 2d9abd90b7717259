#pragma once

namespace Folio::App {

// Runs Folio's window: folio [PATH]. Lives in the GUI module; main() loads it on demand.
int runGui(int argc, char *argv[]);

// Sets the application's name, icon and data locations; call once after the
// QApplication exists.
void setApplicationIdentity();

} // namespace Folio::App
