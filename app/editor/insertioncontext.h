#pragma once

#include "handbook/handbook.h"
#include "workspace/pageindex.h"

#include <QString>

#include <functional>

namespace Folio::Editor {

// What inserting links and images needs to know about the window, read when it is needed (the
// open page and the index change under the editor).
struct InsertionContext
{
    Handbook::Handbook handbook;
    QString page; // the open page, relative to the handbook root; empty when none
    Workspace::PageIndex index;
};

using InsertionContextProvider = std::function<InsertionContext()>;

} // namespace Folio::Editor
