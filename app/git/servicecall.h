#pragma once

#include "git/gitservice.h"

#include <QMetaObject>

#include <functional>
#include <utility>

namespace Folio::GitPanel {

// Asked before a request that rewrites files in the work tree (switch, merge, conflict
// resolution); false cancels it. The main window saves, or asks about, unsaved edits here so a
// branch switch never happens underneath an editor with changes only in memory.
using WorkTreeGuard = std::function<bool()>;

// Runs call(service) on the service's worker thread and returns at once: the answer comes back
// as one of the service's signals.
template<typename Call> void callService(Git::GitService *service, Call call)
{
    QMetaObject::invokeMethod(
        service, [service, call = std::move(call)] { call(service); }, Qt::QueuedConnection);
}

} // namespace Folio::GitPanel
