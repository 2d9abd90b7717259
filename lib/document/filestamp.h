#pragma once

#include "core/result.h"

#include <QString>

namespace Folio::Document {

// What stat() says about a file, enough to tell that it changed or was replaced without
// reading it: the device and inode (a file renamed over it is another inode), the size and the
// modification time in nanoseconds.
struct FileStamp
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;

    // The stamp of path; exists is false when there is no file there (or no folder above it).
    // Other failures (permission denied on a folder) are errors with the system's message.
    [[nodiscard]] static Result<FileStamp> of(const QString &path);

    // A regular file below root (hidden folders such as .git skipped, symbolic links not
    // followed) that is the same file as stamp: same device, inode and size, i.e. the file
    // renamed or moved. Empty when there is none. Reads only folder entries and stat()s.
    [[nodiscard]] static QString findSameFile(const QString &root, const FileStamp &stamp);

    // The same file, unchanged, as far as stat() can tell.
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

} // namespace Folio::Document
