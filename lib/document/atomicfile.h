#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Folio::Document {

// Replaces a file's content so that, whatever happens (full disk, crash, power loss), the
// path holds either the old bytes or the new ones, never a mix or nothing.
//
// A temporary file is written next to the target, every write and the fsync are checked,
// the file's mode is carried over, it is renamed over the target and the folder is fsynced.
// QSaveFile is not used: Qt 6.4's buffered QSaveFile reported success after replacing a page
// with an empty file on a full disk, and never fsyncs the folder.
class AtomicFile
{
public:
    [[nodiscard]] static Result<void> write(const QString &path, const QByteArray &bytes);
    // The same, for files only their owner may read (the recovery journal holds unsaved
    // page text): the result is 0600 whatever mode a file already at path had.
    [[nodiscard]] static Result<void> writeOwnerOnly(const QString &path, const QByteArray &bytes);

private:
    // forcedMode < 0: keep the mode of the file at path (or the umask's default for a new file).
    [[nodiscard]] static Result<void> write(const QString &path, const QByteArray &bytes,
                                            int forcedMode);
};

} // namespace Folio::Document
