#pragma once

namespace Folio::Markdown {

// The Markdown dialect a page is written in, which decides its extensions and heading ids.
enum class Dialect
{
    Kramdown, // Middleman era: kramdown with GFM input, IALs, {:toc}, {::options}, ERB in .erb
              // pages
    Goldmark, // Hugo era: Goldmark with shortcodes and {#id} headings
};

} // namespace Folio::Markdown
