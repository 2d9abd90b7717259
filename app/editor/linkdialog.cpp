#include "editor/linkdialog.h"

#include "handbook/handbook.h"
#include "linking/markdownlink.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio::Editor {

namespace {

enum ItemRole
{
    PathRole = Qt::UserRole + 1,
    UrlRole,
    TitleRole,
};

} // namespace

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Insert Link"));
    setObjectName(QStringLiteral("linkDialog"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("linkText"));
    m_text->setPlaceholderText(tr("The page's title when empty"));
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("linkTarget"));
    m_target->setPlaceholderText(tr("Type a page's title, or a URL such as https://…"));
    m_target->setClearButtonEnabled(true);
    m_target->installEventFilter(this);
    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("linkPages"));
    m_pages->setFocusPolicy(Qt::NoFocus); // typing stays in the target field
    m_pages->setAccessibleName(tr("Pages"));
    m_heading = new QComboBox(this);
    m_heading->setObjectName(QStringLiteral("linkHeading"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Link to:"), m_target);
    form->addRow(QString(), m_pages);
    form->addRow(tr("&Heading:"), m_heading);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 420);

    connect(m_target, &QLineEdit::textEdited, this, &LinkDialog::updatePages);
    connect(m_pages, &QListWidget::currentRowChanged, this, &LinkDialog::updateHeadings);
    connect(m_pages, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
}

void LinkDialog::prepare(const Linking::LinkCompletion *completion, const QString &page,
                         const QList<Workspace::PageHeading> &pageHeadings, const QString &text,
                         const QString &target)
{
    m_completion = completion;
    m_page = page;
    m_pageHeadings = pageHeadings;
    m_text->setText(text);
    const qsizetype hash = target.indexOf(QLatin1Char('#'));
    const bool external = Handbook::Handbook::isExternalUrl(target);
    m_preferredAnchor = hash < 0 || external ? QString() : Handbook::Handbook::urlAnchor(target);
    m_target->setText(hash < 0 || external ? target : target.left(hash));
    updatePages();
    // The edited link's page, wherever the matching ranked it.
    if (!target.isEmpty() && !external && m_completion) {
        const QString linked = m_completion->pageFor(m_target->text(), m_page);
        for (int row = 0; row < m_pages->count(); ++row) {
            if (m_pages->item(row)->data(PathRole).toString() == linked)
                m_pages->setCurrentRow(row);
        }
    }
    m_preferredAnchor.clear();
    m_target->setFocus();
    m_target->selectAll();
}

bool LinkDialog::targetIsTyped() const
{
    const QString typed = m_target->text().trimmed();
    return Handbook::Handbook::isExternalUrl(typed) || typed.startsWith(QLatin1Char('#')) ||
           m_pages->currentRow() < 0;
}

QString LinkDialog::chosenPage() const
{
    const QListWidgetItem *item = m_pages->currentItem();
    return item ? item->data(PathRole).toString() : QString();
}

QString LinkDialog::linkText() const
{
    if (!m_text->text().isEmpty())
        return m_text->text();
    if (!targetIsTyped()) {
        if (m_heading->currentIndex() > 0)
            return m_heading->currentData(TitleRole).toString();
        return m_pages->currentItem()->data(TitleRole).toString();
    }
    return m_target->text().trimmed();
}

QString LinkDialog::linkTarget() const
{
    if (targetIsTyped())
        return m_target->text().trimmed();
    const QString anchor = m_heading->currentData().toString();
    // A heading of the page itself needs no URL; the page itself does.
    if (chosenPage() == m_page && !anchor.isEmpty())
        return u'#' + anchor;
    return Linking::MarkdownLink::joinTarget(m_pages->currentItem()->data(UrlRole).toString(),
                                             anchor);
}

void LinkDialog::updatePages()
{
    m_pages->clear();
    if (!m_completion)
        return;
    const QString typed = m_target->text().trimmed();
    if (Handbook::Handbook::isExternalUrl(typed) || typed.startsWith(QLatin1Char('#')))
        return;
    QList<Linking::CompletionItem> items;
    if (typed.isEmpty()) {
        // Nothing typed yet: the page itself, for a link to one of its headings.
        if (const Workspace::IndexedPage *page = m_completion->index().page(m_page))
            items.append({page->url, page->title.isEmpty() ? page->url : page->title, page->url,
                          page->path});
    } else {
        items = m_completion->pages(typed);
    }
    for (const Linking::CompletionItem &offer : std::as_const(items)) {
        auto *item = new QListWidgetItem(offer.label + u'\n' + offer.detail, m_pages);
        item->setData(UrlRole, offer.insertText);
        item->setData(TitleRole, offer.label);
        item->setData(PathRole, offer.path);
        item->setToolTip(offer.detail);
    }
    m_pages->setCurrentRow(m_pages->count() > 0 ? 0 : -1);
    if (m_pages->count() == 0)
        updateHeadings();
}

void LinkDialog::updateHeadings()
{
    m_heading->clear();
    m_heading->addItem(tr("(Top of the page)"), QString());
    const QString page = chosenPage();
    m_heading->setEnabled(!page.isEmpty());
    if (page.isEmpty() || !m_completion)
        return;
    const QList<Workspace::PageHeading> headings =
        page == m_page ? m_pageHeadings : m_completion->index().outline(page);
    for (const Workspace::PageHeading &heading : headings) {
        if (heading.id.isEmpty())
            continue;
        const QString indent(std::max(0, heading.level - 1) * 2, QLatin1Char(' '));
        m_heading->addItem(indent + heading.text + QStringLiteral("  #") + heading.id, heading.id);
        m_heading->setItemData(m_heading->count() - 1, heading.text, TitleRole);
        if (heading.id == m_preferredAnchor)
            m_heading->setCurrentIndex(m_heading->count() - 1);
    }
}

bool LinkDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_pages->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_pages->setCurrentRow(
                std::clamp(m_pages->currentRow() + step, 0, m_pages->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Folio::Editor
