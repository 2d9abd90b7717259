#include "cli/commandline.h"

#include <QStringList>

#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <filesystem>
#include <string>

namespace {

using Entry = int (*)(int, char **);

// The window's code, and the commands that need libgit2 (propose), are a module next to the
// executable (build tree) or in Folio's library folder (installed); loading it only for them
// keeps the rest of the command line (folio render) fast.
Entry moduleEntry(const char *symbol, std::string *problems)
{
    std::error_code error;
    const std::filesystem::path binDir =
        std::filesystem::read_symlink("/proc/self/exe", error).parent_path();
    const std::filesystem::path candidates[] = {
        binDir / "libfolio_gui.so", binDir / FOLIO_GUI_MODULE_FROM_BIN / "libfolio_gui.so"};
    for (const std::filesystem::path &candidate : candidates) {
        if (!std::filesystem::exists(candidate, error))
            continue;
        void *module = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            *problems += dlerror();
            *problems += '\n';
            continue;
        }
        if (auto entry = reinterpret_cast<Entry>(dlsym(module, symbol)))
            return entry;
        *problems += candidate.string() + ": no " + symbol + '\n';
    }
    return nullptr;
}

int runInModule(const char *symbol, const char *what, int argc, char *argv[])
{
    std::string problems;
    if (const Entry entry = moduleEntry(symbol, &problems))
        return entry(argc, argv);
    std::fprintf(stderr, "folio: cannot %s: the module libfolio_gui.so is missing or broken\n%s",
                 what, problems.c_str());
    return Folio::Cli::CommandLine::Failure;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], "propose") == 0)
        return runInModule("folio_propose_main", "propose changes", argc, argv);
    if (!Folio::Cli::CommandLine::handles(argc, argv))
        return runInModule("folio_gui_main", "start the window", argc, argv);
    // Neither libgit2 nor a QCoreApplication here: libgit2's initialization (it parses the
    // system's CA bundle) and the application object each cost more than rendering a page.
    // Commands that need them create their own.
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return Folio::Cli::CommandLine::run(arguments);
}
