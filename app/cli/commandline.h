#pragma once

#include <QStringList>

namespace Folio::Cli {

// The `folio` command line: the same core as the window, for scripts and CI.
// Exit codes: 0 success, 1 the command ran and found a problem, 2 bad usage or unreadable input.
class CommandLine
{
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        BadInput = 2,
    };

    // True when argv asks for a command or an option rather than for the window.
    [[nodiscard]] static bool handles(int argc, char *argv[]);
    // Runs the command in arguments (arguments[0] is the program) and returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);

    [[nodiscard]] static QString helpText();
    [[nodiscard]] static QString versionText();
};

} // namespace Folio::Cli
