#include "git/gitlibrary.h"
#include "guiapplication.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "webenginetestmain.h"

#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdio>
#include <memory>

using namespace Folio;

namespace {

constexpr char ChildMode[] = "--locale-child";

// The child: started as the app starts, in the system locale its environment gives, it
// prints the window's menu titles and Qt's own texts for a text field's context menu.
int runLocaleChild(int argc, char *argv[])
{
    Folio::App::prepareGuiApplication();
    QApplication app(argc, argv);
    Folio::App::setApplicationIdentity();
    Folio::I18n::installTranslations(&app);
    const Git::GitLibrary git;
    MainWindow window;
    QStringList lines;
    for (const QAction *menu : window.menuBar()->actions())
        lines.append(menu->text());
    QPlainTextEdit field;
    const std::unique_ptr<QMenu> standard(field.createStandardContextMenu());
    for (const QAction *action : standard->actions()) {
        if (!action->text().isEmpty()) // "&Copy\tCtrl+C": the text without its shortcut
            lines.append(u"standard=" + action->text().section(u'\t', 0, 0));
    }
    // Shortcuts named in tooltips as the menus name them, in the language.
    if (const auto *previous =
            window.findChild<QToolButton *>(QStringLiteral("findPreviousButton")))
        lines.append(u"previousMatch=" + previous->toolTip());
    lines.append(u"locale=" + QLocale().name());
    std::fputs(qPrintable(lines.join(u'\n') + u'\n'), stdout);
    return 0;
}

} // namespace

// The window speaks the system's language: German, French, Spanish or Japanese when the
// session is in one of them, English otherwise, with Qt's own dialogs and menus to match.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowFollowsTheSystemLanguage_data();
    void windowFollowsTheSystemLanguage();
    void englishHasItsPluralForms();

private:
    QTemporaryDir m_home;
};

void TestTranslations::initTestCase()
{
    Test::useTemporaryHome(m_home);
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
}

void TestTranslations::windowFollowsTheSystemLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QString>("previousMatch"); // a tooltip naming Shift+Return
    QTest::newRow("German") << QStringLiteral("de_DE.UTF-8")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                           QStringLiteral("&Hilfe")}
                            << QStringLiteral("&Kopieren")
                            << QStringLiteral("Vorheriger Treffer (Umschalt+Return)");
    QTest::newRow("French") << QStringLiteral("fr_FR.UTF-8")
                            << QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                                           QStringLiteral("Aid&e")}
                            << QStringLiteral("Cop&ier")
                            << QStringLiteral("Occurrence précédente (Maj+Retour)");
    QTest::newRow("Spanish") << QStringLiteral("es_ES.UTF-8")
                             << QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Editar"),
                                            QStringLiteral("A&yuda")}
                             << QStringLiteral("&Copiar")
                             << QStringLiteral("Coincidencia anterior (Mayúsculas+Retorno)");
    QTest::newRow("Japanese") << QStringLiteral("ja_JP.UTF-8")
                              << QStringList{QStringLiteral("ファイル(&F)"),
                                             QStringLiteral("編集(&E)"),
                                             QStringLiteral("ヘルプ(&H)")}
                              << QStringLiteral("コピー(&C)")
                              << QStringLiteral("前の一致 (Shift+Return)");
    // Folio has no Italian: its own texts in English, Qt's in Italian.
    QTest::newRow("Italian, untranslated: English")
        << QStringLiteral("it_IT.UTF-8")
        << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Help")}
        << QStringLiteral("&Copia") << QStringLiteral("Previous match (Shift+Invio)");
}

void TestTranslations::windowFollowsTheSystemLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, menus);
    QFETCH(QString, copy);
    QFETCH(QString, previousMatch);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), lang);
    environment.insert(QStringLiteral("LC_ALL"), lang);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildMode)});
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &menu : std::as_const(menus))
        QVERIFY2(lines.contains(menu), qPrintable(menu + u" not in " + lines.join(u", ")));
    QVERIFY2(lines.contains(u"standard=" + copy), qPrintable(lines.join(u", ")));
    QVERIFY2(lines.contains(u"previousMatch=" + previousMatch), qPrintable(lines.join(u", ")));
}

void TestTranslations::englishHasItsPluralForms()
{
    // The test runs in English (FOLIO_WIDGETS_TEST_MAIN): "%n change(s)" reads naturally.
    QCOMPARE(QCoreApplication::translate("Folio::Git::GitPanel", "%n change(s)", nullptr, 1),
             QStringLiteral("1 change"));
    QCOMPARE(QCoreApplication::translate("Folio::Git::GitPanel", "%n change(s)", nullptr, 3),
             QStringLiteral("3 changes"));
    QCOMPARE(QCoreApplication::translate("Folio::Editor::FindBar", "%n match(es)", nullptr, 2),
             QStringLiteral("2 matches"));
}

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], ChildMode) == 0)
        return runLocaleChild(argc, argv);
    QApplication app(argc, argv);
    Folio::Test::setUpTestApplication(&app);
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
