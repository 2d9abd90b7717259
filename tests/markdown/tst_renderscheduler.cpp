#include "markdown/renderscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Folio::Markdown;

class TestRenderScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestTextWins();
    void burstsCollapse();
};

void TestRenderScheduler::newestTextWins()
{
    RenderScheduler scheduler;
    QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
    QString slow = QStringLiteral("# Old page\n\n");
    for (int i = 0; i < 20000; ++i)
        slow += QStringLiteral("| a | b |\n|---|---|\n| *x* | y |\n\n");
    scheduler.request(slow);
    QTest::qWait(1);                                   // the slow render starts...
    scheduler.request(QStringLiteral("# New page\n")); // ...and the text changes while it runs
    QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 20000);
    QTest::qWait(50);
    QCOMPARE(rendered.count(), 1);
    const auto page = rendered.first().first().value<RenderedPage>();
    QCOMPARE(page.bodyHtml(), QStringLiteral("<h1 id=\"new-page\">New page</h1>\n"));
}

void TestRenderScheduler::burstsCollapse()
{
    RenderScheduler scheduler;
    QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
    for (int i = 0; i < 50; ++i)
        scheduler.request(QStringLiteral("# Keystroke %1\n").arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 10000);
    QTest::qWait(50);
    // Requests made in one turn of the event loop make one render, and nothing renders twice.
    QCOMPARE(rendered.count(), 1);
    QCOMPARE(rendered.last().first().value<RenderedPage>().bodyHtml(),
             QStringLiteral("<h1 id=\"keystroke-49\">Keystroke 49</h1>\n"));
}

QTEST_GUILESS_MAIN(TestRenderScheduler)
#include "tst_renderscheduler.moc"
