#include "git/keychaincredentials.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <qt6keychain/keychain.h>

namespace Folio::Git {

namespace {

// GitLab takes any user name with a personal access token.
const QString TokenUserName = QStringLiteral("oauth2");

SecretStore::Answer answerOf(const QKeychain::Job &job, const QString &secret)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {SecretStore::Status::Found, secret, {}};
    case QKeychain::EntryNotFound:
        return {SecretStore::Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretStore::Status::Unavailable, {}, job.errorString()};
    default:
        return {SecretStore::Status::Failed, {}, job.errorString()};
    }
}

// A QKeychain job runs asynchronously: wait for it on this thread's own event loop.
void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

// The stored secret is the token, or "user name\ntoken" when the user typed a user name.
UserToken fromSecret(const QString &secret, const QString &urlUserName)
{
    const qsizetype newline = secret.indexOf(u'\n');
    if (newline >= 0)
        return {secret.left(newline), secret.mid(newline + 1)};
    return {urlUserName.isEmpty() ? TokenUserName : urlUserName, secret};
}

struct TokenPrompt
{
    QString host;
    QString username; // from the URL
    bool refused = false;
    bool keychainAvailable = true;
};

std::optional<UserToken> askToken(QWidget *parent, const TokenPrompt &prompt)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("tokenDialog"));
    dialog.setWindowTitle(QObject::tr("Sign In to %1").arg(prompt.host));
    QString text = prompt.refused
                       ? QObject::tr("%1 refused the token. Enter a valid personal access token "
                                     "(GitLab: Preferences › Access Tokens, scope "
                                     "\"write_repository\").")
                             .arg(prompt.host)
                       : QObject::tr("%1 asks who you are. Enter your personal access token "
                                     "(GitLab: Preferences › Access Tokens, scope "
                                     "\"write_repository\").")
                             .arg(prompt.host);
    text += u'\n';
    text += prompt.keychainAvailable
                ? QObject::tr("Folio keeps it in your system keychain once the server accepts it.")
                : QObject::tr("No system keychain is available, so Folio will not save the token "
                              "and will ask for it each time.");
    auto *intro = new QLabel(text, &dialog);
    intro->setObjectName(QStringLiteral("tokenIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *user = new QLineEdit(prompt.username, &dialog);
    user->setObjectName(QStringLiteral("tokenUserEdit"));
    user->setAccessibleName(QObject::tr("User name"));
    user->setPlaceholderText(QObject::tr("Optional for GitLab tokens"));
    auto *token = new QLineEdit(&dialog);
    token->setObjectName(QStringLiteral("tokenEdit"));
    token->setAccessibleName(QObject::tr("Personal access token"));
    token->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(QObject::tr("&User name:"), user);
    form->addRow(QObject::tr("&Token:"), token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("tokenOkButton"));
    ok->setText(QObject::tr("&Sign In"));
    ok->setEnabled(false);
    QObject::connect(token, &QLineEdit::textChanged, ok,
                     [ok](const QString &value) { ok->setEnabled(!value.trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    token->setFocus();
    if (dialog.exec() != QDialog::Accepted || token->text().trimmed().isEmpty())
        return std::nullopt;
    const QString name = user->text().trimmed();
    return UserToken{name.isEmpty() ? TokenUserName : name, token->text().trimmed()};
}

} // namespace

SecretStore::~SecretStore() = default;

SecretStore::Answer SystemKeychain::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    run(job);
    return answerOf(job, job.textData());
}

SecretStore::Answer SystemKeychain::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(secret);
    run(job);
    return answerOf(job, {});
}

KeychainCredentials::KeychainCredentials(std::unique_ptr<SecretStore> store, QWidget *dialogParent)
    : m_store(std::move(store))
    , m_parent(dialogParent)
{}

KeychainCredentials::~KeychainCredentials() = default;

template<typename T, typename F> T KeychainCredentials::onUiThread(F &&function)
{
    if (QThread::currentThread() == thread())
        return function();
    T result{};
    QMetaObject::invokeMethod(
        this, [&result, &function] { result = function(); }, Qt::BlockingQueuedConnection);
    return result;
}

std::optional<UserToken> KeychainCredentials::userToken(const UserTokenRequest &request)
{
    TokenPrompt prompt;
    prompt.host = QUrl(request.url).host();
    prompt.username = request.username;
    prompt.refused = request.attempt > 1;
    bool available = false;
    {
        std::lock_guard lock(m_mutex);
        if (request.attempt == 1)
            m_pending.reset();
        available = m_keychainAvailable;
    }
    if (request.attempt == 1 && available) {
        const SecretStore::Answer stored = m_store->read(prompt.host);
        if (stored.status == SecretStore::Status::Found && !stored.secret.isEmpty()) {
            std::lock_guard lock(m_mutex);
            m_pending = Pending{prompt.host, stored.secret, true};
            return fromSecret(stored.secret, request.username);
        }
        if (stored.status == SecretStore::Status::Unavailable) {
            std::lock_guard lock(m_mutex);
            m_keychainAvailable = available = false;
        }
    }
    prompt.keychainAvailable = available;
    auto answer = onUiThread<std::optional<UserToken>>(
        [this, &prompt] { return askToken(m_parent, prompt); });
    std::lock_guard lock(m_mutex);
    if (answer) {
        const QString secret = answer->username == TokenUserName
                                   ? answer->token
                                   : answer->username + u'\n' + answer->token;
        m_pending = Pending{prompt.host, secret, false};
    } else {
        m_pending.reset();
    }
    return answer;
}

void KeychainCredentials::confirmToken()
{
    std::optional<Pending> pending;
    {
        std::lock_guard lock(m_mutex);
        pending.swap(m_pending);
        if (!m_keychainAvailable)
            return;
    }
    if (!pending || pending->fromKeychain)
        return;
    const SecretStore::Answer written = m_store->write(pending->host, pending->secret);
    if (written.status == SecretStore::Status::Unavailable) {
        std::lock_guard lock(m_mutex);
        m_keychainAvailable = false;
    }
}

void KeychainCredentials::discardToken()
{
    std::lock_guard lock(m_mutex);
    m_pending.reset();
}

std::optional<QString> KeychainCredentials::keyPassphrase(const PassphraseRequest &request)
{
    return onUiThread<std::optional<QString>>([this, &request]() -> std::optional<QString> {
        bool ok = false;
        const QString label =
            request.attempt > 1
                ? tr("The passphrase was wrong. Passphrase of the SSH key %1:").arg(request.keyPath)
                : tr("Passphrase of the SSH key %1:").arg(request.keyPath);
        const QString passphrase = QInputDialog::getText(m_parent, tr("SSH Key Passphrase"), label,
                                                         QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return passphrase;
    });
}

HostKeyDecision KeychainCredentials::unknownHostKey(const HostKeyQuestion &question)
{
    return onUiThread<HostKeyDecision>([this, &question] {
        QMessageBox box(m_parent);
        box.setObjectName(QStringLiteral("hostKeyDialog"));
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("New Server"));
        box.setText(tr("Folio has not connected to %1 before. Is this its key?")
                        .arg(question.port == 22
                                 ? question.host
                                 : QStringLiteral("%1:%2").arg(question.host).arg(question.port)));
        QString details =
            tr("Key type: %1\nFingerprint: %2").arg(question.keyType, question.fingerprint);
        if (question.knownWithOtherTypes)
            details += u'\n' + tr("Warning: this server is known with another type of key.");
        details += u'\n' + tr("Compare the fingerprint with the one your administrator gave you. "
                              "If they differ, do not connect.");
        box.setInformativeText(details);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPushButton *remember = box.addButton(tr("Trust and &Remember"), QMessageBox::AcceptRole);
        remember->setObjectName(QStringLiteral("trustRememberButton"));
        QPushButton *once = box.addButton(tr("Trust &This Time"), QMessageBox::AcceptRole);
        once->setObjectName(QStringLiteral("trustOnceButton"));
        QPushButton *reject = box.addButton(tr("Do &Not Connect"), QMessageBox::RejectRole);
        reject->setObjectName(QStringLiteral("rejectHostButton"));
        box.setDefaultButton(reject);
        box.exec();
        if (box.clickedButton() == remember)
            return HostKeyDecision::AcceptAndRemember;
        if (box.clickedButton() == once)
            return HostKeyDecision::AcceptOnce;
        return HostKeyDecision::Reject;
    });
}

} // namespace Folio::Git
