#include "cli/searchcommand.h"

#include "cli/commandline.h"
#include "cli/output.h"
#include "handbook/handbook.h"
#include "workspace/handbooksearch.h"
#include "workspace/pageindexer.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace Folio::Cli {

QString SearchCommand::usage()
{
    return QStringLiteral("usage: folio search ROOT TEXT [--case] [--word]");
}

QString SearchCommand::helpText()
{
    return usage() +
           QStringLiteral(
               "\n"
               "  ROOT            a handbook's top folder, or any folder of Markdown pages\n"
               "  TEXT            plain text on one line, matched ignoring case\n"
               "  --case          match case\n"
               "  --word          match whole words only\n"
               "Prints every matching line as path:line: text, sorted by path then line.\n"
               "Exit status: 0 lines found, 1 none, 2 bad usage or ROOT not a folder.\n");
}

int SearchCommand::run(const QStringList &arguments)
{
    QStringList positional;
    Workspace::SearchQuery query;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            print(stdout, helpText());
            return CommandLine::Success;
        }
        if (argument == QLatin1String("--case"))
            query.matchCase = true;
        else if (argument == QLatin1String("--word"))
            query.wholeWord = true;
        else if (argument.startsWith(QLatin1String("--")) && argument.size() > 2)
            return fail(CommandLine::BadInput,
                        QStringLiteral("search: unknown option %1\n%2").arg(argument, usage()));
        else
            positional.append(argument);
    }
    if (positional.size() != 2 || positional.at(1).isEmpty())
        return fail(CommandLine::BadInput, usage());
    const QString root = positional.at(0);
    query.text = positional.at(1);
    if (query.text.contains(u'\n'))
        return fail(CommandLine::BadInput, QStringLiteral("search: TEXT must be on one line"));

    const QFileInfo info(root);
    if (!info.isDir())
        return fail(CommandLine::BadInput,
                    QStringLiteral("cannot search %1: not a folder").arg(root));
    // ROOT is searched as given: a handbook's own layout when it is one, else every Markdown
    // page below it.
    auto handbook = Handbook::Handbook::open(root);
    if (!handbook || handbook->rootPath() != info.canonicalFilePath())
        handbook = Handbook::Handbook::openPlainFolder(root);
    if (!handbook)
        return fail(CommandLine::Failure,
                    QStringLiteral("cannot search %1: %2").arg(root, handbook.error().message));

    const Workspace::PageIndex index = Workspace::PageIndexer::build(*handbook);
    for (const Error &problem : index.problems())
        print(stderr, QStringLiteral("folio: warning: %1\n").arg(problem.message));
    const QList<Workspace::PageMatches> pages = Workspace::HandbookSearch::findAll(index, query);
    QByteArray out;
    for (const Workspace::PageMatches &page : pages) {
        const QByteArray path = page.path.toUtf8();
        for (const Workspace::LineMatch &line : page.lines)
            out += path + ':' + QByteArray::number(line.line) + ": " + line.text.toUtf8() + '\n';
        if (out.size() > 1024 * 1024) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        return fail(CommandLine::BadInput, QStringLiteral("cannot write to standard output"));
    return pages.isEmpty() ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Folio::Cli
