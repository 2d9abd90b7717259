#include "git/clonedialog.h"

#include "git/cloneurl.h"
#include "git/giterrors.h"
#include "git/gitservice.h"
#include "git/servicecall.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

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

// "~/handbook" and "~" as a shell would read them; everything else as given.
QString expandHome(const QString &path)
{
    if (path == u'~')
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// The closest folder of path that exists: where the clone starts creating folders.
QString existingAncestor(const QString &path)
{
    QString folder = path;
    while (!QFileInfo::exists(folder) && !QDir(folder).isRoot())
        folder = QFileInfo(folder).absolutePath();
    return folder;
}

const QLatin1String schemePrefixes[] = {QLatin1String("https://"), QLatin1String("http://"),
                                        QLatin1String("ssh://"), QLatin1String("git@")};

bool isNonEmptyFolder(const QString &path)
{
    return !QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

// The bar covers the whole clone, so it never runs back to zero between stages: receiving is
// most of the time, indexing and writing the files the rest.
int overallProgress(const TransferProgress &progress)
{
    constexpr int receivingEnd = 800;
    constexpr int resolvingEnd = 900;
    constexpr int end = 1000;
    const double fraction = progress.total > 0 ? double(progress.current) / progress.total : 0.0;
    switch (progress.stage) {
    case TransferProgress::Stage::Receiving:
    case TransferProgress::Stage::Sending:
        return int(fraction * receivingEnd);
    case TransferProgress::Stage::Resolving:
        return receivingEnd + int(fraction * (resolvingEnd - receivingEnd));
    case TransferProgress::Stage::CheckingOut:
        return resolvingEnd + int(fraction * (end - resolvingEnd));
    }
    return 0;
}

} // namespace

CloneDialog::CloneDialog(GitService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("cloneDialog"));
    setWindowTitle(tr("Clone Handbook"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createForm());
    m_stack->addWidget(createProgress());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    resize(560, 1); // as wide as an address, as high as the form (fitContents() below)

    connect(m_service, &GitService::transferProgressed, this, &CloneDialog::onProgress);
    connect(m_service, &GitService::cloned, this, &CloneDialog::onCloned);
    connect(m_service, &GitService::cloneFailed, this, &CloneDialog::onCloneFailed);
    updateForm();
    showStep(Step::Form);
}

CloneDialog::~CloneDialog()
{
    if (m_inFlight)
        m_service->cancelTransfer();
}

QWidget *CloneDialog::createForm()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Folio copies the handbook from its git server to this computer. "
                                "You edit the copy, also offline, and propose your changes "
                                "from it."),
                             page);
    intro->setWordWrap(true);

    m_banner = new Widgets::MessageBanner(page);
    m_banner->setObjectName(QStringLiteral("cloneMessage"));

    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("cloneUrl"));
    m_url->setAccessibleName(tr("Repository address"));
    m_url->setPlaceholderText(tr("https://gitlab.com/group/handbook.git"));
    m_url->setToolTip(tr("The https:// or SSH (git@…) address from the Clone button of the "
                         "project on GitLab"));
    m_urlProblem = wrappedLabel(QStringLiteral("cloneUrlProblem"), page);

    m_folder = new QLineEdit(page);
    m_folder->setObjectName(QStringLiteral("cloneFolder"));
    m_folder->setAccessibleName(tr("Folder to clone into"));
    m_browse = new QPushButton(tr("&Browse…"), page);
    m_browse->setObjectName(QStringLiteral("cloneBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    m_folderProblem = wrappedLabel(QStringLiteral("cloneFolderProblem"), page);

    m_shallow = new QCheckBox(tr("Only the &latest version (faster, smaller)"), page);
    m_shallow->setObjectName(QStringLiteral("cloneShallow"));
    m_shallow->setChecked(true);
    m_shallow->setToolTip(tr("Leave this on unless you need the handbook's older versions on "
                             "this computer: its full history is much larger."));
    m_shallowNote = wrappedLabel(QStringLiteral("cloneShallowNote"), page);

    // The messages sit under the field they are about, in the field's column.
    auto *urlLabel = new QLabel(tr("&Repository:"), page);
    urlLabel->setBuddy(m_url);
    auto *folderLabel = new QLabel(tr("&Folder:"), page);
    folderLabel->setBuddy(m_folder);
    auto *form = new QGridLayout;
    form->addWidget(urlLabel, 0, 0);
    form->addWidget(m_url, 0, 1);
    form->addWidget(m_urlProblem, 1, 1);
    form->addWidget(folderLabel, 2, 0);
    form->addLayout(folderRow, 2, 1);
    form->addWidget(m_folderProblem, 3, 1);
    form->addWidget(m_shallow, 4, 1);
    form->addWidget(m_shallowNote, 5, 1);
    form->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_cloneButton = buttons->addButton(tr("&Clone"), QDialogButtonBox::AcceptRole);
    m_cloneButton->setObjectName(QStringLiteral("cloneButton"));
    m_cloneButton->setAccessibleName(tr("Clone"));
    m_cloneButton->setDefault(true);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_url, &QLineEdit::textChanged, this, [this] {
        updateDefaultFolder();
        updateForm();
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Cleared, the folder follows the address again from its next change; not at once,
        // which would refill the field under the user's fingers.
        m_folderEdited = !text.trimmed().isEmpty();
        updateForm();
    });
    connect(m_shallow, &QCheckBox::toggled, this, &CloneDialog::updateForm);
    connect(m_browse, &QPushButton::clicked, this, &CloneDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloneDialog::clone);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return page;
}

QWidget *CloneDialog::createProgress()
{
    auto *page = new QWidget(this);
    m_source = wrappedLabel(QStringLiteral("cloneSource"), page);
    m_stage = wrappedLabel(QStringLiteral("cloneStage"), page);
    m_stage->setAccessibleName(tr("What Folio is doing"));
    m_bar = new QProgressBar(page);
    m_bar->setObjectName(QStringLiteral("cloneProgressBar"));
    m_bar->setAccessibleName(tr("Clone progress"));
    m_bar->setTextVisible(false);
    m_objectsLabel = wrappedLabel(QStringLiteral("cloneObjects"), page);
    m_bytesLabel = wrappedLabel(QStringLiteral("cloneBytes"), page);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cloneCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the clone"));

    auto *counts = new QHBoxLayout;
    counts->addWidget(m_objectsLabel, 1);
    counts->addWidget(m_bytesLabel, 0, Qt::AlignRight);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_source);
    layout->addStretch(1);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addLayout(counts);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &CloneDialog::cancelClone);
    return page;
}

CloneDialog::Step CloneDialog::step() const
{
    return static_cast<Step>(m_stack->currentIndex());
}

void CloneDialog::showStep(Step step)
{
    m_stack->setCurrentIndex(static_cast<int>(step));
    if (step == Step::Form)
        m_url->setFocus(Qt::OtherFocusReason);
    else
        m_cancel->setFocus(Qt::OtherFocusReason);
}

QString CloneDialog::destination() const
{
    const QString typed = expandHome(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    return typed.isEmpty() ? QString() : QDir::cleanPath(typed);
}

QString CloneDialog::urlProblem() const
{
    const CloneUrl url = CloneUrl::parse(m_url->text());
    switch (url.problem()) {
    case CloneUrl::Problem::None:
        return {};
    case CloneUrl::Problem::Empty:
        return tr("Enter the repository's address, as shown by the Clone button on GitLab.");
    case CloneUrl::Problem::UnsupportedScheme:
        return tr("Folio cannot clone from %1:// addresses. Use the https:// or the SSH "
                  "(git@…) address from the Clone button on GitLab.")
            .arg(url.scheme());
    case CloneUrl::Problem::NotAnAddress:
        return tr("This is not a repository address. Use the https:// or the SSH (git@…) "
                  "address from the Clone button on GitLab.");
    case CloneUrl::Problem::NoRepository:
        return tr("The address names the server but no repository: add the project's path, "
                  "e.g. …/group/handbook.git.");
    case CloneUrl::Problem::ContainsSecret:
        return tr("This address contains a password or access token. Remove it: Folio asks "
                  "for your token when the server needs it and keeps it in the system "
                  "keychain. In the address, git would store it in plain text.");
    }
    return {};
}

QString CloneDialog::folderProblem() const
{
    const QString path = destination();
    if (path.isEmpty())
        return tr("Choose the folder to clone into.");
    if (QDir::isRelativePath(path))
        return tr("Give the folder's full path, e.g. %1.")
            .arg(QDir::toNativeSeparators(QDir::homePath() + u'/' + path));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return tr("%1 is a file. Choose a folder.").arg(QDir::toNativeSeparators(path));
    if (info.isDir() && isNonEmptyFolder(path))
        return tr("%1 already exists and is not empty. Choose another folder, or, if it is "
                  "this handbook already, open it with File > Open Handbook….")
            .arg(QDir::toNativeSeparators(path));
    const QString ancestor = existingAncestor(path);
    if (!QFileInfo(ancestor).isDir() || !QFileInfo(ancestor).isWritable())
        return tr("Folio cannot create folders in %1. Choose another place.")
            .arg(QDir::toNativeSeparators(ancestor));
    return {};
}

QString CloneDialog::problem() const
{
    const QString url = urlProblem();
    return url.isEmpty() ? folderProblem() : url;
}

void CloneDialog::updateDefaultFolder()
{
    if (m_folderEdited)
        return;
    // ~/<repository name>, following the address until the user picks a folder.
    const QString name = CloneUrl::parse(m_url->text()).repositoryName();
    m_folder->setText(name.isEmpty() ? QString()
                                     : QDir::toNativeSeparators(QDir::homePath() + u'/' + name));
}

void CloneDialog::updateForm()
{
    const CloneUrl url = CloneUrl::parse(m_url->text());
    // Nothing to complain about in a field the user has not filled yet, nor while a scheme is
    // still being typed.
    const QString typed = m_url->text().trimmed();
    const bool startingScheme = std::any_of(
        std::begin(schemePrefixes), std::end(schemePrefixes),
        [&typed](QLatin1String prefix) { return prefix.startsWith(typed, Qt::CaseInsensitive); });
    QString urlText = typed.isEmpty() || startingScheme ? QString() : urlProblem();
    if (urlText.isEmpty() && url.isValid() && url.kind() == CloneUrl::Kind::Http)
        urlText = tr("This address is not encrypted: your access token could be read on the "
                     "way. Use https:// if the server offers it.");
    m_urlProblem->setText(urlText);
    m_urlProblem->setVisible(!urlText.isEmpty());

    const QString folderText = m_folder->text().trimmed().isEmpty() ? QString() : folderProblem();
    m_folderProblem->setText(folderText);
    m_folderProblem->setVisible(!folderText.isEmpty());

    const bool fullInstead =
        m_shallow->isChecked() && url.isValid() && !CloneOperation::canCloneShallow(url.url());
    m_shallowNote->setText(fullInstead ? tr("Over SSH, Folio's git library downloads the whole "
                                            "history anyway; the https:// address is smaller.")
                                       : QString());
    m_shallowNote->setVisible(fullInstead);

    m_cloneButton->setEnabled(!m_inFlight && problem().isEmpty());
    fitContents();
}

void CloneDialog::fitContents()
{
    // Messages come and go with what is typed: grow so that wrapped text never overlaps the
    // fields (a window's minimum size ignores height-for-width).
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void CloneDialog::browse()
{
    const QString current = destination();
    const QString start = current.isEmpty() || QDir::isRelativePath(current)
                              ? QDir::homePath()
                              : existingAncestor(current);
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Choose Where to Put the Handbook"), start);
    if (chosen.isEmpty())
        return;
    // An empty folder made for the handbook is used as it is; any other folder gets the
    // handbook in a folder of its own, named after the repository.
    const QString name = CloneUrl::parse(m_url->text()).repositoryName();
    const QString folder =
        isNonEmptyFolder(chosen) && !name.isEmpty() ? chosen + u'/' + name : chosen;
    m_folder->setText(QDir::toNativeSeparators(QDir::cleanPath(folder)));
    m_folderEdited = true;
    updateForm();
}

void CloneDialog::clone()
{
    if (m_inFlight || !problem().isEmpty())
        return;
    const CloneUrl url = CloneUrl::parse(m_url->text());
    m_request = CloneRequest{url.url(), destination(), m_shallow->isChecked(), {}};
    m_result = {};
    m_objects = m_totalObjects = m_bytes = 0;
    m_inFlight = true;
    m_banner->hide();
    m_source->setText(
        tr("Cloning %1 into %2").arg(url.url(), QDir::toNativeSeparators(m_request.path)));
    m_stage->setText(tr("Connecting to %1…").arg(url.host()));
    m_bar->reset();
    m_bar->setRange(0, 0); // busy until the server says how much there is
    m_objectsLabel->clear();
    m_bytesLabel->clear();
    m_cancel->setEnabled(true);
    updateForm();
    showStep(Step::Progress);
    Folio::GitPanel::callService(m_service, [request = m_request](GitService *service) {
        service->cloneRepository(request);
    });
}

void CloneDialog::cancelClone()
{
    if (!m_inFlight)
        return;
    // Direct, not queued: the worker is busy with the clone (see cancelTransfer()).
    m_service->cancelTransfer();
    m_cancel->setEnabled(false);
    m_stage->setText(tr("Cancelling…"));
}

void CloneDialog::reject()
{
    if (m_inFlight) {
        cancelClone();
        return;
    }
    QDialog::reject();
}

void CloneDialog::onProgress(const TransferProgress &progress)
{
    if (!m_inFlight || !m_cancel->isEnabled())
        return; // another operation's, or "Cancelling…" stays until the answer
    const QLocale locale;
    switch (progress.stage) {
    case TransferProgress::Stage::Receiving:
    case TransferProgress::Stage::Sending:
        m_objects = progress.current;
        m_totalObjects = progress.total;
        m_bytes = progress.bytes;
        m_stage->setText(tr("Downloading…"));
        break;
    case TransferProgress::Stage::Resolving:
        m_objects = m_totalObjects; // every object has arrived
        m_bytes = std::max(m_bytes, progress.bytes);
        m_stage->setText(
            tr("Indexing the download… %L1 of %L2").arg(progress.current).arg(progress.total));
        break;
    case TransferProgress::Stage::CheckingOut:
        m_stage->setText(
            tr("Writing the files… %L1 of %L2").arg(progress.current).arg(progress.total));
        break;
    }
    if (m_totalObjects > 0)
        m_objectsLabel->setText(tr("Objects: %L1 of %L2").arg(m_objects).arg(m_totalObjects));
    m_bytesLabel->setText(tr("Received: %1").arg(locale.formattedDataSize(m_bytes)));
    if (m_bar->maximum() == 0)
        m_bar->setRange(0, 1000);
    if (progress.total > 0)
        m_bar->setValue(std::max(m_bar->value(), overallProgress(progress)));
}

void CloneDialog::onCloned(const CloneResult &result)
{
    if (!m_inFlight || result.path != m_request.path)
        return;
    m_inFlight = false;
    m_service->withdrawCancel(); // a Cancel that came after the end
    m_result = result;
    Q_EMIT cloned(result);
    accept();
}

void CloneDialog::onCloneFailed(const Folio::Error &error)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    m_service->withdrawCancel(); // a Cancel that came after the end
    using Kind = Widgets::MessageBanner::Kind;
    const QString host = CloneUrl::parse(m_request.url).host();
    if (hasCode(error, GitErrorCode::Cancelled)) {
        m_banner->showMessage(Kind::Information,
                              tr("Clone cancelled. What it had downloaded was removed."));
    } else {
        QString text;
        if (isNetworkUnavailable(error))
            text = tr("Folio could not reach %1. Check the address and your network connection "
                      "(and the VPN, if the server needs one), then try again.")
                       .arg(host);
        else if (hasCode(error, GitErrorCode::AuthenticationFailed))
            text = tr("%1 did not accept your credentials. For an https:// address, use a "
                      "personal access token with the read_repository scope; for SSH, a key "
                      "added to your account.")
                       .arg(host);
        else if (hasCode(error, GitErrorCode::HostKeyChanged))
            text = tr("The SSH key of %1 is not the one this computer knows, so Folio did not "
                      "connect: someone may be intercepting the connection. If the server's "
                      "administrators changed its key, remove the old one from "
                      "~/.ssh/known_hosts and try again.")
                       .arg(host);
        else if (hasCode(error, GitErrorCode::HostKeyRejected))
            text = tr("The SSH key of %1 was not trusted, so Folio did not connect.").arg(host);
        else if (hasCode(error, GitErrorCode::DestinationNotEmpty))
            text = tr("The folder is not empty any more. Choose another folder.");
        else
            text = tr("Folio could not clone the handbook. Check that the address is a git "
                      "repository you have access to.");
        m_banner->showMessage(Kind::Error, tr("%1\n\nDetails: %2").arg(text, error.message));
    }
    showStep(Step::Form);
    updateForm();
}

QString CloneDialog::completionMessage() const
{
    const QString path = QDir::toNativeSeparators(m_result.path);
    if (m_request.shallow && !m_result.shallow)
        return tr("Cloned the handbook into %1 with its full history: over SSH, Folio's git "
                  "library cannot download only the latest version.")
            .arg(path);
    return tr("Cloned the handbook into %1.").arg(path);
}

} // namespace Folio::Git
