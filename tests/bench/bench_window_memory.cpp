// Memory of the whole window with a generated handbook open (FOLIO_BENCH_PAGES pages, default
// 4,000; see handbookgenerator.h), against the same window on the built-in demo handbook in the
// same run. Starts the real `folio` binary, waits until its resident memory has settled (the
// index is built and the preview has rendered) and prints VmRSS with its anonymous and
// file-backed parts. Uses the X display when DISPLAY is set, else the offscreen platform.
// Not a pass/fail test: shared machines are too noisy.
#include "benchsupport.h"
#include "handbookgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Folio;

using namespace Folio::Bench;

namespace {

struct Memory
{
    qint64 rssKb = -1;
    qint64 anonKb = -1;
    qint64 fileKb = -1;
};

Memory memoryOf(qint64 pid)
{
    Memory memory;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&line](int skip) {
            return line.mid(skip).trimmed().split(' ').first().toLongLong();
        };
        if (line.startsWith("VmRSS:"))
            memory.rssKb = value(6);
        else if (line.startsWith("RssAnon:"))
            memory.anonKb = value(8);
        else if (line.startsWith("RssFile:"))
            memory.fileKb = value(8);
    }
    return memory;
}

// Starts folio with the arguments and answers its memory once VmRSS stayed within 1 MB for
// five seconds (at most 90 s), or an empty Memory when it did not start or exited.
Memory settledWindowMemory(const QStringList &arguments, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The demo handbook is copied into the data folder: keep the user's own out of it.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    if (environment.value(QStringLiteral("DISPLAY")).isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess folio;
    folio.setProcessEnvironment(environment);
    folio.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    folio.start(QStringLiteral(FOLIO_BINARY), arguments);
    if (!folio.waitForStarted())
        return {};
    Memory settled;
    QElapsedTimer sinceChange;
    sinceChange.start();
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < 90'000 && folio.state() == QProcess::Running) {
        QThread::msleep(250);
        const Memory now = memoryOf(folio.processId());
        if (now.rssKb < 0)
            break;
        if (qAbs(now.rssKb - settled.rssKb) > 1024) {
            settled = now;
            sinceChange.restart();
        } else if (sinceChange.elapsed() >= 5'000) {
            settled = now;
            break;
        }
    }
    const bool running = folio.state() == QProcess::Running;
    folio.terminate();
    if (!folio.waitForFinished(10'000))
        folio.kill();
    return running ? settled : Memory{};
}

void print(const char *what, const Memory &memory)
{
    std::printf("  %-28s VmRSS %6.1f MB  (anonymous %5.1f MB, file-backed %5.1f MB)\n", what,
                double(memory.rssKb) / 1024, double(memory.anonKb) / 1024,
                double(memory.fileKb) / 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pageCount = Bench::benchPageCount();
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("handbook"));
    const qint64 bytes = Bench::generateHandbook(root, pageCount);
    if (bytes < 0) {
        std::fprintf(stderr, "cannot write the generated handbook\n");
        return 1;
    }
    std::printf("Window memory (%s platform)\n",
                !qEnvironmentVariableIsEmpty("DISPLAY") ? "X11" : "offscreen");
    const Memory demo = settledWindowMemory({}, dir.filePath(QStringLiteral("demo-home")));
    const Memory handbook =
        settledWindowMemory({root}, dir.filePath(QStringLiteral("handbook-home")));
    if (demo.rssKb < 0 || handbook.rssKb < 0) {
        std::fprintf(stderr, "folio did not stay up long enough to measure\n");
        return 1;
    }
    print("demo handbook (baseline)", demo);
    const QString label = QStringLiteral("%1 pages, %2 MB")
                              .arg(pageCount)
                              .arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    print(qPrintable(label), handbook);
    std::printf("  the handbook adds %.1f MB (%.2fx the demo window); goal: VmRSS <= 200 MB\n",
                double(handbook.rssKb - demo.rssKb) / 1024,
                double(handbook.rssKb) / double(demo.rssKb));
    return 0;
}
