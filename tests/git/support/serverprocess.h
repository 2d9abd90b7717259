#pragma once

// Shared by the test servers: a child process bound to 127.0.0.1 on a free high port, started
// and stopped by the test. Only loopback, never another address.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Folio::Test {

// A port nobody listens on right now (the kernel's choice for 127.0.0.1:0).
quint16 freeLoopbackPort();
// True once something accepts TCP connections on 127.0.0.1:port.
bool acceptsConnections(quint16 port);

// Runs a short helper program (git, ssh-keygen) to completion; output goes to *output.
bool runTool(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
             const QString &workingDirectory = {});

// A bare repository for a server, with push options advertised (receive-pack only announces
// them when asked to, and libgit2 sends none otherwise).
bool createBareRepository(const QString &path);
bool writeExecutable(const QString &path, const QByteArray &script);

// A server child process: started with its parent's death signal set, so a crashed or timed
// out test never leaves a server running; stopped with SIGTERM, then SIGKILL.
class ServerProcess
{
public:
    ServerProcess() = default;
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;
    ~ServerProcess();

    // Starts program and waits until 127.0.0.1:port accepts; on failure stops it and explains
    // in *error (with logFile's content).
    bool start(const QString &program, const QStringList &arguments, quint16 port,
               const QString &logFile, QString *error);
    void stop();
    [[nodiscard]] bool isRunning() const;

private:
    QProcess m_process;
};

} // namespace Folio::Test
