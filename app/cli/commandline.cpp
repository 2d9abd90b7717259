#include "cli/commandline.h"

#include "cli/checkcommand.h"
#include "cli/metacommand.h"
#include "cli/output.h"
#include "cli/searchcommand.h"

#include "core/versions.h"
#include "document/page.h"
#include "handbook/handbook.h"
#include "markdown/renderer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

namespace Folio::Cli {

namespace {

QString renderHelpText()
{
    return QStringLiteral(
        "usage: folio render PAGE\n"
        "Prints the HTML of PAGE's body (front matter excluded) as the preview renders it,\n"
        "in the dialect of PAGE's handbook (found upward from it), else of its file name.\n"
        "Exit status: 0 success, 1 output not written, 2 bad usage or unreadable page.\n");
}

int render(const QStringList &arguments)
{
    if (arguments.size() == 1 && (arguments.first() == u"-h" || arguments.first() == u"--help")) {
        print(stdout, renderHelpText());
        return CommandLine::Success;
    }
    if (arguments.size() != 1)
        return fail(CommandLine::BadInput,
                    QStringLiteral("render takes one page (try: folio render PAGE)"));
    const auto page = Document::Page::load(arguments.first());
    if (!page)
        return fail(
            CommandLine::BadInput,
            QStringLiteral("cannot render %1: %2").arg(arguments.first(), page.error().toString()));
    // The page's dialect from its place in its handbook, else from its file name.
    const QString path = QFileInfo(arguments.first()).absoluteFilePath();
    Markdown::RenderOptions options = Markdown::RenderOptions::forFileName(path);
    if (const auto handbook = Handbook::Handbook::open(path)) {
        if (const QString relative = handbook->relativePath(path); !relative.isEmpty())
            options = handbook->renderOptions(relative);
    }
    const Markdown::RenderedPage rendered = Markdown::Renderer::renderPage(page->text(), options);
    if (rendered.frontMatterError) {
        print(stderr, QStringLiteral("folio: warning: %1: front matter: %2\n")
                          .arg(arguments.first(), rendered.frontMatterError->toString()));
    }
    const QByteArray html = rendered.bodyHtml().toUtf8();
    std::fwrite(html.constData(), 1, size_t(html.size()), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        return fail(CommandLine::Failure, QStringLiteral("cannot write to standard output"));
    return CommandLine::Success;
}

} // namespace

bool CommandLine::handles(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    return first[0] == '-' || std::strcmp(first, "render") == 0 ||
           std::strcmp(first, "meta") == 0 || std::strcmp(first, "search") == 0 ||
           std::strcmp(first, "check") == 0;
}

QString CommandLine::helpText()
{
    return QStringLiteral(
        "Usage: folio [PATH]\n"
        "       folio COMMAND [ARGUMENTS]\n"
        "\n"
        "Folio is a desktop editor for Markdown handbooks. Without PATH it opens the\n"
        "built-in demo handbook; PATH is a handbook folder or a page inside one.\n"
        "\n"
        "Commands:\n"
        "  render PAGE     print the HTML of PAGE's body (front matter excluded)\n"
        "  meta PAGE       print PAGE's front matter as JSON; with --set KEY=VALUE,\n"
        "                  --set-json KEY=JSON or --unset KEY, edit it in place changing\n"
        "                  only those values' text; see folio meta --help\n"
        "  search ROOT TEXT [--case] [--word]\n"
        "                  print every line of the handbook at ROOT that contains TEXT,\n"
        "                  as path:line: text (exit status 1 when none does); --case\n"
        "                  matches case, --word whole words only\n"
        "  check [--format text|json] [--only KINDS] PATH...\n"
        "                  print the broken links, anchors and images, front-matter\n"
        "                  problems and misspellings of pages or folders of pages, as\n"
        "                  file:line:column: severity: message (exit status 1 when one\n"
        "                  is an error or a warning); KINDS: links,frontmatter,spelling;\n"
        "                  see folio check --help\n"
        "  propose --title T PAGE...\n"
        "                  propose the pages' edits as a GitLab merge request and print\n"
        "                  its URL; HTTPS token from FOLIO_GIT_TOKEN (user name from\n"
        "                  FOLIO_GIT_USERNAME, default oauth2), SSH keys from ssh-agent\n"
        "                  or ~/.ssh; see folio propose --help\n"
        "\n"
        "Options:\n"
        "  -h, --help      show this help\n"
        "  -v, --version   show the versions of Folio and the libraries it uses\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 bad usage or unreadable input.\n");
}

QString CommandLine::versionText()
{
    const Versions v = Versions::current();
    return QStringLiteral("folio %1\nQt %2\ncmark-gfm %3\nlibgit2 %4\nyaml-cpp %5\n")
        .arg(v.folio, v.qt, v.cmarkGfm, v.libgit2, v.yamlCpp);
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        print(stdout, helpText());
        return Success;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        print(stdout, versionText());
        return Success;
    }
    if (command == QLatin1String("render"))
        return render(rest);
    if (command == QLatin1String("meta"))
        return runMeta(rest);
    if (command == QLatin1String("search"))
        return SearchCommand::run(rest);
    if (command == QLatin1String("check"))
        return CheckCommand::run(rest);
    print(stderr, QStringLiteral("folio: unknown option %1\n\n").arg(command));
    print(stderr, helpText());
    return BadInput;
}

} // namespace Folio::Cli
