#include "cli/proposecommand.h"

#include "cli/commandline.h"
#include "git/branches.h"
#include "git/credentialprovider.h"
#include "git/giterrors.h"
#include "git/gitlibrary.h"
#include "git/identity.h"
#include "git/repository.h"
#include "handbook/handbook.h"
#include "propose/branchname.h"
#include "propose/handbooksettings.h"
#include "propose/proposalplanbuilder.h"
#include "propose/proposeoperation.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace Folio::Cli {

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(int code, const QString &message)
{
    print(stderr, QStringLiteral("folio: %1\n").arg(message));
    return code;
}

// No prompt on a command line: the token comes from the environment (a CI variable), SSH keys
// from the agent or ~/.ssh, and an unknown host key is refused with its fingerprint.
class EnvironmentCredentials : public Git::CredentialProvider
{
public:
    bool askedForToken = false;
    std::optional<Git::HostKeyQuestion> hostKey;

    std::optional<Git::UserToken> userToken(const Git::UserTokenRequest &request) override
    {
        askedForToken = true;
        const QString token = qEnvironmentVariable("FOLIO_GIT_TOKEN");
        // Once only: a refused token is not going to work the second time.
        if (token.isEmpty() || request.attempt > 1)
            return std::nullopt;
        const QString username = qEnvironmentVariable("FOLIO_GIT_USERNAME");
        return Git::UserToken{username.isEmpty() ? QStringLiteral("oauth2") : username, token};
    }
    std::optional<QString> keyPassphrase(const Git::PassphraseRequest &) override
    {
        return std::nullopt;
    }
    Git::HostKeyDecision unknownHostKey(const Git::HostKeyQuestion &question) override
    {
        hostKey = question;
        return Git::HostKeyDecision::Reject;
    }
};

struct Options
{
    QString handbook;
    QString title;
    QString description;
    QStringList labels;
    QString target;
    QString branch;
    QString retry;
    bool draft = false;
    bool announce = false;
    bool help = false;
    QStringList pages;
};

// Returns an error text for bad usage, empty when the arguments are fine.
QString parse(const QStringList &arguments, Options *options)
{
    const QStringList valued = {QStringLiteral("--handbook"),    QStringLiteral("--title"),
                                QStringLiteral("--description"), QStringLiteral("--label"),
                                QStringLiteral("--target"),      QStringLiteral("--branch"),
                                QStringLiteral("--retry")};
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(u'-') || argument == u"-") {
            options->pages.append(argument);
            continue;
        }
        if (argument == u"--") {
            optionsEnded = true;
            continue;
        }
        std::optional<QString> value;
        if (const qsizetype eq = argument.indexOf(u'='); eq > 0) {
            value = argument.mid(eq + 1);
            argument.truncate(eq);
        }
        if (valued.contains(argument)) {
            if (!value) {
                if (i + 1 >= arguments.size())
                    return QStringLiteral("%1 needs a value").arg(argument);
                value = arguments.at(++i);
            }
            if (argument == u"--handbook")
                options->handbook = *value;
            else if (argument == u"--title")
                options->title = *value;
            else if (argument == u"--description")
                options->description = *value;
            else if (argument == u"--label")
                options->labels.append(*value);
            else if (argument == u"--target")
                options->target = *value;
            else if (argument == u"--branch")
                options->branch = *value;
            else
                options->retry = *value;
            continue;
        }
        if (value)
            return QStringLiteral("%1 takes no value").arg(argument);
        if (argument == u"--draft")
            options->draft = true;
        else if (argument == u"--announce")
            options->announce = true;
        else if (argument == u"-h" || argument == u"--help")
            options->help = true;
        else
            return QStringLiteral("unknown option %1").arg(argument);
    }
    if (options->help)
        return {};
    if (!options->retry.isEmpty())
        return options->pages.isEmpty() ? QString() : QStringLiteral("--retry takes no pages");
    if (options->title.trimmed().isEmpty())
        return QStringLiteral("--title is required");
    if (options->pages.isEmpty())
        return QStringLiteral("name at least one PAGE to propose");
    return {};
}

int usageError(const QString &message)
{
    print(stderr, QStringLiteral("folio: propose: %1\n\n").arg(message));
    print(stderr, proposeHelpText());
    return CommandLine::BadInput;
}

// What to tell a script after a failed network operation, without any secret.
QString failureText(const Error &error, const EnvironmentCredentials &credentials)
{
    QString text = error.message;
    if (Git::hasCode(error, Git::GitErrorCode::Cancelled) && credentials.askedForToken &&
        qEnvironmentVariable("FOLIO_GIT_TOKEN").isEmpty())
        text = QStringLiteral("authentication failed: the server asks for a token; set "
                              "FOLIO_GIT_TOKEN (%1)")
                   .arg(error.message);
    else if (Git::hasCode(error, Git::GitErrorCode::AuthenticationFailed))
        text = QStringLiteral("authentication failed: %1").arg(error.message);
    if (credentials.hostKey) {
        const Git::HostKeyQuestion &key = *credentials.hostKey;
        text += QStringLiteral("\nfolio: the SSH host key of %1 (port %2) is unknown: %3 %4. "
                               "Check it with the server's administrator, then add it to %5 "
                               "(e.g. ssh-keyscan -p %2 %1 >> %5).")
                    .arg(key.host)
                    .arg(key.port)
                    .arg(key.keyType, key.fingerprint, key.knownHostsPath);
    }
    return text;
}

void printResult(const Propose::ProposeResult &result, bool announce)
{
    for (const QString &line : result.serverLines)
        print(stderr, QStringLiteral("remote: %1\n").arg(line));
    if (result.mergeRequestUrl.isEmpty()) {
        print(stderr, QStringLiteral("folio: pushed branch %1; the remote has no web page to "
                                     "open a merge request on\n")
                          .arg(result.branch));
        return;
    }
    if (!result.createdByServer)
        print(stderr, QStringLiteral("folio: the server did not create the merge request; open "
                                     "this prefilled link to create it:\n"));
    print(stdout, result.mergeRequestUrl.toString(QUrl::FullyEncoded) + u'\n');
    if (announce)
        print(stdout, result.announcement + u'\n');
    else
        print(stderr, QStringLiteral("Announcement: %1\n").arg(result.announcement));
}

} // namespace

QString proposeHelpText()
{
    return QStringLiteral(
        "Usage: folio propose [--handbook DIR] --title T [--description D] [--label L]...\n"
        "                     [--target B] [--branch NAME] [--draft] [--announce] PAGE...\n"
        "       folio propose [--handbook DIR] --retry BRANCH\n"
        "\n"
        "Proposes the edits of the PAGEs as a GitLab merge request: fetches origin, commits the\n"
        "pages' current contents on a new branch made from the up-to-date target branch,\n"
        "pushes it with GitLab's merge-request push options and prints the merge request's\n"
        "URL (or the prefilled new-merge-request URL) on standard output. Your checkout stays\n"
        "as it was: same branch, the edits and every other change still in your files.\n"
        "\n"
        "  --handbook DIR     the handbook (default: the current folder)\n"
        "  --title T          the merge request's title and commit subject (required)\n"
        "  --description D    text before the list of changed pages\n"
        "  --label L          a label (repeat for more); replaces the handbook's labels\n"
        "  --target B         the branch to merge into (default: .folio.yml, else origin's)\n"
        "  --branch NAME      the new branch (default: made from your name and the pages)\n"
        "  --draft            mark the merge request as draft\n"
        "  --announce         print the team announcement on standard output too (it goes\n"
        "                     to standard error otherwise)\n"
        "  --retry BRANCH     push a proposal whose push failed earlier (offline, server down)\n"
        "\n"
        "Credentials: HTTPS remotes use the token in the environment variable FOLIO_GIT_TOKEN\n"
        "(a GitLab personal or project access token) with the user name in FOLIO_GIT_USERNAME\n"
        "(default oauth2); the token is never printed or stored. SSH remotes use ssh-agent or\n"
        "~/.ssh/id_ed25519, ~/.ssh/id_rsa without passphrase; an SSH host missing from\n"
        "~/.ssh/known_hosts is refused, with its fingerprint in the message.\n"
        "\n"
        "Exit status: 0 proposed, 1 failed (the server's text is on standard error; when the\n"
        "commit was made but not pushed it says on which branch), 2 bad usage.\n");
}

int runPropose(const QStringList &arguments)
{
    Options options;
    if (const QString problem = parse(arguments.mid(2), &options); !problem.isEmpty())
        return usageError(problem);
    if (options.help) {
        print(stdout, proposeHelpText());
        return CommandLine::Success;
    }

    const Git::GitLibrary library;
    const QString handbookDir = options.handbook.isEmpty() ? QDir::currentPath() : options.handbook;
    const auto handbook = Handbook::Handbook::open(handbookDir);
    if (!handbook)
        return fail(CommandLine::BadInput,
                    QStringLiteral("propose: %1").arg(handbook.error().toString()));
    const QString root = handbook->rootPath();
    auto repository = Git::Repository::discover(root);
    if (!repository)
        return fail(CommandLine::BadInput, QStringLiteral("propose: %1 is not in a git "
                                                          "repository: %2")
                                               .arg(root, repository.error().message));
    const auto settings = Propose::HandbookSettings::load(root);
    if (!settings)
        return fail(CommandLine::BadInput,
                    QStringLiteral("propose: %1: %2")
                        .arg(Propose::HandbookSettings::FileName, settings.error().toString()));
    for (const Error &problem : settings->problems())
        print(stderr, QStringLiteral("folio: warning: %1: %2\n")
                          .arg(Propose::HandbookSettings::FileName, problem.toString()));

    EnvironmentCredentials credentials;
    Git::TransportOptions transport;
    transport.credentials = &credentials;
    transport.maxAuthAttempts = 1;
    Propose::ProposeOperation operation(*repository, transport);
    operation.setStageCallback([](Propose::ProposeOperation::Stage stage) {
        print(stderr,
              QStringLiteral("folio: %1\n").arg(Propose::ProposeOperation::stageName(stage)));
    });

    if (!options.retry.isEmpty()) {
        auto result = operation.retryPush(options.retry, *settings);
        if (!result)
            return fail(
                CommandLine::Failure,
                QStringLiteral("propose: %1").arg(failureText(result.error(), credentials)));
        printResult(*result, options.announce);
        return CommandLine::Success;
    }

    QList<Handbook::PageEntry> pages;
    for (const QString &page : std::as_const(options.pages)) {
        // A path as the shell completed it (from the current folder), else from the root.
        QString absolute = QFileInfo(page).absoluteFilePath();
        if (!QFileInfo(page).isAbsolute() && !QFileInfo::exists(absolute))
            absolute = QDir(root).absoluteFilePath(page);
        const QString relative = handbook->relativePath(absolute);
        if (relative.isEmpty())
            return fail(
                CommandLine::BadInput,
                QStringLiteral("propose: %1 is not a page of the handbook at %2").arg(page, root));
        pages.append({relative, Handbook::Handbook::readTitle(absolute)});
    }

    const auto identity = Git::configuredIdentity(*repository);
    if (!identity)
        return fail(CommandLine::Failure,
                    QStringLiteral("propose: %1").arg(identity.error().message));
    if (!identity.value())
        return fail(CommandLine::Failure,
                    QStringLiteral("propose: no author: set git config user.name and user.email"));
    const auto defaultBranch = Git::Branches(*repository).defaultBranch();
    auto plan = Propose::ProposalPlanBuilder(*settings)
                    .setPages(pages)
                    .setAuthor((*identity)->name)
                    .setRemoteDefaultBranch(defaultBranch ? defaultBranch->name : QString())
                    .setTitle(options.title)
                    .setDescription(options.description)
                    .setSourceBranch(options.branch)
                    .build();
    if (!plan)
        return fail(CommandLine::BadInput, QStringLiteral("propose: %1").arg(plan.error().message));
    if (!options.target.isEmpty()) {
        if (auto valid = Propose::BranchName::check(options.target); !valid)
            return fail(CommandLine::BadInput,
                        QStringLiteral("propose: --target: %1").arg(valid.error().message));
        if (options.target == plan->sourceBranch)
            return fail(CommandLine::BadInput,
                        QStringLiteral("propose: the branch and the target are the same"));
        plan->targetBranch = options.target;
    }
    if (!options.labels.isEmpty())
        plan->labels = options.labels;
    if (options.draft)
        plan->draft = true;

    Propose::ProposeRequest request;
    request.plan = *plan;
    request.handbookRoot = root;
    request.settings = *settings;
    request.author = *identity.value();
    auto result = operation.propose(request);
    if (!result) {
        QString text = failureText(result.error(), credentials);
        if (text.contains(QLatin1String("your commit is safe on branch")))
            text += QStringLiteral("\nfolio: push it later with: folio propose --retry %1")
                        .arg(plan->sourceBranch);
        return fail(CommandLine::Failure, QStringLiteral("propose: %1").arg(text));
    }
    if (result->fetchFailed)
        print(stderr, QStringLiteral("folio: warning: could not fetch; proposed from the last "
                                     "fetched %1\n")
                          .arg(plan->targetBranch));
    printResult(*result, options.announce);
    return CommandLine::Success;
}

} // namespace Folio::Cli
