#pragma once

#include "propose/proposeoperation.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Folio::Git {

// What a proposal that reached the server leaves the user with: the merge request's link (or
// the button that opens GitLab's prefilled form when the server made none), what the server
// printed, verbatim, and the announcement to paste in the team's chat with a Copy button.
// Shown by the Propose dialog and by the dialog that sends waiting proposals.
class ProposalResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalResultView(QWidget *parent = nullptr);

    void showResult(const Propose::ProposeResult &result);
    [[nodiscard]] QUrl mergeRequestUrl() const { return m_mergeRequestUrl; }

private:
    QUrl m_mergeRequestUrl;
    QLabel *m_text = nullptr;
    QLabel *m_link = nullptr;
    QPushButton *m_openPrefilled = nullptr;
    QLabel *m_serverText = nullptr;
    QPlainTextEdit *m_announcement = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Folio::Git
