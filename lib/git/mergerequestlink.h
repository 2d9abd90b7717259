#pragma once

#include "git/linesplitter.h"

#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Folio::Git {

struct MergeRequestLinkInfo
{
    enum class Kind
    {
        Create,   // "To create a merge request for <branch>, visit:" (the prefilled form)
        Existing, // "View merge request for <branch>:" (push options created or updated one)
    };
    Kind kind = Kind::Create;
    QString branch;
    QString url;

    friend bool operator==(const MergeRequestLinkInfo &, const MergeRequestLinkInfo &) = default;
};

// Finds GitLab's merge-request lines in the text a push prints over the sideband: a heading
// line naming the branch, and the URL on the next non-empty line. Fed the pieces as they
// arrive, split anywhere. A "remote:" prefix (as the git CLI prints it) and surrounding blanks
// are ignored.
class MergeRequestLink
{
public:
    void feed(QByteArrayView chunk);
    void finish(); // the last line may lack its newline

    [[nodiscard]] const QList<MergeRequestLinkInfo> &links() const { return m_links; }
    // The merge request to show: an existing one wins over the prefilled form.
    [[nodiscard]] std::optional<MergeRequestLinkInfo> link() const;

    // Convenience for text that is already whole.
    [[nodiscard]] static std::optional<MergeRequestLinkInfo> find(QByteArrayView text);

private:
    void handleLine(const QByteArray &line);

    LineSplitter m_lines;
    std::optional<MergeRequestLinkInfo> m_heading; // waiting for its URL line
    QList<MergeRequestLinkInfo> m_links;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::MergeRequestLinkInfo)
