#pragma once

namespace Folio::App {

// Runs Folio: the command line when the first argument is a command or an option
// (folio render ..., folio --version), the window otherwise (folio [PATH]).
int run(int argc, char *argv[]);

// Sets the application's name and data locations; call once after the Q*Application exists.
void setApplicationIdentity();

} // namespace Folio::App
