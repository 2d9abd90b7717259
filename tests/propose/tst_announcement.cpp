#include "propose/announcement.h"
#include "propose/handbooksettings.h"

#include <QFile>
#include <QTest>

using namespace Folio;
using Folio::Propose::Announcement;
using Folio::Propose::HandbookSettings;
using Folio::Propose::ProposalPlan;

namespace {

Announcement::Fields fields()
{
    return Announcement::Fields{
        QStringLiteral("https://gitlab.com/g/p/-/merge_requests/7"),
        QStringLiteral("Update Demo environments"),
        QStringLiteral("Demo environments, Discovery calls"),
        QStringLiteral("@sa_leaders"),
        QStringLiteral("Jane Doe"),
        QStringLiteral("jane-doe-demo-environments-k3x9q2"),
    };
}

} // namespace

class TestAnnouncement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void defaultTemplateIsOneLine();
    void fieldsFromPlan();
    void demoHandbookTemplate();
};

void TestAnnouncement::render_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("teamHandle");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("default with team")
        << ""
        << "@sa_leaders"
        << QStringLiteral("Hi @sa_leaders! I proposed a handbook change: Update Demo environments "
                          "\u2014 https://gitlab.com/g/p/-/merge_requests/7")
        << QStringList();
    QTest::newRow("default without team")
        << "  \n"
        << ""
        << QStringLiteral("I proposed a handbook change: Update Demo environments \u2014 "
                          "https://gitlab.com/g/p/-/merge_requests/7")
        << QStringList();
    QTest::newRow("every placeholder")
        << "{team_handle}|{title}|{pages}|{author}|{branch}|{mr_url}"
        << "@team"
        << "@team|Update Demo environments|Demo environments, Discovery calls|Jane Doe|"
           "jane-doe-demo-environments-k3x9q2|https://gitlab.com/g/p/-/merge_requests/7"
        << QStringList();
    QTest::newRow("multi-line kept") << "Hi {team_handle}!\n\n{mr_url}\n"
                                     << "@t"
                                     << "Hi @t!\n\nhttps://gitlab.com/g/p/-/merge_requests/7\n"
                                     << QStringList();
    QTest::newRow("placeholder used twice")
        << "{title} / {title}"
        << "@t"
        << "Update Demo environments / Update Demo environments" << QStringList();
    QTest::newRow("unknown placeholders kept and reported once")
        << "{mr_link} {Title} {title} {mr_link}"
        << "@t"
        << "{mr_link} {Title} Update Demo environments {mr_link}"
        << QStringList{"{mr_link}", "{Title}"};
    QTest::newRow("not placeholders")
        << "{} { title } {{title}} {mr-url}"
        << "@t"
        << "{} { title } {Update Demo environments} {mr-url}" << QStringList();
}

void TestAnnouncement::render()
{
    QFETCH(QString, templateText);
    QFETCH(QString, teamHandle);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknown);
    Announcement::Fields values = fields();
    values.teamHandle = teamHandle;
    const Announcement announcement = Announcement::render(templateText, values);
    QCOMPARE(announcement.text(), expected);
    QCOMPARE(announcement.unknownPlaceholders(), unknown);
}

void TestAnnouncement::defaultTemplateIsOneLine()
{
    Announcement::Fields values = fields();
    values.title = QStringLiteral("Has {mr_url} and {pages} in it"); // values are not re-read
    const Announcement announcement = Announcement::render(QString(), values);
    QVERIFY(!announcement.text().contains(u'\n'));
    QVERIFY(announcement.text().contains(QLatin1String("Has {mr_url} and {pages} in it")));
    QVERIFY(announcement.unknownPlaceholders().isEmpty());
}

void TestAnnouncement::fieldsFromPlan()
{
    ProposalPlan plan;
    plan.title = QStringLiteral("Update 2 pages in sales");
    plan.sourceBranch = QStringLiteral("jane-2-pages-in-sales-k3x9q2");
    plan.author = QStringLiteral("Jane Doe");
    plan.pages = {{QStringLiteral("sales/a.md"), QStringLiteral(" Discovery\ncalls ")},
                  {QStringLiteral("sales/b.md"), QString()}};
    const auto settings = HandbookSettings::parse("team_handle: \"@sa_leaders\"\n");
    QVERIFY(settings);
    const Announcement::Fields values =
        Announcement::fieldsFor(plan, QStringLiteral("https://x/mr/1"), settings.value());
    QCOMPARE(values.mrUrl, QStringLiteral("https://x/mr/1"));
    QCOMPARE(values.title, plan.title);
    QCOMPARE(values.pages, QStringLiteral("Discovery calls, b.md"));
    QCOMPARE(values.teamHandle, QStringLiteral("@sa_leaders"));
    QCOMPARE(values.author, QStringLiteral("Jane Doe"));
    QCOMPARE(values.branch, plan.sourceBranch);
}

void TestAnnouncement::demoHandbookTemplate()
{
    QFile file(QStringLiteral(FOLIO_SOURCE_DIR "/resources/demo/.folio.yml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto settings = HandbookSettings::parse(file.readAll());
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().toString()));
    QVERIFY(settings->problems().isEmpty());
    QCOMPARE(settings->labels(), QStringList{"SA-HANDBOOK"});
    QCOMPARE(settings->teamHandle(), QStringLiteral("@sa_leaders"));
    const Announcement announcement = Announcement::render(
        settings->announcement(),
        Announcement::fieldsFor(ProposalPlan(), QStringLiteral("u"), settings.value()));
    QVERIFY(announcement.unknownPlaceholders().isEmpty());
    QVERIFY2(announcement.text().startsWith(QLatin1String("Hi @sa_leaders!")),
             qPrintable(announcement.text()));
}

QTEST_GUILESS_MAIN(TestAnnouncement)
#include "tst_announcement.moc"
