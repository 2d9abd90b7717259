// Change-list benchmark: Folio's readChanges() against `git status --porcelain=v2` of the git
// CLI on the same generated work tree (6,000 committed files, then ~50 modified and a few
// deleted, added and renamed), in the same run. Prints the median of several repetitions of
// each and the ratio (Folio / CLI). Not a pass/fail test: shared machines are too noisy.
#include "benchsupport.h"
#include "git/changelist.h"
#include "git/gitlibrary.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Folio::Bench;

namespace {

constexpr int fileCount = 6000;
constexpr int repetitions = 15;

// git without the user's or the system's configuration, with a fixed identity.
QByteArray git(const QString &repo, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(repo);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Bench"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("bench@folio.invalid"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Bench"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("bench@folio.invalid"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("git"), arguments);
    process.waitForFinished(-1);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A handbook-like page of 1-4 KB, its words drawn at random so that pages are not similar
// to each other (rename detection would otherwise pair every deleted page with a new one).
QByteArray page(int n)
{
    static const char *const words[] = {
        "handbook", "merge",  "request", "customer", "architect",  "review", "offline",
        "branch",   "commit", "page",    "section",  "onboarding", "sales",  "support",
        "process",  "team",   "value",   "release",  "pipeline",   "runner", "security",
        "policy",   "travel", "expense", "meeting",  "agenda",     "async",  "remote"};
    QRandomGenerator random(quint32(n) + 1);
    QByteArray text = "---\ntitle: Page " + QByteArray::number(n) + "\n---\n\n# Page " +
                      QByteArray::number(n) + "\n\n";
    const int paragraphs = 3 + n % 10;
    for (int p = 0; p < paragraphs; ++p) {
        for (int w = 0; w < 40; ++w) {
            text += words[random.bounded(int(std::size(words)))];
            text += w % 12 == 11 ? ".\n" : " ";
        }
        text += "\n\n";
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Folio::Git::GitLibrary library;
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("handbook"));

    // 6,000 pages in 3 levels of folders, committed with the CLI.
    for (int i = 0; i < fileCount; ++i) {
        const QString path = QStringLiteral("%1/content/section-%2/topic-%3/page-%4.md")
                                 .arg(repo)
                                 .arg(i % 20)
                                 .arg(i % 300)
                                 .arg(i);
        if (!writeFile(path, page(i))) {
            std::fprintf(stderr, "bench_gitstatus: cannot write %s\n", qPrintable(path));
            return 2;
        }
    }
    int rc = 0;
    git(dir.path(),
        {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"),
         repo},
        &rc);
    git(repo, {QStringLiteral("add"), QStringLiteral("-A")}, &rc);
    git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Handbook")}, &rc);
    if (rc != 0) {
        std::fprintf(stderr, "bench_gitstatus: git commit failed\n");
        return 2;
    }

    // The edits of a working session: 50 modified, 4 deleted, 4 added (two in a new folder),
    // 3 renamed by hand (a move without git mv).
    const auto pagePath = [&](int i) {
        return QStringLiteral("%1/content/section-%2/topic-%3/page-%4.md")
            .arg(repo)
            .arg(i % 20)
            .arg(i % 300)
            .arg(i);
    };
    for (int k = 0; k < 50; ++k) {
        const int i = (k * 997) % fileCount;
        writeFile(pagePath(i), page(i) + "An edit made in Folio.\n");
    }
    for (int k = 0; k < 4; ++k)
        QFile::remove(pagePath(5000 + k));
    for (int k = 0; k < 4; ++k) {
        writeFile(repo + QStringLiteral("/content/%1/new-%2.md")
                             .arg(k < 2 ? QStringLiteral("section-1") : QStringLiteral("new-team"))
                             .arg(k),
                  page(10000 + k));
    }
    for (int k = 0; k < 3; ++k)
        QFile::rename(pagePath(5100 + k), repo + QStringLiteral("/content/moved-%1.md").arg(k));

    auto repository = Folio::Git::Repository::discover(repo);
    if (!repository) {
        std::fprintf(stderr, "bench_gitstatus: %s\n", qPrintable(repository.error().message));
        return 2;
    }
    // Both first runs refresh the index's stat data and warm the file system cache; they
    // are reported apart from the steady state the panel lives in.
    qsizetype folioChanges = 0;
    const double folioFirst = milliseconds([&] {
        auto list = Folio::Git::readChanges(*repository);
        folioChanges = list ? list->changes.size() : -1;
    });
    const double cliFirst = milliseconds([&] {
        git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain=v2")});
    });

    std::vector<double> folio, cli, cliAll;
    qsizetype cliLines = 0;
    for (int r = 0; r < repetitions; ++r) {
        // Interleaved, so a burst of load on the shared machine hits both alike.
        folio.push_back(milliseconds([&] {
            auto list = Folio::Git::readChanges(*repository);
            folioChanges = list ? list->changes.size() : -1;
        }));
        cli.push_back(milliseconds([&] {
            cliLines =
                git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain=v2")}).count('\n');
        }));
        cliAll.push_back(milliseconds([&] {
            git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain=v2"),
                       QStringLiteral("--untracked-files=all")});
        }));
    }

    std::printf("bench_gitstatus: %d committed files, %lld changes listed by Folio, %lld lines "
                "from git status (renames in the work tree count twice there, new folders "
                "once)\n",
                fileCount, qlonglong(folioChanges), qlonglong(cliLines));
    std::printf("first run          folio %8.2f ms   git status %8.2f ms\n", folioFirst, cliFirst);
    const double folioMedian = median(folio);
    const double cliMedian = median(cli);
    const double cliAllMedian = median(cliAll);
    std::printf("median of %d runs  folio %8.2f ms   git status --porcelain=v2 %8.2f ms   "
                "ratio %5.2fx\n",
                repetitions, folioMedian, cliMedian, folioMedian / cliMedian);
    std::printf("                                       git status --porcelain=v2 -uall %8.2f "
                "ms   ratio %5.2fx\n",
                cliAllMedian, folioMedian / cliAllMedian);
    return folioChanges > 0 ? 0 : 1;
}
