#include "app/gitpanelfixture.h"
#include "git/backupsdialog.h"
#include "git/discardconfirmation.h"
#include "webenginetestmain.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace Folio;
using namespace Folio::Test;
using Folio::GitPanel::BackupsDialog;
using Folio::GitPanel::DiscardConfirmation;

// Discarding with its confirmation, and getting the discarded version back from the backups
// dialog, with a real GitService on its thread; file bytes and the git CLI are the referee.
class TestBackupsDialog : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // QDesktopServices' URL handler in place of the desktop's file manager.
    void recordOpenedUrl(const QUrl &url) { m_openedUrls.append(url); }

private Q_SLOTS:
    void initTestCase() { m_fixture.initTestCase(); }
    void init();
    void cleanup();
    void discardThenRestoreGivesTheBytesBack();
    void cancelLeavesTheFileAlone();
    void discardRefusalIsShownInTheDialog();
    void listsNewestFirst();
    void changedFileOffersKeepBoth();
    void changedFileOffersReplace();
    void opensTheBackupsFolder();

private:
    // Discards a.md through the confirmation dialog, like the user.
    void discardWithTheDialog(const QString &relativePath);
    BackupsDialog *openBackups();

    GitPanelFixture m_fixture;
    QString m_repo;
    Git::GitService *m_service = nullptr;
    std::unique_ptr<BackupsDialog> m_backups;
    QList<QUrl> m_openedUrls;
};

// Bytes that only survive an exact copy: CRLF, no final newline, UTF-8 and a NUL-free binary-ish
// tail.
const QByteArray unsavedWork("# Pricing\r\nCaf\xc3\xa9 \xe2\x80\x94 draft\r\n\t\xef\xbb\xbftail");

void TestBackupsDialog::init()
{
    m_repo = m_fixture.newRepository();
    QVERIFY(!m_repo.isEmpty());
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));
    QVERIFY(commitFile(m_repo, QStringLiteral("pages/b.md"), "b\n", QStringLiteral("b")));
    m_service = m_fixture.startService(m_repo);
}

void TestBackupsDialog::cleanup()
{
    m_backups.reset();
    m_fixture.stopService();
    m_service = nullptr;
}

void TestBackupsDialog::discardWithTheDialog(const QString &relativePath)
{
    const QString path = m_repo + u'/' + relativePath;
    DiscardConfirmation dialog(m_service, path, Git::FileStatus::Modified);
    QSignalSpy discarded(&dialog, &DiscardConfirmation::discarded);
    dialog.show();
    const QString safety = dialog.findChild<QLabel *>(QStringLiteral("safetyText"))->text();
    QVERIFY2(safety.contains(QStringLiteral("saved to backups")), qPrintable(safety));
    clickButton(&dialog, QStringLiteral("discardButton"));
    QTRY_COMPARE_WITH_TIMEOUT(discarded.size(), 1, gitTimeout);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(discarded.first().first().value<Git::DiscardOutcome>().backups.size(), 1);
}

BackupsDialog *TestBackupsDialog::openBackups()
{
    m_backups = std::make_unique<BackupsDialog>(m_service);
    m_backups->show();
    return m_backups.get();
}

void TestBackupsDialog::discardThenRestoreGivesTheBytesBack()
{
    const QString page = m_repo + QStringLiteral("/a.md");
    QVERIFY(writeFile(page, unsavedWork));
    discardWithTheDialog(QStringLiteral("a.md"));
    QCOMPARE(readFile(page), QByteArray("a\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());

    BackupsDialog *dialog = openBackups();
    QTreeWidget *list = dialog->list();
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, gitTimeout);
    QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(1), QStringLiteral("a.md"));
    QCOMPARE(canonical(item->text(2)), canonical(m_repo));
    QCOMPARE(item->text(3), QStringLiteral("Changes discarded"));
    QVERIFY(!item->text(0).isEmpty());
    QCOMPARE(list->currentItem(), item);

    QSignalSpy restored(dialog, &BackupsDialog::restored);
    clickButton(dialog, QStringLiteral("restoreButton"));
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, gitTimeout);
    QCOMPARE(readFile(page), unsavedWork);
    QCOMPARE(canonical(restored.first().at(1).toString()), canonical(page));
    QVERIFY(dialog->statusText().startsWith(QStringLiteral("Restored")));
    QCOMPARE(gitText(m_repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QByteArray("M a.md"));
}

void TestBackupsDialog::cancelLeavesTheFileAlone()
{
    const QString page = m_repo + QStringLiteral("/a.md");
    QVERIFY(writeFile(page, unsavedWork));
    DiscardConfirmation dialog(m_service, page);
    dialog.show();
    // Cancel is the default: Enter keeps the changes.
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QTest::qWait(200); // a request sent by mistake would land by now
    QCOMPARE(readFile(page), unsavedWork);

    BackupsDialog *backups = openBackups();
    QTRY_COMPARE_WITH_TIMEOUT(backups->statusText(), QStringLiteral("No backups yet."), gitTimeout);
    QCOMPARE(backups->list()->topLevelItemCount(), 0);
    QVERIFY(!backups->findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
}

void TestBackupsDialog::discardRefusalIsShownInTheDialog()
{
    // Ignored files are not git's to discard: the library refuses, the dialog says why.
    QVERIFY(commitFile(m_repo, QStringLiteral(".gitignore"), "*.tmp\n", QStringLiteral("ignore")));
    const QString scratch = m_repo + QStringLiteral("/scratch.tmp");
    QVERIFY(writeFile(scratch, "scratch\n"));
    DiscardConfirmation dialog(m_service, scratch, Git::FileStatus::Ignored);
    QSignalSpy failed(&dialog, &DiscardConfirmation::discardFailed);
    dialog.show();
    clickButton(&dialog, QStringLiteral("discardButton"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, gitTimeout);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().startsWith(QStringLiteral("The changes were not discarded: ")),
             qPrintable(dialog.errorText()));
    QCOMPARE(readFile(scratch), QByteArray("scratch\n"));
}

void TestBackupsDialog::listsNewestFirst()
{
    QVERIFY(writeFile(m_repo + QStringLiteral("/a.md"), "a draft\n"));
    QVERIFY(writeFile(m_repo + QStringLiteral("/pages/b.md"), "b draft\n"));
    discardWithTheDialog(QStringLiteral("a.md"));
    discardWithTheDialog(QStringLiteral("pages/b.md"));
    BackupsDialog *dialog = openBackups();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 2, gitTimeout);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(1), QStringLiteral("pages/b.md"));
    QCOMPARE(dialog->list()->topLevelItem(1)->text(1), QStringLiteral("a.md"));
    QCOMPARE(canonical(dialog->list()->topLevelItem(0)->text(2)),
             canonical(m_repo + QStringLiteral("/pages")));
}

void TestBackupsDialog::changedFileOffersKeepBoth()
{
    const QString page = m_repo + QStringLiteral("/a.md");
    QVERIFY(writeFile(page, unsavedWork));
    discardWithTheDialog(QStringLiteral("a.md"));
    QVERIFY(writeFile(page, "newer work\n"));

    BackupsDialog *dialog = openBackups();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 1, gitTimeout);
    QSignalSpy restored(dialog, &BackupsDialog::restored);
    clickButton(dialog, QStringLiteral("restoreButton"));
    QMessageBox *choice = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (choice = dialog->findChild<QMessageBox *>(QStringLiteral("restoreChoice"))) &&
            choice->isVisible(),
        gitTimeout);
    QVERIFY(choice->text().contains(QStringLiteral("has changed")));
    QCOMPARE(readFile(page), QByteArray("newer work\n")); // asking changed nothing
    clickButton(choice, QStringLiteral("keepBothButton"));

    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, gitTimeout);
    QCOMPARE(readFile(page), QByteArray("newer work\n"));
    const QString written = restored.first().at(1).toString();
    QVERIFY2(QFileInfo(written).fileName().startsWith(QStringLiteral("a (restored ")),
             qPrintable(written));
    QCOMPARE(readFile(written), unsavedWork);
    QVERIFY(dialog->statusText().contains(QStringLiteral("next to")));
}

void TestBackupsDialog::changedFileOffersReplace()
{
    const QString page = m_repo + QStringLiteral("/a.md");
    QVERIFY(writeFile(page, unsavedWork));
    discardWithTheDialog(QStringLiteral("a.md"));
    QVERIFY(writeFile(page, "newer work\n"));

    BackupsDialog *dialog = openBackups();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 1, gitTimeout);
    QSignalSpy restored(dialog, &BackupsDialog::restored);
    clickButton(dialog, QStringLiteral("restoreButton"));
    QMessageBox *choice = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (choice = dialog->findChild<QMessageBox *>(QStringLiteral("restoreChoice"))) &&
            choice->isVisible(),
        gitTimeout);
    clickButton(choice, QStringLiteral("replaceButton"));
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, gitTimeout);
    QCOMPARE(readFile(page), unsavedWork);

    // The replaced version is itself a backup now, listed first.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 2, gitTimeout);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(3),
             QStringLiteral("Replaced by a restored backup"));
    QCOMPARE(readFile(dialog->backups().first().copyPath), QByteArray("newer work\n"));
}

void TestBackupsDialog::opensTheBackupsFolder()
{
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "recordOpenedUrl");
    BackupsDialog *dialog = openBackups();
    auto *open = dialog->findChild<QPushButton *>(QStringLiteral("openFolderButton"));
    QTRY_VERIFY_WITH_TIMEOUT(open->isEnabled(), gitTimeout);
    QTest::mouseClick(open, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(m_openedUrls.size(), 1);
    QCOMPARE(m_openedUrls.first(), QUrl::fromLocalFile(m_fixture.backupRoot()));
    QVERIFY(QFileInfo(m_fixture.backupRoot()).isDir());
}

FOLIO_WIDGETS_TEST_MAIN(TestBackupsDialog)
#include "tst_backupsdialog.moc"
