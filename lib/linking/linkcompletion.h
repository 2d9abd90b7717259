#pragma once

#include "workspace/indexedpage.h"
#include "workspace/pageindex.h"
#include "workspace/quickopenmatcher.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Folio::Linking {

// What the text before the cursor asks to complete.
struct CompletionContext
{
    enum class Kind
    {
        None,
        Page,    // a page URL: `](/handbook/sa` -> typed "/handbook/sa"
        Heading, // an anchor: `](/handbook/sales/#quo` -> pageTarget "/handbook/sales/", typed
                 // "quo"
    };

    Kind kind = Kind::None;
    qsizetype start = -1; // where the text a choice replaces begins (in the text given)
    QString typed;        // what is typed of it so far: from start to the cursor
    QString pageTarget;   // Heading: the link target before '#'; empty for the page itself
};

// One offer of the completion popup.
struct CompletionItem
{
    QString insertText; // replaces CompletionContext::typed
    QString label;      // what the list shows first: the page's title, the heading's text
    QString detail;     // shown after it, dimmed: the URL, "#id"
    QString path;       // a page offer's page, relative to the handbook root
};

// Link completion while typing Markdown: after `](/` it offers the handbook's pages (URL
// prefix first, then fuzzy matches of title and path), after `#` in a link target the headings
// of the page the target reaches (`](#` is the page itself). Holds a snapshot of the index;
// build one per snapshot.
class LinkCompletion
{
public:
    static constexpr int MaximumItems = 50;

    LinkCompletion() = default;
    explicit LinkCompletion(const Workspace::PageIndex &index);

    // Reads the text of the line before the cursor: whether it ends inside a link target that
    // can be completed. Images (`![](`) and external targets are not completed.
    [[nodiscard]] static CompletionContext contextAt(QStringView lineBeforeCursor);

    // Pages whose URL starts with typed, by URL, then those whose title and path match the rest
    // of typed (after "/handbook/") fuzzily, best first.
    [[nodiscard]] QList<CompletionItem> pages(QStringView typed) const;
    // The page (relative path) a link target written on fromPage reaches; fromPage itself for
    // an empty target; empty when no page of the index is there.
    [[nodiscard]] QString pageFor(const QString &target, const QString &fromPage) const;
    // The headings of a page with an id, those whose id or text contain typed
    // (case-insensitive), those starting with it first.
    [[nodiscard]] static QList<CompletionItem>
    headings(const QList<Workspace::PageHeading> &outline, QStringView typed);

    [[nodiscard]] const Workspace::PageIndex &index() const { return m_index; }

private:
    Workspace::PageIndex m_index;
    Workspace::QuickOpenMatcher m_matcher;
};

} // namespace Folio::Linking
