#include "git/clonedialog.h"
#include "git/giterrors.h"
#include "git/gitservice.h"
#include "git/support/httpgitserver.h"
#include "git/support/serverprocess.h"
#include "git/support/testcredentials.h"
#include "git/support/transportfixture.h"
#include "mainwindow/mainwindow.h"
#include "webenginetestmain.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <atomic>
#include <memory>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::CloneDialog;

// The Clone dialog driven like a user (type the address, click Clone, Cancel, Esc) against a
// real smart-HTTP server (lighttpd + git http-backend on 127.0.0.1, basic auth); the git CLI
// judges every clone. Credentials are a test double: the system keychain is never touched.

namespace {

constexpr int cloneTimeout = 60000;

#define FOLIO_STEP(call)                                                                           \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// Holds the first token question on the git thread until the test lets it go: the clone is
// then certainly running (its folder made, waiting for the server) when the user cancels.
class GatedCredentials : public TestCredentials
{
public:
    std::optional<Git::UserToken> userToken(const Git::UserTokenRequest &request) override
    {
        if (gated.exchange(false)) {
            folderExistedWhileAsked = QFileInfo::exists(watchedFolder + QStringLiteral("/.git"));
            waiting = true;
            proceed.acquire();
        }
        return TestCredentials::userToken(request);
    }

    std::atomic<bool> gated = false;
    QString watchedFolder; // set before the clone starts
    std::atomic<bool> folderExistedWhileAsked = false;
    std::atomic<bool> waiting = false; // held at the question
    QSemaphore proceed;
};

} // namespace

class TestCloneDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void folderFollowsTheAddressUntilTheUserEditsIt();
    void problemsAreExplainedInlineAndBlockCloning_data();
    void problemsAreExplainedInlineAndBlockCloning();
    void shallowCloneByDefault();
    void fullHistoryWhenUnchecked();
    void cancelLeavesNoFolderAndReturnsToTheForm_data();
    void cancelLeavesNoFolderAndReturnsToTheForm();
    void destroyingTheDialogCancelsTheClone();
    void serverDownIsExplainedAndCanBeRetried();
    void addressWithATokenIsRefusedWithoutNetwork();
    void cloneFromTheFileMenuOpensTheHandbook();

private:
    template<typename T> T *child(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    void typeAddress(const QString &url);
    void clickClone();
    // Everything queued on the git thread before this call has run when it returns.
    void flushWorker();
    [[nodiscard]] QString home(const QString &relative) const
    {
        return QDir::homePath() + u'/' + relative;
    }

    GitFixture m_fixture;
    std::unique_ptr<HttpGitServer> m_server;
    QTemporaryDir m_serverWork;
    QByteArray m_head;
    int m_commits = 0;

    std::unique_ptr<QTemporaryDir> m_work;
    std::shared_ptr<GatedCredentials> m_credentials;
    std::unique_ptr<QThread> m_thread;
    Git::GitService *m_service = nullptr;
    CloneDialog *m_dialog = nullptr;
};

void TestCloneDialog::initTestCase()
{
    if (const QString missing = HttpGitServer::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no HTTP git server to test against: missing ") + missing));
    m_fixture.initTestCase(); // HOME before libgit2 starts
    qputenv("XDG_DATA_HOME", qgetenv("HOME") + "/data");
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qunsetenv("SSH_AUTH_SOCK");
    m_server = std::make_unique<HttpGitServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

    // A handbook with some history: three commits on main.
    const QString seed = m_serverWork.filePath(QStringLiteral("seed"));
    QVERIFY(!m_server->createRepository(QStringLiteral("handbook"), HttpGitServer::Hook::RecordOnly)
                 .isEmpty());
    QVERIFY(seedRepository(m_server->repositoryPath(QStringLiteral("handbook")), seed));
    QVERIFY(commitFile(seed, QStringLiteral("content/handbook/_index.md"),
                       "---\ntitle: Handbook\n---\n# Handbook\n", QStringLiteral("Home page")));
    QVERIFY(commitFile(seed, QStringLiteral("content/handbook/_index.md"),
                       "---\ntitle: Handbook\n---\n# Handbook\n\nWelcome.\n",
                       QStringLiteral("Welcome")));
    QVERIFY(gitOk(seed, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                         QStringLiteral("main")}));
    m_head = revParse(seed, QStringLiteral("HEAD"));
    m_commits = 3;
    QVERIFY(!m_head.isEmpty());
}

void TestCloneDialog::cleanupTestCase()
{
    m_server.reset();
}

void TestCloneDialog::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_credentials = std::make_shared<GatedCredentials>();
    m_credentials->token = Git::UserToken{m_server->username(), m_server->token()};

    // The service on its own thread, as the main window runs it.
    m_thread = std::make_unique<QThread>();
    m_service = new Git::GitService;
    m_service->setCredentialProvider(m_credentials);
    m_service->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_service, &QObject::deleteLater);
    m_thread->start();

    m_dialog = new CloneDialog(m_service);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestCloneDialog::cleanup()
{
    m_credentials->gated = false;
    m_credentials->proceed.release(); // never leave the git thread waiting on a failed test
    delete m_dialog;
    m_dialog = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_service = nullptr;
    QDir(home(QStringLiteral("handbook"))).removeRecursively(); // the default folder
}

void TestCloneDialog::typeAddress(const QString &url)
{
    auto *edit = child<QLineEdit>(QStringLiteral("cloneUrl"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, url);
    QCOMPARE(edit->text(), url);
}

void TestCloneDialog::clickClone()
{
    auto *button = child<QPushButton>(QStringLiteral("cloneButton"));
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(m_dialog->problem()));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_dialog->step(), CloneDialog::Step::Progress);
    QVERIFY(m_dialog->isCloning());
}

void TestCloneDialog::flushWorker()
{
    QMetaObject::invokeMethod(
        m_service, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::processEvents(); // what the worker sent before the barrier
}

void TestCloneDialog::folderFollowsTheAddressUntilTheUserEditsIt()
{
    auto *folder = child<QLineEdit>(QStringLiteral("cloneFolder"));
    QVERIFY(folder);
    QVERIFY(folder->text().isEmpty());
    QVERIFY(!child<QPushButton>(QStringLiteral("cloneButton"))->isEnabled());
    QVERIFY(child<QCheckBox>(QStringLiteral("cloneShallow"))->isChecked());

    FOLIO_STEP(typeAddress(QStringLiteral("https://gitlab.com/gitlab-com/content-sites/hand")));
    QCOMPARE(folder->text(), QDir::toNativeSeparators(home(QStringLiteral("hand"))));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("cloneUrl")), QStringLiteral("book.git"));
    QCOMPARE(folder->text(), QDir::toNativeSeparators(home(QStringLiteral("handbook"))));
    QVERIFY(child<QPushButton>(QStringLiteral("cloneButton"))->isEnabled());
    QCOMPARE(m_dialog->problem(), QString());

    // The user's own folder stays, whatever the address becomes.
    const QString mine = m_work->filePath(QStringLiteral("mine"));
    folder->setFocus();
    folder->selectAll();
    QTest::keyClicks(folder, mine);
    FOLIO_STEP(typeAddress(QStringLiteral("git@gitlab.com:team/other-handbook.git")));
    QCOMPARE(folder->text(), mine);

    // Cleared, it follows the address again.
    folder->setFocus();
    folder->selectAll();
    QTest::keyClick(folder, Qt::Key_Backspace);
    QCOMPARE(folder->text(), QString());
    FOLIO_STEP(typeAddress(QStringLiteral("git@gitlab.com:team/other-handbook.git")));
    QCOMPARE(folder->text(), QDir::toNativeSeparators(home(QStringLiteral("other-handbook"))));
}

void TestCloneDialog::problemsAreExplainedInlineAndBlockCloning_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("folderContent"); // a file put in the folder first
    QTest::addColumn<QString>("urlMessage");
    QTest::addColumn<QString>("folderMessage");

    const QString ok = QStringLiteral("https://gitlab.com/team/handbook.git");
    QTest::newRow("unsupported scheme")
        << QStringLiteral("ftp://example.com/handbook.git") << QString()
        << QStringLiteral("cannot clone from ftp:// addresses") << QString();
    QTest::newRow("not an address") << QStringLiteral("/srv/git/handbook.git") << QString()
                                    << QStringLiteral("not a repository address") << QString();
    QTest::newRow("no repository") << QStringLiteral("https://gitlab.com/") << QString()
                                   << QStringLiteral("no repository") << QString();
    QTest::newRow("scheme still being typed")
        << QStringLiteral("https:/") << QString() << QString() << QString();
    QTest::newRow("folder not empty") << ok << QStringLiteral("notes.md") << QString()
                                      << QStringLiteral("already exists and is not empty");
}

void TestCloneDialog::problemsAreExplainedInlineAndBlockCloning()
{
    QFETCH(QString, url);
    QFETCH(QString, folderContent);
    QFETCH(QString, urlMessage);
    QFETCH(QString, folderMessage);
    if (!folderContent.isEmpty())
        QVERIFY(writeFile(home(QStringLiteral("handbook/")) + folderContent, "mine\n"));

    FOLIO_STEP(typeAddress(url));
    auto *urlProblem = child<QLabel>(QStringLiteral("cloneUrlProblem"));
    auto *folderProblem = child<QLabel>(QStringLiteral("cloneFolderProblem"));
    QCOMPARE(urlProblem->isVisible(), !urlMessage.isEmpty());
    if (!urlMessage.isEmpty())
        QVERIFY2(urlProblem->text().contains(urlMessage), qPrintable(urlProblem->text()));
    QCOMPARE(folderProblem->isVisible(), !folderMessage.isEmpty());
    if (!folderMessage.isEmpty())
        QVERIFY2(folderProblem->text().contains(folderMessage), qPrintable(folderProblem->text()));
    QVERIFY(!m_dialog->problem().isEmpty());
    QVERIFY(!child<QPushButton>(QStringLiteral("cloneButton"))->isEnabled());
    m_dialog->clone(); // what Enter in the form would do
    QCOMPARE(m_dialog->step(), CloneDialog::Step::Form);
    QVERIFY(!m_dialog->isCloning());
    if (!folderContent.isEmpty())
        QCOMPARE(readFile(home(QStringLiteral("handbook/")) + folderContent), QByteArray("mine\n"));
}

void TestCloneDialog::shallowCloneByDefault()
{
    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    QSignalSpy progressed(m_service, &Git::GitService::transferProgressed);
    FOLIO_STEP(typeAddress(m_server->url(QStringLiteral("handbook"))));
    const QString path = home(QStringLiteral("handbook"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("cloneFolder"))->text(),
             QDir::toNativeSeparators(path));
    FOLIO_STEP(clickClone());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isCloning(), cloneTimeout);
    QVERIFY2(accepted.size() == 1,
             qPrintable(child<Widgets::MessageBanner>(QStringLiteral("cloneMessage"))->text()));
    QVERIFY(!m_dialog->isVisible());

    QCOMPARE(m_dialog->result().path, path);
    QVERIFY(m_dialog->result().shallow);
    QCOMPARE(
        gitText(path, {QStringLiteral("rev-parse"), QStringLiteral("--is-shallow-repository")}),
        QByteArray("true"));
    QCOMPARE(gitText(path, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                            QStringLiteral("HEAD")}),
             QByteArray("1"));
    QVERIFY(fsckClean(path));
    QCOMPARE(revParse(path, QStringLiteral("HEAD")), m_head);
    QCOMPARE(porcelain(path), QByteArray());
    QVERIFY(m_dialog->completionMessage().contains(QDir::toNativeSeparators(path)));

    // What the progress page showed last: every object, the bytes, a full bar.
    QVERIFY(!progressed.isEmpty());
    const QString objects = child<QLabel>(QStringLiteral("cloneObjects"))->text();
    static const QRegularExpression allObjects(QStringLiteral("^Objects: (\\d+) of \\1$"));
    QVERIFY2(allObjects.match(objects).hasMatch(), qPrintable(objects));
    const QString bytes = child<QLabel>(QStringLiteral("cloneBytes"))->text();
    QVERIFY2(bytes.startsWith(QStringLiteral("Received: ")) &&
                 bytes.contains(QRegularExpression(QStringLiteral("\\d+ (bytes|KiB|MiB)"))),
             qPrintable(bytes));
    auto *bar = child<QProgressBar>(QStringLiteral("cloneProgressBar"));
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->maximum() > 0);
}

void TestCloneDialog::fullHistoryWhenUnchecked()
{
    FOLIO_STEP(typeAddress(m_server->url(QStringLiteral("handbook"))));
    const QString path = m_work->filePath(QStringLiteral("clones/full"));
    auto *folder = child<QLineEdit>(QStringLiteral("cloneFolder"));
    folder->setFocus();
    folder->selectAll();
    QTest::keyClicks(folder, path);
    QTest::mouseClick(child<QCheckBox>(QStringLiteral("cloneShallow")), Qt::LeftButton);
    QVERIFY(!child<QCheckBox>(QStringLiteral("cloneShallow"))->isChecked());
    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    FOLIO_STEP(clickClone());
    QVERIFY(accepted.wait(cloneTimeout));

    QCOMPARE(m_dialog->result().path, path);
    QVERIFY(!m_dialog->result().shallow);
    QCOMPARE(
        gitText(path, {QStringLiteral("rev-parse"), QStringLiteral("--is-shallow-repository")}),
        QByteArray("false"));
    QCOMPARE(gitText(path, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                            QStringLiteral("HEAD")}),
             QByteArray::number(m_commits));
    QVERIFY(fsckClean(path));
    QCOMPARE(revParse(path, QStringLiteral("HEAD")), m_head);
}

void TestCloneDialog::cancelLeavesNoFolderAndReturnsToTheForm_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("cancel button") << QStringLiteral("button");
    QTest::newRow("escape key") << QStringLiteral("escape");
    QTest::newRow("window close") << QStringLiteral("close");
}

void TestCloneDialog::cancelLeavesNoFolderAndReturnsToTheForm()
{
    QFETCH(QString, how);
    FOLIO_STEP(typeAddress(m_server->url(QStringLiteral("handbook"))));
    const QString path = home(QStringLiteral("handbook"));
    m_credentials->watchedFolder = path;
    m_credentials->gated = true;
    FOLIO_STEP(clickClone());

    // The clone is running: its folder exists, the server is waiting for the token.
    QTRY_VERIFY_WITH_TIMEOUT(m_credentials->waiting, cloneTimeout);
    QVERIFY(m_credentials->folderExistedWhileAsked);
    auto *cancel = child<QPushButton>(QStringLiteral("cloneCancelButton"));
    if (how == QLatin1String("button"))
        QTest::mouseClick(cancel, Qt::LeftButton);
    else if (how == QLatin1String("escape"))
        QTest::keyClick(m_dialog, Qt::Key_Escape);
    else
        QVERIFY(!m_dialog->close()); // refused: the dialog waits for the cancel's answer
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->isCloning());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("cloneStage"))->text(), QStringLiteral("Cancelling…"));
    m_credentials->proceed.release();

    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isCloning(), cloneTimeout);
    QCOMPARE(m_dialog->step(), CloneDialog::Step::Form);
    QVERIFY(m_dialog->isVisible());
    const QString message = child<Widgets::MessageBanner>(QStringLiteral("cloneMessage"))->text();
    QVERIFY2(message.startsWith(QStringLiteral("Clone cancelled")), qPrintable(message));
    QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    QCOMPARE(QDir(QDir::homePath()).entryList({QStringLiteral("handbook*")}), QStringList());

    // Nothing sticks: the same clone, again, succeeds.
    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    FOLIO_STEP(clickClone());
    QVERIFY(accepted.wait(cloneTimeout));
    QVERIFY(fsckClean(path));
    QCOMPARE(revParse(path, QStringLiteral("HEAD")), m_head);
}

// What happens when the main window closes mid-clone: nobody waits for the download, and the
// half-made folder goes.
void TestCloneDialog::destroyingTheDialogCancelsTheClone()
{
    FOLIO_STEP(typeAddress(m_server->url(QStringLiteral("handbook"))));
    const QString path = home(QStringLiteral("handbook"));
    m_credentials->watchedFolder = path;
    m_credentials->gated = true;
    QSignalSpy cloned(m_service, &Git::GitService::cloned);
    QSignalSpy failed(m_service, &Git::GitService::cloneFailed);
    FOLIO_STEP(clickClone());
    QTRY_VERIFY_WITH_TIMEOUT(m_credentials->waiting, cloneTimeout);
    QVERIFY(m_credentials->folderExistedWhileAsked);

    delete m_dialog;
    m_dialog = nullptr;
    m_credentials->proceed.release();
    flushWorker();
    QCOMPARE(cloned.size(), 0);
    QCOMPARE(failed.size(), 1);
    const auto error = failed[0][0].value<Error>();
    QVERIFY2(Git::hasCode(error, Git::GitErrorCode::Cancelled), qPrintable(error.message));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCloneDialog::serverDownIsExplainedAndCanBeRetried()
{
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    FOLIO_STEP(typeAddress(QStringLiteral("http://127.0.0.1:%1/git/handbook.git").arg(port)));
    const QString path = home(QStringLiteral("handbook"));
    FOLIO_STEP(clickClone());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isCloning(), cloneTimeout);
    QCOMPARE(m_dialog->step(), CloneDialog::Step::Form);
    auto *banner = child<Widgets::MessageBanner>(QStringLiteral("cloneMessage"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Widgets::MessageBanner::Kind::Error);
    // In the user's words first, then git's own text.
    QVERIFY2(banner->text().startsWith(QStringLiteral("Folio could not reach 127.0.0.1.")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("\n\nDetails: ")), qPrintable(banner->text()));
    QVERIFY(!QFileInfo::exists(path));
    // The address can be fixed and the clone tried again.
    QVERIFY(child<QPushButton>(QStringLiteral("cloneButton"))->isEnabled());
    QVERIFY(child<QLineEdit>(QStringLiteral("cloneUrl"))->hasFocus());
    FOLIO_STEP(typeAddress(m_server->url(QStringLiteral("handbook"))));
    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    FOLIO_STEP(clickClone());
    QVERIFY(accepted.wait(cloneTimeout));
    QCOMPARE(revParse(path, QStringLiteral("HEAD")), m_head);
}

// A token in the address would end up in .git/config in plain text: refused before anything is
// sent, although this one would work.
void TestCloneDialog::addressWithATokenIsRefusedWithoutNetwork()
{
    QUrl url(m_server->url(QStringLiteral("handbook")));
    url.setUserName(m_server->username());
    url.setPassword(m_server->token());
    QSignalSpy progressed(m_service, &Git::GitService::transferProgressed);
    QSignalSpy cloned(m_service, &Git::GitService::cloned);
    QSignalSpy failed(m_service, &Git::GitService::cloneFailed);

    FOLIO_STEP(typeAddress(url.toString()));
    const QString path = home(QStringLiteral("handbook"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("cloneFolder"))->text(),
             QDir::toNativeSeparators(path));
    auto *problem = child<QLabel>(QStringLiteral("cloneUrlProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("password or access token")) &&
                 problem->text().contains(QStringLiteral("keychain")),
             qPrintable(problem->text()));
    auto *button = child<QPushButton>(QStringLiteral("cloneButton"));
    QVERIFY(!button->isEnabled());

    // Neither a click, Enter nor a direct call gets through.
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::keyClick(child<QLineEdit>(QStringLiteral("cloneUrl")), Qt::Key_Return);
    m_dialog->clone();
    flushWorker();
    QCOMPARE(m_dialog->step(), CloneDialog::Step::Form);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->isCloning());
    QCOMPARE(progressed.size(), 0);
    QCOMPARE(cloned.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(m_credentials->tokenRequests.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

// File > Clone Handbook… (here from the demo handbook's banner, where a first run starts) opens
// the clone as the handbook, as File > Open Handbook… would.
void TestCloneDialog::cloneFromTheFileMenuOpensTheHandbook()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Git::GitService *service = window.gitService();
    QMetaObject::invokeMethod(
        service,
        [service, credentials = m_credentials] { service->setCredentialProvider(credentials); },
        Qt::BlockingQueuedConnection);

    QMenu *file = window.menuBar()->actions().value(0)->menu();
    QVERIFY(file);
    auto *cloneAction = window.findChild<QAction *>(QStringLiteral("cloneAction"));
    auto *openAction = window.findChild<QAction *>(QStringLiteral("openAction"));
    QVERIFY(cloneAction && openAction);
    QCOMPARE(file->actions().indexOf(cloneAction), 0); // before Open Handbook…
    QCOMPARE(file->actions().indexOf(openAction), 1);

    window.openDemoHandbook();
    QTRY_VERIFY(window.demoBanner()->isVisible());
    QToolButton *cloneButton = nullptr;
    for (auto *button : window.demoBanner()->findChildren<QToolButton *>()) {
        if (button->defaultAction() == cloneAction)
            cloneButton = button;
    }
    QVERIFY(cloneButton);
    QVERIFY(cloneButton->isVisible());
    QTest::mouseClick(cloneButton, Qt::LeftButton);
    CloneDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CloneDialog *>()) && dialog->isVisible());
    QPointer<CloneDialog> watched(dialog);

    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("cloneUrl"));
    QTest::keyClicks(url, m_server->url(QStringLiteral("handbook")));
    const QString path = m_work->filePath(QStringLiteral("team/handbook"));
    auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("cloneFolder"));
    folder->selectAll();
    QTest::keyClicks(folder, path);
    QSignalSpy opened(&window, &MainWindow::handbookOpened);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cloneButton")),
                      Qt::LeftButton);
    QVERIFY(opened.wait(cloneTimeout));

    QCOMPARE(window.handbook().rootPath(), QFileInfo(path).canonicalFilePath());
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), QStringLiteral("content/handbook/_index.md"),
                              cloneTimeout);
    QVERIFY(!window.demoBanner()->isVisible());
    QVERIFY2(window.statusBar()->currentMessage().startsWith(
                 QStringLiteral("Cloned the handbook into %1").arg(QDir::toNativeSeparators(path))),
             qPrintable(window.statusBar()->currentMessage()));
    QTRY_VERIFY(!watched); // closed and deleted
    QVERIFY(fsckClean(path));
}

FOLIO_WEBENGINE_TEST_MAIN(TestCloneDialog)
#include "tst_clonedialog.moc"
