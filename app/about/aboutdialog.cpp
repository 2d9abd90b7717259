#include "about/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Folio::About {

namespace {

struct Library
{
    QString name;
    QString version;
};

QList<Library> librariesOf(const Versions &versions)
{
    return {{QStringLiteral("Qt"), versions.qt},
            {QStringLiteral("cmark-gfm"), versions.cmarkGfm},
            {QStringLiteral("libgit2"), versions.libgit2},
            {QStringLiteral("yaml-cpp"), versions.yamlCpp},
            {QStringLiteral("Hunspell"), versions.hunspell}};
}

} // namespace

QString AboutDialog::versionsText(const Versions &versions)
{
    QString text = QStringLiteral("Folio %1\n").arg(versions.folio);
    for (const Library &library : librariesOf(versions))
        text += QStringLiteral("%1 %2\n").arg(library.name, library.version);
    text += QSysInfo::prettyProductName() + u'\n';
    return text;
}

AboutDialog::AboutDialog(const Versions &versions, QWidget *parent)
    : QDialog(parent)
    , m_versions(versions)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Folio"));

    auto *icon = new QLabel(this);
    // At the screen's device pixel ratio: the SVG drawn sharp on high-DPI screens.
    icon->setPixmap(
        QIcon(QStringLiteral(":/icons/folio.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAccessibleName(tr("Folio's icon"));
    auto *title = new QLabel(tr("<h2>Folio %1</h2>").arg(versions.folio.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *summary =
        new QLabel(tr("A desktop editor for Markdown handbooks: edit pages offline, see them as "
                      "they will be published, check spelling and links, and propose your "
                      "changes as merge requests."),
                   this);
    summary->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(summary);
    header->addLayout(headerText, 1);

    auto *libraries = new QFormLayout;
    libraries->addRow(new QLabel(tr("Built with:"), this));
    for (const Library &library : librariesOf(versions)) {
        auto *version = new QLabel(library.version, this);
        version->setObjectName(library.name + QStringLiteral("Version"));
        version->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        libraries->addRow(library.name, version);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionsButton"));
    copy->setToolTip(tr("Copy these versions, for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(versionsText(m_versions)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(libraries);
    layout->addStretch();
    layout->addWidget(buttons);
}

} // namespace Folio::About
