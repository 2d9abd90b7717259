#include "about/aboutdialog.h"
#include "core/versions.h"
#include "git/gitlibrary.h"
#include "mainwindow/mainwindow.h"
#include "webenginetestmain.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmark-gfm.h>
#include <git2.h>

using namespace Folio;

// Help > About Folio: the versions a bug report needs, readable and copyable.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpMenuShowsTheLibrariesFolioRunsOn();
    void copyVersionsPutsThemOnTheClipboard();

private:
    QTemporaryDir m_home;
    Git::GitLibrary m_git;
};

void TestAboutDialog::initTestCase()
{
    Test::useTemporaryHome(m_home);
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
}

void TestAboutDialog::helpMenuShowsTheLibrariesFolioRunsOn()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *help = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Help"))
            help = menu->menu();
    }
    QVERIFY(help);
    QAction *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about && help->actions().contains(about));
    about->trigger();
    About::AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<About::AboutDialog *>()) && dialog->isVisible());

    auto label = [&](const QString &name) {
        auto *found = dialog->findChild<QLabel *>(name);
        return found ? found->text() : QStringLiteral("<missing %1>").arg(name);
    };
    QVERIFY2(label(QStringLiteral("aboutTitle")).contains(QCoreApplication::applicationVersion()),
             qPrintable(label(QStringLiteral("aboutTitle"))));
    // The libraries loaded at run time where they can say so, else the ones built against.
    QCOMPARE(label(QStringLiteral("QtVersion")), QString::fromLatin1(qVersion()));
    QCOMPARE(label(QStringLiteral("cmark-gfmVersion")),
             QString::fromLatin1(cmark_version_string()));
    int major = 0;
    int minor = 0;
    int revision = 0;
    QCOMPARE(git_libgit2_version(&major, &minor, &revision), 0);
    QVERIFY2(label(QStringLiteral("libgit2Version"))
                 .startsWith(QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision)),
             qPrintable(label(QStringLiteral("libgit2Version"))));
    QCOMPARE(label(QStringLiteral("yaml-cppVersion")), Versions::current().yamlCpp);
    QCOMPARE(label(QStringLiteral("HunspellVersion")), Versions::current().hunspell);
    for (const QString &name :
         {QStringLiteral("yaml-cppVersion"), QStringLiteral("HunspellVersion")})
        QVERIFY2(label(name).front().isDigit(), qPrintable(label(name)));

    // Escape closes it, as any dialog.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<About::AboutDialog *>());
}

void TestAboutDialog::copyVersionsPutsThemOnTheClipboard()
{
    Versions versions = Versions::current();
    About::AboutDialog dialog(versions);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::clipboard()->clear();
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyVersionsButton"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("Folio ") + versions.folio + u'\n'),
             qPrintable(copied));
    const QStringList lines = {
        QStringLiteral("Qt %1").arg(versions.qt),
        QStringLiteral("cmark-gfm %1").arg(versions.cmarkGfm),
        QStringLiteral("libgit2 %1").arg(versions.libgit2),
        QStringLiteral("yaml-cpp %1").arg(versions.yamlCpp),
        QStringLiteral("Hunspell %1").arg(versions.hunspell),
    };
    for (const QString &line : lines) {
        QVERIFY2(copied.contains(line + u'\n'), qPrintable(line));
    }
}

FOLIO_WEBENGINE_TEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
