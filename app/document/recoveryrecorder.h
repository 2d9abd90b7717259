#pragma once

#include "core/error.h"
#include "document/recoveryjournal.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Folio::Document {

// Keeps the recovery journal in step with the open page: a moment after the user stops
// typing, the page's text is written to the journal on a worker thread; when the buffer is
// clean again (saved, undone, discarded, closed) the entry is removed.
//
// Journal writes and removals run one at a time, in the order asked, on one worker thread;
// a write that a newer write or removal has overtaken is skipped, so the newest text wins and
// a removal is never undone by an older write finishing late.
class RecoveryRecorder : public QObject
{
    Q_OBJECT

public:
    // After the last edit, how long to wait before journalling (so within about a second of
    // the user stopping, and not on every keystroke).
    static constexpr int IdleDelayMs = 1000;

    explicit RecoveryRecorder(std::shared_ptr<Document::RecoveryJournal> journal,
                              QObject *parent = nullptr);
    ~RecoveryRecorder() override;

    [[nodiscard]] Document::RecoveryJournal *journal() const { return m_journal.get(); }
    // The text to journal (the editor's), read on the UI thread when the user pauses; nothing
    // when the buffer is clean.
    using TextProvider = std::function<std::optional<QString>()>;
    void setTextProvider(TextProvider provider);

    // The page now open, and the bytes on disk it was read from (or saved as). Any entry of
    // the page open before is removed.
    void setPage(const QString &handbookRoot, const QString &relativePath,
                 const QByteArray &diskBytes);
    // No page is open (the previous page's entry is removed).
    void clearPage();
    // The user edited the page: journal it once they pause.
    void pageEdited();
    // The buffer is clean again: remove the entry.
    void forget();
    // Journals the open page's text now; then, when that worked, removes orphanFile (an entry
    // of a crashed Folio whose text the page now holds).
    void journalNowReplacing(const QString &orphanFile);
    // Waits for the journal work asked for so far (before quitting, in tests).
    void waitForIdle();

Q_SIGNALS:
    // The open page's text is in the journal (relativePath: the page it was).
    void journalled(const QString &relativePath);
    // Writing or removing an entry failed: edits are not protected against a crash.
    void failed(const Folio::Error &error);

private:
    void journalNow();
    void enqueueWrite(const QString &replacing);
    void enqueueRemove();

    std::shared_ptr<Document::RecoveryJournal> m_journal;
    TextProvider m_textProvider;
    QString m_root;
    QString m_page;
    QByteArray m_baseChecksum;
    QTimer m_idle;
    QThreadPool m_pool; // one thread: journal operations in the order asked
    // Bumped by every request; a queued write runs only when no request came after it.
    std::shared_ptr<std::atomic<quint64>> m_generation;
};

} // namespace Folio::Document
