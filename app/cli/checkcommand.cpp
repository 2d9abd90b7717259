#include "cli/checkcommand.h"

#include "checks/handbookchecker.h"
#include "checks/spellingwords.h"
#include "cli/commandline.h"
#include "cli/output.h"
#include "handbook/handbook.h"
#include "propose/handbooksettings.h"
#include "workspace/pageindexer.h"
#include "workspace/pagescanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <map>

namespace Folio::Cli {

namespace {

using Checks::CheckKind;
using Checks::CheckKinds;
using Checks::Problem;

enum class Format
{
    Text,
    Json,
};

struct Options
{
    Format format = Format::Text;
    CheckKinds kinds = Checks::AllCheckKinds;
    QStringList paths;
};

// A folder argument: its pages are known once its handbook's index is built.
struct FolderRequest
{
    QString argument; // as given
    QString absolute; // canonical
    QString prefix;   // its path relative to the handbook root with a trailing '/'; "" for all
};

// The pages of one handbook to check.
struct HandbookJob
{
    Handbook::Handbook handbook;
    std::map<QString, QString> pages; // pages given by name: relative path -> name as given
    QList<FolderRequest> folders;
};

struct Finding
{
    QString file;
    Problem problem;
};

std::optional<Options> parse(const QStringList &arguments, int *exitCode)
{
    Options options;
    bool onlyPaths = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (onlyPaths || !argument.startsWith(u'-') || argument == u"-") {
            options.paths.append(argument);
            continue;
        }
        if (argument == u"--") {
            onlyPaths = true;
            continue;
        }
        if (argument == u"-h" || argument == u"--help") {
            print(stdout, CheckCommand::usage());
            *exitCode = CommandLine::Success;
            return std::nullopt;
        }
        // --name VALUE or --name=VALUE
        QString name = argument;
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = argument.indexOf(u'='); equals > 0) {
            name = argument.left(equals);
            value = argument.sliced(equals + 1);
            hasValue = true;
        }
        if (name != u"--format" && name != u"--only") {
            *exitCode = fail(CommandLine::BadInput, QStringLiteral("check: unknown option %1\n%2")
                                                        .arg(argument, CheckCommand::usage()));
            return std::nullopt;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                *exitCode = fail(
                    CommandLine::BadInput,
                    QStringLiteral("check: %1 needs a value\n%2").arg(name, CheckCommand::usage()));
                return std::nullopt;
            }
            value = arguments[++i];
        }
        if (name == u"--format") {
            if (value == u"text") {
                options.format = Format::Text;
            } else if (value == u"json") {
                options.format = Format::Json;
            } else {
                *exitCode =
                    fail(CommandLine::BadInput,
                         QStringLiteral("check: unknown format '%1' (text or json)").arg(value));
                return std::nullopt;
            }
        } else {
            options.kinds = {};
            for (const QString &kind : value.split(u',')) {
                const auto parsed = Checks::checkKindFromName(kind.trimmed());
                if (!parsed) {
                    *exitCode = fail(CommandLine::BadInput,
                                     QStringLiteral("check: unknown check '%1' for --only "
                                                    "(spelling, links, frontmatter)")
                                         .arg(kind));
                    return std::nullopt;
                }
                options.kinds |= *parsed;
            }
        }
    }
    if (options.paths.isEmpty()) {
        *exitCode =
            fail(CommandLine::BadInput,
                 QStringLiteral("check: no page or folder given\n%1").arg(CheckCommand::usage()));
        return std::nullopt;
    }
    return options;
}

// The file name a page is printed under when it was found below a folder argument: the
// argument joined with the page's path below that folder ("." left out).
QString nameBelow(const QString &folderArgument, const QString &folderAbsolute,
                  const QString &pageAbsolute)
{
    const QString below = QDir(folderAbsolute).relativeFilePath(pageAbsolute);
    return QDir::cleanPath(folderArgument + u'/' + below);
}

// The handbook's word lists and language (.folio.yml), the user's own list, and suggestions
// for every misspelling: a pipeline's reader has no context menu.
void setUpSpelling(Checks::HandbookChecker &checker, const QString &root)
{
    // The personal word list is the window's: the same application data folder.
    QCoreApplication::setApplicationName(QStringLiteral("folio"));
    const auto loaded = Propose::HandbookSettings::load(root);
    const Propose::HandbookSettings settings =
        loaded ? loaded.value() : Propose::HandbookSettings();
    if (!loaded)
        print(stderr, QStringLiteral("folio: warning: %1: %2\n")
                          .arg(Propose::HandbookSettings::FileName, loaded.error().toString()));
    QList<Error> problems;
    auto words =
        Checks::SpellingWords::open(Checks::SpellingWords::handbookListPath(root, settings),
                                    Checks::SpellingWords::personalListPath(), &problems);
    for (const Error &problem : std::as_const(problems))
        print(stderr, QStringLiteral("folio: warning: %1\n").arg(problem.message));
    checker.setSpelling(std::move(words), settings.spellingLanguage(),
                        Checks::SpellChecker::Suggestions::Included);
}

void printText(const QList<Finding> &findings)
{
    QByteArray out;
    for (const Finding &finding : findings) {
        const Problem &problem = finding.problem;
        QString line = finding.file;
        if (problem.line > 0) {
            line += u':' + QString::number(problem.line);
            if (problem.column > 0)
                line += u':' + QString::number(problem.column);
        }
        line += u": " + Checks::severityName(problem.severity) + u": " + problem.message;
        if (!problem.suggestions.isEmpty())
            line += u" (did you mean: " + problem.suggestions.join(u", ") + u')';
        out += line.toUtf8() + '\n';
        if (out.size() > 1024 * 1024) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
}

void printJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings) {
        const Problem &problem = finding.problem;
        array.append(QJsonObject{
            {QStringLiteral("file"), finding.file},
            {QStringLiteral("line"), problem.line},
            {QStringLiteral("column"), problem.column},
            {QStringLiteral("length"), problem.length},
            {QStringLiteral("severity"), Checks::severityName(problem.severity)},
            {QStringLiteral("category"), Checks::categoryName(problem.category)},
            {QStringLiteral("message"), problem.message},
            {QStringLiteral("subject"), problem.subject},
            {QStringLiteral("suggestions"), QJsonArray::fromStringList(problem.suggestions)},
        });
    }
    const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
}

} // namespace

QString CheckCommand::usage()
{
    return QStringLiteral(
        "usage: folio check [--format text|json] [--only KINDS] PATH...\n"
        "  PATH            a page, or a folder of pages (a whole handbook at its top)\n"
        "  --format FORMAT text (default): file:line:column: severity: message\n"
        "                  json: an array of objects\n"
        "  --only KINDS    comma-separated: links, frontmatter, spelling (default: all)\n"
        "Exit status: 0 no errors or warnings (info only), 1 errors or warnings,\n"
        "2 bad usage, a missing path or an unreadable page.\n");
}

int CheckCommand::run(const QStringList &arguments)
{
    int exitCode = CommandLine::Success;
    const std::optional<Options> options = parse(arguments, &exitCode);
    if (!options)
        return exitCode;

    // Every path and its handbook first, so that a typo fails before any work.
    QList<HandbookJob> jobs;
    const auto jobFor = [&](const Handbook::Handbook &handbook) -> HandbookJob & {
        for (HandbookJob &job : jobs) {
            if (job.handbook.rootPath() == handbook.rootPath())
                return job;
        }
        jobs.append(HandbookJob{handbook, {}, {}});
        return jobs.last();
    };
    for (const QString &path : options->paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(CommandLine::BadInput,
                        QStringLiteral("cannot check %1: no such file or folder").arg(path));
        if (!info.isDir() && !Handbook::Handbook::isPageFileName(info.fileName()))
            return fail(CommandLine::BadInput,
                        QStringLiteral("cannot check %1: not a Markdown page (*.md, *.markdown, "
                                       "*.md.erb) or a folder")
                            .arg(path));
        const QString absolute = info.canonicalFilePath();
        auto handbook = Handbook::Handbook::open(absolute);
        QString relative = handbook ? handbook->relativePath(absolute) : QString();
        // A folder of pages the handbook does not publish (docs/ next to content/) is checked
        // as a folder of its own.
        if (handbook && info.isDir() && !relative.isEmpty() &&
            handbook->listPageFiles(relative).paths.isEmpty()) {
            handbook = Handbook::Handbook::openPlainFolder(absolute);
            relative.clear();
        }
        if (!handbook)
            return fail(CommandLine::BadInput,
                        QStringLiteral("cannot check %1: %2").arg(path, handbook.error().message));
        HandbookJob &job = jobFor(*handbook);
        if (info.isDir())
            job.folders.append(
                FolderRequest{path, absolute, relative.isEmpty() ? QString() : relative + u'/'});
        else
            job.pages.emplace(relative, path);
    }

    QList<Finding> findings;
    bool unreadable = false;
    for (const HandbookJob &job : std::as_const(jobs)) {
        const Workspace::PageIndex index = Workspace::PageIndexer::build(job.handbook);
        for (const Error &problem : index.problems()) {
            if (problem.domain != ErrorDomain::File || problem.code != 0) // pages': below
                print(stderr, QStringLiteral("folio: warning: %1\n").arg(problem.message));
        }
        // Pages named by their own argument keep that name; those found below a folder are
        // named after the first folder argument that holds them.
        std::map<QString, QString> pages = job.pages;
        for (const FolderRequest &folder : job.folders) {
            for (const Workspace::IndexedPagePtr &page : index.pages()) {
                if (page->path.startsWith(folder.prefix))
                    pages.emplace(page->path, nameBelow(folder.argument, folder.absolute,
                                                        job.handbook.absolutePath(page->path)));
            }
        }

        Checks::HandbookChecker checker(index, options->kinds);
        if (options->kinds.testFlag(Checks::CheckKind::Spelling))
            setUpSpelling(checker, job.handbook.rootPath());
        // Pages of the index are checked in parallel; a page outside it (a README.md next to
        // the content folder) is read on its own and checked against the same index.
        QStringList indexed;
        QList<Workspace::IndexedPage> separate;
        for (const auto &[path, name] : pages) {
            const Workspace::IndexedPage *page = index.page(path);
            if (!page) {
                separate.append(Workspace::PageScanner::read(job.handbook, path));
                page = &separate.last();
            } else {
                indexed.append(path);
            }
            if (!page->problem.isEmpty()) {
                print(stderr, QStringLiteral("folio: %1: %2\n").arg(name, page->problem));
                unreadable = true;
            }
        }
        for (const Checks::PageProblems &page : checker.checkPages(indexed)) {
            for (const Problem &problem : page.problems)
                findings.append(Finding{pages.at(page.path), problem});
        }
        for (const Workspace::IndexedPage &page : std::as_const(separate)) {
            for (const Problem &problem : checker.check(page))
                findings.append(Finding{pages.at(page.path), problem});
        }
        if (const QString error = checker.spellingError(); !error.isEmpty()) {
            print(stderr, QStringLiteral("folio: spelling not checked: %1\n").arg(error));
            unreadable = true;
        }
    }

    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.problem.line != b.problem.line)
            return a.problem.line < b.problem.line;
        return a.problem.column < b.problem.column;
    });
    if (options->format == Format::Json)
        printJson(findings);
    else
        printText(findings);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        return fail(CommandLine::BadInput, QStringLiteral("cannot write to standard output"));
    if (unreadable)
        return CommandLine::BadInput;
    const bool failed = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.problem.severity != Checks::Severity::Info;
    });
    return failed ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Folio::Cli
