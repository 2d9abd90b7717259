// Preview benchmark: keystroke -> preview DOM updated and laid out, on the largest corpus
// page, with Folio's block patching, against a baseline in the same run that replaces the
// whole body's innerHTML. Also `folio render` against the cmark-gfm command line.
#include "guiapplication.h"
#include "handbook/handbook.h"
#include "markdown/renderer.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Folio;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.value(index);
}

bool waitForAnswer(Preview::PreviewView *view, const QString &script)
{
    bool done = false;
    view->evaluate(script, [&](const QVariant &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 60000);
}

// Median wall time of a command, in ms.
double commandMs(const QString &program, const QStringList &arguments, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return -1;
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentile(times, 0.5);
}

} // namespace

int main(int argc, char *argv[])
{
    App::prepareGuiApplication();
    QApplication app(argc, argv);
    App::setApplicationIdentity();

    const QString corpus =
        qEnvironmentVariable("FOLIO_CORPUS_DIR", QStringLiteral(FOLIO_CORPUS_DIR));
    const QString pagePath =
        corpus + QStringLiteral("/middleman/handbook/product/product-processes/index.html.md.erb");
    QFile file(pagePath);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_preview: cannot read %s\n", qPrintable(pagePath));
        return 2;
    }
    QString text = QString::fromUtf8(file.readAll());
    const Markdown::RenderOptions options{Markdown::Dialect::Kramdown};

    QTemporaryDir dir;
    QFile page(dir.filePath(QStringLiteral("page.md")));
    if (!page.open(QIODevice::WriteOnly) || page.write("# x\n") != 4)
        return 2;
    page.close();
    const auto handbook = Handbook::Handbook::open(dir.path());
    if (!handbook)
        return 2;

    Preview::PreviewView view;
    view.resize(1000, 800);
    view.show();
    view.setHandbook(handbook.value());
    view.showPage(QStringLiteral("page.md"));
    QSignalSpy updated(&view, &Preview::PreviewView::contentUpdated);
    view.setContent(Markdown::Renderer::renderPage(text, options));
    if (!updated.wait(60000))
        return 3;

    // Keystrokes in the middle of the page, each on its own block.
    const qsizetype middle = text.indexOf(QLatin1String("\n\n"), text.size() / 2) + 2;
    constexpr int Keystrokes = 40;
    QList<double> folio, baseline, renderOnly;
    for (int i = 0; i < Keystrokes; ++i) {
        text.insert(middle, QLatin1Char('x'));
        QElapsedTimer timer;
        timer.start();
        const Markdown::RenderedPage rendered = Markdown::Renderer::renderPage(text, options);
        renderOnly.append(double(timer.nsecsElapsed()) / 1e6);
        updated.clear();
        view.setContent(rendered);
        if (!updated.wait(60000))
            return 3;
        folio.append(double(timer.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < Keystrokes; ++i) {
        text.insert(middle, QLatin1Char('y'));
        QElapsedTimer timer;
        timer.start();
        const QString html = Markdown::Renderer::renderPage(text, options).contentHtml();
        const QString script =
            QStringLiteral("document.getElementById('folio-content').innerHTML = %1[0]; "
                           "document.getElementById('folio-content').offsetHeight;")
                .arg(QString::fromUtf8(
                    QJsonDocument(QJsonArray{html}).toJson(QJsonDocument::Compact)));
        if (!waitForAnswer(&view, script))
            return 3;
        baseline.append(double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf(
        "bench_preview: keystroke -> preview updated and laid out, %s (%lld KB), %d keystrokes\n",
        "product-processes/index.html.md.erb", qlonglong(file.size() / 1024), Keystrokes);
    std::printf("  %-30s p50 %7.2f ms  p95 %7.2f ms\n", "folio (render + block patch)",
                percentile(folio, 0.5), percentile(folio, 0.95));
    std::printf("  %-30s p50 %7.2f ms  p95 %7.2f ms\n", "  of which render",
                percentile(renderOnly, 0.5), percentile(renderOnly, 0.95));
    std::printf("  %-30s p50 %7.2f ms  p95 %7.2f ms\n", "baseline (full innerHTML)",
                percentile(baseline, 0.5), percentile(baseline, 0.95));
    std::printf("  ratio folio/baseline          p50 %6.2fx   p95 %6.2fx\n",
                percentile(folio, 0.5) / percentile(baseline, 0.5),
                percentile(folio, 0.95) / percentile(baseline, 0.95));

    const QString folioBinary = QStringLiteral(FOLIO_BINARY);
    const double cli = commandMs(folioBinary, {QStringLiteral("render"), pagePath}, 30);
    const double cmark = commandMs(
        QStringLiteral("cmark-gfm"),
        {QStringLiteral("--unsafe"), QStringLiteral("--github-pre-lang"), QStringLiteral("-e"),
         QStringLiteral("footnotes"), QStringLiteral("-e"), QStringLiteral("table"),
         QStringLiteral("-e"), QStringLiteral("strikethrough"), QStringLiteral("-e"),
         QStringLiteral("autolink"), QStringLiteral("-e"), QStringLiteral("tasklist"), pagePath},
        30);
    if (cli > 0 && cmark > 0) {
        std::printf("bench_preview: command line on the same page (median of 30 runs)\n");
        std::printf("  %-30s %7.2f ms\n  %-30s %7.2f ms\n  ratio                          %6.2fx\n",
                    "folio render", cli, "cmark-gfm (same extensions)", cmark, cli / cmark);
    } else {
        std::printf(
            "bench_preview: cmark-gfm command not found, command-line comparison skipped\n");
    }
    return 0;
}
