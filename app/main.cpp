#include "cli/commandline.h"

#include <QStringList>

#include <cstdio>
#include <dlfcn.h>
#include <filesystem>
#include <string>

namespace {

// The window's code is a module next to the executable (build tree) or in Folio's library
// folder (installed); loading it only for the window keeps the command line fast.
int runWindow(int argc, char *argv[])
{
    std::error_code error;
    const std::filesystem::path binDir =
        std::filesystem::read_symlink("/proc/self/exe", error).parent_path();
    const std::filesystem::path candidates[] = {
        binDir / "libfolio_gui.so", binDir / FOLIO_GUI_MODULE_FROM_BIN / "libfolio_gui.so"};
    std::string problems;
    for (const std::filesystem::path &candidate : candidates) {
        if (!std::filesystem::exists(candidate, error))
            continue;
        void *module = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            problems += dlerror();
            problems += '\n';
            continue;
        }
        using Entry = int (*)(int, char **);
        auto entry = reinterpret_cast<Entry>(dlsym(module, "folio_gui_main"));
        if (!entry) {
            problems += candidate.string() + ": no folio_gui_main\n";
            continue;
        }
        return entry(argc, argv);
    }
    std::fprintf(
        stderr,
        "folio: cannot start the window: the module libfolio_gui.so is missing or broken\n%s",
        problems.c_str());
    return Folio::Cli::CommandLine::Failure;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!Folio::Cli::CommandLine::handles(argc, argv))
        return runWindow(argc, argv);
    // Neither libgit2 nor a QCoreApplication here: libgit2's initialization (it parses the
    // system's CA bundle) and the application object each cost more than rendering a page.
    // Commands that need them create their own.
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return Folio::Cli::CommandLine::run(arguments);
}
