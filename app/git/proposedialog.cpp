#include "git/proposedialog.h"

#include "git/giterrors.h"
#include "git/proposalresultview.h"
#include "propose/listinput.h"
#include "propose/proposalplanbuilder.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Folio::Git {

namespace {

QLabel *wrappedLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ProposeDialog::ProposeDialog(GitService *service, const Input &input, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_input(input)
    , m_uniqueId(Propose::ProposalPlanBuilder::randomId())
{
    setObjectName(QStringLiteral("proposeDialog"));
    setWindowTitle(tr("Propose Changes"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createForm());
    m_stack->addWidget(createProgress());
    m_stack->addWidget(createResult());
    m_stack->addWidget(createFailure());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    resize(560, 620);

    connect(m_service, &GitService::proposeStageChanged, this, &ProposeDialog::onStageChanged);
    connect(m_service, &GitService::proposed, this, &ProposeDialog::onProposed);
    connect(m_service, &GitService::proposeFailed, this, &ProposeDialog::onProposeFailed);
    connect(m_service, &GitService::pendingPushSent, this, &ProposeDialog::onPendingPushSent);
    connect(m_service, &GitService::pendingPushFailed, this, &ProposeDialog::onPendingPushFailed);
    updateDefaults();
    showStep(Step::Form);
}

QWidget *ProposeDialog::createForm()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Folio sends the chosen pages to GitLab as a merge request, on a "
                                "new branch. Your pages stay as they are in the editor."),
                             page);
    intro->setWordWrap(true);

    m_pages = new QListWidget(page);
    m_pages->setObjectName(QStringLiteral("proposePages"));
    m_pages->setAccessibleName(tr("Pages to propose"));
    for (const Handbook::PageEntry &entry : std::as_const(m_input.pages)) {
        auto *item = new QListWidgetItem(
            entry.title.isEmpty() ? entry.path : tr("%1 (%2)").arg(entry.title, entry.path),
            m_pages);
        item->setData(Qt::UserRole, entry.path);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_pages->setMaximumHeight(m_pages->fontMetrics().lineSpacing() * 7);

    const auto lineEdit = [page](const QString &name, const QString &accessible) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_title = lineEdit(QStringLiteral("proposeTitle"), tr("Title"));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("proposeDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(
        tr("Why the change? Folio adds the list of changed pages after your text."));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_target = lineEdit(QStringLiteral("proposeTarget"), tr("Target branch"));
    m_target->setText(!m_input.preferredTargetBranch.isEmpty() ? m_input.preferredTargetBranch
                      : m_input.settings.targetBranch().isEmpty()
                          ? m_input.defaultBranch
                          : m_input.settings.targetBranch());
    m_labels = lineEdit(QStringLiteral("proposeLabels"), tr("Labels"));
    m_labels->setText(
        (m_input.preferredLabels.isEmpty() ? m_input.settings.labels() : m_input.preferredLabels)
            .join(QStringLiteral(", ")));
    m_draft = new QCheckBox(tr("Mark as &draft (not ready for review yet)"), page);
    m_draft->setObjectName(QStringLiteral("proposeDraft"));
    m_draft->setAccessibleName(tr("Draft"));
    m_draft->setChecked(m_input.settings.draft());
    m_reviewers = lineEdit(QStringLiteral("proposeReviewers"), tr("Reviewers"));
    m_reviewers->setText(m_input.settings.reviewers().join(QStringLiteral(", ")));
    m_reviewers->setPlaceholderText(tr("Optional: GitLab user names"));
    m_assignees = lineEdit(QStringLiteral("proposeAssignees"), tr("Assignees"));
    m_assignees->setText(m_input.settings.assignees().join(QStringLiteral(", ")));
    m_assignees->setPlaceholderText(tr("Optional: GitLab user names"));
    m_branch = lineEdit(QStringLiteral("proposeBranch"), tr("Branch name"));
    m_problem = wrappedLabel(QStringLiteral("proposeProblem"), page);
    m_problem->setAccessibleName(tr("Why the changes cannot be proposed yet"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Merge &into:"), m_target);
    form->addRow(tr("&Labels:"), m_labels);
    form->addRow(QString(), m_draft);
    form->addRow(tr("&Reviewers:"), m_reviewers);
    form->addRow(tr("&Assignees:"), m_assignees);
    form->addRow(tr("&Branch:"), m_branch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_propose = buttons->addButton(tr("&Propose"), QDialogButtonBox::AcceptRole);
    m_propose->setObjectName(QStringLiteral("proposeButton"));
    m_propose->setAccessibleName(tr("Propose"));
    m_propose->setDefault(true);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Pages to include:"), page));
    layout->addWidget(m_pages);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_pages, &QListWidget::itemChanged, this, &ProposeDialog::updateDefaults);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = !m_title->text().trimmed().isEmpty();
        updateDefaults();
    });
    connect(m_branch, &QLineEdit::textEdited, this, [this] {
        m_branchEdited = !m_branch->text().trimmed().isEmpty();
        updateDefaults();
    });
    connect(m_target, &QLineEdit::textEdited, this, &ProposeDialog::updateDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProposeDialog::propose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return page;
}

QWidget *ProposeDialog::createProgress()
{
    auto *page = new QWidget(this);
    m_stage = wrappedLabel(QStringLiteral("proposeStage"), page);
    m_stage->setAccessibleName(tr("What Folio is doing"));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("proposeCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the proposal"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_stage);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ProposeDialog::cancelProposal);
    return page;
}

QWidget *ProposeDialog::createResult()
{
    auto *page = new QWidget(this);
    m_result = new ProposalResultView(page);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    return page;
}

QWidget *ProposeDialog::createFailure()
{
    auto *page = new QWidget(this);
    m_failure = wrappedLabel(QStringLiteral("proposeFailure"), page);
    m_failure->setAccessibleName(tr("Why the proposal failed"));
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    auto *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("proposeBackButton"));
    m_retry = buttons->addButton(tr("&Try Again"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("proposeRetryButton"));
    m_retry->setAccessibleName(tr("Send the saved commit again"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_failure, 1);
    layout->addWidget(buttons);
    connect(back, &QPushButton::clicked, this, [this] { showStep(Step::Form); });
    connect(m_retry, &QPushButton::clicked, this, &ProposeDialog::retryPush);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return page;
}

ProposeDialog::Step ProposeDialog::step() const
{
    return static_cast<Step>(m_stack->currentIndex());
}

QList<Handbook::PageEntry> ProposeDialog::checkedPages() const
{
    QList<Handbook::PageEntry> pages;
    for (int row = 0; row < m_pages->count(); ++row) {
        if (m_pages->item(row)->checkState() == Qt::Checked)
            pages.append(m_input.pages.value(row));
    }
    return pages;
}

Result<Propose::ProposalPlan> ProposeDialog::plan() const
{
    Propose::ProposalPlanBuilder builder(m_input.settings);
    builder.setPages(checkedPages())
        .setAuthor(m_input.author)
        .setRemoteDefaultBranch(m_input.defaultBranch)
        .setTargetBranch(m_target->text())
        .setDescription(m_description->toPlainText())
        .setUniqueId(m_uniqueId);
    if (m_titleEdited)
        builder.setTitle(m_title->text());
    if (m_branchEdited)
        builder.setSourceBranch(m_branch->text());
    auto built = builder.build();
    if (!built)
        return built;
    built->labels = Propose::parseListInput(m_labels->text());
    built->reviewers = Propose::parseListInput(m_reviewers->text());
    built->assignees = Propose::parseListInput(m_assignees->text());
    built->draft = m_draft->isChecked();
    return built;
}

void ProposeDialog::updateDefaults()
{
    if (m_settingDefaults)
        return;
    m_settingDefaults = true;
    // The title and branch follow the chosen pages until the user writes their own.
    Propose::ProposalPlanBuilder builder(m_input.settings);
    builder.setPages(checkedPages())
        .setAuthor(m_input.author)
        .setRemoteDefaultBranch(m_input.defaultBranch)
        .setUniqueId(m_uniqueId);
    const QList<Handbook::PageEntry> pages = checkedPages();
    if (!m_branchEdited) {
        m_branch->setText(pages.isEmpty() ? QString()
                                          : Propose::ProposalPlanBuilder::branchName(
                                                m_input.author, pages, m_uniqueId));
    }
    if (!m_titleEdited) {
        auto defaults = builder.setTargetBranch(m_target->text()).build();
        m_title->setText(defaults ? defaults->title : QString());
    }
    const auto current = plan();
    m_problem->setText(current ? QString()
                               : tr("Cannot propose yet: %1").arg(current.error().message));
    m_problem->setVisible(!current);
    m_propose->setEnabled(bool(current) && !m_inFlight);
    m_settingDefaults = false;
}

void ProposeDialog::showStep(Step step)
{
    m_stack->setCurrentIndex(static_cast<int>(step));
}

void ProposeDialog::cancelProposal()
{
    if (!m_inFlight)
        return;
    // Direct, not queued: the worker is busy with the proposal (see cancelTransfer()).
    m_service->cancelTransfer();
    m_cancel->setEnabled(false);
    m_stage->setText(tr("Cancelling…"));
}

void ProposeDialog::reject()
{
    if (m_inFlight) {
        cancelProposal();
        return;
    }
    QDialog::reject();
}

void ProposeDialog::propose()
{
    auto current = plan();
    if (m_inFlight || !current)
        return;
    m_inFlight = true;
    // Proposing again replaces the commit that is still waiting to be sent: retrying that one
    // later would open a second merge request for the same edits.
    if (!m_waitingBranch.isEmpty()) {
        QMetaObject::invokeMethod(
            m_service,
            [service = m_service, branch = m_waitingBranch] { service->forgetPendingPush(branch); },
            Qt::QueuedConnection);
        m_waitingBranch.clear();
    }
    m_lastStage.reset();
    m_sent = *current;
    Propose::ProposeRequest request;
    request.plan = *current;
    request.handbookRoot = m_input.handbookRoot;
    request.settings = m_input.settings;
    m_stage->setText(tr("Starting…"));
    m_cancel->setEnabled(true);
    showStep(Step::Progress);
    QMetaObject::invokeMethod(
        m_service, [service = m_service, request] { service->propose(request); },
        Qt::QueuedConnection);
}

void ProposeDialog::onStageChanged(Propose::ProposeOperation::Stage stage)
{
    if (!m_inFlight)
        return;
    m_lastStage = stage;
    using Stage = Propose::ProposeOperation::Stage;
    switch (stage) {
    case Stage::Fetching:
        m_stage->setText(tr("Getting the latest version of the handbook…"));
        break;
    case Stage::Branching:
        m_stage->setText(tr("Putting your changes on a new branch…"));
        break;
    case Stage::Committing:
        m_stage->setText(tr("Saving a version of your changes…"));
        break;
    case Stage::Pushing:
        m_stage->setText(tr("Sending your changes to GitLab…"));
        break;
    }
}

void ProposeDialog::retryPush()
{
    if (m_inFlight || m_waitingBranch.isEmpty())
        return;
    m_inFlight = true;
    m_retrying = true;
    m_stage->setText(tr("Sending your changes to GitLab…"));
    m_cancel->setEnabled(true);
    showStep(Step::Progress);
    QMetaObject::invokeMethod(
        m_service,
        [service = m_service, branch = m_waitingBranch, settings = m_input.settings] {
            service->retryPendingPush(branch, settings);
        },
        Qt::QueuedConnection);
}

void ProposeDialog::onProposed(const Propose::ProposeResult &result)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    m_service->withdrawCancel(); // a Cancel that came after the end
    m_retrying = false;
    m_waitingBranch.clear();
    m_result->showResult(result);
    showStep(Step::Result);
    Q_EMIT proposed(result);
}

void ProposeDialog::onPendingPushSent(const Propose::ProposeResult &result)
{
    if (m_retrying && result.branch == m_waitingBranch)
        onProposed(result);
}

void ProposeDialog::onPendingPushFailed(const QString &branch, const Folio::Error &error)
{
    if (m_retrying && branch == m_waitingBranch)
        onProposeFailed(error);
}

void ProposeDialog::onProposeFailed(const Folio::Error &error)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    m_service->withdrawCancel(); // a Cancel that came after the end
    m_retrying = false;
    const QString branch = m_sent ? m_sent->sourceBranch : QString();
    // From the push on, the commit exists on its branch and is noted as waiting to be sent.
    const bool committed = m_lastStage == Propose::ProposeOperation::Stage::Pushing;
    if (committed) {
        m_waitingBranch = branch;
        // The branch exists now: proposing again from the form needs another name.
        m_uniqueId = Propose::ProposalPlanBuilder::randomId();
    }
    QString text = tr("Folio could not propose your changes: %1").arg(error.message);
    if (isNetworkUnavailable(error)) {
        text += QStringLiteral("\n\n") +
                tr("GitLab could not be reached. Your commit is safe on branch %1 — push it "
                   "later, when you are online: Try Again, or the Changes panel's Send Now.")
                    .arg(branch);
    } else if (hasCode(error, GitErrorCode::NotFastForward)) {
        text += QStringLiteral("\n\n") +
                tr("GitLab already has a branch named %1 with other changes, so yours cannot be "
                   "added to it. Go Back and propose again: Folio suggests a new branch name.")
                    .arg(branch);
    } else if (hasCode(error, GitErrorCode::AuthenticationFailed)) {
        text += QStringLiteral("\n\n") +
                tr("GitLab did not accept your credentials. Your commit is safe on branch %1: "
                   "Try Again to enter your access token again.")
                    .arg(branch);
    } else if (hasCode(error, GitErrorCode::Cancelled)) {
        text = tr("You cancelled the proposal: %1").arg(error.message);
    }
    m_failure->setText(text);
    m_retry->setVisible(committed && !hasCode(error, GitErrorCode::NotFastForward));
    showStep(Step::Failure);
    updateDefaults();
}

} // namespace Folio::Git
