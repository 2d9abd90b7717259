#include "app/gitpanelfixture.h"
#include "editor/editorview.h"
#include "git/branchbar.h"
#include "git/changesmodel.h"
#include "git/commitmessage.h"
#include "git/gitpanel.h"
#include "git/mergedialog.h"
#include "git/pendingpushesdialog.h"
#include "git/proposedialog.h"
#include "git/support/httpgitserver.h"
#include "git/support/testcredentials.h"
#include "git/support/transportfixture.h"
#include "mainwindow/mainwindow.h"
#include "webenginetestmain.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::ProposeDialog;

// "Propose Changes…" from the main window's Git menu, against a real smart-HTTP server whose
// hook answers like GitLab ("View merge request for <branch>: <url>"). The credentials are a
// test double set on the window's GitService: the system keychain is never touched.

namespace {

const QByteArray guideText = "---\ntitle: Guide\n---\n# Guide\n\nThe quick brwon fox.\n";
const QByteArray settingsText = "labels: [SA-HANDBOOK, pricing]\nteam_handle: \"@sa_leaders\"\n";

#define FOLIO_STEP(call)                                                                           \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

constexpr int proposeTimeout = 60000;

} // namespace

class TestProposeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void proposesFromTheGitMenuAndShowsTheMergeRequest();
    void serverDownShowsTheBranchTheCommitIsSafeOn();
    void escapeWhileProposingCancelsInsteadOfClosing();
    void tryAgainSendsTheSavedCommitOnceOnline();
    void waitingProposalsAreListedAndSentLater();
    void plainGitServerGetsThePrefilledMergeRequestPage();
    void updateBringsBackTheMergedProposal();
    void updateWhileOfflineChangesNothing();

private:
    void openDialog();
    void proposeWhileServerDown();
    [[nodiscard]] bool pushToServerMain(const QString &file, const QByteArray &content);
    [[nodiscard]] QString step() const;

    GitPanelFixture m_fixture;
    std::unique_ptr<HttpGitServer> m_server;
    std::shared_ptr<TestCredentials> m_credentials;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_name;
    QString m_bare;
    QString m_local;
    int m_projects = 0;
    int m_colleagues = 0;
    MainWindow *m_window = nullptr;
    ProposeDialog *m_dialog = nullptr;
};

void TestProposeDialog::initTestCase()
{
    if (const QString missing = HttpGitServer::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no HTTP git server to test against: missing ") + missing));
    m_fixture.initTestCase(); // HOME before libgit2 starts
    qputenv("XDG_DATA_HOME", qgetenv("HOME") + "/data");
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qunsetenv("SSH_AUTH_SOCK");
    m_server = std::make_unique<HttpGitServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestProposeDialog::cleanupTestCase()
{
    m_server.reset();
}

void TestProposeDialog::init()
{
    // The handbook on the server: a page and the maintainers' .folio.yml; a clone by path whose
    // origin is the server's address; one page edited in the clone.
    m_work = std::make_unique<QTemporaryDir>();
    m_name = QStringLiteral("handbook%1").arg(++m_projects);
    m_bare = m_server->createRepository(m_name, HttpGitServer::Hook::RecordOnly);
    const QString seed = m_work->filePath(QStringLiteral("seed"));
    m_local = m_work->filePath(QStringLiteral("local"));
    QVERIFY(!m_bare.isEmpty());
    QVERIFY(seedRepository(m_bare, seed));
    QVERIFY(commitFile(seed, QStringLiteral("guide.md"), guideText, QStringLiteral("Guide")));
    QVERIFY(
        commitFile(seed, QStringLiteral(".folio.yml"), settingsText, QStringLiteral("Settings")));
    QVERIFY(gitOk(seed, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                         QStringLiteral("main")}));
    QVERIFY(cloneWithOrigin(m_bare, m_server->url(m_name), m_local));
    QVERIFY(m_server->setHook(m_name, HttpGitServer::Hook::CreateMergeRequest));
    QByteArray edited = guideText;
    edited.replace("brwon", "brown");
    QVERIFY(writeFile(m_local + QStringLiteral("/guide.md"), edited));

    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_credentials = std::make_shared<TestCredentials>();
    m_credentials->token = Git::UserToken{m_server->username(), m_server->token()};
    Git::GitService *service = m_window->gitService();
    // Not a slot: set on the service's own thread, before any transfer.
    QMetaObject::invokeMethod(
        service,
        [service, credentials = m_credentials] { service->setCredentialProvider(credentials); },
        Qt::BlockingQueuedConnection);
}

void TestProposeDialog::cleanup()
{
    if (m_window)
        m_window->editor()->document()->setModified(false);
    delete m_window; // waits for the git thread, so the credentials are no longer in use
    m_window = nullptr;
    m_dialog = nullptr;
}

QString TestProposeDialog::step() const
{
    if (!m_dialog)
        return QStringLiteral("no dialog");
    switch (m_dialog->step()) {
    case ProposeDialog::Step::Form:
        return QStringLiteral("form");
    case ProposeDialog::Step::Progress:
        return QStringLiteral("progress");
    case ProposeDialog::Step::Result:
        return QStringLiteral("result");
    case ProposeDialog::Step::Failure:
        return QStringLiteral("failure: ") +
               m_dialog->findChild<QLabel *>(QStringLiteral("proposeFailure"))->text();
    }
    return {};
}

void TestProposeDialog::openDialog()
{
    m_window->openPath(m_local);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->gitPanel()->changeCount() >= 1, gitTimeout);
    QAction *action = m_window->gitMenu()->findChild<QAction *>(QStringLiteral("proposeAction"));
    QVERIFY(action);
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), gitTimeout);
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        (m_dialog = m_window->findChild<ProposeDialog *>()) && m_dialog->isVisible(), gitTimeout);
    QCOMPARE(m_dialog->step(), ProposeDialog::Step::Form);
}

void TestProposeDialog::proposesFromTheGitMenuAndShowsTheMergeRequest()
{
    FOLIO_STEP(openDialog());

    // Defaults: the edited page checked, the title from the page, the labels from .folio.yml.
    auto *pages = m_dialog->findChild<QListWidget *>(QStringLiteral("proposePages"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), 1);
    QCOMPARE(pages->item(0)->checkState(), Qt::Checked);
    QCOMPARE(pages->item(0)->data(Qt::UserRole).toString(), QStringLiteral("guide.md"));
    auto *title = m_dialog->findChild<QLineEdit *>(QStringLiteral("proposeTitle"));
    QCOMPARE(title->text(),
             Git::defaultCommitMessage({QStringLiteral("guide.md")},
                                       {{QStringLiteral("guide.md"), QStringLiteral("Guide")}}));
    QVERIFY(!title->text().isEmpty());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("proposeLabels"))->text(),
             QStringLiteral("SA-HANDBOOK, pricing"));
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("proposeTarget"))->text(),
             QStringLiteral("main"));
    const QString branch =
        m_dialog->findChild<QLineEdit *>(QStringLiteral("proposeBranch"))->text();
    QVERIFY(branch.startsWith(QStringLiteral("folio-test-")));
    auto *propose = m_dialog->findChild<QPushButton *>(QStringLiteral("proposeButton"));
    QVERIFY(propose->isEnabled());
    QVERIFY(!propose->accessibleName().isEmpty());

    // Leaving every page out cannot be proposed.
    pages->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!propose->isEnabled());
    pages->item(0)->setCheckState(Qt::Checked);
    QVERIFY(propose->isEnabled());

    QTest::mouseClick(propose, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(step(), QStringLiteral("result"), proposeTimeout);

    // The link the hook printed, clickable, and in the announcement.
    const QString url = m_server->createdMergeRequestUrl(branch);
    QVERIFY(!url.isEmpty());
    auto *link = m_dialog->findChild<QLabel *>(QStringLiteral("proposeLink"));
    QVERIFY(link->isVisible());
    QVERIFY2(link->text().contains(QStringLiteral("href=\"%1\"").arg(url)),
             qPrintable(link->text()));
    QVERIFY(
        !m_dialog->findChild<QPushButton *>(QStringLiteral("openPrefilledButton"))->isVisible());
    const QString announcement =
        m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("proposeAnnouncement"))->toPlainText();
    QVERIFY2(announcement.contains(url), qPrintable(announcement));
    QVERIFY2(announcement.contains(QStringLiteral("@sa_leaders")), qPrintable(announcement));

    QApplication::clipboard()->clear();
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("copyAnnouncementButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), announcement);

    // What reached the server: the branch with the commit, the labels as push options.
    QVERIFY(!remoteBranchId(m_bare, branch).isEmpty());
    const QStringList options = m_server->receivedPushOptions(m_name);
    QVERIFY2(options.contains(QStringLiteral("merge_request.label=SA-HANDBOOK")),
             qPrintable(options.join(u'\n')));
    QVERIFY2(options.contains(QStringLiteral("merge_request.label=pricing")),
             qPrintable(options.join(u'\n')));
    QVERIFY(!m_credentials->tokenRequests.isEmpty());
    // The user stays where they were, with the edit.
    QCOMPARE(gitText(m_local, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("main"));
    QVERIFY(readFile(m_local + QStringLiteral("/guide.md")).contains("brown"));
}

void TestProposeDialog::serverDownShowsTheBranchTheCommitIsSafeOn()
{
    FOLIO_STEP(openDialog());
    const QString branch =
        m_dialog->findChild<QLineEdit *>(QStringLiteral("proposeBranch"))->text();
    QVERIFY(!branch.isEmpty());

    m_server->stop();
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("proposeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(step().startsWith(QStringLiteral("failure")), proposeTimeout);
    const bool restarted = m_server->start();
    const QString failure = m_dialog->findChild<QLabel *>(QStringLiteral("proposeFailure"))->text();
    QVERIFY2(failure.contains(QStringLiteral("safe on branch %1").arg(branch)),
             qPrintable(failure));
    // Said by the dialog in the user's words, not only in git's technical text.
    QVERIFY2(failure.contains(QStringLiteral("GitLab could not be reached")), qPrintable(failure));
    QVERIFY(!revParse(m_local, branch).isEmpty());
    QVERIFY2(restarted, qPrintable(m_server->errorString()));
}

// Closing the dialog mid-proposal must not throw away the outcome (a merge request may exist
// already): Esc cancels, and the dialog stays to say how it ended.
void TestProposeDialog::escapeWhileProposingCancelsInsteadOfClosing()
{
    FOLIO_STEP(openDialog());
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("proposeButton")),
                      Qt::LeftButton);
    QCOMPARE(m_dialog->step(), ProposeDialog::Step::Progress);
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->step() != ProposeDialog::Step::Progress, proposeTimeout);
    QVERIFY(m_dialog->isVisible());
    if (m_dialog->step() == ProposeDialog::Step::Failure) {
        const QString failure =
            m_dialog->findChild<QLabel *>(QStringLiteral("proposeFailure"))->text();
        QVERIFY2(failure.contains(QStringLiteral("cancelled")), qPrintable(failure));
    } else {
        QCOMPARE(m_dialog->step(), ProposeDialog::Step::Result); // it finished first
    }
    // Once it has ended, Esc closes as usual.
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
}

// Proposes with the server stopped and restarts it: the commit waits on its branch.
void TestProposeDialog::proposeWhileServerDown()
{
    FOLIO_STEP(openDialog());
    m_server->stop();
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("proposeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(step().startsWith(QStringLiteral("failure")), proposeTimeout);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestProposeDialog::tryAgainSendsTheSavedCommitOnceOnline()
{
    const QString branch = [this] {
        openDialog();
        return m_dialog ? m_dialog->findChild<QLineEdit *>(QStringLiteral("proposeBranch"))->text()
                        : QString();
    }();
    FOLIO_STEP(proposeWhileServerDown());
    auto *retry = m_dialog->findChild<QPushButton *>(QStringLiteral("proposeRetryButton"));
    QVERIFY(retry && retry->isVisible());
    QVERIFY(remoteBranchId(m_bare, branch).isEmpty());

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(step(), QStringLiteral("result"), proposeTimeout);
    const QString url = m_server->createdMergeRequestUrl(branch);
    auto *link = m_dialog->findChild<QLabel *>(QStringLiteral("proposeLink"));
    QVERIFY2(link->text().contains(url), qPrintable(link->text()));
    // The commit made while offline is the one that reached the server.
    QCOMPARE(remoteBranchId(m_bare, branch), revParse(m_local, branch));
    QVERIFY(m_server->receivedPushOptions(m_name).contains(
        QStringLiteral("merge_request.label=SA-HANDBOOK")));
    // GitLab's own words, verbatim.
    auto *server = m_dialog->findChild<QLabel *>(QStringLiteral("proposeServerText"));
    QVERIFY2(server->text().contains(QStringLiteral("remote: View merge request for ") + branch),
             qPrintable(server->text()));
    // Nothing waits any more.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->gitPanel()->pendingPushCount(), 0, gitTimeout);
}

void TestProposeDialog::waitingProposalsAreListedAndSentLater()
{
    const QString branch = [this] {
        openDialog();
        return m_dialog ? m_dialog->findChild<QLineEdit *>(QStringLiteral("proposeBranch"))->text()
                        : QString();
    }();
    FOLIO_STEP(proposeWhileServerDown());
    m_dialog->close();

    // The panel keeps reminding the user, and the Git menu opens the list.
    Git::GitPanel *panel = m_window->gitPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->pendingPushCount(), 1, gitTimeout);
    auto *row = panel->findChild<QWidget *>(QStringLiteral("waitingProposalsRow"));
    QVERIFY(row && row->isVisible());
    QAction *action =
        m_window->gitMenu()->findChild<QAction *>(QStringLiteral("waitingProposalsAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    Git::PendingPushesDialog *waiting = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((waiting = m_window->findChild<Git::PendingPushesDialog *>()) &&
                                 waiting->isVisible(),
                             gitTimeout);
    auto *list = waiting->findChild<QListWidget *>(QStringLiteral("pendingPushesList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, gitTimeout);
    QVERIFY2(list->item(0)->text().contains(branch), qPrintable(list->item(0)->text()));
    QCOMPARE(list->currentRow(), 0);

    // Still offline: it keeps waiting, and the dialog says why.
    m_server->stop();
    auto *send = waiting->findChild<QPushButton *>(QStringLiteral("sendPendingButton"));
    QTest::mouseClick(send, Qt::LeftButton);
    auto *status = waiting->findChild<QLabel *>(QStringLiteral("pendingPushesStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("still cannot be reached")),
                             proposeTimeout);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QCOMPARE(list->count(), 1);

    // Online: sent, with the merge request and the announcement.
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto *link = waiting->findChild<QLabel *>(QStringLiteral("proposeLink"));
    QTRY_VERIFY_WITH_TIMEOUT(link->isVisible(), proposeTimeout);
    QVERIFY2(link->text().contains(m_server->createdMergeRequestUrl(branch)),
             qPrintable(link->text()));
    const QString announcement =
        waiting->findChild<QPlainTextEdit *>(QStringLiteral("proposeAnnouncement"))->toPlainText();
    QVERIFY2(announcement.contains(QStringLiteral("@sa_leaders")), qPrintable(announcement));
    QCOMPARE(remoteBranchId(m_bare, branch), revParse(m_local, branch));
    QTRY_COMPARE_WITH_TIMEOUT(panel->pendingPushCount(), 0, gitTimeout);
    QTRY_VERIFY(!row->isVisible());
    QTest::mouseClick(waiting->findChild<QPushButton *>(QStringLiteral("pendingBackButton")),
                      Qt::LeftButton);
    QCOMPARE(list->count(), 0);
}

// A server that is not GitLab creates no merge request: the result offers GitLab's prefilled
// form, with the source, target, title and labels filled in.
void TestProposeDialog::plainGitServerGetsThePrefilledMergeRequestPage()
{
    QVERIFY(m_server->setHook(m_name, HttpGitServer::Hook::RecordOnly));
    FOLIO_STEP(openDialog());
    const QString branch =
        m_dialog->findChild<QLineEdit *>(QStringLiteral("proposeBranch"))->text();
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("proposeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(step(), QStringLiteral("result"), proposeTimeout);
    QVERIFY(!m_dialog->findChild<QLabel *>(QStringLiteral("proposeLink"))->isVisible());
    auto *open = m_dialog->findChild<QPushButton *>(QStringLiteral("openPrefilledButton"));
    QVERIFY(open->isVisible());
    const QString text = m_dialog->findChild<QLabel *>(QStringLiteral("proposeResultText"))->text();
    QVERIFY2(text.contains(QStringLiteral("did not create the merge request")), qPrintable(text));

    // The URL the button opens, and the announcement that carries it.
    const QString announcement =
        m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("proposeAnnouncement"))->toPlainText();
    const QRegularExpression urlPattern(QStringLiteral("https?://\\S+"));
    const QUrl url(urlPattern.match(announcement).captured(0));
    QVERIFY2(url.isValid(), qPrintable(announcement));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY2(url.path().endsWith(QStringLiteral("/%1/-/merge_requests/new").arg(m_name)),
             qPrintable(url.toString()));
    QCOMPARE(Test::queryParameter(url, QStringLiteral("merge_request[source_branch]")), branch);
    QCOMPARE(Test::queryParameter(url, QStringLiteral("merge_request[target_branch]")),
             QStringLiteral("main"));
    QCOMPARE(Test::queryParameter(url, QStringLiteral("merge_request[title]")),
             m_dialog->findChild<QLineEdit *>(QStringLiteral("proposeTitle"))->text());
    const QString description =
        Test::queryParameter(url, QStringLiteral("merge_request[description]"));
    QVERIFY2(description.contains(QStringLiteral("/label ~\"SA-HANDBOOK\"")),
             qPrintable(description));
    // The branch itself reached the server, without push options it could not take.
    QVERIFY(!remoteBranchId(m_bare, branch).isEmpty());
}

bool TestProposeDialog::pushToServerMain(const QString &file, const QByteArray &content)
{
    const QString other = m_work->filePath(QStringLiteral("colleague%1").arg(++m_colleagues));
    return cloneWithOrigin(m_bare, m_bare, other) && writeFile(other + u'/' + file, content) &&
           commitAll(other, QStringLiteral("A colleague's change")) &&
           gitOk(other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                         QStringLiteral("main")});
}

// The proposal's edit was merged on GitLab: updating brings it back, identical to what the
// SA still has in the page, along with a colleague's change. Nothing is refused or lost.
void TestProposeDialog::updateBringsBackTheMergedProposal()
{
    QByteArray edited = guideText;
    edited.replace("brwon", "brown");
    QVERIFY(pushToServerMain(QStringLiteral("guide.md"), edited));
    QVERIFY(pushToServerMain(QStringLiteral("pricing.md"), "# Pricing\n"));
    const QByteArray serverMain =
        gitText(m_bare, {QStringLiteral("rev-parse"), QStringLiteral("main")});

    m_window->openPath(m_local);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->gitPanel()->changeCount() == 1, gitTimeout);
    QAction *update = m_window->gitMenu()->findChild<QAction *>(QStringLiteral("updateAction"));
    QVERIFY(update);
    QTRY_VERIFY_WITH_TIMEOUT(update->isEnabled(), gitTimeout);
    // The branch bar must know the remote before it can update from it.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->findChild<GitPanel::BranchBar *>()->updateSource().isEmpty(), gitTimeout);
    update->trigger();
    GitPanel::MergeDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<GitPanel::MergeDialog *>()) &&
                                 dialog->isVisible(),
                             gitTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith(QStringLiteral("Done")),
                             proposeTimeout);
    QCOMPARE(gitText(m_local, {QStringLiteral("rev-parse"), QStringLiteral("main")}), serverMain);
    QCOMPARE(gitText(m_local, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QByteArray());
    QCOMPARE(readFile(m_local + QStringLiteral("/pricing.md")), QByteArray("# Pricing\n"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->gitPanel()->changeCount(), 0, gitTimeout);
}

void TestProposeDialog::updateWhileOfflineChangesNothing()
{
    QVERIFY(pushToServerMain(QStringLiteral("pricing.md"), "# Pricing\n"));
    const QByteArray before =
        gitText(m_local, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    m_window->openPath(m_local);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->findChild<GitPanel::BranchBar *>()->updateSource().isEmpty(), gitTimeout);
    m_server->stop();
    GitPanel::MergeDialog *dialog =
        m_window->findChild<GitPanel::BranchBar *>()->updateFromTarget();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().contains(QStringLiteral("could not be reached")),
                             proposeTimeout);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QCOMPARE(gitText(m_local, {QStringLiteral("rev-parse"), QStringLiteral("main")}), before);
    QVERIFY(readFile(m_local + QStringLiteral("/guide.md")).contains("brown"));
}

FOLIO_WEBENGINE_TEST_MAIN(TestProposeDialog)
#include "tst_proposedialog.moc"
