#include "git/proposalresultview.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio::Git {

ProposalResultView::ProposalResultView(QWidget *parent)
    : QWidget(parent)
{
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("proposeResultText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("proposeLink"));
    m_link->setAccessibleName(tr("Merge request link"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setWordWrap(true);
    m_openPrefilled = new QPushButton(tr("&Open the Prefilled Merge Request Page"), this);
    m_openPrefilled->setObjectName(QStringLiteral("openPrefilledButton"));
    m_openPrefilled->setAccessibleName(tr("Open the prefilled merge request page"));
    // The server's own words, as it printed them: GitLab's hints and warnings matter.
    m_serverText = new QLabel(this);
    m_serverText->setObjectName(QStringLiteral("proposeServerText"));
    m_serverText->setAccessibleName(tr("What the server said"));
    m_serverText->setTextFormat(Qt::PlainText);
    m_serverText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_serverText->setWordWrap(true);
    m_announcement = new QPlainTextEdit(this);
    m_announcement->setObjectName(QStringLiteral("proposeAnnouncement"));
    m_announcement->setAccessibleName(tr("Announcement for the team's chat"));
    m_announcement->setReadOnly(true);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyAnnouncementButton"));
    m_copy->setAccessibleName(tr("Copy the announcement"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_text);
    layout->addWidget(m_link);
    layout->addWidget(m_openPrefilled);
    layout->addWidget(m_serverText);
    layout->addWidget(new QLabel(tr("Tell your team, e.g. in Slack:"), this));
    layout->addWidget(m_announcement, 1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(m_copy);
    layout->addLayout(copyRow);

    connect(m_link, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    connect(m_openPrefilled, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_mergeRequestUrl); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_announcement->toPlainText());
        m_copy->setText(tr("Copied"));
    });
}

void ProposalResultView::showResult(const Propose::ProposeResult &result)
{
    m_mergeRequestUrl = result.mergeRequestUrl;
    const QString url = result.mergeRequestUrl.toString(QUrl::FullyEncoded);
    if (result.createdByServer) {
        m_text->setText(
            tr("Your changes are proposed on branch %1. The merge request:").arg(result.branch));
        m_link->setText(
            QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
    } else {
        m_text->setText(tr("Your changes are on branch %1, but GitLab did not create the "
                           "merge request. Open the prefilled page to create it.")
                            .arg(result.branch));
        m_link->clear();
    }
    m_link->setVisible(result.createdByServer);
    m_openPrefilled->setVisible(!result.createdByServer && result.mergeRequestUrl.isValid());
    QStringList server;
    for (const QString &line : result.serverLines) {
        if (!line.trimmed().isEmpty())
            server.append(QStringLiteral("remote: ") + line);
    }
    m_serverText->setText(server.join(u'\n'));
    m_serverText->setVisible(!server.isEmpty());
    m_announcement->setPlainText(result.announcement);
    m_copy->setText(tr("&Copy"));
}

} // namespace Folio::Git
