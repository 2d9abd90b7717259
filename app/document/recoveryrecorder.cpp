#include "document/recoveryrecorder.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Folio::Document {

RecoveryRecorder::RecoveryRecorder(std::shared_ptr<RecoveryJournal> journal, QObject *parent)
    : QObject(parent)
    , m_journal(std::move(journal))
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("recovery journal"));
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleDelayMs);
    connect(&m_idle, &QTimer::timeout, this, &RecoveryRecorder::journalNow);
}

RecoveryRecorder::~RecoveryRecorder()
{
    waitForIdle();
}

void RecoveryRecorder::setTextProvider(TextProvider provider)
{
    m_textProvider = std::move(provider);
}

void RecoveryRecorder::setPage(const QString &handbookRoot, const QString &relativePath,
                               const QByteArray &diskBytes)
{
    forget();
    m_root = handbookRoot;
    m_page = relativePath;
    m_baseChecksum = RecoveryJournal::checksum(diskBytes);
}

void RecoveryRecorder::clearPage()
{
    forget();
    m_root.clear();
    m_page.clear();
    m_baseChecksum.clear();
}

void RecoveryRecorder::pageEdited()
{
    if (!m_page.isEmpty())
        m_idle.start();
}

void RecoveryRecorder::forget()
{
    m_idle.stop();
    if (!m_page.isEmpty())
        enqueueRemove();
}

void RecoveryRecorder::journalNow()
{
    enqueueWrite(QString());
}

void RecoveryRecorder::journalNowReplacing(const QString &orphanFile)
{
    m_idle.stop();
    enqueueWrite(orphanFile);
}

void RecoveryRecorder::enqueueWrite(const QString &replacing)
{
    if (m_page.isEmpty() || !m_textProvider)
        return;
    std::optional<QString> text = m_textProvider();
    if (!text)
        return; // clean: nothing to protect
    RecoveryEntry entry;
    entry.handbookRoot = m_root;
    entry.relativePath = m_page;
    entry.baseChecksum = m_baseChecksum;
    entry.text = std::move(*text);
    const quint64 generation = ++*m_generation;
    QtConcurrent::run(&m_pool,
                      [journal = m_journal, latest = m_generation, generation,
                       entry = std::move(entry), replacing]() -> std::optional<Error> {
                          if (latest->load() != generation)
                              return std::nullopt; // overtaken: newer text or a removal
                          if (auto written = journal->write(entry); !written)
                              return written.error();
                          if (!replacing.isEmpty()) {
                              if (auto removed = RecoveryJournal::removeFile(replacing); !removed)
                                  return removed.error();
                          }
                          return std::nullopt;
                      })
        .then(this, [this, page = m_page, generation](const std::optional<Error> &error) {
            if (error)
                Q_EMIT failed(*error);
            else if (m_generation->load() == generation)
                Q_EMIT journalled(page);
        });
}

void RecoveryRecorder::enqueueRemove()
{
    ++*m_generation;
    QtConcurrent::run(
        &m_pool,
        [journal = m_journal, root = m_root, page = m_page]() -> std::optional<Error> {
            if (auto removed = journal->remove(root, page); !removed)
                return removed.error();
            return std::nullopt;
        })
        .then(this, [this](const std::optional<Error> &error) {
            if (error)
                Q_EMIT failed(*error);
        });
}

void RecoveryRecorder::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace Folio::Document
