#pragma once

#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>

namespace Folio::Markdown {

// One owner per cmark-gfm handle; the deleter is the library's own free function.
template<auto FreeFunction> struct CmarkDeleter
{
    template<typename T> void operator()(T *handle) const
    {
        if (handle)
            FreeFunction(handle);
    }
};

using ParserPtr = std::unique_ptr<cmark_parser, CmarkDeleter<cmark_parser_free>>;
using NodePtr = std::unique_ptr<cmark_node, CmarkDeleter<cmark_node_free>>;

} // namespace Folio::Markdown
