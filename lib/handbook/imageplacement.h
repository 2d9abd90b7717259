#pragma once

#include "core/result.h"
#include "handbook/handbook.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Folio::Handbook {

// Where an image added to a page goes, and the link that reaches it from the page.
//
// Images live where the site serves them, in a folder per section: a Hugo page's in
// `static/images/<section>/`, a Middleman page's in `<source>/images/<section>/` (both served at
// `/images/<section>/`), where the section is the page's URL without `/handbook/` (a page's own
// folder for an index page, the folder above for a leaf page). A page of a plain folder gets an
// `images/` folder next to it and a relative link. Files are named after the page (its slug and
// the first free counter, `discovery-calls-1.png`), so an image never replaces another.
struct ImagePlacement
{
    QString relativePath; // the file, relative to the handbook root
    QString url;          // what the page's Markdown links to, e.g. "/images/sales/calls-1.png"

    using FileExists = std::function<bool(const QString &relativePath)>;

    // The placement of a new image for page (relative path) with this file suffix ("png",
    // "jpg"; lowercased), the first whose file does not exist.
    [[nodiscard]] static ImagePlacement choose(const Handbook &handbook, const QString &page,
                                               const QString &suffix, const FileExists &exists);
    // The name images of page start with: its file name without extensions, or its folder's
    // name for an index page ("discovery-calls"); "image" when there is none.
    [[nodiscard]] static QString slugFor(const QString &page);

    // Chooses a placement on disk, creates the folder and writes bytes there atomically.
    // Worker-thread safe (touches only the disk).
    [[nodiscard]] static Result<ImagePlacement> save(const Handbook &handbook, const QString &page,
                                                     const QString &suffix,
                                                     const QByteArray &bytes);
};

} // namespace Folio::Handbook
