#pragma once

// Shared by the git panel widget tests: a real repository (git/gitfixture.h), a real GitService
// on a real QThread, as the main window runs it, and helpers to drive widgets like a user.
// Header-only so each test stays one executable.

#include "git/gitfixture.h"
#include "git/gitservice.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QMenu>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>

namespace Folio::Test {

// Generous: two shared cores, and the worker may be busy with the previous request.
constexpr int gitTimeout = 10000;

class GitPanelFixture
{
public:
    void initTestCase() { m_git.initTestCase(); }

    QString newRepository() { return m_git.newRepository(); }
    [[nodiscard]] QString tempPath(const QString &name) const { return m_git.tempPath(name); }
    [[nodiscard]] QString backupRoot() const { return tempPath(QStringLiteral("backups")); }

    // Starts the service on its thread and opens repo there, as MainWindow does.
    Git::GitService *startService(const QString &repo)
    {
        m_thread = std::make_unique<QThread>();
        m_service = new Git::GitService;
        m_service->moveToThread(m_thread.get());
        QObject::connect(m_thread.get(), &QThread::finished, m_service, &QObject::deleteLater);
        m_thread->start();
        QMetaObject::invokeMethod(
            m_service,
            [service = m_service, root = backupRoot(), repo] {
                service->setBackupRoot(root);
                service->openRepository(repo);
            },
            Qt::QueuedConnection);
        return m_service;
    }

    // Holds the worker until the returned object is destroyed: what the UI shows while git
    // is slow. The release also happens when a test fails half-way.
    [[nodiscard]] std::shared_ptr<QSemaphore> blockWorker()
    {
        auto gate = std::make_shared<QSemaphore>();
        QMetaObject::invokeMethod(
            m_service, [gate] { gate->acquire(); }, Qt::QueuedConnection);
        return std::shared_ptr<QSemaphore>(gate.get(), [gate](QSemaphore *) { gate->release(); });
    }

    void stopService()
    {
        if (!m_thread)
            return;
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
        m_service = nullptr;
    }

    [[nodiscard]] Git::GitService *service() const { return m_service; }

private:
    GitFixture m_git;
    std::unique_ptr<QThread> m_thread;
    Git::GitService *m_service = nullptr;
};

inline QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

inline QByteArray currentBranch(const QString &repo)
{
    return gitText(repo, {QStringLiteral("branch"), QStringLiteral("--show-current")});
}

// Clicks child button objectName of parent, failing the test when it is missing or disabled.
inline void clickButton(QObject *parent, const QString &objectName)
{
    auto *button = parent->findChild<QAbstractButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QVERIFY2(button->isVisible(), qPrintable(objectName + QStringLiteral(" is hidden")));
    QVERIFY2(button->isEnabled(), qPrintable(objectName + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks the menu item objectName of a popup menu that is open or opening.
inline void clickMenuItem(QMenu *menu, const QString &objectName)
{
    QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), gitTimeout);
    auto *action = menu->findChild<QAction *>(objectName);
    QVERIFY2(action, qPrintable(objectName));
    QVERIFY2(action->isEnabled(), qPrintable(objectName + QStringLiteral(" is disabled")));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    QTRY_VERIFY(!menu->isVisible());
}

} // namespace Folio::Test
