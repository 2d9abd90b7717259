#pragma once

#include "propose/handbooksettings.h"
#include "propose/proposalplan.h"

#include <QString>
#include <QStringList>

namespace Folio::Propose {

// The message a user pastes into the team's chat after proposing a change, e.g.
// "Hi @sa_leaders! I proposed a handbook change: Update Demo environments — https://...".
// Templates use {mr_url}, {title}, {pages}, {team_handle}, {author} and {branch}.
class Announcement
{
public:
    struct Fields
    {
        QString mrUrl;
        QString title;
        QString pages; // e.g. "Demo environments, Discovery calls"
        QString teamHandle;
        QString author;
        QString branch;
    };

    // The fields for a proposed plan and the merge request's address.
    [[nodiscard]] static Fields fieldsFor(const ProposalPlan &plan, const QString &mrUrl,
                                          const HandbookSettings &settings);
    // One Slack-friendly line; it greets the team only when there is a handle to mention.
    [[nodiscard]] static QString defaultTemplate(bool withTeamHandle);

    // Replaces every known placeholder in one pass (a value containing "{title}" stays as
    // it is). Unknown placeholders stay in the text and are listed in unknownPlaceholders().
    // An empty templateText means the default template.
    [[nodiscard]] static Announcement render(const QString &templateText, const Fields &fields);

    [[nodiscard]] const QString &text() const { return m_text; }
    // Unknown names as written, with braces ("{mr_link}"), each once, in order of appearance.
    [[nodiscard]] const QStringList &unknownPlaceholders() const { return m_unknown; }

private:
    QString m_text;
    QStringList m_unknown;
};

} // namespace Folio::Propose
