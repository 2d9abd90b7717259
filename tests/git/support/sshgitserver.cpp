#include "git/support/sshgitserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace Folio::Test {

namespace {

const QString sshdProgram = QStringLiteral("/usr/sbin/sshd"); // sshd re-executes itself: absolute
const QString keygenProgram = QStringLiteral("ssh-keygen");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SshGitServer::SshGitServer()
    : m_port(freeLoopbackPort())
{
    if (const passwd *entry = ::getpwuid(::geteuid()))
        m_user = QString::fromLocal8Bit(entry->pw_name);
}

SshGitServer::~SshGitServer()
{
    stop();
}

QString SshGitServer::missingPrograms()
{
    QStringList missing;
    if (!QFileInfo(sshdProgram).isExecutable())
        missing << sshdProgram + QStringLiteral(" (package openssh-server)");
    if (QStandardPaths::findExecutable(keygenProgram).isEmpty())
        missing << keygenProgram + QStringLiteral(" (package openssh-client)");
    return missing.join(QStringLiteral(", "));
}

QString SshGitServer::hostKeyPath() const
{
    return m_dir.path() + QStringLiteral("/ssh_host_ed25519_key");
}

bool SshGitServer::start()
{
    if (!m_dir.isValid() || m_port == 0 || m_user.isEmpty()) {
        m_error = QStringLiteral("no temporary folder, free port or user name");
        return false;
    }
    const QString root = m_dir.path();
    if (!QFileInfo::exists(hostKeyPath()) &&
        !runTool(keygenProgram,
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                  QStringLiteral("folio-test-host"), QStringLiteral("-f"), hostKeyPath()})) {
        m_error = QStringLiteral("ssh-keygen cannot make the host key");
        return false;
    }
    QFile authorized(root + QStringLiteral("/authorized_keys"));
    if (!authorized.open(QIODevice::Append)) {
        m_error = QStringLiteral("cannot create authorized_keys");
        return false;
    }
    authorized.close();
    // sshd started as root insists on its privilege-separation folder, which systemd would
    // create at boot; it is empty and harmless.
    if (::geteuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd")))
        QDir().mkpath(QStringLiteral("/run/sshd"));
    const QString config = QStringLiteral(R"(Port %2
ListenAddress 127.0.0.1
AddressFamily inet
HostKey %3
PidFile %1/sshd.pid
AuthorizedKeysFile %1/authorized_keys
AllowUsers %4
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitUserEnvironment GIT_CONFIG_NOSYSTEM,GIT_CONFIG_GLOBAL
AllowTcpForwarding no
X11Forwarding no
AllowAgentForwarding no
PrintMotd no
LogLevel VERBOSE
)")
                               .arg(root)
                               .arg(m_port)
                               .arg(hostKeyPath(), m_user);
    const QString configPath = root + QStringLiteral("/sshd_config");
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(config.toUtf8()) != config.toUtf8().size()) {
        m_error = QStringLiteral("cannot write sshd_config");
        return false;
    }
    file.close();
    const QString log = root + QStringLiteral("/sshd.log");
    return m_process.start(
        sshdProgram,
        {QStringLiteral("-D"), QStringLiteral("-f"), configPath, QStringLiteral("-E"), log}, m_port,
        log, &m_error);
}

void SshGitServer::stop()
{
    m_process.stop();
}

bool SshGitServer::addClientKey(const QString &privateKeyPath, const QString &passphrase)
{
    QDir().mkpath(QFileInfo(privateKeyPath).absolutePath());
    QFile::remove(privateKeyPath);
    QFile::remove(privateKeyPath + QStringLiteral(".pub"));
    if (!runTool(keygenProgram,
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), passphrase, QStringLiteral("-C"),
                  QStringLiteral("folio-test-client"), QStringLiteral("-f"), privateKeyPath}))
        return false;
    const QByteArray publicKey = readAll(privateKeyPath + QStringLiteral(".pub")).trimmed();
    if (publicKey.isEmpty())
        return false;
    // Keep the server's git away from the user's own git configuration.
    const QByteArray line =
        "environment=\"GIT_CONFIG_NOSYSTEM=1\",environment=\"GIT_CONFIG_GLOBAL=/dev/null\" " +
        publicKey + '\n';
    QFile authorized(m_dir.path() + QStringLiteral("/authorized_keys"));
    return authorized.open(QIODevice::Append) && authorized.write(line) == line.size();
}

QString SshGitServer::repositoryPath(const QString &name) const
{
    return m_dir.path() + QStringLiteral("/repos/") + name + QStringLiteral(".git");
}

QString SshGitServer::createRepository(const QString &name)
{
    const QString path = repositoryPath(name);
    return createBareRepository(path) ? path : QString();
}

QString SshGitServer::url(const QString &name) const
{
    return QStringLiteral("ssh://%1@127.0.0.1:%2%3")
        .arg(m_user)
        .arg(m_port)
        .arg(repositoryPath(name));
}

QByteArray SshGitServer::knownHostsLine() const
{
    const QList<QByteArray> fields =
        readAll(hostKeyPath() + QStringLiteral(".pub")).trimmed().split(' ');
    if (fields.size() < 2)
        return {};
    return "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + fields[0] + ' ' + fields[1];
}

QString SshGitServer::hostKeyFingerprint() const
{
    QByteArray out;
    if (!runTool(
            keygenProgram,
            {QStringLiteral("-l"), QStringLiteral("-f"), hostKeyPath() + QStringLiteral(".pub")},
            &out))
        return {};
    // "256 SHA256:abc... comment (ED25519)"
    return QString::fromUtf8(out.split(' ').value(1));
}

} // namespace Folio::Test
