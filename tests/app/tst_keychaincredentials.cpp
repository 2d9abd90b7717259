#include "git/keychaincredentials.h"
#include "webenginetestmain.h"

#include <QApplication>
#include <QDialog>
#include <QFuture>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

#include <memory>

using namespace Folio;
using namespace Folio::Git;

// KeychainCredentials with an in-memory SecretStore (the user's keychain is never touched):
// asked from a worker thread as GitService does, answered in the dialogs on the UI thread.

namespace {

const QString Url = QStringLiteral("https://gitlab.example.com/sa/handbook.git");
const QString Host = QStringLiteral("gitlab.example.com");

class MemoryStore : public SecretStore
{
public:
    bool available = true;
    QHash<QString, QString> secrets;
    int reads = 0;
    int writes = 0;

    Answer read(const QString &key) override
    {
        ++reads;
        if (!available)
            return {Status::Unavailable, {}, QStringLiteral("no backend")};
        if (!secrets.contains(key))
            return {Status::NotFound, {}, {}};
        return {Status::Found, secrets.value(key), {}};
    }
    Answer write(const QString &key, const QString &secret) override
    {
        ++writes;
        if (!available)
            return {Status::Unavailable, {}, QStringLiteral("no backend")};
        secrets.insert(key, secret);
        return {Status::Found, {}, {}};
    }
};

template<typename T> T *topLevel(const QString &name)
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->objectName() == name && widget->isVisible())
            return qobject_cast<T *>(widget);
    }
    return nullptr;
}

} // namespace

class TestKeychainCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void asksWhenMissingAndStoresOnlyAfterSuccess();
    void refusedTokenIsAskedForAgain();
    void withoutKeychainAsksEachTimeAndSaysSo();
    void cancelAnswersNothing();
    void hostKeyQuestionShowsTheFingerprint();

private:
    QFuture<std::optional<UserToken>> ask(int attempt)
    {
        return QtConcurrent::run([credentials = m_credentials.get(), attempt] {
            return credentials->userToken(UserTokenRequest{Url, {}, attempt, 3});
        });
    }
    // Answers the next token dialog with token (empty: Cancel) and keeps its text in m_intro.
    // Armed before the dialog opens: the dialog runs its own event loop, so it is answered
    // from a timer firing inside that loop.
    void answer(const QString &token);
    // Waits for the worker's answer.
    template<typename T> void finish(const QFuture<T> &future)
    {
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    }

    QString m_intro;
    bool m_passwordEcho = false;

    MemoryStore *m_store = nullptr;
    std::unique_ptr<KeychainCredentials> m_credentials;
};

void TestKeychainCredentials::init()
{
    auto store = std::make_unique<MemoryStore>();
    m_store = store.get();
    m_credentials = std::make_unique<KeychainCredentials>(std::move(store), nullptr);
}

void TestKeychainCredentials::cleanup()
{
    // A failed test may leave a worker blocked in a dialog: close it so the thread ends.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    QThreadPool::globalInstance()->waitForDone();
    m_credentials.reset();
}

void TestKeychainCredentials::answer(const QString &token)
{
    m_intro.clear();
    m_passwordEcho = false;
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer, token] {
        auto *dialog = topLevel<QDialog>(QStringLiteral("tokenDialog"));
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        m_passwordEcho = edit->echoMode() == QLineEdit::Password;
        m_intro = dialog->findChild<QLabel *>(QStringLiteral("tokenIntro"))->text();
        if (token.isEmpty()) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(edit, token);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("tokenOkButton")),
                          Qt::LeftButton);
    });
    timer->start();
}

void TestKeychainCredentials::asksWhenMissingAndStoresOnlyAfterSuccess()
{
    answer(QStringLiteral("glpat-first"));
    auto first = ask(1);
    finish(first);
    QVERIFY(first.result());
    QCOMPARE(first.result()->token, QStringLiteral("glpat-first"));
    QVERIFY(!first.result()->username.isEmpty());
    QVERIFY(m_passwordEcho);
    QVERIFY2(m_intro.contains(Host), qPrintable(m_intro));
    QVERIFY2(m_intro.contains(QStringLiteral("keychain")), qPrintable(m_intro));
    QCOMPARE(m_store->writes, 0); // not before the server accepted it

    m_credentials->confirmToken();
    QCOMPARE(m_store->secrets.value(Host), QStringLiteral("glpat-first"));

    // Next time it comes from the keychain, without a dialog; confirming it writes nothing.
    auto second = ask(1);
    finish(second);
    QVERIFY(second.result());
    QCOMPARE(second.result()->token, QStringLiteral("glpat-first"));
    m_credentials->confirmToken();
    QCOMPARE(m_store->writes, 1);
}

void TestKeychainCredentials::refusedTokenIsAskedForAgain()
{
    m_store->secrets.insert(Host, QStringLiteral("glpat-old"));
    auto stored = ask(1);
    finish(stored);
    QCOMPARE(stored.result()->token, QStringLiteral("glpat-old"));

    // The server refused it: libgit2 asks again; the dialog says why.
    answer(QStringLiteral("glpat-new"));
    auto again = ask(2);
    finish(again);
    QCOMPARE(again.result()->token, QStringLiteral("glpat-new"));
    QVERIFY2(m_intro.contains(QStringLiteral("refused")), qPrintable(m_intro));
    // The operation failed anyway: the keychain keeps what it had.
    m_credentials->discardToken();
    m_credentials->confirmToken();
    QCOMPARE(m_store->secrets.value(Host), QStringLiteral("glpat-old"));
    QCOMPARE(m_store->writes, 0);

    answer(QStringLiteral("glpat-newer"));
    auto third = ask(2);
    finish(third);
    m_credentials->confirmToken();
    QCOMPARE(m_store->secrets.value(Host), QStringLiteral("glpat-newer"));
}

void TestKeychainCredentials::withoutKeychainAsksEachTimeAndSaysSo()
{
    m_store->available = false;
    for (int round = 0; round < 2; ++round) {
        answer(QStringLiteral("glpat-each-time"));
        auto token = ask(1);
        finish(token);
        QCOMPARE(token.result()->token, QStringLiteral("glpat-each-time"));
        QVERIFY2(m_intro.contains(QStringLiteral("No system keychain")), qPrintable(m_intro));
        m_credentials->confirmToken();
    }
    QCOMPARE(m_store->writes, 0);
    QVERIFY(m_store->secrets.isEmpty());
}

void TestKeychainCredentials::cancelAnswersNothing()
{
    answer(QString());
    auto token = ask(1);
    finish(token);
    QVERIFY(!token.result());
    m_credentials->confirmToken();
    QCOMPARE(m_store->writes, 0);
}

void TestKeychainCredentials::hostKeyQuestionShowsTheFingerprint()
{
    const HostKeyQuestion question{
        QStringLiteral("git.example.com"),
        2222,
        QStringLiteral("ssh-ed25519"),
        QStringLiteral("SHA256:abcDEF0123456789abcDEF0123456789abcDEF01234"),
        QString(),
        false};
    QString text;
    QString details;
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [&text, &details, timer] {
        auto *box = topLevel<QMessageBox>(QStringLiteral("hostKeyDialog"));
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        text = box->text();
        details = box->informativeText();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("trustOnceButton")),
                          Qt::LeftButton);
    });
    timer->start();
    auto decision = QtConcurrent::run([credentials = m_credentials.get(), question] {
        return credentials->unknownHostKey(question);
    });
    finish(decision);
    QVERIFY2(details.contains(question.fingerprint), qPrintable(details));
    QVERIFY2(text.contains(QStringLiteral("git.example.com:2222")), qPrintable(text));
    QCOMPARE(decision.result(), HostKeyDecision::AcceptOnce);
}

FOLIO_WIDGETS_TEST_MAIN(TestKeychainCredentials)
#include "tst_keychaincredentials.moc"
